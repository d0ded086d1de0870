package handlers

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/storage"
)

const (
	// confirmBelow is the parser confidence under which the bot shows what
	// it understood and asks before opening a ticket: the parser's own
	// "unsure" line.
	confirmBelow = intents.DefaultThreshold
	// newAskAbove is the confidence at which a message sent while a
	// question waits is read as a new request rather than the answer.
	newAskAbove = 0.8
	// pendingTTL is how long a question waits for its answer.
	pendingTTL = 30 * time.Minute
	// recentTTL is how long "actually make it 4pm" edits the last ticket.
	recentTTL = 2 * time.Hour
	// maxAsks is how often one slot is asked for before the ticket is opened
	// without it.
	maxAsks = 2
)

// essential lists the missing slots worth a question: a time for what
// happens at a time, a recipient for a message. Other gaps are left for the
// assistant.
func essential(r delegatebot.Request) []string {
	var out []string
	for _, m := range r.Missing {
		if m == "when" || m == "people" {
			out = append(out, m)
		}
	}
	return out
}

// askOrCreate asks for the first essential missing slot, or opens the ticket.
func (h *Handlers) askOrCreate(ctx context.Context, w *bot.Writer, e *bot.Event, p storage.Pending) error {
	missing := essential(p.Request)
	if len(missing) == 0 {
		if err := h.store.DropPending(ctx, e.Workspace(), e.User.ID, e.Channel); err != nil {
			return err
		}
		return h.create(ctx, w, e, p)
	}
	if p.Asked != missing[0] {
		p.Asked, p.Tries = missing[0], 0
	}
	if err := h.store.SavePending(ctx, e.Workspace(), e.User.ID, e.Channel, p, pendingTTL); err != nil {
		return err
	}
	w.Reply(h.asking(p, "", " (or \"cancel\")"))
	return nil
}

// asking is the question for p's slot between before and after, about
// p's would-be ticket; its minimal form leaves the subject out.
func (h *Handlers) asking(p storage.Pending, before, after string) bot.Reply {
	anon := p.Request
	anon.Subject = ""
	return bot.Reply{
		Text:    bot.Plain(before + question(p.Request, p.Asked) + after),
		PHI:     ticketTerms(h.pendingTicket(p)),
		Minimal: &bot.Reply{Text: bot.Plain(before + question(anon, p.Asked) + after)},
	}
}

// question is the one short question for slot.
func question(r delegatebot.Request, slot string) string {
	subject := r.Subject
	if subject == "" {
		subject = "it"
	} else {
		subject = "the " + subject
	}
	switch {
	case slot == "people" && r.Intent == delegatebot.IntentDraftReply:
		return "Who is the reply to?"
	case slot == "people":
		return "Who should it go to?"
	case r.Intent == delegatebot.IntentReschedule:
		return fmt.Sprintf("When should %s move to?", subject)
	case r.Intent == delegatebot.IntentSchedule:
		return fmt.Sprintf("When should %s be?", subject)
	case r.Intent == delegatebot.IntentReminder:
		return "When should I remind you?"
	case r.Intent == delegatebot.IntentTravel:
		return "When do you travel?"
	}
	return "When?"
}

