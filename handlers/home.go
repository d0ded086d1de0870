package handlers

import (
	"context"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// cmdHome is the hidden command that fills one section of a user's home
// surface (Slack's App Home).
const cmdHome = "home"

// The sections of the home surface (the first argument of "home").
const (
	HomeRequests = "requests" // the executive's unfinished requests
	HomeAssigned = "assigned" // the tickets the user holds
	HomeQueue    = "queue"    // open tickets the user may claim
	HomeOverdue  = "overdue"  // unfinished tickets past due (admins)
)

// homePageSize is how many tickets a home section shows at once; a view
// holds at most 100 blocks.
const homePageSize = 5

// Home answers "home <section> [after DEL-n]": a card per ticket, with the
// buttons its status allows, and a card with page buttons when there is
// more. Every card passes the guard like any reply.
func (h *Handlers) Home(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	section, rest := splitArgs(strings.ToLower(e.Text))
	var after int64
	if word, id := splitArgs(rest); word == "after" {
		n, err := delegatebot.ParseTicketID(id)
		if err != nil {
			return err
		}
		after = n
	}
	u := e.User
	mode, err := h.store.QueueMode(ctx, e.Workspace())
	if err != nil {
		return err
	}
	var f storage.Filter
	switch section {
	case HomeRequests:
		f = storage.Filter{Requester: u.ID, Unfinished: true}
	case HomeAssigned:
		f = storage.Filter{Assignee: u.ID, Unfinished: true}
	case HomeQueue:
		if !u.Has(delegatebot.RoleAssistant) && !u.Has(delegatebot.RoleAdmin) {
			return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only assistants and admins see the team queue.")
		}
		f = storage.Filter{Status: delegatebot.StatusOpen}
		if mode == storage.QueuePairs && !u.Has(delegatebot.RoleAdmin) {
			f.Requesters = append(u.Supports, u.ID)
		}
	case HomeOverdue:
		if !u.Has(delegatebot.RoleAdmin) {
			return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only admins see every overdue ticket.")
		}
		ts, err := h.store.Overdue(ctx, e.Workspace(), e.Now(), homePageSize)
		if err != nil {
			return err
		}
		homeCards(w, e, ts, section, after, 0)
		return nil
	default:
		return delegatebot.Errorf(delegatebot.EINVALID, "Unknown home section.")
	}
	ts, next, err := h.store.ListTickets(ctx, e.Workspace(), f, after, homePageSize)
	if err != nil {
		return err
	}
	homeCards(w, e, ts, section, after, next)
	return nil
}

// homeCards writes ts as cards and, when the section has other pages, a
// card with buttons to reach them.
func homeCards(w *bot.Writer, e *bot.Event, ts []*delegatebot.Ticket, section string, after, next int64) {
	if len(ts) == 0 {
		w.Reply(bot.Reply{Text: bot.Plain("Nothing here.")})
	}
	for _, t := range ts {
		w.Reply(shown(bot.Reply{Card: card(t, &e.User)}, t, nil, bot.Plain("a channel approved for PHI")))
	}
	if after == 0 && next == 0 {
		return
	}
	pager := &bot.Card{Title: bot.Plain("More tickets")}
	if after != 0 {
		pager.Buttons = append(pager.Buttons, bot.Button{Action: cmdHome, Label: "First page", Value: section})
	}
	if next != 0 {
		pager.Buttons = append(pager.Buttons, bot.Button{Action: cmdHome, Label: "Next page",
			Value: section + " after " + delegatebot.TicketID(next), Style: delegatebot.StylePrimary})
	}
	w.Reply(bot.Reply{Card: pager})
}
