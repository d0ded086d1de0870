package handlers

import (
	"context"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// transition returns the handler of a life-cycle command (/claim DEL-1,
// /done DEL-1 booked for Thursday, ...). Who may do what:
//
//	claim                       assistants (the command table checks the role)
//	start, wait, done, release  the ticket's assignee (release: admins too)
//	cancel                      the ticket's requester and admins
//
// The check runs inside the store's transaction, against the ticket as it is
// at that moment. The queue mode and the guidelines acknowledgement come
// from the event's one read pipeline (storage.WithEvent), so a claim of a
// ticket this process last wrote costs that pipeline and the transition
// script. The requester is notified of every change made by someone
// else; a click on a card updates the card in place.
func (h *Handlers) transition(a delegatebot.Action) bot.HandlerFunc {
	args := "DEL-12"
	if a == delegatebot.ActionDone {
		args += " [note]"
	}
	return func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		n, note, err := ticketNumber(e.Text, typed(e.User.Platform, string(a), args))
		if err != nil {
			return err
		}
		mode, err := h.store.QueueMode(ctx, e.Workspace())
		if err != nil {
			return err
		}
		acked, err := h.ackGate(ctx, e, a)
		if err != nil {
			return err
		}
		t, err := h.store.Transition(ctx, e.Workspace(), n, storage.Change{
			Action: a, Actor: e.User.ID, Channel: e.Channel, Note: note,
			Authorize: func(t *delegatebot.Ticket) error {
				if err := acked(t); err != nil {
					return err
				}
				return mayChange(e.User, a, t, mode)
			},
		})
		if err != nil {
			return err
		}
		where := h.where(ctx, t.Workspace, e.User.Platform)
		head := bot.Textf("%s %s by %s.", t.ID(), a.Past(), mention(e.User.ID))
		r := shown(bot.Reply{Text: head, Card: card(t, &e.User)}, t, head, where)
		if e.Card != "" {
			w.Update(e.Card, r)
		} else {
			w.Reply(r)
		}
		if t.Requester != e.User.ID {
			msg := bot.Textf("%s was %s by %s: %s", t.ID(), a.Past(), mention(e.User.ID), summary(t))
			if note != "" {
				msg = msg.Append(bot.Plain("\nNote: " + note))
			}
			w.Notify(t.Requester, shown(bot.Reply{Text: msg}, t,
				bot.Textf("%s was %s by %s: ", t.ID(), a.Past(), mention(e.User.ID)).Append(brief(t, where)), where))
		}
		return nil
	}
}

// mayChange says whether u may apply a to t; see transition.
func mayChange(u delegatebot.User, a delegatebot.Action, t *delegatebot.Ticket, mode string) error {
	spec, _ := a.Spec()
	if t.Status.Final() {
		return nil // the life cycle explains that it is finished
	}
	switch a {
	case delegatebot.ActionClaim:
		if mode == storage.QueuePairs && !u.Assists(t.Requester) {
			return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only assistants supporting %s can claim %s.", mention(t.Requester), t.ID())
		}
		return nil // the life cycle decides the rest
	case delegatebot.ActionCancel:
		if u.ID == t.Requester || u.Has(delegatebot.RoleAdmin) {
			return nil
		}
		return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only %s (who asked) or an admin can cancel %s.", mention(t.Requester), t.ID())
	case delegatebot.ActionRelease:
		if u.Has(delegatebot.RoleAdmin) && t.Assignee != "" {
			return nil
		}
	}
	if t.Assignee == "" {
		return nil // an open ticket: the life cycle explains that it is unclaimed
	}
	if u.ID != t.Assignee {
		return delegatebot.Errorf(delegatebot.EFORBIDDEN, "%s is claimed by %s; only they can %s it.", t.ID(), mention(t.Assignee), spec.Verb)
	}
	return nil
}

// Note adds a note to a ticket: its requester, its assignee, assistants and
// admins may.
func (h *Handlers) Note(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	n, text, err := ticketNumber(e.Text, typed(e.User.Platform, "note", "DEL-12 text"))
	if err != nil {
		return err
	}
	if text == "" {
		return delegatebot.Errorf(delegatebot.EINVALID, "Write the note after the ticket id: %s", typed(e.User.Platform, "note", "DEL-12 text"))
	}
	mode, err := h.store.QueueMode(ctx, e.Workspace())
	if err != nil {
		return err
	}
	// Access is checked on the ticket as the note is written: an assignee
	// who was just replaced can no longer add one.
	t, err := h.store.AddNote(ctx, e.Workspace(), n, delegatebot.Note{Author: e.User.ID, Text: text}, e.Channel,
		func(t *delegatebot.Ticket) error { return canSee(e.User, t, mode) })
	if err != nil {
		return err
	}
	w.Reply(bot.Reply{Text: bot.Plain("Note added to " + t.ID() + ".")})
	where := h.where(ctx, t.Workspace, e.User.Platform)
	for _, u := range []string{t.Requester, t.Assignee} {
		if u != "" && u != e.User.ID {
			w.Notify(u, shown(bot.Reply{Text: bot.Textf("%s added a note to %s: %s", mention(e.User.ID), t.ID(), text)}, t,
				bot.Textf("%s added a note to %s — %s", mention(e.User.ID), t.ID(), withheld(t, where)), where))
		}
	}
	return nil
}
