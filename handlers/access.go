package handlers

import (
	"context"
	"sort"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// canSee allows a ticket's requester and assignee, admins, and assistants:
// all of them in the team queue mode, only those supporting the requester in
// the pairs mode.
func canSee(u delegatebot.User, t *delegatebot.Ticket, mode string) error {
	switch {
	case u.ID == t.Requester || u.ID == t.Assignee || u.Has(delegatebot.RoleAdmin):
		return nil
	case u.Has(delegatebot.RoleAssistant) && (mode != storage.QueuePairs || u.Assists(t.Requester)):
		return nil
	case u.Has(delegatebot.RoleAssistant):
		return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only assistants supporting %s can see %s.", mention(t.Requester), t.ID())
	}
	return delegatebot.Errorf(delegatebot.EFORBIDDEN, "%s belongs to someone else.", t.ID())
}

// visibleTicket loads ticket n for the event's user, or refuses (canSee).
func (h *Handlers) visibleTicket(ctx context.Context, e *bot.Event, n int64) (*delegatebot.Ticket, error) {
	t, err := h.store.FindTicket(ctx, e.Workspace(), n)
	if err != nil {
		return nil, err
	}
	mode, err := h.store.QueueMode(ctx, e.Workspace())
	if err != nil {
		return nil, err
	}
	return t, canSee(e.User, t, mode)
}

// Role grants or revokes a role (admins): /role grant|revoke @user ROLE.
func (h *Handlers) Role(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	usage := "Usage: " + typed(e.User.Platform, "role", "grant|revoke @user executive|assistant|admin")
	f := strings.Fields(e.Text)
	if len(f) != 3 || (f[0] != "grant" && f[0] != "revoke") {
		return delegatebot.Errorf(delegatebot.EINVALID, "%s", usage)
	}
	role, ok := delegatebot.ParseRole(strings.ToLower(f[2]))
	if !ok {
		return delegatebot.Errorf(delegatebot.EINVALID, "%s", usage)
	}
	user := userArg(f[1])
	on := f[0] == "grant"
	if !on && user == e.User.ID && role == delegatebot.RoleAdmin {
		return delegatebot.Errorf(delegatebot.EINVALID, "You cannot revoke your own admin role; ask another admin.")
	}
	if v, ok := h.users.configured(user, role); ok {
		switch {
		case on && v == anyoneExecutive:
			w.Reply(bot.Reply{Text: bot.Textf("Anyone may delegate while DELEGATEBOT_EXECUTIVES is empty; %s already can.", mention(user))})
			return nil
		case on:
			w.Reply(bot.Reply{Text: bot.Textf("%s is already an %s (configured in %s).", mention(user), role, v)})
			return nil
		case v == anyoneExecutive:
			return delegatebot.Errorf(delegatebot.EINVALID, "Anyone may delegate while DELEGATEBOT_EXECUTIVES is empty; list the executives there instead.")
		}
		return delegatebot.Errorf(delegatebot.EINVALID, "%s is an %s by configuration: remove them from %s (and restart) to revoke it.", mention(user), role, v)
	}
	a, err := h.store.Access(ctx, e.Workspace(), user)
	if err != nil {
		return err
	}
	switch has := hasRole(a.Roles, role); {
	case on && has:
		w.Reply(bot.Reply{Text: bot.Textf("%s is already an %s.", mention(user), role)})
		return nil
	case !on && !has:
		w.Reply(bot.Reply{Text: bot.Textf("%s is not an %s; nothing to revoke.", mention(user), role)})
		return nil
	}
	if err := h.store.SetRole(ctx, e.Workspace(), user, role, on, e.User.ID); err != nil {
		return err
	}
	verb := "now"
	if !on {
		verb = "no longer"
	}
	w.Reply(bot.Reply{Text: bot.Textf("%s is %s an %s.", mention(user), verb, role)})
	return nil
}

// support pairs or unpairs an assistant with an executive (admins):
// /support @assistant @executive.
func (h *Handlers) support(on bool) bot.HandlerFunc {
	return func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		f := strings.Fields(e.Text)
		if len(f) != 2 {
			return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s", typed(e.User.Platform, e.Command, "@assistant @executive"))
		}
		a, x := userArg(f[0]), userArg(f[1])
		if err := h.store.SetSupport(ctx, e.Workspace(), a, x, on, e.User.ID); err != nil {
			return err
		}
		if on {
			w.Reply(bot.Reply{Text: bot.Textf("%s now supports %s.", mention(a), mention(x))})
		} else {
			w.Reply(bot.Reply{Text: bot.Textf("%s no longer supports %s.", mention(a), mention(x))})
		}
		return nil
	}
}

