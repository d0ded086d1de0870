package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

const testDB = 13

// env is a bot wired as in production, on a fresh workspace of the test Redis.
type env struct {
	t     *testing.T
	ws    string
	store *storage.Store
	bot   *bot.Bot
}

// testUsers are the configured roles of every test.
var testUsers = handlers.DirectoryConfig{
	Admins: []string{"admin"}, Assistants: []string{"alice", "bob"}, Executives: []string{"dana", "lee"},
}

func newEnv(t *testing.T) *env {
	s := storage.New(redistest.Client(t, testDB))
	h := handlers.New(handlers.Config{Store: s, Parser: intents.Rules{}, Queues: map[string]string{"test": "CQUEUE"}, Users: testUsers})
	b := &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: s}, Users: h.Directory(), Audit: s}
	ws := fmt.Sprintf("T%s%d", strings.ReplaceAll(t.Name(), "/", ""), time.Now().UnixNano()%1e6)
	return &env{t: t, ws: ws, store: s, bot: b}
}

// send runs one line from user ("/claim DEL-1" or free text) and returns
// what the bot sent.
func (e *env) send(user, line string) []bot.Outgoing {
	e.t.Helper()
	ev := &bot.Event{
		User:    delegatebot.User{Platform: "test", Workspace: e.ws, ID: user},
		Channel: "C1", ChannelKind: phi.KindChannel, Text: line,
		Time: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC),
	}
	if strings.HasPrefix(line, "/") {
		cmd, rest, _ := strings.Cut(line[1:], " ")
		ev.Command, ev.Text = cmd, rest
	}
	rec := &testkit.Recorder{}
	if err := e.bot.Serve(context.Background(), ev, rec); err != nil {
		e.t.Fatal(err)
	}
	return rec.Out()
}

// only asserts exactly one message was sent and returns its text.
func only(t *testing.T, out []bot.Outgoing) string {
	t.Helper()
	if len(out) != 1 {
		t.Fatalf("sent %d messages, want 1", len(out))
	}
	return out[0].Text()
}

func TestDelegateClaimDone(t *testing.T) {
	e := newEnv(t)
	out := e.send("dana", "draft a reply to Dr. Kim about the staffing plan")
	if len(out) != 2 {
		t.Fatalf("delegate sent %d messages, want the reply and the queue card", len(out))
	}
	if got := out[0].Text(); !strings.HasPrefix(got, "DEL-1 · ") || !strings.HasSuffix(got, "· open") {
		t.Fatalf("reply = %q, want the ticket summary", got)
	}
	q := out[1]
	if q.Destination().Channel != "CQUEUE" || q.Card() == nil || q.Card().TicketID != "DEL-1" || q.Card().Buttons[0].Action != "claim" {
		t.Fatalf("queue post = %+v, want a DEL-1 card with Claim in CQUEUE", q.Destination())
	}

	out = e.send("alice", "/claim DEL-1")
	if len(out) != 2 || out[1].Destination().User != "dana" || !strings.Contains(out[1].Text(), "claimed by @alice") {
		t.Fatalf("claim sent %d messages; want a reply and a DM to dana", len(out))
	}
	if got := only(t, e.send("bob", "/claim DEL-1")); got != "DEL-1 is already claimed by @alice." {
		t.Fatalf("second claim: %q", got)
	}
	if got := only(t, e.send("bob", "/done DEL-1")); got != "DEL-1 is claimed by @alice; only they can finish it." {
		t.Fatalf("done by non-assignee: %q", got)
	}
	out = e.send("alice", "/done DEL-1 sent the draft")
	if len(out) != 2 || !strings.Contains(out[1].Text(), "Note: sent the draft") {
		t.Fatalf("done: %d messages", len(out))
	}
	tk, err := e.store.FindTicket(context.Background(), e.ws, 1)
	if err != nil || tk.Status != delegatebot.StatusDone || tk.Assignee != "alice" || len(tk.Notes) != 1 {
		t.Fatalf("ticket after done = %+v (err %v)", tk, err)
	}
}

