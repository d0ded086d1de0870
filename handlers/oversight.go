package handlers

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/storage"
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

// jobReview prompts the admins of a workspace to review access.
const jobReview = "access_review"

// scheduleReview plans the workspace's next access review prompt, once:
// ReviewEvery after the last completed review (or from now).
func (r *Reminders) scheduleReview(ctx context.Context, ws string) error {
	if r.Oversight.ReviewEvery <= 0 {
		return nil
	}
	at, err := r.nextReview(ctx, ws)
	if err != nil {
		return err
	}
	return r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobReview, At: at}, true)
}

// nextReview is ReviewEvery after the last completed review; when that has
// passed (the review is overdue), a week from now, so admins are reminded
// weekly rather than at every tick.
func (r *Reminders) nextReview(ctx context.Context, ws string) (time.Time, error) {
	now := r.now()
	last, err := r.Store.LastReview(ctx, ws)
	if err != nil {
		return time.Time{}, err
	}
	if last.IsZero() {
		return now.Add(r.Oversight.ReviewEvery), nil
	}
	if next := last.Add(r.Oversight.ReviewEvery); next.After(now) {
		return next, nil
	}
	return now.Add(7 * 24 * time.Hour), nil
}

// reviewPrompt sends every admin of ws the access review by DM, on the
// platform of the workspace's tickets, and plans the next prompt.
func (r *Reminders) reviewPrompt(ctx context.Context, ws string) error {
	ts, _, err := r.Store.ListTickets(ctx, ws, storage.Filter{}, 0, 1)
	if err != nil {
		return err
	}
	last, err := r.Store.LastReview(ctx, ws)
	if err != nil {
		return err
	}
	due := last.IsZero() || !last.Add(r.Oversight.ReviewEvery).After(r.now())
	if len(ts) > 0 && due {
		items, err := reviewItems(ctx, r.Store, ws, r.Oversight)
		if err != nil {
			return err
		}
		admins := slices.Clone(r.Oversight.Admins)
		grants, err := r.Store.Grants(ctx, ws)
		if err != nil {
			return err
		}
		for u, a := range grants {
			if slices.Contains(a.Roles, delegatebot.RoleAdmin) {
				admins = append(admins, u)
			}
		}
		slices.Sort(admins)
		admins = slices.Compact(admins)
		intro := fmt.Sprintf("Access review due (every %d days).", int(r.Oversight.ReviewEvery.Hours()/24))
		for _, u := range admins {
			for _, msg := range reviewReplies(items, intro) {
				if err := r.dm(ctx, ts[0], u, msg); err != nil {
					return err
				}
			}
		}
		if err := r.Store.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "review.prompt",
			Detail: fmt.Sprintf("admins=%d items=%d", len(admins), len(items))}); err != nil {
			return err
		}
	}
	// Prompted: remind weekly until the review is done. Not due (a review
	// was completed since): ReviewEvery after it.
	at := r.now().Add(7 * 24 * time.Hour)
	if !due {
		at = last.Add(r.Oversight.ReviewEvery)
	}
	return r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobReview, At: at}, false)
}
