package handlers

import (
	"context"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// Policy manages the channels approved for PHI (admins; see the command table):
// /phi approve [#channel], /phi revoke [#channel], /phi list. Without a
// channel, approve and revoke apply to the channel the command was typed in.
// Externally shared channels can never be approved.
func (h *Handlers) Policy(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	sub, rest := splitArgs(strings.ToLower(e.Text))
	channel := e.Channel
	if rest != "" {
		_, orig := splitArgs(e.Text)
		channel = channelArg(orig)
	}
	ws := e.Workspace()
	switch sub {
	case "approve":
		if rest == "" && e.ChannelKind == phi.KindExternal {
			return delegatebot.Errorf(delegatebot.EINVALID, "This channel is shared with another organisation; it cannot be approved for PHI.")
		}
		if rest != "" && channel != e.Channel {
			// Named by id from elsewhere: ask the platform what it is.
			switch k, _, err := bot.ChannelKindOf(ctx, w, channel); {
			case err != nil:
				return delegatebot.Errorf(delegatebot.EINVALID, "I could not check whether that channel is shared with another organisation, so it is not approved; try again from the channel itself.")
			case k == phi.KindExternal:
				return delegatebot.Errorf(delegatebot.EINVALID, "That channel is shared with another organisation; it cannot be approved for PHI.")
			}
		} else if rest != "" && e.ChannelKind == phi.KindExternal {
			return delegatebot.Errorf(delegatebot.EINVALID, "This channel is shared with another organisation; it cannot be approved for PHI.")
		}
		if err := h.store.ApproveChannel(ctx, ws, channel, e.User.ID); err != nil {
			return err
		}
		w.Reply(bot.Reply{Text: bot.Textf("%s is now approved for PHI.", delegatebot.ChannelRef(channel))})
	case "revoke":
		if err := h.store.RevokeChannel(ctx, ws, channel, e.User.ID); err != nil {
			return err
		}
		w.Reply(bot.Reply{Text: bot.Textf("%s is no longer approved for PHI; PHI sent there will be redacted.", delegatebot.ChannelRef(channel))})
	case "list", "":
		cs, err := h.store.ApprovedChannels(ctx, ws)
		if err != nil {
			return err
		}
		if len(cs) == 0 {
			w.Reply(bot.Reply{Text: bot.Plain("No channel is approved for PHI.")})
			return nil
		}
		refs := make([]bot.Text, len(cs))
		for i, c := range cs {
			refs[i] = bot.Textf("%s", delegatebot.ChannelRef(c))
		}
		w.Reply(bot.Reply{Text: bot.Plain("Approved for PHI: ").Append(bot.JoinText(refs, ", "))})
	default:
		return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s, %s", typed(e.User.Platform, "phi", "approve|revoke [#channel]"), typed(e.User.Platform, "phi", "list"))
	}
	return nil
}
