package storage

import (
	"encoding/json"
	"fmt"

	"github.com/delegatebot/delegatebot"
)

// A ticket's derived fields (subject, people) may hold PHI as much as its
// text: they are sealed like it, with redacted copies beside them for
// listings. The ticket's PHI values — what every rendering redacts — are
// sealed too. A ticket past retention (retention.go) has lost its sealed
// fields; it reads back with its redacted copies in their place.

// decodeProtected opens t's sealed subject, people and PHI values from h,
// falling back to the redacted copies when they were purged.
func (s *Store) decodeProtected(t *delegatebot.Ticket, h map[string]string) error {
	subject, err := s.Keys.open(h[fieldSubject])
	if err != nil {
		return fmt.Errorf("ticket subject: %w", err)
	}
	people, err := s.Keys.open(h[fieldPeople])
	if err != nil {
		return fmt.Errorf("ticket people: %w", err)
	}
	values, err := s.Keys.open(h[fieldPHI])
	if err != nil {
		return fmt.Errorf("ticket phi: %w", err)
	}
	t.Subject, t.People, t.PHI = subject, decodeList(people), decodePHI(values)
	if h[fieldPurged] != "" {
		t.Text, t.Subject, t.People = t.RedactedText, t.RedactedSubject, t.RedactedPeople
	}
	return nil
}

func encodePHI(vs []delegatebot.PHIValue) string {
	if len(vs) == 0 {
		return ""
	}
	b, _ := json.Marshal(vs) // always marshals
	return string(b)
}

func decodePHI(s string) []delegatebot.PHIValue {
	var vs []delegatebot.PHIValue
	if s != "" {
		_ = json.Unmarshal([]byte(s), &vs) // a malformed list reads as empty
	}
	return vs
}
