package intents

import (
	"strings"
	"time"
)

// atom is one time phrase: a day, a clock time, both, or an exact instant.
// Days are civil dates held as UTC midnights and placed in the user's
// location only at the end, so DST never shifts a day.
type atom struct {
	start, end int            // token span [start, end)
	day        time.Time      // civil date (UTC midnight); zero if none
	clock      int            // minutes after midnight; -1 if none
	inst       time.Time      // exact instant ("in 2 hours"); zero if none
	eod        bool           // end of day / COB
	dur        int            // minutes, from a range ("2-3pm")
	weekRef    bool           // a whole week ("next week"): "the week after" anchors on it
	part       bool           // a part of day ("morning", "tonight"): an exact clock refines it
	guess      bool           // a bare hour read by the business-hours rule
	zone       *time.Location // the clock is in this zone ("2pm ET"), not the user's
	recur      int            // a recurring weekday ("every Tuesday", "Thursdays"): weekday+1; 0 if none
	anaphor    bool           // "that morning": the day is the one said last
}

func (a atom) hasDay() bool   { return !a.day.IsZero() }
func (a atom) hasClock() bool { return a.clock >= 0 }

// w returns the canonical word at i, or "" outside the message.
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.ts) {
		return ""
	}
	return p.ts[i].w
}

// scanAtoms finds every time phrase in the message, left to right.
func (p *parser) scanAtoms() {
	for i := 0; i < len(p.ts); {
		if p.ts[i].k != kWord && p.ts[i].w != "@" {
			i++
			continue
		}
		a, ok := p.atomAt(i)
		if !ok {
			i++
			continue
		}
		p.atoms = append(p.atoms, a)
		i = a.end
	}
	p.grammarAtoms()
}

func dayAtom(s, e int, d time.Time) (atom, bool) {
	return atom{start: s, end: e, day: d, clock: -1}, true
}

func clockAtom(s, e, c int) (atom, bool) {
	return atom{start: s, end: e, clock: c}, true
}

