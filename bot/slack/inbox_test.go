package slack

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// withInbox rebuilds h's adapter with inbox and a short lease.
func (h *harness) withInbox(inbox Inbox, b *bot.Bot) {
	cfg := h.ad.cfg
	cfg.Inbox, cfg.InboxLease = inbox, 300*time.Millisecond
	if b != nil {
		cfg.Bot = b
	}
	h.ad = NewAdapter(cfg)
	h.h = h.ad.Handler()
}

// drain runs inbox workers until want tickets exist or 5 s pass.
func (h *harness) drain(want int) {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.ad.RunInbox(ctx, 2); close(done) }()
	for deadline := time.Now().Add(5 * time.Second); h.ticketCount() < want && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // let a duplicate show itself, if any
	cancel()
	<-done
	h.wait()
}

// runFor runs inbox workers for d.
func (h *harness) runFor(d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	h.ad.RunInbox(ctx, 2)
	h.wait()
}

func postEvent(h *harness, id string, retry string) int {
	r := request("/slack/events", "application/json", eventBody(h.ws, id, imMessage(execUser, "schedule a call with the CFO tomorrow at 3")))
	if retry != "" {
		r.Header.Set("X-Slack-Retry-Num", retry)
	}
	return h.serve(r).Code
}

func TestInboxAcknowledgesStoredEventsOnce(t *testing.T) {
	h := newHarness(t)
	h.withInbox(h.store, nil)
	for i, retry := range []string{"", "1", "2"} {
		if code := postEvent(h, "EvInbox1", retry); code != http.StatusOK {
			t.Fatalf("delivery %d: status %d, want 200", i, code)
		}
	}
	if n := h.ticketCount(); n != 0 {
		t.Fatalf("%d tickets before the workers ran: the ack must not wait for the work", n)
	}
	h.drain(1)
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("3 deliveries made %d tickets, want 1", n)
	}
	if q, l, err := h.store.InboxLen(context.Background(), Platform); err != nil || q+l != 0 {
		t.Fatalf("inbox after the work: %d queued, %d leased (err %v)", q, l, err)
	}
}

func TestInboxRefusesWhenRedisIsDown(t *testing.T) {
	h := newHarness(t)
	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	h.withInbox(storage.New(dead), nil)
	if code := postEvent(h, "EvDown", ""); code != http.StatusServiceUnavailable {
		t.Fatalf("status %d with Redis down, want 503 so that Slack retries", code)
	}
	h.wait()
	if n := h.ticketCount(); n != 0 || len(h.fake.all()) != 0 {
		t.Fatalf("with Redis down: %d tickets, %d Web API calls", n, len(h.fake.all()))
	}
}

func TestInboxRetriesFailedWork(t *testing.T) {
	h := newHarness(t)
	// A bot whose own store is unreachable: every event fails inside the core.
	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	broken := storage.New(dead)
	hs := handlers.New(handlers.Config{Store: broken, Parser: intents.Rules{}})
	failing := &bot.Bot{Handler: hs.Mux(), Guard: &phi.Guard{Policy: broken}, Users: handlers.NewDirectory(broken, handlers.DirectoryConfig{}), Audit: broken}
	good := h.ad.cfg.Bot
	h.withInbox(h.store, failing)
	if code := postEvent(h, "EvRetry", ""); code != http.StatusOK {
		t.Fatalf("status %d, want 200 (the inbox is up)", code)
	}
	h.runFor(300 * time.Millisecond) // fails: nothing can be created
	if n := h.ticketCount(); n != 0 {
		t.Fatalf("%d tickets while the core was failing", n)
	}
	if _, leased, _ := h.store.InboxLen(context.Background(), Platform); leased != 1 {
		t.Fatalf("the failed event is not leased for a retry (%d leased)", leased)
	}
	if got := h.fake.sent("chat.postEphemeral"); len(got) != 0 {
		t.Fatalf("the user was shown an error for an event that will be retried")
	}
	h.withInbox(h.store, good) // the core recovers
	time.Sleep(350 * time.Millisecond)
	h.drain(1)
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("after recovery %d tickets, want 1", n)
	}
}
