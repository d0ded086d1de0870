package storage_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// Two Stores on one Redis are two replicas: each remembers the tickets it
// last saw (Transition decides on that copy), and neither may win with a
// copy the other has made stale.

// replicas returns two Stores sharing one database and one fixed clock, so
// that two writes of a ticket share their update time and only the
// ticket's version tells them apart.
func replicas(t *testing.T) (a, b *storage.Store, atr *storage.Traffic) {
	t.Helper()
	a, atr = countingStore(t)
	b = storage.New(redistest.Client(t, testDB))
	b.AuditKey = a.AuditKey
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	a.Now = func() time.Time { return at }
	b.Now = a.Now
	return a, b, atr
}

// created is a new ticket of ws's dana, made (and so remembered) by s.
func created(t *testing.T, s *storage.Store, ws string) *delegatebot.Ticket {
	t.Helper()
	tk := newTicket(ws, "dana")
	if _, err := s.CreateTicket(context.Background(), tk, ""); err != nil {
		t.Fatal(err)
	}
	return tk
}

func claim(ctx context.Context, s *storage.Store, ws string, n int64, actor string) (*delegatebot.Ticket, error) {
	return s.Transition(ctx, ws, n, storage.Change{Action: delegatebot.ActionClaim, Actor: actor})
}

func TestStaleCopy(t *testing.T) {
	ctx := context.Background()
	t.Run("ClaimLosesToNewerClaim", func(t *testing.T) {
		a, b, tr := replicas(t)
		ws := workspace(t)
		tk := created(t, a, ws) // a remembers it open
		if _, err := claim(ctx, b, ws, tk.Number, "bob"); err != nil {
			t.Fatal(err)
		}
		rt, _ := measure(tr, func() {
			_, err := claim(ctx, a, ws, tk.Number, "carol")
			if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT || !strings.Contains(delegatebot.ErrorMessage(err), "already claimed by @bob") {
				t.Errorf("claim on a stale copy: err = %v, want ECONFLICT already claimed by @bob", err)
			}
		})
		if rt > 2 {
			t.Errorf("claim on a stale copy took %d round trips, want at most 2", rt)
		}
		if got, _ := b.FindTicket(ctx, ws, tk.Number); got.Assignee != "bob" || got.Status != delegatebot.StatusClaimed {
			t.Errorf("ticket = %s by %q, want claimed by bob", got.Status, got.Assignee)
		}
		if n := auditCount(t, a, ws, "ticket.claim"); n != 1 {
			t.Errorf("%d claim entries, want 1", n)
		}
	})
	t.Run("RefusalDecidedAgain", func(t *testing.T) {
		// a remembers bob's claim; b releases it: a's claim for carol is
		// refused on the copy, and must be decided again on the ticket.
		a, b, tr := replicas(t)
		ws := workspace(t)
		tk := created(t, a, ws)
		if _, err := claim(ctx, a, ws, tk.Number, "bob"); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionRelease, Actor: "bob"}); err != nil {
			t.Fatal(err)
		}
		var got *delegatebot.Ticket
		rt, _ := measure(tr, func() {
			var err error
			if got, err = claim(ctx, a, ws, tk.Number, "carol"); err != nil {
				t.Errorf("claim after another replica's release: %v", err)
			}
		})
		if rt > 2 {
			t.Errorf("took %d round trips, want at most 2 (read, write)", rt)
		}
		if got != nil && (got.Assignee != "carol" || got.Status != delegatebot.StatusClaimed) {
			t.Errorf("ticket = %s by %q, want claimed by carol", got.Status, got.Assignee)
		}
	})
	t.Run("SameTimeOnlyVersionDiffers", func(t *testing.T) {
		// b adds a note: status, assignee and update time (the clock is
		// fixed) are as a remembers them; only the version moved. a's
		// claim applies to the ticket with the note, and returns it.
		a, b, tr := replicas(t)
		ws := workspace(t)
		tk := created(t, a, ws)
		if _, err := b.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "lee", Text: "called the office", At: a.Now()}, "C1", nil); err != nil {
			t.Fatal(err)
		}
		var got *delegatebot.Ticket
		rt, _ := measure(tr, func() {
			var err error
			if got, err = claim(ctx, a, ws, tk.Number, "carol"); err != nil {
				t.Fatal(err)
			}
		})
		if rt != 2 {
			t.Errorf("claim on a copy one note behind took %d round trips, want 2 (the script, again)", rt)
		}
		if len(got.Notes) != 1 || got.Notes[0].Text != "called the office" {
			t.Errorf("notes = %+v, want the other replica's note", got.Notes)
		}
		// Now a's copy is current: one round trip.
		rt, _ = measure(tr, func() {
			if _, err := a.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionStart, Actor: "carol"}); err != nil {
				t.Fatal(err)
			}
		})
		if rt != 1 {
			t.Errorf("start on a current copy took %d round trips, want 1", rt)
		}
		if n, err := a.VerifyAudit(ctx, ws); err != nil || n != 4 {
			t.Errorf("audit: %d entries, %v; want 4 verified", n, err)
		}
	})
	t.Run("EditSeen", func(t *testing.T) {
		// b hands the ticket over: a, remembering bob, must not let bob
		// finish it.
		a, b, _ := replicas(t)
		ws := workspace(t)
		tk := created(t, a, ws)
		if _, err := claim(ctx, a, ws, tk.Number, "bob"); err != nil {
			t.Fatal(err)
		}
		carol := "carol"
		if _, err := b.EditTicket(ctx, ws, tk.Number, "admin", "C1", func(*delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
			return delegatebot.TicketUpdate{Assignee: &carol}, nil
		}); err != nil {
			t.Fatal(err)
		}
		onlyAssignee := func(actor string) func(*delegatebot.Ticket) error {
			return func(t *delegatebot.Ticket) error {
				if t.Assignee != actor {
					return delegatebot.Errorf(delegatebot.EFORBIDDEN, "not yours")
				}
				return nil
			}
		}
		_, err := a.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionDone, Actor: "bob", Authorize: onlyAssignee("bob")})
		if delegatebot.ErrorCode(err) != delegatebot.EFORBIDDEN {
			t.Errorf("bob finishing carol's ticket: err = %v, want EFORBIDDEN", err)
		}
		got, err := a.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionDone, Actor: "carol", Authorize: onlyAssignee("carol")})
		if err != nil || got.Status != delegatebot.StatusDone {
			t.Errorf("carol finishing her ticket = %v, %v", got, err)
		}
	})
	t.Run("Purged", func(t *testing.T) {
		// b's retention purge raises the version: a's copy, which still
		// holds the text, is not used.
		a, b, _ := replicas(t)
		ws := workspace(t)
		tk := created(t, a, ws)
		if _, err := a.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionCancel, Actor: "dana"}); err != nil {
			t.Fatal(err)
		}
		if n, err := b.PurgeFinished(ctx, ws, a.Now().Add(time.Hour), 10); err != nil || n != 1 {
			t.Fatalf("purge = %d, %v", n, err)
		}
		_, err := a.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"})
		if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
			t.Errorf("claim of a cancelled ticket: err = %v, want ECONFLICT", err)
		}
	})
}

