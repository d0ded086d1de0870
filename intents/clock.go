package intents

import (
	"strings"
	"time"
)

// This file reads numeric time phrases (clock times, ranges, dates written
// with digits) and holds the calendar arithmetic of the time table.

// business maps a bare hour to business hours: 7-11 am, 12 noon, 1-6 pm.
func business(h int) int {
	if h >= 1 && h <= 6 {
		return h + 12
	}
	return h
}

// parseClock reads "3", "3pm", "3:30", "11:30am", "1430", "0745". It returns
// minutes after midnight, whether an am/pm or 24-hour form made it exact,
// and the am/pm suffix found ('a', 'p' or 0).
func parseClock(s string) (mins int, exact bool, suf byte, ok bool) {
	switch s {
	case "noon", "midday":
		return 12 * 60, true, 0, true
	case "midnight":
		return 0, true, 0, true
	}
	switch {
	case strings.HasSuffix(s, "am"), strings.HasSuffix(s, "pm"):
		suf, s = s[len(s)-2], s[:len(s)-2]
	case strings.HasSuffix(s, "a"), strings.HasSuffix(s, "p"):
		suf, s = s[len(s)-1], s[:len(s)-1]
	}
	h, m := 0, 0
	if k := strings.IndexByte(s, ':'); k >= 0 {
		var ok1, ok2 bool
		h, ok1 = atoi(s[:k])
		m, ok2 = atoi(s[k+1:])
		if !ok1 || !ok2 || len(s)-k-1 != 2 || k > 2 {
			return 0, false, 0, false
		}
		exact = h >= 13 || s[0] == '0'
	} else {
		n, ok1 := atoi(s)
		if !ok1 {
			return 0, false, 0, false
		}
		switch len(s) {
		case 1, 2:
			h = n
		case 3, 4:
			if suf == 0 && len(s) == 3 {
				return 0, false, 0, false
			}
			h, m = n/100, n%100
			exact = suf == 0
		default:
			return 0, false, 0, false
		}
		if len(s) <= 2 && h >= 13 {
			exact = true
		}
	}
	if h > 23 || m > 59 || (suf != 0 && (h == 0 || h > 12)) {
		return 0, false, 0, false
	}
	switch {
	case suf == 'p' && h < 12:
		h += 12
		exact = true
	case suf == 'a' && h == 12:
		h = 0
		exact = true
	case suf != 0:
		exact = true
	case !exact:
		h = business(h)
	}
	return h*60 + m, exact, suf, true
}

// clockAt reads a clock at token i, taking an am/pm or "o'clock" that
// follows as a separate token. strong says whether the context already makes
// a bare number a time ("at 3"); otherwise only forms with ':' or am/pm count.
func (p *parser) clockAt(i int, strong bool) (atom, bool) {
	if i < 0 || i >= len(p.ts) || p.ts[i].k != kWord {
		return atom{}, false
	}
	s := strings.TrimSuffix(p.ts[i].low, "ish") // "3ish"
	e := i + 1
	switch p.w(i + 1) {
	case "am", "pm", "a.m", "p.m", "a.m.", "p.m.":
		s += p.w(i + 1)
		e++
	case "o'clock", "oclock":
		e++
		strong = true
	}
	if k := strings.IndexAny(s, "-–"); k > 0 {
		return p.rangeAt(i, s[:k], s[k+len("-"):], e)
	}
	mins, exact, _, ok := parseClock(s)
	if !ok || !strong && len(s) == 4 && isDigit(s) && s[1] >= '0' && s[1] <= '9' && s[3] >= '0' && s[3] <= '9' {
		return atom{}, false // "the 2025 W-2s": 24-hour forms need "at" or a day next to them
	}
	if !exact && !strings.Contains(s, ":") {
		if !strong {
			return atom{}, false
		}
		// A bare number is a time only before a boundary or a time word:
		// "to 4 instead", not "to 2 emails".
		if e < len(p.ts) && p.ts[e].k == kWord && e == i+1 && !okAfterClock[p.w(e)] && !p.isDayWord(e) {
			return atom{}, false
		}
	}
	if u := unitOf(p.w(e)); u != 0 || p.w(e) == "mins" || p.w(e) == "%" || p.w(e) == "people" {
		return atom{}, false // "30 minutes", "3 days"
	}
	// A separate range: "2 - 3pm", "2 to 3:30".
	if sep := p.w(e); (sep == "-" || sep == "–" || sep == "to" && !p.movedFrom(i)) && e+1 < len(p.ts) {
		if b, ok := p.clockAt(e+1, true); ok && b.dur == 0 {
			if r, ok := p.rangeAt(i, p.ts[i].low, p.ts[e+1].low+suffixOf(p, e+1), b.end); ok {
				return r, true
			}
		}
	}
	return atom{start: i, end: e, clock: mins, guess: !exact}, true
}

