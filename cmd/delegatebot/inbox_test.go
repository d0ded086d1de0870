package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

func TestInboxCommands(t *testing.T) {
	useTestRedis(t)
	ctx := context.Background()
	s := storage.New(redistest.Client(t, testDB))
	clock := time.Now()
	s.Now = func() time.Time { return clock }
	for _, id := range []string{"EvP1", "EvP2"} {
		if _, err := s.Enqueue(ctx, "slack", "TINB", id, []byte(`{}`)); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 * storage.MaxAttempts { // both fail every time: parked
		s.Dequeue(ctx, "slack", time.Minute)
		s.Dequeue(ctx, "slack", time.Minute)
		clock = clock.Add(2 * time.Minute)
	}
	out, _, err := runCmd(t, "", "inbox", "list")
	if err != nil || !strings.Contains(out, "2 parked slack events") || !strings.Contains(out, "EvP1\tTINB") {
		t.Fatalf("list: %q (err %v)", out, err)
	}
	if out, _, err := runCmd(t, "", "inbox", "retry", "--event", "EvP1"); err != nil || !strings.Contains(out, "1 events queued again") {
		t.Fatalf("retry: %q (err %v)", out, err)
	}
	if out, _, err := runCmd(t, "", "inbox", "drop", "--all"); err != nil || !strings.Contains(out, "1 events dropped") {
		t.Fatalf("drop: %q (err %v)", out, err)
	}
	if d, _ := s.InboxDepth(ctx, "slack"); d.Queued != 1 || d.Parked != 0 {
		t.Fatalf("inbox after retry and drop: %+v", d)
	}
	for _, args := range [][]string{{"inbox"}, {"inbox", "frob"}, {"inbox", "retry"}, {"inbox", "drop", "--event", "EvP1", "--all"}, {"inbox", "drop", "EvP1"}} {
		if _, _, err := runCmd(t, "", args...); err == nil {
			t.Errorf("%v: want a usage error", args)
		} else if _, ok := err.(usageError); !ok {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
}
