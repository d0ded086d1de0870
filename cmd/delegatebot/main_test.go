package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

const testDB = 14

// runCmd runs a command line with stdin and returns stdout, stderr and the error.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// useTestRedis points REDIS_URL at this package's flushed test database.
func useTestRedis(t *testing.T) {
	c := redistest.Client(t, testDB)
	o := c.Options()
	u := "redis://" + o.Addr + "/14"
	if o.Password != "" {
		u = "redis://:" + o.Password + "@" + o.Addr + "/14"
	}
	t.Setenv("REDIS_URL", u)
	c.FlushDB(context.Background())
}

const script = `move my board meeting to Thursday at 3
/as alice assistant
/tickets open
/claim DEL-1
/tickets mine
/as bob assistant
/claim DEL-1
/as alice
/note DEL-1 called the board office
/done DEL-1 moved to Thu 3pm
/tickets mine
/help
`

func TestConsoleConversation(t *testing.T) {
	useTestRedis(t)
	t.Setenv("DELEGATEBOT_TZ", "America/New_York")
	out, _, err := runCmd(t, script, "console")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"bot: DEL-1 · calendar.reschedule · ",
		"bot -> #queue: New request DEL-1 from @dana",
		"You are now @alice (assistant).",
		"bot: DEL-1 claimed by @alice.",
		"bot -> @dana: DEL-1 was claimed by @alice",
		"bot (only you): DEL-1 is already claimed by @alice.",
		"bot -> @dana: @alice added a note to DEL-1: called the board office",
		"bot: DEL-1 done by @alice.",
		"Note: moved to Thu 3pm",
		"bot: No tickets.",
		"/claim DEL-n",
		"/as NAME [ROLE...]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

func TestConsoleEmbeddedRestart(t *testing.T) {
	t.Setenv("REDIS_URL", "")
	dir := t.TempDir()
	_, stderr, err := runCmd(t, "order new badges for the front desk\nbook a hotel in Boston for the AHA meeting on Dec 8\n/as alice assistant\n/claim DEL-2\n", "console", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "using the embedded store") {
		t.Errorf("stderr %q does not announce the embedded store", stderr)
	}
	out, _, err := runCmd(t, "/as alice assistant\n/tickets all\n", "console", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "DEL-1 · ") || !strings.Contains(out, "DEL-2 · ") || !strings.Contains(out, "claimed by @alice") {
		t.Fatalf("after restart /tickets all shows:\n%s", out)
	}
	out, _, _ = runCmd(t, "write the memo on the parking changes\n", "console", "--data-dir", dir)
	if !strings.Contains(out, "bot: DEL-3 ·") {
		t.Fatalf("numbering did not continue after restart:\n%s", out)
	}
}

func TestParseContract(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "") // rules only, whatever the developer's environment
	in := `{"id":"i1","text":"move my board meeting to Thursday at 3","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}
{"id":"i2","text":"thanks!","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}
`
	out, _, err := runCmd(t, in, "parse", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	keys := []string{"id", "intent", "subject", "when", "due", "people", "priority", "duration_minutes", "confidence"}
	for i, l := range lines {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d not JSON: %v", i, err)
		}
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d lacks %q: %s", i, k, l)
			}
		}
		if string(m["people"]) == "null" {
			t.Errorf("line %d: people is null, want a list", i)
		}
	}
	if !strings.HasPrefix(lines[0], `{"id":"i1","intent":"calendar.reschedule"`) {
		t.Errorf("first line = %s", lines[0])
	}
	if !strings.Contains(lines[1], `"intent":"none"`) || !strings.Contains(lines[1], `"priority":null`) {
		t.Errorf("thanks line = %s", lines[1])
	}
	_, stderr, err := runCmd(t, "{not json\n", "parse", "--jsonl")
	if err == nil || !strings.Contains(stderr, "line 1") {
		t.Fatalf("malformed line: err %v, stderr %q", err, stderr)
	}
}