// askConfirm shows what the bot understood and waits for yes, no or a
// rephrase (buttons where the platform has them).
func (h *Handlers) askConfirm(ctx context.Context, w *bot.Writer, e *bot.Event, p storage.Pending) error {
	p.Asked = "confirm"
	if err := h.store.SavePending(ctx, e.Workspace(), e.User.ID, e.Channel, p, pendingTTL); err != nil {
		return err
	}
	r := p.Request
	c := &bot.Card{Title: bot.Plain("Did I get this right?")}
	add := func(label, value string) {
		if value != "" {
			c.Fields = append(c.Fields, bot.Field{Label: bot.Plain(label), Value: bot.Plain(value)})
		}
	}
	add("Task", string(r.Intent))
	add("About", r.Subject)
	add("People", strings.Join(r.People, ", "))
	add("When", r.When.Human())
	add("Due", r.Due.Human())
	add("Priority", string(r.Priority))
	c.Buttons = []bot.Button{{Action: "confirm", Label: "Create ticket"}, {Action: "discard", Label: "Discard"}}
	text := bot.Plain("Did you want me to open a ticket to " + describe(r) + "? Reply \"yes\" to open it, \"no\" to drop it, or say it another way.")
	// The minimal form leaves out what the request is about.
	brief := bot.Plain("I'm not sure I understood. Reply \"yes\" to open this ticket, \"no\" to drop it, or say it another way.")
	m := &bot.Card{Title: c.Title, Buttons: c.Buttons}
	for _, f := range c.Fields {
		if l := f.Label.String(); l != "About" && l != "People" {
			m.Fields = append(m.Fields, f)
		}
	}
	m.Fields = append(m.Fields, bot.Field{Label: bot.Plain("Details"), Value: bot.Plain("withheld here: the request names someone's health information")})
	w.Reply(bot.Reply{Text: text, Card: c, PHI: ticketTerms(h.pendingTicket(p)), Minimal: &bot.Reply{Text: brief, Card: m}})
	return nil
}

// askPhrases word each intent as the ask it is, for "Did you want me to ...?".
var askPhrases = map[delegatebot.Intent]string{
	delegatebot.IntentSchedule: "schedule", delegatebot.IntentReschedule: "reschedule",
	delegatebot.IntentCancelMeeting: "cancel", delegatebot.IntentDraftReply: "draft a reply about",
	delegatebot.IntentSend: "send a message about", delegatebot.IntentTriage: "go through",
	delegatebot.IntentPrepareDoc: "prepare", delegatebot.IntentOrganizeDocs: "find or file",
	delegatebot.IntentTravel: "book", delegatebot.IntentReminder: "remind you about",
	delegatebot.IntentTask: "take care of",
}

// describe words a request as an ask: "reschedule the board meeting with
// Dr. Kim (Thu Dec 3 15:00)".
func describe(r delegatebot.Request) string {
	s := askPhrases[r.Intent]
	if s == "" {
		s = "handle"
	}
	subj := r.Subject
	if subj == "" {
		subj = "this"
	}
	s += " " + subj
	if len(r.People) > 0 {
		s += " with " + strings.Join(r.People, ", ")
	}
	if t := r.When.Human(); t != "" {
		s += " (" + t + ")"
	} else if t := r.Due.Human(); t != "" {
		s += " (due " + t + ")"
	}
	return s
}

var (
	yesWords    = []string{"yes", "y", "yep", "yeah", "ok", "okay", "confirm", "correct", "create", "create it", "do it", "sure"}
	noWords     = []string{"no", "n", "nope", "discard", "edit", "wrong"}
	cancelWords = []string{"cancel", "never mind", "nevermind", "forget it", "stop", "abort"}
	editStart   = regexp.MustCompile(`^(actually|make (it|that)|change (it|that)( to)?|move (it|that) to|instead|wait,|sorry,|correction)\b`)
	dateWords   = regexp.MustCompile(`(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\b(today|tomorrow|tmrw|tmr|tonight|next|week|month)\b|\d{1,2}/\d{1,2}|\bthe \d{1,2}(st|nd|rd|th)\b`)
)

// normalize lowercases s and drops trailing punctuation, for matching short
// replies.
func normalize(s string) string {
	return strings.Trim(strings.ToLower(strings.TrimSpace(s)), ".!?")
}

