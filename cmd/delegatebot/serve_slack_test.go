package main

import (
	"bytes"
	"context"
	"encoding/json"
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

	"github.com/delegatebot/delegatebot/internal/testkit"
)

func TestMountSlackConfig(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		socket  bool
		on      bool
		missing []string // variables the error must name; nil: no error
	}{
		{"Unconfigured", nil, false, false, nil},
		{"HTTP", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, false, true, nil},
		{"TokenOnly", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, false, false, []string{"SLACK_SIGNING_SECRET"}},
		{"SecretOnly", map[string]string{"SLACK_SIGNING_SECRET": "s"}, false, false, []string{"SLACK_BOT_TOKEN"}},
		{"AppTokenOnly", map[string]string{"SLACK_APP_TOKEN": "xapp-1"}, false, false, []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"}},
		{"SocketWithoutAppToken", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, true, false, []string{"SLACK_APP_TOKEN"}},
		{"SocketWithNothing", nil, true, false, []string{"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, k := range []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"} {
				t.Setenv(k, tc.env[k])
			}
			var app *App
			if tc.on {
				app = testApp(t)
			}
			ctx, workers, stop := startWorkers(t)
			defer stop()
			on, err := mountSlack(ctx, app, http.NewServeMux(), serveOptions{Socket: tc.socket}, slog.New(slog.DiscardHandler), workers)
			if on != tc.on {
				t.Errorf("enabled = %v, want %v", on, tc.on)
			}
			if tc.missing == nil && err != nil {
				t.Errorf("err = %v, want none", err)
			}
			if tc.missing != nil && err == nil {
				t.Fatalf("no error, want one naming %v", tc.missing)
			}
			for _, v := range tc.missing {
				if !strings.Contains(err.Error(), v) {
					t.Errorf("err %q does not name %s", err, v)
				}
			}
		})
	}
}

// testApp wires the App as runServe does, from the environment, on this
// package's test database.
func testApp(t *testing.T) *App {
	t.Helper()
	useTestRedis(t)
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

// startWorkers returns a worker group and the context to mount platforms
// with: their long-running work (inbox workers, Socket Mode) ends with stop,
// as serve's does at shutdown. stop fails the test if any work is still
// running after that.
func startWorkers(t *testing.T) (context.Context, *workerGroup, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	workers, _ := newWorkerGroup(ctx)
	return ctx, workers, func() {
		t.Helper()
		cancel()
		wait, cancelWait := context.WithTimeout(context.Background(), 30*time.Second) // a failure bound
		defer cancelWait()
		if err := workers.Wait(wait); err != nil {
			t.Errorf("background work still running after shutdown: %v", err)
		}
	}
}

// TestServeSlack mounts Slack from the environment, as serve does, and
// checks the wiring: a signed DM becomes a ticket whose card goes to
// SLACK_QUEUE_CHANNEL through the Web API at SLACK_API_URL.
func TestServeSlack(t *testing.T) {
	var mu sync.Mutex
	var calls []string
	called := make(chan struct{}, 1)
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		calls = append(calls, strings.TrimPrefix(r.URL.Path, "/api/")+" "+r.PostForm.Get("channel"))
		mu.Unlock()
		select {
		case called <- struct{}{}:
		default:
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "C1", "is_channel": true}, "ts": "1.1",
			"user": map[string]any{"id": "U1", "tz": "Europe/Paris"}})
	}))
	defer fake.Close()
	const secret = "shh"
	slackTestEnv(t, fake.URL, secret)
	t.Setenv("SLACK_QUEUE_CHANNEL", "CQUEUE")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UEXEC")
	app := testApp(t)
	mux := http.NewServeMux()
	ctx, workers, stop := startWorkers(t)
	defer stop()
	on, err := mountSlack(ctx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers)
	if !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	post := func(body string) *httptest.ResponseRecorder {
		r := testkit.SlackRequest(secret, "/slack/events", "application/json", []byte(body))
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		return w
	}
	if w := post(`{"type":"url_verification","challenge":"abc"}`); !strings.Contains(w.Body.String(), "abc") {
		t.Fatalf("url_verification: %d %s", w.Code, w.Body)
	}
	ev := `{"type":"event_callback","team_id":"TSERVE","event_id":"Ev1","authorizations":[{"user_id":"UBOT","is_bot":true}],
		"event":{"type":"message","channel_type":"im","channel":"DUEXEC","user":"UEXEC","text":"move my board meeting to Thursday at 3","ts":"1700000000.000100"}}`
	if w := post(ev); w.Code != http.StatusOK {
		t.Fatalf("event: %d", w.Code)
	}
	// The inbox workers handle the event in the background: look at the
	// Web API calls each time one arrives. The timer only turns a hang into
	// a failure.
	hang := time.NewTimer(30 * time.Second)
	defer hang.Stop()
	for {
		mu.Lock()
		got := strings.Join(calls, "\n")
		mu.Unlock()
		if strings.Contains(got, "chat.postMessage CQUEUE") && strings.Contains(got, "chat.postMessage DUEXEC") {
			break
		}
		select {
		case <-called:
		case <-hang.C:
			t.Fatalf("Web API calls:\n%s\nwant a card to CQUEUE and an answer to DUEXEC", got)
		}
	}
	unsigned := httptest.NewRequest(http.MethodPost, "/slack/commands", bytes.NewReader([]byte(url.Values{"command": {"/delegate"}}.Encode())))
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, unsigned)
	if w.Code != http.StatusUnauthorized {
		t.Errorf("unsigned command: %d, want 401", w.Code)
	}
}

// slackTestEnv points serve's Slack side at a fake Web API at base (an
// httptest server's URL) with signing secret secret, over HTTP (no Socket
// Mode).
func slackTestEnv(t *testing.T, base, secret string) {
	t.Helper()
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-1")
	t.Setenv("SLACK_SIGNING_SECRET", secret)
	t.Setenv("SLACK_APP_TOKEN", "")
	t.Setenv("SLACK_API_URL", base+"/api/")
}
