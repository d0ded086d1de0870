package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// TestPurgeFinished: only finished tickets past the retention lose their
// PHI-bearing fields, once each, and tickets that finished before the
// finished index existed are found too.
func TestPurgeFinished(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s := storage.New(rdb)
	s.Keys = keyring(t, storage.NewKey())
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return clock }
	ws := workspace(t)
	for i := 0; i < 3; i++ {
		tk := newTicket(ws, "dana")
		tk.Text, tk.RedactedText = "pt Maria Gonzalez MRN 4482913", "pt [NAME] MRN [MRN]"
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []int64{1, 2} {
		for _, a := range []delegatebot.Action{delegatebot.ActionClaim, delegatebot.ActionDone} {
			if _, err := s.Transition(ctx, ws, n, storage.Change{Action: a, Actor: "bob", Note: "called Maria Gonzalez"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	// DEL-2 finished before the index existed (an older version).
	if err := rdb.ZRem(ctx, "dlg:{"+ws+"}:finished", 2).Err(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.PurgeFinished(ctx, ws, clock.Add(-time.Hour), 100); err != nil || n != 0 {
		t.Fatalf("purged %d before the retention (err %v)", n, err)
	}
	if n, err := s.PurgeFinished(ctx, ws, clock.Add(time.Hour), 100); err != nil || n != 2 {
		t.Fatalf("purged %d, want 2 (err %v)", n, err)
	}
	if n, err := s.PurgeFinished(ctx, ws, clock.Add(time.Hour), 100); err != nil || n != 0 {
		t.Fatalf("purged %d again (err %v)", n, err)
	}
	for n, purged := range map[int64]bool{1: true, 2: true, 3: false} {
		tk, err := s.FindTicket(ctx, ws, n)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(tk.Text, "Gonzalez"); got == purged {
			t.Errorf("DEL-%d: text %q, purged %v", n, tk.Text, purged)
		}
		if purged && (tk.Text != "pt [NAME] MRN [MRN]" || len(tk.Notes) != 0 || tk.Status != delegatebot.StatusDone) {
			t.Errorf("DEL-%d after purge: %+v", n, tk)
		}
	}
}
