package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/phi"
)

// TestRetention: the scheduler purges the PHI-bearing fields (text,
// subject, people, PHI values, notes) of a done ticket once the retention
// has passed, keeping its redacted copies and metadata for lists, audited;
// open tickets and recent ones keep theirs.
func TestRetention(t *testing.T) {
	ctx := context.Background()
	e := newContainEnv(t, phi.ActionRedact, bot.ViewRedacted)
	e.reminders.Retention = 30 * 24 * time.Hour
	e.in("dana", "D1", phi.KindDM, phiRequests[0]) // DEL-1, finished below
	e.in("dana", "D1", phi.KindDM, phiRequests[1]) // DEL-2, stays open
	e.in("alice", "CQUEUE", phi.KindChannel, "/claim DEL-1")
	e.in("alice", "CQUEUE", phi.KindChannel, "/done DEL-1 booked with the family of Maria Lopez")

	tick := func(after time.Duration) {
		t.Helper()
		*e.clock = e.clock.Add(after)
		if err := e.reminders.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick(29 * 24 * time.Hour)
	if tk, err := e.store.FindTicket(ctx, e.ws, 1); err != nil || !strings.Contains(tk.Text, "4482913") || len(tk.Notes) != 1 {
		t.Fatalf("purged before the retention: %+v, err %v", tk, err)
	}
	tick(2 * 24 * time.Hour)
	tk, err := e.store.FindTicket(ctx, e.ws, 1)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(tk.Text, "4482913") || tk.Text != tk.RedactedText || tk.Subject != tk.RedactedSubject || strings.Contains(tk.Subject, "Lopez") ||
		len(tk.Notes) != 0 || len(tk.PHI) != 0 || tk.Status != "done" || tk.Assignee == "" {
		t.Fatalf("after the retention: %+v", tk)
	}
	if open, err := e.store.FindTicket(ctx, e.ws, 2); err != nil || !strings.Contains(open.Text, "5527781") {
		t.Fatalf("an open ticket lost its text: %+v, err %v", open, err)
	}
	for _, s := range redistest.Dump(t, e.store.Client(), "*"+e.ws+"*ticket:1*") {
		if strings.HasPrefix(s, "enc1:") {
			t.Errorf("the purged ticket still holds a sealed value")
		}
	}
	if got := only(t, e.in("alice", "CQUEUE", phi.KindChannel, "/tickets done")); !strings.Contains(got, "DEL-1 · calendar.schedule · ") || strings.Contains(got, "Lopez") {
		t.Errorf("/tickets done = %q, want the purged ticket's redacted line", got)
	}
	entries, err := e.store.ReadAudit(ctx, e.ws, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	purges := 0
	for _, a := range entries {
		if a.Action == "ticket.purge" {
			purges++
			if a.Ticket != "DEL-1" {
				t.Errorf("purged %s", a.Ticket)
			}
		}
	}
	if purges != 1 {
		t.Errorf("%d ticket.purge audit entries, want 1", purges)
	}
	tick(2 * time.Hour) // nothing left to purge, and no second entry
	if entries, _ = e.store.ReadAudit(ctx, e.ws, "", 1000); countAction(entries, "ticket.purge") != 1 {
		t.Errorf("purged twice")
	}
}

func countAction(entries []delegatebot.AuditEntry, action string) int {
	n := 0
	for _, a := range entries {
		if a.Action == action {
			n++
		}
	}
	return n
}
