package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/fakeslack"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

const (
	testDB     = 15
	testSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	queue      = "CQUEUE"
	execUser   = "UEXEC"
	exec2User  = "UEXECTWO"
	asstUser   = "UASSIST"
	adminUser  = "UADMIN"
	botUser    = "UBOT"
)

// harness is the adapter wired as cmd/delegatebot wires it — real handlers,
// real Redis, the real guard — with Slack's Web API faked by fakeSlack and
// background work tracked so tests can wait for it.
type harness struct {
	t     testing.TB
	ws    string
	fake  *fakeSlack
	store *storage.Store
	ad    *Adapter
	h     http.Handler
	wg    sync.WaitGroup
	logs  *testkit.LogBuffer

	sleepMu sync.Mutex
	sleeps  []time.Duration // the adapter's waits before retries, in order
	// sleepGate, when set, holds every such wait until it is closed.
	sleepGate chan struct{}
	// inboxChanged signals a lease or an acknowledgement (see withInbox).
	inboxChanged chan struct{}
}

// harnessOption adjusts the wiring before the adapter is built.
type harnessOption func(b *bot.Bot)

// withPolicy makes the guard read channel policy from p.
func withPolicy(p phi.Policy) harnessOption {
	return func(b *bot.Bot) { b.Guard.Policy = p }
}

var wsSeq atomic.Int64

// newWorkspaceID returns a workspace id no other test uses.
func newWorkspaceID() string {
	return "T" + strings.ToUpper(strconv.FormatInt(time.Now().UnixNano(), 36)) + strconv.FormatInt(wsSeq.Add(1), 10)
}

func newHarness(tb testing.TB, opts ...harnessOption) *harness {
	tb.Helper()
	h := &harness{t: tb, ws: newWorkspaceID(), fake: newFakeSlack(), logs: &testkit.LogBuffer{}}
	srv := httptest.NewServer(h.fake)
	tb.Cleanup(srv.Close)
	h.store = storage.New(redistest.Client(tb, testDB))
	log := slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	hs := handlers.New(handlers.Config{Store: h.store, Parser: intents.Rules{}, Queues: map[string]string{Platform: queue},
		Users: handlers.DirectoryConfig{Admins: []string{adminUser}, Assistants: []string{asstUser}, Executives: []string{execUser, exec2User}}})
	b := &bot.Bot{
		Handler: hs.Mux(),
		Guard:   &phi.Guard{Policy: h.store},
		Users:   hs.Directory(),
		Audit:   h.store,
		Dedupe:  h.store,
		Log:     log,
	}
	for _, o := range opts {
		o(b)
	}
	h.ad = NewAdapter(Config{
		Bot: b, Token: "xoxb-test", SigningSecret: testSecret, APIURL: srv.URL + "/api/",
		Profiles: h.store, Log: log, MaxRetryWait: 2 * time.Second, Sleep: h.sleep,
		Go: func(fn func(context.Context)) {
			h.wg.Add(1)
			go func() { defer h.wg.Done(); fn(context.Background()) }()
		},
	})
	h.h = h.ad.Handler()
	return h
}

// wait waits for the background work of every request so far.
func (h *harness) wait() { h.wg.Wait() }

