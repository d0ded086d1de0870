package slack

import (
	"context"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/slack-go/slack"
)

// ShortcutDelegate is the callback id of the "Delegate this" shortcut in the
// app manifest (features.shortcuts): as a message shortcut it opens the
// ticket form prefilled from the message; as a global shortcut, an empty one.
const ShortcutDelegate = "delegate_this"

// cmdDelegateForm is the command that opens the ticket form (handlers).
const cmdDelegateForm = "delegate.form"

// fromShortcut turns a "Delegate this" shortcut into the command that opens
// the ticket form with the shortcut's trigger_id. A message shortcut carries
// the message: its text is what the parser reads, and its permalink — built
// from the payload's workspace domain, channel and ts, or asked of
// chat.getPermalink — is where the ticket links back to.
func (a *Adapter) fromShortcut(ic *slack.InteractionCallback) task {
	if ic.CallbackID != ShortcutDelegate || ic.Team.ID == "" || ic.User.ID == "" || ic.TriggerID == "" {
		a.log.Info("interaction ignored", "type", string(ic.Type), "callback", ic.CallbackID)
		return nil
	}
	e := &bot.Event{
		ID:      "sc:" + ic.TriggerID,
		User:    user(ic.Team.ID, ic.User.ID),
		Command: cmdDelegateForm,
		Trigger: ic.TriggerID,
		Time:    time.Now(),
	}
	channel, ts := ic.Channel.ID, ic.Message.Timestamp
	if ic.Type == slack.InteractionTypeMessageAction && channel != "" && ts != "" {
		e.Channel = channel
		e.Message = ref(channel, ts)
		e.Text = ic.Message.Text
		e.Link = permalink(ic.Team.Domain, channel, ts, ic.Message.ThreadTimestamp)
	}
	return func(ctx context.Context) error {
		if e.Channel != "" {
			e.ChannelKind = a.channelKind(ctx, ic.Team.ID, e.Channel)
			if e.Link == "" {
				e.Link = a.permalink(ctx, e.Channel, ts)
			}
		}
		return a.serve(ctx, e)
	}
}

// permalink builds a message's permalink as Slack writes them:
// https://DOMAIN.slack.com/archives/CHANNEL/pTS (the ts without its dot),
// with thread_ts for a reply. Without a domain it returns "".
func permalink(domain, channel, ts, thread string) string {
	if !slackDomain(domain) || !slackID(channel) || !slackTS(ts) {
		return ""
	}
	u := "https://" + domain + ".slack.com/archives/" + channel + "/p" + strings.ReplaceAll(ts, ".", "")
	if thread != "" && thread != ts && slackTS(thread) {
		u += "?thread_ts=" + thread + "&cid=" + channel
	}
	return u
}

// permalink asks chat.getPermalink; a failure leaves the ticket without a link.
func (a *Adapter) permalink(ctx context.Context, channel, ts string) string {
	u, err := withRetry(ctx, a, "chat.getPermalink", func() (string, error) {
		return a.api.GetPermalinkContext(ctx, &slack.PermalinkParameters{Channel: channel, Ts: ts})
	})
	if err != nil {
		a.log.Warn("no permalink", "channel", channel, "err", err)
		return ""
	}
	return u
}

func slackID(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		if !('A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

func slackDomain(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func slackTS(s string) bool {
	sec, frac, ok := strings.Cut(s, ".")
	return ok && sec != "" && frac != "" && strings.Trim(sec+frac, "0123456789") == ""
}
