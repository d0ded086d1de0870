package handlers

import (
	"context"
	"sort"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// Access on request: someone who may see a ticket but sees it redacted (an
// assistant without PHI clearance) gets a "Request PHI access" button on its
// card and /clearance request DEL-n. The admins get the request by direct
// message — the ticket id and its PHI types, never PHI — and approve or deny
// it with /clearance approve|deny @user. Each step is audited.

// clearanceAction is the card button that asks for clearance: the adapter
// sends it back as /clearance DEL-n.
const clearanceAction = "clearance"

// needsClearance reports whether viewer sees t redacted and could ask for
// more.
func needsClearance(t *delegatebot.Ticket, viewer *delegatebot.User) bool {
	return viewer != nil && !viewer.Cleared && viewer.ID != t.Requester && t.HasPHI()
}

// offerClearance adds the button and its typed form to c, a card of t for
// viewer, when viewer sees t redacted.
func offerClearance(c *bot.Card, t *delegatebot.Ticket, viewer *delegatebot.User) {
	if !needsClearance(t, viewer) {
		return
	}
	c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("PHI access"),
		Value: bot.Plain("You see this request redacted. To ask an admin for access: /clearance request " + t.ID())})
	c.Buttons = append(c.Buttons, bot.Button{Action: clearanceAction, Label: "Request PHI access"})
}

func (h *Handlers) requestClearance(ctx context.Context, w *bot.Writer, e *bot.Event, id string) error {
	n, err := delegatebot.ParseTicketID(id)
	if err != nil {
		return err
	}
	t, err := h.visibleTicket(ctx, e, n)
	if err != nil {
		return err
	}
	if e.User.Cleared {
		return delegatebot.Errorf(delegatebot.ECONFLICT, "You already have PHI clearance; approved channels show %s in full.", t.ID())
	}
	admins, err := h.users.Admins(ctx, e.Workspace())
	if err != nil {
		return err
	}
	if len(admins) == 0 {
		return delegatebot.Errorf(delegatebot.ENOTFOUND, "There is no admin to ask for PHI clearance.")
	}
	r := storage.ClearanceRequest{User: e.User.ID, Ticket: t.ID(), Types: t.PHITypes()}
	if err := h.store.RequestClearance(ctx, e.Workspace(), r); err != nil {
		return err
	}
	w.Private(bot.Reply{Text: bot.Plain("I asked the admins for PHI clearance for you (" + t.ID() + "). You will hear back here.")})
	types := strings.ToLower(strings.Join(r.Types, ", "))
	for _, a := range admins {
		if a == e.User.ID {
			continue
		}
		w.Notify(a, bot.Reply{Text: bot.Textf("%s asks for PHI clearance to read %s (it contains %s). Answer with /clearance approve %s or /clearance deny %s.",
			mention(e.User.ID), t.ID(), types, mention(e.User.ID), mention(e.User.ID))})
	}
	return nil
}

func (h *Handlers) clearanceRequests(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	rs, err := h.store.ClearanceRequests(ctx, e.Workspace())
	if err != nil {
		return err
	}
	text := bot.Plain("Open requests for PHI clearance:")
	if len(rs) == 0 {
		text = bot.Plain("No open requests for PHI clearance.")
	}
	for _, r := range rs {
		text = text.Append(bot.Textf("\n%s for %s (%s), %s", mention(r.User), r.Ticket,
			strings.ToLower(strings.Join(r.Types, ", ")), r.At.UTC().Format("Jan 2 15:04 UTC")))
	}
	w.Reply(bot.Reply{Text: text})
	return nil
}

func (h *Handlers) decideClearance(ctx context.Context, w *bot.Writer, e *bot.Event, user string, approve bool) error {
	r, err := h.store.DecideClearance(ctx, e.Workspace(), user, approve, e.User.ID)
	if err != nil {
		return err
	}
	if approve {
		w.Reply(bot.Reply{Text: bot.Textf("%s now has PHI clearance (asked for %s).", mention(user), r.Ticket)})
		w.Notify(user, bot.Reply{Text: bot.Textf("%s approved your PHI clearance: %s and other requests show in full in approved channels.", mention(e.User.ID), r.Ticket)})
		return nil
	}
	w.Reply(bot.Reply{Text: bot.Textf("Denied PHI clearance to %s.", mention(user))})
	w.Notify(user, bot.Reply{Text: bot.Textf("%s denied your request for PHI clearance (%s).", mention(e.User.ID), r.Ticket)})
	return nil
}

// Admins lists the admins of ws: configured and granted in chat.
func (d *Directory) Admins(ctx context.Context, ws string) ([]string, error) {
	seen := map[string]bool{}
	for u, roles := range d.config {
		if hasRole(roles, delegatebot.RoleAdmin) {
			seen[u] = true
		}
	}
	g, err := d.store.Grants(ctx, ws)
	if err != nil {
		return nil, err
	}
	for u, a := range g {
		if hasRole(a.Roles, delegatebot.RoleAdmin) {
			seen[u] = true
		}
	}
	out := make([]string, 0, len(seen))
	for u := range seen {
		out = append(out, u)
	}
	sort.Strings(out)
	return out, nil
}
