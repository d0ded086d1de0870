package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/fakeslack"
)

// withSocket gives h a Socket Mode endpoint and an app-level token, and
// runs the adapter's Socket Mode client (with the store as its inbox)
// against it until the test ends.
func (h *harness) withSocket(t *testing.T) *fakeslack.SocketMode {
	sm := fakeslack.NewSocketMode()
	t.Cleanup(sm.Close)
	h.fake.mu.Lock()
	h.fake.socket = sm
	h.fake.mu.Unlock()
	h.ad.cfg.AppToken = "xapp-test"
	h.withInbox(h.store, nil)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { h.ad.RunSocket(ctx); close(stopped) }()
	t.Cleanup(func() { cancel(); <-stopped })
	if err := sm.WaitConnected(ctx, 1); err != nil {
		t.Fatal(err)
	}
	return sm
}

// deliver sends one envelope over Socket Mode and fails the test unless it
// is acknowledged. The bound only turns a hang into a failure.
func deliver(t *testing.T, sm *fakeslack.SocketMode, typ string, payload []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := sm.Deliver(ctx, typ, payload, 0); err != nil {
		t.Fatalf("%s envelope not acknowledged: %v", typ, err)
	}
}

func socketCommand(ws, user, channel, command, text, trigger string) []byte {
	b, _ := json.Marshal(map[string]any{"token": "legacy", "team_id": ws, "channel_id": channel, "user_id": user,
		"command": command, "text": text, "trigger_id": trigger, "response_url": "http://127.0.0.1:1/hook", "api_app_id": "A0TEST"})
	return b
}

func socketClick(ws, user, action, ticket, channel, ts, trigger, actionTS string) []byte {
	b, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": ws}, "user": map[string]any{"id": user},
		"api_app_id": "A0TEST", "trigger_id": trigger,
		"container": map[string]any{"type": "message", "message_ts": ts, "channel_id": channel},
		"channel":   map[string]any{"id": channel},
		"actions":   []map[string]any{{"type": "button", "action_id": action, "block_id": "ticket:" + ticket, "value": ticket, "action_ts": actionTS}},
	})
	return b
}

// TestSocketModeEveryEnvelopeThroughInbox drives slack-go's Socket Mode
// client against a Socket Mode endpoint: an event, a slash command and a
// click are each acknowledged only once stored in the inbox — nothing runs
// before the inbox workers do — and a redelivered command or click is
// acknowledged without being stored twice.
func TestSocketModeEveryEnvelopeThroughInbox(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t)
	sm := h.withSocket(t)
	depth := func() int64 {
		q, l, err := h.store.InboxLen(ctx, Platform)
		if err != nil {
			t.Fatal(err)
		}
		return q + l
	}

	deliver(t, sm, "events_api", eventBody(h.ws, "EvSocketAll", imMessage(execUser, "move my board meeting to Thursday at 3")))
	help := socketCommand(h.ws, execUser, "CWORK", "/delegatebot", "", "trigSocketHelp")
	deliver(t, sm, "slash_commands", help)
	deliver(t, sm, "slash_commands", help) // Slack's redelivery of the same invocation
	if d := depth(); d != 2 {
		t.Fatalf("inbox holds %d deliveries after an event and a command sent twice, want 2", d)
	}
	if n, eph := h.ticketCount(), len(h.fake.sent("chat.postEphemeral")); n != 0 || eph != 0 {
		t.Fatalf("%d tickets and %d answers before the inbox workers ran", n, eph)
	}
	h.drain()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets after the workers ran, want 1", n)
	}
	eph := h.fake.sent("chat.postEphemeral")
	if len(eph) != 1 || !strings.Contains(eph[0].Form.Get("text"), "/claim DEL-n") {
		t.Fatalf("ephemeral answers = %d, want the command's help once", len(eph))
	}

	click := socketClick(h.ws, asstUser, "claim", "DEL-1", queue, "1700000000.000001", "trigSocketClick", nextTS())
	deliver(t, sm, "interactive", click)
	deliver(t, sm, "interactive", click)
	if d := depth(); d != 1 {
		t.Fatalf("inbox holds %d deliveries after a click sent twice, want 1", d)
	}
	if tk, _ := h.store.FindTicket(ctx, h.ws, 1); tk.Assignee != "" {
		t.Fatalf("the click ran before the inbox workers did: assignee %q", tk.Assignee)
	}
	h.drain()
	if tk, _ := h.store.FindTicket(ctx, h.ws, 1); tk.Assignee != asstUser {
		t.Fatalf("assignee %q after the workers ran, want %s", tk.Assignee, asstUser)
	}
}
