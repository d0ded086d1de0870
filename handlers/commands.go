package handlers

import (
	"context"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
)

// commands is the command table: every command's name, usage, help, who
// may run it and how it is recognised without a slash. /help, Teams'
// recognition of bare commands and (checked by tests) the Teams and Slack
// manifests and the README's command table all follow it. To add a command,
// write its handler and add its row here.
func (h *Handlers) commands(m *bot.Mux) []bot.Command {
	admin := []delegatebot.Role{delegatebot.RoleAdmin}
	ticket := bot.BareTicket
	return []bot.Command{
		{Name: "delegate", Args: "<request>", Help: "open a ticket (plain messages do the same)",
			Roles: []delegatebot.Role{delegatebot.RoleExecutive}, Can: "delegate work", Handler: bot.HandlerFunc(h.Delegate)},
		{Name: "tickets", Args: "[open|mine|all|overdue|waiting|done|@user] [after DEL-n]", Help: "list tickets",
			Bare:    bot.BareAny(bot.BareNone, bot.BareFirst("open", "mine", "all", "overdue", "waiting", "done", "after"), bot.BareMention),
			Handler: bot.HandlerFunc(h.Tickets)},
		{Name: "status", Args: "DEL-n", Help: "show one ticket", Bare: ticket, Handler: bot.HandlerFunc(h.Status)},
		{Name: "claim", Args: "DEL-n", Help: "take a ticket", Who: "assistants", Bare: ticket,
			Roles: []delegatebot.Role{delegatebot.RoleAssistant}, Can: "claim tickets", Handler: h.transition(delegatebot.ActionClaim)},
		{Name: "start", Args: "DEL-n", Help: "mark it in progress", Who: "its assignee", Bare: ticket,
			Handler: h.transition(delegatebot.ActionStart)},
		{Name: "wait", Args: "DEL-n", Help: "mark it waiting on someone", Who: "its assignee", Bare: ticket,
			Handler: h.transition(delegatebot.ActionWait)},
		{Name: "done", Args: "DEL-n [note]", Help: "finish it", Who: "its assignee", Bare: ticket,
			Handler: h.transition(delegatebot.ActionDone)},
		{Name: "release", Args: "DEL-n", Help: "give it back to the queue", Who: "its assignee, admins", Bare: ticket,
			Handler: h.transition(delegatebot.ActionRelease)},
		{Name: "cancel", Args: "DEL-n", Help: "withdraw it", Who: "its requester, admins", Bare: ticket,
			Handler: h.transition(delegatebot.ActionCancel)},
		{Name: "note", Args: "DEL-n <text>", Help: "add a note", Bare: ticket, Handler: bot.HandlerFunc(h.Note)},
		{Name: "confirm", Help: `open the ticket I asked "Did I get this right?" about (or type yes)`, Handler: bot.HandlerFunc(h.Confirm)},
		{Name: "discard", Help: `drop it instead (or type no)`, Handler: bot.HandlerFunc(h.Discard)},
		{Name: "phi", Args: "approve|revoke [#channel], /phi list", Help: "channels approved for PHI", Who: "admins",
			Bare:  bot.BareFirst("approve", "revoke", "list"),
			Roles: admin, Can: "change PHI channel policy", Handler: bot.HandlerFunc(h.Policy)},
		{Name: "role", Args: "grant|revoke @user executive|assistant|admin", Help: "roles beyond the configured ones", Who: "admins",
			Roles: admin, Can: "manage roles", Handler: bot.HandlerFunc(h.Role)},
		{Name: "support", Args: "@assistant @executive", Help: "pair an assistant with an executive", Who: "admins",
			Roles: admin, Can: "manage support pairs", Handler: h.support(true)},
		{Name: "unsupport", Args: "@assistant @executive", Help: "undo a pair", Who: "admins",
			Roles: admin, Can: "manage support pairs", Handler: h.support(false)},
		{Name: "clearance", Args: "request DEL-n | requests | approve|deny|grant|revoke @user", Help: "who may see requests' original text",
			Who: "admins; anyone who sees a ticket redacted may request", Handler: bot.HandlerFunc(h.Clearance)},
		{Name: "queue", Args: "[team|pairs]", Help: "every assistant sees every ticket, or only their executives'", Who: "admins",
			Roles: admin, Can: "change the queue", Handler: bot.HandlerFunc(h.Queue)},
		{Name: "roles", Help: "grants made in chat", Who: "admins",
			Roles: admin, Can: "list roles", Handler: bot.HandlerFunc(h.Roles)},
		{Name: "audit", Args: "[days]", Help: "audit trail summary", Who: "admins",
			Roles: admin, Can: "read the audit trail", Handler: bot.HandlerFunc(h.AuditSummary)},
		{Name: cmdDelegateForm, Hidden: true, Roles: []delegatebot.Role{delegatebot.RoleExecutive}, Can: "delegate work",
			Handler: bot.HandlerFunc(h.DelegateForm)},
		{Name: cmdDelegateSubmit, Hidden: true, Roles: []delegatebot.Role{delegatebot.RoleExecutive}, Can: "delegate work",
			Handler: bot.HandlerFunc(h.SubmitDelegate)},
		{Name: cmdDelegateMessage, Hidden: true, Roles: []delegatebot.Role{delegatebot.RoleExecutive}, Can: "delegate work",
			Handler: bot.HandlerFunc(h.DelegateMessage)},
		{Name: cmdReact, Hidden: true, Handler: bot.HandlerFunc(h.React)},
		{Name: cmdHome, Hidden: true, Handler: bot.HandlerFunc(h.Home)},
		{Name: cmdEdit, Hidden: true, Handler: bot.HandlerFunc(h.Edit)},
		{Name: cmdEditSubmit, Hidden: true, Handler: bot.HandlerFunc(h.SubmitEdit)},
		{Name: "policy", Args: "[ack|status|set <text or link>]", Help: "the PHI handling guidelines: read and acknowledge them; admins set them and see who acknowledged",
			Bare: bot.BareAny(bot.BareNone, bot.BareFirst("ack", "status", "set")), Handler: bot.HandlerFunc(h.Guidelines)},
		{Name: ackAction, Hidden: true, Handler: bot.HandlerFunc(h.Acknowledge)},
		{Name: "review", Args: "[done]", Help: "access review: keep or revoke every right granted in chat", Who: "admins",
			Bare: bot.BareAny(bot.BareNone, bot.BareFirst("done")), Roles: admin, Can: "review access", Handler: bot.HandlerFunc(h.Review)},
		{Name: reviewKeep, Hidden: true, Roles: admin, Can: "review access", Handler: h.ReviewDecision(true)},
		{Name: reviewRevoke, Hidden: true, Roles: admin, Can: "review access", Handler: h.ReviewDecision(false)},
		{Name: "report", Help: "a link to the oversight report of the last 90 days", Who: "admins",
			Bare: bot.BareNone, Roles: admin, Can: "read the oversight report", Handler: bot.HandlerFunc(h.Report)},
		{Name: "help", Help: "this text", Bare: bot.BareNone, Handler: helpHandler(m)},
	}
}

