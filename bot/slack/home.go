package slack

import (
	"context"
	"errors"
	"strconv"
	"strings"
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

// homeSections picks what a user's App Home shows from their roles, each
// section a page of ticket cards with their buttons (the hidden "home"
// command): executives their requests, assistants the tickets they hold and
// the team queue, admins the channels approved for PHI and what is overdue.
// page ("queue after DEL-12") turns one section to another page.
func homeSections(u delegatebot.User, page string) []homeSection {
	var out []homeSection
	if u.Has(delegatebot.RoleExecutive) {
		out = append(out, homeSection{"My requests", "home", "requests"})
	}
	if u.Has(delegatebot.RoleAssistant) {
		out = append(out,
			homeSection{"My queue", "home", "assigned"},
			homeSection{"Team queue", "home", "queue"})
	}
	if u.Has(delegatebot.RoleAdmin) {
		out = append(out,
			homeSection{"Admin: channels approved for PHI", "phi", "list"},
			homeSection{"Admin: overdue tickets", "home", "overdue"},
			homeSection{"Admin: oversight report", "report", ""})
	}
	if len(out) == 0 {
		out = append(out, homeSection{"How to use delegatebot", "help", ""})
	}
	if name, _, _ := strings.Cut(page, " "); name != "" {
		for i, s := range out {
			if s.command == "home" && s.args == name {
				out[i].args = page
			}
		}
	}
	return out
}

// publishHome builds the user's App Home tab and publishes it with
// views.publish. Every string on it — headings included — is a bot reply
// produced through the Bot, so it passes the PHI guard for a DM to the user
// (who alone sees the tab) exactly like any other message: the sections are
// answered by the same handlers as the typed commands, into a collecting
// Sender instead of Slack.
func (a *Adapter) publishHome(ctx context.Context, ws, userID, channel, page string) {
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
	for _, s := range homeSections(u, page) {
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
				for _, b := range cardBlocks(c) {
					if ab, ok := b.(*slack.ActionBlock); ok && ab.BlockID != "" {
						// A ticket may show in two sections; block ids must differ.
						ab.BlockID += "#" + strconv.Itoa(i)
					}
					bs = append(bs, b)
				}
			}
		}
		if len(out)+len(bs) > maxHomeBlocks {
			break
		}
		out = append(out, bs...)
	}
	return out
}

// fromHomeClick handles a button on the App Home: "home" buttons turn a
// section's page; any other runs its command on the ticket like a click on a
// card (answers go to the user's DM, as the tab is no conversation), and
// then the tab is published again to show the change.
func (a *Adapter) fromHomeClick(ic *slack.InteractionCallback) task {
	ws, userID := ic.Team.ID, ic.User.ID
	var page string
	var events []*bot.Event
	for _, act := range ic.ActionCallback.BlockActions {
		if act == nil || act.ActionID == "" {
			continue
		}
		cmd := strings.ToLower(act.ActionID)
		if cmd == "home" {
			page = act.Value
			continue
		}
		e := &bot.Event{User: user(ws, userID), Command: cmd, Text: act.Value, Time: time.Now(), Trigger: ic.TriggerID}
		if act.ActionTs != "" {
			e.ID = "act:" + userID + ":" + act.ActionTs
		}
		events = append(events, e)
	}
	return func(ctx context.Context) error {
		var errs []error
		for _, e := range events {
			e.ChannelKind = phi.KindDM
			errs = append(errs, a.serve(ctx, e))
		}
		a.publishHome(ctx, ws, userID, "", page)
		return errors.Join(errs...)
	}
}
