package bot

import (
	"strings"

	"github.com/delegatebot/delegatebot"
)

// refusal is the audit entry of a refused event: the command, the user's
// roles ("none" without any) and, when the event's first argument is a
// ticket id written as one ("DEL-42", "#42": a bare number may be a count of
// days), that ticket. Nothing else of the event's text is recorded.
func refusal(e *Event) delegatebot.AuditEntry {
	roles := make([]string, len(e.User.Roles))
	for i, r := range e.User.Roles {
		roles[i] = string(r)
	}
	role := strings.Join(roles, ",")
	if role == "" {
		role = "none"
	}
	entry := delegatebot.AuditEntry{Workspace: e.Workspace(), Actor: e.User.ID, Action: "refused", Channel: e.Channel,
		Detail: "command=" + safeName(e.Command) + " role=" + role}
	if e.Command != "" {
		if f := strings.Fields(e.Text); len(f) > 0 && looksLikeTicket(f[0]) {
			if n, err := delegatebot.ParseTicketID(f[0]); err == nil {
				entry.Ticket = delegatebot.TicketID(n)
			}
		}
	}
	return entry
}

func looksLikeTicket(s string) bool {
	return strings.HasPrefix(s, "#") ||
		len(s) > len(delegatebot.TicketPrefix) && strings.EqualFold(s[:len(delegatebot.TicketPrefix)], delegatebot.TicketPrefix)
}
