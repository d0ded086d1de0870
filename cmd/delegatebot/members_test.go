package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/phi"
)

const (
	// colleagueBusiness names a colleague in business context; the plain
	// scanner takes the name for a patient's.
	colleagueBusiness = "Teodor Vanek called about the discharge lounge, it is short a nurse"
	colleaguePatient  = "Teodor Vanek was admitted overnight, keep it quiet"
)

// TestServeSlackColleagues checks the wiring of the directory of colleagues:
// serve's Slack fetcher reads users.list at SLACK_API_URL into the cache, and
// the bot's guard then leaves a member named in business context alone in
// an unapproved channel, and redacts them as a patient.
func TestServeSlackColleagues(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.TrimPrefix(r.URL.Path, "/api/") != "users.list" {
			json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "unknown_method"})
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "members": []map[string]any{
			{"id": "U1", "real_name": "Teodor Vanek", "profile": map[string]any{"real_name": "Teodor Vanek", "first_name": "Teodor", "last_name": "Vanek"}},
		}, "response_metadata": map[string]any{"next_cursor": ""}})
	}))
	defer fake.Close()
	slackTestEnv(t, fake.URL, "shh")
	t.Setenv("DELEGATEBOT_DIRECTORY_REFRESH", "")
	app := testApp(t)
	ctx, workers, stop := startWorkers(t)
	defer stop()
	if on, err := mountSlack(ctx, app, http.NewServeMux(), serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	ws := fmt.Sprintf("TCOLL%d", time.Now().UnixNano()%1e9)
	dest := phi.Destination{Workspace: ws, Channel: "C1", Kind: phi.KindChannel}
	clear := func(text string) string {
		t.Helper()
		c, err := app.Bot.Guard.Clear(context.Background(), dest, text)
		if err != nil {
			t.Fatal(err)
		}
		return c.Texts()[0]
	}
	if got := clear(colleagueBusiness); got == colleagueBusiness {
		t.Fatalf("before the members are fetched: %q passed unredacted", got)
	}
	if err := app.Members.RefreshIfStale(context.Background(), "slack", ws); err != nil {
		t.Fatal(err)
	}
	if got := clear(colleagueBusiness); got != colleagueBusiness {
		t.Errorf("member in business context: sent %q, want it unchanged", got)
	}
	if got := clear(colleaguePatient); !strings.HasPrefix(got, "[NAME] was admitted") {
		t.Errorf("member as patient: sent %q, want the name redacted", got)
	}
	// phi scan has no directory: the CLI's answer is the plain scanner's.
	out, _, err := runCmd(t, colleagueBusiness, "phi", "scan")
	if err != nil || !strings.Contains(out, `"type":"NAME"`) {
		t.Errorf("phi scan = %s (err %v), want the name found as before", out, err)
	}
}

func TestDirectoryRefreshConfig(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		err  bool
	}{{"", 6 * time.Hour, false}, {"30m", 30 * time.Minute, false}, {"off", 0, false}, {"0", 0, false}, {"10s", 0, true}, {"soon", 0, true}} {
		got, err := directoryRefreshFromEnv(func(k string) string {
			if k == "DELEGATEBOT_DIRECTORY_REFRESH" {
				return tc.in
			}
			return ""
		})
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("DELEGATEBOT_DIRECTORY_REFRESH=%q: %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}
