package bot

import (
	"slices"
	"strings"

	"github.com/delegatebot/delegatebot"
)

// Command is one row of the command table: everything the core, /help, the
// adapters and the app manifests know about a command. Register it on a Mux;
// tests check the manifests and the README against the table.
type Command struct {
	Name    string   // typed after the slash: "claim"
	Aliases []string // other names that run it
	Args    string   // its arguments as /help shows them: "DEL-n [note]"
	Help    string   // one line: "finish it"
	// Who says who may run it, as /help shows it ("its assignee"); empty
	// means everyone with a role that lets them see the ticket.
	Who string
	// Roles, when set, admits only users holding one of them: the Mux
	// refuses anyone else with "Only <roles> can <Can>." before the
	// handler runs. Rules that depend on the ticket stay in the handler.
	Roles []delegatebot.Role
	Can   string
	// Platforms lists the platforms that have the command; nil is all.
	Platforms []string
	// Bare, when set, recognises the command typed without a slash on a
	// platform that has no slash commands (Teams), from its arguments: "done
	// DEL-4" is a command, "done by Friday" is a request.
	Bare func(args string) bool
	// Hidden keeps the command out of /help (it is a button's action).
	Hidden  bool
	Handler Handler
}

// Usage is the command as /help shows it: "/done DEL-n [note]".
func (c Command) Usage() string {
	if c.Args == "" {
		return "/" + c.Name
	}
	return "/" + c.Name + " " + c.Args
}

// On reports whether the command exists on platform.
func (c Command) On(platform string) bool {
	return c.Platforms == nil || slices.Contains(c.Platforms, platform)
}

// HelpLine is the command's line in /help.
func (c Command) HelpLine() string { return c.HelpLineAs(c.Usage()) }

// HelpLineAs is the command's line in /help with usage as the way to type
// it (Slack types most commands through its umbrella command).
func (c Command) HelpLineAs(usage string) string {
	help := c.Help
	if c.Who != "" {
		help += " (" + c.Who + ")"
	}
	if len(usage) < 28 {
		return "  " + usage + strings.Repeat(" ", 28-len(usage)) + help
	}
	return "  " + usage + "   " + help
}

// The Bare recognisers of the command table.

// BareNone recognises a command without arguments ("help").
func BareNone(args string) bool { return strings.TrimSpace(args) == "" }

// BareTicket recognises a command whose first argument is a ticket id
// written as one ("DEL-12", "#12"), not a bare number, which is more often
// part of a request.
func BareTicket(args string) bool { return IsTicketID(firstWord(args)) }

// BareFirst recognises a command whose first argument is one of words.
func BareFirst(words ...string) func(args string) bool {
	return func(args string) bool { return slices.Contains(words, strings.ToLower(firstWord(args))) }
}

// BareMention recognises a command whose first argument is an @mention.
func BareMention(args string) bool { return strings.HasPrefix(firstWord(args), "@") }

// BareAny recognises what any of fs recognises.
func BareAny(fs ...func(args string) bool) func(args string) bool {
	return func(args string) bool {
		for _, f := range fs {
			if f(args) {
				return true
			}
		}
		return false
	}
}

// IsTicketID accepts the written forms of a ticket id: "DEL-12", "#12".
func IsTicketID(s string) bool {
	t := strings.TrimPrefix(s, "#")
	p := delegatebot.TicketPrefix
	if t == s && !(len(s) > len(p) && strings.EqualFold(s[:len(p)], p)) {
		return false
	}
	_, err := delegatebot.ParseTicketID(s)
	return err == nil
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w
}
