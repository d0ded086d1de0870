package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/storage"
)

// open starts the embedded server in dir and returns a store on it.
func openEmbedded(t *testing.T, dir string) (*storage.Embedded, *storage.Store) {
	t.Helper()
	emb, err := storage.StartEmbedded(dir)
	if err != nil {
		t.Fatal(err)
	}
	rdb, err := storage.Connect(emb.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdb.Close() })
	s := storage.New(rdb)
	s.OnWrite = emb.MarkDirty
	return emb, s
}

func TestEmbeddedKeepsDataAcrossRestarts(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb, s := openEmbedded(t, dir)
	for range 3 {
		if _, err := s.CreateTicket(ctx, newTicket("T1", "dana"), ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Transition(ctx, "T1", 2, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob", Note: "mine"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Transition(ctx, "T1", 3, storage.Change{Action: delegatebot.ActionCancel, Actor: "dana"}); err != nil {
		t.Fatal(err)
	}
	if err := s.ApproveChannel(ctx, "T1", "C1", "admin"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FirstDelivery(ctx, "T1", "Ev1", time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := emb.Close(); err != nil {
		t.Fatal(err)
	}

	emb2, s2 := openEmbedded(t, dir)
	defer emb2.Close()
	want := map[int64]delegatebot.Status{1: delegatebot.StatusOpen, 2: delegatebot.StatusClaimed, 3: delegatebot.StatusCancelled}
	all, _, err := s2.ListTickets(ctx, "T1", storage.Filter{}, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(want) {
		t.Fatalf("after restart %d tickets, want %d", len(all), len(want))
	}
	for _, tk := range all {
		if tk.Status != want[tk.Number] {
			t.Errorf("%s status = %s, want %s", tk.ID(), tk.Status, want[tk.Number])
		}
	}
	held, _, _ := s2.ListTickets(ctx, "T1", storage.Filter{Assignee: "bob"}, 0, 10)
	if len(held) != 1 || held[0].Number != 2 {
		t.Fatalf("bob's tickets after restart = %v, want DEL-2", held)
	}
	tk, _ := s2.FindTicket(ctx, "T1", 2)
	if len(tk.Notes) != 1 || tk.Notes[0].Text != "mine" {
		t.Fatalf("notes after restart = %+v", tk.Notes)
	}
	if ok, _ := s2.Approved(ctx, "T1", "C1"); !ok {
		t.Fatal("channel approval lost in restart")
	}
	if first, _ := s2.FirstDelivery(ctx, "T1", "Ev1", time.Hour); first {
		t.Fatal("dedupe mark lost in restart")
	}
	entries, _ := s2.ReadAudit(ctx, "T1", "", 100)
	if len(entries) != 6 {
		t.Fatalf("audit after restart has %d entries, want 6", len(entries))
	}
	next := newTicket("T1", "dana")
	if _, err := s2.CreateTicket(ctx, next, ""); err != nil {
		t.Fatal(err)
	}
	if next.ID() != "DEL-4" {
		t.Fatalf("next id after restart = %s, want DEL-4", next.ID())
	}
}

// TestEmbeddedStaleCopy: the transition script's answer with the stored
// ticket (a nested reply) reads the same from the embedded server.
func TestEmbeddedStaleCopy(t *testing.T) {
	ctx := context.Background()
	emb, a := openEmbedded(t, t.TempDir())
	defer emb.Close()
	rdb, err := storage.Connect(emb.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	b := storage.New(rdb) // another replica
	tk := newTicket("T1", "dana")
	if _, err := a.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddNote(ctx, "T1", tk.Number, delegatebot.Note{Author: "lee", Text: "called"}, "C1", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Transition(ctx, "T1", tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
		t.Fatal(err)
	}
	_, err = a.Transition(ctx, "T1", tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "carol"})
	if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
		t.Fatalf("claim on a stale copy: err = %v, want ECONFLICT", err)
	}
	got, err := a.Transition(ctx, "T1", tk.Number, storage.Change{Action: delegatebot.ActionStart, Actor: "bob"})
	if err != nil || got.Assignee != "bob" || len(got.Notes) != 1 {
		t.Fatalf("start = %+v, %v; want bob's, with the note", got, err)
	}
}

// TestEmbeddedClaimEvent: a command's event pipeline (with its dedupe
// marker, queue mode and guidelines acknowledgement) and a transition that
// acknowledges its inbox item and leases the next work on the embedded
// server too.
func TestEmbeddedClaimEvent(t *testing.T) {
	ctx := context.Background()
	emb, s := openEmbedded(t, t.TempDir())
	defer emb.Close()
	if _, err := s.CreateTicket(ctx, newTicket("T1", "dana"), ""); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"Ev1", "Ev2"} {
		if _, err := s.Enqueue(ctx, "slack", "T1", id, []byte("{}")); err != nil {
			t.Fatal(err)
		}
	}
	item, _, err := s.Dequeue(ctx, "slack", time.Minute)
	if err != nil || item == "" {
		t.Fatalf("dequeue: %q, %v", item, err)
	}
	ev := storage.WithEvent(s.WithAckLease(ctx, "slack", item, time.Minute), storage.EventKeys{Workspace: "T1", Platform: "slack",
		User: "bob", Channel: "C1", Settings: true, Delivery: "cmd:1", DeliveryTTL: time.Hour})
	if first, err := s.FirstDelivery(ev, "T1", "cmd:1", time.Hour); err != nil || !first {
		t.Fatalf("first delivery = %v, %v", first, err)
	}
	if m, err := s.QueueMode(ev, "T1"); err != nil || m != storage.QueueTeam {
		t.Errorf("queue mode = %q, %v", m, err)
	}
	if a, err := s.AcknowledgedGuidelines(ev, "T1", "bob"); err != nil || a {
		t.Errorf("acknowledged = %v, %v, want false", a, err)
	}
	if _, err := s.Transition(ev, "T1", 1, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
		t.Fatal(err)
	}
	if !s.AckedWith(ev) {
		t.Error("the claim did not acknowledge its item")
	}
	if next, _, err := s.Next(ev); err != nil || next == "" {
		t.Errorf("next = %q, %v", next, err)
	}
	if q, l, _ := s.InboxLen(ctx, "slack"); q != 0 || l != 1 {
		t.Errorf("inbox: %d queued, %d leased; want 0 and 1", q, l)
	}
}
