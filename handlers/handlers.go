// Package handlers implements delegatebot's use cases — delegate, claim,
// start, wait, release, done, cancel, note, tickets, status, channel policy and
// help — as bot handlers over the Redis store. Every handler checks the
// caller's role itself; adapters only translate.
package handlers

import (
	"context"
	"fmt"
	"strings"

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
	// Reminders, when set, plans reminders and escalations for new tickets.
	Reminders *Reminders
	// Drafter, when set, posts a suggested AI draft for new reply and
	// document tickets; nil is off.
	Drafter *Drafter
	// Users, when set, is the directory whose configured roles /role
	// cannot revoke.
	Users *Directory
}

// Handlers holds the dependencies of every use case.
type Handlers struct {
	store     *storage.Store
	parser    intents.Parser
	queues    map[string]string
	reminders *Reminders
	drafter   *Drafter
	users     *Directory
}

// New returns the handlers for cfg.
func New(cfg Config) *Handlers {
	return &Handlers{store: cfg.Store, parser: cfg.Parser, queues: cfg.Queues, reminders: cfg.Reminders, drafter: cfg.Drafter, users: cfg.Users}
}

// Mux returns a router with every command registered; free text delegates.
func (h *Handlers) Mux() *bot.Mux {
	m := bot.NewMux(bot.HandlerFunc(h.Delegate))
	m.HandleFunc("delegate", h.Delegate)
	for _, a := range delegatebot.Actions {
		m.HandleFunc(string(a), h.transition(a))
	}
	m.HandleFunc("note", h.Note)
	m.HandleFunc("confirm", h.Confirm)
	m.HandleFunc("discard", h.Discard)
	m.HandleFunc("tickets", h.Tickets)
	m.HandleFunc("status", h.Status)
	m.HandleFunc("phi", h.Policy)
	m.HandleFunc("help", h.Help)
	m.HandleFunc("role", h.Role)
	m.HandleFunc("support", h.support(true))
	m.HandleFunc("unsupport", h.support(false))
	m.HandleFunc("clearance", h.Clearance)
	m.HandleFunc("queue", h.Queue)
	m.HandleFunc("roles", h.Roles)
	m.HandleFunc("audit", h.AuditSummary)
	m.Ambient = bot.HandlerFunc(h.Observe)
	return m
}

// Directory tells what users may do: the roles and clearance configuration
// bootstraps (platform user ids per role; with no executives listed anyone
// may delegate) merged with what admins granted in chat, kept in Redis.
type Directory struct {
	store       *storage.Store
	config      map[string][]delegatebot.Role
	cleared     map[string]bool
	anyoneExecs bool
}

// DirectoryConfig is the bootstrap configuration of a Directory.
type DirectoryConfig struct {
	Admins, Assistants, Executives []string
	Cleared                        []string // users with PHI clearance
}

// NewDirectory returns a Directory over store with bootstrap configuration c.
func NewDirectory(store *storage.Store, c DirectoryConfig) *Directory {
	d := &Directory{store: store, config: map[string][]delegatebot.Role{}, cleared: map[string]bool{}, anyoneExecs: len(c.Executives) == 0}
	for role, users := range map[delegatebot.Role][]string{
		delegatebot.RoleAdmin: c.Admins, delegatebot.RoleAssistant: c.Assistants, delegatebot.RoleExecutive: c.Executives,
	} {
		for _, u := range users {
			if u = strings.TrimSpace(u); u != "" {
				d.config[u] = append(d.config[u], role)
			}
		}
	}
	for _, u := range c.Cleared {
		d.cleared[strings.TrimSpace(u)] = true
	}
	return d
}

// Identify implements bot.Directory. If Redis cannot be read it fails, and
// the user is refused rather than given the configuration's roles alone.
func (d *Directory) Identify(ctx context.Context, u *delegatebot.User) error {
	a, err := d.store.Access(ctx, u.Workspace, u.ID)
	if err != nil {
		return err
	}
	roles := append([]delegatebot.Role(nil), d.config[u.ID]...)
	for _, r := range a.Roles {
		if !hasRole(roles, r) {
			roles = append(roles, r)
		}
	}
	if d.anyoneExecs && !hasRole(roles, delegatebot.RoleExecutive) {
		roles = append(roles, delegatebot.RoleExecutive)
	}
	u.Roles, u.Cleared, u.Supports = roles, a.Cleared || d.cleared[u.ID], a.Supports
	return nil
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

// card renders a ticket as a card with the buttons its status allows. The
// request's original text is shown to viewers with PHI clearance, to its
// requester and, when viewer is nil, to a channel (the queue, where the
// guard decides by the channel's approval); other viewers see the redacted
// text.
func card(t *delegatebot.Ticket, viewer *delegatebot.User) *bot.Card {
	c := &bot.Card{TicketID: t.ID(), Title: t.Summary()}
	add := func(label, value string) {
		if value != "" {
			c.Fields = append(c.Fields, bot.Field{Label: label, Value: value})
		}
	}
	if viewer == nil || viewer.Cleared || viewer.ID == t.Requester {
		add("Request", t.Text)
	} else {
		add("Request", t.RedactedText)
	}
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

// plan schedules t's reminders. A failure is logged, not returned: the
// ticket exists, and the user should hear so.
func (h *Handlers) plan(ctx context.Context, t *delegatebot.Ticket) {
	if h.reminders == nil {
		return
	}
	if err := h.reminders.Schedule(ctx, t); err != nil {
		h.reminders.log().Error("schedule reminders", "workspace", t.Workspace, "ticket", t.ID(), "err", err)
	}
}