// continueDialogue handles a free-text message that answers a pending
// question or edits the ticket just opened. It reports whether it did.
func (h *Handlers) continueDialogue(ctx context.Context, w *bot.Writer, e *bot.Event, text string) (bool, error) {
	ws, user := e.Workspace(), e.User.ID
	p, err := h.store.FindPending(ctx, ws, user, e.Channel)
	if err != nil {
		return false, err
	}
	reply := normalize(text)
	if p != nil {
		switch {
		case slices.Contains(cancelWords, reply):
			if err := h.store.DropPending(ctx, ws, user, e.Channel); err != nil {
				return true, err
			}
			w.Reply(bot.Reply{Text: bot.Plain("OK, dropped that request.")})
			return true, nil
		case p.Asked == "confirm" && slices.Contains(yesWords, reply):
			p.Asked = ""
			return true, h.askOrCreate(ctx, w, e, *p)
		case p.Asked == "confirm" && slices.Contains(noWords, reply):
			if err := h.store.DropPending(ctx, ws, user, e.Channel); err != nil {
				return true, err
			}
			w.Reply(bot.Reply{Text: bot.Plain("OK, dropped it. Tell me again how it should read.")})
			return true, nil
		case p.Asked == "confirm":
			// Anything else is the request said another way.
			return false, h.store.DropPending(ctx, ws, user, e.Channel)
		}
		if r, ok := h.newAsk(ctx, e, text, p); ok {
			// A new request while a question waits: it gets its own
			// ticket and the question stays open. (One that needs a
			// question of its own takes the waiting one's place.)
			if len(essential(r)) > 0 {
				return false, nil
			}
			return true, h.create(ctx, w, e, storage.Pending{Text: text, Request: r, Source: source(e), Zone: e.Now().Location().String()})
		}
		return true, h.answer(ctx, w, e, *p, text)
	}
	if editStart.MatchString(reply) {
		n, err := h.store.Recent(ctx, ws, user, e.Channel)
		if err != nil || n == 0 {
			return false, err
		}
		return true, h.edit(ctx, w, e, n, text)
	}
	return false, nil
}

// newAsk reports whether text, sent while p waits for an answer, is a new
// request of its own: the parser reads a confident ask that is not more of
// p ("move it to thursday" answers a reschedule; "book me a flight to DC"
// does not).
func (h *Handlers) newAsk(ctx context.Context, e *bot.Event, text string, p *storage.Pending) (delegatebot.Request, bool) {
	r, err := h.parser.Parse(ctx, text, e.Now())
	if err != nil || r.Intent == delegatebot.IntentNone || r.Intent == delegatebot.IntentStatus || r.Confidence < newAskAbove {
		return r, false
	}
	if r.Intent != p.Request.Intent {
		return r, true
	}
	return r, r.Subject != "" && !strings.EqualFold(r.Subject, p.Request.Subject) && !slices.Contains([]string{"it", "that", "this"}, strings.ToLower(r.Subject))
}

// answer fills the slot p asked about from text, then asks for the next one
// or opens the ticket.
func (h *Handlers) answer(ctx context.Context, w *bot.Writer, e *bot.Event, p storage.Pending, text string) error {
	ans, err := h.parser.Answer(ctx, text, e.Now(), p.Request.Intent)
	if err != nil {
		return fmt.Errorf("parse answer: %w", err)
	}
	r := &p.Request
	filled := false
	switch p.Asked {
	case "when":
		if !ans.When.IsZero() {
			r.When, filled = ans.When, true
		} else if !ans.Due.IsZero() {
			r.Due, filled = ans.Due, true
		}
	case "people":
		if len(ans.People) > 0 {
			r.People, filled = ans.People, true
		} else if f := strings.Fields(text); len(f) > 0 && len(f) <= 4 && !strings.HasSuffix(text, "?") {
			r.People, filled = []string{strings.TrimSpace(text)}, true // a bare name the rules do not know
		}
	}
	if filled {
		r.Missing = slices.DeleteFunc(r.Missing, func(s string) bool { return s == p.Asked })
		p.Tries = 0
		return h.askOrCreate(ctx, w, e, p)
	}
	p.Tries++
	if p.Tries >= maxAsks {
		// Stop asking: open the ticket and let the assistant find out.
		r.Missing = slices.DeleteFunc(r.Missing, func(s string) bool { return s == p.Asked })
		w.Reply(bot.Reply{Text: bot.Plain("I'll leave that open for your assistant.")})
		return h.askOrCreate(ctx, w, e, p)
	}
	if err := h.store.SavePending(ctx, e.Workspace(), e.User.ID, e.Channel, p, pendingTTL); err != nil {
		return err
	}
	w.Reply(h.asking(p, "Sorry, I didn't catch that. ", " (or \"cancel\")"))
	return nil
}

