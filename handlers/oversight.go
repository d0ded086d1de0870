package handlers

import (
	"context"

	"github.com/delegatebot/delegatebot"
)

// audit records a scheduled event of a ticket (an escalation, a missed
// deadline) for the oversight report. A failure is logged, not returned:
// the reminder itself matters more than its record.
func (r *Reminders) audit(ctx context.Context, t *delegatebot.Ticket, action string) {
	e := delegatebot.AuditEntry{Workspace: t.Workspace, Actor: "bot", Action: action, Ticket: t.ID(),
		From: t.Status, To: t.Status}
	if err := r.Store.Audit(ctx, e); err != nil {
		r.log().Error("audit failed", "workspace", t.Workspace, "action", action, "ticket", t.ID(), "err", err)
	}
}
