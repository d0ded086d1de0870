package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/storage"
)

// sessionPHI are the PHI values (and request words) of slackSession; none
// may appear in a report.
var sessionPHI = []string{"Jonathan Whitfield", "Whitfield", "617-555-0134", "555-0134", "48392017", "biopsy", "bed 4"}

// slackSession plays a short Slack session in workspace ws through serve's
// Slack endpoints (a fake Web API behind them): an executive delegates a
// request holding a name, an MRN and a phone number, an assistant claims it,
// someone without a role tries to cancel it and is refused, and PHI is posted
// in a watched channel.
func slackSession(t *testing.T, ws string) {
	t.Helper()
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "C1", "is_channel": true}, "ts": "1.1",
			"user": map[string]any{"id": "U1", "tz": "America/New_York"}})
	}))
	t.Cleanup(fake.Close)
	const secret = "shh"
	slackTestEnv(t, fake.URL, secret)
	t.Setenv("SLACK_QUEUE_CHANNEL", "CQUEUE")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UEXEC")
	t.Setenv("DELEGATEBOT_ASSISTANTS", "UASSIST")
	t.Setenv("DELEGATEBOT_ADMINS", "UADMIN")
	app := testApp(t)
	mux := http.NewServeMux()
	// Commands run as workers of the group; the inbox workers stop when
	// inboxCtx ends, after which Wait returns once every command is done.
	workers, wctx := newWorkerGroup(context.Background())
	inboxCtx, stopInbox := context.WithCancel(wctx)
	defer stopInbox()
	if on, err := mountSlack(inboxCtx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	drainInbox := func() {
		t.Helper()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		deadline := time.After(10 * time.Second)
		for {
			q, l, err := app.Store.InboxLen(context.Background(), "slack")
			if err != nil {
				t.Fatal(err)
			}
			if q == 0 && l == 0 {
				return
			}
			select {
			case <-tick.C:
			case <-deadline:
				t.Fatalf("inbox not drained: %d queued, %d leased", q, l)
			}
		}
	}
	post := func(path, contentType, body string) {
		t.Helper()
		r := testkit.SlackRequest(secret, path, contentType, []byte(body))
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", path, w.Code, w.Body)
		}
	}
	event := func(id, channelType, channel, user, text string) {
		b, _ := json.Marshal(map[string]any{
			"type": "event_callback", "team_id": ws, "event_id": id,
			"authorizations": []map[string]any{{"user_id": "UBOT", "is_bot": true}},
			"event":          map[string]any{"type": "message", "channel_type": channelType, "channel": channel, "user": user, "text": text, "ts": "1700000000.0001" + id[len(id)-2:]},
		})
		post("/slack/events", "application/json", string(b))
		drainInbox()
	}
	command := func(user, cmd, text string) {
		post("/slack/commands", "application/x-www-form-urlencoded", url.Values{
			"command": {cmd}, "text": {text}, "team_id": {ws}, "user_id": {user}, "channel_id": {"CQUEUE"},
		}.Encode())
	}
	event("Ev01", "im", "DUEXEC", "UEXEC", "Please call Jonathan Whitfield at 617-555-0134 about his biopsy results, MRN 48392017, by Friday")
	command("UADMIN", "/delegatebot", "phi approve #CPHI")
	command("UASSIST", "/claim", "DEL-1")
	command("UOTHER", "/cancel", "DEL-1") // refused whether or not the claim ran first
	event("Ev02", "channel", "CGEN", "UEXEC", "FYI Jonathan Whitfield MRN 48392017 is in bed 4")
	stopInbox()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	workers.Wait(ctx)
}

