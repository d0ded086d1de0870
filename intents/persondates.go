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
	masked, ok := maskPersonDates(text, now)
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
	masked, ok := maskPersonDates(text, now)
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

// maskPersonDates replaces each date the detector marks as a person's
// record date (a cue such as DOB, admitted, discharged in its phrase, or a
// year already past) with a neutral word, and reports whether there was
// one. Other dates it marks, such as the requester's own appointment ("cancel
// my dentist appointment on 12/3"), stay: they are the time of the task.
func maskPersonDates(text string, now time.Time) (string, bool) {
	var b strings.Builder
	pos, found, prevEnd := 0, false, 0
	low := strings.ToLower(text)
	for _, f := range phi.Scan(text) {
		if f.Type != phi.Date {
			continue
		}
		keep := !personalCueBefore(low, f.Start, prevEnd) && !pastYear(text[f.Start:f.End], now.Year())
		prevEnd = f.End
		if keep {
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

// pastYear reports a date written with a four-digit year before this one
// ("7/22/1949", "March 14, 1952").
func pastYear(date string, year int) bool {
	for i := 0; i+4 <= len(date); i++ {
		if i > 0 && isDigit(date[i-1:]) || i+4 < len(date) && isDigit(date[i+4:]) {
			continue
		}
		if y, ok := atoi(date[i : i+4]); ok && y >= 1900 && y < year {
			return true
		}
	}
	return false
}
