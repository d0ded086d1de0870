package slack

import (
	"context"
	"net/http"
	"testing"

	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack/socketmode"
)

// TestSocketModeThroughInbox: a Socket Mode event is acknowledged only once
// it is stored in the inbox (a redelivered envelope is acknowledged and not
// stored twice); with Redis down no envelope — event, command or click — is
// acknowledged (Slack delivers an event again), and nothing runs.
func TestSocketModeThroughInbox(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t)
	h.withInbox(h.store, nil)
	req := &socketmode.Request{Type: socketmode.RequestTypeEventsAPI, EnvelopeID: "env1",
		Payload: eventBody(h.ws, "EvSockInbox", imMessage(execUser, "move my board meeting to Thursday at 3"))}
	before, _ := h.store.InboxDepth(ctx, Platform)
	acks := 0
	for range 2 {
		h.ad.socketRequest(ctx, req, func() { acks++ })
	}
	h.wait()
	after, _ := h.store.InboxDepth(ctx, Platform)
	if acks != 2 || after.Queued != before.Queued+1 {
		t.Fatalf("%d acks, %d queued; want both deliveries acknowledged and one stored", acks, after.Queued-before.Queued)
	}
	if n := h.ticketCount(); n != 0 {
		t.Fatalf("%d tickets before the inbox workers ran", n)
	}
	h.drain()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets after the workers ran, want 1", n)
	}

	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	h.withInbox(storage.New(dead), nil)
	acks = 0
	req2 := &socketmode.Request{Type: socketmode.RequestTypeEventsAPI, EnvelopeID: "env2",
		Payload: eventBody(h.ws, "EvSockDown", imMessage(execUser, "book a room for Friday"))}
	h.ad.socketRequest(ctx, req2, func() { acks++ })
	h.wait()
	if acks != 0 || h.ticketCount() != 1 {
		t.Fatalf("with Redis down: %d acks, %d tickets; want no ack and no work", acks, h.ticketCount())
	}
	// Commands and clicks too: Slack then tells the user it failed.
	calls := len(h.fake.all())
	for _, req := range []*socketmode.Request{
		{Type: socketmode.RequestTypeSlashCommands, EnvelopeID: "env3", Payload: socketCommand(h.ws, execUser, "CWORK", "/delegatebot", "", "trigDown")},
		{Type: socketmode.RequestTypeInteractive, EnvelopeID: "env4", Payload: socketClick(h.ws, asstUser, "claim", "DEL-1", queue, "1700000000.000001", "trigDownClick", nextTS())},
	} {
		h.ad.socketRequest(ctx, req, func() { acks++ })
	}
	h.wait()
	if acks != 0 || len(h.fake.all()) != calls {
		t.Fatalf("with Redis down: %d acks, %d Web API calls; want no ack and no work", acks, len(h.fake.all())-calls)
	}
}

// TestCommandsAndClicksThroughInbox: over HTTP too, a slash command and a
// click are answered 200 once stored and handled by the inbox workers; with
// Redis down they are answered 503 and nothing runs.
func TestCommandsAndClicksThroughInbox(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t)
	h.withInbox(h.store, nil)
	h.command(execUser, "CWORK", "/delegatebot", "")
	h.click(asstUser, "claim", "DEL-9", queue, "1700000000.000001")
	h.wait()
	q, l, err := h.store.InboxLen(ctx, Platform)
	if err != nil {
		t.Fatal(err)
	}
	if q+l != 2 || len(h.fake.all()) != 0 {
		t.Fatalf("%d stored, %d Web API calls before the workers ran; want 2 stored and none", q+l, len(h.fake.all()))
	}
	h.drain()
	if eph := h.fake.sent("chat.postEphemeral"); len(eph) != 2 {
		t.Fatalf("%d ephemeral answers after the workers ran, want the help and the click's refusal", len(eph))
	}

	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	h.withInbox(storage.New(dead), nil)
	calls := len(h.fake.all())
	for _, r := range []struct{ path, body string }{
		{"/slack/commands", string(commandBody(h.ws, execUser, "CWORK", "/delegatebot", ""))},
		{"/slack/interactive", string(clickBody(h.ws, asstUser, "claim", "DEL-9", queue, "1700000000.000001"))},
	} {
		if w := h.serve(request(r.path, "application/x-www-form-urlencoded", []byte(r.body))); w.Code != http.StatusServiceUnavailable {
			t.Errorf("%s with Redis down: status %d, want 503", r.path, w.Code)
		}
	}
	h.wait()
	if n := len(h.fake.all()) - calls; n != 0 {
		t.Fatalf("%d Web API calls with Redis down, want none", n)
	}
}