// movedFrom reports a clock that names what is moved ("move my 3pm to
// 4pm", "push 2 to 3"): "to" after it starts the new time, not a range end.
func (p *parser) movedFrom(i int) bool {
	switch p.w(i - 1) {
	case "my", "the", "our", "your", "his", "her", "their", "this", "that":
		return true
	case "move", "push", "bump", "shift", "slide", "change", "moving", "pushing":
		return true
	case "from":
		// "shift the town hall from 12 to quarter to 1": a move names the
		// old time after "from", the new one after "to"; once the move
		// has its "to" ("move it to Thursday from 2 to 3:30") from-to is a
		// range.
		for j := i - 2; j >= 0 && j >= i-10 && p.ts[j].sent == p.ts[i].sent; j-- {
			if p.w(j) == "to" {
				return false
			}
			if moveVerbs[p.w(j)] {
				return true
			}
		}
	}
	return false
}

// moveVerbs move a meeting from one time to another.
var moveVerbs = set("move moved moving push pushed pushing bump bumped shift shifted slide change changed reschedule rescheduled")

func suffixOf(p *parser, i int) string {
	switch p.w(i + 1) {
	case "am", "pm":
		return p.w(i + 1)
	}
	return ""
}

// rangeAt builds a clock range: its start, plus the length as a duration.
// The end's am/pm applies to the start when that keeps the start earlier.
func (p *parser) rangeAt(i int, a, b string, e int) (atom, bool) {
	end, _, suf, ok := parseClock(b)
	if !ok {
		return atom{}, false
	}
	start, exact, _, ok := parseClock(a)
	if !ok {
		return atom{}, false
	}
	if suf != 0 && !strings.HasSuffix(a, "m") {
		if s2, _, _, ok := parseClock(a + string(suf) + "m"); ok && s2 <= end {
			start = s2
		} else if !exact {
			start = business(start/60)*60 + start%60
		}
	}
	d := end - start
	if d <= 0 || d > 12*60 {
		return atom{}, false
	}
	return atom{start: i, end: e, clock: start, dur: d}, true
}

// atClock matches "at|@|around|by|until|before <clock>": the preposition
// makes a bare number a time.
func (p *parser) atClock(i int) (atom, bool) {
	if i+1 >= len(p.ts) {
		return atom{}, false
	}
	if n, ok := atoi(p.ts[i+1].low); ok && len(p.ts[i+1].low) == 4 && n >= 1900 && p.w(i) != "at" {
		return atom{}, false // "by 2027"
	}
	a, ok := p.clockAt(i+1, true)
	if !ok {
		return atom{}, false
	}
	return a, true
}

// numeric matches phrases that start with a digit.
func (p *parser) numeric(i int) (atom, bool) {
	low := p.ts[i].low
	if strings.Count(low, "/") >= 1 {
		return p.slashDate(i)
	}
	if n, ok := ordinal(low); ok {
		if m, ok := months[p.w(i+1)]; ok {
			return p.mdAtom(i, i+2, m, n)
		}
		if p.w(i+1) == "of" {
			if m, ok := months[p.w(i+2)]; ok {
				return p.mdAtom(i, i+3, m, n)
			}
		}
		return p.domAtom(i, n)
	}
	if n, ok := atoi(low); ok && n >= 1 && n <= 31 {
		if m, ok := months[p.w(i+1)]; ok && p.w(i+1) != "may" || p.w(i+1) == "may" && p.ts[i+1].cap {
			return p.mdAtom(i, i+2, m, n)
		}
	}
	nx := p.w(i + 1)
	if p.quickLength(i) {
		return atom{}, false // "a quick 15": a meeting's length (priority.go)
	}
	return p.clockAt(i, p.afterDay(i) || nx == "today" || nx == "tomorrow" || nx == "tonight") // "4 today"
}

