package slack

import (
	"context"
	"testing"

	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack/socketmode"
)

// TestSocketModeThroughInbox: a Socket Mode event is acknowledged only once
// it is stored in the inbox (a redelivered envelope is acknowledged and not
// stored twice); with Redis down it is not acknowledged, so Slack delivers
// it again, and nothing runs.
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
}
