package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// Delegate turns a message into a ticket: it parses the request, stores the
// ticket (original text, its redacted form and only the fields the message
// stated), answers the requester and posts a card to the assistants' queue.
// When something essential is missing it asks first, and when the parse is
// unsure it shows what it understood and asks for confirmation (dialogue.go).
// A free-text message may also answer such a question or edit the ticket
// just opened ("actually make it 4pm"). Messages that are not requests get a
// short answer and no ticket.
func (h *Handlers) Delegate(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if err := e.User.Require("delegate work", delegatebot.RoleExecutive); err != nil {
		return err
	}
	text := strings.TrimSpace(e.Text)
	if text == "" && e.Command != "" && w.CanForm() {
		return h.DelegateForm(ctx, w, e) // "/delegate" alone opens the form
	}
	if text == "" {
		return delegatebot.Errorf(delegatebot.EINVALID, "Tell me what you need, e.g. \"move my board meeting to Thursday at 3\".")
	}
	if e.Command == "" {
		if done, err := h.continueDialogue(ctx, w, e, text); done || err != nil {
			return err
		}
	} else if err := h.store.DropPending(ctx, e.Workspace(), e.User.ID, e.Channel); err != nil {
		return err
	}
	req, err := h.parser.Parse(ctx, text, e.Now())
	if err != nil {
		return fmt.Errorf("parse request: %w", err)
	}
	switch req.Intent {
	case delegatebot.IntentNone:
		if req.Confidence < confirmBelow {
			// Unsure it is chatter: ask about the likeliest ask instead.
			if g, ok, _ := intents.Guess(ctx, text, e.Now()); ok {
				g.Confidence = min(g.Confidence, req.Confidence)
				return h.askConfirm(ctx, w, e, storage.Pending{Text: text, Request: g, Source: source(e), Zone: e.Now().Location().String()})
			}
		}
		w.Reply(bot.Reply{Text: bot.Plain("Noted. To delegate something, tell me what you need, e.g. \"draft a reply to Dr. Kim\". /help lists the commands.")})
		return nil
	case delegatebot.IntentStatus:
		return h.list(ctx, w, e, "mine")
	}
	p := storage.Pending{Text: text, Request: req, Source: source(e), Zone: e.Now().Location().String()}
	if req.Confidence < confirmBelow {
		return h.askConfirm(ctx, w, e, p)
	}
	return h.askOrCreate(ctx, w, e, p)
}

func source(e *bot.Event) delegatebot.Source {
	return delegatebot.Source{Platform: e.User.Platform, Channel: e.Channel, Thread: e.Thread, Message: e.Message}
}

// create opens the ticket of a complete (or given-up-on) request.
func (h *Handlers) create(ctx context.Context, w *bot.Writer, e *bot.Event, p storage.Pending) error {
	req := p.Request
	t := &delegatebot.Ticket{
		Workspace:       e.Workspace(),
		Requester:       e.User.ID,
		Intent:          req.Intent,
		Subject:         req.Subject,
		People:          req.People,
		Text:            p.Text,
		When:            req.When,
		Due:             req.Due,
		Priority:        req.Priority,
		DurationMinutes: req.DurationMinutes,
		Source:          p.Source,
	}
	t.Source.Event = e.ID
	h.protect(t)
	detail := ""
	if t.HasPHI() {
		counts := map[phi.Type]int{}
		for _, v := range t.PHI {
			counts[phi.Type(v.Type)]++
		}
		detail = phi.Decision{Action: "scan", Counts: counts}.Detail()
	}
	existing, err := h.store.CreateTicket(ctx, t, detail)
	if err != nil {
		return err
	}
	if existing {
		// A redelivered event: the ticket exists; say so again, post nothing new.
		where := h.where(ctx, t.Workspace, e.User.Platform)
		w.Reply(shown(bot.Reply{Text: summary(t)}, t, bot.Plain("Opened ").Append(brief(t, where)), where))
		return nil
	}
	h.plan(ctx, t)
	// The ticket exists now: a failure from here on must not make the
	// platform redeliver the event, so it is logged, not returned.
	if err := h.store.SetRecent(ctx, e.Workspace(), e.User.ID, e.Channel, t.Number, recentTTL); err != nil {
		slog.Error("remember recent ticket", "workspace", t.Workspace, "ticket", t.ID(), "err", err)
	}
	where := h.where(ctx, t.Workspace, e.User.Platform)
	w.Reply(shown(bot.Reply{Text: summary(t)}, t, bot.Plain("Opened ").Append(brief(t, where)), where))
	if q := h.queues[e.User.Platform]; q != "" {
		head := bot.Textf("New request %s from %s", t.ID(), mention(t.Requester))
		w.Post(q, shown(bot.Reply{Text: head, Card: card(t, nil)}, t, head, where))
	}
	h.drafter.Draft(ctx, w, e, t, h.queues[e.User.Platform])
	return nil
}

// Status shows one ticket to those who may see it (see canSee).
func (h *Handlers) Status(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	n, _, err := ticketNumber(e.Text, typed(e.User.Platform, "status", "DEL-12"))
	if err != nil {
		return err
	}
	t, err := h.visibleTicket(ctx, e, n)
	if err != nil {
		return err
	}
	w.Reply(shown(bot.Reply{Card: card(t, &e.User)}, t, nil, h.where(ctx, t.Workspace, e.User.Platform)))
	return nil
}
