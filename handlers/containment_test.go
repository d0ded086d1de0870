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

// phiRequests are requests whose PHI the product's own scan detects; the
// containment tests check that none of those values leaves the bot for an
// unapproved destination or rests in Redis in plain text, whatever field of
// the ticket it travels through.
var phiRequests = []string{
	"Schedule a family meeting for pt Maria Lopez, DOB 03/14/1962, MRN 4482913, tomorrow at 2pm",
	"Book the Lopez oncology consult for Maria Lopez (MRN 5527781) next Tuesday at 10am",
	"Reschedule the discharge planning meeting for patient James Okafor, DOB 7/22/1949, to next week",
	"Draft a reply to Dr. Kim about patient Ellen Marsh, MRN 3318842, admitted 11/20/2026, by Friday",
}

// phiValues returns the values phi.Scan finds in text.
func phiValues(text string) []string {
	var out []string
	for _, f := range phi.Scan(text) {
		out = append(out, text[f.Start:f.End])
	}
	return out
}

// containEnv is a bot wired as in production — encryption key, queue, an
// approved channel, reminders at an injected clock — in one PHI mode and
// unapproved view.
type containEnv struct {
	*env
	rec       *testkit.Recorder
	reminders *handlers.Reminders
	clock     *time.Time
}

func newContainEnv(t *testing.T, mode phi.Action, view bot.View) *containEnv {
	e := newEnv(t)
	key, _ := storage.ParseKey(storage.NewKey())
	keys, err := storage.NewKeyring(key)
	if err != nil {
		t.Fatal(err)
	}
	e.store.Keys = keys
	rec := &testkit.Recorder{}
	r, clock := withReminders(e, rec)
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.PersonDates{Parser: intents.Rules{}}, Queues: r.Queues,
		Reminders: r, Users: testUsers, Colleagues: []string{"Dr. Kim"}})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store, Mode: mode}, Users: h.Directory(), Audit: e.store,
		View: view}
	r.Bot = e.bot
	if err := e.store.ApproveChannel(context.Background(), e.ws, "CPHI", "admin"); err != nil {
		t.Fatal(err)
	}
	return &containEnv{env: e, rec: rec, reminders: r, clock: clock}
}

