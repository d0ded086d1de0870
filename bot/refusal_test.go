package bot

import (
	"testing"

	"github.com/delegatebot/delegatebot"
)

func TestRefusal(t *testing.T) {
	for _, tc := range []struct {
		name, command, text string
		roles               []delegatebot.Role
		ticket, detail      string
	}{
		{"Ticket", "done", "DEL-7 finished", []delegatebot.Role{delegatebot.RoleAssistant}, "DEL-7", "command=done role=assistant"},
		{"HashTicket", "claim", "#12", nil, "DEL-12", "command=claim role=none"},
		{"BareNumberIsNotATicket", "audit", "30", []delegatebot.Role{delegatebot.RoleExecutive, delegatebot.RoleAssistant}, "", "command=audit role=executive,assistant"},
		{"FreeTextRecordsNothing", "", "DEL-3 call Mr Smith at 555-0134", nil, "", "command= role=none"},
		{"WordsAreNotTickets", "role", "grant @bob admin", nil, "", "command=role role=none"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &Event{Command: tc.command, Text: tc.text, Channel: "C1",
				User: delegatebot.User{Workspace: "T1", ID: "U1", Roles: tc.roles}}
			got := refusal(e)
			if got.Ticket != tc.ticket || got.Detail != tc.detail || got.Action != "refused" || got.Actor != "U1" || got.Workspace != "T1" {
				t.Errorf("refusal = %+v, want ticket %q detail %q", got, tc.ticket, tc.detail)
			}
		})
	}
}
