package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

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
