package slack

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// TestInboxPanicIsParked: a handler that panics on an event does not take
// the worker (or the process) down; the panic is counted, the event stays
// leased, and after storage.MaxAttempts it is parked for an operator while
// the inbox goes on.
func TestInboxPanicIsParked(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t)
	clock := time.Now()
	inbox := storage.New(redistest.Client(t, testDB))
	inbox.Now = func() time.Time { return clock }
	before, err := inbox.InboxDepth(ctx, Platform)
	if err != nil {
		t.Fatal(err)
	}
	poisoned := &bot.Bot{
		Handler: bot.HandlerFunc(func(context.Context, *bot.Writer, *bot.Event) error { panic("boom: pt Maria Gonzalez") }),
		Guard:   &phi.Guard{Policy: h.store}, Users: handlers.New(handlers.Config{Store: h.store}).Directory(), Audit: h.store,
	}
	h.withInbox(inbox, poisoned)
	panics := make(chan string, storage.MaxAttempts+1)
	h.ad.cfg.OnPanic = func(where string) { panics <- where }
	if code := postEvent(h, "EvPoison", ""); code != http.StatusOK {
		t.Fatalf("status %d, want 200", code)
	}
	// runUntilPanic runs inbox workers until one handler panics.
	runUntilPanic := func() {
		t.Helper()
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { h.ad.RunInbox(rctx, 2); close(done) }()
		select {
		case where := <-panics:
			if where != "inbox" {
				t.Errorf("panic counted at %q, want inbox", where)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no panic within 5 s")
		}
		cancel()
		<-done
	}
	for attempt := 1; attempt <= storage.MaxAttempts-1; attempt++ {
		runUntilPanic()
		d, _ := inbox.InboxDepth(ctx, Platform)
		if d.Leased != before.Leased+1 {
			t.Fatalf("attempt %d: %d leased, want the panicked event kept for a retry", attempt, d.Leased-before.Leased)
		}
		clock = clock.Add(time.Minute) // its lease expires
	}
	runUntilPanic()
	clock = clock.Add(time.Minute) // the last lease expires: the next read parks it
	if item, _, err := inbox.Dequeue(ctx, Platform, time.Minute); err != nil || item != "" && strings.Contains(item, "EvPoison") {
		t.Fatalf("after %d attempts the event was handed out again (err %v)", storage.MaxAttempts, err)
	}
	parked, err := inbox.ParkedEvents(ctx, Platform)
	if err != nil || len(parked) == 0 || parked[len(parked)-1].EventID != "EvPoison" {
		t.Fatalf("parked = %+v (err %v)", parked, err)
	}
	if strings.Contains(h.logs.String(), "Maria") {
		t.Fatal("the panic value was logged")
	}
	inbox.DropParked(ctx, Platform, "EvPoison")
}
