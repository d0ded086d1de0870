package storage

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Tickets are Redis hashes with one field per attribute, so that a transition
// updates only the fields it changes. Times are RFC 3339 with nanoseconds;
// moments use delegatebot.Moment's own format with the location kept by name.

func fmtTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// The fields of a ticket's hash. They are named here and nowhere else:
// every read and write of a ticket goes through this file.
const (
	fieldNumber    = "number"
	fieldRequester = "requester"
	fieldAssignee  = "assignee"
	fieldIntent    = "intent"
	fieldSubject   = "subject" // sealed: it may hold PHI
	fieldPeople    = "people"  // sealed: it may hold PHI
	fieldText      = "text"    // sealed: it may hold PHI
	fieldRedacted  = "redacted"
	// The ticket's PHI values (sealed) and the redacted copies of its
	// derived fields, for listings and for tickets past retention.
	fieldPHI             = "phi"
	fieldRedactedSubject = "redacted_subject"
	fieldRedactedPeople  = "redacted_people"
	fieldPurged          = "purged" // when retention removed the PHI-bearing fields
	fieldWhen            = "when"
	fieldDue             = "due"
	fieldPriority        = "priority"
	fieldDuration        = "duration"
	fieldStatus          = "status"
	fieldPlatform        = "platform"
	fieldChannel         = "channel"
	fieldThread          = "thread"
	fieldMessage         = "message"
	fieldEvent           = "event"
	fieldLink            = "link"
	fieldCreated         = "created"
	fieldUpdated         = "updated"
	// fieldVersion counts the ticket's writes: every script or transaction
	// that writes a ticket raises it (HINCRBY), and Transition's
	// compare-and-set checks it (see ticketcache.go). A ticket written
	// before versions existed has none, read as 0.
	fieldVersion = "version"
)

// versionOf returns the version of a ticket's stored fields.
func versionOf(h map[string]string) int64 {
	v, _ := strconv.ParseInt(h[fieldVersion], 10, 64)
	return v
}

func (s *Store) encodeTicket(t *delegatebot.Ticket) map[string]any {
	return map[string]any{
		fieldNumber:    t.Number,
		fieldRequester: t.Requester,
		fieldAssignee:  t.Assignee,
		fieldIntent:    string(t.Intent),
		fieldSubject:   s.Keys.seal(t.Subject, ticketBinding(t.Workspace, t.Number, fieldSubject)),
		fieldPeople:    s.Keys.seal(encodeList(t.People), ticketBinding(t.Workspace, t.Number, fieldPeople)),
		fieldText:      s.Keys.seal(t.Text, ticketBinding(t.Workspace, t.Number, fieldText)),
		fieldRedacted:  t.RedactedText,

		fieldPHI:             s.Keys.seal(encodePHI(t.PHI), ticketBinding(t.Workspace, t.Number, fieldPHI)),
		fieldRedactedSubject: t.RedactedSubject,
		fieldRedactedPeople:  encodeList(t.RedactedPeople),
		fieldWhen:            encodeMoment(t.When),
		fieldDue:             encodeMoment(t.Due),
		fieldPriority:        string(t.Priority),
		fieldDuration:        t.DurationMinutes,
		fieldStatus:          string(t.Status),
		fieldPlatform:        t.Source.Platform,
		fieldChannel:         t.Source.Channel,
		fieldThread:          t.Source.Thread,
		fieldMessage:         t.Source.Message,
		fieldEvent:           t.Source.Event,
		fieldLink:            t.Source.Link,
		fieldCreated:         fmtTime(t.Created),
		fieldUpdated:         fmtTime(t.Updated),
		fieldVersion:         1, // a new ticket's first write
	}
}

// encodeUpdate returns the field-value pairs that write u, already applied
// to t, and t's update time.
func (s *Store) encodeUpdate(t *delegatebot.Ticket, u delegatebot.TicketUpdate) []any {
	out := []any{fieldUpdated, fmtTime(t.Updated)}
	if u.Assignee != nil {
		out = append(out, fieldAssignee, t.Assignee)
	}
	if u.Intent != nil {
		out = append(out, fieldIntent, string(t.Intent))
	}
	if u.Subject != nil {
		out = append(out, fieldSubject, s.sealField(t, fieldSubject, t.Subject), fieldRedactedSubject, t.RedactedSubject)
	}
	if u.People != nil {
		out = append(out, fieldPeople, s.sealField(t, fieldPeople, encodeList(t.People)), fieldRedactedPeople, encodeList(t.RedactedPeople))
	}
	if u.PHI != nil {
		out = append(out, fieldPHI, s.sealField(t, fieldPHI, encodePHI(t.PHI)))
	}
	if u.When != nil {
		out = append(out, fieldWhen, encodeMoment(t.When))
	}
	if u.Due != nil {
		out = append(out, fieldDue, encodeMoment(t.Due))
	}
	if u.Priority != nil {
		out = append(out, fieldPriority, string(t.Priority))
	}
	if u.DurationMinutes != nil {
		out = append(out, fieldDuration, t.DurationMinutes)
	}
	return out
}

