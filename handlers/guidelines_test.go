package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
)

// withGuidelines rewires e's bot with acknowledgements required.
func withGuidelines(e *env) {
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Queues: map[string]string{"test": "CQUEUE"}, Users: testUsers,
		Oversight: handlers.OversightConfig{RequireAck: true, Assistants: []string{"alice", "bob"}}})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
}

func TestGuidelinesGateClaims(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	withGuidelines(e)
	e.send("dana", "call the patient back at 617-555-0142 about the complaint") // DEL-1 holds PHI
	e.send("dana", "order new badges for the front desk")                       // DEL-2 does not

	if got := only(t, e.send("alice", "/claim DEL-1")); !strings.Contains(got, "DEL-1 holds PHI: acknowledge the PHI handling guidelines first") {
		t.Fatalf("claim before acknowledging: %q", got)
	}
	if got := e.send("alice", "/claim DEL-2"); !strings.Contains(got[0].Text(), "DEL-2 claimed by @alice") {
		t.Fatalf("a ticket without PHI needs no acknowledgement: %q", texts(got))
	}

	// /policy shows the default text with a button naming the version.
	out := e.send("alice", "/policy")
	c := out[0].Card()
	if c == nil || c.TicketID != "v1" || len(c.Buttons) != 1 || c.Buttons[0].Action != "ack" ||
		!strings.Contains(c.Fields[0].Value.String(), "minimum needed") || !out[0].Destination().Ephemeral {
		t.Fatalf("/policy = %+v to %+v", c, out[0].Destination())
	}
	// The button sends the card's version back.
	if got := only(t, e.send("alice", "/ack v1")); !strings.Contains(got, "(version 1) is recorded") {
		t.Fatalf("ack: %q", got)
	}
	if got := e.send("alice", "/claim DEL-1"); !strings.Contains(got[0].Text(), "DEL-1 claimed by @alice") {
		t.Fatalf("claim after acknowledging: %q", texts(got))
	}

	// A new version needs a new acknowledgement; an old card's button asks
	// to read the new one.
	if got := only(t, e.send("alice", "/policy set https://intranet.example.org/phi-v2")); !strings.Contains(got, "Only admins can set") {
		t.Fatalf("an assistant set the guidelines: %q", got)
	}
	if got := only(t, e.send("admin", "/policy set https://intranet.example.org/phi-v2")); !strings.Contains(got, "now version 2") {
		t.Fatalf("set: %q", got)
	}
	e.send("dana", "call the patient back at 617-555-0142 about the invoice") // DEL-3 holds PHI
	if got := only(t, e.send("alice", "/claim DEL-3")); !strings.Contains(got, "acknowledge the PHI handling guidelines first") {
		t.Fatalf("claim under a new version: %q", got)
	}
	if got := only(t, e.send("alice", "/ack v1")); !strings.Contains(got, "The guidelines changed since") {
		t.Fatalf("ack of an outdated card: %q", got)
	}
	if got := only(t, e.send("alice", "/policy ack")); !strings.Contains(got, "(version 2) is recorded") {
		t.Fatalf("ack v2: %q", got)
	}
	status := only(t, e.send("admin", "/policy status"))
	if !strings.Contains(status, "version 2 (set by @admin") || !strings.Contains(status, "Acknowledged: @alice (") ||
		!strings.Contains(status, "Not yet acknowledged: @bob") {
		t.Fatalf("status: %q", status)
	}

	// Every set and acknowledgement is audited with its version, never the
	// text; the refusals name the ticket.
	var got []string
	err := e.store.ScanAudit(ctx, e.ws, time.Time{}, time.Time{}, func(a delegatebot.AuditEntry) error {
		switch a.Action {
		case "policy.set", "policy.ack", "refused":
			got = append(got, a.Actor+" "+a.Action+" "+a.Ticket+" "+a.Detail)
		}
		if strings.Contains(a.Detail, "intranet") {
			t.Errorf("audit holds the guidelines text: %+v", a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"alice refused DEL-1 command=claim role=assistant",
		"alice policy.ack  version=1",
		"alice refused  command=policy role=assistant",
		"admin policy.set  version=2",
		"alice refused DEL-3 command=claim role=assistant",
		"alice policy.ack  version=2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
