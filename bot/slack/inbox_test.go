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

// inboxLease is the tests' lease. No test waits for it to pass: they move
// the store's clock instead.
const inboxLease = time.Minute

// withInbox rebuilds h's adapter with inbox, watched.
func (h *harness) withInbox(inbox Inbox, b *bot.Bot) {
	cfg := h.ad.cfg
	h.inboxChanged = make(chan struct{}, 1)
	cfg.Inbox, cfg.InboxLease = watchedInbox{inbox, h.inboxChanged}, inboxLease
	if b != nil {
		cfg.Bot = b
	}
	h.ad = NewAdapter(cfg)
	h.h = h.ad.Handler()
}

// watchedInbox tells the test each time a worker leases or acknowledges an
// event, so that it can look at the inbox again instead of polling it.
type watchedInbox struct {
	Inbox
	changed chan struct{} // buffered: one pending signal covers any number of changes
}

func (w watchedInbox) Dequeue(ctx context.Context, platform string, lease time.Duration) (string, []byte, error) {
	item, body, err := w.Inbox.Dequeue(ctx, platform, lease)
	if item != "" {
		w.signal()
	}
	return item, body, err
}

func (w watchedInbox) Ack(ctx context.Context, platform, item string) error {
	err := w.Inbox.Ack(ctx, platform, item)
	w.signal()
	return err
}

func (w watchedInbox) signal() {
	select {
	case w.changed <- struct{}{}:
	default:
	}
}

// runInboxUntil runs inbox workers until done reports true of the inbox,
// stops them (an event being handled is handled to the end) and waits for
// their background work. The deadline only turns a hang into a failure.
func (h *harness) runInboxUntil(what string, done func(queued, leased int64) bool) {
	h.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { h.ad.RunInbox(ctx, 2); close(stopped) }()
	defer func() { cancel(); <-stopped; h.wait() }()
	hang := time.NewTimer(30 * time.Second)
	defer hang.Stop()
	for {
		q, l, err := h.store.InboxLen(context.Background(), Platform)
		if err != nil {
			h.t.Fatal(err)
		}
		if done(q, l) {
			return
		}
		select {
		case <-h.inboxChanged:
		case <-hang.C:
			h.t.Fatalf("inbox workers: still not %s (%d queued, %d leased)", what, q, l)
		}
	}
}

// drain runs inbox workers until every event is handled and acknowledged.
func (h *harness) drain() {
	h.t.Helper()
	h.runInboxUntil("drained", func(q, l int64) bool { return q == 0 && l == 0 })
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
	h.drain()
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
	failing := &bot.Bot{Handler: hs.Mux(), Guard: &phi.Guard{Policy: broken}, Users: hs.Directory(), Audit: broken}
	good := h.ad.cfg.Bot
	h.withInbox(h.store, failing)
	if code := postEvent(h, "EvRetry", ""); code != http.StatusOK {
		t.Fatalf("status %d, want 200 (the inbox is up)", code)
	}
	// A worker leases the event; stopping the workers lets it finish the
	// attempt, which fails: nothing can be created.
	h.runInboxUntil("leased", func(q, l int64) bool { return q == 0 && l == 1 })
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
	now := time.Now().Add(inboxLease + time.Second)
	h.store.Now = func() time.Time { return now } // the lease has expired
	h.drain()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("after recovery %d tickets, want 1", n)
	}
}
