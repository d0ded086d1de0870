package storage_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// rotateDB is the storage tests' second database, for tests that walk every
// workspace.
const rotateDB = 6

// TestDerivedFieldsSealed: subject, people and the ticket's PHI values are
// encrypted like its text, their redacted copies are not, and an upgrade
// from plain-text subjects and people is re-encrypted by RotateKeys.
func TestDerivedFieldsSealed(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	var ws string
	key := storage.NewKey()
	secrets := []string{"Maria Gonzalez", "4482913"}
	noPlaintext := func(t *testing.T, rdb redis.Cmdable) {
		t.Helper()
		for _, s := range redistest.Dump(t, rdb, "*"+ws+"*") {
			s := redistest.WithoutCiphertexts(s)
			for _, p := range secrets {
				if strings.Contains(s, p) {
					t.Fatalf("Redis holds %q in plain text: %q", p, s)
				}
			}
		}
	}
	newOne := func(s *storage.Store) *delegatebot.Ticket {
		tk := newTicket(ws, "dana")
		tk.Text = "family meeting for pt Maria Gonzalez MRN 4482913"
		tk.Subject, tk.RedactedSubject = "family meeting for pt Maria Gonzalez", "family meeting for pt [NAME]"
		tk.People, tk.RedactedPeople = []string{"Maria Gonzalez"}, []string{"[NAME]"}
		tk.PHI = []delegatebot.PHIValue{{Type: "NAME", Value: "Maria Gonzalez"}, {Type: "MRN", Value: "4482913"}}
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
		return tk
	}

	t.Run("Sealed", func(t *testing.T) {
		ws = workspace(t)
		s := storage.New(rdb)
		s.Keys = keyring(t, key)
		tk := newOne(s)
		noPlaintext(t, rdb)
		got, err := s.FindTicket(ctx, ws, tk.Number)
		if err != nil {
			t.Fatal(err)
		}
		if got.Subject != tk.Subject || !slices.Equal(got.People, tk.People) || len(got.PHI) != 2 ||
			got.RedactedSubject != tk.RedactedSubject || !slices.Equal(got.RedactedPeople, tk.RedactedPeople) {
			t.Fatalf("read back %+v, want %+v", got, tk)
		}
		ts, _, err := s.ListTickets(ctx, ws, storage.Filter{}, 0, 10)
		if err != nil || len(ts) != 1 || ts[0].Subject != tk.Subject {
			t.Fatalf("listing = %v, err %v", ts, err)
		}
	})

	t.Run("UpgradeRotates", func(t *testing.T) {
		ws = workspace(t)
		// RotateKeys walks every workspace: on the package's shared
		// database it would meet other tests' keys, so this runs alone.
		rdb := redistest.Client(t, rotateDB)
		plain := storage.New(rdb) // as an older version or one without a key wrote it
		newOne(plain)
		s := storage.New(rdb)
		s.Keys = keyring(t, key)
		if n, err := s.RotateKeys(ctx, nil); err != nil || n != 1 {
			t.Fatalf("rotate: %d tickets, err %v", n, err)
		}
		noPlaintext(t, rdb)
		got, err := s.FindTicket(ctx, ws, 1)
		if err != nil || got.Subject != "family meeting for pt Maria Gonzalez" || len(got.People) != 1 {
			t.Fatalf("after rotation: %+v, err %v", got, err)
		}
	})
}