// sleep is the adapter's clock for retry waits: it records d and returns at
// once, or when sleepGate is closed.
func (h *harness) sleep(ctx context.Context, d time.Duration) error {
	h.sleepMu.Lock()
	h.sleeps = append(h.sleeps, d)
	gate := h.sleepGate
	h.sleepMu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// waits returns the retry waits so far.
func (h *harness) waits() []time.Duration {
	h.sleepMu.Lock()
	defer h.sleepMu.Unlock()
	return append([]time.Duration(nil), h.sleeps...)
}

// returnsWhile runs serve and fails the test unless it returns while the
// background work it started is still held: an acknowledgement that waited
// for that work would never return. The bound only turns such a hang into a
// failure; it measures nothing.
func returnsWhile(t *testing.T, held string, serve func() int) {
	t.Helper()
	code := make(chan int, 1)
	go func() { code <- serve() }()
	select {
	case c := <-code:
		if c != http.StatusOK {
			t.Fatalf("status %d, want 200", c)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the acknowledgement waited for %s", held)
	}
}

// sign computes Slack's v0 signature of body at ts.
func sign(secret string, ts int64, body []byte) string {
	return testkit.SlackSignature(secret, ts, body)
}

// request builds a POST signed now, as Slack would send it.
func request(path, contentType string, body []byte) *http.Request {
	return testkit.SlackRequest(testSecret, path, contentType, body)
}

// serve runs r against the endpoints and returns the response.
func (h *harness) serve(r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.h.ServeHTTP(w, r)
	return w
}

// event posts a signed Events API callback and checks it was acknowledged.
func (h *harness) event(id string, inner map[string]any) {
	h.t.Helper()
	if w := h.serve(request("/slack/events", "application/json", eventBody(h.ws, id, inner))); w.Code != http.StatusOK {
		h.t.Fatalf("event %s: status %d, want 200", id, w.Code)
	}
}

// click posts a signed block_actions payload for a button on the message ts
// in channel.
func (h *harness) click(user, action, ticket, channel, ts string) {
	h.t.Helper()
	if w := h.serve(request("/slack/interactive", "application/x-www-form-urlencoded", clickBody(h.ws, user, action, ticket, channel, ts))); w.Code != http.StatusOK {
		h.t.Fatalf("click %s: status %d, want 200", action, w.Code)
	}
}

// command posts a signed slash command.
func (h *harness) command(user, channel, command, text string) {
	h.t.Helper()
	if w := h.serve(request("/slack/commands", "application/x-www-form-urlencoded", commandBody(h.ws, user, channel, command, text))); w.Code != http.StatusOK {
		h.t.Fatalf("command %s: status %d, want 200", command, w.Code)
	}
}

func eventBody(ws, id string, inner map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{
		"token": "legacy", "team_id": ws, "api_app_id": "A0TEST", "type": "event_callback",
		"event_id": id, "event_time": time.Now().Unix(), "event": inner,
		"authorizations": []map[string]any{{"team_id": ws, "user_id": botUser, "is_bot": true}},
	})
	return b
}

var tsSeq atomic.Int64

func nextTS() string { return fmt.Sprintf("%d.%06d", time.Now().Unix(), tsSeq.Add(1)) }

// imMessage is a message.im event: user writes to the bot in their DM.
func imMessage(user, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "channel": "D" + user, "user": user, "text": text, "ts": nextTS(), "event_ts": nextTS()}
}

// channelMessage is a message.channels event in channel.
func channelMessage(user, channel, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "channel", "channel": channel, "user": user, "text": text, "ts": nextTS()}
}

func clickBody(ws, user, action, ticket, channel, ts string) []byte {
	p, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": ws}, "user": map[string]any{"id": user},
		"api_app_id": "A0TEST", "trigger_id": "trig" + nextTS(),
		"container": map[string]any{"type": "message", "message_ts": ts, "channel_id": channel},
		"channel":   map[string]any{"id": channel},
		"actions":   []map[string]any{{"type": "button", "action_id": action, "block_id": "ticket:" + ticket, "value": ticket, "action_ts": nextTS()}},
	})
	return []byte(url.Values{"payload": {string(p)}}.Encode())
}

func commandBody(ws, user, channel, command, text string) []byte {
	return []byte(url.Values{
		"token": {"legacy"}, "team_id": {ws}, "channel_id": {channel}, "user_id": {user},
		"command": {command}, "text": {text}, "trigger_id": {"trig" + nextTS()}, "response_url": {"http://127.0.0.1:1/hook"},
	}.Encode())
}

// call is one Web API request the fake received.
type call struct {
	Method string
	Form   url.Values
	Body   string // the raw body (JSON for views.publish)
	TS     string // the ts the fake answered with
}

