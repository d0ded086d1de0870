package intents

import (
	"strings"
	"sync"
	"time"
)

// This file is the compositional time grammar, in the manner of Duckling's
// rules: the words of the message become typed items (numbers, ordinals,
// months, weekdays, days, clock times, parts of day, zones, durations),
// and rules join two neighbouring items (with the small words between them)
// into one, by priority, until none applies. What is left and was built by a
// rule becomes an atom that replaces the simpler atoms it covers
// (time.go); expressions, roles and resolution then work as before.
//
// The lexicon reads, besides the plain words: weekday and month names
// misspelt by up to two edits ("wensday", "Setpember"; one edit is the
// tokenizer's), hours as dictation writes them ("at too", "for o'clock"),
// clocks in hyphenated words ("two-thirty"), zones after a clock in any case
// and cities' zones ("2pm their time" with the Chicago office), US holidays
// with Easter, and Spanish time words ("el lunes a las diez y media").
// The rules (grammar_rules.go) add ranges ("9-11 am Pacific", "8 to noon",
// "1-8 september"), "the week after/of <day>", "the Nth weekday" of this or
// a named month or "of each month", "the first Monday after New Year's",
// "N days before" the last day named, 24-hour clocks before "hrs".
//
// timeexpr.go then gives each expression a role: when, due (by, before,
// ahead of, prior to, the deadline is, a cut-off verb, "Monday by 10am"),
// context (past, self-status "I'm in the OR until 2", "on a Wednesday"),
// a replaced value (instead of, not, from <old> in a move) or a correction
// (sorry, I mean, no wait); a recurrence becomes its first occurrence
// ("every Tuesday starting next week"); a clock said without a day takes
// the day of its clause, and "same time" / "for then" take the clock or day
// said before.

type gkind uint8

const (
	gNone    gkind = iota
	gNum           // a number: "3", "ten", "forty-five"
	gOrd           // an ordinal: "3rd", "third"
	gMonth         // a month, maybe with a year
	gWeekday       // a weekday
	gDay           // a civil date
	gClock         // a time of day, maybe a range, maybe in a zone
	gPart          // a part of day: morning, evening, tonight
	gMer           // am / pm
	gZone          // a time zone
	gUnit          // a duration unit
	gDur           // a duration
	gFrac          // half, quarter, three-quarters (of an hour)
	gOclock        // o'clock
	gNth           // "first tuesday", "last friday": a weekday's rank in a month
	gLast          // "last"
	gTime          // an exact instant ("in 2.5 hours")
)

// gitem is one typed item over tokens [s, e).
type gitem struct {
	k       gkind
	s, e    int
	n       int            // number, ordinal, month (1-12), weekday (0-6), year, rank (-1 last), minutes (fraction)
	year    int            // gMonth, gDay: an explicit year (0 if none)
	day     time.Time      // gDay
	clock   int            // gClock, gPart: minutes after midnight
	exact   bool           // gClock: am/pm known
	dur     int            // gClock: range length; gDur: minutes (unit m/h)
	days    int            // gDur: days; months in months
	months  int            // gDur
	unit    byte           // gUnit
	zone    *time.Location // gClock
	art     bool           // gNum: the article "a"/"an"
	words   bool           // gNum: written in words
	week    bool           // gDur: "the week" before after/before/of: the Monday of a week
	every   bool           // gMonth: "each month": the first month it falls ahead in
	anaphor bool           // gPart, gClock: "that morning": on the day said last
	today   bool           // gPart: tonight / this evening
	hol     string         // gDay: the holiday it is, so a year can move it
	inst    time.Time      // gTime
	built   bool           // made by a rule: worth an atom
}

