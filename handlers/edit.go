package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// The commands forms submit; hidden from /help, they run only with a
// bot.Submission.
const (
	cmdDelegateForm   = "delegate.form"
	cmdDelegateSubmit = "delegate.submit"
	cmdEdit           = "edit"
	cmdEditSubmit     = "edit.submit"
)

// The names of the ticket form's fields (bot.FormField.Name).
const (
	formIntent   = "intent"
	formSubject  = "subject"
	formPeople   = "people"       // platform users
	formNames    = "people_names" // other people, comma-separated
	formWhenDate = "when_date"
	formWhenTime = "when_time"
	formDueDate  = "due_date"
	formDueTime  = "due_time"
	formPriority = "priority"
	formNote     = "note"
)

// draftTTL is how long a form opened on a request waits for its submission.
const draftTTL = time.Hour

// DelegateForm opens the ticket form prefilled by the parser from e.Text (a
// message the executive chose with the "Delegate this" shortcut, or nothing
// for an empty form). The request is kept as a draft in Redis; the form shows
// what the guard cleared of it, and the draft keeps what it said.
func (h *Handlers) DelegateForm(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if !w.CanForm() {
		return delegatebot.Errorf(delegatebot.EINVALID, "Tell me what you need, e.g. \"move my board meeting to Thursday at 3\".")
	}
	text := strings.TrimSpace(e.Text)
	p := storage.Pending{Text: text, Source: source(e), Zone: e.Now().Location().String()}
	p.Source.Link = e.Link
	if text != "" {
		req, err := h.parser.Parse(ctx, text, e.Now())
		if err != nil {
			return fmt.Errorf("parse request: %w", err)
		}
		p.Request = req
	}
	if !p.Request.Intent.Valid() || p.Request.Intent == delegatebot.IntentNone || p.Request.Intent == delegatebot.IntentStatus {
		p.Request.Intent = delegatebot.IntentTask
	}
	if !p.Request.Priority.Valid() {
		p.Request.Priority = delegatebot.PriorityNormal
	}
	id, err := h.store.SaveDraft(ctx, e.Workspace(), e.User.ID, p, draftTTL)
	if err != nil {
		return err
	}
	t := &delegatebot.Ticket{Intent: p.Request.Intent, Subject: p.Request.Subject, People: p.Request.People,
		When: p.Request.When, Due: p.Request.Due, Priority: p.Request.Priority}
	w.Form(ticketForm(cmdDelegateSubmit, id, "Delegate this", "Open ticket", bot.Plain(text), t, e.Now().Location()))
	return nil
}

// SubmitDelegate opens the ticket of a submitted delegate form: the draft
// with the fields the user changed. The confirmation goes to the user's DM.
func (h *Handlers) SubmitDelegate(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	// The form came from no channel: answers, errors included, go to the
	// user's DM (the bot may not be in the channel it was opened from).
	e.Channel, e.ChannelKind, e.Thread = "", phi.KindDM, ""
	if e.Submission == nil || !validDraftID(e.Submission.Ref) {
		return delegatebot.Errorf(delegatebot.EINVALID, "Open the form with the \"Delegate this\" shortcut or /delegate.")
	}
	p, err := h.store.TakeDraft(ctx, e.Workspace(), e.User.ID, e.Submission.Ref)
	if err != nil {
		return err
	}
	if p == nil {
		return delegatebot.Errorf(delegatebot.EINVALID, "That form has expired or was sent already; open it again.")
	}
	loc, err := time.LoadLocation(p.Zone)
	if err != nil {
		loc = e.Now().Location()
	}
	req := &p.Request
	t := &delegatebot.Ticket{Intent: req.Intent, Subject: req.Subject, People: req.People, When: req.When, Due: req.Due, Priority: req.Priority}
	u, note, err := formUpdate(e.Submission, t, loc)
	if err != nil {
		return err
	}
	u.Apply(t)
	req.Intent, req.Subject, req.People, req.When, req.Due, req.Priority = t.Intent, t.Subject, t.People, t.When, t.Due, t.Priority
	if p.Text == "" {
		// An empty form: the request is what the user filled in.
		p.Text = strings.TrimSpace(t.Subject + "\n" + note)
		note = ""
		if p.Text == "" {
			return delegatebot.Errorf(delegatebot.EINVALID, "Fill in at least the subject.")
		}
	}
	if err := h.create(ctx, w, e, *p); err != nil {
		return err
	}
	if note != "" {
		n, err := h.store.Recent(ctx, e.Workspace(), e.User.ID, e.Channel)
		if err == nil && n > 0 {
			_, err = h.store.AddNote(ctx, e.Workspace(), n, delegatebot.Note{Author: e.User.ID, Text: note}, "", nil)
		}
		if err != nil {
			slog.Error("form note not added", "workspace", e.Workspace(), "err", err)
		}
	}
	return nil
}