// in runs line from user in channel (a DM when kind is phi.KindDM) and
// returns what the bot sent.
func (e *containEnv) in(user, channel string, kind phi.Kind, line string) []bot.Outgoing {
	e.t.Helper()
	ev := &bot.Event{
		User:    delegatebot.User{Platform: "test", Workspace: e.ws, ID: user},
		Channel: channel, ChannelKind: kind, Text: line, Time: *e.clock,
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

// checkOut fails if a message to anywhere but the approved channel holds
// one of values, or reports a success as "Not sent".
func checkOut(t *testing.T, step string, out []bot.Outgoing, values []string) {
	t.Helper()
	for _, m := range out {
		for _, s := range testkit.Texts(m) {
			if strings.Contains(s, "Not sent") {
				t.Errorf("%s: %q", step, s)
			}
			if m.Destination().Channel == "CPHI" {
				continue
			}
			for _, v := range values {
				if strings.Contains(strings.ToLower(s), strings.ToLower(v)) {
					t.Errorf("%s: %q reached %+v in %q", step, v, m.Destination(), s)
				}
			}
		}
	}
}

func TestContainment(t *testing.T) {
	for _, mode := range []phi.Action{phi.ActionRedact, phi.ActionBlock} {
		for _, view := range []bot.View{bot.ViewRedacted, bot.ViewMinimal} {
			t.Run(fmt.Sprintf("%s/%s", mode, view), func(t *testing.T) { testContainment(t, mode, view) })
		}
	}
}

func testContainment(t *testing.T, mode phi.Action, view bot.View) {
	ctx := context.Background()
	e := newContainEnv(t, mode, view)
	var all []string
	for i, text := range phiRequests {
		id := delegatebot.TicketID(int64(i + 1))
		values := phiValues(text)
		if len(values) == 0 {
			t.Fatalf("the scan finds no PHI in %q", text)
		}
		all = append(all, values...)
		out := e.in("dana", "D1", phi.KindDM, text)
		checkOut(t, "delegate "+id, out, all)
		var toRequester, toQueue bool
		for _, m := range out {
			has := strings.Contains(m.Text(), id) || m.Card() != nil && m.Card().TicketID == id
			toRequester = toRequester || has && m.Destination().Channel == "D1"
			toQueue = toQueue || has && m.Destination().Channel == "CQUEUE"
		}
		if !toRequester || !toQueue {
			t.Errorf("delegate %s: the ticket id reached the requester %v, the queue %v", id, toRequester, toQueue)
		}

		tk, err := e.store.FindTicket(ctx, e.ws, int64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []delegatebot.Moment{tk.When, tk.Due} {
			if !m.IsZero() && m.T.Year() < 2026 {
				t.Errorf("%s: a person's date became when/due: %v", id, m)
			}
		}
		for _, line := range []string{"/claim " + id, "/start " + id, "/status " + id, "/note " + id + " called the family", "/tickets all", "/tickets mine",
			"/tickets overdue", "/wait " + id, "/start " + id} {
			checkOut(t, "alice "+line, e.in("alice", "CQUEUE", phi.KindChannel, line), all)
		}
		for _, line := range []string{"/status " + id, "/tickets mine", "actually make it 4pm"} {
			checkOut(t, "dana "+line, e.in("dana", "D1", phi.KindDM, line), all)
		}
		checkOut(t, "alice in an approved channel", e.in("alice", "CPHI", phi.KindChannel, "/status "+id), all)
	}
	// Reminders, escalations and the digest, a day later.
	e.rec.Reset()
	*e.clock = e.clock.Add(30 * time.Hour)
	if err := e.reminders.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	checkOut(t, "reminders", e.rec.Out(), all)
	e.in("bob", "CQUEUE", phi.KindChannel, "/done DEL-1 done")
	checkOut(t, "alice done", e.in("alice", "CQUEUE", phi.KindChannel, "/done DEL-1 booked"), all)

	for _, s := range redistest.Dump(t, e.store.Client(), "*"+e.ws+"*") {
		s := redistest.WithoutCiphertexts(s)
		for _, v := range all {
			if strings.Contains(strings.ToLower(s), strings.ToLower(v)) {
				t.Errorf("Redis holds %q in plain text: %.120q", v, s)
			}
		}
	}
}

// TestBlockMode: with DELEGATEBOT_PHI_MODE=block the ticket is opened, the
// requester gets one message with its id, the PHI types withheld and where
// to read it, the queue a minimal card, lists a minimal line for the PHI
// ticket beside the others in full, and a claim reports success.
func TestBlockMode(t *testing.T) {
	e := newContainEnv(t, phi.ActionBlock, bot.ViewRedacted)
	e.in("dana", "D1", phi.KindDM, "order new badges for the front desk by Friday") // DEL-1, no PHI
	out := e.in("dana", "D1", phi.KindDM, phiRequests[0])                           // DEL-2
	var mine []string
	var queue *bot.Card
	for _, m := range out {
		switch m.Destination().Channel {
		case "D1":
			mine = append(mine, m.Text())
		case "CQUEUE":
			queue = m.Card()
		}
	}
	if len(mine) != 1 || !strings.Contains(mine[0], "DEL-2") || !strings.Contains(mine[0], "withheld here: it holds PHI (name, date, mrn)") ||
		!strings.Contains(mine[0], "#CPHI") {
		t.Errorf("requester got %q, want one message with the id, the types withheld and where to read it", mine)
	}
	if queue == nil || queue.TicketID != "DEL-2" || len(queue.Buttons) == 0 {
		t.Fatalf("queue card = %+v, want a minimal card with its buttons", queue)
	}
	if got := strings.Join(testkit.Texts(out[1]), "|"); !strings.Contains(got, "withheld here: it holds PHI (name, date, mrn); view it in #CPHI") ||
		strings.Contains(got, "|Request|") {
		t.Errorf("queue card = %q, want the minimal fields", got)
	}
	list := only(t, e.in("alice", "CQUEUE", phi.KindChannel, "/tickets open"))
	if !strings.Contains(list, "DEL-1 · task.general · new badges for the front desk") || !strings.Contains(list, "DEL-2 · calendar.schedule · open · normal · Sat Nov 28 14:00 · requested by @dana") {
		t.Errorf("/tickets = %q, want DEL-1 in full and DEL-2's minimal line", list)
	}
	claim := e.in("alice", "CQUEUE", phi.KindChannel, "/claim DEL-2")
	if len(claim) != 2 || !strings.Contains(claim[0].Text(), "DEL-2 claimed by @alice") || !strings.Contains(claim[1].Text(), "DEL-2 was claimed by @alice") {
		t.Errorf("claim sent %v", testkit.Texts(claim[0]))
	}
	full := e.in("alice", "CPHI", phi.KindChannel, "/status DEL-2")
	if got := strings.Join(testkit.Texts(full[0]), "|"); !strings.Contains(got, "pt Maria Lopez") {
		t.Errorf("the approved channel got %q, want the full ticket", got)
	}
}

// TestMinimalView: with DELEGATEBOT_UNAPPROVED_VIEW=minimal unapproved
// destinations see only a ticket's id, intent, requester, status, priority
// and dates, with where its details are — PHI or not — and approved
// channels the full ticket.
func TestMinimalView(t *testing.T) {
	e := newContainEnv(t, phi.ActionRedact, bot.ViewMinimal)
	out := e.in("dana", "D1", phi.KindDM, "order new badges for the front desk by Friday")
	if len(out) != 2 {
		t.Fatalf("sent %d messages", len(out))
	}
	if got := out[0].Text(); !strings.HasPrefix(got, "Opened DEL-1 · task.general · open · normal · due Fri Dec 4 · requested by @dana") ||
		!strings.Contains(got, "details in #CPHI") || strings.Contains(got, "badges") {
		t.Errorf("requester got %q", got)
	}
	if got := strings.Join(testkit.Texts(out[1]), "|"); strings.Contains(got, "badges") || !strings.Contains(got, "details in #CPHI") {
		t.Errorf("queue got %q", got)
	}
	if got := only(t, e.in("alice", "CQUEUE", phi.KindChannel, "/tickets open")); strings.Contains(got, "badges") {
		t.Errorf("/tickets = %q", got)
	}
	if got := strings.Join(testkit.Texts(e.in("alice", "CPHI", phi.KindChannel, "/status DEL-1")[0]), "|"); !strings.Contains(got, "badges") {
		t.Errorf("approved channel got %q, want the full ticket", got)
	}
}

// TestBlockModeQuestions: the questions asked before a ticket exists ("When
// should the family meeting for pt … be?") fall back to a form without the
// subject in block mode instead of "Not sent", and the answer opens the
// ticket.
func TestBlockModeQuestions(t *testing.T) {
	e := newContainEnv(t, phi.ActionBlock, bot.ViewRedacted)
	text := "Schedule a family meeting for pt Maria Lopez, MRN 4482913"
	values := phiValues(text)
	out := e.in("dana", "D1", phi.KindDM, text)
	checkOut(t, "question", out, values)
	if len(out) != 1 || !strings.Contains(out[0].Text(), "When should it be?") {
		t.Fatalf("asked %v", out)
	}
	out = e.in("dana", "D1", phi.KindDM, "tomorrow at 3pm")
	checkOut(t, "answer", out, values)
	if len(out) != 2 || !strings.Contains(out[0].Text(), "Opened DEL-1") {
		t.Fatalf("answer sent %d messages: %q", len(out), out[0].Text())
	}
}

// TestBlockModeEscalation: an unclaimed PHI ticket is still escalated to the
// queue in block mode, as its minimal card.
func TestBlockModeEscalation(t *testing.T) {
	e := newContainEnv(t, phi.ActionBlock, bot.ViewRedacted)
	e.in("dana", "D1", phi.KindDM, phiRequests[1])
	e.rec.Reset()
	*e.clock = e.clock.Add(3 * time.Hour)
	if err := e.reminders.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkOut(t, "escalation", e.rec.Out(), phiValues(phiRequests[1]))
	var escalated bool
	for _, m := range e.rec.Out() {
		escalated = escalated || m.Destination().Channel == "CQUEUE" && strings.Contains(m.Text(), "Still unclaimed after 2h0m0s: DEL-1") &&
			m.Card() != nil && m.Card().TicketID == "DEL-1"
	}
	if !escalated {
		t.Errorf("no escalation reached the queue: %d messages", len(e.rec.Out()))
	}
}
