package slack

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/slack-go/slack/socketmode"
)

// TestRateLimited: a 429 is waited out as Retry-After asks, then the
// message goes; the acknowledgement never waits for it.
func TestRateLimited(t *testing.T) {
	h := newHarness(t)
	h.fake.limited["chat.postMessage"] = 1
	h.sleepGate = make(chan struct{})
	returnsWhile(t, "the rate-limited retry", func() int {
		return h.serve(request("/slack/events", "application/json",
			eventBody(h.ws, "EvRL", imMessage(execUser, "move my board meeting to Thursday at 3")))).Code
	})
	close(h.sleepGate)
	h.wait()
	posts := h.fake.sent("chat.postMessage")
	if len(posts) != 3 { // the 429, its retry, the queue card
		t.Fatalf("%d postMessage calls, want 3", len(posts))
	}
	if got := h.waits(); len(got) != 1 || got[0] != time.Second {
		t.Errorf("waited %v before retrying, want [1s] as Retry-After asked", got)
	}
}

// TestRateLimitedGivesUp: retries are bounded.
func TestRateLimitedGivesUp(t *testing.T) {
	h := newHarness(t)
	h.ad.cfg.MaxRetryWait = 10 * time.Millisecond
	h.fake.limited["chat.postEphemeral"] = 100
	h.click(exec2User, "claim", "DEL-9", queue, "1.1") // refused: answered ephemerally
	h.wait()
	if n := len(h.fake.sent("chat.postEphemeral")); n != maxAttempts {
		t.Fatalf("%d attempts, want %d", n, maxAttempts)
	}
	if !strings.Contains(h.logs.String(), "send failed") {
		t.Error("the failed send was not logged")
	}
}

// TestChannelKind: conversations.info decides the kind, externally shared
// channels are external, and a failure is an error (the core fails closed).
func TestChannelKind(t *testing.T) {
	h := newHarness(t)
	h.fake.external["CSHARED"] = true
	ctx := context.Background()
	for ch, want := range map[string]phi.Kind{"CPLAIN": phi.KindChannel, "CSHARED": phi.KindExternal, "DIM": phi.KindDM, "GMPIM": phi.KindGroup} {
		k, err := h.ad.ChannelKind(ctx, bot.Destination{Workspace: h.ws, Channel: ch})
		if err != nil || k != want {
			t.Errorf("%s: %q (err %v), want %q", ch, k, err, want)
		}
	}
	h.ad.ChannelKind(ctx, bot.Destination{Workspace: h.ws, Channel: "CPLAIN"})
	if n := len(h.fake.sent("conversations.info")); n != 4 {
		t.Errorf("%d conversations.info calls, want 4 (cached)", n)
	}
	h.fake.fail["conversations.info"] = "channel_not_found"
	if _, err := h.ad.ChannelKind(ctx, bot.Destination{Workspace: h.ws, Channel: "CGONE"}); err == nil {
		t.Error("no error for an unreadable channel")
	}
}

// TestExternalChannelRedacted: PHI bound for a channel shared with another
// organisation is redacted even when an admin approved it.
func TestExternalChannelRedacted(t *testing.T) {
	h := newHarness(t)
	h.fake.external[queue] = true
	h.store.ApproveChannel(context.Background(), h.ws, queue, adminUser)
	h.event("EvExt", imMessage(execUser, phiText))
	h.wait()
	for _, c := range h.fake.sent("chat.postMessage") {
		if strings.Contains(c.Body, "6789") {
			t.Fatalf("PHI posted to %s", c.Form.Get("channel"))
		}
	}
}

// TestAppHome: opening the Home tab publishes the user's view, built from
// the core's answers, guarded like a DM.
func TestAppHome(t *testing.T) {
	h := newHarness(t)
	h.event("EvH1", imMessage(execUser, phiText))
	h.event("EvH2", imMessage(execUser, "move my board meeting to Thursday at 3"))
	h.wait()
	for _, tc := range []struct {
		user string
		want []string
	}{
		{asstUser, []string{"My queue", "Team queue", "DEL-1", "DEL-2", `"action_id":"claim"`}},
		{execUser, []string{"My requests", "calendar.reschedule", "email.send", "[SSN]", `"action_id":"edit"`, `"action_id":"cancel"`}},
		{adminUser, []string{"Admin: channels approved for PHI", "No channel is approved", "Admin: overdue tickets"}},
	} {
		before := len(h.fake.sent("views.publish"))
		h.event("EvHome"+tc.user, map[string]any{"type": "app_home_opened", "user": tc.user, "channel": "D" + tc.user, "tab": "home", "event_ts": nextTS()})
		h.wait()
		pubs := h.fake.sent("views.publish")
		if len(pubs) != before+1 {
			t.Fatalf("%s: %d views.publish calls, want 1", tc.user, len(pubs)-before)
		}
		body := pubs[before].Body
		if !strings.Contains(body, `"user_id":"`+tc.user+`"`) || !strings.Contains(body, `"type":"home"`) {
			t.Errorf("%s: view not a home tab for the user: %s", tc.user, body)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: home lacks %q:\n%s", tc.user, w, body)
			}
		}
		if strings.Contains(body, "6789") {
			t.Errorf("%s: home shows PHI:\n%s", tc.user, body)
		}
	}
	h.event("EvMsgTab", map[string]any{"type": "app_home_opened", "user": execUser, "channel": "D" + execUser, "tab": "messages"})
	h.wait()
	if n := len(h.fake.sent("views.publish")); n != 3 {
		t.Errorf("%d views published, want 3 (the messages tab publishes nothing)", n)
	}
}

