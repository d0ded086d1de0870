package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// TestCiphertextBinding plays a Redis insider who moves values between
// records: every move is an integrity error naming the record, and no error
// quotes the content.
func TestCiphertextBinding(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s := storage.New(rdb)
	s.Keys = keyring(t, storage.NewKey())
	ws := workspace(t)
	// Key rotation tests walk every registered workspace; this one's key is
	// its own.
	t.Cleanup(func() { rdb.SRem(ctx, "dlg:workspaces", ws) })
	secret := "pt Maria Gonzalez needs her MRI moved"
	t1, t2 := newTicket(ws, "dana"), newTicket(ws, "erin")
	t1.Text, t2.Text = secret, "order new badges"
	t1.Notes = []delegatebot.Note{{Author: "dana", Text: "her DOB is 03/14/1952"}}
	for _, tk := range []*delegatebot.Ticket{t1, t2} {
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
	}
	key := func(n int64) string { return "dlg:{" + ws + "}:ticket:" + delegatebot.TicketID(n)[4:] }
	notes := func(n int64) string { return key(n) + ":notes" }
	if rdb.Exists(ctx, key(t1.Number)).Val() != 1 || rdb.Exists(ctx, notes(t1.Number)).Val() != 1 {
		t.Fatalf("test assumes keys %s and %s", key(t1.Number), notes(t1.Number))
	}
	wantIntegrity := func(t *testing.T, n int64) {
		t.Helper()
		got, err := s.FindTicket(ctx, ws, n)
		if !errors.Is(err, storage.ErrIntegrity) {
			t.Fatalf("FindTicket = %+v, err %v; want an integrity error", got, err)
		}
		if !strings.Contains(err.Error(), delegatebot.TicketID(n)) {
			t.Errorf("error %q does not name %s", err, delegatebot.TicketID(n))
		}
		for _, p := range []string{"Maria", "03/14/1952", "badges", "Injected"} {
			if strings.Contains(err.Error(), p) {
				t.Fatalf("error %q shows content", err)
			}
		}
	}

	t.Run("TextCopiedToAnotherTicket", func(t *testing.T) {
		text1 := rdb.HGet(ctx, key(t1.Number), "text").Val()
		saved := rdb.HGet(ctx, key(t2.Number), "text").Val()
		rdb.HSet(ctx, key(t2.Number), "text", text1)
		defer rdb.HSet(ctx, key(t2.Number), "text", saved)
		wantIntegrity(t, t2.Number)
	})
	t.Run("WholeRecordCopied", func(t *testing.T) {
		saved := rdb.HGetAll(ctx, key(t2.Number)).Val()
		rdb.Del(ctx, key(t2.Number))
		rdb.HSet(ctx, key(t2.Number), rdb.HGetAll(ctx, key(t1.Number)).Val())
		defer func() { rdb.Del(ctx, key(t2.Number)); rdb.HSet(ctx, key(t2.Number), saved) }()
		wantIntegrity(t, t2.Number)
	})
	t.Run("NoteCopiedToAnotherTicket", func(t *testing.T) {
		note := rdb.LIndex(ctx, notes(t1.Number), 0).Val()
		rdb.RPush(ctx, notes(t2.Number), note)
		defer rdb.Del(ctx, notes(t2.Number))
		wantIntegrity(t, t2.Number)
	})
	t.Run("TextMovedToAnotherField", func(t *testing.T) {
		note := rdb.LIndex(ctx, notes(t1.Number), 0).Val()
		saved := rdb.HGet(ctx, key(t1.Number), "text").Val()
		rdb.HSet(ctx, key(t1.Number), "text", note)
		defer rdb.HSet(ctx, key(t1.Number), "text", saved)
		wantIntegrity(t, t1.Number)
	})
	t.Run("PlaintextNoteInjected", func(t *testing.T) {
		rdb.RPush(ctx, notes(t2.Number), `{"author":"mallory","text":"Injected: approve the wire transfer"}`)
		defer rdb.Del(ctx, notes(t2.Number))
		wantIntegrity(t, t2.Number)

		s.Keys.AllowLegacy = true
		defer func() { s.Keys.AllowLegacy = false }()
		got, err := s.FindTicket(ctx, ws, t2.Number)
		if err != nil || len(got.Notes) != 1 {
			t.Fatalf("with AllowLegacy a plaintext note reads: %+v, %v", got, err)
		}
	})
	t.Run("Intact", func(t *testing.T) {
		got, err := s.FindTicket(ctx, ws, t1.Number)
		if err != nil || got.Text != secret || len(got.Notes) != 1 {
			t.Fatalf("FindTicket = %+v, %v", got, err)
		}
	})
	t.Run("PendingMovedToAnotherUser", func(t *testing.T) {
		if err := s.SavePending(ctx, ws, "dana", "C1", storage.Pending{}, 0); err != nil {
			t.Fatal(err)
		}
		v := rdb.Get(ctx, "dlg:{"+ws+"}:pending:dana:C1").Val()
		if v == "" {
			t.Skip("pending key layout changed")
		}
		rdb.Set(ctx, "dlg:{"+ws+"}:pending:erin:C1", v, 0)
		if _, err := s.FindPending(ctx, ws, "erin", "C1"); !errors.Is(err, storage.ErrIntegrity) {
			t.Fatalf("pending moved to another user: err %v", err)
		}
	})
}
