package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// slackPHIRequests are PHI-bearing requests; the values the product's own
// scan finds in them must never reach the Slack Web API outside the
// approved channel, nor rest in Redis in plain text.
var slackPHIRequests = []string{
	"Schedule a family meeting for pt Maria Lopez, DOB 03/14/1962, MRN 4482913, tomorrow at 2pm",
	"Book the Lopez oncology consult for Maria Lopez (MRN 5527781) next Tuesday at 10am",
	"Reschedule the discharge planning meeting for patient James Okafor, DOB 7/22/1949, to next week",
}

// webCall is one call the bot made to the fake Slack Web API.
type webCall struct {
	method, channel, body string
}

// fakeSlack is the Slack Web API as an httptest server: it records every
// call, decoded, and answers each with success.
type fakeSlack struct {
	srv    *httptest.Server
	mu     sync.Mutex
	calls  []webCall
	called chan struct{}
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{called: make(chan struct{}, 1)}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		body, err := url.QueryUnescape(string(raw))
		if err != nil {
			body = string(raw)
		}
		form, _ := url.ParseQuery(string(raw))
		method := strings.TrimPrefix(r.URL.Path, "/api/")
		f.mu.Lock()
		f.calls = append(f.calls, webCall{method: method, channel: form.Get("channel"), body: body})
		f.mu.Unlock()
		select {
		case f.called <- struct{}{}:
		default:
		}
		ch := map[string]any{"id": "CQUEUE", "is_channel": true}
		if method == "conversations.open" {
			ch = map[string]any{"id": "D" + form.Get("users"), "is_im": true}
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": ch, "ts": "1.1",
			"user": map[string]any{"id": "U1", "tz": "America/New_York"}})
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// since returns the calls after the first n.
func (f *fakeSlack) since(n int) []webCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]webCall(nil), f.calls[n:]...)
}

func (f *fakeSlack) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

// await waits until ok holds for the calls after the first n; the timer
// only turns a hang into a failure.
func (f *fakeSlack) await(t *testing.T, step string, n int, ok func([]webCall) bool) {
	t.Helper()
	hang := time.NewTimer(30 * time.Second)
	defer hang.Stop()
	for !ok(f.since(n)) {
		select {
		case <-f.called:
		case <-hang.C:
			var b strings.Builder
			for _, c := range f.since(n) {
				fmt.Fprintf(&b, "%s %s %.300s\n", c.method, c.channel, c.body)
			}
			t.Fatalf("%s: Web API calls:\n%s", step, b.String())
		}
	}
}

// posted reports whether a message to channel containing text was sent.
func posted(channel, text string) func([]webCall) bool {
	return func(cs []webCall) bool {
		for _, c := range cs {
			if strings.HasPrefix(c.method, "chat.") && (channel == "" || c.channel == channel) && strings.Contains(c.body, text) {
				return true
			}
		}
		return false
	}
}

// TestSlackContainment acts as Slack against serve's handlers — signed
// events, slash commands and App Home opens, a fake Web API, a private
// Redis — in both PHI modes and both unapproved views. None of the PHI
// values the product's own scan detects reaches a Web API call (queue, DMs,
// ephemeral answers, App Home) or rests in Redis in plain text, and the
// ticket id always reaches the requester and the queue channel.
func TestSlackContainment(t *testing.T) {
	for _, mode := range []string{"redact", "block"} {
		for _, view := range []string{"redacted", "minimal"} {
			t.Run(mode+"/"+view, func(t *testing.T) { testSlackContainment(t, mode, view) })
		}
	}
}