func TestPHIScanContract(t *testing.T) {
	in := `{"id":"x1","text":"pt SSN is 123-45-6789, call 617-555-0142"}
{"id":"x2","text":"board meeting moved to 3pm"}
`
	out, _, err := runCmd(t, in, "phi", "scan", "--jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var res []scanOutput
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r scanOutput
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		res = append(res, r)
	}
	if len(res) != 2 || string(res[0].ID) != `"x1"` || string(res[1].ID) != `"x2"` {
		t.Fatalf("ids = %v, want x1, x2 in order", res)
	}
	text := "pt SSN is 123-45-6789, call 617-555-0142"
	var ssn bool
	for _, f := range res[0].Findings {
		if f.Type == "SSN" && text[f.Start:f.End] == "123-45-6789" {
			ssn = true
		}
	}
	if !ssn || strings.Contains(res[0].Redacted, "6789") {
		t.Fatalf("x1 = %+v, want the SSN found at its byte offsets and redacted", res[0])
	}
	if len(res[1].Findings) != 0 || res[1].Redacted != "board meeting moved to 3pm" {
		t.Fatalf("x2 = %+v, want no findings", res[1])
	}
	single, _, err := runCmd(t, text, "phi", "scan")
	if err != nil || !strings.Contains(single, `"findings":[{`) {
		t.Fatalf("plain scan = %s (err %v)", single, err)
	}
	types, _, _ := runCmd(t, "", "phi", "scan", "--types")
	if !strings.Contains(types, "SSN\n") || !strings.Contains(types, "HEALTH_PLAN_ID\n") {
		t.Fatalf("--types = %q", types)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frob"}, {"parse", "--nope"}, {"phi"}, {"console", "extra"}} {
		_, _, err := runCmd(t, "", args...)
		if _, ok := err.(usageError); !ok {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	out, _, err := runCmd(t, "", "help")
	if err != nil || !strings.Contains(out, "DELEGATEBOT_ASSISTANTS") || !strings.Contains(out, "REDIS_URL") {
		t.Fatalf("help = %q (err %v)", out, err)
	}
}

func TestEncryptionKeyHandling(t *testing.T) {
	t.Run("EmbeddedGeneratesKey", func(t *testing.T) {
		t.Setenv("REDIS_URL", "")
		t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", "")
		dir := t.TempDir()
		_, stderr, err := runCmd(t, "call the family of pt Maria Gonzalez at 617-555-0142\n", "console", "--data-dir", dir)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr, "generated one into") {
			t.Fatalf("stderr %q does not say a key was generated", stderr)
		}
		snap, err := os.ReadFile(filepath.Join(dir, "delegatebot-snapshot.json"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(snap), "617-555-0142") {
			t.Fatal("the snapshot holds the ticket text in plain text")
		}
		out, stderr, err := runCmd(t, "/status DEL-1\n", "console", "--data-dir", dir)
		if err != nil || strings.Contains(stderr, "generated") || !strings.Contains(out, "Maria") && !strings.Contains(out, "[NAME]") {
			t.Fatalf("restart with the generated key: out %q stderr %q err %v", out, stderr, err)
		}
	})
	t.Run("ServeRefusesWithoutKey", func(t *testing.T) {
		useTestRedis(t)
		t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", "")
		_, _, err := runCmd(t, "", "serve", "--addr", "127.0.0.1:0")
		if err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_ENCRYPTION_KEY") {
			t.Fatalf("serve without a key: err %v", err)
		}
	})
	t.Run("ServeRefusesWithoutAuditKey", func(t *testing.T) {
		useTestRedis(t)
		t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
		t.Setenv("DELEGATEBOT_AUDIT_KEY", "")
		_, _, err := runCmd(t, "", "serve", "--addr", "127.0.0.1:0")
		if err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_AUDIT_KEY") || !strings.Contains(err.Error(), "--insecure-no-audit-key") {
			t.Fatalf("serve without an audit key: err %v", err)
		}
	})
	t.Run("EmbeddedGeneratesAuditKey", func(t *testing.T) {
		t.Setenv("REDIS_URL", "")
		t.Setenv("DELEGATEBOT_AUDIT_KEY", "")
		dir := t.TempDir()
		if _, _, err := runCmd(t, "move my board meeting to Thursday at 3\n", "console", "--data-dir", dir); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "audit.key"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := storage.ParseKey(string(b)); err != nil {
			t.Fatalf("generated audit key: %v", err)
		}
	})
	t.Run("BadKey", func(t *testing.T) {
		t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", "tooshort")
		_, _, err := runCmd(t, "", "console")
		if err == nil || !strings.Contains(err.Error(), "DELEGATEBOT_ENCRYPTION_KEY") {
			t.Fatalf("bad key: err %v", err)
		}
	})
}

// TestConsoleRunsReminders: the console runs escalations and reminders
// itself, and its errors show commands as the console types them.
func TestConsoleRunsReminders(t *testing.T) {
	useTestRedis(t)
	t.Setenv("DELEGATEBOT_ESCALATE_AFTER", "1ns")
	out, _, err := runCmd(t, "order new badges for the front desk\n/role frob\n/audit 1\n", "console")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"bot -> #queue: Still unclaimed after 1ns: DEL-1",
		"Usage: /role grant|revoke @user",
		"Audit trail, last 1 day: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}