// Edit opens the ticket form on ticket DEL-n (the card's Edit button) for
// its requester, its assignee or an admin, so every field can be corrected.
func (h *Handlers) Edit(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	n, _, err := ticketNumber(e.Text, typed(e.User.Platform, "edit", "DEL-12"))
	if err != nil {
		return err
	}
	if !w.CanForm() {
		return delegatebot.Errorf(delegatebot.EINVALID,
			"Right after opening a ticket, say what to change (\"actually make it 4pm\"); otherwise add a note: %s", typed(e.User.Platform, "note", delegatebot.TicketID(n)+" text"))
	}
	t, err := h.store.FindTicket(ctx, e.Workspace(), n)
	if err != nil {
		return err
	}
	if err := mayEdit(e.User, t); err != nil {
		return err
	}
	shown := *t
	if !e.User.Cleared && e.User.ID != t.Requester {
		// Neither the requester nor cleared: the form shows the request
		// redacted as a whole, its derived fields too. Fields left as shown
		// keep their stored values (see bot.Submission).
		shown.Text = t.RedactedText
		shown.Subject = redactAsIn(t.Subject, t.Text)
		shown.People = nil
		for _, p := range t.People {
			shown.People = append(shown.People, redactAsIn(p, t.Text))
		}
	}
	ref := t.ID()
	if e.Card != "" {
		ref += " " + e.Card
	}
	w.Form(ticketForm(cmdEditSubmit, ref, "Edit "+t.ID(), "Save", bot.Plain(shown.Text), &shown, e.Now().Location()))
	return nil
}

// SubmitEdit saves a submitted edit form: only the fields the user changed,
// checked again against the ticket as it is stored.
func (h *Handlers) SubmitEdit(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if e.Submission == nil {
		return delegatebot.Errorf(delegatebot.EINVALID, "Use the Edit button of a ticket's card.")
	}
	id, cardRef, _ := strings.Cut(e.Submission.Ref, " ")
	n, err := delegatebot.ParseTicketID(id)
	if err != nil {
		return err
	}
	var note string
	t, err := h.store.EditTicket(ctx, e.Workspace(), n, e.User.ID, e.Channel, func(t *delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
		if err := mayEdit(e.User, t); err != nil {
			return delegatebot.TicketUpdate{}, err
		}
		loc := e.Now().Location()
		if !t.When.IsZero() {
			loc = t.When.T.Location()
		}
		u, nt, err := formUpdate(e.Submission, t, loc)
		note = nt
		if err == nil {
			h.reprotect(t, &u)
		}
		return u, err
	})
	if err != nil {
		return err
	}
	if note != "" {
		if t, err = h.store.AddNote(ctx, e.Workspace(), n, delegatebot.Note{Author: e.User.ID, Text: note}, e.Channel,
			func(t *delegatebot.Ticket) error { return mayEdit(e.User, t) }); err != nil {
			return err
		}
	}
	h.plan(ctx, t)
	where := h.where(ctx, t.Workspace, e.User.Platform)
	if cardRef != "" && e.Channel != "" {
		w.Update(cardRef, shown(bot.Reply{Card: card(t, nil)}, t, nil, where))
	}
	w.Notify(e.User.ID, shown(bot.Reply{Text: bot.Textf("%s updated: %s", t.ID(), summary(t))}, t,
		bot.Textf("%s updated: %s", t.ID(), brief(t, where)), where))
	for _, u := range []string{t.Requester, t.Assignee} {
		if u != "" && u != e.User.ID {
			w.Notify(u, shown(bot.Reply{Text: bot.Textf("%s edited %s: %s", mention(e.User.ID), t.ID(), summary(t))}, t,
				bot.Textf("%s edited %s: %s", mention(e.User.ID), t.ID(), brief(t, where)), where))
		}
	}
	return nil
}