// TestRender: cards become Block Kit and text cannot inject mentions.
func TestRender(t *testing.T) {
	text := bot.Textf("<!channel> & @UTYPED <@UTYPED> %s in %s", delegatebot.Mention("UEXEC"), delegatebot.ChannelRef("CQUEUE"))
	if got := mrkdwn(text, 100); got != "&lt;!channel&gt; &amp; @UTYPED &lt;@UTYPED&gt; <@UEXEC> in <#CQUEUE>" {
		t.Errorf("mrkdwn = %q", got)
	}
	c := &bot.Card{TicketID: "DEL-7", Title: bot.Plain("t")}
	for i := 0; i < 13; i++ {
		c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("l"), Value: bot.Plain(strings.Repeat("v", 3000))})
	}
	c.Buttons = []bot.Button{{Action: "claim", Label: "Claim"}}
	bs := cardBlocks(c)
	if len(bs) != 3 { // 10 fields, 3 fields, the actions
		t.Fatalf("%d blocks, want 3", len(bs))
	}
	if got := truncate("ééé", 2); got != "é…" {
		t.Errorf("truncate = %q", got)
	}
}

// TestSocketMode: Socket Mode envelopes carry the same payloads as the HTTP
// endpoints (JSON throughout) and become the same work.
func TestSocketMode(t *testing.T) {
	h := newHarness(t)
	run := func(typ string, payload []byte) {
		t.Helper()
		task := h.ad.fromSocket(&socketmode.Request{Type: typ, EnvelopeID: "env1", Payload: payload})
		if task == nil {
			t.Fatalf("%s: no work", typ)
		}
		task(context.Background())
	}
	run(socketmode.RequestTypeEventsAPI, eventBody(h.ws, "EvSock", imMessage(execUser, "move my board meeting to Thursday at 3")))
	cmd, _ := json.Marshal(map[string]string{"team_id": h.ws, "user_id": asstUser, "channel_id": queue, "command": "/claim", "text": "DEL-1", "trigger_id": "trig1"})
	run(socketmode.RequestTypeSlashCommands, cmd)
	form, _ := url.ParseQuery(string(clickBody(h.ws, asstUser, "start", "DEL-1", queue, "1700000000.000009")))
	run(socketmode.RequestTypeInteractive, []byte(form.Get("payload")))
	tk, err := h.store.FindTicket(context.Background(), h.ws, 1)
	if err != nil || tk.Status != "in_progress" || tk.Assignee != asstUser {
		t.Fatalf("ticket = %+v (err %v), want in progress with %s", tk, err, asstUser)
	}
	if ups := h.fake.sent("chat.update"); len(ups) != 1 || ups[0].Form.Get("ts") != "1700000000.000009" {
		t.Errorf("chat.update = %+v", ups)
	}
	if h.ad.fromSocket(&socketmode.Request{Type: socketmode.RequestTypeSlashCommands, Payload: []byte("{bad")}) != nil {
		t.Error("malformed envelope produced work")
	}
}

// TestAckDoesNotWait: the acknowledgement does not wait for the Web API.
func TestAckDoesNotWait(t *testing.T) {
	h := newHarness(t)
	gate := make(chan struct{})
	h.fake.gate = gate
	returnsWhile(t, "the Web API", func() int {
		return h.serve(request("/slack/events", "application/json",
			eventBody(h.ws, "EvSlow", imMessage(execUser, "move my board meeting to Thursday at 3")))).Code
	})
	returnsWhile(t, "the Web API", func() int {
		return h.serve(request("/slack/commands", "application/x-www-form-urlencoded",
			commandBody(h.ws, asstUser, queue, "/tickets", "open"))).Code
	})
	close(gate)
	h.wait()
	if n := h.ticketCount(); n != 1 {
		t.Errorf("%d tickets, want 1", n)
	}
}
