package teams_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// TestInboxDurable: a message activity is acknowledged once stored in the
// inbox, before any work; a redelivery is stored once; the inbox workers
// then handle it exactly once. With Redis down the delivery gets 503 and
// nothing reaches the connector.
func TestInboxDurable(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "tenant-inbox")
	e.adapter.Inbox = e.store
	before, err := e.store.InboxDepth(ctx, "teams")
	if err != nil {
		t.Fatal(err)
	}
	act := e.activity("inbox-1", "personal", execDM, execID, "move my board meeting to Thursday at 3")
	for i := range 2 {
		if code := e.send(t, act); code != http.StatusAccepted {
			t.Fatalf("delivery %d: status %d, want 202", i, code)
		}
	}
	if got := e.conn.received(); len(got) != 0 {
		t.Fatalf("%d connector calls before the workers ran: the ack must not wait for the work", len(got))
	}
	if d, _ := e.store.InboxDepth(ctx, "teams"); d.Queued != before.Queued+1 {
		t.Fatalf("%d activities stored for two deliveries, want 1", d.Queued-before.Queued)
	}

	replied := make(chan struct{}, 8)
	e.adapter.Bot.OnGuard = func(bot.Destination, phi.Decision) { replied <- struct{}{} }
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { e.adapter.RunInbox(rctx, 2); close(done) }()
	select {
	case <-replied:
	case <-time.After(5 * time.Second):
		t.Fatal("the inbox workers did not handle the activity within 5 s")
	}
	cancel()
	<-done // workers finish the activity in hand
	if reply := e.conn.to(execDM); len(reply) != 1 {
		t.Fatalf("%d replies to the executive, want 1", len(reply))
	}
	if _, err := e.store.FindTicket(ctx, e.tenant, 1); err != nil {
		t.Fatalf("no ticket: %v", err)
	}
	if d, _ := e.store.InboxDepth(ctx, "teams"); d.Queued != before.Queued || d.Leased != before.Leased {
		t.Fatalf("inbox after the work: %+v (before %+v)", d, before)
	}

	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	e.adapter.Inbox = storage.New(dead)
	n := len(e.conn.received())
	if code := e.send(t, e.activity("inbox-2", "personal", execDM, execID, "book a room for Friday")); code != http.StatusServiceUnavailable {
		t.Fatalf("status %d with Redis down, want 503", code)
	}
	if got := len(e.conn.received()); got != n {
		t.Fatalf("%d connector calls with Redis down", got-n)
	}
}

// ackedInbox tells the test each time a worker acknowledges an activity.
type ackedInbox struct {
	bot.Inbox
	acked chan struct{}
}

func (a ackedInbox) Ack(ctx context.Context, platform, item string) error {
	err := a.Inbox.Ack(ctx, platform, item)
	a.acked <- struct{}{}
	return err
}

// TestInboxConversationUpdate: installing the app in a personal chat (a
// conversationUpdate) is acknowledged once stored, before the conversation
// is saved; a redelivery is stored once; a worker saves it. With Redis down
// it is answered 503.
func TestInboxConversationUpdate(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "tenant-install")
	acked := make(chan struct{}, 8)
	e.adapter.Inbox = ackedInbox{e.store, acked}
	before, err := e.store.InboxDepth(ctx, "teams")
	if err != nil {
		t.Fatal(err)
	}
	inst := e.activity("install-1", "personal", "a:1asstPersonalChat", asstID, "")
	inst["type"], inst["membersAdded"] = "conversationUpdate", []any{map[string]any{"id": "28:" + appID}}
	delete(inst, "text")
	for i := range 2 {
		if code := e.send(t, inst); code != http.StatusAccepted {
			t.Fatalf("delivery %d: status %d, want 202", i, code)
		}
	}
	if d, _ := e.store.InboxDepth(ctx, "teams"); d.Queued != before.Queued+1 {
		t.Fatalf("%d activities stored for two deliveries, want 1", d.Queued-before.Queued)
	}
	if p, _ := e.store.Profile(ctx, e.tenant, "teams", asstID); p["conversation"] != "" {
		t.Fatal("the conversation was saved before the inbox workers ran")
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { e.adapter.RunInbox(rctx, 2); close(done) }()
	select {
	case <-acked:
	case <-time.After(30 * time.Second): // turns a hang into a failure
		t.Fatal("the inbox workers did not handle the update")
	}
	cancel()
	<-done
	if p, err := e.store.Profile(ctx, e.tenant, "teams", asstID); err != nil || p["conversation"] != "a:1asstPersonalChat" {
		t.Fatalf("profile = %v, %v; want the personal chat saved", p, err)
	}

	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	e.adapter.Inbox = storage.New(dead)
	inst["id"] = "install-2"
	if code := e.send(t, inst); code != http.StatusServiceUnavailable {
		t.Fatalf("status %d with Redis down, want 503", code)
	}
}

// TestInvokePanicAnswered: an invoke is handled before it is answered; a
// panic while handling it is recovered, counted and answered 500.
func TestInvokePanicAnswered(t *testing.T) {
	e := newEnv(t, "tenant-invoke-panic")
	e.adapter.Inbox = e.store
	var panics []string
	e.adapter.OnPanic = func(where string) { panics = append(panics, where) }
	e.adapter.Bot.Handler = bot.HandlerFunc(func(context.Context, *bot.Writer, *bot.Event) error { panic("poisoned") })
	act := e.activity("inv-panic", "personal", execDM, execID, "")
	act["type"], act["name"] = "invoke", "task/fetch"
	act["value"] = map[string]any{"data": map[string]any{"action": "edit", "ticket": "DEL-1"}}
	delete(act, "text")
	if code := e.send(t, act); code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", code)
	}
	if len(panics) != 1 || panics[0] != "teams" {
		t.Fatalf("panics counted: %v, want one", panics)
	}
}
