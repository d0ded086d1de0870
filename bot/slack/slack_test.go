package slack

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// TestEndToEnd follows one request through Slack: a DM becomes a ticket and
// a card in the queue channel; an assistant's Claim click claims it, updates
// the card in place and tells the requester in a DM.
func TestEndToEnd(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()

	h.event("Ev01", imMessage(execUser, "move my board meeting to Thursday at 3"))
	h.wait()

	ts, _, err := h.store.ListTickets(ctx, h.ws, storage.Filter{}, 0, 10)
	if err != nil || len(ts) != 1 {
		t.Fatalf("tickets = %d (err %v), want 1", len(ts), err)
	}
	tk := ts[0]
	if tk.Requester != execUser || tk.Intent != "calendar.reschedule" || tk.Status != delegatebot.StatusOpen {
		t.Fatalf("ticket = %+v", tk)
	}
	if tk.Source.Channel != "D"+execUser {
		t.Errorf("ticket source channel = %q, want the DM", tk.Source.Channel)
	}

	var card call
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == queue {
			card = c
		}
	}
	if card.Method == "" {
		t.Fatalf("no card posted to the queue channel; calls: %+v", h.fake.all())
	}
	for _, want := range []string{`"action_id":"claim"`, `"value":"DEL-1"`, `"type":"actions"`, `"type":"section"`, "\\u003c@UEXEC\\u003e"} {
		if !strings.Contains(card.Form.Get("blocks"), want) {
			t.Errorf("queue card blocks lack %s:\n%s", want, card.Form.Get("blocks"))
		}
	}
	var reply bool
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == "D"+execUser && strings.Contains(c.Form.Get("text"), "DEL-1") {
			reply = true
		}
	}
	if !reply {
		t.Error("the requester got no answer in their DM")
	}
	if p, _ := h.store.Profile(ctx, h.ws, Platform, execUser); p["tz"] != "America/New_York" {
		t.Errorf("profile = %v, want the users.info time zone cached", p)
	}

	// The card's ts, as Slack returned it, is what a click refers to.
	cardTS := card.TS
	h.click(asstUser, "claim", "DEL-1", queue, cardTS)
	h.wait()

	tk, err = h.store.FindTicket(ctx, h.ws, 1)
	if err != nil || tk.Status != delegatebot.StatusClaimed || tk.Assignee != asstUser {
		t.Fatalf("after the click: %+v (err %v), want claimed by %s", tk, err, asstUser)
	}
	ups := h.fake.sent("chat.update")
	if len(ups) != 1 || ups[0].Form.Get("channel") != queue || ups[0].Form.Get("ts") != cardTS {
		t.Fatalf("chat.update calls = %+v, want one on %s/%s", ups, queue, cardTS)
	}
	if b := ups[0].Form.Get("blocks"); !strings.Contains(b, `"action_id":"done"`) || strings.Contains(b, `"action_id":"claim"`) {
		t.Errorf("updated card has the wrong buttons:\n%s", b)
	}
	if opens := h.fake.sent("conversations.open"); len(opens) != 1 || opens[0].Form.Get("users") != execUser {
		t.Errorf("conversations.open = %+v, want one with the requester", opens)
	}
	var notified bool
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == "D"+execUser && strings.Contains(c.Form.Get("text"), "claimed by") {
			notified = true
		}
	}
	if !notified {
		t.Error("the requester was not told of the claim")
	}
}

// TestRetriedEventCreatesOneTicket delivers one event three times, as Slack
// does when it does not see an answer in time.
func TestRetriedEventCreatesOneTicket(t *testing.T) {
	h := newHarness(t)
	body := eventBody(h.ws, "EvRetry", imMessage(execUser, "book a car to the airport for Friday"))
	for i := 0; i < 3; i++ {
		r := request("/slack/events", "application/json", body)
		if i > 0 {
			r.Header.Set("X-Slack-Retry-Num", string(rune('0'+i)))
			r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
		}
		if w := h.serve(r); w.Code != http.StatusOK {
			t.Fatalf("delivery %d: status %d", i, w.Code)
		}
	}
	h.wait()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets, want 1", n)
	}
	if n := len(h.fake.sent("chat.postMessage")); n != 2 { // the answer and the queue card
		t.Errorf("%d messages posted, want 2", n)
	}
}

// TestClaimRefused: a Claim click by someone without the assistant role is
// refused privately and changes nothing.
func TestClaimRefused(t *testing.T) {
	h := newHarness(t)
	h.event("EvA", imMessage(execUser, "move my board meeting to Thursday at 3"))
	h.wait()
	h.click(exec2User, "claim", "DEL-1", queue, "1700000000.000002")
	h.wait()
	tk, err := h.store.FindTicket(context.Background(), h.ws, 1)
	if err != nil || tk.Status != delegatebot.StatusOpen {
		t.Fatalf("ticket = %+v (err %v), want still open", tk, err)
	}
	eph := h.fake.sent("chat.postEphemeral")
	if len(eph) != 1 || eph[0].Form.Get("user") != exec2User || eph[0].Form.Get("channel") != queue ||
		!strings.Contains(eph[0].Form.Get("text"), "Only assistants can claim") {
		t.Fatalf("ephemeral = %+v, want the refusal shown to %s only", eph, exec2User)
	}
	if ups := h.fake.sent("chat.update"); len(ups) != 0 {
		t.Errorf("card updated after a refused click: %+v", ups)
	}
}

const phiText = "email Dr. Kim the lab results for SSN 123-45-6789"

// TestQueueCardPHI: the queue card carries PHI only when the queue channel is
// approved; unapproved or with the policy unreadable it is redacted. Logs
// never carry the text.
func TestQueueCardPHI(t *testing.T) {
	for _, tc := range []struct {
		name    string
		approve bool
		dead    bool
		intact  bool
	}{
		{"Unapproved", false, false, false},
		{"Approved", true, false, true},
		{"PolicyUnreadable", true, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var opts []harnessOption
			if tc.dead {
				opts = append(opts, withPolicy(deadStore()))
			}
			h := newHarness(t, opts...)
			if tc.approve {
				if err := h.store.ApproveChannel(context.Background(), h.ws, queue, adminUser); err != nil {
					t.Fatal(err)
				}
			}
			h.event("EvPHI", imMessage(execUser, phiText))
			h.wait()
			var card string
			for _, c := range h.fake.sent("chat.postMessage") {
				if c.Form.Get("channel") == queue {
					card = c.Form.Get("blocks") + c.Form.Get("text")
				}
			}
			if card == "" {
				t.Fatalf("no queue card; calls %+v", h.fake.all())
			}
			if got := strings.Contains(card, "123-45-6789"); got != tc.intact {
				t.Errorf("SSN on the card = %v, want %v:\n%s", got, tc.intact, card)
			}
			if !tc.intact && !strings.Contains(card, "[SSN]") {
				t.Errorf("card lacks the [SSN] placeholder:\n%s", card)
			}
			for _, c := range h.fake.sent("chat.postMessage") {
				if c.Form.Get("channel") != queue && strings.Contains(c.Body, "6789") {
					t.Errorf("PHI sent to unapproved %s", c.Form.Get("channel"))
				}
			}
			if logs := h.logs.String(); strings.Contains(logs, "6789") || strings.Contains(logs, "lab results") {
				t.Errorf("logs carry message text:\n%s", logs)
			}
		})
	}
}

// deadStore is a store whose Redis never answers.
func deadStore() phi.Policy {
	return storage.New(newDeadClient())
}
