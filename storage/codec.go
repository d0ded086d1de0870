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

func (s *Store) encodeTicket(t *delegatebot.Ticket) map[string]any {
	return map[string]any{
		"number":    t.Number,
		"requester": t.Requester,
		"assignee":  t.Assignee,
		"intent":    string(t.Intent),
		"subject":   t.Subject,
		"people":    encodeList(t.People),
		"text":      s.Keys.seal(t.Text, ticketBinding(t.Workspace, t.Number, "text")),
		"redacted":  t.RedactedText,
		"when":      encodeMoment(t.When),
		"due":       encodeMoment(t.Due),
		"priority":  string(t.Priority),
		"duration":  t.DurationMinutes,
		"status":    string(t.Status),
		"platform":  t.Source.Platform,
		"channel":   t.Source.Channel,
		"thread":    t.Source.Thread,
		"message":   t.Source.Message,
		"event":     t.Source.Event,
		"created":   fmtTime(t.Created),
		"updated":   fmtTime(t.Updated),
	}
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
		Requester:    h["requester"],
		Assignee:     h["assignee"],
		Intent:       delegatebot.Intent(h["intent"]),
		Subject:      h["subject"],
		People:       decodeList(h["people"]),
		RedactedText: h["redacted"],
		Priority:     delegatebot.Priority(h["priority"]),
		Status:       delegatebot.Status(h["status"]),
		Source: delegatebot.Source{
			Platform: h["platform"], Channel: h["channel"], Thread: h["thread"], Message: h["message"], Event: h["event"],
		},
	}
	var err error
	if t.Number, err = strconv.ParseInt(h["number"], 10, 64); err != nil {
		return nil, fmt.Errorf("bad number field")
	}
	if t.Text, err = s.Keys.open(h["text"], ticketBinding(ws, t.Number, "text")); err != nil {
		return nil, fmt.Errorf("ticket text: %w", err)
	}
	if d := h["duration"]; d != "" {
		if t.DurationMinutes, err = strconv.Atoi(d); err != nil {
			return nil, fmt.Errorf("bad duration field")
		}
	}
	if t.When, err = decodeMoment(h["when"]); err != nil {
		return nil, fmt.Errorf("bad when field")
	}
	if t.Due, err = decodeMoment(h["due"]); err != nil {
		return nil, fmt.Errorf("bad due field")
	}
	if t.Created, err = time.Parse(time.RFC3339Nano, h["created"]); err != nil {
		return nil, fmt.Errorf("bad created field")
	}
	if t.Updated, err = time.Parse(time.RFC3339Nano, h["updated"]); err != nil {
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