// quickLength reports a bare number said as a short meeting's length in
// minutes: "a quick 15", "grab a quick 30".
func (p *parser) quickLength(i int) bool {
	if p.w(i-1) != "quick" || i >= len(p.ts) || p.ts[i].k != kWord {
		return false
	}
	switch p.ts[i].low {
	case "10", "15", "20", "30", "45":
		return true
	}
	return false
}

// okAfterClock may follow a bare-number time.
var okAfterClock = set(`instead please pls thanks thank and if then at for with so or latest sharp on this next
	but because since when unless though isn't wasn't won't can't doesn't anymore um uh like ish tho works
	tomorrow today tonight works work is ok okay pm am o'clock oclock if you the to by about re regarding my
	sharp-ish est et ct pt mt cst pst edt`)

// isDayWord reports a weekday, month or relative day word at j.
func (p *parser) isDayWord(j int) bool {
	w := p.w(j)
	_, wd := weekdays[w]
	_, mo := months[w]
	return wd || mo || w == "today" || w == "tomorrow" || w == "tonight" || w == "eod" || w == "noon" ||
		w == "morning" || w == "afternoon" || w == "evening"
}

// afterDay reports whether token i directly follows a day phrase, so that a
// bare number there is a clock ("4/14, 4", "sep 9th, 10").
func (p *parser) afterDay(i int) bool {
	if len(p.atoms) == 0 {
		return false
	}
	a := p.atoms[len(p.atoms)-1]
	if !a.hasDay() || a.hasClock() {
		return false
	}
	j := a.end
	for j < i && (p.w(j) == "," || p.w(j) == "at" || p.w(j) == "@") {
		j++
	}
	return j == i
}

