package intents

import (
	"context"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// PersonDates keeps a person's dates out of a request's when and due. The
// PHI detector marks the dates of a person (birth, admission, discharge,
// death, procedure) as DATE; a request that names a patient's date of birth
// and "tomorrow" must be scheduled tomorrow, never on the birth date. When
// the detector finds such dates, the times come from the text with those
// dates blanked out; everything else comes from the text as written.
type PersonDates struct{ Parser Parser }

// Parse implements Parser.
func (p PersonDates) Parse(ctx context.Context, text string, now time.Time) (delegatebot.Request, error) {
	req, err := p.Parser.Parse(ctx, text, now)
	if err != nil || (req.When.IsZero() && req.Due.IsZero()) {
		return req, err
	}
	masked, ok := maskPersonDates(text)
	if !ok {
		return req, nil
	}
	m, err := p.Parser.Parse(ctx, masked, now)
	if err != nil {
		return req, err
	}
	req.When, req.Due = m.When, m.Due
	return req, nil
}

// Answer implements Parser.
func (p PersonDates) Answer(ctx context.Context, text string, now time.Time, in delegatebot.Intent) (delegatebot.Request, error) {
	req, err := p.Parser.Answer(ctx, text, now, in)
	if err != nil || (req.When.IsZero() && req.Due.IsZero()) {
		return req, err
	}
	masked, ok := maskPersonDates(text)
	if !ok {
		return req, nil
	}
	m, err := p.Parser.Answer(ctx, masked, now, in)
	if err != nil {
		return req, err
	}
	req.When, req.Due = m.When, m.Due
	return req, nil
}

// maskPersonDates replaces each date the detector marks as a person's with
// a neutral word, and reports whether there was one.
func maskPersonDates(text string) (string, bool) {
	var b strings.Builder
	pos, found := 0, false
	for _, f := range phi.Scan(text) {
		if f.Type != phi.Date {
			continue
		}
		found = true
		b.WriteString(text[pos:f.Start])
		b.WriteString("record")
		pos = f.End
	}
	if !found {
		return text, false
	}
	b.WriteString(text[pos:])
	return b.String(), true
}
