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

func keyring(t *testing.T, current string, old ...string) *storage.Keyring {
	t.Helper()
	cur, err := storage.ParseKey(current)
	if err != nil {
		t.Fatal(err)
	}
	var olds [][]byte
	for _, o := range old {
		b, err := storage.ParseKey(o)
		if err != nil {
			t.Fatal(err)
		}
		olds = append(olds, b)
	}
	k, err := storage.NewKeyring(cur, olds...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestEncryptionAtRest(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	k1, k2 := storage.NewKey(), storage.NewKey()
	s := storage.New(rdb)
	s.Keys = keyring(t, k1)
	ws := workspace(t)
	secret := "pt Maria Gonzalez SSN 123-45-6789 needs her MRI moved"
	tk := newTicket(ws, "dana")
	tk.Text = secret
	tk.Notes = []delegatebot.Note{{Author: "dana", Text: "her DOB is 03/14/1952"}}
	if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "bob", Text: "called Maria Gonzalez"}, "C1", nil); err != nil {
		t.Fatal(err)
	}

	assertNoPlaintext := func() {
		t.Helper()
		keys, _ := rdb.Keys(ctx, "dlg:{"+ws+"}:*").Result()
		for _, k := range keys {
			dump := ""
			switch rdb.Type(ctx, k).Val() {
			case "hash":
				dump = strings.Join(mapValues(rdb.HGetAll(ctx, k).Val()), "|")
			case "list":
				dump = strings.Join(rdb.LRange(ctx, k, 0, -1).Val(), "|")
			}
			for _, p := range []string{"Maria", "123-45-6789", "03/14/1952"} {
				if strings.Contains(dump, p) {
					t.Fatalf("key %s holds plaintext %q", k, p)
				}
			}
		}
	}
	assertNoPlaintext()
	got, err := s.FindTicket(ctx, ws, tk.Number)
	if err != nil || got.Text != secret || len(got.Notes) != 2 || got.Notes[1].Text != "called Maria Gonzalez" {
		t.Fatalf("decrypted ticket = %+v (err %v)", got, err)
	}

	t.Run("WrongKey", func(t *testing.T) {
		other := storage.New(rdb)
		other.Keys = keyring(t, k2)
		_, err := other.FindTicket(ctx, ws, tk.Number)
		if !errors.Is(err, storage.ErrNoKey) || !strings.Contains(err.Error(), "DELEGATEBOT_OLD_ENCRYPTION_KEYS") {
			t.Fatalf("wrong key: err = %v, want ErrNoKey naming the fix", err)
		}
		none := storage.New(rdb)
		if _, err := none.FindTicket(ctx, ws, tk.Number); !errors.Is(err, storage.ErrNoKey) {
			t.Fatalf("no key: err = %v, want ErrNoKey", err)
		}
	})

	t.Run("Rotate", func(t *testing.T) {
		rotated := storage.New(rdb)
		rotated.Keys = keyring(t, k2, k1)
		if _, err := rotated.FindTicket(ctx, ws, tk.Number); err != nil {
			t.Fatalf("new key with the old one for decryption: %v", err)
		}
		n, err := rotated.RotateKeys(ctx, nil)
		if err != nil || n < 1 {
			t.Fatalf("rotate: %d tickets, err %v", n, err)
		}
		onlyNew := storage.New(rdb)
		onlyNew.Keys = keyring(t, k2)
		got, err := onlyNew.FindTicket(ctx, ws, tk.Number)
		if err != nil || got.Text != secret || len(got.Notes) != 2 {
			t.Fatalf("after rotation the new key alone must read the ticket: %+v, err %v", got, err)
		}
		assertNoPlaintext()
		if again, err := rotated.RotateKeys(ctx, nil); err != nil || again != 0 {
			t.Fatalf("second rotation rewrote %d tickets (err %v), want 0", again, err)
		}
	})

	t.Run("BadKeys", func(t *testing.T) {
		if _, err := storage.ParseKey("c2hvcnQ="); err == nil {
			t.Fatal("a 5-byte key was accepted")
		}
		if _, err := storage.ParseKey("not base64!!"); err == nil {
			t.Fatal("a non-base64 key was accepted")
		}
	})
}

func mapValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