// ordinal parses "3rd", "15th", "1st", "22nd".
func ordinal(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	switch s[len(s)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	n, ok := atoi(s[:len(s)-2])
	return n, ok && n >= 1 && n <= 31
}

// okAfterOrdinal are words that may follow "the 15th" when it is a date; any
// other word makes it a modifier ("3rd floor").
var okAfterOrdinal = set(`immediately asap urgently stat whenever sometime anymore i we i'm i'll can can't cant won't
	isn't is was has will
	at by and or instead please thanks thank from to for in on morning afternoon evening noon
	night eod until before latest if so then too also works work is would could pls anymore as instead-of
	ok okay thx ty - – — , :`)

// ordinalDate reports whether the ordinal at i can be a day of the month by
// the word after it: a time word, punctuation, the end, or, after "on the",
// "by the", "for the", "to the", any word but a noun an ordinal counts ("on
// the 12th bc of the survey", not "on the 3rd floor").
func (p *parser) ordinalDate(i int) bool {
	if i+1 >= len(p.ts) || p.ts[i+1].k != kWord || okAfterOrdinal[p.w(i+1)] || isDigit(p.ts[i+1].low) {
		return true
	}
	if p.w(i-1) != "the" {
		return false
	}
	switch p.w(i - 2) {
	case "by", "until", "before":
		return !ordNouns[p.w(i+1)]
	case "on", "for", "to", "after", "from", "since", "through", "thru":
		// Digits only: "on the first flight", "for the second pay period".
		return isDigit(p.ts[i].low) && !ordNouns[p.w(i+1)]
	}
	return false
}

// ordNouns are what an ordinal counts besides days: "the 3rd floor".
var ordNouns = set(`floor floors grade grader graders street st avenue ave round place time times year years anniversary
	edition draft version quarter qtr percentile birthday period shift week weeks month months day days floor's
	item items point points line row page chapter session visit attempt try call dose cycle trimester generation
	century district ward unit bed level step stage phase tier option priority slot`)

// domAtom resolves "the 15th": this month if still ahead, else next month.
func (p *parser) domAtom(i, n int) (atom, bool) {
	if !p.ordinalDate(i) {
		return atom{}, false
	}
	s := i
	if p.w(i-1) == "the" {
		s--
	}
	y, m, _ := p.today.Date()
	for k := 0; k < 13; k++ {
		d := time.Date(y, m, n, 0, 0, 0, 0, time.UTC)
		if d.Day() == n && !d.Before(p.today) {
			return dayAtom(s, i+1, d)
		}
		m++
	}
	return atom{}, false
}

func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// monthDay matches "Dec 3", "December 3rd", "dec. 3, 2027".
func (p *parser) monthDay(i, m int) (atom, bool) {
	j := i + 1
	if p.w(j) == "." {
		j++
	}
	if p.w(j) == "the" {
		j++
	}
	if j >= len(p.ts) {
		return atom{}, false
	}
	low := p.ts[j].low
	if k := strings.IndexAny(low, "-–"); k > 0 {
		if strings.HasSuffix(low, "m") || strings.Contains(low, ":") {
			return atom{}, false // "in March 8-9am": a clock range
		}
		low = low[:k] // "Mar 9-11": the first day
	}
	n, ok := ordinal(low)
	if !ok {
		n, ok = atoi(low)
		if !ok || n < 1 || n > 31 || len(low) > 2 {
			return atom{}, false
		}
	}
	return p.mdAtom(i, j+1, m, n)
}

// mdAtom resolves month/day to its next occurrence on or after today, or to
// the given year when one follows.
func (p *parser) mdAtom(s, e, m, n int) (atom, bool) {
	y := p.today.Year()
	k := e
	if p.w(k) == "," {
		k++
	}
	if v, ok := atoi(p.w(k)); ok && len(p.w(k)) == 4 && v >= 2000 && v < 2100 {
		y, e = v, k+1
	} else {
		d := time.Date(y, time.Month(m), n, 0, 0, 0, 0, time.UTC)
		if d.Before(p.today) {
			y++
		}
	}
	d := time.Date(y, time.Month(m), n, 0, 0, 0, 0, time.UTC)
	if d.Day() != n {
		return atom{}, false
	}
	return dayAtom(s, e, d)
}

// slashDate matches US month/day "12/3", "1/06", "12/3/2027".
func (p *parser) slashDate(i int) (atom, bool) {
	parts := strings.Split(p.ts[i].low, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return atom{}, false
	}
	m, ok1 := atoi(parts[0])
	d, ok2 := atoi(parts[1])
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > 31 || len(parts[1]) > 2 {
		return atom{}, false
	}
	a, ok := p.mdAtom(i, i+1, m, d)
	if ok && len(parts) == 3 {
		y, ok := atoi(parts[2])
		if !ok {
			return atom{}, false
		}
		if y < 100 {
			y += 2000
		}
		a.day = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	return a, ok
}

// nextWeekday is the next occurrence of wd strictly after today. "next
// <weekday>" resolves the same way: where the table calls it ambiguous this
// is one of the accepted readings.
func (p *parser) nextWeekday(wd int) time.Time {
	k := (wd - int(p.today.Weekday()) + 7) % 7
	if k == 0 {
		k = 7
	}
	return p.today.AddDate(0, 0, k)
}

// mondayOf returns the Monday of d's Monday-Sunday week.
func mondayOf(d time.Time) time.Time {
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// weekMonday is the Monday of this week (+n weeks).
func (p *parser) weekMonday(n int) time.Time { return mondayOf(p.today).AddDate(0, 0, 7*n) }

// monthEnd is the last day of this month (+n months).
func (p *parser) monthEnd(n int) time.Time {
	y, m, _ := p.today.Date()
	return time.Date(y, m+time.Month(n)+1, 0, 0, 0, 0, 0, time.UTC)
}
