package handlers_test

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/testkit"
)

// TestRemindersAuditEscalationAndOverdue checks the oversight report's
// sources: an escalation and a missed deadline each leave an audit entry
// naming the ticket.
func TestRemindersAuditEscalationAndOverdue(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	r, clock := withReminders(e, &testkit.Recorder{})
	e.send("dana", "prepare the board deck by today 3pm") // DEL-1, due 15:00
	e.send("dana", "order new badges for the front desk") // DEL-2, escalates at 11:00
	e.send("alice", "/claim DEL-1")
	// Reminders tick every workspace of the test database: leave nothing
	// for other tests' digests.
	t.Cleanup(func() { e.send("alice", "/done DEL-1"); e.send("dana", "/cancel DEL-2") })
	for _, h := range []int{11, 15} {
		*clock = time.Date(2026, 11, 27, h, 1, 0, 0, time.UTC)
		if err := r.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	err := e.store.ScanAudit(ctx, e.ws, time.Time{}, time.Time{}, func(a delegatebot.AuditEntry) error {
		if a.Action == "ticket.escalate" || a.Action == "ticket.overdue" {
			got[a.Action] = a.Ticket + "@" + a.At.Format("15:04")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got["ticket.escalate"] != "DEL-2@11:01" || got["ticket.overdue"] != "DEL-1@15:01" {
		t.Errorf("audit = %v, want DEL-2 escalated at 11:01 and DEL-1 overdue at 15:01", got)
	}
}
