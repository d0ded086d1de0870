package handlers

import (
	"context"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
)

// Report answers an admin with a short-lived link to the workspace's
// oversight report, which serve renders (see OversightConfig.ReportLink).
func (h *Handlers) Report(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if h.oversight.ReportLink == nil {
		return delegatebot.Errorf(delegatebot.EINVALID, "Report links are off here (serve needs DELEGATEBOT_PUBLIC_URL and an encryption key). Run: delegatebot report --workspace %s --out report.html", e.Workspace())
	}
	link, ttl, err := h.oversight.ReportLink(e.Workspace(), e.User.ID)
	if err != nil {
		return err
	}
	w.Private(bot.Reply{Text: bot.Textf("Oversight report of the last 90 days, for you alone (the link works for %d minutes): %s", int(ttl.Minutes()), link)})
	return nil
}
