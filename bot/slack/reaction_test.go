package slack

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
)

// reaction is a reaction_added event by user on the message ts in channel.
func reaction(user, emoji, channel, ts string) map[string]any {
	return map[string]any{"type": "reaction_added", "user": user, "reaction": emoji, "item_user": "UOTHER",
		"item": map[string]any{"type": "message", "channel": channel, "ts": ts}, "event_ts": nextTS()}
}

// store puts a message where conversations.history (or .replies) finds it.
func (f *fakeSlack) store(channel string, m map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.messages[channel+":"+m["ts"].(string)] = m
}

// queueCard stores the queue card of the last ticket as Slack would return it
// and returns its ts.
func (h *harness) queueCard() string {
	h.t.Helper()
	var card *call
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == queue {
			card = &c
		}
	}
	if card == nil {
		h.t.Fatal("no queue card")
	}
	var blocks []any
	if err := json.Unmarshal([]byte(card.Form.Get("blocks")), &blocks); err != nil {
		h.t.Fatal(err)
	}
	h.fake.store(queue, map[string]any{"type": "message", "bot_id": "B0BOT", "user": botUser, "ts": card.TS, "text": card.Form.Get("text"), "blocks": blocks})
	return card.TS
}

func (h *harness) ticket(n int64) *delegatebot.Ticket {
	h.t.Helper()
	t, err := h.store.FindTicket(context.Background(), h.ws, n)
	if err != nil {
		h.t.Fatal(err)
	}
	return t
}

// TestReactions: :ticket: on a message opens a ticket for the reacting
// executive; :eyes: by an assistant on its queue card claims it;
// :white_check_mark: by the assignee finishes it; anyone else's reactions
// do nothing and say nothing.
func TestReactions(t *testing.T) {
	h := newHarness(t)
	ts := nextTS()
	h.fake.store("CGENERAL", map[string]any{"type": "message", "user": "UOTHER", "ts": ts, "text": "Can someone book flights to Denver for the board retreat next Friday?"})
	h.event("EvR1", reaction(execUser, "ticket", "CGENERAL", ts))
	h.wait()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets, want 1", n)
	}
	tk := h.ticket(1)
	if tk.Requester != execUser || tk.Intent != delegatebot.IntentTravel || !strings.HasPrefix(tk.Source.Link, "https://") || tk.Source.Message != "CGENERAL:"+ts {
		t.Errorf("ticket %+v", tk)
	}
	hist := h.fake.sent("conversations.history")
	if len(hist) == 0 || hist[0].Form.Get("latest") != ts || hist[0].Form.Get("inclusive") != "1" || hist[0].Form.Get("limit") != "1" {
		t.Errorf("conversations.history %v", hist)
	}
	card := h.queueCard()

	t.Run("QuietForOthers", func(t *testing.T) {
		before := len(h.fake.all())
		h.event("EvR2", reaction(exec2User, "eyes", queue, card))
		h.event("EvR3", reaction(asstUser, "white_check_mark", queue, card))
		h.event("EvR4", reaction(asstUser, "thumbsup", queue, card))
		h.wait()
		if st := h.ticket(1).Status; st != delegatebot.StatusOpen {
			t.Fatalf("status %s, want open", st)
		}
		for _, c := range h.fake.all()[before:] {
			if strings.HasPrefix(c.Method, "chat.") {
				t.Errorf("a reaction by someone who may not act sent %s", c.Method)
			}
		}
	})
	t.Run("Claim", func(t *testing.T) {
		h.event("EvR5", reaction(asstUser, "eyes", queue, card))
		h.wait()
		if tk := h.ticket(1); tk.Status != delegatebot.StatusClaimed || tk.Assignee != asstUser {
			t.Fatalf("after :eyes: %s by %q", tk.Status, tk.Assignee)
		}
		var updated bool
		for _, c := range h.fake.sent("chat.update") {
			updated = updated || c.Form.Get("ts") == card
		}
		if !updated {
			t.Error("the card was not updated")
		}
	})
	t.Run("Done", func(t *testing.T) {
		h.event("EvR6", reaction(asstUser, "white_check_mark", queue, card))
		h.wait()
		if st := h.ticket(1).Status; st != delegatebot.StatusDone {
			t.Fatalf("after :white_check_mark: %s", st)
		}
	})
	t.Run("ThreadReply", func(t *testing.T) {
		reply, parent := nextTS(), nextTS()
		h.fake.store("CGENERAL", map[string]any{"type": "message", "user": "UOTHER", "ts": reply, "thread_ts": parent, "text": "please draft a reply to Dr. Kim about the staffing plan"})
		h.event("EvR7", reaction(execUser, "ticket", "CGENERAL", reply))
		h.wait()
		if n := h.ticketCount(); n != 2 {
			t.Fatalf("%d tickets, want 2", n)
		}
		if r := h.fake.sent("conversations.replies"); len(r) == 0 || r[len(r)-1].Form.Get("ts") != reply {
			t.Errorf("conversations.replies %v", r)
		}
	})
	t.Run("OwnCardIsNoRequest", func(t *testing.T) {
		h.event("EvR8", reaction(execUser, "ticket", queue, card))
		h.wait()
		if n := h.ticketCount(); n != 2 {
			t.Errorf("%d tickets, want 2", n)
		}
	})
	t.Run("ConfiguredEmoji", func(t *testing.T) {
		h2 := newHarness(t)
		h2.ad.cfg.TicketEmoji = ":inbox_tray:"
		ts := nextTS()
		h2.fake.store("CGENERAL", map[string]any{"type": "message", "user": "UOTHER", "ts": ts, "text": "schedule a call with Dr. Patel on Monday"})
		h2.event("EvC1", reaction(execUser, "ticket", "CGENERAL", ts))
		h2.event("EvC2", reaction(execUser, "inbox_tray", "CGENERAL", ts))
		h2.wait()
		if n := h2.ticketCount(); n != 1 {
			t.Errorf("%d tickets, want 1 (only the configured emoji)", n)
		}
	})
}

// TestManifestReactions: the manifest subscribes to reaction_added with the
// scope it needs.
func TestManifestReactions(t *testing.T) {
	b, err := os.ReadFile("../../manifests/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"- reaction_added", "- reactions:read", "- channels:history", "- groups:history"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the Slack manifest lacks %q", want)
		}
	}
}
