package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// A ticket's derived fields (subject, people) may hold PHI as much as its
// text: they are sealed like it, with redacted copies beside them for
// listings. The ticket's PHI values — what every rendering redacts — are
// sealed too. A ticket past retention (retention.go) has lost its sealed
// fields; it reads back with its redacted copies in their place.

// decodeProtected opens t's sealed subject, people and PHI values from h,
// falling back to the redacted copies when they were purged.
func (s *Store) decodeProtected(t *delegatebot.Ticket, h map[string]string) error {
	open := func(f string) (string, error) { return s.Keys.open(h[f], ticketBinding(t.Workspace, t.Number, f)) }
	subject, err := open(fieldSubject)
	if err != nil {
		return fmt.Errorf("ticket subject: %w", err)
	}
	people, err := open(fieldPeople)
	if err != nil {
		return fmt.Errorf("ticket people: %w", err)
	}
	values, err := open(fieldPHI)
	if err != nil {
		return fmt.Errorf("ticket phi: %w", err)
	}
	t.Subject, t.People, t.PHI = subject, decodeList(people), decodePHI(values)
	if h[fieldPurged] != "" {
		t.Text, t.Subject, t.People = t.RedactedText, t.RedactedSubject, t.RedactedPeople
	}
	return nil
}

// sealField seals v as field of ticket t, bound to both.
func (s *Store) sealField(t *delegatebot.Ticket, field, v string) string {
	return s.Keys.seal(v, ticketBinding(t.Workspace, t.Number, field))
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

// Reprotect recomputes ticket n's PHI values and redacted copies with
// protect (which edits the ticket it is given) and writes them, with the
// sealed fields resealed under the current key, in one transaction audited
// as "ticket.migrate". It is for tickets written before tickets had PHI
// sets; a ticket retention already purged is left alone (false).
func (s *Store) Reprotect(ctx context.Context, ws string, n int64, protect func(t *delegatebot.Ticket)) (bool, error) {
	purged, err := s.rdb.HGet(ctx, ticketKey(ws, n), fieldPurged).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return false, fmt.Errorf("reprotect: %w", err)
	}
	if purged != "" {
		return false, nil
	}
	_, err = s.updateTicket(ctx, ws, n, func(t *delegatebot.Ticket, p redis.Pipeliner) error {
		protect(t)
		p.HSet(ctx, ticketKey(ws, n),
			fieldText, s.sealField(t, fieldText, t.Text), fieldSubject, s.sealField(t, fieldSubject, t.Subject),
			fieldPeople, s.sealField(t, fieldPeople, encodeList(t.People)),
			fieldPHI, s.sealField(t, fieldPHI, encodePHI(t.PHI)), fieldRedacted, t.RedactedText,
			fieldRedactedSubject, t.RedactedSubject, fieldRedactedPeople, encodeList(t.RedactedPeople))
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: "bot", Action: "ticket.migrate",
			Ticket: t.ID(), Detail: fmt.Sprintf("phi_values=%d", len(t.PHI))})
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("reprotect %s: %w", delegatebot.TicketID(n), err)
	}
	return true, nil
}
