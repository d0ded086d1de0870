package slack

import (
	"context"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/slack-go/slack"
)

// homeSection is one part of the App Home: a heading and the command whose
// answer fills it.
type homeSection struct {
	heading       string
	command, args string
}

// homeSections picks what a user's App Home shows from their roles:
// executives their unfinished and finished requests, assistants the queue and
// their claimed work, admins the channels approved for PHI.
func homeSections(u delegatebot.User) []homeSection {
	var out []homeSection
	if u.Has(delegatebot.RoleAssistant) {
		out = append(out,
			homeSection{"Queue: open tickets", "tickets", "open"},
			homeSection{"Claimed by you", "tickets", "mine"})
	} else if u.Has(delegatebot.RoleExecutive) {
		out = append(out,
			homeSection{"Your open requests", "tickets", "mine"},
			homeSection{"Your finished requests", "tickets", "done"})
	}
	if u.Has(delegatebot.RoleAdmin) {
		out = append(out, homeSection{"Channels approved for PHI", "phi", "list"},
			homeSection{"Oversight report", "report", ""})
	}
	if len(out) == 0 {
		out = append(out, homeSection{"How to use delegatebot", "help", ""})
	}
	return out
}

// publishHome builds the user's App Home tab and publishes it with
// views.publish. Every string on it — headings included — is a bot reply
// produced through the Bot, so it passes the PHI guard for a DM to the user
// (who alone sees the tab) exactly like any other message: the sections are
// answered by the same handlers as the typed commands, into a collecting
// Sender instead of Slack.
func (a *Adapter) publishHome(ctx context.Context, ws, userID, channel string) {
	u := user(ws, userID)
	if a.cfg.Bot.Users != nil {
		if err := a.cfg.Bot.Users.Identify(ctx, &u); err != nil {
			a.log.Error("app home: identify user", "workspace", ws, "user", userID, "err", err)
			return
		}
	}
	loc := a.location(ctx, ws, userID)
	view := &homeView{}
	dest := bot.Destination{Platform: Platform, Workspace: ws, Channel: channel, Kind: phi.KindDM, User: userID}
	for _, s := range homeSections(u) {
		view.heading = true
		if err := a.cfg.Bot.Send(ctx, view, dest, bot.Reply{Text: bot.Plain(s.heading)}); err != nil {
			a.log.Error("app home: heading", "workspace", ws, "user", userID, "err", err)
		}
		view.heading = false
		e := &bot.Event{User: user(ws, userID), Channel: channel, ChannelKind: phi.KindDM,
			Command: s.command, Text: s.args, Time: time.Now(), Location: loc}
		if err := a.cfg.Bot.Serve(ctx, e, view); err != nil {
			a.log.Error("app home: section", "workspace", ws, "user", userID, "command", s.command, "err", err)
		}
	}
	req := slack.PublishViewContextRequest{UserID: userID, View: slack.HomeTabViewRequest{
		Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: view.blocks()},
	}}
	if _, err := withRetry(ctx, a, "views.publish", func() (*slack.ViewResponse, error) {
		return a.api.PublishViewContext(ctx, req)
	}); err != nil {
		a.log.Error("app home not published", "workspace", ws, "user", userID, "err", err)
	}
}

// homeView is a bot.Sender that collects the App Home's cleared parts
// instead of sending them.
type homeView struct {
	mu      sync.Mutex
	heading bool // what is being collected: a heading or a section's body
	parts   []homePart
}

type homePart struct {
	heading bool
	m       bot.Outgoing
}

// Send implements bot.Sender.
func (h *homeView) Send(_ context.Context, m bot.Outgoing) (string, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.parts = append(h.parts, homePart{h.heading, m})
	return "", nil
}

// ChannelKind implements bot.Sender: the App Home is seen by its user alone.
func (h *homeView) ChannelKind(context.Context, bot.Destination) (phi.Kind, error) {
	return phi.KindDM, nil
}

// maxHomeBlocks is Slack's limit of blocks in a view.
const maxHomeBlocks = 100

func (h *homeView) blocks() []slack.Block {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []slack.Block
	for i, p := range h.parts {
		var bs []slack.Block
		switch {
		case p.heading:
			if i > 0 {
				bs = append(bs, slack.NewDividerBlock())
			}
			bs = append(bs, slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, truncate(p.m.Text(), 150), false, false)))
		default:
			if t := p.m.Spans(); len(t) > 0 {
				bs = append(bs, section(mrkdwn(t, maxSectionText)))
			}
			if c := p.m.Card(); c != nil {
				c.Buttons = nil // clicks in a view have no message to update
				bs = append(bs, cardBlocks(c)...)
			}
		}
		if len(out)+len(bs) > maxHomeBlocks {
			break
		}
		out = append(out, bs...)
	}
	return out
}
