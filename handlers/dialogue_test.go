package handlers_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// tickets returns the workspace's tickets.
func (e *env) tickets() []*delegatebot.Ticket {
	e.t.Helper()
	ts, _, err := e.store.ListTickets(context.Background(), e.ws, storage.Filter{}, 0, 100)
	if err != nil {
		e.t.Fatal(err)
	}
	return ts
}

func TestFollowUpQuestion(t *testing.T) {
	t.Run("AnswerCompletesTicket", func(t *testing.T) {
		e := newEnv(t)
		if got := only(t, e.send("dana", "move the board meeting")); got != `When should the board meeting move to? (or "cancel")` {
			t.Fatalf("question = %q", got)
		}
		if n := len(e.tickets()); n != 0 {
			t.Fatalf("%d tickets before the answer, want 0", n)
		}
		out := e.send("dana", "thursday at 3")
		if len(out) != 2 || !strings.HasPrefix(out[0].Text(), "DEL-1 · calendar.reschedule · board meeting · Thu Dec 3 15:00") {
			t.Fatalf("after the answer: %q", texts(out))
		}
		tk := e.tickets()[0]
		if tk.When.String() != "2026-12-03T15:00:00Z" || tk.Text != "move the board meeting" {
			t.Fatalf("ticket when %s text %q", tk.When, tk.Text)
		}
	})
	t.Run("CancelAbandons", func(t *testing.T) {
		e := newEnv(t)
		e.send("dana", "move the board meeting")
		if got := only(t, e.send("dana", "cancel")); got != "OK, dropped that request." {
			t.Fatalf("cancel: %q", got)
		}
		if got := only(t, e.send("dana", "thursday at 3")); !strings.HasPrefix(got, "Noted.") {
			t.Fatalf("after cancel a time alone is not an answer: %q", got)
		}
		if n := len(e.tickets()); n != 0 {
			t.Fatalf("%d tickets, want 0", n)
		}
	})
	t.Run("SurvivesRestart", func(t *testing.T) {
		e := newEnv(t)
		e.send("dana", "draft a reply about the parking garage")
		// A new bot over the same Redis, as after a restart.
		h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Users: testUsers})
		e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
		out := e.send("dana", "Dr. Kim")
		if len(out) != 1 || !strings.HasPrefix(out[0].Text(), "DEL-1 · email.draft_reply · parking garage") {
			t.Fatalf("answer after restart: %q", texts(out))
		}
		if tk := e.tickets()[0]; !slices.Equal(tk.People, []string{"Dr. Kim"}) {
			t.Fatalf("people = %v", tk.People)
		}
	})
	t.Run("NewRequestKeepsQuestion", func(t *testing.T) {
		e := newEnv(t)
		e.send("dana", "move the board meeting")
		out := e.send("dana", "book me a flight to Denver on Friday")
		if len(out) == 0 || !strings.HasPrefix(out[0].Text(), "DEL-1 · travel.book") {
			t.Fatalf("a new request while a question waits: %q", texts(out))
		}
		out = e.send("dana", "thursday at 3")
		if len(out) == 0 || !strings.HasPrefix(out[0].Text(), "DEL-2 · calendar.reschedule · board meeting") {
			t.Fatalf("the question stayed open: %q", texts(out))
		}
	})
	t.Run("GivesUpAfterTwoTries", func(t *testing.T) {
		e := newEnv(t)
		e.send("dana", "move the board meeting")
		if got := only(t, e.send("dana", "whenever works for them")); !strings.HasPrefix(got, "Sorry, I didn't catch that.") {
			t.Fatalf("first unclear answer: %q", got)
		}
		out := e.send("dana", "no clue honestly")
		if len(out) < 2 || out[0].Text() != "I'll leave that open for your assistant." || !strings.HasPrefix(out[1].Text(), "DEL-1 ·") {
			t.Fatalf("second unclear answer: %q", texts(out))
		}
	})
}

func TestConfirmLowConfidence(t *testing.T) {
	e := newEnv(t)
	out := e.send("dana", "chnge the retreat plan")
	if len(out) != 1 || out[0].Card() == nil || out[0].Card().Title.String() != "Did I get this right?" {
		t.Fatalf("low-confidence reply: %q", texts(out))
	}
	btns := out[0].Card().Buttons
	if len(btns) != 2 || btns[0].Action != "confirm" || btns[1].Action != "discard" {
		t.Fatalf("buttons = %+v, want confirm and discard", btns)
	}
	if n := len(e.tickets()); n != 0 {
		t.Fatalf("%d tickets before confirmation", n)
	}
	if out := e.send("dana", "yes"); !strings.HasPrefix(out[0].Text(), "DEL-1 ·") {
		t.Fatalf("yes: %q", texts(out))
	}
	e.send("dana", "chnge the retreat plan")
	if got := only(t, e.send("dana", "/discard")); got != "OK, dropped that request." {
		t.Fatalf("discard: %q", got)
	}
	e.send("dana", "chnge the retreat plan")
	if out := e.send("dana", "/confirm"); !strings.HasPrefix(out[0].Text(), "DEL-2 ·") {
		t.Fatalf("confirm button: %q", texts(out))
	}
	if got := only(t, e.send("dana", "/confirm")); !strings.HasPrefix(got, "There is nothing waiting") {
		t.Fatalf("confirm with nothing pending: %q", got)
	}
}

func TestEditAfterCreation(t *testing.T) {
	e := newEnv(t)
	e.send("dana", "schedule a call with the CFO tomorrow at 3")
	e.send("alice", "/claim DEL-1")
	out := e.send("dana", "actually make it 4pm")
	if len(out) != 2 || !strings.HasPrefix(out[0].Text(), "Updated: DEL-1 · calendar.schedule") {
		t.Fatalf("edit: %q", texts(out))
	}
	if out[1].Destination().User != "alice" {
		t.Fatalf("the assignee was not told of the change")
	}
	tk := e.tickets()[0]
	if tk.When.String() != "2026-11-28T16:00:00Z" {
		t.Fatalf("when after edit = %s, want tomorrow 16:00", tk.When)
	}
	out = e.send("dana", "actually make it Monday at 10")
	if tk := e.tickets()[0]; tk.When.String() != "2026-11-30T10:00:00Z" {
		t.Fatalf("when after second edit = %s (%q)", tk.When, texts(out))
	}
	entries, _ := e.store.ReadAudit(context.Background(), e.ws, "", 100)
	edits := 0
	for _, a := range entries {
		if a.Action == "ticket.edit" && a.Detail == "fields=when" {
			edits++
		}
	}
	if edits != 2 {
		t.Fatalf("audit has %d when-edits, want 2", edits)
	}
	e.send("lee", "actually make it 5pm")
	if tk := e.tickets()[0]; tk.When.String() != "2026-11-30T10:00:00Z" {
		t.Fatalf("another user's correction changed dana's ticket to %s", tk.When)
	}
}
