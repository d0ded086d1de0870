package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// TestInboxParksPoisonedEvents: an event whose lease keeps expiring (its
// handler panics or fails) is parked after MaxAttempts leases instead of
// being handed out forever; an operator can list, retry or drop it.
func TestInboxParksPoisonedEvents(t *testing.T) {
	ctx := context.Background()
	s := storage.New(redistest.Client(t, testDB))
	s.Keys = keyring(t, storage.NewKey())
	platform := "p" + workspace(t)
	clock := time.Now()
	s.Now = func() time.Time { return clock }
	for _, id := range []string{"EvPoison", "EvGood"} {
		if _, err := s.Enqueue(ctx, platform, "T1", id, []byte(`{"id":"`+id+`"}`)); err != nil {
			t.Fatal(err)
		}
	}
	poison, _, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || poison == "" {
		t.Fatalf("dequeue: %q, %v", poison, err)
	}
	for attempt := 2; attempt <= storage.MaxAttempts; attempt++ {
		clock = clock.Add(2 * time.Minute) // the lease expired: a failed attempt
		item, _, err := s.Dequeue(ctx, platform, time.Minute)
		if err != nil || item != poison {
			t.Fatalf("attempt %d: got another item (err %v)", attempt, err)
		}
	}
	clock = clock.Add(2 * time.Minute)
	good, body, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || string(body) != `{"id":"EvGood"}` {
		t.Fatalf("after %d attempts the poisoned event still blocks: got %q (err %v)", storage.MaxAttempts, body, err)
	}
	s.Ack(ctx, platform, good)
	parked, err := s.ParkedEvents(ctx, platform)
	if err != nil || len(parked) != 1 || parked[0].EventID != "EvPoison" || parked[0].Workspace != "T1" {
		t.Fatalf("parked = %+v (err %v)", parked, err)
	}

	if n, err := s.RetryParked(ctx, platform, "EvPoison"); err != nil || n != 1 {
		t.Fatalf("retry: %d (err %v)", n, err)
	}
	item, body, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || string(body) != `{"id":"EvPoison"}` {
		t.Fatalf("retried event: %q (err %v)", body, err)
	}
	for range storage.MaxAttempts {
		clock = clock.Add(2 * time.Minute)
		s.Dequeue(ctx, platform, time.Minute)
	}
	if parked, _ := s.ParkedEvents(ctx, platform); len(parked) != 1 {
		t.Fatalf("retried event failing again: %d parked, want 1", len(parked))
	}
	if n, err := s.DropParked(ctx, platform, ""); err != nil || n != 1 {
		t.Fatalf("drop: %d (err %v)", n, err)
	}
	if q, l, _ := s.InboxLen(ctx, platform); q+l != 0 {
		t.Fatalf("inbox not empty: %d queued, %d leased (item %q)", q, l, item)
	}
}