// atomAt matches a time phrase starting at token i.
func (p *parser) atomAt(i int) (atom, bool) {
	if i < 0 || i >= len(p.ts) {
		return atom{}, false
	}
	t := &p.ts[i]
	w := t.w
	if len(w) > 5 && (w[0] == 'n' || w[0] == 'm') && (strings.HasPrefix(w, "noon-") || strings.HasPrefix(w, "midday-") ||
		strings.HasPrefix(w, "noon–") || strings.HasPrefix(w, "midday–")) {
		w = "noon-"
	}
	if p.w(i+1) == "week" {
		if a, ok := p.weekOfMonth(i); ok {
			return a, true
		}
	}
	switch w {
	case "today":
		return dayAtom(i, i+1, p.today)
	case "tonight":
		return atom{start: i, end: i + 1, day: p.today, clock: 19 * 60, part: true}, true
	case "tomorrow":
		return dayAtom(i, i+1, p.today.AddDate(0, 0, 1))
	case "weekend":
		// "this weekend", "over the weekend", "this coming weekend": its
		// Saturday (today on a Sunday). "next weekend" is the Saturday of
		// next week: "next <weekday>" read as the later of its two
		// readings, since "this weekend" names the nearer one.
		s, prev := i, p.w(i-1)
		if prev == "coming" && (p.w(i-2) == "this" || p.w(i-2) == "the") {
			s, prev = i-1, p.w(i-2)
		}
		if prev == "next" && p.w(i-2) != "the" {
			return dayAtom(i-1, i+1, p.weekMonday(1).AddDate(0, 0, 5))
		}
		if p.w(i+1) == "after" && p.w(i+2) == "next" && (prev == "the" || prev == "this") {
			return dayAtom(i-1, i+3, p.weekMonday(2).AddDate(0, 0, 5)) // "the weekend after next"
		}
		if prev != "this" && prev != "the" || p.w(i-2) == "next" || p.w(s-2) == "next" {
			return atom{}, false
		}
		s--
		for b := s - 1; b >= 0 && p.ts[b].sent == p.ts[i].sent; b-- {
			switch p.w(b) {
			case "was", "were", "had", "did", "came", "went", "happened", "got":
				return atom{}, false // "I was out over the weekend": the last one
			}
		}
		if p.today.Weekday() == time.Sunday {
			return dayAtom(s, i+1, p.today)
		}
		return dayAtom(s, i+1, p.today.AddDate(0, 0, (6-int(p.today.Weekday())+7)%7))
	case "day":
		if p.w(i+1) == "after" && p.w(i+2) == "tomorrow" {
			s := i
			if p.w(i-1) == "the" {
				s--
			}
			return dayAtom(s, i+3, p.today.AddDate(0, 0, 2))
		}
	case "noon", "midday":
		return clockAtom(i, i+1, 12*60)
	case "noon-", "midday-":
		// "noon-1:30": a range from noon (the tokenizer keeps it whole).
		return p.clockAt(i, true)
	case "top":
		if p.w(i+1) == "of" && p.w(i+2) == "the" && p.w(i+3) == "hour" {
			// "at the top of the hour": the next full hour.
			t := p.now.Truncate(time.Hour).Add(time.Hour)
			s := i
			if p.w(i-1) == "the" {
				s--
			}
			return atom{start: s, end: i + 4, clock: -1, inst: t}, true
		}
	case "lunch", "lunchtime":
		// "at lunch", "over lunch": noon; "after lunch": 1pm.
		switch p.w(i - 1) {
		case "at", "over", "during", "around", "by":
			return atom{start: i - 1, end: i + 1, clock: 12 * 60, part: true}, true
		case "after":
			return atom{start: i - 1, end: i + 1, clock: 13 * 60, part: true}, true
		}
	case "mid-morning", "mid-afternoon", "midmorning", "midafternoon":
		c := 10*60 + 30
		if strings.Contains(w, "after") {
			c = 15 * 60
		}
		return atom{start: i, end: i + 1, clock: c, part: true}, true
	case "morning", "afternoon", "evening", "night":
		if w == "night" && p.w(i+1) == "of" && p.w(i-1) == "the" && p.lodging(i) {
			// "a room for the night of the 24th": a hotel night is a date.
			j := i + 2
			if p.w(j) == "the" && isDigit(p.ts[min(j+1, len(p.ts)-1)].low) {
				j++
			}
			if a, ok := p.atomAt(j); ok && a.hasDay() && !a.hasClock() && p.w(a.end) != "at" && p.w(a.end) != "@" {
				a.start = i - 1
				return a, true
			}
		}
		c := map[string]int{"morning": 9 * 60, "afternoon": 14 * 60, "evening": 19 * 60, "night": 19 * 60}[w]
		if x, ok := partShade[p.w(i-1)+" "+w]; ok && !p.dayPartAdjective(i) {
			// "late morning", "early afternoon"
			return atom{start: i - 1, end: i + 1, clock: x, part: true}, true
		}
		if p.w(i-1) == "this" || p.w(i-1) == "tonight" {
			return atom{start: i - 1, end: i + 1, day: p.today, clock: c, part: true}, true
		}
		if p.w(i-1) == "good" || p.w(i-1) == "last" || p.dayPartAdjective(i) {
			return atom{}, false
		}
		return atom{start: i, end: i + 1, clock: c, part: true}, true
	case "first":
		if p.w(i+1) == "thing" {
			return atom{start: i, end: i + 2, clock: 9 * 60, part: true}, true
		}
	case "eod":
		return atom{start: i, end: i + 1, clock: 17 * 60, eod: true}, true
	case "eow":
		return dayAtom(i, i+1, p.weekMonday(0).AddDate(0, 0, 4))
	case "eom":
		return dayAtom(i, i+1, p.monthEnd(0))
	case "close":
		if p.w(i+1) == "of" && p.w(i+2) == "business" {
			return atom{start: i, end: i + 3, clock: 17 * 60, eod: true}, true
		}
	case "end":
		return p.endOf(i)
	case "q1", "q2", "q3", "q4", "quarter", "year", "quarter-end", "year-end", "eoy", "eoq":
		return p.periodEnd(i)
	case "not":
		// "tomorrow, not 3 but 4", "at 4, not 3": the hour after "not" is
		// the one replaced; the one after it, if any, is the time.
		if old, ok := p.clockAt(i+1, true); ok && len(p.atoms) > 0 {
			j := old.end
			if p.w(j) == "," || p.w(j) == "but" {
				j++
			}
			if p.w(j) == "but" {
				j++
			}
			if j > old.end {
				if a, ok := p.clockAt(j, true); ok {
					return a, true
				}
			}
			return atom{}, false
		}
	case "wait", "sorry", "actually", "no", "nope", "oops", "rather", "mean":
		// "at 3, no wait, 4": a bare hour right after a correction word.
		j := i + 1
		for j < len(p.ts) && (p.w(j) == "," || p.w(j) == "wait" || p.w(j) == "-" || p.w(j) == "—") {
			j++
		}
		if (j > i+1 || w == "mean" && p.w(i-1) == "i") && len(p.atoms) > 0 && p.atoms[len(p.atoms)-1].hasClock() && p.atoms[len(p.atoms)-1].end >= i-3 {
			if a, ok := p.clockAt(j, true); ok {
				return a, true
			}
		}
	case "month", "month-end":
		if w == "month-end" || p.w(i+1) == "end" {
			e := i + 1
			if w == "month" {
				e++
			}
			return dayAtom(i, e, p.monthEnd(0))
		}
	case "next", "this", "coming", "following":
		if a, ok := p.followingDay(i); ok {
			return a, true
		}
		switch p.w(i + 1) {
		case "week":
			if w == "next" {
				return atom{start: i, end: i + 2, day: p.weekMonday(1), clock: -1, weekRef: true}, true
			}
			if w == "this" && p.restOfWeek(i) {
				// "later this week", "sometime this week": the period's
				// first day still to come, tomorrow (as "sometime next
				// week" is that week's Monday); none said on a Sunday.
				if p.today.Weekday() == time.Sunday {
					return atom{}, false
				}
				return dayAtom(i, i+2, p.today.AddDate(0, 0, 1))
			}
		case "month":
			if w == "next" {
				return dayAtom(i, i+2, p.monthEnd(0).AddDate(0, 0, 1))
			}
		}
	case "in", "within":
		return p.relative(i)
	case "a", "couple":
		if a, ok := p.couple(i); ok {
			return a, true
		}
	case "week":
		if p.w(i-1) == "the" && p.w(i+1) == "after" {
			return p.weekAfter(i)
		}
		if p.w(i+1) == "after" && p.w(i+2) == "next" {
			// "book the retreat week after next"
			return atom{start: i, end: i + 3, day: p.weekMonday(2), clock: -1, weekRef: true}, true
		}
	case "at", "@", "around", "by", "until", "till", "before", "to", "las":
		return p.atClock(i)
	case "after":
		// "today after 3": from 3 on.
		if a, ok := p.atClock(i); ok && !a.hasDay() && p.w(a.end) != "the" {
			return a, true
		}
	case "that", "it":
		if p.w(i-1) == "make" {
			return p.atClock(i) // "make that 9": a correction
		}
		if c, ok := map[string]int{"day": -1, "morning": 9 * 60, "afternoon": 14 * 60, "evening": 19 * 60, "night": 19 * 60}[p.w(i+1)]; ok && w == "that" {
			// "our retreat is on the 20th ... book the bus for that
			// morning at 7": the day said last (buildExprs finds it).
			return atom{start: i, end: i + 2, clock: c, part: c >= 0, anaphor: true}, true
		}
	case "my", "the", "our":
		// "before my 6", "cancel the 11": a meeting named by its hour.
		switch p.w(i - 1) {
		case "before", "after", "until", "till", "by", "cancel", "skip", "move", "push", "bump", "than":
			if i+1 < len(p.ts) && isDigit(p.ts[i+1].low) && len(p.ts[i+1].low) <= 2 {
				if a, ok := p.clockAt(i+1, true); ok && a.end == i+2 {
					return a, true
				}
			}
		}
	}
	if wd, ok := weekdays[w]; ok {
		return p.weekday(i, wd)
	}
	if wd, ok := pluralWeekday(w); ok && p.w(i-1) != "last" && p.w(i-1) != "past" {
		// "Thursdays at 2": a recurrence, whose first occurrence is next.
		return atom{start: i, end: i + 1, day: p.nextWeekday(wd), clock: -1, recur: wd + 1}, true
	}
	if m, ok := months[w]; ok {
		return p.monthDay(i, m)
	}
	if t.low != "" && t.low[0] >= '0' && t.low[0] <= '9' {
		return p.numeric(i)
	}
	return atom{}, false
}

