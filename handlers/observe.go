package handlers

import (
	"context"
	"log/slog"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// Observe checks a message the bot only saw in a channel (not addressed to
// it). When it carries PHI and the channel is not approved — or its policy
// cannot be read — the poster is warned privately, without the PHI, and the
// event is audited with types and counts. The bot cannot unsend a person's
// message; an adapter with the rights to may also remove it.
func (h *Handlers) Observe(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	fs := h.scan(ctx, e.Workspace(), e.Text)
	if len(fs) == 0 {
		return nil
	}
	if e.ChannelKind != phi.KindExternal {
		if ok, err := h.store.Approved(ctx, e.Workspace(), e.Channel); err == nil && ok {
			return nil
		}
	}
	d := phi.Decision{Action: "inbound", Counts: phi.Counts(fs)}
	if err := h.store.Audit(ctx, delegatebot.AuditEntry{
		Workspace: e.Workspace(), Actor: e.User.ID, Action: "guard.inbound", Channel: e.Channel, Detail: d.Detail(),
	}); err != nil {
		// The warning matters more than the record: send it anyway.
		slog.Error("audit inbound PHI", "workspace", e.Workspace(), "channel", e.Channel, "err", err)
	}
	w.Private(bot.Reply{Text: bot.Plain("Your message here looks like it contains protected health information (" +
		strings.Join(d.Names(), ", ") + "). This channel is not approved for PHI: please delete it and use an approved channel.")})
	return nil
}
