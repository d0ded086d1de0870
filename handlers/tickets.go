package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// pageSize is how many tickets one listing shows.
const pageSize = 20

// Tickets lists tickets: /tickets [open|mine|all|overdue|<status>|@user]
// [after DEL-n]. Executives see only their own tickets; assistants and admins
// see the workspace's.
func (h *Handlers) Tickets(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	return h.list(ctx, w, e, e.Text)
}

func (h *Handlers) list(ctx context.Context, w *bot.Writer, e *bot.Event, args string) error {
	which, rest := splitArgs(strings.ToLower(args))
	if which == "" {
		which = "open"
	}
	var after int64
	if word, id := splitArgs(rest); word == "after" {
		n, err := delegatebot.ParseTicketID(id)
		if err != nil {
			return err
		}
		after = n
	} else if rest != "" {
		return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s", typed(e.User.Platform, "tickets", "[open|mine|all|overdue|waiting|done|@user] [after DEL-n]"))
	}
	u := e.User
	staff := u.Has(delegatebot.RoleAssistant) || u.Has(delegatebot.RoleAdmin)
	mode, err := h.store.QueueMode(ctx, e.Workspace())
	if err != nil {
		return err
	}
	var f storage.Filter
	switch {
	case which == "mine" && u.Has(delegatebot.RoleAssistant):
		f = storage.Filter{Assignee: u.ID}
	case which == "mine":
		f = storage.Filter{Requester: u.ID, Unfinished: true}
	case which == "overdue":
		return h.overdue(ctx, w, e, staff, mode)
	case which == "all":
		f = storage.Filter{}
	case strings.HasPrefix(which, "@") || strings.HasPrefix(which, "<@"):
		if !staff {
			return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only assistants and admins can list other people's tickets.")
		}
		f = storage.Filter{Requester: userArg(args)}
	default:
		st := delegatebot.Status(strings.ReplaceAll(which, " ", "_"))
		if which == "in-progress" {
			st = delegatebot.StatusInProgress
		}
		if !st.Valid() {
			return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s", typed(e.User.Platform, "tickets", "[open|mine|all|overdue|waiting|done|@user] [after DEL-n]"))
		}
		f = storage.Filter{Status: st}
	}
	switch {
	case !staff:
		f.Requester = u.ID // executives see their own tickets only
	case mode == storage.QueuePairs && !u.Has(delegatebot.RoleAdmin) && f.Assignee == "":
		f.Requesters = append(u.Supports, u.ID) // assistants see the executives they support
	}
	ts, next, err := h.store.ListTickets(ctx, e.Workspace(), f, after, pageSize)
	if err != nil {
		return err
	}
	var head, foot []bot.Text
	if len(ts) == 0 {
		head = append(head, bot.Plain("No tickets."))
	}
	if next != 0 {
		foot = append(foot, bot.Plain(fmt.Sprintf("More: /tickets %s after %s", which, delegatebot.TicketID(next))))
	}
	w.Reply(shownList(head, ts, foot, h.where(ctx, e.Workspace(), e.User.Platform)))
	return nil
}

func (h *Handlers) overdue(ctx context.Context, w *bot.Writer, e *bot.Event, staff bool, mode string) error {
	ts, err := h.store.Overdue(ctx, e.Workspace(), e.Now(), 200)
	if err != nil {
		return err
	}
	var head []bot.Text
	var visible []*delegatebot.Ticket
	for _, t := range ts {
		if canSee(e.User, t, mode) == nil && (staff || t.Requester == e.User.ID) {
			visible = append(visible, t)
		}
	}
	if len(visible) == 0 {
		head = []bot.Text{bot.Plain("Nothing is overdue.")}
	}
	w.Reply(shownList(head, visible, nil, h.where(ctx, e.Workspace(), e.User.Platform)))
	return nil
}

// userArg extracts a user id from "@bob", "<@U123>" or "<@U123|bob>".
func userArg(s string) string { return idArg(s, "@") }

// channelArg extracts a channel id from "#queue", "<#C123>" or "<#C123|name>".
func channelArg(s string) string { return idArg(s, "#") }

// idArg extracts the id from the first word of s, written bare, with its
// sigil, or in Slack's <sigil id|label> markup.
func idArg(s, sigil string) string {
	s, _ = splitArgs(s)
	s = strings.TrimPrefix(strings.TrimSuffix(s, ">"), "<")
	s = strings.TrimPrefix(s, sigil)
	if i := strings.IndexByte(s, '|'); i >= 0 {
		s = s[:i]
	}
	return s
}