// TestClaimRaceReplicas: concurrent claims from two replicas, each with the
// ticket remembered: exactly one wins, with one audit entry, and the
// assignee index agrees.
func TestClaimRaceReplicas(t *testing.T) {
	ctx := context.Background()
	a, b, _ := replicas(t)
	a.Now, b.Now = time.Now, time.Now
	ws := workspace(t)
	for round := range 5 {
		tk := created(t, a, ws)
		if _, err := b.FindTicket(ctx, ws, tk.Number); err != nil { // b remembers it too
			t.Fatal(err)
		}
		const n = 20
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = claim(ctx, s, ws, tk.Number, fmt.Sprintf("a%dr%d", i, round))
			}()
		}
		wg.Wait()
		var winners []int
		for i, err := range errs {
			switch {
			case err == nil:
				winners = append(winners, i)
			case delegatebot.ErrorCode(err) != delegatebot.ECONFLICT || !strings.Contains(delegatebot.ErrorMessage(err), "already claimed by @a"):
				t.Errorf("round %d claim %d: err = %v, want ECONFLICT already claimed", round, i, err)
			}
		}
		if len(winners) != 1 {
			t.Fatalf("round %d: %d claims succeeded, want exactly 1", round, len(winners))
		}
		want := fmt.Sprintf("a%dr%d", winners[0], round)
		for _, s := range []*storage.Store{a, b} {
			if got, _ := s.FindTicket(ctx, ws, tk.Number); got.Assignee != want {
				t.Errorf("round %d: assignee %q, want %s", round, got.Assignee, want)
			}
		}
		if held, _, _ := a.ListTickets(ctx, ws, storage.Filter{Assignee: want}, 0, 10); len(held) != 1 {
			t.Errorf("round %d: %s holds %d tickets in the index, want 1", round, want, len(held))
		}
	}
	if n := auditCount(t, a, ws, "ticket.claim"); n != 5 {
		t.Errorf("%d claim entries, want 5", n)
	}
	if _, err := a.VerifyAudit(ctx, ws); err != nil {
		t.Error(err)
	}
}

func auditCount(t *testing.T, s *storage.Store, ws, action string) int {
	t.Helper()
	entries, err := s.ReadAudit(context.Background(), ws, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.Action == action {
			n++
		}
	}
	return n
}
