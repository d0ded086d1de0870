package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
)

// slackAPI is a fake Slack Web API that records each call's method and
// body and answers like Slack.
type slackAPI struct {
	mu     sync.Mutex
	calls  []string // "method body"
	called chan struct{}
}

func (f *slackAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	body := string(b)
	if form, err := url.ParseQuery(body); err == nil && form.Get("channel") != "" {
		body = "channel=" + form.Get("channel") + " blocks=" + form.Get("blocks")
	}
	f.mu.Lock()
	f.calls = append(f.calls, method+" "+body)
	f.mu.Unlock()
	select {
	case f.called <- struct{}{}:
	default:
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "C1", "is_channel": true}, "ts": "1.1",
		"user": map[string]any{"id": "U1", "tz": "America/New_York"}, "view": map[string]any{"id": "V1"}})
}

// await returns the first call of method whose body contains want, waiting
// for it as calls arrive. The timer only turns a hang into a failure.
func (f *slackAPI) await(t *testing.T, method, want string) string {
	t.Helper()
	hang := time.NewTimer(30 * time.Second)
	defer hang.Stop()
	for {
		f.mu.Lock()
		for _, c := range f.calls {
			if strings.HasPrefix(c, method+" ") && strings.Contains(c, want) {
				f.mu.Unlock()
				return strings.TrimPrefix(c, method+" ")
			}
		}
		all := strings.Join(f.calls, "\n")
		f.mu.Unlock()
		select {
		case <-f.called:
		case <-hang.C:
			t.Fatalf("no %s call with %q; calls:\n%s", method, want, all)
		}
	}
}

// TestServeSlackShortcut acts as Slack against serve's endpoints: a signed
// message_action makes the bot open a modal with views.open and that
// trigger_id; submitting the modal with its own initial values as state
// opens a ticket whose card reaches the queue channel; app_home_opened
// publishes a view with the ticket's buttons.
func TestServeSlackShortcut(t *testing.T) {
	fake := &slackAPI{called: make(chan struct{}, 1)}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	const secret = "shh"
	slackTestEnv(t, srv.URL, secret)
	t.Setenv("SLACK_QUEUE_CHANNEL", "CQUEUE")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UEXEC")
	app := testApp(t)
	mux := http.NewServeMux()
	ctx, workers, stop := startWorkers(t)
	defer stop()
	if on, err := mountSlack(ctx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	post := func(path, contentType, body string) {
		t.Helper()
		r := testkit.SlackRequest(secret, path, contentType, []byte(body))
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("POST %s: %d %s", path, w.Code, w.Body)
		}
	}
	interactive := func(payload map[string]any) {
		t.Helper()
		p, _ := json.Marshal(payload)
		post("/slack/interactive", "application/x-www-form-urlencoded", url.Values{"payload": {string(p)}}.Encode())
	}

	interactive(map[string]any{"type": "message_action", "callback_id": "delegate_this", "trigger_id": "1337.42.abcd",
		"team": map[string]any{"id": "TSHORT", "domain": "acme"}, "user": map[string]any{"id": "UEXEC"},
		"channel": map[string]any{"id": "CGENERAL"}, "message_ts": "1700000000.000200",
		"message": map[string]any{"type": "message", "user": "UOTHER", "ts": "1700000000.000200", "text": "Please move my board meeting to Thursday at 3pm"}})
	opened := fake.await(t, "views.open", `"trigger_id":"1337.42.abcd"`)

	// Slack submits the view's state: every input with its value.
	var v struct {
		View struct {
			CallbackID      string `json:"callback_id"`
			PrivateMetadata string `json:"private_metadata"`
			Blocks          []struct {
				Type    string         `json:"type"`
				BlockID string         `json:"block_id"`
				Element map[string]any `json:"element"`
			} `json:"blocks"`
		} `json:"view"`
	}
	if err := json.Unmarshal([]byte(opened), &v); err != nil {
		t.Fatalf("views.open body: %v", err)
	}
	values := map[string]any{}
	for _, b := range v.View.Blocks {
		if b.Type != "input" {
			continue
		}
		el, typ := b.Element, b.Element["type"].(string)
		a := map[string]any{"type": typ}
		switch typ {
		case "static_select":
			if o, ok := el["initial_option"].(map[string]any); ok {
				a["selected_option"] = map[string]any{"value": o["value"]}
			}
		case "multi_users_select":
			a["selected_users"] = el["initial_users"]
		case "datepicker":
			a["selected_date"] = el["initial_date"]
		case "timepicker":
			a["selected_time"] = el["initial_time"]
		default:
			a["value"] = el["initial_value"]
		}
		values[b.BlockID] = map[string]any{el["action_id"].(string): a}
	}
	interactive(map[string]any{"type": "view_submission", "team": map[string]any{"id": "TSHORT"}, "user": map[string]any{"id": "UEXEC"},
		"view": map[string]any{"id": "V1", "hash": "h1", "type": "modal", "callback_id": v.View.CallbackID,
			"private_metadata": v.View.PrivateMetadata, "state": map[string]any{"values": values}}})
	card := fake.await(t, "chat.postMessage", "channel=CQUEUE")
	for _, want := range []string{"DEL-1", "board meeting", "https://acme.slack.com/archives/CGENERAL/p1700000000000200"} {
		if !strings.Contains(card, want) {
			t.Errorf("queue card lacks %q: %s", want, card)
		}
	}

	post("/slack/events", "application/json", `{"type":"event_callback","team_id":"TSHORT","event_id":"EvHome1",
		"authorizations":[{"user_id":"UBOT","is_bot":true}],
		"event":{"type":"app_home_opened","user":"UEXEC","channel":"DUEXEC","tab":"home","event_ts":"1700000001.000100"}}`)
	home := fake.await(t, "views.publish", "DEL-1")
	for _, want := range []string{`"type":"home"`, `"action_id":"edit"`, `"action_id":"cancel"`, "My requests"} {
		if !strings.Contains(home, want) {
			t.Errorf("App Home lacks %s: %s", want, home)
		}
	}
}
