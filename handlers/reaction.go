package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// The hidden commands of reactions (Slack's reaction_added).
const (
	cmdReact           = "react"
	cmdDelegateMessage = "delegate.message"
)

// DelegateMessage opens a ticket from someone's message that an executive
// marked (the ticket reaction): the message is the request as it stands, so
// nothing is asked first; the executive can correct it with Edit. The
// confirmation goes to the executive's DM, keeping the channel quiet.
func (h *Handlers) DelegateMessage(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	text := strings.TrimSpace(e.Text)
	if text == "" {
		return delegatebot.Errorf(delegatebot.EINVALID, "That message has no text to make a ticket of.")
	}
	req, err := h.parser.Parse(ctx, text, e.Now())
	if err != nil {
		return fmt.Errorf("parse request: %w", err)
	}
	if req.Intent == delegatebot.IntentNone || req.Intent == delegatebot.IntentStatus || !req.Intent.Valid() {
		req.Intent = delegatebot.IntentTask
	}
	if !req.Priority.Valid() {
		req.Priority = delegatebot.PriorityNormal
	}
	p := storage.Pending{Text: text, Request: req, Source: source(e), Zone: e.Now().Location().String()}
	p.Source.Link = e.Link
	e.Channel, e.ChannelKind, e.Thread = "", phi.KindDM, ""
	return h.create(ctx, w, e, p)
}

// React runs a reaction on a ticket's card: "react claim DEL-n" (:eyes:)
// claims it for an assistant, "react done DEL-n" (:white_check_mark:)
// finishes it for its assignee. Anyone else's reaction is only a reaction:
// it does nothing and says nothing.
func (h *Handlers) React(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	action, id := splitArgs(e.Text)
	n, err := delegatebot.ParseTicketID(id)
	if err != nil {
		return nil
	}
	e.Text = delegatebot.TicketID(n)
	switch action {
	case "claim":
		if !e.User.Has(delegatebot.RoleAssistant) {
			return nil
		}
		t, err := h.store.FindTicket(ctx, e.Workspace(), n)
		if err != nil || t.Status != delegatebot.StatusOpen {
			return nil // already taken: the card says by whom
		}
		return h.transition(delegatebot.ActionClaim)(ctx, w, e)
	case "done":
		t, err := h.store.FindTicket(ctx, e.Workspace(), n)
		if err != nil || t.Assignee != e.User.ID || !t.Status.Active() {
			return nil
		}
		return h.transition(delegatebot.ActionDone)(ctx, w, e)
	}
	return nil
}
