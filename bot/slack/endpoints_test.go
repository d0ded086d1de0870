package slack

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

func newDeadClient() redis.UniversalClient {
	return redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
}

// TestRejected: requests that are not Slack's, or not understood, change
// nothing and reach no Web API.
func TestRejected(t *testing.T) {
	h := newHarness(t)
	good := eventBody(h.ws, "EvBad", imMessage(execUser, "move my board meeting to Thursday at 3"))
	stale := func(path string, body []byte) *http.Request {
		r := request(path, "application/json", body)
		ts := time.Now().Add(-6 * time.Minute).Unix()
		r.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
		r.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
		return r
	}
	for _, tc := range []struct {
		name string
		req  func() *http.Request
		code int
	}{
		{"BadSignature", func() *http.Request {
			r := request("/slack/events", "application/json", good)
			r.Header.Set("X-Slack-Signature", sign("wrong-secret", time.Now().Unix(), good))
			return r
		}, 401},
		{"TamperedBody", func() *http.Request {
			r := request("/slack/events", "application/json", good)
			r.Body = httptestBody(bytes.Replace(good, []byte("board"), []byte("bored"), 1))
			return r
		}, 401},
		{"StaleTimestamp", func() *http.Request { return stale("/slack/events", good) }, 401},
		{"Unsigned", func() *http.Request {
			r := request("/slack/events", "application/json", good)
			r.Header.Del("X-Slack-Signature")
			return r
		}, 401},
		{"UnsignedCommand", func() *http.Request {
			r := request("/slack/commands", "application/x-www-form-urlencoded", commandBody(h.ws, execUser, "C1", "/delegate", "x"))
			r.Header.Del("X-Slack-Signature")
			return r
		}, 401},
		{"ForgedClick", func() *http.Request {
			r := request("/slack/interactive", "application/x-www-form-urlencoded", clickBody(h.ws, asstUser, "claim", "DEL-1", queue, "1.2"))
			r.Header.Set("X-Slack-Signature", "v0=00")
			return r
		}, 401},
		{"MalformedJSON", func() *http.Request {
			return request("/slack/events", "application/json", []byte(`{"type":"event_callback",`))
		}, 400},
		{"MalformedClick", func() *http.Request {
			return request("/slack/interactive", "application/x-www-form-urlencoded", []byte("payload=%7Bnot+json"))
		}, 400},
		{"CommandWithoutTeam", func() *http.Request {
			return request("/slack/commands", "application/x-www-form-urlencoded", []byte("command=%2Fdelegate&text=x"))
		}, 400},
		{"Oversized", func() *http.Request {
			big := bytes.Repeat([]byte("a"), 2<<20)
			return request("/slack/events", "application/json", big)
		}, 413},
		{"OversizedChunked", func() *http.Request {
			big := append([]byte(`{"type":"event_callback","x":"`), bytes.Repeat([]byte("a"), 2<<20)...)
			r := request("/slack/events", "application/json", big)
			r.ContentLength = -1
			return r
		}, 413},
		{"UnknownEventType", func() *http.Request {
			return request("/slack/events", "application/json", eventBody(h.ws, "EvUnknown", map[string]any{"type": "reaction_added", "user": execUser}))
		}, 200},
		{"UnknownEnvelope", func() *http.Request {
			return request("/slack/events", "application/json", []byte(`{"type":"something_new","team_id":"`+h.ws+`"}`))
		}, 200},
		{"BotMessage", func() *http.Request {
			m := imMessage(execUser, "move my board meeting to Thursday at 3")
			m["bot_id"] = "B1"
			return request("/slack/events", "application/json", eventBody(h.ws, "EvBot", m))
		}, 200},
		{"OwnMessage", func() *http.Request {
			return request("/slack/events", "application/json", eventBody(h.ws, "EvOwn", imMessage(botUser, "DEL-1 · open")))
		}, 200},
		{"MessageChanged", func() *http.Request {
			m := imMessage(execUser, "move my board meeting to Thursday at 3")
			m["subtype"] = "message_changed"
			return request("/slack/events", "application/json", eventBody(h.ws, "EvEdit", m))
		}, 200},
		{"GET", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/slack/events", nil) }, 405},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if w := h.serve(tc.req()); w.Code != tc.code {
				t.Errorf("status %d, want %d", w.Code, tc.code)
			}
		})
	}
	h.wait()
	if calls := h.fake.all(); len(calls) != 0 {
		t.Errorf("Web API called: %+v", calls)
	}
	keys, err := h.store.Client().Keys(context.Background(), "dlg:{"+h.ws+"}:*").Result()
	if err != nil || len(keys) != 0 {
		t.Errorf("keys stored: %v (err %v)", keys, err)
	}
}

func httptestBody(b []byte) *readCloser { return &readCloser{bytes.NewReader(b)} }

type readCloser struct{ *bytes.Reader }

func (readCloser) Close() error { return nil }

