package intents

import (
	"strings"

	"github.com/delegatebot/delegatebot/phi"
)

// personalCues introduce a date that belongs to a person's health record
// (date of birth, admission, discharge, death): such a date is PHI and
// never the time of the task.
var personalCues = []string{"dob", "d.o.b", "born", "birth", "admit", "admission", "discharg", "died", "death",
	"deceased", "expired on", "date of service", "dos "}

// personalWord reports a word that starts a personal-date cue.
func personalWord(w string) bool {
	switch {
	case w == "dob" || w == "d.o.b" || w == "born" || w == "died" || w == "deceased" || w == "expired" || w == "dos" || w == "date":
		return true
	case strings.HasPrefix(w, "birth"), strings.HasPrefix(w, "admi"), strings.HasPrefix(w, "discharg"), strings.HasPrefix(w, "death"):
		return true
	}
	return false
}

// dropPersonalDates removes the time expressions that the PHI detector
// marks as a DATE tied to a person's record. The detector runs only when the
// message has a time expression and a personal-date cue, so ordinary
// requests pay nothing for it.
func (p *parser) dropPersonalDates() {
	if len(p.exprs) == 0 {
		return
	}
	cued := false
	for i := range p.ts {
		if personalWord(p.ts[i].low) {
			cued = true
			break
		}
	}
	if !cued {
		return
	}
	low := strings.ToLower(p.text)
	var dates []phi.Finding
	for _, f := range phi.Scan(p.text) {
		if f.Type == phi.Date {
			dates = append(dates, f)
		}
	}
	if len(dates) == 0 {
		return
	}
	out := p.exprs[:0]
	for _, e := range p.exprs {
		if !p.personal(e, dates, low) {
			out = append(out, e)
		}
	}
	p.exprs = out
}

// personal reports whether e overlaps a PHI DATE finding that a personal
// cue shortly precedes ("DOB 3/14/1952", "admitted on 11/30").
func (p *parser) personal(e expr, dates []phi.Finding, low string) bool {
	for j := e.start; j < e.end; j++ {
		t := &p.ts[j]
		if t.k != kWord {
			continue
		}
		prevEnd := 0
		for _, f := range dates {
			if t.off+len(t.raw) <= f.Start || t.off >= f.End {
				prevEnd = f.End
				continue
			}
			if personalCueBefore(low, f.Start, prevEnd) {
				return true
			}
		}
	}
	return false
}

// personalCueBefore reports a personal-date cue in the phrase before a date
// at start: after the previous date (prevEnd), the last comma or semicolon,
// and at most 30 bytes back.
func personalCueBefore(low string, start, prevEnd int) bool {
	ctx := low[max(0, start-30, prevEnd):start]
	if k := strings.LastIndexAny(ctx, ",;"); k >= 0 {
		ctx = ctx[k+1:]
	}
	for _, c := range personalCues {
		if strings.Contains(ctx, c) {
			return true
		}
	}
	return false
}
