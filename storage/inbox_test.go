package storage_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

func TestInbox(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s := storage.New(rdb)
	s.Keys = keyring(t, storage.NewKey())
	platform := "p" + workspace(t) // a queue of this test's own
	clock := time.Now()
	s.Now = func() time.Time { return clock }
	body := []byte(`{"text":"call pt Maria Gonzalez at 617-555-0142"}`)
	for i, want := range []bool{true, false} {
		queued, err := s.Enqueue(ctx, platform, "T1", "Ev1", body)
		if err != nil || queued != want {
			t.Fatalf("delivery %d: queued %v (err %v), want %v", i, queued, err, want)
		}
	}
	keys, _ := rdb.Keys(ctx, "dlg:{inbox:"+platform+"}:*").Result()
	for _, k := range keys {
		if rdb.Type(ctx, k).Val() == "list" && strings.Contains(strings.Join(rdb.LRange(ctx, k, 0, -1).Val(), ""), "617-555") {
			t.Fatal("the queued event holds message text in plain text")
		}
	}
	item, got, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || string(got) != string(body) {
		t.Fatalf("dequeue: %q (err %v)", got, err)
	}
	if again, _, _ := s.Dequeue(ctx, platform, time.Minute); again != "" {
		t.Fatal("a leased event was handed out twice")
	}
	clock = clock.Add(2 * time.Minute) // the worker died: its lease expires
	item2, got2, _ := s.Dequeue(ctx, platform, time.Minute)
	if item2 != item || string(got2) != string(body) {
		t.Fatal("an expired lease was not handed out again")
	}
	if err := s.Ack(ctx, platform, item2); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(2 * time.Minute)
	if last, _, _ := s.Dequeue(ctx, platform, time.Minute); last != "" {
		t.Fatal("an acknowledged event came back")
	}
	if q, l, _ := s.InboxLen(ctx, platform); q+l != 0 {
		t.Fatalf("inbox not empty: %d queued, %d leased", q, l)
	}
}

// TestTransitionAcks: a transition that applies acknowledges the inbox item
// being handled in its script and leases the next one in the same round
// trip; one refused does not (the worker acknowledges); one decided on a
// stale copy acknowledges with the try that applies.
func TestTransitionAcks(t *testing.T) {
	ctx := context.Background()
	s := storage.New(redistest.Client(t, testDB))
	ws := workspace(t)
	platform := "p" + ws
	for i := range 4 {
		if _, err := s.Enqueue(ctx, platform, ws, "Ev"+strconv.Itoa(i), []byte("{}")); err != nil {
			t.Fatal(err)
		}
	}
	for range 3 {
		if _, err := s.CreateTicket(ctx, newTicket(ws, "dana"), ""); err != nil {
			t.Fatal(err)
		}
	}
	claim := storage.Change{Action: delegatebot.ActionClaim, Actor: "alice"}
	item, _, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || item == "" {
		t.Fatalf("dequeue: %q, %v", item, err)
	}
	actx := s.WithAckLease(ctx, platform, item, time.Minute)
	if _, err := s.Transition(actx, ws, 1, claim); err != nil {
		t.Fatal(err)
	}
	if !s.AckedWith(actx) {
		t.Error("an applied transition did not acknowledge its item")
	}
	next, _, err := s.Next(actx)
	if err != nil || next == "" || next == item {
		t.Fatalf("next item = %q, %v; want the next one, leased", next, err)
	}
	// Refused (already claimed): not acknowledged.
	rctx := s.WithAckLease(ctx, platform, next, time.Minute)
	if _, err := s.Transition(rctx, ws, 1, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err == nil {
		t.Fatal("a second claim applied")
	}
	if s.AckedWith(rctx) {
		t.Error("a refused transition acknowledged its item")
	}
	if err := s.Ack(ctx, platform, next); err != nil {
		t.Fatal(err)
	}
	if q, l, _ := s.InboxLen(ctx, platform); q != 2 || l != 0 {
		t.Errorf("inbox: %d queued, %d leased; want 2 and 0", q, l)
	}
	// Stale: another replica claimed ticket 2 after this Store saw it.
	if _, err := s.FindTicket(ctx, ws, 2); err != nil {
		t.Fatal(err)
	}
	other := storage.New(redistest.Client(t, testDB))
	if _, err := other.Transition(ctx, ws, 2, claim); err != nil {
		t.Fatal(err)
	}
	item, _, _ = s.Dequeue(ctx, platform, time.Minute)
	sctx := s.WithAckLease(ctx, platform, item, time.Minute)
	if _, err := s.Transition(sctx, ws, 2, storage.Change{Action: delegatebot.ActionRelease, Actor: "alice"}); err != nil {
		t.Fatal(err)
	}
	if !s.AckedWith(sctx) {
		t.Error("a transition applied on its second try did not acknowledge its item")
	}
	if next, _, _ := s.Next(sctx); next == "" {
		t.Error("no next item leased")
	}
	if q, l, _ := s.InboxLen(ctx, platform); q != 0 || l != 1 {
		t.Errorf("inbox: %d queued, %d leased; want 0 and 1 (the next, leased)", q, l)
	}
}