// Clearance grants or revokes PHI clearance (admins): /clearance
// grant|revoke @user; answers requests for it (admins): /clearance requests,
// /clearance approve|deny @user; and lets anyone who sees a ticket redacted
// ask for it: /clearance request DEL-n (the card's button sends /clearance
// DEL-n).
func (h *Handlers) Clearance(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	f := strings.Fields(e.Text)
	switch {
	case len(f) == 2 && f[0] == "request":
		return h.requestClearance(ctx, w, e, f[1])
	case len(f) == 1 && bot.IsTicketID(f[0]):
		return h.requestClearance(ctx, w, e, f[0])
	}
	if err := e.User.Require("manage PHI clearance", delegatebot.RoleAdmin); err != nil {
		return err
	}
	switch {
	case len(f) == 1 && f[0] == "requests":
		return h.clearanceRequests(ctx, w, e)
	case len(f) == 2 && (f[0] == "approve" || f[0] == "deny"):
		return h.decideClearance(ctx, w, e, userArg(f[1]), f[0] == "approve")
	}
	if len(f) != 2 || (f[0] != "grant" && f[0] != "revoke") {
		return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s", typed(e.User.Platform, "clearance", "request DEL-n | requests | approve|deny|grant|revoke @user"))
	}
	user, on := userArg(f[1]), f[0] == "grant"
	if err := h.store.SetClearance(ctx, e.Workspace(), user, on, e.User.ID); err != nil {
		return err
	}
	if on {
		w.Reply(bot.Reply{Text: bot.Textf("%s may now see requests' original text, in approved channels.", mention(user))})
	} else {
		w.Reply(bot.Reply{Text: bot.Textf("%s now sees requests redacted.", mention(user))})
	}
	return nil
}

// Queue sets who sees the queue (admins): /queue team|pairs.
func (h *Handlers) Queue(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	mode := strings.ToLower(strings.TrimSpace(e.Text))
	if mode == "" {
		m, err := h.store.QueueMode(ctx, e.Workspace())
		if err != nil {
			return err
		}
		w.Reply(bot.Reply{Text: bot.Plain("The queue is in " + m + " mode.")})
		return nil
	}
	if err := h.store.SetQueueMode(ctx, e.Workspace(), mode, e.User.ID); err != nil {
		return err
	}
	if mode == storage.QueuePairs {
		w.Reply(bot.Reply{Text: bot.Plain("Assistants now see and claim only the tickets of the executives they support.")})
	} else {
		w.Reply(bot.Reply{Text: bot.Plain("Every assistant now sees and may claim every ticket.")})
	}
	return nil
}

// Roles lists role grants, clearance and support pairs made in chat (admins).
func (h *Handlers) Roles(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	g, err := h.store.Grants(ctx, e.Workspace())
	if err != nil {
		return err
	}
	users := make([]string, 0, len(g))
	for u := range g {
		users = append(users, u)
	}
	sort.Strings(users)
	text := bot.Plain("Granted in chat (configuration may add more):")
	if len(users) == 0 {
		text = text.Append(bot.Plain(" nothing yet."))
	}
	for _, u := range users {
		a := g[u]
		parts := make([]string, 0, 3)
		for _, r := range a.Roles {
			parts = append(parts, string(r))
		}
		if a.Cleared {
			parts = append(parts, "PHI clearance")
		}
		line := bot.Textf("\n%s: %s", mention(u), strings.Join(parts, "; "))
		for i, x := range a.Supports {
			sep := ", "
			if i == 0 && len(parts) > 0 {
				sep = "; supports "
			} else if i == 0 {
				sep = "supports "
			}
			line = line.Append(bot.Textf("%s%s", sep, mention(x)))
		}
		text = text.Append(line)
	}
	w.Reply(bot.Reply{Text: text})
	return nil
}

// roleVariable names the variable that configures each role.
var roleVariable = map[delegatebot.Role]string{
	delegatebot.RoleAdmin:     "DELEGATEBOT_ADMINS",
	delegatebot.RoleAssistant: "DELEGATEBOT_ASSISTANTS",
	delegatebot.RoleExecutive: "DELEGATEBOT_EXECUTIVES",
}

// anyoneExecutive is configured's answer for the executive role of anyone
// while no executive is listed.
const anyoneExecutive = "DELEGATEBOT_EXECUTIVES (empty)"

// configured reports whether user holds role by configuration, and names
// the variable: chat cannot revoke it. A nil directory configures nothing.
func (d *Directory) configured(user string, role delegatebot.Role) (string, bool) {
	switch {
	case d == nil:
		return "", false
	case hasRole(d.config[user], role):
		return roleVariable[role], true
	case role == delegatebot.RoleExecutive && d.anyoneExecs:
		return anyoneExecutive, true
	}
	return "", false
}
