// Package handlers implements delegatebot's use cases — delegate, claim,
// start, wait, release, done, cancel, note, tickets, status, channel policy and
// help — as bot handlers over the Redis store. The command table
// (commands.go) names the roles a command needs and the Mux enforces them;
// rules that depend on the ticket (only its assignee may finish it) are
// checked by the handler, inside the store's transaction. Adapters only
// translate.
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
	// Colleagues names the people requests may mention who are staff, not
	// patients ("Dr. Kim"): in a request about someone's health, every other
	// person named counts as PHI.
	Colleagues []string
	// Users bootstraps the directory of users and roles (Directory), which
	// handlers and the bot share.
	Users DirectoryConfig
	// Oversight configures the PHI handling guidelines (/policy) and
	// access reviews (/review).
	Oversight OversightConfig
	// Members, when set, is the workspaces' directories of colleagues:
	// the inbound PHI warning scans with them.
	Members *Members
}

// Handlers holds the dependencies of every use case.
type Handlers struct {
	store      *storage.Store
	parser     intents.Parser
	queues     map[string]string
	reminders  *Reminders
	drafter    *Drafter
	users      *Directory
	oversight  OversightConfig
	colleagues []string
	members    *Members
}

// New returns the handlers for cfg.
func New(cfg Config) *Handlers {
	h := &Handlers{store: cfg.Store, parser: cfg.Parser, queues: cfg.Queues, reminders: cfg.Reminders, drafter: cfg.Drafter,
		users: newDirectory(cfg.Store, cfg.Users), oversight: cfg.Oversight, colleagues: cfg.Colleagues}
	h.members = cfg.Members
	return h
}

// Directory is the one directory of users and roles: give it to the bot
// (bot.Bot.Users) so that the users handlers look up and the users the bot
// identifies are the same.
func (h *Handlers) Directory() *Directory { return h.users }

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

// newDirectory returns a Directory over store with bootstrap configuration c.
func newDirectory(store *storage.Store, c DirectoryConfig) *Directory {
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

// Lookup returns user id of workspace ws on platform with their roles,
// clearance and supported executives, e.g. to check the target of a command.
func (d *Directory) Lookup(ctx context.Context, platform, ws, id string) (delegatebot.User, error) {
	u := delegatebot.User{Platform: platform, Workspace: ws, ID: id}
	return u, d.Identify(ctx, &u)
}

func hasRole(rs []delegatebot.Role, r delegatebot.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
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

// summary is the ticket's one-line summary with its assignee as a mention.
func summary(t *delegatebot.Ticket) bot.Text {
	s, by := t.SummaryParts()
	if by != "" {
		return bot.Textf("%s by %s", s, by)
	}
	return bot.Plain(s)
}

// mention names a user in a message; adapters render it as a mention.
func mention(user string) delegatebot.Mention { return delegatebot.Mention(user) }

// card renders a ticket as a card with the buttons its status allows. The
// request's original text is shown to viewers with PHI clearance, to its
// requester and, when viewer is nil, to a channel (the queue, where the
// guard decides by the channel's approval); other viewers see the redacted
// text.
func card(t *delegatebot.Ticket, viewer *delegatebot.User) *bot.Card {
	c := &bot.Card{TicketID: t.ID(), Title: summary(t)}
	add := func(label string, value bot.Text) {
		if len(value) > 0 {
			c.Fields = append(c.Fields, bot.Field{Label: bot.Plain(label), Value: value})
		}
	}
	addText := func(label, value string) { add(label, bot.Plain(value)) }
	if viewer == nil || viewer.Cleared || viewer.ID == t.Requester {
		addText("Request", t.Text)
	} else {
		addText("Request", t.RedactedText)
	}
	add("Requested by", bot.Textf("%s", mention(t.Requester)))
	if t.Assignee != "" {
		add("Assignee", bot.Textf("%s", mention(t.Assignee)))
	}
	addText("Priority", string(t.Priority))
	addText("When", t.When.Human())
	addText("Due", t.Due.Human())
	if t.DurationMinutes > 0 {
		addText("Duration", fmt.Sprintf("%d min", t.DurationMinutes))
	}
	for _, n := range t.Notes {
		if n.Text != "" {
			c.Fields = append(c.Fields, bot.Field{Label: bot.Textf("Note by %s", mention(n.Author)), Value: bot.Plain(n.Text)})
		}
	}
	for _, a := range delegatebot.ButtonsFor(t.Status) {
		c.Buttons = append(c.Buttons, bot.Button{Action: string(a.Action), Label: a.Label, Style: a.Style})
	}
	if !t.Status.Final() {
		c.Buttons = append(c.Buttons, bot.Button{Action: cmdEdit, Label: "Edit"})
	}
	offerClearance(c, t, viewer)
	c.Link = t.Source.Link
	return c
}

// planWorkspace schedules the workspace jobs of a new ticket's workspace
// (its own jobs were stored with it). A failure is logged, not returned.
func (h *Handlers) planWorkspace(ctx context.Context, t *delegatebot.Ticket) {
	if h.reminders == nil {
		return
	}
	if err := h.reminders.EnsureWorkspace(ctx, t.Workspace); err != nil {
		h.reminders.log().Error("schedule workspace jobs", "workspace", t.Workspace, "ticket", t.ID(), "err", err)
	}
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