// fakeSlack speaks the Web API's wire format for the methods the adapter
// uses and records every call.
type fakeSlack struct {
	mu       sync.Mutex
	calls    []call
	ts       atomic.Int64
	external map[string]bool // channel -> is_ext_shared
	fail     map[string]string
	limited  map[string]int // method -> 429s still to answer
	// gate, when set, holds every answer until it is closed.
	gate chan struct{}
	// messages are what conversations.history and .replies find, by
	// "channel:ts".
	messages map[string]map[string]any
	// users are users.list's pages of members, in order (members_test.go).
	users [][]map[string]any
	// socket, when set, is the Socket Mode endpoint apps.connections.open
	// hands out (socketmode_test.go).
	socket *fakeslack.SocketMode
}

func newFakeSlack() *fakeSlack {
	return &fakeSlack{external: map[string]bool{}, fail: map[string]string{}, limited: map[string]int{}, messages: map[string]map[string]any{}}
}

func (f *fakeSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	ts := fmt.Sprintf("1700000000.%06d", f.ts.Add(1))
	f.mu.Lock()
	f.calls = append(f.calls, call{Method: method, Form: form, Body: string(body), TS: ts})
	limited := f.limited[method] > 0
	if limited {
		f.limited[method]--
	}
	failure, ext, gate := f.fail[method], f.external[form.Get("channel")], f.gate
	f.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-r.Context().Done():
			return
		}
	}
	if limited {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if failure != "" {
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": failure})
		return
	}
	var resp map[string]any
	switch method {
	case "chat.postMessage":
		resp = map[string]any{"channel": form.Get("channel"), "ts": ts}
	case "chat.postEphemeral":
		resp = map[string]any{"message_ts": ts}
	case "chat.update":
		resp = map[string]any{"channel": form.Get("channel"), "ts": form.Get("ts"), "text": form.Get("text")}
	case "conversations.open":
		resp = map[string]any{"channel": map[string]any{"id": "D" + form.Get("users"), "is_im": true}}
	case "conversations.info":
		c := form.Get("channel")
		resp = map[string]any{"channel": map[string]any{"id": c, "is_channel": true, "is_ext_shared": ext, "is_shared": ext,
			"is_im": strings.HasPrefix(c, "D"), "is_mpim": strings.HasPrefix(c, "GMP")}}
	case "apps.connections.open":
		f.mu.Lock()
		sm := f.socket
		f.mu.Unlock()
		if sm == nil {
			json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "not_allowed_token_type"})
			return
		}
		resp = sm.OpenResponse()
	case "users.list":
		resp = f.usersPage(form.Get("cursor"))
	case "users.info":
		resp = map[string]any{"user": map[string]any{"id": form.Get("user"), "tz": "America/New_York"}}
	case "/hook": // a command's response_url
		resp = map[string]any{}
	case "views.publish", "views.open":
		resp = map[string]any{"view": map[string]any{"id": "V" + ts}}
	case "chat.getPermalink":
		resp = map[string]any{"channel": form.Get("channel"), "permalink": "https://fake.slack.com/archives/" + form.Get("channel") + "/p" + strings.ReplaceAll(form.Get("message_ts"), ".", "")}
	case "conversations.history", "conversations.replies":
		f.mu.Lock()
		m, ok := f.messages[form.Get("channel")+":"+form.Get("latest")]
		f.mu.Unlock()
		var msgs []map[string]any
		// A reply in a thread is not in the channel's history.
		reply := m["thread_ts"] != nil && m["thread_ts"] != m["ts"]
		if ok && (form.Get("inclusive") == "true" || form.Get("inclusive") == "1") && (method == "conversations.replies" || !reply) {
			msgs = append(msgs, m)
		}
		resp = map[string]any{"messages": msgs, "has_more": false}
	default:
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "unknown_method"})
		return
	}
	resp["ok"] = true
	json.NewEncoder(w).Encode(resp)
}

// sent returns the calls of method, in order.
func (f *fakeSlack) sent(method string) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// all returns every call.
func (f *fakeSlack) all() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]call(nil), f.calls...)
}

// ticketCount is how many tickets the harness's workspace holds.
func (h *harness) ticketCount() int {
	h.t.Helper()
	ts, _, err := h.store.ListTickets(context.Background(), h.ws, storage.Filter{}, 0, 100)
	if err != nil {
		h.t.Fatal(err)
	}
	return len(ts)
}
