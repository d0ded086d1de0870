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
	"github.com/slack-go/slack/socketmode"
)

// TestInboxPanicIsParked: a handler that panics on a delivery — an event,
// a slash command over HTTP, a slash command over Socket Mode — does not
// take the worker (or the process) down; the panic is counted, the delivery
// stays leased, and after storage.MaxAttempts it is parked for an operator
// while the inbox goes on.
func TestInboxPanicIsParked(t *testing.T) {
	for _, tc := range []struct {
		name    string
		deliver func(h *harness) string // returns the dedupe id it is parked under
	}{
		{"Event", func(h *harness) string {
			if code := postEvent(h, "EvPoison", ""); code != http.StatusOK {
				h.t.Fatalf("status %d, want 200", code)
			}
			return "EvPoison"
		}},
		{"CommandOverHTTP", func(h *harness) string {
			h.command(execUser, "CWORK", "/delegatebot", "")
			return "cmd:"
		}},
		{"CommandOverSocketMode", func(h *harness) string {
			acks := 0
			h.ad.socketRequest(context.Background(), &socketmode.Request{Type: socketmode.RequestTypeSlashCommands, EnvelopeID: "envPoison",
				Payload: socketCommand(h.ws, execUser, "CWORK", "/delegatebot", "", "trigPoison")}, func() { acks++ })
			if acks != 1 {
				h.t.Fatalf("%d acks, want 1", acks)
			}
			return "cmd:trigPoison"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { testPanicIsParked(t, tc.deliver) })
	}
}

func testPanicIsParked(t *testing.T, deliver func(h *harness) string) {
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
	id := deliver(h)
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
			t.Fatalf("attempt %d: %d leased, want the panicked delivery kept for a retry", attempt, d.Leased-before.Leased)
		}
		clock = clock.Add(time.Minute) // its lease expires
	}
	runUntilPanic()
	clock = clock.Add(time.Minute) // the last lease expires: the next read parks it
	if item, _, err := inbox.Dequeue(ctx, Platform, time.Minute); err != nil || item != "" && strings.Contains(item, id) {
		t.Fatalf("after %d attempts the delivery was handed out again (err %v)", storage.MaxAttempts, err)
	}
	parked, err := inbox.ParkedEvents(ctx, Platform)
	if err != nil || len(parked) == 0 || !strings.HasPrefix(parked[len(parked)-1].EventID, id) {
		t.Fatalf("parked = %+v (err %v), want %s…", parked, err, id)
	}
	if strings.Contains(h.logs.String(), "Maria") {
		t.Fatal("the panic value was logged")
	}
	inbox.DropParked(ctx, Platform, parked[len(parked)-1].EventID)
}
