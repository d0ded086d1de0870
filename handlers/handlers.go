// Package handlers implements delegatebot's use cases — delegate, claim,
// start, wait, release, done, cancel, note, tickets, status, channel policy and
// help — as bot handlers over the Redis store. Every handler checks the
// caller's role itself; adapters only translate.
package handlers

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/storage"
)

// Config wires the handlers.
type Config struct {
	Store  *storage.Store
	Parser intents.Parser
	// Queues maps a platform ("slack", "teams", "console") to the channel
	// where its new tickets are posted for assistants; a platform without
	// one posts nowhere.
	Queues map[string]string
}

// Handlers holds the dependencies of every use case.
type Handlers struct {
	store  *storage.Store
	parser intents.Parser
	queues map[string]string
}

// New returns the handlers for cfg.
func New(cfg Config) *Handlers {
	return &Handlers{store: cfg.Store, parser: cfg.Parser, queues: cfg.Queues}
}

// Mux returns a router with every command registered; free text delegates.
func (h *Handlers) Mux() *bot.Mux {
	m := bot.NewMux(bot.HandlerFunc(h.Delegate))
	m.HandleFunc("delegate", h.Delegate)
	for _, a := range delegatebot.Actions {
		m.HandleFunc(string(a), h.transition(a))
	}
	m.HandleFunc("note", h.Note)
	m.HandleFunc("tickets", h.Tickets)
	m.HandleFunc("status", h.Status)
	m.HandleFunc("phi", h.Policy)
	m.HandleFunc("help", h.Help)
	m.Ambient = bot.HandlerFunc(h.Observe)
	return m
}

// Roles assigns roles from configuration: lists of platform user ids per
// role. With no executives listed, anyone may delegate.
type Roles struct {
	mu          sync.RWMutex
	byUser      map[string][]delegatebot.Role
	anyoneExecs bool
}

// NewRoles returns Roles from the configured id lists.
func NewRoles(admins, assistants, executives []string) *Roles {
	r := &Roles{byUser: map[string][]delegatebot.Role{}, anyoneExecs: len(executives) == 0}
	r.Grant(delegatebot.RoleAdmin, admins...)
	r.Grant(delegatebot.RoleAssistant, assistants...)
	r.Grant(delegatebot.RoleExecutive, executives...)
	return r
}

// Grant gives role to users.
func (r *Roles) Grant(role delegatebot.Role, users ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, u := range users {
		if u = strings.TrimSpace(u); u != "" && !hasRole(r.byUser[u], role) {
			r.byUser[u] = append(r.byUser[u], role)
		}
	}
}

// RolesOf implements bot.RoleSource.
func (r *Roles) RolesOf(_ context.Context, u delegatebot.User) ([]delegatebot.Role, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	roles := append([]delegatebot.Role(nil), r.byUser[u.ID]...)
	if r.anyoneExecs && !hasRole(roles, delegatebot.RoleExecutive) {
		roles = append(roles, delegatebot.RoleExecutive)
	}
	return roles, nil
}

func hasRole(rs []delegatebot.Role, r delegatebot.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// require returns an EFORBIDDEN error unless u holds one of roles.
func require(u delegatebot.User, what string, roles ...delegatebot.Role) error {
	for _, r := range roles {
		if u.Has(r) {
			return nil
		}
	}
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r) + "s"
	}
	return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only %s can %s.", strings.Join(names, " and "), what)
}

// splitArgs splits command arguments into the first word and the rest.
func splitArgs(s string) (first, rest string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t\n"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i+1:])
	}
	return s, ""
}

// ticketNumber parses the ticket id at the start of args.
func ticketNumber(args, usage string) (n int64, rest string, err error) {
	first, rest := splitArgs(args)
	if first == "" {
		return 0, "", delegatebot.Errorf(delegatebot.EINVALID, "Which ticket? Usage: %s", usage)
	}
	n, err = delegatebot.ParseTicketID(first)
	return n, rest, err
}

// mention formats a user id for chat.
func mention(user string) string { return "@" + user }

// card renders a ticket as a card with the buttons its status allows.
func card(t *delegatebot.Ticket) *bot.Card {
	c := &bot.Card{TicketID: t.ID(), Title: t.Summary()}
	add := func(label, value string) {
		if value != "" {
			c.Fields = append(c.Fields, bot.Field{Label: label, Value: value})
		}
	}
	add("Request", t.Text)
	add("Requested by", mention(t.Requester))
	if t.Assignee != "" {
		add("Assignee", mention(t.Assignee))
	}
	add("Priority", string(t.Priority))
	add("When", t.When.Human())
	add("Due", t.Due.Human())
	if t.DurationMinutes > 0 {
		add("Duration", fmt.Sprintf("%d min", t.DurationMinutes))
	}
	for _, n := range t.Notes {
		add("Note by "+mention(n.Author), n.Text)
	}
	for _, a := range buttons[t.Status] {
		c.Buttons = append(c.Buttons, bot.Button{Action: string(a), Label: buttonLabels[a]})
	}
	return c
}

var buttons = map[delegatebot.Status][]delegatebot.Action{
	delegatebot.StatusOpen:       {delegatebot.ActionClaim, delegatebot.ActionCancel},
	delegatebot.StatusClaimed:    {delegatebot.ActionStart, delegatebot.ActionDone, delegatebot.ActionRelease},
	delegatebot.StatusInProgress: {delegatebot.ActionDone, delegatebot.ActionWait, delegatebot.ActionRelease},
	delegatebot.StatusWaiting:    {delegatebot.ActionStart, delegatebot.ActionDone, delegatebot.ActionRelease},
}

var buttonLabels = map[delegatebot.Action]string{
	delegatebot.ActionClaim: "Claim", delegatebot.ActionStart: "Start", delegatebot.ActionWait: "Waiting",
	delegatebot.ActionRelease: "Release", delegatebot.ActionDone: "Done", delegatebot.ActionCancel: "Cancel",
}