// encodeTransition returns the field-value pairs that write t's status,
// assignee and update time after a transition.
func encodeTransition(t *delegatebot.Ticket) []any {
	return []any{fieldStatus, string(t.Status), fieldAssignee, t.Assignee, fieldUpdated, fmtTime(t.Updated)}
}

// encodeMoment keeps the zone name beside the value so that a day or an
// instant reads back in the requester's location.
func encodeMoment(m delegatebot.Moment) string {
	if m.IsZero() {
		return ""
	}
	return m.String() + " " + m.T.Location().String()
}

func decodeMoment(s string) (delegatebot.Moment, error) {
	if s == "" {
		return delegatebot.Moment{}, nil
	}
	v, zone := s, ""
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			v, zone = s[:i], s[i+1:]
			break
		}
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	m, err := delegatebot.ParseMoment(v, loc)
	if err != nil {
		return m, err
	}
	if m.Clock {
		m.T = m.T.In(loc)
	}
	return m, nil
}

func (s *Store) decodeTicket(ws string, h map[string]string) (*delegatebot.Ticket, error) {
	t := &delegatebot.Ticket{
		Workspace:    ws,
		Requester:    h[fieldRequester],
		Assignee:     h[fieldAssignee],
		Intent:       delegatebot.Intent(h[fieldIntent]),
		RedactedText: h[fieldRedacted],

		RedactedSubject: h[fieldRedactedSubject],
		RedactedPeople:  decodeList(h[fieldRedactedPeople]),
		Priority:        delegatebot.Priority(h[fieldPriority]),
		Status:          delegatebot.Status(h[fieldStatus]),
		Source: delegatebot.Source{
			Platform: h[fieldPlatform], Channel: h[fieldChannel], Thread: h[fieldThread], Message: h[fieldMessage], Event: h[fieldEvent],
			Link: h[fieldLink],
		},
	}
	var err error
	if t.Number, err = strconv.ParseInt(h[fieldNumber], 10, 64); err != nil {
		return nil, fmt.Errorf("bad number field")
	}
	if t.Text, err = s.Keys.open(h[fieldText], ticketBinding(ws, t.Number, fieldText)); err != nil {
		return nil, fmt.Errorf("ticket text: %w", err)
	}
	if err := s.decodeProtected(t, h); err != nil {
		return nil, err
	}
	if d := h[fieldDuration]; d != "" {
		if t.DurationMinutes, err = strconv.Atoi(d); err != nil {
			return nil, fmt.Errorf("bad duration field")
		}
	}
	if t.When, err = decodeMoment(h[fieldWhen]); err != nil {
		return nil, fmt.Errorf("bad when field")
	}
	if t.Due, err = decodeMoment(h[fieldDue]); err != nil {
		return nil, fmt.Errorf("bad due field")
	}
	if t.Created, err = time.Parse(time.RFC3339Nano, h[fieldCreated]); err != nil {
		return nil, fmt.Errorf("bad created field")
	}
	if t.Updated, err = time.Parse(time.RFC3339Nano, h[fieldUpdated]); err != nil {
		return nil, fmt.Errorf("bad updated field")
	}
	if !t.Status.Valid() {
		return nil, fmt.Errorf("bad status field")
	}
	return t, nil
}

// encodeNote encrypts the whole note of ticket number: its text may hold PHI.
func (s *Store) encodeNote(ws string, number int64, n delegatebot.Note) string {
	b, _ := json.Marshal(n) // a Note always marshals
	return s.Keys.seal(string(b), ticketBinding(ws, number, "note"))
}

func (s *Store) decodeNote(ws string, number int64, raw string) (delegatebot.Note, error) {
	var n delegatebot.Note
	plain, err := s.Keys.open(raw, ticketBinding(ws, number, "note"))
	if err != nil {
		return n, fmt.Errorf("note: %w", err)
	}
	if err := json.Unmarshal([]byte(plain), &n); err != nil {
		return n, fmt.Errorf("note: malformed")
	}
	return n, nil
}

func encodeList(l []string) string {
	if len(l) == 0 {
		return ""
	}
	b, _ := json.Marshal(l) // a []string always marshals
	return string(b)
}

func decodeList(s string) []string {
	var l []string
	if s != "" {
		_ = json.Unmarshal([]byte(s), &l) // a malformed list reads as empty
	}
	return l
}
