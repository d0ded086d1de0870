package teams_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/bot/teams"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

const testDB = 10

const (
	execID  = "6f1c7e2a-0000-4000-8000-00000000e1ec" // AAD object ids
	asstID  = "6f1c7e2a-0000-4000-8000-00000000a551"
	queueID = "19:queue0a1b2c3d@thread.tacv2"
	execDM  = "a:1execPersonalChat"
)

// env is one tenant's bot wired to fake Bot Framework endpoints and the
// real test Redis.
type env struct {
	tenant  string
	oid     *openID
	tokens  *tokenEndpoint
	conn    *connector
	store   *storage.Store
	adapter *teams.Adapter
	logs    *testkit.LogBuffer
}

func newEnv(t *testing.T, tenant string) *env {
	// Unique per call: the test database is flushed once per process, and
	// -count reruns must not meet the last run's tickets and event ids.
	tenant += "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	e := &env{tenant: tenant, oid: newOpenID(t), tokens: newTokenEndpoint(t), conn: newConnector(t), logs: &testkit.LogBuffer{}}
	e.store = storage.New(redistest.Client(t, testDB))
	log := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Queues: map[string]string{"teams": queueID},
		Users: handlers.DirectoryConfig{Assistants: []string{asstID}, Executives: []string{execID}}})
	e.adapter = &teams.Adapter{
		Bot: &bot.Bot{
			Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store, Mode: phi.ActionRedact},
			Users: h.Directory(),
			Audit: e.store, Dedupe: e.store, Log: log,
		},
		Auth: &teams.Authenticator{AppID: appID, MetadataURL: e.oid.metadataURL()},
		Connector: &teams.Connector{AppID: appID, AppPassword: "s3cret", TokenURL: e.tokens.srv.URL, Log: log,
			Sleep: func(context.Context, time.Duration) error { return nil }},
		Profiles: e.store,
		Tenant:   tenant,
		Log:      log,
	}
	return e
}

// activity is a message activity as Teams sends it.
func (e *env) activity(id, convType, conv, user, text string) map[string]any {
	a := map[string]any{
		"type": "message", "id": id, "timestamp": "2026-11-27T14:00:00.123Z",
		"localTimestamp": "2026-11-27T09:00:00.123-05:00", "localTimezone": "America/New_York",
		"serviceUrl": e.conn.serviceURL(), "channelId": "msteams",
		"from":         map[string]any{"id": "29:1" + user, "name": displayName(user), "aadObjectId": user},
		"conversation": map[string]any{"conversationType": convType, "tenantId": e.tenant, "id": conv},
		"recipient":    map[string]any{"id": "28:" + appID, "name": "delegatebot"},
		"textFormat":   "plain", "locale": "en-US", "text": text,
		"entities":    []any{map[string]any{"type": "clientInfo", "locale": "en-US", "platform": "Web"}},
		"channelData": map[string]any{"tenant": map[string]any{"id": e.tenant}},
	}
	if strings.Contains(text, "<at>delegatebot</at>") {
		a["entities"] = append(a["entities"].([]any), map[string]any{"type": "mention", "text": "<at>delegatebot</at>",
			"mentioned": map[string]any{"id": "28:" + appID, "name": "delegatebot"}})
	}
	if convType == "channel" {
		a["conversation"].(map[string]any)["isGroup"] = true
		a["channelData"].(map[string]any)["teamsChannelId"] = baseOf(conv)
	}
	return a
}

// displayName is the name Teams gives user in activities.
func displayName(user string) string {
	switch user {
	case execID:
		return "Dana Exec"
	case asstID:
		return "Alex <Assistant>"
	}
	return "Someone"
}

func baseOf(conv string) string { b, _, _ := strings.Cut(conv, ";"); return b }

// submit is the message activity Teams sends for an Action.Submit click on
// the card activity cardID.
func (e *env) submit(id, conv, user, cardID string, data map[string]any) map[string]any {
	a := e.activity(id, "channel", conv, user, "")
	delete(a, "text")
	a["replyToId"] = cardID
	a["value"] = data
	return a
}

// send posts act with a valid token and returns the status.
func (e *env) send(t *testing.T, act map[string]any) int {
	t.Helper()
	return e.sendWith(t, act, "Bearer "+sign(t, claims(e.conn.serviceURL()), testKeys(t)[0], "key-1"))
}

