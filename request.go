package delegatebot

import (
	"encoding/json"
	"time"
)

// Intent is the kind of work a request asks for. The set is fixed; see
// INTENT-LABELS.md in the evaluation data.
type Intent string

// The intents.
const (
	IntentSchedule      Intent = "calendar.schedule"
	IntentReschedule    Intent = "calendar.reschedule"
	IntentCancelMeeting Intent = "calendar.cancel"
	IntentDraftReply    Intent = "email.draft_reply"
	IntentSend          Intent = "email.send"
	IntentTriage        Intent = "email.triage"
	IntentPrepareDoc    Intent = "document.prepare"
	IntentOrganizeDocs  Intent = "document.organize"
	IntentTravel        Intent = "travel.book"
	IntentReminder      Intent = "reminder.set"
	IntentTask          Intent = "task.general"
	IntentStatus        Intent = "ticket.status"
	IntentNone          Intent = "none"
)

// Intents lists every intent in a stable order.
var Intents = []Intent{
	IntentSchedule, IntentReschedule, IntentCancelMeeting,
	IntentDraftReply, IntentSend, IntentTriage,
	IntentPrepareDoc, IntentOrganizeDocs, IntentTravel,
	IntentReminder, IntentTask, IntentStatus, IntentNone,
}

// Valid reports whether i is one of Intents.
func (i Intent) Valid() bool {
	for _, v := range Intents {
		if i == v {
			return true
		}
	}
	return false
}

// Priority is how soon a request should be handled. The empty Priority means
// "not a request" (intent none).
type Priority string

// The priorities.
const (
	PriorityLow    Priority = "low"
	PriorityNormal Priority = "normal"
	PriorityHigh   Priority = "high"
	PriorityUrgent Priority = "urgent"
)

// Valid reports whether p is one of the priorities.
func (p Priority) Valid() bool {
	switch p {
	case PriorityLow, PriorityNormal, PriorityHigh, PriorityUrgent:
		return true
	}
	return false
}

// Moment is a time named in a request: either a day (Clock false; only the
// date of T counts) or an instant (Clock true). The zero Moment means absent.
type Moment struct {
	T     time.Time
	Clock bool
}

// DateOf returns a Moment for the day of t in t's location.
func DateOf(t time.Time) Moment {
	y, m, d := t.Date()
	return Moment{T: time.Date(y, m, d, 0, 0, 0, 0, t.Location())}
}

// At returns a Moment for the instant t.
func At(t time.Time) Moment { return Moment{T: t, Clock: true} }

// IsZero reports whether the moment is absent.
func (m Moment) IsZero() bool { return m.T.IsZero() }

// String formats the moment as in the parse contract: RFC 3339 with offset for
// an instant, YYYY-MM-DD for a day and "" when absent.
func (m Moment) String() string {
	switch {
	case m.IsZero():
		return ""
	case m.Clock:
		return m.T.Format(time.RFC3339)
	default:
		return m.T.Format(time.DateOnly)
	}
}

// Human formats the moment for chat: "Thu Dec 3 15:00" or "Thu Dec 3".
func (m Moment) Human() string {
	switch {
	case m.IsZero():
		return ""
	case m.Clock:
		return m.T.Format("Mon Jan 2 15:04")
	default:
		return m.T.Format("Mon Jan 2")
	}
}

// ParseMoment parses the output of String. The empty string is the zero Moment.
// Days are placed in loc (UTC when nil).
func ParseMoment(s string, loc *time.Location) (Moment, error) {
	if s == "" {
		return Moment{}, nil
	}
	if loc == nil {
		loc = time.UTC
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
		return Moment{T: t}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Moment{}, err
	}
	return Moment{T: t, Clock: true}, nil
}

// MarshalJSON writes the moment as its String, or null when absent.
func (m Moment) MarshalJSON() ([]byte, error) {
	if m.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(m.String())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Moment) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil {
		*m = Moment{}
		return nil
	}
	v, err := ParseMoment(*s, time.UTC)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Request is what the parser understood of a message. Fields the message does
// not state are left empty: the bot never invents them.
type Request struct {
	Intent          Intent
	Subject         string
	People          []string
	When            Moment
	Due             Moment
	Priority        Priority // empty for IntentNone
	DurationMinutes int      // 0 when not stated
	Confidence      float64  // 0..1
	// Missing names the slots the intent needs that the message did not give,
	// e.g. "when" for a reschedule with no new time.
	Missing []string
}