// TestHandshakes: Slack's url_verification and ssl_check are answered.
func TestHandshakes(t *testing.T) {
	h := newHarness(t)
	w := h.serve(request("/slack/events", "application/json", []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)))
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"`) {
		t.Errorf("url_verification: %d %s", w.Code, w.Body)
	}
	unverified := request("/slack/events", "application/json", []byte(`{"challenge":"abc","type":"url_verification"}`))
	unverified.Header.Del("X-Slack-Signature")
	if w := h.serve(unverified); w.Code != 401 {
		t.Errorf("unsigned url_verification: %d, want 401", w.Code)
	}
	r := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader("ssl_check=1&token=abc"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if w := h.serve(r); w.Code != 200 {
		t.Errorf("ssl_check: %d, want 200", w.Code)
	}
	smuggled := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(string(commandBody(h.ws, execUser, "C1", "/delegate", "x"))+"&ssl_check=1"))
	if w := h.serve(smuggled); w.Code != 401 {
		t.Errorf("command smuggled in an ssl_check: %d, want 401", w.Code)
	}
	h.wait()
	if n := len(h.fake.all()); n != 0 {
		t.Errorf("%d Web API calls, want 0", n)
	}
}

// TestChannelMessages: in channels the bot answers mentions and only observes
// the rest, warning privately about PHI where it is not approved.
func TestChannelMessages(t *testing.T) {
	h := newHarness(t)
	h.event("EvAmb1", channelMessage(execUser, "CGENERAL", "lunch at noon?"))
	h.event("EvAmb2", channelMessage(execUser, "CGENERAL", "patient SSN is 123-45-6789"))
	mention := channelMessage(execUser, "CGENERAL", "<@"+botUser+"> move my board meeting to Thursday at 3")
	h.event("EvMsg3", mention)
	mention["type"] = "app_mention"
	delete(mention, "channel_type")
	h.event("EvMention", mention)
	h.wait()

	eph := h.fake.sent("chat.postEphemeral")
	if len(eph) != 1 || eph[0].Form.Get("user") != execUser || eph[0].Form.Get("channel") != "CGENERAL" ||
		!strings.Contains(eph[0].Form.Get("text"), "protected health information") || strings.Contains(eph[0].Body, "6789") {
		t.Fatalf("ephemeral warnings = %+v, want one, privately, without the PHI", eph)
	}
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets, want 1 (from the mention only)", n)
	}
	tk, _ := h.store.FindTicket(context.Background(), h.ws, 1)
	if strings.Contains(tk.Text, "<@") {
		t.Errorf("ticket text %q keeps the mention", tk.Text)
	}
	var threaded bool
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == "CGENERAL" && c.Form.Get("thread_ts") == mention["ts"] {
			threaded = true
		}
	}
	if !threaded {
		t.Errorf("the mention was not answered in its thread: %+v", h.fake.sent("chat.postMessage"))
	}
	if logs := h.logs.String(); strings.Contains(logs, "6789") || strings.Contains(logs, "lunch") {
		t.Errorf("logs carry message text:\n%s", logs)
	}
}

// TestSlashCommands: commands map to the core's commands, /delegatebot
// carries any of them, and errors are answered privately.
func TestSlashCommands(t *testing.T) {
	h := newHarness(t)
	h.command(execUser, "D"+execUser, "/delegate", "move my board meeting to Thursday at 3")
	h.wait()
	if n := h.ticketCount(); n != 1 {
		t.Fatalf("%d tickets after /delegate, want 1", n)
	}
	h.command(asstUser, "CWORK", "/delegatebot", "claim DEL-1")
	h.wait() // commands run concurrently, as they would in Slack
	h.command(asstUser, "CWORK", "/delegatebot", "start DEL-1")
	h.wait()
	tk, _ := h.store.FindTicket(context.Background(), h.ws, 1)
	if tk.Status != "in_progress" || tk.Assignee != asstUser {
		t.Fatalf("ticket = %+v, want in progress with %s", tk, asstUser)
	}
	h.command(exec2User, "CWORK", "/phi", "approve")
	h.command(asstUser, "CWORK", "/tickets", "bogus words here")
	h.wait()
	eph := h.fake.sent("chat.postEphemeral")
	var all string
	for _, c := range eph {
		if c.Form.Get("channel") != "CWORK" {
			t.Fatalf("a command answer went to %s, not privately where it was typed", c.Form.Get("channel"))
		}
		all += c.Form.Get("text")
	}
	// claim, start, two refusals: every answer in the channel is private.
	if len(eph) != 4 || !strings.Contains(all, "Only admins") || !strings.Contains(all, "claimed by") {
		t.Fatalf("ephemeral = %+v, want the four command answers privately", eph)
	}
	if ok, _ := h.store.Approved(context.Background(), h.ws, "CWORK"); ok {
		t.Error("a non-admin approved a channel")
	}
	before := len(h.fake.sent("chat.postEphemeral"))
	h.command(execUser, "CWORK", "/delegatebot", "")
	h.wait()
	posts := h.fake.sent("chat.postEphemeral")
	if len(posts) != before+1 || !strings.Contains(posts[before].Form.Get("text"), "/claim DEL-n") {
		t.Errorf("/delegatebot without arguments did not answer with help")
	}
}