// Mux returns a router with the command table registered; free text
// delegates, and messages the bot only observed are checked for PHI.
func (h *Handlers) Mux() *bot.Mux {
	m := bot.NewMux(bot.HandlerFunc(h.Delegate))
	for _, c := range h.commands(m) {
		m.Register(c)
	}
	m.Ambient = bot.HandlerFunc(h.Observe)
	return m
}

// helpHandler answers /help from m's table, listing the commands of the
// asker's platform.
func helpHandler(m *bot.Mux) bot.HandlerFunc {
	return func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		w.Reply(bot.Reply{Text: bot.Plain(Help(m.Commands(), e.User.Platform))})
		return nil
	}
}

// Help is the /help answer for platform: how to ask, and the table's
// visible commands.
func Help(cmds []bot.Command, platform string) string {
	var b strings.Builder
	b.WriteString(`Tell me what you need in plain English ("move my board meeting to Thursday at 3", "draft a reply to Dr. Kim") and I open a ticket for your assistants.
Commands:
`)
	for _, c := range cmds {
		if !c.Hidden && c.On(platform) {
			b.WriteString(c.HelpLineAs(typed(platform, c.Name, c.Args)) + "\n")
		}
	}
	b.WriteString(`When I ask a question, just answer it (or say "cancel"). Right after opening a
ticket, "actually make it 4pm" changes it.`)
	return b.String()
}
