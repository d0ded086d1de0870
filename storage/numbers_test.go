package storage_test

import (
	"context"
	"sync"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// TestNumberPool: an event's reads reserve its ticket's number when the
// pool runs short, and only then; creation takes the smallest pooled
// number; a number a creation did not use (its event already had a
// ticket) goes back, so numbers are used in order without gaps.
func TestNumberPool(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	read := func() context.Context {
		t.Helper()
		ev := storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, User: "dana", Tickets: true})
		if _, err := s.Access(ev, ws, "dana"); err != nil {
			t.Fatal(err)
		}
		return ev
	}
	create := func(ctx context.Context, event string) (*delegatebot.Ticket, bool) {
		t.Helper()
		tk := newTicket(ws, "dana")
		tk.Source.Event = event
		existing, err := s.CreateTicket(ctx, tk, "")
		if err != nil {
			t.Fatal(err)
		}
		return tk, existing
	}
	// Events that open no ticket leave one number pooled, not one each.
	for range 5 {
		read()
	}
	if n := storage.PooledNumbers(s, ws); n != 1 {
		t.Fatalf("after 5 events' reads: %d numbers pooled, want 1", n)
	}
	if tk, _ := create(read(), "Ev1"); tk.Number != 1 {
		t.Fatalf("first ticket %s, want DEL-1", tk.ID())
	}
	// A redelivery takes a pooled number and gives it back.
	ev := read()
	if tk, existing := create(ev, "Ev1"); !existing || tk.Number != 1 {
		t.Fatalf("redelivery: %s, existing %v; want DEL-1, true", tk.ID(), existing)
	}
	if n := storage.PooledNumbers(s, ws); n != 1 {
		t.Fatalf("after a redelivery: %d numbers pooled, want 1", n)
	}
	rt, _ := measure(tr, func() {
		if tk, _ := create(read(), "Ev2"); tk.Number != 2 {
			t.Errorf("next ticket %s, want DEL-2", tk.ID())
		}
	})
	if rt != 2 {
		t.Errorf("an event's reads and its create took %d round trips, want 2", rt)
	}

	// Concurrent deliveries of one event, each with its reads: one ticket;
	// the other numbers are used next, smallest first.
	const n = 8
	var wg sync.WaitGroup
	got := make([]*delegatebot.Ticket, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ev := storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, User: "dana", Tickets: true})
			if _, err := s.Access(ev, ws, "dana"); err != nil {
				t.Error(err)
				return
			}
			tk := newTicket(ws, "dana")
			tk.Source.Event = "Ev3"
			if _, err := s.CreateTicket(ev, tk, ""); err != nil {
				t.Error(err)
			}
			got[i] = tk
		}()
	}
	wg.Wait()
	for _, tk := range got {
		if tk.Number != got[0].Number {
			t.Fatalf("deliveries of one event made %s and %s", tk.ID(), got[0].ID())
		}
	}
	all, _, err := s.ListTickets(ctx, ws, storage.Filter{}, 0, 100)
	if err != nil || len(all) != 3 {
		t.Fatalf("%d tickets, %v; want 3", len(all), err)
	}
	pooled := storage.PooledNumbers(s, ws)
	if pooled > n {
		t.Errorf("%d numbers pooled after %d concurrent events, want at most %d", pooled, n, n)
	}
	// The pooled numbers are used next, smallest first, and then the
	// sequence's: no number is lost.
	prev := int64(0)
	for i := range pooled + 1 {
		tk, _ := create(ctx, "")
		if tk.Number <= prev {
			t.Errorf("ticket %d after the race: %s, not after DEL-%d", i, tk.ID(), prev)
		}
		prev = tk.Number
	}
	all, _, _ = s.ListTickets(ctx, ws, storage.Filter{}, 0, 100)
	for i, tk := range all {
		if tk.Number != int64(i+1) {
			t.Fatalf("ticket %d is %s: numbers skipped", i+1, tk.ID())
		}
	}
}

// TestNumberReservationFails: a reservation that fails does not fail the
// event's reads (the policy is read and answered), and nothing is pooled.
func TestNumberReservationFails(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	ws := workspace(t)
	if err := s.ApproveChannel(ctx, ws, "CQUEUE", "admin"); err != nil {
		t.Fatal(err)
	}
	c := redistest.Client(t, testDB)
	if err := c.Set(ctx, "dlg:{"+ws+"}:seq", "not a number", 0).Err(); err != nil {
		t.Fatal(err)
	}
	defer c.Del(ctx, "dlg:{"+ws+"}:seq")
	ev := storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, User: "dana", Channel: "D1", Tickets: true})
	if ok, err := s.Approved(ev, ws, "CQUEUE"); err != nil || !ok {
		t.Errorf("Approved = %v, %v; want true", ok, err)
	}
	if n := storage.PooledNumbers(s, ws); n != 0 {
		t.Errorf("%d numbers pooled after a failed reservation", n)
	}
	if _, err := s.CreateTicket(ev, newTicket(ws, "dana"), ""); err == nil {
		t.Errorf("create with a broken sequence: no error")
	}
}

// TestReturnTicketNumbers: a stopping process gives back the numbers it
// reserved and did not use, unless someone reserved after them.
func TestReturnTicketNumbers(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	reserve := func(s *storage.Store) {
		t.Helper()
		ev := storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, User: "dana", Tickets: true})
		if _, err := s.Access(ev, ws, "dana"); err != nil {
			t.Fatal(err)
		}
	}
	create := func(s *storage.Store) int64 {
		t.Helper()
		tk := newTicket(ws, "dana")
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
		return tk.Number
	}
	if n := create(s); n != 1 {
		t.Fatalf("first ticket DEL-%d", n)
	}
	reserve(s) // 2, never used
	if err := s.ReturnTicketNumbers(ctx); err != nil {
		t.Fatal(err)
	}
	next := newStore(t) // the next process
	if n := create(next); n != 2 {
		t.Errorf("after the numbers came back: DEL-%d, want DEL-2", n)
	}
	reserve(s)   // 3
	create(next) // 4: reserved after 3
	if err := s.ReturnTicketNumbers(ctx); err != nil {
		t.Fatal(err)
	}
	if n := create(next); n != 5 {
		t.Errorf("3 cannot come back under 4: DEL-%d, want DEL-5", n)
	}
	if n := storage.PooledNumbers(s, ws); n != 0 {
		t.Errorf("%d numbers still pooled", n)
	}
}