func (e *env) sendWith(t *testing.T, act map[string]any, auth string) int {
	t.Helper()
	body, _ := json.Marshal(act)
	r := httptest.NewRequest(http.MethodPost, "/api/messages", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if auth != "" {
		r.Header.Set("Authorization", auth)
	}
	w := httptest.NewRecorder()
	e.adapter.ServeHTTP(w, r)
	return w.Code
}

// card decodes the Adaptive Card of a call.
func card(t *testing.T, c call) map[string]any {
	t.Helper()
	if len(c.Activity.Attachments) != 1 || c.Activity.Attachments[0].ContentType != "application/vnd.microsoft.card.adaptive" {
		t.Fatalf("activity has no Adaptive Card: %+v", c.Activity)
	}
	var m map[string]any
	if err := json.Unmarshal(c.Activity.Attachments[0].Content, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestClaimFlow(t *testing.T) {
	e := newEnv(t, "tenant-claim-flow")
	if code := e.send(t, e.activity("m1", "personal", execDM, execID, "move my board meeting to Thursday at 3")); code != http.StatusAccepted {
		t.Fatalf("status %d, want 202", code)
	}
	reply := e.conn.to(execDM)
	if len(reply) != 1 || reply[0].Method != http.MethodPost || !strings.HasPrefix(reply[0].Activity.Text, "DEL-1 · calendar.reschedule") {
		t.Fatalf("reply to the executive = %+v", reply)
	}
	if reply[0].Token != "Bearer bot-token-1" {
		t.Errorf("connector got %q, want the token from the token endpoint", reply[0].Token)
	}
	if a := reply[0].Activity; a.Timestamp != nil || a.Expiration != nil {
		t.Errorf("sent activity carries timestamp/expiration: %+v", a)
	}
	queued := e.conn.to(queueID)
	if len(queued) != 1 {
		t.Fatalf("queue got %d activities, want 1 card", len(queued))
	}
	c := card(t, queued[0])
	if c["version"] != "1.4" || c["type"] != "AdaptiveCard" {
		t.Errorf("card = %v", c)
	}
	actions, _ := json.Marshal(c["actions"])
	if !strings.Contains(string(actions), `{"data":{"action":"claim","ticket":"DEL-1"},"title":"Claim","type":"Action.Execute","verb":"claim"}`) {
		t.Errorf("card actions = %s", actions)
	}
	cardID := "1700000000002" // the connector's id for the second post

	// A card posted before Universal Actions (Action.Submit) still works:
	// an assistant clicks Claim on the card in the queue channel.
	thread := queueID + ";messageid=" + cardID
	code := e.send(t, e.submit("m2", thread, asstID, cardID, map[string]any{"action": "claim", "ticket": "DEL-1"}))
	if code != http.StatusAccepted {
		t.Fatalf("submit status %d", code)
	}
	all := e.conn.received()
	if len(all) != 4 {
		t.Fatalf("connector calls = %d, want 4: %+v", len(all), all)
	}
	put := all[2]
	if put.Method != http.MethodPut || put.Conversation != thread || put.ActivityID != cardID {
		t.Fatalf("card update = %s %s/%s, want PUT %s/%s", put.Method, put.Conversation, put.ActivityID, thread, cardID)
	}
	updated, _ := json.Marshal(card(t, put))
	if !strings.Contains(string(updated), `"action":"start"`) || strings.Contains(string(updated), `"action":"claim"`) {
		t.Errorf("updated card = %s", updated)
	}
	note := all[3]
	if note.Method != http.MethodPost || note.Conversation != execDM || !strings.HasPrefix(note.Activity.Text, "DEL-1 was claimed by <at>Alex &lt;Assistant&gt;</at>") {
		t.Fatalf("requester notification = %+v", note)
	}
	// The assistant is shown by display name, as a mention Teams renders.
	if ents := note.Activity.Entities; note.Activity.TextFormat != "markdown" || len(ents) != 1 || ents[0].Type != "mention" ||
		ents[0].Mentioned.ID != asstID || ents[0].Mentioned.Name != "Alex <Assistant>" || ents[0].Text != "<at>Alex &lt;Assistant&gt;</at>" {
		t.Errorf("mention entities = %+v (format %s)", ents, note.Activity.TextFormat)
	}
	tk, err := e.store.FindTicket(context.Background(), e.tenant, 1)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Status != delegatebot.StatusClaimed || tk.Assignee != asstID {
		t.Fatalf("ticket = %s by %q", tk.Status, tk.Assignee)
	}
	if e.tokens.count() != 1 {
		t.Errorf("token endpoint called %d times, want 1 (cached)", e.tokens.count())
	}

	// Teams redelivers the click: nothing happens twice.
	e.send(t, e.submit("m2", thread, asstID, cardID, map[string]any{"action": "claim", "ticket": "DEL-1"}))
	if n := len(e.conn.received()); n != 4 {
		t.Fatalf("redelivery made %d more calls", n-4)
	}
}

func TestChannelMentionCommands(t *testing.T) {
	e := newEnv(t, "tenant-mentions")
	thread := "19:general9f8e@thread.tacv2;messageid=1699999999999"
	e.send(t, e.activity("c1", "channel", thread, asstID, "<at>delegatebot</at> tickets mine"))
	e.send(t, e.activity("c2", "groupChat", "19:group77@thread.v2", asstID, "<at>delegate&nbsp;bot</at> /help"))
	got := e.conn.received()
	if len(got) != 2 {
		t.Fatalf("calls = %+v", got)
	}
	if got[0].Conversation != thread || got[0].Activity.Text != "No tickets." {
		t.Errorf("tickets reply = %q in %s", got[0].Activity.Text, got[0].Conversation)
	}
	if !strings.Contains(got[1].Activity.Text, "/claim DEL-n") {
		t.Errorf("help reply = %q", got[1].Activity.Text)
	}
}

func TestNotifyWithoutConversation(t *testing.T) {
	e := newEnv(t, "tenant-no-conv")
	ctx := context.Background()
	// The executive wrote in a group chat, never in a personal one.
	e.send(t, e.activity("g1", "groupChat", "19:grp1@thread.v2", execID, "draft a reply to Dr. Kim about the staffing plan"))
	e.send(t, e.activity("g2", "personal", "a:1asst", asstID, "claim DEL-1"))
	if tk, err := e.store.FindTicket(ctx, e.tenant, 1); err != nil || tk.Status != delegatebot.StatusClaimed {
		t.Fatalf("ticket = %+v, %v", tk, err)
	}
	if n := len(e.conn.to(execDM)); n != 0 {
		t.Fatalf("sent %d activities to an unknown conversation", n)
	}
	logs := e.logs.String()
	if !strings.Contains(logs, "teams user not reachable directly") || !strings.Contains(logs, "user="+execID) {
		t.Errorf("logs lack the unreachable-user line:\n%s", logs)
	}
}

// TestPHIRedactedAndNeverLogged sends PHI through a flaky connector: the
// card in the unapproved queue is redacted, and no log line holds any of
// the message's words.
func TestPHIRedactedAndNeverLogged(t *testing.T) {
	e := newEnv(t, "tenant-phi")
	e.conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
		if r.PathValue("conv") == queueID && n < 2 {
			w.WriteHeader(http.StatusInternalServerError) // fails once, then works
			e.conn.Before = nil
			return true
		}
		return false
	}
	text := "book a follow-up for patient Maria Gonzalez, SSN 123-45-6789, MRN 48213377, next Tuesday"
	e.send(t, e.activity("p1", "personal", execDM, execID, text))
	queued := e.conn.to(queueID)
	if len(queued) != 1 {
		t.Fatalf("queue got %d activities", len(queued))
	}
	raw := queued[0].Activity.Text + string(queued[0].Activity.Attachments[0].Content)
	for _, s := range []string{"123-45-6789", "48213377", "Gonzalez"} {
		if strings.Contains(raw, s) {
			t.Errorf("queue card carries %q: %s", s, raw)
		}
	}
	if !strings.Contains(raw, "[SSN]") {
		t.Errorf("queue card has no [SSN] placeholder: %s", raw)
	}
	logs := e.logs.String()
	if !strings.Contains(logs, "teams connector call failed") {
		t.Errorf("the failed post was not logged:\n%s", logs)
	}
	for _, w := range strings.Fields(strings.NewReplacer(",", "", ".", "").Replace(text)) {
		if len(w) > 4 && strings.Contains(logs, w) {
			t.Errorf("logs contain message text %q:\n%s", w, logs)
		}
	}
}

// TestSendFailureKeepsTicket: when the connector keeps failing the ticket
// still exists and the failure is reported with ids.
func TestSendFailureKeepsTicket(t *testing.T) {
	e := newEnv(t, "tenant-down")
	e.conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
		w.WriteHeader(http.StatusServiceUnavailable)
		return true
	}
	e.send(t, e.activity("d1", "personal", execDM, execID, "move my board meeting to Thursday at 3"))
	if _, err := e.store.FindTicket(context.Background(), e.tenant, 1); err != nil {
		t.Fatalf("ticket lost: %v", err)
	}
	logs := e.logs.String()
	for _, want := range []string{"teams connector gave up", "teams replies not delivered", "activity=d1"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
}

// TestPrivateReplies: Teams cannot show a message to one person in a
// channel, so a private reply goes to the user's personal chat when the bot
// has one and the text was redacted for the channel, else into the thread
// behind a note.
func TestPrivateReplies(t *testing.T) {
	e := newEnv(t, "tenant-private")
	ctx := context.Background()
	const asstDM, general = "a:1asstPersonal", "19:general@thread.tacv2"
	thread := general + ";messageid=1699999999000"

	// Without a personal chat: in the thread, with the note.
	e.send(t, e.activity("q1", "channel", thread, asstID, "<at>delegatebot</at> claim DEL-99"))
	got := e.conn.received()
	if len(got) != 1 || got[0].Conversation != thread || !strings.HasPrefix(got[0].Activity.Text, "(Reply to the last message") ||
		!strings.Contains(got[0].Activity.Text, "DEL-99") {
		t.Fatalf("private reply without a personal chat = %+v", got)
	}

	// Installing the app in personal scope gives the bot the chat.
	inst := e.activity("q2", "personal", asstDM, asstID, "")
	inst["type"] = "conversationUpdate"
	inst["membersAdded"] = []any{map[string]any{"id": "28:" + appID}}
	if code := e.send(t, inst); code != http.StatusOK {
		t.Fatalf("conversationUpdate status %d", code)
	}
	p, err := e.store.Profile(ctx, e.tenant, "teams", asstID)
	if err != nil || p["conversation"] != asstDM {
		t.Fatalf("profile = %v, %v", p, err)
	}
	e.send(t, e.activity("q3", "channel", thread, asstID, "<at>delegatebot</at> claim DEL-98"))
	got = e.conn.received()
	if len(got) != 2 || got[1].Conversation != asstDM || strings.HasPrefix(got[1].Activity.Text, "(") {
		t.Fatalf("private reply with a personal chat = %+v", got[1:])
	}

	// In a channel approved for PHI the text was not redacted, so it must
	// not move to the (unapproved) personal chat.
	if err := e.store.ApproveChannel(ctx, e.tenant, general, "admin"); err != nil {
		t.Fatal(err)
	}
	e.send(t, e.activity("q4", "channel", thread, asstID, "<at>delegatebot</at> claim DEL-97"))
	got = e.conn.received()
	if len(got) != 3 || got[2].Conversation != thread || !strings.HasPrefix(got[2].Activity.Text, "(Reply to the last message") {
		t.Fatalf("private reply in an approved channel = %+v", got[2:])
	}
}

func TestIgnoredActivities(t *testing.T) {
	e := newEnv(t, "tenant-ignored")
	other := e.activity("i1", "personal", execDM, execID, "move my board meeting to Thursday at 3")
	other["channelData"] = map[string]any{"tenant": map[string]any{"id": "tenant-elsewhere"}}
	invoke := e.activity("i2", "personal", execDM, execID, "")
	invoke["type"], invoke["name"] = "invoke", "adaptiveCard/action"
	empty := e.activity("i3", "channel", "19:c@thread.tacv2", execID, "<at>delegatebot</at>")
	for _, a := range []map[string]any{other, invoke, empty} {
		if code := e.send(t, a); code != http.StatusOK {
			t.Errorf("%s: status %d, want 200", a["id"], code)
		}
	}
	if n := len(e.conn.received()); n != 0 {
		t.Fatalf("ignored activities made %d connector calls", n)
	}
	bad := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/api/messages", strings.NewReader("{not json"))
	req.Header.Set("Authorization", "Bearer "+sign(t, claims(e.conn.serviceURL()), testKeys(t)[0], "key-1"))
	e.adapter.ServeHTTP(bad, req)
	if bad.Code != http.StatusBadRequest {
		t.Errorf("malformed body: status %d", bad.Code)
	}
}