func testSlackContainment(t *testing.T, mode, view string) {
	fake := newFakeSlack(t)
	const secret = "shh"
	slackTestEnv(t, fake.srv.URL, secret)
	t.Setenv("SLACK_QUEUE_CHANNEL", "CQUEUE")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UEXEC")
	t.Setenv("DELEGATEBOT_ASSISTANTS", "UASSIST")
	t.Setenv("DELEGATEBOT_ADMINS", "UADMIN")
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
	t.Setenv("DELEGATEBOT_PHI_MODE", mode)
	t.Setenv("DELEGATEBOT_UNAPPROVED_VIEW", view)
	app := testApp(t)
	ctx := context.Background()
	if err := app.Store.ApproveChannel(ctx, "TSERVE", "CPHI", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	wctx, workers, stop := startWorkers(t)
	defer stop()
	if on, err := mountSlack(wctx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	post := func(path, contentType, body string) {
		t.Helper()
		r := testkit.SlackRequest(secret, path, contentType, []byte(body))
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", path, w.Code, w.Body)
		}
		for _, v := range phiValuesOf(slackPHIRequests) {
			if strings.Contains(w.Body.String(), v) {
				t.Errorf("%s answered %q with PHI", path, w.Body)
			}
		}
	}
	event := func(id string, ev map[string]any) {
		t.Helper()
		b, _ := json.Marshal(map[string]any{"type": "event_callback", "team_id": "TSERVE", "event_id": id,
			"authorizations": []any{map[string]any{"user_id": "UBOT", "is_bot": true}}, "event": ev})
		post("/slack/events", "application/json", string(b))
	}
	command := func(user, channel, cmd, text string) {
		t.Helper()
		post("/slack/commands", "application/x-www-form-urlencoded", url.Values{
			"command": {cmd}, "text": {text}, "team_id": {"TSERVE"}, "user_id": {user}, "channel_id": {channel},
			"trigger_id": {fmt.Sprintf("trig%d", time.Now().UnixNano())},
		}.Encode())
	}

	// Assistants acknowledge the PHI handling guidelines before they claim
	// tickets that hold PHI.
	n := fake.count()
	command("UASSIST", "CQUEUE", "/delegatebot", "policy ack")
	fake.await(t, "policy ack", n, posted("", "your acknowledgement of the PHI handling guidelines"))
	for i, text := range slackPHIRequests {
		id := fmt.Sprintf("DEL-%d", i+1)
		n := fake.count()
		event(fmt.Sprintf("EvReq%d", i), map[string]any{"type": "message", "channel_type": "im", "channel": "DUEXEC", "user": "UEXEC",
			"text": text, "ts": fmt.Sprintf("1700000000.00010%d", i)})
		// The ticket id reaches both the requester and the queue, in every mode.
		fake.await(t, "request "+id, n, func(cs []webCall) bool {
			return posted("DUEXEC", id)(cs) && posted("CQUEUE", id)(cs)
		})
		n = fake.count()
		command("UASSIST", "CQUEUE", "/claim", id)
		fake.await(t, "claim "+id, n, func(cs []webCall) bool {
			return posted("", id+" claimed by")(cs) && posted("", id+" was claimed by")(cs)
		})
		n = fake.count()
		command("UASSIST", "CQUEUE", "/status", id)
		fake.await(t, "status "+id, n, posted("", id))
		n = fake.count()
		command("UASSIST", "CQUEUE", "/tickets", "all")
		fake.await(t, "tickets", n, posted("", "DEL-1 "))
		n = fake.count()
		command("UEXEC", "DUEXEC", "/tickets", "mine")
		fake.await(t, "tickets mine", n, posted("", "DEL-1 "))
	}
	// Buttons: an assistant without clearance asks for it from a card, and
	// starts the ticket; the admin, who gets the request by DM, approves it.
	click := func(user, action, ticket, ts string) {
		t.Helper()
		b, _ := json.Marshal(map[string]any{"type": "block_actions", "team": map[string]any{"id": "TSERVE"},
			"user": map[string]any{"id": user}, "container": map[string]any{"channel_id": "CQUEUE", "message_ts": "1.1"},
			"actions": []any{map[string]any{"type": "button", "action_id": action, "block_id": "ticket:" + ticket, "value": ticket, "action_ts": ts}}})
		post("/slack/interactive", "application/x-www-form-urlencoded", url.Values{"payload": {string(b)}}.Encode())
	}
	n = fake.count()
	click("UASSIST", "clearance", "DEL-1", "2.1")
	fake.await(t, "clearance request", n, func(cs []webCall) bool {
		return posted("", "I asked the admins for PHI clearance")(cs) && posted("", "asks for PHI clearance to read DEL-1")(cs)
	})
	n = fake.count()
	click("UASSIST", "start", "DEL-2", "2.2")
	fake.await(t, "start", n, posted("", "DEL-2 started by"))
	n = fake.count()
	command("UADMIN", "DUADMIN", "/clearance", "approve <@UASSIST>")
	fake.await(t, "approve", n, posted("", "approved your PHI clearance"))
	for _, u := range []string{"UEXEC", "UASSIST"} {
		n := fake.count()
		event("EvHome"+u, map[string]any{"type": "app_home_opened", "user": u, "channel": "D" + u, "tab": "home"})
		fake.await(t, "app home "+u, n, func(cs []webCall) bool {
			for _, c := range cs {
				if c.method == "views.publish" && strings.Contains(c.body, "DEL-1") {
					return true
				}
			}
			return false
		})
	}

	values := phiValuesOf(slackPHIRequests)
	for _, c := range fake.since(0) {
		if strings.Contains(c.body, "Not sent") {
			t.Errorf("%s %s reported %.200q", c.method, c.channel, c.body)
		}
		for _, v := range values {
			if strings.Contains(strings.ToLower(c.body), strings.ToLower(v)) {
				t.Errorf("%s %s carried %q: %.300q", c.method, c.channel, v, c.body)
			}
		}
	}
	rdb := redistest.Client(t, testDB)
	for _, s := range redistest.Dump(t, rdb, "*") {
		s := redistest.WithoutCiphertexts(s)
		for _, v := range values {
			if strings.Contains(strings.ToLower(s), strings.ToLower(v)) {
				t.Errorf("Redis holds %q in plain text: %.200q", v, s)
			}
		}
	}
}

// phiValuesOf returns the values phi.Scan finds in texts.
func phiValuesOf(texts []string) []string {
	var out []string
	for _, text := range texts {
		for _, f := range phi.Scan(text) {
			out = append(out, text[f.Start:f.End])
		}
	}
	return out
}

// TestParseSkipsPersonDates: `parse` never turns a date the detector marks
// as a person's (a DOB, an admission) into when or due.
func TestParseSkipsPersonDates(t *testing.T) {
	in := `{"id":"a","text":"Schedule a family meeting for pt Maria Lopez, DOB 03/14/1962, MRN 4482913, tomorrow at 2pm","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}
{"id":"b","text":"Draft a reply to Dr. Kim about patient Ellen Marsh, admitted 11/20/2026, by Friday","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}
`
	out, _, err := runCmd(t, in, "parse", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var got struct {
			ID        string
			When, Due *string
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatal(err)
		}
		for _, m := range []*string{got.When, got.Due} {
			if m != nil && (strings.HasPrefix(*m, "1962-03-14") || strings.HasPrefix(*m, "2026-11-20")) {
				t.Errorf("%s: a person's date became when/due: %s", got.ID, line)
			}
		}
	}
	if !strings.Contains(out, `"when":"2026-11-28T14:00:00-05:00"`) {
		t.Errorf("the request's own time was lost: %s", out)
	}
}

func TestParseRetention(t *testing.T) {
	for in, want := range map[string]time.Duration{"30d": 720 * time.Hour, "720h": 720 * time.Hour, "0": 0, "7d": 168 * time.Hour} {
		if got, err := parseRetention(in); err != nil || got != want {
			t.Errorf("%q: %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"a month", "-1d", "-5h", "d"} {
		if _, err := parseRetention(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

// TestMigrate: a ticket stored by an older version — subject and people in
// plain text, no PHI set, no redacted copies — gets them from `migrate`,
// after which nothing of it is in Redis in plain text and the guard knows
// its PHI values.
func TestMigrate(t *testing.T) {
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", "")
	app := testApp(t) // no key: writes as an older version did
	ctx := context.Background()
	old := &delegatebot.Ticket{Workspace: "TMIGRATE", Requester: "UEXEC", Intent: delegatebot.IntentSchedule,
		Subject: "Lopez oncology consult", People: []string{"Maria Lopez"},
		Text: "Book the Lopez oncology consult for Maria Lopez (MRN 5527781) next Tuesday at 10am", Priority: delegatebot.PriorityNormal}
	if _, err := app.Store.CreateTicket(ctx, old, ""); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
	out, stderr, err := runCmd(t, "", "migrate")
	if err != nil || !strings.Contains(out, "migrated 1 tickets") {
		t.Fatalf("migrate: %q %q %v", out, stderr, err)
	}
	rdb := redistest.Client(t, testDB)
	for _, s := range redistest.Dump(t, rdb, "*TMIGRATE*") {
		s := redistest.WithoutCiphertexts(s)
		for _, v := range []string{"Lopez", "5527781"} {
			if strings.Contains(s, v) {
				t.Errorf("Redis holds %q in plain text after migrate: %.200q", v, s)
			}
		}
	}
	app2 := testAppKeep(t)
	got, err := app2.Store.FindTicket(ctx, "TMIGRATE", 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.RedactedSubject != "[NAME] oncology consult" || len(got.PHI) == 0 || got.Subject != old.Subject {
		t.Errorf("after migrate: subject %q, redacted %q, PHI %v", got.Subject, got.RedactedSubject, got.PHI)
	}
}

// testAppKeep is testApp without flushing the test database.
func testAppKeep(t *testing.T) *App {
	t.Helper()
	cfg, err := configFromEnv(os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	app, err := openApp(context.Background(), cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Close() })
	return app
}