func (p *parser) grammarAtoms() {
	items := p.gitems[:0]
	for i := 0; i < len(p.ts); {
		it, ok := p.lexItem(i)
		if !ok {
			i++
			continue
		}
		items = append(items, it)
		i = it.e
	}
	// Binary rules by priority; when none applies, the unary rules; after
	// any change, start again from the highest priority rule.
	for changed := true; changed; {
		changed = false
		for _, rule := range grammarRules {
			for j := 0; j+1 < len(items); j++ {
				if c, ok := rule(p, &items[j], &items[j+1]); ok {
					c.built = true
					items[j] = c
					items = append(items[:j+1], items[j+2:]...)
					changed = true
				}
			}
			if changed {
				break
			}
		}
		if changed {
			continue
		}
		p.gitems = items // unary rules may look at the other items
		for j := range items {
			if c, ok := p.unary(&items[j]); ok {
				c.built = true
				items[j] = c
				changed = true
			}
		}
	}
	p.gitems = items
	for _, it := range items {
		if !it.built {
			continue
		}
		if a, ok := p.itemAtom(it); ok {
			p.overlay(a)
		}
	}
}

// overlay puts a grammar atom in place of the atoms it overlaps, when it is
// at least as long as each of them.
func (p *parser) overlay(a atom) {
	out := p.atoms[:0:0]
	for _, b := range p.atoms {
		if b.end <= a.start || b.start >= a.end {
			out = append(out, b)
			continue
		}
		if b.end-b.start > a.end-a.start {
			return
		}
	}
	k := 0
	for k < len(out) && out[k].start < a.start {
		k++
	}
	out = append(out, atom{})
	copy(out[k+1:], out[k:])
	out[k] = a
	p.atoms = out
}

func (p *parser) itemAtom(it gitem) (atom, bool) {
	switch it.k {
	case gDay:
		return atom{start: it.s, end: it.e, day: it.day, clock: -1}, true
	case gClock:
		return atom{start: it.s, end: it.e, day: it.day, clock: it.clock, dur: it.dur, guess: !it.exact, zone: it.zone, anaphor: it.anaphor}, true
	case gPart:
		a := atom{start: it.s, end: it.e, clock: it.clock, part: true, anaphor: it.anaphor}
		if it.today {
			a.day = p.today
		}
		return a, true
	case gTime:
		return atom{start: it.s, end: it.e, clock: -1, inst: it.inst}, true
	case gWeekday:
		return atom{start: it.s, end: it.e, day: p.nextWeekday(it.n), clock: -1}, true
	}
	return atom{}, false
}

var (
	tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
	ones = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	ordWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
		"thirtieth": 30}
)

// wordNumber reads "seven", "twenty", "forty-five", "twenty-first".
func wordNumber(w string) (n int, ord bool, ok bool) {
	if v, ok := ones[w]; ok {
		return v, false, true
	}
	if v, ok := tens[w]; ok {
		return v, false, true
	}
	if v, ok := ordWords[w]; ok {
		return v, true, true
	}
	if a, b, cut := strings.Cut(w, "-"); cut {
		if t, ok := tens[a]; ok {
			if u, ok := ones[b]; ok && u < 10 {
				return t + u, false, true
			}
			if u, ok := ordWords[b]; ok && u < 10 {
				return t + u, true, true
			}
		}
	}
	return 0, false, false
}