// mayEdit admits t's requester, its assignee and admins.
func mayEdit(u delegatebot.User, t *delegatebot.Ticket) error {
	if u.ID == t.Requester || (u.ID == t.Assignee && t.Assignee != "") || u.Has(delegatebot.RoleAdmin) {
		return nil
	}
	return delegatebot.Errorf(delegatebot.EFORBIDDEN, "Only %s (who asked), its assignee or an admin can edit %s.", mention(t.Requester), t.ID())
}

func validDraftID(s string) bool {
	if len(s) != 24 {
		return false
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}

// formIntents are the intents a form offers: every kind of work.
func formIntents() []bot.Option {
	var out []bot.Option
	for _, i := range delegatebot.Intents {
		if i != delegatebot.IntentNone && i != delegatebot.IntentStatus {
			out = append(out, bot.Option{Value: string(i), Label: string(i)})
		}
	}
	return out
}

var formPriorities = []bot.Option{
	{Value: string(delegatebot.PriorityLow), Label: "low"},
	{Value: string(delegatebot.PriorityNormal), Label: "normal"},
	{Value: string(delegatebot.PriorityHigh), Label: "high"},
	{Value: string(delegatebot.PriorityUrgent), Label: "urgent"},
}

// ticketForm is the form of t's editable fields. People who are platform
// users (stored as "@id") go to the users picker, other names to a text
// field.
func ticketForm(submit, ref, title, button string, context bot.Text, t *delegatebot.Ticket, loc *time.Location) bot.Form {
	users, names := splitPeople(t.People)
	date := func(m delegatebot.Moment) string {
		if m.IsZero() {
			return ""
		}
		return m.T.In(momentLoc(m, loc)).Format(time.DateOnly)
	}
	clock := func(m delegatebot.Moment) string {
		if m.IsZero() || !m.Clock {
			return ""
		}
		return m.T.In(loc).Format("15:04")
	}
	return bot.Form{Submit: submit, Ref: ref, Title: title, Button: button, Context: context, Fields: []bot.FormField{
		{Name: formIntent, Label: "Kind of work", Type: bot.FieldSelect, Value: string(t.Intent), Options: formIntents()},
		{Name: formSubject, Label: "Subject", Type: bot.FieldText, Value: t.Subject, Optional: true},
		{Name: formPeople, Label: "People", Type: bot.FieldUsers, Values: users, Optional: true},
		{Name: formNames, Label: "Other people (comma-separated)", Type: bot.FieldText, Value: strings.Join(names, ", "), Optional: true},
		{Name: formWhenDate, Label: "When: day", Type: bot.FieldDate, Value: date(t.When), Optional: true},
		{Name: formWhenTime, Label: "When: time", Type: bot.FieldTime, Value: clock(t.When), Optional: true},
		{Name: formDueDate, Label: "Due: day", Type: bot.FieldDate, Value: date(t.Due), Optional: true},
		{Name: formDueTime, Label: "Due: time", Type: bot.FieldTime, Value: clock(t.Due), Optional: true},
		{Name: formPriority, Label: "Priority", Type: bot.FieldSelect, Value: string(t.Priority), Options: formPriorities},
		{Name: formNote, Label: "Note for the assistant", Type: bot.FieldLongText, Optional: true},
	}}
}

func momentLoc(m delegatebot.Moment, loc *time.Location) *time.Location {
	if !m.Clock {
		return m.T.Location() // a day stays the day it names
	}
	return loc
}

// splitPeople separates people stored as user mentions ("@U123") from names.
func splitPeople(people []string) (users, names []string) {
	for _, p := range people {
		if id, ok := strings.CutPrefix(p, "@"); ok && id != "" && !strings.ContainsAny(id, " .") {
			users = append(users, id)
		} else if p != "" {
			names = append(names, p)
		}
	}
	return users, names
}

// formUpdate is the change a submission makes to t (whose when/due read in
// loc), and the note it adds. Only fields the user changed are set.
func formUpdate(s *bot.Submission, t *delegatebot.Ticket, loc *time.Location) (delegatebot.TicketUpdate, string, error) {
	var u delegatebot.TicketUpdate
	if v, ok := s.Changed(formIntent); ok {
		i := delegatebot.Intent(v)
		if !slices.ContainsFunc(formIntents(), func(o bot.Option) bool { return o.Value == v }) {
			return u, "", delegatebot.Errorf(delegatebot.EINVALID, "Pick a kind of work from the list.")
		}
		u.Intent = &i
	}
	if v, ok := s.Changed(formSubject); ok {
		v = strings.TrimSpace(v)
		u.Subject = &v
	}
	if v, ok := s.Changed(formPriority); ok {
		p := delegatebot.Priority(v)
		if !p.Valid() {
			return u, "", delegatebot.Errorf(delegatebot.EINVALID, "Pick a priority from the list.")
		}
		u.Priority = &p
	}
	users, names := splitPeople(t.People)
	_, usersChanged := s.Values[formPeople]
	namesValue, namesChanged := s.Changed(formNames)
	if usersChanged || namesChanged {
		if usersChanged {
			users = s.Values[formPeople]
		}
		if namesChanged {
			names = nil
			for _, n := range strings.Split(namesValue, ",") {
				if n = strings.TrimSpace(n); n != "" {
					names = append(names, n)
				}
			}
		}
		people := []string{}
		for _, id := range users {
			people = append(people, "@"+id)
		}
		people = append(people, names...)
		u.People = &people
	}
	for _, m := range []struct {
		date, clock string
		cur         delegatebot.Moment
		set         **delegatebot.Moment
	}{{formWhenDate, formWhenTime, t.When, &u.When}, {formDueDate, formDueTime, t.Due, &u.Due}} {
		d, dok := s.Changed(m.date)
		c, cok := s.Changed(m.clock)
		if !dok && !cok {
			continue
		}
		if !dok && !m.cur.IsZero() {
			d = m.cur.T.In(momentLoc(m.cur, loc)).Format(time.DateOnly)
		}
		if !cok && m.cur.Clock {
			c = m.cur.T.In(loc).Format("15:04")
		}
		v, err := formMoment(d, c, loc)
		if err != nil {
			return u, "", err
		}
		*m.set = &v
	}
	note, _ := s.Changed(formNote)
	return u, strings.TrimSpace(note), nil
}

// formMoment combines a date picker's and a time picker's values: a day
// alone, an instant, or nothing when the day is empty (a time alone is
// today's).
func formMoment(date, clock string, loc *time.Location) (delegatebot.Moment, error) {
	if date == "" && clock == "" {
		return delegatebot.Moment{}, nil
	}
	if date == "" {
		date = time.Now().In(loc).Format(time.DateOnly)
	}
	day, err := time.ParseInLocation(time.DateOnly, date, loc)
	if err != nil {
		return delegatebot.Moment{}, delegatebot.Errorf(delegatebot.EINVALID, "Pick the day with the date picker.")
	}
	if clock == "" {
		return delegatebot.DateOf(day), nil
	}
	hm, err := time.Parse("15:04", clock)
	if err != nil {
		return delegatebot.Moment{}, delegatebot.Errorf(delegatebot.EINVALID, "Pick the time with the time picker.")
	}
	return delegatebot.At(time.Date(day.Year(), day.Month(), day.Day(), hm.Hour(), hm.Minute(), 0, 0, loc)), nil
}

// redactAsIn redacts s, a field derived from the request text: what the
// scanner finds in s itself, and every value it found in text ("John
// Smith" alone reads as no PHI; in the request it was a patient's name).
func redactAsIn(s, text string) string {
	s = phi.Redact(s, phi.Scan(s))
	for _, f := range phi.Scan(text) {
		if v := text[f.Start:f.End]; strings.TrimSpace(v) != "" {
			s = strings.ReplaceAll(s, v, phi.Placeholder(f.Type))
		}
	}
	return s
}