// dayPartAdjective reports "night" or "evening" naming a shift or its
// people ("the night pharmacist", "evening charge nurses", "night shift"),
// not a time.
func (p *parser) dayPartAdjective(i int) bool {
	nx := p.w(i + 1)
	if i+1 >= len(p.ts) || p.ts[i+1].k != kWord || nx == "" {
		return false
	}
	switch nx {
	case "shift", "shifts", "staff", "crew", "team", "supervisor", "supervisors", "charge", "huddle", "rounds",
		"nurse", "nurses", "engineer", "engineers", "pharmacist", "pharmacists", "manager", "managers",
		"coverage", "lead", "leads", "census", "appreciation":
		return true
	}
	return roleHeads[nx]
}

// endOf matches "end of (the|this|next)? day|week|month".
func (p *parser) endOf(i int) (atom, bool) {
	if p.w(i+1) != "of" {
		return atom{}, false
	}
	j, next := i+2, 0
	switch p.w(j) {
	case "the", "this":
		j++
	case "next":
		j, next = j+1, 1
	}
	s := i
	if p.w(i-1) == "the" {
		s--
	}
	y, m, _ := p.today.Date()
	q := (int(m)-1)/3 + 1
	switch p.w(j) {
	case "day":
		if next == 0 {
			return atom{start: s, end: j + 1, clock: 17 * 60, eod: true}, true
		}
	case "quarter":
		return dayAtom(s, j+1, time.Date(y, time.Month(3*(q+next))+1, 0, 0, 0, 0, 0, time.UTC))
	case "year":
		return dayAtom(s, j+1, time.Date(y+next, 13, 0, 0, 0, 0, 0, time.UTC))
	case "q1", "q2", "q3", "q4":
		q = int(p.w(j)[1] - '0')
		d := time.Date(y, time.Month(3*q)+1, 0, 0, 0, 0, 0, time.UTC)
		if d.Before(p.today) {
			d = time.Date(y+1, time.Month(3*q)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		return dayAtom(s, j+1, d)
	case "week":
		return dayAtom(s, j+1, p.weekMonday(next).AddDate(0, 0, 4))
	case "month":
		return dayAtom(s, j+1, p.monthEnd(next))
	}
	if mo, ok := months[p.w(j)]; ok && next == 0 && !(p.w(j) == "may" && !p.ts[j].cap) {
		// "end of April": its last day, this year's while ahead.
		d := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
		if d.Before(p.today) {
			d = time.Date(y+1, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
		}
		return dayAtom(s, j+1, d)
	}
	return atom{}, false
}

// lodging reports a hotel stay in token i's sentence.
func (p *parser) lodging(i int) bool {
	for j := range p.ts {
		if p.ts[j].sent == p.ts[i].sent {
			switch p.w(j) {
			case "hotel", "hotels", "stay", "lodging", "airbnb", "inn", "marriott", "hilton", "hyatt", "nights":
				return true
			}
		}
	}
	return false
}

// partShade are the clocks of early, mid and late parts of the day.
var partShade = map[string]int{"early morning": 8 * 60, "mid morning": 10*60 + 30, "late morning": 11 * 60,
	"early afternoon": 13 * 60, "mid afternoon": 15 * 60, "late afternoon": 16 * 60, "early evening": 18 * 60,
	"late evening": 21 * 60, "late night": 22 * 60}

// followingDay matches "the next day", "the following morning": the day
// after the last day named before it (today if none), with the part of day.
func (p *parser) followingDay(i int) (atom, bool) {
	if p.w(i-1) != "the" || p.w(i) == "this" || p.w(i) == "coming" {
		return atom{}, false
	}
	day, named := p.today, false
	for k := len(p.atoms) - 1; k >= 0; k-- {
		if a := p.atoms[k]; a.hasDay() && a.end <= i {
			day, named = a.day, true
			break
		}
	}
	if wd, ok := weekdays[p.w(i+1)]; ok && named {
		// "from Saturday to the following Saturday": the next one after.
		return dayAtom(i-1, i+2, day.AddDate(0, 0, (wd-int(day.Weekday())+6)%7+1))
	}
	if p.w(i+1) == "week" && named {
		// "push it to the following week, same day"
		if p.sameDay(i + 2) {
			return dayAtom(i-1, i+2, day.AddDate(0, 0, 7))
		}
		if p.w(i) == "following" {
			return atom{start: i - 1, end: i + 2, day: mondayOf(day).AddDate(0, 0, 7), clock: -1, weekRef: true}, true
		}
	}
	clock := map[string]int{"day": -1, "morning": 9 * 60, "afternoon": 14 * 60, "evening": 19 * 60, "night": 19 * 60}
	c, ok := clock[p.w(i+1)]
	if !ok {
		return atom{}, false
	}
	return atom{start: i - 1, end: i + 2, day: day.AddDate(0, 0, 1), clock: c, part: c >= 0}, true
}

// weekOfMonth matches "[the] first|second|...|last week of|in <month>
// [year]" and "of the month", "of next month": the week's Monday. As in ISO
// 8601, a month's weeks are those whose Thursday falls in it; a first week
// that starts in the month before starts on the 1st. A month whose week is
// past is next year's; a week under way starts today.
func (p *parser) weekOfMonth(i int) (atom, bool) {
	n, ok := 0, false
	switch w := p.w(i); {
	case w == "last" || w == "final":
		n, ok = -1, true
	default:
		if v, isOrd := ordWords[w]; isOrd && v <= 5 {
			n, ok = v, true
		} else if v, isOrd := ordinal(p.ts[i].low); isOrd && v >= 1 && v <= 5 {
			n, ok = v, true
		}
	}
	if !ok || p.w(i+2) != "of" && p.w(i+2) != "in" {
		return atom{}, false
	}
	j := i + 3
	y, m := p.today.Year(), time.Month(0)
	fixed := false
	switch w := p.w(j); {
	case w == "the" && p.w(j+1) == "month", w == "this" && p.w(j+1) == "month":
		m, fixed, j = p.today.Month(), true, j+2
	case w == "next" && p.w(j+1) == "month":
		first := time.Date(y, p.today.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		y, m, fixed, j = first.Year(), first.Month(), true, j+2
	default:
		mo, isMonth := months[w]
		if !isMonth {
			return atom{}, false
		}
		m, j = time.Month(mo), j+1
		if yr, isYear := atoi(p.ts[min(j, len(p.ts)-1)].low); j < len(p.ts) && isYear && yr >= 2000 && yr < 2100 {
			y, fixed, j = yr, true, j+1
		}
	}
	week := func(y int) (start, end time.Time) {
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		if n < 0 {
			last := first.AddDate(0, 1, -1)
			thu := last.AddDate(0, 0, -((int(last.Weekday()) - int(time.Thursday) + 7) % 7))
			start = mondayOf(thu)
			return start, start.AddDate(0, 0, 6)
		}
		thu := first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7)
		start = mondayOf(thu).AddDate(0, 0, 7*(n-1))
		end = start.AddDate(0, 0, 6)
		if start.Before(first) {
			start = first
		}
		return start, end
	}
	start, end := week(y)
	if !fixed && end.Before(p.today) {
		start, end = week(y + 1)
	}
	if n > 1 && start.AddDate(0, 0, 3).Month() != m {
		return atom{}, false // "the fifth week" of a short month
	}
	if start.Before(p.today) && !end.Before(p.today) {
		start = p.today
	}
	s := i
	if p.w(i-1) == "the" {
		s--
	}
	return atom{start: s, end: j, day: start, clock: -1, weekRef: true}, true
}

// restOfWeek reports "later", "sometime", "some time" or "anytime" before
// "this week" at i.
func (p *parser) restOfWeek(i int) bool {
	switch p.w(i - 1) {
	case "later", "sometime", "anytime":
		return true
	case "time":
		return p.w(i-2) == "some" || p.w(i-2) == "any"
	}
	return false
}

// sameDay reports "same day" (after a comma or not) at token k.
func (p *parser) sameDay(k int) bool {
	if p.w(k) == "," {
		k++
	}
	if p.w(k) == "the" {
		k++
	}
	return p.w(k) == "same" && (p.w(k+1) == "day" || p.w(k+1) == "weekday")
}

// periodEnd matches quarter and year ends: "end of Q2", "Q3 end", "quarter
// end", "end of the quarter" (through endOf), "year-end", "EOY": the last
// day of that calendar quarter or year, this one or the next to come.
func (p *parser) periodEnd(i int) (atom, bool) {
	w := p.w(i)
	if p.w(i-1) == "fiscal" || p.w(i-1) == "fy" {
		return atom{}, false // the fiscal calendar is the organisation's
	}
	y, m, _ := p.today.Date()
	q := (int(m)-1)/3 + 1
	e := i + 1
	switch {
	case w == "eoq" || w == "quarter-end" || w == "quarter" && (p.w(i+1) == "end" || p.w(i+1) == "-end"):
	case w == "eoy" || w == "year-end" || w == "year" && p.w(i+1) == "end":
		q = 4
	case len(w) == 2 && w[0] == 'q' && (p.w(i+1) == "end" || p.w(i-1) == "of" && p.w(i-2) == "end" || p.w(i-1) == "of" && p.w(i-3) == "end"):
		q = int(w[1] - '0')
		if time.Date(y, time.Month(3*q)+1, 0, 0, 0, 0, 0, time.UTC).Before(p.today) {
			y++
		}
	default:
		return atom{}, false
	}
	if (w == "quarter" || w == "year") && p.w(i+1) == "end" || len(w) == 2 && p.w(i+1) == "end" {
		e++
	}
	s := i
	if len(w) == 2 && p.w(i+1) != "end" {
		return atom{}, false // "end of Q2" is read by endOf
	}
	return dayAtom(s, e, time.Date(y, time.Month(3*q)+1, 0, 0, 0, 0, 0, time.UTC))
}

// weekday matches "[this|next|coming] <weekday> [next week]".
func (p *parser) weekday(i, wd int) (atom, bool) {
	t := p.ts[i]
	if strings.HasSuffix(t.low, "s") && t.low != "tues" && t.low != "thurs" && t.low != "weds" && t.w != t.low {
		// "mondays" is a recurrence, not a day.
		return atom{}, false
	}
	prev := p.w(i - 1)
	recur := 0
	switch prev {
	case "every", "each", "recurring", "weekly", "standing":
		recur = wd + 1
	case "other":
		if p.w(i-2) == "every" {
			recur = wd + 1
		}
	}
	switch prev {
	case "last", "since", "past", "previous":
		return atom{}, false
	case "i", "we", "he", "she", "they":
		return atom{}, false // "I sat with", "we wed"
	}
	if t.low == "may" || t.low == "sun" && !t.cap && prev != "on" && prev != "this" && prev != "next" {
		return atom{}, false
	}
	s := i
	if prev == "next" || prev == "this" || prev == "coming" || prev == "every" || prev == "each" {
		s--
	}
	if prev == "other" && p.w(i-2) == "every" {
		s -= 2 // "every other Tuesday": not the subject's words
	}
	d := p.nextWeekday(wd)
	e := i + 1
	if p.w(i+1) == "next" && p.w(i+2) == "week" {
		d = p.weekMonday(1).AddDate(0, 0, (wd+6)%7)
		e = i + 3
	} else if p.w(i+1) == "after" && p.w(i+2) == "next" {
		d = d.AddDate(0, 0, 7)
		e = i + 3
	}
	return atom{start: s, end: e, day: d, clock: -1, recur: recur}, true
}

// pluralWeekday reads "mondays", "thursdays".
func pluralWeekday(w string) (int, bool) {
	if !strings.HasSuffix(w, "days") {
		return 0, false
	}
	wd, ok := weekdayPlurals[w]
	return wd, ok
}

var weekdayPlurals = map[string]int{"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
	"fridays": 5, "saturdays": 6}

// relative matches "in|within N minutes|hours|days|weeks|months".
func (p *parser) relative(i int) (atom, bool) {
	j := i + 1
	n, half := 0, false
	switch w := p.w(j); {
	case w == "half" && (p.w(j+1) == "an" || p.w(j+1) == "a"):
		n, half, j = 1, true, j+2
	case w == "a" && p.w(j+1) == "couple":
		n, j = 2, j+2
		if p.w(j) == "of" {
			j++
		}
	case w == "a" && p.w(j+1) == "few":
		n, j = 3, j+2
	default:
		v, ok := numberWord(p.ts, j)
		if !ok {
			return atom{}, false
		}
		n, j = v, j+1
		if unitOf(p.w(j)) == 0 && v >= 5 && v <= 59 && v%5 == 0 && (j >= len(p.ts) || p.ts[j].k != kWord) && p.ts[i].w == "in" {
			// "remind me in 20": minutes.
			return atom{start: i, end: j, clock: -1, inst: p.now.Add(time.Duration(v) * time.Minute)}, true
		}
	}
	switch unitOf(p.w(j)) {
	case 'm':
		return atom{start: i, end: j + 1, clock: -1, inst: p.now.Add(time.Duration(n) * time.Minute)}, true
	case 'h':
		d := time.Duration(n) * time.Hour
		if half {
			d = 30 * time.Minute
		} else if p.w(j+1) == "and" && p.w(j+2) == "a" && p.w(j+3) == "half" {
			d += 30 * time.Minute
			j += 3
		}
		return atom{start: i, end: j + 1, clock: -1, inst: p.now.Add(d)}, true
	case 'd':
		return dayAtom(i, j+1, p.today.AddDate(0, 0, n))
	case 'w':
		return dayAtom(i, j+1, p.today.AddDate(0, 0, 7*n))
	case 'f':
		return dayAtom(i, j+1, p.today.AddDate(0, 0, 14*n))
	case 'M':
		return dayAtom(i, j+1, p.today.AddDate(0, n, 0))
	}
	return atom{}, false
}

// couple matches "a couple (of) weeks|days" without "in".
func (p *parser) couple(i int) (atom, bool) {
	j := i
	if p.w(j) == "a" {
		j++
	}
	if p.w(j) != "couple" {
		return atom{}, false
	}
	j++
	if p.w(j) == "of" {
		j++
	}
	switch unitOf(p.w(j)) {
	case 'w':
		return dayAtom(i, j+1, p.today.AddDate(0, 0, 14))
	case 'd':
		return dayAtom(i, j+1, p.today.AddDate(0, 0, 2))
	}
	return atom{}, false
}

// weekAfter matches "the week after <time>" and "the week after next":
// Monday of the week following the anchor.
func (p *parser) weekAfter(i int) (atom, bool) {
	if p.w(i+2) == "next" {
		return atom{start: i - 1, end: i + 3, day: p.weekMonday(2), clock: -1, weekRef: true}, true
	}
	a, ok := p.atomAt(i + 2)
	if !ok || !a.hasDay() {
		return atom{}, false
	}
	return atom{start: i - 1, end: a.end, day: mondayOf(a.day).AddDate(0, 0, 7), clock: -1, weekRef: true}, true
}

// unitOf classifies a duration unit: m(inutes) h(ours) d(ays) w(eeks)
// f(ortnights) M(onths).
func unitOf(w string) byte {
	switch w {
	case "minutes", "minute", "mns", "m":
		return 'm'
	case "hours", "hour", "h":
		return 'h'
	case "days", "day", "business":
		return 'd'
	case "weeks", "week", "wks", "wk":
		return 'w'
	case "fortnight", "fortnights":
		return 'f'
	case "months", "month":
		return 'M'
	}
	return 0
}

// numberWord reads a count written as digits or a small number word.
func numberWord(ts []tok, i int) (int, bool) {
	if i < 0 || i >= len(ts) {
		return 0, false
	}
	if n, ok := atoi(ts[i].low); ok {
		return n, true
	}
	n, ok := numberWords[ts[i].w]
	return n, ok
}

// atoi parses a short run of ASCII digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