func TestReportAfterSlackSession(t *testing.T) {
	const ws = "TREPORT"
	slackSession(t, ws)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	out, _, err := runCmd(t, "", "report", "--workspace", ws, "--out", file)
	if err != nil {
		t.Fatalf("report: %v", err)
	}
	if !strings.Contains(out, file) {
		t.Errorf("report says %q, want the file named", out)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	for _, want := range []string{
		`id="tickets"`, `id="times"`, `id="sla"`, `id="guard"`, `id="inbound"`, `id="refusals"`, `id="channels"`,
		`id="access"`, `id="clearance"`, `id="policy"`, `id="review"`, `id="integrity"`,
		"<svg", `class="bar"`, "DEL-1",
		"<td>CPHI</td><td>UADMIN</td>",               // approved, by whom
		"<td>cancel</td><td>none</td><td>DEL-1</td>", // the refusal, with its ticket
		"<td>CGEN</td>",                              // the inbound warning
		"<td>channel</td>",                           // guard decisions by destination kind
		"The audit hash chain is intact",             // verified
		"Not yet acknowledged by: UASSIST",           // assistants from the configuration
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"<script src", "<script", "<link", "url(http", "@import"} {
		if strings.Contains(html, bad) {
			t.Errorf("report contains %q: it must load nothing", bad)
		}
	}
	for _, v := range sessionPHI {
		if strings.Contains(html, v) {
			t.Errorf("report contains the session's PHI or request text %q", v)
		}
	}
	if t.Failed() {
		t.Logf("report:\n%s", html)
	}
}

func TestOfflineCommandsUnknownWorkspace(t *testing.T) {
	useTestRedis(t)
	out := filepath.Join(t.TempDir(), "r.html")
	for _, args := range [][]string{
		{"audit", "export", "--workspace", "TNOSUCH", "--format", "csv"},
		{"audit", "verify", "--workspace", "TNOSUCH"},
		{"audit", "trim", "--workspace", "TNOSUCH", "--keep", "48h"},
		{"report", "--workspace", "TNOSUCH", "--out", out},
	} {
		t.Run(args[0]+"-"+args[1], func(t *testing.T) {
			stdout, _, err := runCmd(t, "", args...)
			if err == nil || !strings.Contains(err.Error(), "no such workspace") {
				t.Fatalf("err = %v, want no such workspace", err)
			}
			var ue usageError
			if ok := errors.As(err, &ue); ok {
				t.Errorf("err is a usage error (exit 2); want exit 1")
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing (no CSV header)", stdout)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("report of an unknown workspace left a file: %v", err)
	}
}

func TestAuditWorkspaces(t *testing.T) {
	app := testApp(t)
	ctx := context.Background()
	// One workspace with only an audit trail (an approval, no ticket).
	if err := app.Store.ApproveChannel(ctx, "TONLYAUDIT", "C9", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCmd(t, "", "audit", "workspaces")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "TONLYAUDIT\n") {
		t.Errorf("audit workspaces = %q, want TONLYAUDIT listed", out)
	}
	if _, _, err := runCmd(t, "", "audit", "export", "--workspace", "TONLYAUDIT", "--format", "jsonl"); err != nil {
		t.Errorf("export of a workspace with only an audit trail: %v", err)
	}
}

// TestProgressQuietWhenPiped checks long jobs draw a bar only on a terminal:
// through a pipe (any writer but the terminal) stderr stays empty, and with
// the terminal check forced the bar is drawn to stderr and stdout is the same.
func TestProgressQuietWhenPiped(t *testing.T) {
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey()) // no warning on stderr
	t.Setenv("DELEGATEBOT_AUDIT_KEY", storage.NewKey())      // nor this one
	app := testApp(t)
	if err := app.Store.ApproveChannel(context.Background(), "TPROGRESS", "C1", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"Export", []string{"audit", "export", "--workspace", "TPROGRESS", "--format", "jsonl"}},
		{"Verify", []string{"audit", "verify", "--workspace", "TPROGRESS"}},
		{"Trim", []string{"audit", "trim", "--workspace", "TPROGRESS", "--keep", "48h"}},
		{"Report", []string{"report", "--workspace", "TPROGRESS", "--out", filepath.Join(dir, "r.html")}},
		// keys rotate walks every workspace of the test database; its
		// counts change between runs, so only its stderr is compared.
		{"KeysRotate", []string{"keys", "rotate"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runCmd(t, "", tc.args...)
			if err != nil || errOut != "" {
				t.Fatalf("piped: stderr %q, err %v; want quiet", errOut, err)
			}
			defer func(f func(w io.Writer) bool) { showProgress = f }(showProgress)
			showProgress = func(io.Writer) bool { return true }
			out2, errOut, err := runCmd(t, "", tc.args...)
			if tc.name == "KeysRotate" {
				out2 = out
			}
			if err != nil || !strings.Contains(errOut, "\r") || out2 != out {
				t.Fatalf("terminal: stdout %q (piped %q) stderr %q err %v; want the bar on stderr only", out2, out, errOut, err)
			}
		})
	}
}
