package handlers_test

import (
	"context"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

// TestClearanceOnRequest: an assistant without clearance who claims a PHI
// ticket is offered a way to ask for access; the admins get the request with
// the PHI types only; an admin approves (or denies) it; every step is
// audited.
func TestClearanceOnRequest(t *testing.T) {
	ctx := context.Background()
	for _, mode := range []phi.Action{phi.ActionRedact, phi.ActionBlock} {
		t.Run(string(mode), func(t *testing.T) {
			e := newContainEnv(t, mode, bot.ViewRedacted)
			e.in("dana", "D1", phi.KindDM, phiRequests[0])
			values := phiValues(phiRequests[0])
			claim := e.in("alice", "CQUEUE", phi.KindChannel, "/claim DEL-1")
			checkOut(t, "claim", claim, values)
			var offered bool
			for _, b := range claim[0].Card().Buttons {
				offered = offered || b.Action == "clearance"
			}
			if !offered {
				t.Fatalf("claim card buttons = %+v, want Request PHI access", claim[0].Card().Buttons)
			}
			// The button comes back as /clearance DEL-1.
			out := e.in("alice", "CQUEUE", phi.KindChannel, "/clearance DEL-1")
			checkOut(t, "request", out, values)
			var toAdmin string
			for _, m := range out {
				if m.Destination().DM == "admin" {
					toAdmin = m.Text()
				}
			}
			if !strings.Contains(toAdmin, "@alice asks for PHI clearance to read DEL-1 (it contains name, date, mrn)") {
				t.Fatalf("admin got %q", toAdmin)
			}
			if got := only(t, e.in("alice", "CQUEUE", phi.KindChannel, "/clearance approve @alice")); !strings.Contains(got, "Only admins") {
				t.Errorf("alice approving herself: %q", got)
			}
			if got := only(t, e.in("admin", "D9", phi.KindDM, "/clearance requests")); !strings.Contains(got, "@alice for DEL-1 (name, date, mrn)") {
				t.Errorf("/clearance requests = %q", got)
			}
			out = e.in("admin", "D9", phi.KindDM, "/clearance approve @alice")
			if len(out) != 2 || !strings.Contains(out[1].Text(), "approved your PHI clearance") || out[1].Destination().DM != "alice" {
				t.Fatalf("approve sent %d messages: %v", len(out), testkit.Texts(out[0]))
			}
			full := e.in("alice", "CPHI", phi.KindChannel, "/status DEL-1")
			if got := strings.Join(testkit.Texts(full[0]), "|"); !strings.Contains(got, "MRN 4482913") {
				t.Errorf("after approval the approved channel shows %q, want the original text", got)
			}
			if got := only(t, e.in("admin", "D9", phi.KindDM, "/clearance deny @alice")); !strings.Contains(got, "no open request") {
				t.Errorf("deny without a request: %q", got)
			}
			e.in("bob", "CQUEUE", phi.KindChannel, "/clearance request DEL-1")
			out = e.in("admin", "D9", phi.KindDM, "/clearance deny @bob")
			if len(out) != 2 || !strings.Contains(out[1].Text(), "denied your request") || out[1].Destination().DM != "bob" {
				t.Fatalf("deny sent %d messages", len(out))
			}
			if got := strings.Join(testkit.Texts(e.in("bob", "CPHI", phi.KindChannel, "/status DEL-1")[0]), "|"); strings.Contains(got, "4482913") || !strings.Contains(got, "[MRN]") {
				t.Errorf("denied, bob sees %q", got)
			}
			entries, err := e.store.ReadAudit(ctx, e.ws, "", 1000)
			if err != nil {
				t.Fatal(err)
			}
			var actions []string
			for _, a := range entries {
				if strings.HasPrefix(a.Action, "clearance.") {
					actions = append(actions, a.Action+" "+a.Ticket+" "+a.Detail)
				}
			}
			want := "clearance.request DEL-1 types=NAME,DATE,MRN|clearance.approve DEL-1 user=alice|" +
				"clearance.request DEL-1 types=NAME,DATE,MRN|clearance.deny DEL-1 user=bob"
			if got := strings.Join(actions, "|"); got != want {
				t.Errorf("audit = %q, want %q", got, want)
			}
		})
	}
}
