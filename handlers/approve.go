package handlers

import (
	"context"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// Policy manages the channels approved for PHI (admins only):
// /phi approve [#channel], /phi revoke [#channel], /phi list. Without a
// channel, approve and revoke apply to the channel the command was typed in.
// Externally shared channels can never be approved.
func (h *Handlers) Policy(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if err := require(e.User, "change PHI channel policy", delegatebot.RoleAdmin); err != nil {
		return err
	}
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
		w.Reply(bot.Reply{Text: "#" + channel + " is now approved for PHI."})
	case "revoke":
		if err := h.store.RevokeChannel(ctx, ws, channel, e.User.ID); err != nil {
			return err
		}
		w.Reply(bot.Reply{Text: "#" + channel + " is no longer approved for PHI; PHI sent there will be redacted."})
	case "list", "":
		cs, err := h.store.ApprovedChannels(ctx, ws)
		if err != nil {
			return err
		}
		if len(cs) == 0 {
			w.Reply(bot.Reply{Text: "No channel is approved for PHI."})
			return nil
		}
		w.Reply(bot.Reply{Text: "Approved for PHI: #" + strings.Join(cs, ", #")})
	default:
		return delegatebot.Errorf(delegatebot.EINVALID, "Usage: /phi approve|revoke [#channel], /phi list")
	}
	return nil
}

// Help lists what works.
func (h *Handlers) Help(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	w.Reply(bot.Reply{Text: HelpText})
	return nil
}

// HelpText is the /help answer.
const HelpText = `Tell me what you need in plain English ("move my board meeting to Thursday at 3", "draft a reply to Dr. Kim") and I open a ticket for your assistants.
Commands:
  /delegate <request>         open a ticket (plain messages do the same)
  /tickets [open|mine|all|overdue|waiting|done|@user] [after DEL-n]   list tickets
  /status DEL-n               show one ticket
  /claim DEL-n                take a ticket (assistants)
  /start DEL-n                mark it in progress (its assignee)
  /wait DEL-n                 mark it waiting on someone (its assignee)
  /done DEL-n [note]          finish it (its assignee)
  /release DEL-n              give it back to the queue (its assignee, admins)
  /cancel DEL-n               withdraw it (its requester, admins)
  /note DEL-n <text>          add a note
  /confirm, /discard          answer "Did I get this right?" (or type yes / no)
  /phi approve|revoke [#channel], /phi list   channels approved for PHI (admins)
  /role grant|revoke @user executive|assistant|admin      (admins)
  /support @assistant @executive, /unsupport …            (admins)
  /clearance grant|revoke @user   who may see requests' original text (admins)
  /queue [team|pairs]         every assistant sees every ticket, or only their executives' (admins)
  /roles                      grants made in chat (admins)
  /audit [days]               audit trail summary (admins)
  /help                       this text
When I ask a question, just answer it (or say "cancel"). Right after opening a
ticket, "actually make it 4pm" changes it.`