// lexItem reads the typed item starting at token i.
func (p *parser) lexItem(i int) (gitem, bool) {
	t := &p.ts[i]
	if t.k != kWord {
		return gitem{}, false
	}
	w, low := t.w, t.low
	it := gitem{s: i, e: i + 1, clock: -1}
	mk := func(k gkind, n int) (gitem, bool) { it.k, it.n = k, n; return it, true }
	if len(w) > 5 && strings.HasSuffix(w, "ish") && !isDigit(w) {
		// "nine-ish", "noonish": about that time.
		switch base := strings.TrimSuffix(strings.TrimSuffix(w, "ish"), "-"); {
		case base == "noon":
			it.clock, it.exact, it.built = 12*60, true, true
			return mk(gClock, 0)
		case ones[base] >= 1 && ones[base] <= 12:
			it.words = true
			return mk(gNum, ones[base])
		}
	}
	if !isDigit(low) && !strings.Contains(low, "-") && !timeWords[w] && !timeWords[low] {
		if k, n, ok := fuzzyDayName(low); ok {
			// "wensday", "setpember": a weekday or month misspelt
			// further than the lexicon's one edit.
			it.built = k == gWeekday
			return mk(k, n)
		}
		if len(low) == 3 && p.hourContext(i) {
			if n, ok := soundsLikeHour[low]; ok {
				// "at too", "the for o'clock": an hour as dictation
				// heard it.
				it.words = true
				return mk(gNum, n)
			}
		}
		return gitem{}, false // most words: no map walk below
	}
	if h := p.holiday(i); h.k != gNone {
		return h, true
	}
	if esWords[low] {
		if sp, ok := p.spanish(i, it); ok {
			return sp, true
		}
	}
	switch w {
	case "am", "a.m", "a.m.":
		return mk(gMer, 'a')
	case "pm", "p.m", "p.m.":
		return mk(gMer, 'p')
	case "a", "p":
		if p.w(i+1) == "m" || p.w(i+1) == "m." {
			it.e++
			return mk(gMer, int(w[0]))
		}
		if w == "a" && !fracBefore(p.w(i-1)) && countable(p.w(i+1)) {
			it.art = true
			return mk(gNum, 1)
		}
		return gitem{}, false
	case "an":
		if fracBefore(p.w(i-1)) || !countable(p.w(i+1)) {
			return gitem{}, false
		}
		it.art = true
		return mk(gNum, 1)
	case "o'clock", "oclock":
		return mk(gOclock, 0)
	case "o":
		if p.w(i+1) == "clock" {
			it.e++ // "three o clock"
			return mk(gOclock, 0)
		}
		return gitem{}, false
	case "half":
		return mk(gFrac, 30)
	case "quarter":
		return mk(gFrac, 15)
	case "three-quarters", "three-quarter":
		return mk(gFrac, 45)
	case "last":
		return mk(gLast, -1)
	case "couple":
		it.words = true
		return mk(gNum, 2)
	case "few":
		it.words = true
		return mk(gNum, 3)
	case "year", "years", "yr", "yrs":
		it.unit = 'y'
		return mk(gUnit, 0)
	case "noon", "midday":
		it.clock, it.exact = 12*60, true
		return mk(gClock, 0)
	case "midnight":
		it.clock, it.exact, it.built = 0, true, true
		return mk(gClock, 0)
	case "today":
		it.day = p.today
		return mk(gDay, 0)
	case "tomorrow":
		it.day = p.today.AddDate(0, 0, 1)
		return mk(gDay, 0)
	case "tonight":
		it.clock, it.today = 19*60, true
		return mk(gPart, 0)
	case "morning", "afternoon", "evening", "night":
		if p.dayPartAdjective(i) {
			return gitem{}, false
		}
		it.clock = map[string]int{"morning": 9 * 60, "afternoon": 14 * 60, "evening": 19 * 60, "night": 19 * 60}[w]
		if p.w(i-1) == "this" || p.w(i-1) == "tonight" {
			it.s--
			it.today = true
		} else if p.w(i-1) == "that" {
			it.s-- // "that morning": the day said last
			it.anaphor = true
		}
		return mk(gPart, 0)
	case "next", "this":
		if p.w(i+1) == "week" {
			it.e++
			it.day = p.weekMonday(0)
			if w == "next" {
				it.day = p.weekMonday(1)
			}
			return mk(gDay, 0)
		}
		if p.w(i+1) == "month" {
			it.e++
			y, m, _ := p.today.Date()
			if w == "next" {
				m++
			}
			it.year = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Year()
			return mk(gMonth, int(time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Month()))
		}
	case "the", "each", "every":
		if p.w(i+1) == "month" {
			it.e++
			it.year = p.today.Year()
			it.every = w != "the"
			return mk(gMonth, int(p.today.Month()))
		}
	}
	if w == "week" && p.w(i-1) == "the" && (p.w(i+1) == "after" || p.w(i+1) == "before" || p.w(i+1) == "of") && p.w(i+2) != "next" {
		// "the week after Thanksgiving", "the week of the 14th": the
		// Monday of that week.
		it.days, it.week = 7, true
		return mk(gDur, 0)
	}
	if w == "day" && p.w(i-1) == "the" && (p.w(i+1) == "after" || p.w(i+1) == "before") {
		// "the day after Thanksgiving" ("the week after" is the Monday
		// of that week: time.go).
		it.days = 1
		return mk(gDur, 0)
	}
	if z := zoneOf(w, t.raw, p.clockBefore(i)); z != nil {
		it.zone = z
		if p.w(i+1) == "time" {
			it.e++
		}
		return mk(gZone, 0)
	}
	if (w == "their" || w == "local" || cityZones[w] != "") && p.w(i+1) == "time" {
		// "2pm their time", "8am Denver time": the zone of the city the
		// sentence names.
		if z := p.cityZone(i); z != nil {
			it.zone, it.e = z, i+2
			return mk(gZone, 0)
		}
	}
	if u := unitOf(w); u != 0 && w != "m" && w != "h" && w != "business" && !(w == "day" && dayOfMonth(p.w(i-1), p.w(i+1))) {
		it.unit = u
		return mk(gUnit, 0)
	}
	switch w {
	case "mins", "min", "hrs", "hr", "h", "sec", "secs", "seconds", "second":
		if w == "second" && p.w(i-1) != "a" && p.w(i-1) != "one" {
			break
		}
		it.unit = map[string]byte{"mins": 'm', "min": 'm', "hrs": 'h', "hr": 'h', "h": 'h'}[w]
		if it.unit == 0 {
			return gitem{}, false // seconds: nothing a request schedules
		}
		return mk(gUnit, 0)
	}
	if wd, ok := weekdays[w]; ok {
		if low == "sat" && (p.w(i-1) == "i" || p.w(i-1) == "we") || low == "sun" && !t.cap && p.w(i-1) != "on" {
			return gitem{}, false
		}
		return mk(gWeekday, wd)
	}
	if wd, ok := weekdayRange(low); ok {
		it.built = true
		return mk(gWeekday, wd) // "tue-thu": the first day
	}
	if m, ok := months[w]; ok {
		if low == "may" && !t.cap || low == "march" && p.w(i+1) == "on" {
			return gitem{}, false
		}
		return mk(gMonth, m)
	}
	if a, b, ok := strings.Cut(w, "-"); ok && ones[a] >= 1 && ones[a] <= 12 {
		// "two-thirty", "ten-fifteen", "nine-oh-five": a clock in words.
		b = strings.TrimPrefix(strings.TrimPrefix(b, "oh-"), "o-")
		if m, ord, ok := wordNumber(b); ok && !ord && m >= 1 && m <= 59 && (m >= 10 || strings.Contains(w, "o")) {
			it.clock, it.built = business(ones[a])*60+m, true
			return mk(gClock, 0)
		}
	}
	if n, ord, ok := wordNumber(w); ok {
		it.words = true
		if ord {
			return mk(gOrd, n)
		}
		return mk(gNum, n)
	}
	if n, ok := ordinal(low); ok {
		return mk(gOrd, n)
	}
	if a, b, ok := strings.Cut(low, "-"); ok && months[p.w(i+1)] > 0 {
		// "1-8 september": the first day.
		x, ok1 := atoi(a)
		y, ok2 := atoi(b)
		if ok1 && ok2 && x >= 1 && x < y && y <= 31 {
			return mk(gOrd, x)
		}
	}
	if a, b, ok := strings.Cut(low, "-"); ok {
		// "12th-14th": the first day.
		if n, ok := ordinal(a); ok {
			if _, ok := ordinal(b); ok {
				y, m, _ := p.today.Date()
				for k := 0; k < 13; k++ {
					d := time.Date(y, m+time.Month(k), n, 0, 0, 0, 0, time.UTC)
					if d.Day() == n && !d.Before(p.today) {
						it.day, it.built = d, true
						return mk(gDay, 0)
					}
				}
			}
		}
	}
	if m, ok := months[strings.TrimPrefix(low, "mid-")]; ok && strings.HasPrefix(low, "mid-") {
		// "mid-April": the 15th.
		if d, ok := p.nextMonthDay(0, m, 15); ok {
			it.day, it.built = d, true
			return mk(gDay, 0)
		}
	}
	if a, _, ok := strings.Cut(low, "-"); ok && strings.Count(a, "/") == 1 {
		// "4/14-4/16": the first day.
		m, ok1 := atoi(a[:strings.IndexByte(a, '/')])
		d, ok2 := atoi(a[strings.IndexByte(a, '/')+1:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			if day, ok := p.nextMonthDay(0, m, d); ok {
				it.day, it.built = day, true
				return mk(gDay, 0)
			}
		}
	}
	if strings.ContainsAny(low, "-–") && isDigit(low) && zoneAfter(p, i) {
		// "9-11 am Pacific": a clock range a zone may follow.
		if a, ok := p.clockAt(i, true); ok && a.dur > 0 {
			it.clock, it.dur, it.exact, it.e = a.clock, a.dur, !a.guess, a.end
			return mk(gClock, 0)
		}
	}
	if d, ok := isoDate(low); ok && isDigit(low) {
		it.day, it.year = d, d.Year()
		it.built = true
		return mk(gDay, 0)
	}
	num := strings.TrimSuffix(low, "ish")
	if n, ok := atoi(num); ok {
		return mk(gNum, n)
	}
	for _, suf := range []string{"hrs", "h", "l"} {
		// "1300h", "13:00h", "1800L": a 24-hour clock.
		c := strings.TrimSuffix(num, suf)
		if c == num || !isDigit(c) || !(len(c) == 4 || len(c) == 5 && c[2] == ':') {
			continue
		}
		if mins, _, _, ok := parseClock(c); ok {
			it.clock, it.exact, it.built = mins, true, true
			return mk(gClock, 0)
		}
	}
	for _, u := range []string{"h", "hr", "hrs", "min", "mins", "m"} {
		if n, ok := atoi(strings.TrimSuffix(num, u)); ok && strings.HasSuffix(num, u) && n > 0 {
			// "1h", "30min": a duration in one token.
			it.dur = n
			if u[0] == 'h' {
				it.dur *= 60
			}
			return mk(gDur, 0)
		}
	}
	if strings.Count(num, ".") == 1 {
		// "2.5 hours": kept as tenths in dur.
		a, b, _ := strings.Cut(num, ".")
		x, ok1 := atoi(a)
		y, ok2 := atoi(b)
		if ok1 && ok2 && len(b) == 1 {
			it.dur = x*10 + y
			return mk(gNum, -1)
		}
	}
	if strings.ContainsAny(num, ":apm") && isDigit(num) {
		if mins, exact, _, ok := parseClock(num); ok {
			it.clock, it.exact = mins, exact
			return mk(gClock, 0)
		}
	}
	return gitem{}, false
}

// Spanish time words, for requests written in Spanish or switching to it
// ("al viernes a las 10", "mañana a las tres y media").
var (
	esWeekdays = map[string]int{"domingo": 0, "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4,
		"viernes": 5, "sábado": 6, "sabado": 6}
	esNumbers = map[string]int{"una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
		"ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
)

// esWords are the words spanish reads.
var esWords = func() map[string]bool {
	m := set("hoy mañana manana tarde noche mediodía mediodia media cuarto")
	for _, mp := range []map[string]int{esWeekdays, esNumbers} {
		for k := range mp {
			m[k] = true
		}
	}
	return m
}()

// spanish reads a Spanish time word at i.
func (p *parser) spanish(i int, it gitem) (gitem, bool) {
	low, prev := p.ts[i].low, p.w(i-1)
	article := prev == "la" || prev == "las"
	switch {
	case esWeekdays[low] > 0 || low == "domingo":
		it.k, it.day = gDay, p.nextWeekday(esWeekdays[low])
	case low == "hoy":
		it.k, it.day = gDay, p.today
	case low == "mañana" || low == "manana":
		if article {
			it.k, it.clock = gPart, 9*60 // "por la mañana"
		} else if prev == "pasado" {
			it.k, it.day, it.s = gDay, p.today.AddDate(0, 0, 2), i-1
		} else {
			it.k, it.day = gDay, p.today.AddDate(0, 0, 1)
		}
	case (low == "tarde" || low == "noche") && article:
		it.k, it.clock = gPart, 14*60
		if low == "noche" {
			it.clock = 19 * 60
		}
	case low == "mediodía" || low == "mediodia":
		it.k, it.clock, it.exact = gClock, 12*60, true
	case (low == "media" || low == "cuarto") && (prev == "y" || prev == "menos"):
		it.k, it.n = gFrac, 30
		if low == "cuarto" {
			it.n = 15
		}
	case esNumbers[low] > 0 && (article || prev == "y" || prev == "a" || prev == "las"):
		it.k, it.n, it.words = gNum, esNumbers[low], true
	default:
		return gitem{}, false
	}
	if it.k == gDay || it.k == gPart || it.k == gClock && it.clock >= 0 {
		it.built = true
	}
	return it, true
}

// soundsLikeHour are homophones of hours that dictation writes.
var soundsLikeHour = map[string]int{"too": 2, "for": 4, "ate": 8}

// hourContext reports a homophone of an hour in a clock's place: before
// o'clock, or after "at" with an am/pm, a minute word or nothing after.
func (p *parser) hourContext(i int) bool {
	nx := p.w(i + 1)
	if nx == "o'clock" || nx == "oclock" {
		return true
	}
	if p.w(i-1) != "at" && p.w(i-1) != "@" {
		return false
	}
	switch nx {
	case "", "am", "pm", "thirty", "fifteen", "forty-five", "tomorrow", "today", "tonight", "instead", "please", "then":
		return true
	}
	return i+1 < len(p.ts) && p.ts[i+1].k != kWord
}

// dayNames are the weekday and month names fuzzyDayName compares with.
var dayNames = func() []string {
	var out []string
	for k := range weekdays {
		out = append(out, k)
	}
	for k := range months {
		out = append(out, k)
	}
	long := out[:0]
	for _, k := range out {
		if len(k) >= 7 {
			long = append(long, k)
		}
	}
	return long
}()

// fuzzyDayName reads a weekday or month name misspelt by up to two edits
// (insertions, deletions, substitutions, swaps of neighbours): the word
// must share the name's first two letters, a weekday must end in "day",
// and the name must be long enough that two edits leave it unmistakable.
func fuzzyDayName(low string) (gkind, int, bool) {
	if len(low) < 5 || len(low) > 11 {
		return gNone, 0, false
	}
	for _, name := range dayNames {
		if name[0] != low[0] || name[1] != low[1] {
			continue
		}
		wd, isWd := weekdays[name]
		if isWd && !strings.HasSuffix(low, "day") {
			continue
		}
		if d := editDistance(low, name, 2); d <= 2 {
			if isWd {
				return gWeekday, wd, true
			}
			return gMonth, months[name], true
		}
	}
	return gNone, 0, false
}

// editDistance is the optimal-string-alignment distance of a and b, or
// limit+1 once it exceeds limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][16]int
	if len(b) >= 15 {
		return limit + 1
	}
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// timeWords are the words lexItem reads (besides numerals and hyphenated
// forms); the set lets it pass over every other word at once.
var timeWords = func() map[string]bool {
	m := set(`am pm a.m a.m. p.m p.m. a p an o'clock oclock o half quarter three-quarters three-quarter last couple few
		year years yr yrs noon midday midnight today each every tomorrow tonight morning afternoon evening night next this the
		day mins min hrs hr h sec secs seconds second christmas xmas new thanksgiving black memorial labor labour
		independence veterans veteran presidents president columbus valentine valentines mother mothers father
		fathers mlk martin juneteenth halloween easter good nye election groundhog tax indigenous patrick patricks patrick's cinco et eastern ct central mt mountain pt pacific arizona cet cest bst
		est edt cst cdt mst mdt pst pdt gmt utc hawaii hst alaska akst akdt uk london zulu their local`)
	for _, k := range []string{"hoy", "mañana", "manana", "tarde", "noche", "mediodía", "mediodia", "media", "cuarto"} {
		m[k] = true
	}
	for _, mp := range []map[string]int{esWeekdays, esNumbers} {
		for k := range mp {
			m[k] = true
		}
	}
	for k := range cityZones {
		if !strings.Contains(k, " ") {
			m[k] = true
		}
	}
	for _, mp := range []map[string]int{weekdays, months, ones, tens, ordWords} {
		for k := range mp {
			m[k] = true
		}
	}
	for _, u := range []string{"minutes", "minute", "mns", "m", "hours", "hour", "days", "business", "weeks", "week", "wks", "wk", "fortnight", "fortnights", "months", "month"} {
		m[u] = true
	}
	return m
}()

// countable: after "a"/"an", a word that makes the article a count ("a
// week", "an hour", "a quarter", "a couple"); other articles are no items.
func countable(next string) bool {
	return unitOf(next) != 0 || next == "quarter" || next == "half" || next == "couple" || next == "few" ||
		next == "min" || next == "mins" || next == "hr" || next == "hrs"
}

// fracBefore: "half an hour", "quarter of an hour": the article belongs to
// the fraction, not a count.
func fracBefore(w string) bool { return w == "half" || w == "of" || w == "quarter" }

// dayOfMonth: "third day of october", "last day in march": "day" is not a unit.
func dayOfMonth(prev, next string) bool {
	_, ord := ordWords[prev]
	if n, ok := ordinal(prev); ok && n > 0 {
		ord = true
	}
	return (ord || prev == "last") && (next == "of" || next == "in")
}

// weekdayRange reads "tue-thu", "mon–wed": the first weekday.
func weekdayRange(low string) (int, bool) {
	a, b, ok := strings.Cut(low, "-")
	if !ok {
		return 0, false
	}
	x, ok1 := weekdays[aliases[a]]
	if !ok1 {
		x, ok1 = weekdays[a]
	}
	_, ok2 := weekdays[aliases[b]]
	if !ok2 {
		_, ok2 = weekdays[b]
	}
	return x, ok1 && ok2
}

// isoDate reads 2026-03-04 and 2026-3-4.
func isoDate(s string) (time.Time, bool) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return time.Time{}, false
	}
	y, ok1 := atoi(parts[0])
	m, ok2 := atoi(parts[1])
	d, ok3 := atoi(parts[2])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 || len(parts[1]) > 2 || len(parts[2]) > 2 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

var (
	zoneOnce sync.Once
	zones    map[string]*time.Location
)

// zoneAfter reports a time-zone word after token i (or after its am/pm).
func zoneAfter(p *parser, i int) bool {
	for j := i + 1; j <= i+2 && j < len(p.ts); j++ {
		if zoneOf(p.ts[j].low, p.ts[j].raw, true) != nil {
			return true
		}
	}
	return false
}

// clockBefore reports a number, am/pm or o'clock just before token i.
func (p *parser) clockBefore(i int) bool {
	if i == 0 {
		return false
	}
	w := p.ts[i-1].low
	return isDigit(w) || w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "o'clock" || w == "noon" ||
		ones[w] > 0 && ones[w] <= 12
}

// cityZones are the time zones of the cities a request may name ("their
// time" in a call with the Chicago office).
var cityZones = map[string]string{
	"boston": "America/New_York", "nyc": "America/New_York", "new york": "America/New_York", "philadelphia": "America/New_York",
	"atlanta": "America/New_York", "miami": "America/New_York", "baltimore": "America/New_York", "pittsburgh": "America/New_York",
	"cleveland": "America/New_York", "detroit": "America/Detroit", "charlotte": "America/New_York", "dc": "America/New_York",
	"washington": "America/New_York", "orlando": "America/New_York", "tampa": "America/New_York", "raleigh": "America/New_York",
	"richmond": "America/New_York", "columbus": "America/New_York", "cincinnati": "America/New_York", "indianapolis": "America/Indiana/Indianapolis",
	"nashville": "America/Chicago", "chicago": "America/Chicago", "houston": "America/Chicago", "dallas": "America/Chicago",
	"austin": "America/Chicago", "san antonio": "America/Chicago", "minneapolis": "America/Chicago", "milwaukee": "America/Chicago",
	"kansas city": "America/Chicago", "omaha": "America/Chicago", "memphis": "America/Chicago", "new orleans": "America/Chicago",
	"rochester": "America/Chicago", "denver": "America/Denver", "boise": "America/Boise", "salt lake": "America/Denver",
	"albuquerque": "America/Denver", "phoenix": "America/Phoenix", "tucson": "America/Phoenix", "seattle": "America/Los_Angeles",
	"portland": "America/Los_Angeles", "sacramento": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
	"oakland": "America/Los_Angeles", "los angeles": "America/Los_Angeles", "la": "America/Los_Angeles", "san diego": "America/Los_Angeles",
	"las vegas": "America/Los_Angeles", "anchorage": "America/Anchorage", "honolulu": "Pacific/Honolulu", "london": "Europe/London",
	"paris": "Europe/Paris", "dublin": "Europe/Dublin", "toronto": "America/Toronto",
}

// cityZone finds the zone of a city named in token i's sentence.
func (p *parser) cityZone(i int) *time.Location {
	s := p.ts[i].sent
	for j := range p.ts {
		if p.ts[j].sent != s || p.ts[j].k != kWord {
			continue
		}
		name := cityZones[p.ts[j].low]
		if j+1 < len(p.ts) {
			if n2 := cityZones[p.ts[j].low+" "+p.ts[j+1].low]; n2 != "" {
				name = n2
			}
		}
		if name == "" || p.ts[j].low == "la" && !p.ts[j].cap || p.ts[j].low == "washington" && p.w(j+1) == "post" {
			continue
		}
		if loc, err := loadZone(name); err == nil {
			return loc
		}
	}
	return nil
}

var (
	zoneCacheMu sync.Mutex
	zoneCache   = map[string]*time.Location{}
)

// loadZone loads an IANA zone once.
func loadZone(name string) (*time.Location, error) {
	zoneCacheMu.Lock()
	defer zoneCacheMu.Unlock()
	if l, ok := zoneCache[name]; ok {
		return l, nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	zoneCache[name] = l
	return l, nil
}

// zoneOf reads a time-zone word: abbreviations (ET, PST), region names
// (Eastern, Pacific) and GMT/UTC. Region names must be capitalised unless
// they follow a clock ("at 2 eastern").
func zoneOf(w, raw string, afterClock bool) *time.Location {
	zoneOnce.Do(func() {
		zones = map[string]*time.Location{}
		load := func(name string, keys ...string) {
			loc, err := time.LoadLocation(name)
			if err != nil {
				return
			}
			for _, k := range keys {
				zones[k] = loc
			}
		}
		load("America/New_York", "et", "eastern")
		load("America/Chicago", "ct", "central")
		load("America/Denver", "mt", "mountain")
		load("America/Los_Angeles", "pt", "pacific")
		load("America/Phoenix", "arizona")
		load("Pacific/Honolulu", "hawaii", "hst")
		load("America/Anchorage", "alaska", "akst", "akdt")
		load("Europe/London", "uk", "london")
		load("UTC", "zulu")
		load("Europe/Paris", "cet", "cest")
		load("Europe/London", "bst")
		for k, off := range map[string]int{"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
			"pst": -8, "pdt": -7, "gmt": 0, "utc": 0} {
			zones[k] = time.FixedZone(strings.ToUpper(k), off*3600)
		}
	})
	z := zones[strings.ToLower(raw)]
	if z == nil {
		return nil
	}
	if len(raw) > 3 && !(raw[0] >= 'A' && raw[0] <= 'Z') && !afterClock {
		return nil // "central", "pacific" in lower case are other words
	}
	return z
}