func TestRoles(t *testing.T) {
	e := newEnv(t)
	e.send("dana", "book my flight to Denver for the AHA conference on Dec 8")
	for _, tc := range []struct {
		name, user, line, want string
	}{
		{"AssistantCannotDelegate", "alice", "schedule a call with the CFO", "Only executives can delegate work."},
		{"ExecutiveCannotClaim", "lee", "/claim DEL-1", "Only assistants can claim tickets."},
		{"OtherExecutiveCannotCancel", "lee", "/cancel DEL-1", "Only @dana (who asked) or an admin can cancel DEL-1."},
		{"OtherExecutiveCannotSee", "lee", "/status DEL-1", "DEL-1 belongs to someone else."},
		{"OnlyAdminsApprove", "dana", "/phi approve #C9", "Only admins can change PHI channel policy."},
		{"UnknownTicket", "alice", "/claim DEL-999", "There is no ticket DEL-999."},
		{"BadTicketID", "alice", "/claim tomorrow", "That is not a ticket id; ticket ids look like DEL-12."},
		{"MissingTicketID", "alice", "/claim", "Which ticket? Usage: /claim DEL-12"},
		{"UnknownCommand", "alice", "/frob DEL-1", "Unknown command /frob. Try /help."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := only(t, e.send(tc.user, tc.line)); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	tk, _ := e.store.FindTicket(context.Background(), e.ws, 1)
	if tk.Status != delegatebot.StatusOpen {
		t.Fatalf("refused commands changed the ticket to %s", tk.Status)
	}
	entries, _ := e.store.ReadAudit(context.Background(), e.ws, "", 100)
	refused := 0
	for _, a := range entries {
		if a.Action == "refused" {
			refused++
		}
	}
	if refused != 5 {
		t.Fatalf("audit has %d refusals, want 5", refused)
	}
	out := e.send("admin", "/cancel DEL-1")
	if len(out) != 2 || out[0].Text() != "DEL-1 cancelled by @admin." || out[1].Destination().User != "dana" {
		t.Fatalf("admin cancel sent %d messages, want the reply and a DM to dana", len(out))
	}
}

func TestTicketsListing(t *testing.T) {
	e := newEnv(t)
	e.send("dana", "prepare the agenda for the quality council")
	e.send("lee", "order new badges for the front desk")
	e.send("alice", "/claim DEL-2")
	for _, tc := range []struct {
		name, user, line string
		want             []string
	}{
		{"ExecutiveSeesOwnOpen", "dana", "/tickets", []string{"DEL-1"}},
		{"AssistantSeesQueue", "bob", "/tickets open", []string{"DEL-1"}},
		{"AssistantMine", "alice", "/tickets mine", []string{"DEL-2"}},
		{"ExecutiveMine", "lee", "/tickets mine", []string{"DEL-2"}},
		{"All", "bob", "/tickets all", []string{"DEL-1", "DEL-2"}},
		{"ByUser", "bob", "/tickets @lee", []string{"DEL-2"}},
		{"Claimed", "bob", "/tickets claimed", []string{"DEL-2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := only(t, e.send(tc.user, tc.line))
			lines := strings.Split(got, "\n")
			if len(lines) != len(tc.want) {
				t.Fatalf("got %q, want %v", got, tc.want)
			}
			for i, id := range tc.want {
				if !strings.HasPrefix(lines[i], id+" ·") {
					t.Fatalf("line %d = %q, want %s", i, lines[i], id)
				}
			}
		})
	}
	if got := only(t, e.send("dana", "/tickets @lee")); got != "Only assistants and admins can list other people's tickets." {
		t.Fatalf("executive listing others: %q", got)
	}
}

func TestQueueCardGuarded(t *testing.T) {
	e := newEnv(t)
	msg := "call the patient back at 617-555-0142 about the complaint"
	out := e.send("dana", msg)
	card := out[1].Card()
	if strings.Contains(card.Fields[0].Value.String(), "617-555-0142") || !strings.Contains(card.Fields[0].Value.String(), "[PHONE]") {
		t.Fatalf("unapproved queue got %q", card.Fields[0].Value.String())
	}
	if got := only(t, e.send("admin", "/phi approve <#CQUEUE|queue>")); got != "#CQUEUE is now approved for PHI." {
		t.Fatalf("approve: %q", got)
	}
	out = e.send("dana", msg)
	if got := out[1].Card().Fields[0].Value.String(); got != msg {
		t.Fatalf("approved queue got %q, want the original", got)
	}
	tk, _ := e.store.FindTicket(context.Background(), e.ws, 1)
	if tk.Text != msg || strings.Contains(tk.RedactedText, "617") {
		t.Fatalf("stored text %q / redacted %q", tk.Text, tk.RedactedText)
	}
}