// edit changes ticket n from a correction like "actually make it 4pm": a
// new time of day keeps the ticket's date unless the correction names one.
func (h *Handlers) edit(ctx context.Context, w *bot.Writer, e *bot.Event, n int64, text string) error {
	var unclear bool
	t, err := h.store.EditTicket(ctx, e.Workspace(), n, e.User.ID, e.Channel, func(t *delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
		var u delegatebot.TicketUpdate
		if t.Requester != e.User.ID {
			return u, delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only %s can change %s.", mention(t.Requester), t.ID())
		}
		ans, err := h.parser.Answer(ctx, text, e.Now(), t.Intent)
		if err != nil {
			return u, err
		}
		keepDate := !dateWords.MatchString(text)
		if !ans.When.IsZero() {
			when := merge(t.When, ans.When, keepDate)
			u.When = &when
		}
		if !ans.Due.IsZero() {
			due := merge(t.Due, ans.Due, keepDate)
			u.Due = &due
		}
		if len(ans.People) > 0 && !slices.Equal(ans.People, t.People) {
			u.People = &ans.People
		}
		for _, w := range []string{"urgent", "asap"} {
			if strings.Contains(strings.ToLower(text), w) && t.Priority != delegatebot.PriorityUrgent {
				urgent := delegatebot.PriorityUrgent
				u.Priority = &urgent
				break
			}
		}
		unclear = u.IsZero()
		h.reprotect(t, &u)
		return u, nil
	})
	if err != nil {
		return err
	}
	if unclear {
		w.Reply(bot.Reply{Text: bot.Textf("I couldn't tell what to change in %s. Add details with /note %s …", t.ID(), t.ID())})
		return nil
	}
	h.plan(ctx, t)
	where := h.where(ctx, t.Workspace, e.User.Platform)
	w.Reply(shown(bot.Reply{Text: bot.Textf("Updated: %s", summary(t))}, t, bot.Textf("Updated: %s", brief(t, where)), where))
	if t.Assignee != "" && t.Assignee != e.User.ID {
		w.Notify(t.Assignee, shown(bot.Reply{Text: bot.Textf("%s changed %s: %s", mention(e.User.ID), t.ID(), summary(t))}, t,
			bot.Textf("%s changed %s: %s", mention(e.User.ID), t.ID(), brief(t, where)), where))
	}
	return nil
}

// merge applies a corrected moment: with keepDate, a new time of day lands
// on the old moment's date.
func merge(old, corr delegatebot.Moment, keepDate bool) delegatebot.Moment {
	if !keepDate || old.IsZero() || !corr.Clock {
		return corr
	}
	y, m, d := old.T.Date()
	c := corr.T.In(old.T.Location())
	return delegatebot.At(time.Date(y, m, d, c.Hour(), c.Minute(), 0, 0, old.T.Location()))
}

// Confirm opens the ticket the bot asked to confirm (the "Create ticket"
// button; typing "yes" does the same).
func (h *Handlers) Confirm(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	p, err := h.store.FindPending(ctx, e.Workspace(), e.User.ID, e.Channel)
	if err != nil {
		return err
	}
	if p == nil || p.Asked != "confirm" {
		return delegatebot.Errorf(delegatebot.EINVALID, "There is nothing waiting for confirmation (questions lapse after %d minutes).", int(pendingTTL.Minutes()))
	}
	p.Asked = ""
	return h.askOrCreate(ctx, w, e, *p)
}

// Discard drops the request waiting for an answer or confirmation.
func (h *Handlers) Discard(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if err := h.store.DropPending(ctx, e.Workspace(), e.User.ID, e.Channel); err != nil {
		return err
	}
	w.Reply(bot.Reply{Text: bot.Plain("OK, dropped that request.")})
	return nil
}
