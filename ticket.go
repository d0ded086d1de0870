package delegatebot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Status is where a ticket is in its life cycle.
type Status string

// The statuses.
const (
	StatusOpen       Status = "open"
	StatusClaimed    Status = "claimed"
	StatusInProgress Status = "in_progress"
	StatusWaiting    Status = "waiting"
	StatusDone       Status = "done"
	StatusCancelled  Status = "cancelled"
)

// Statuses lists every status in life-cycle order.
var Statuses = []Status{StatusOpen, StatusClaimed, StatusInProgress, StatusWaiting, StatusDone, StatusCancelled}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// Final reports whether no transition leaves s.
func (s Status) Final() bool { return s == StatusDone || s == StatusCancelled }

// Active reports whether someone holds the ticket (claimed, in progress or waiting).
func (s Status) Active() bool {
	return s == StatusClaimed || s == StatusInProgress || s == StatusWaiting
}

// Human is the status as chat shows it: "in progress" rather than "in_progress".
func (s Status) Human() string { return strings.ReplaceAll(string(s), "_", " ") }

// TicketPrefix starts every human-friendly ticket id.
const TicketPrefix = "DEL-"

// TicketID formats a ticket number as its id: 42 -> "DEL-42".
func TicketID(n int64) string { return TicketPrefix + strconv.FormatInt(n, 10) }

// ParseTicketID accepts "DEL-42", "del-42", "#42" or "42" and returns 42.
func ParseTicketID(s string) (int64, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "#")
	if len(t) >= len(TicketPrefix) && strings.EqualFold(t[:len(TicketPrefix)], TicketPrefix) {
		t = t[len(TicketPrefix):]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || len(t) > 12 {
		return 0, Errorf(EINVALID, "That is not a ticket id; ticket ids look like %s12.", TicketPrefix)
	}
	return n, nil
}

// Source is where a ticket's request was written.
type Source struct {
	Platform string
	Channel  string
	Thread   string // thread or conversation reference to reply in
	Message  string // platform message reference
	// Link is a URL of the message the request came from (a Slack
	// permalink), for tickets opened from someone's message; may be empty.
	Link string
	// Event is the platform's id of the delivery that asked for the ticket;
	// a redelivery of the same event finds the ticket instead of making a
	// second one.
	Event string
}

// Note is a comment on a ticket.
type Note struct {
	Author string
	Text   string
	At     time.Time
}

// Ticket is one delegated piece of work.
type Ticket struct {
	Workspace       string
	Number          int64
	Requester       string // user id
	Assignee        string // user id; empty unless claimed
	Intent          Intent
	Subject         string
	People          []string // people the request names (recipients, participants)
	Text            string   // the original message; may hold PHI
	RedactedText    string   // Text with PHI replaced by placeholders
	RedactedSubject string   // Subject with PHI replaced by placeholders
	RedactedPeople  []string // People with PHI replaced by placeholders
	// PHI lists every value of the ticket found or presumed to be PHI, in
	// any field: every rendering of the ticket redacts each of them wherever
	// it occurs. Stored encrypted, like Text.
	PHI             []PHIValue
	When            Moment
	Due             Moment
	Priority        Priority
	DurationMinutes int
	Status          Status
	Source          Source
	Created         time.Time
	Updated         time.Time
	Notes           []Note
}

// ID returns the ticket's human-friendly id, e.g. "DEL-42".
func (t *Ticket) ID() string { return TicketID(t.Number) }

// Summary is the one-line form chat shows:
// "DEL-1 · calendar.reschedule · board meeting · Thu Dec 3 15:00 · open",
// ending "claimed by @bob" while someone holds it.
func (t *Ticket) Summary() string {
	s, by := t.SummaryParts()
	if by != "" {
		s += " by " + by.String()
	}
	return s
}

// SummaryParts returns Summary without its closing "by @assignee", and that
// assignee ("" unless someone holds the ticket), for messages that show the
// assignee as a mention.
func (t *Ticket) SummaryParts() (string, Mention) {
	parts := []string{t.ID(), string(t.Intent)}
	if t.Subject != "" {
		parts = append(parts, t.Subject)
	}
	if !t.When.IsZero() {
		parts = append(parts, t.When.Human())
	}
	if !t.Due.IsZero() {
		parts = append(parts, "due "+t.Due.Human())
	}
	parts = append(parts, t.Status.Human())
	var by Mention
	if t.Assignee != "" && t.Status.Active() {
		by = Mention(t.Assignee)
	}
	return strings.Join(parts, " · "), by
}

// String is for debugging and never includes text.
func (t *Ticket) String() string {
	return fmt.Sprintf("%s(%s/%s)", t.ID(), t.Workspace, t.Status)
}

// TicketUpdate is a change to a ticket outside its life cycle: the fields
// its requester may edit after opening it ("actually make it 4pm"), or who
// holds it. A nil field stays as it is.
type TicketUpdate struct {
	Assignee        *string // only while someone holds the ticket (Status.Active)
	Intent          *Intent
	Subject         *string
	People          *[]string
	When            *Moment
	Due             *Moment
	Priority        *Priority
	DurationMinutes *int
	// PHI replaces the ticket's PHI values, and RedactedSubject and
	// RedactedPeople the redacted copies, when a change of subject or people
	// brings new ones; they go with that change and are not listed by Names.
	PHI             *[]PHIValue
	RedactedSubject *string
	RedactedPeople  *[]string
}

// IsZero reports whether u changes nothing.
func (u TicketUpdate) IsZero() bool { return len(u.Names()) == 0 }

// Names lists the fields u changes, for the audit trail: "when", "people".
func (u TicketUpdate) Names() []string {
	var out []string
	for _, f := range []struct {
		set  bool
		name string
	}{
		{u.Assignee != nil, "assignee"}, {u.Intent != nil, "intent"}, {u.Subject != nil, "subject"}, {u.People != nil, "people"}, {u.When != nil, "when"},
		{u.Due != nil, "due"}, {u.Priority != nil, "priority"}, {u.DurationMinutes != nil, "duration"},
	} {
		if f.set {
			out = append(out, f.name)
		}
	}
	return out
}

// Apply writes u's fields into t.
func (u TicketUpdate) Apply(t *Ticket) {
	if u.Assignee != nil {
		t.Assignee = *u.Assignee
	}
	if u.Intent != nil {
		t.Intent = *u.Intent
	}
	if u.Subject != nil {
		t.Subject = *u.Subject
	}
	if u.People != nil {
		t.People = append([]string(nil), (*u.People)...)
	}
	if u.When != nil {
		t.When = *u.When
	}
	if u.Due != nil {
		t.Due = *u.Due
	}
	if u.Priority != nil {
		t.Priority = *u.Priority
	}
	if u.DurationMinutes != nil {
		t.DurationMinutes = *u.DurationMinutes
	}
	if u.PHI != nil {
		t.PHI = append([]PHIValue(nil), (*u.PHI)...)
	}
	if u.RedactedSubject != nil {
		t.RedactedSubject = *u.RedactedSubject
	}
	if u.RedactedPeople != nil {
		t.RedactedPeople = append([]string(nil), (*u.RedactedPeople)...)
	}
}
