package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
)

// day0 is a Monday.
var day0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func at(h float64) time.Time { return day0.Add(time.Duration(h * float64(time.Hour))) }

// sample builds the report of a small made-up workspace: three tickets, one
// finished late, guard decisions, a refusal, an approval, grants, a policy
// and an acknowledgement.
func sample(t *testing.T, cfg Config) string {
	t.Helper()
	if cfg.Workspace == "" {
		cfg.Workspace = "T1"
	}
	if cfg.Now.IsZero() {
		cfg.Now = at(24 * 20)
	}
	b := New(cfg)
	due := delegatebot.Moment{T: at(5), Clock: true}
	b.Ticket(&delegatebot.Ticket{Number: 1, Intent: "calendar.schedule", Created: at(0), Due: due, Status: delegatebot.StatusDone})
	b.Ticket(&delegatebot.Ticket{Number: 2, Intent: "email.reply", Created: at(1), Status: delegatebot.StatusDone})
	b.Ticket(&delegatebot.Ticket{Number: 3, Intent: "email.reply", Created: at(24 * 8), Due: delegatebot.Moment{T: at(24 * 9)}, Status: delegatebot.StatusOpen})
	for _, e := range []delegatebot.AuditEntry{
		{At: at(-48), Actor: "UADMIN", Action: "policy.approve", Channel: "CPHI"},
		{At: at(-47), Actor: "UADMIN", Action: "role.grant", Detail: "user=UASSIST assistant"},
		{At: at(-46), Actor: "UADMIN", Action: "clearance.grant", Detail: "user=UASSIST phi"},
		{At: at(-45), Actor: "UADMIN", Action: "policy.set", Detail: "version=2"},
		{At: at(-44), Actor: "UASSIST", Action: "policy.ack", Detail: "version=1"},
		{At: at(0), Actor: "UEXEC", Action: "ticket.create", Ticket: "DEL-1", Channel: "DEXEC", To: "open", Detail: "scan NAME=1 MRN=1"},
		{At: at(0), Actor: "bot", Action: "guard.redact", Channel: "CQUEUE", Detail: "redact MRN=1 NAME=1 kind=channel"},
		{At: at(0.1), Actor: "bot", Action: "guard.allow", Channel: "CPHI", Detail: "allow MRN=1 kind=channel"},
		{At: at(0.2), Actor: "bot", Action: "guard.block", Channel: "DX", Detail: "block PHONE=1 kind=dm"},
		{At: at(0.5), Actor: "UASSIST", Action: "ticket.claim", Ticket: "DEL-1", From: "open", To: "claimed"},
		{At: at(1), Actor: "UEXEC", Action: "ticket.create", Ticket: "DEL-2", To: "open"},
		{At: at(2), Actor: "UASSIST", Action: "ticket.claim", Ticket: "DEL-2", From: "open", To: "claimed"},
		{At: at(3), Actor: "UASSIST", Action: "ticket.done", Ticket: "DEL-2", From: "claimed", To: "done"},
		{At: at(7), Actor: "UASSIST", Action: "ticket.done", Ticket: "DEL-1", From: "claimed", To: "done"},
		{At: at(8), Actor: "UOTHER", Action: "refused", Ticket: "DEL-1", Detail: "command=done role=none"},
		{At: at(9), Actor: "UEXEC", Action: "guard.inbound", Channel: "CGEN", Detail: "inbound MRN=2"},
		{At: at(24 * 8), Actor: "UEXEC", Action: "ticket.create", Ticket: "DEL-3", To: "open"},
		{At: at(24*8 + 2), Actor: "bot", Action: "ticket.escalate", Ticket: "DEL-3", From: "open", To: "open"},
	} {
		e.Workspace = cfg.Workspace
		b.Entry(e)
	}
	var out bytes.Buffer
	if err := b.WriteHTML(&out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestReportSections(t *testing.T) {
	html := sample(t, Config{
		Approved: []string{"CPHI"}, ReviewEvery: 7 * 24 * time.Hour,
		Access: []Access{{User: "UASSIST", Roles: []delegatebot.Role{delegatebot.RoleAssistant}, Cleared: true}},
		Verify: Verification{Entries: 18},
	})
	for _, want := range []string{
		`id="tickets"`, `id="times"`, `id="sla"`, `id="guard"`, `id="inbound"`, `id="refusals"`, `id="channels"`,
		`id="access"`, `id="clearance"`, `id="policy"`, `id="review"`, `id="integrity"`,
		"<svg", "@media print",
		"calendar.schedule", "email.reply",
		"<b>30m</b>", // p50 of claim: 0.5h and 1h (nearest rank)
		"DEL-1</td><td>calendar.schedule</td><td>2026-11-02 14:00 UTC</td><td class=\"bad\">done 2h late",
		"DEL-3</td><td>email.reply</td><td>2026-11-11 17:00 UTC</td><td class=\"bad\">still open",
		"<td>done</td><td>none</td><td>DEL-1</td><td class=\"n\">1</td>",
		"<td>CGEN</td><td>MRN 2</td>",
		"<td>dm</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">1</td>",
		"<td>CPHI</td><td>UADMIN</td><td>2026-10-31 09:00 UTC</td>",
		"version 2, set by UADMIN",
		"Not yet acknowledged by: UASSIST",
		"Reviews are due every 7 days.", "The access review is overdue.",
		"The audit hash chain is intact: 18 entries verified.",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("report:\n%s", html)
	}
}

// TestReportSelfContained checks the page loads nothing from elsewhere.
func TestReportSelfContained(t *testing.T) {
	html := sample(t, Config{Verify: Verification{Entries: 3, Err: "audit entry 1-0: its contents were edited"}})
	for _, bad := range []string{"<script", "<link", "url(", "@import", "src=", "http://", "https://"} {
		if strings.Contains(strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("report contains %q", bad)
		}
	}
	if !strings.Contains(html, "NOT intact after 3 good entries") {
		t.Error("a broken chain is not reported")
	}
}

// TestReportPeriod checks --since/--until: entries outside the period are
// not counted, but state they set (the approval) still shows.
func TestReportPeriod(t *testing.T) {
	html := sample(t, Config{Since: at(24 * 7), Until: at(24 * 14), Approved: []string{"CPHI"}})
	for _, want := range []string{"opened<b>1</b>", "closed<b>0</b>", "<td>CPHI</td><td>UADMIN</td>", "DEL-3</td><td>email.reply</td><td>2026-11-11 17:00 UTC</td><td class=\"bad\">still open"} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(html, "<td>CGEN</td>") {
		t.Error("an inbound warning before the period is counted")
	}
	if strings.Contains(html, "done 2h late") {
		t.Error("a deadline before the period is listed")
	}
}

func TestPercentile(t *testing.T) {
	ds := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, tc := range []struct {
		p    float64
		want time.Duration
	}{{0.5, 5}, {0.9, 9}, {1, 10}, {0, 1}} {
		if got := percentile(ds, tc.p); got != tc.want {
			t.Errorf("percentile(%v) = %v, want %v", tc.p, got, tc.want)
		}
	}
	if got := percentile(nil, 0.5); got != 0 {
		t.Errorf("percentile of nothing = %v", got)
	}
}

func TestBarChartEscapes(t *testing.T) {
	svg := string(BarChart(`<x>&"`, []string{"<a>"}, []Series{{Name: "<s>", Values: []float64{3}}}))
	if strings.Contains(svg, "<x>") || strings.Contains(svg, "<a>") || strings.Contains(svg, "<s>") {
		t.Errorf("chart does not escape its labels: %s", svg)
	}
	if !strings.Contains(svg, `<rect class="bar"`) {
		t.Errorf("chart has no bar: %s", svg)
	}
}

func TestNiceStep(t *testing.T) {
	for _, tc := range []struct{ max, step float64 }{{0, 1}, {1, 1}, {3, 1}, {4.4, 2}, {9, 5}, {37, 10}, {180, 50}} {
		if got := niceStep(tc.max / 4); got != tc.step {
			t.Errorf("niceStep(%v/4) = %v, want %v", tc.max, got, tc.step)
		}
	}
}

var update = flag.Bool("update", false, "rewrite testdata/report.golden.html")

// TestReportGolden keeps the whole page of the sample under review: run with
// -update after an intended change and look at the diff (and the page).
func TestReportGolden(t *testing.T) {
	html := sample(t, Config{
		Approved: []string{"CPHI"}, ReviewEvery: 90 * 24 * time.Hour,
		Access: []Access{{User: "UASSIST", Roles: []delegatebot.Role{delegatebot.RoleAssistant}, Cleared: true, Supports: []string{"UEXEC"}}},
		Verify: Verification{Entries: 18}, Checkpoint: "2026-11-20 09:00 UTC, 17 entries, head 3f2a…",
	})
	golden := filepath.Join("testdata", "report.golden.html")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run TestReportGolden -update)", err)
	}
	if html != string(want) {
		t.Errorf("the report differs from %s; run with -update and review the diff", golden)
	}
}
