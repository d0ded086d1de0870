package intents

import (
	"strings"
	"time"
)

// grammarRules join two neighbouring items, highest priority first.
var grammarRules = []func(p *parser, a, b *gitem) (gitem, bool){
	ruleCompound,
	ruleArticle,
	ruleMonthYear,
	ruleDayYear,
	ruleMeridiem,
	ruleOclock,
	ruleDuration,
	ruleNumMonth,
	ruleMonthNum,
	ruleNth,
	ruleNthOfMonth,
	ruleShift,
	ruleDateRange,
	ruleWeekdayWeek,
	ruleWeekdayDate,
	ruleWeekdayAfter,
	rulePastTo,
	ruleHalfHour,
	ruleClockWords,
	ruleClockPart,
	ruleZone,
	ruleClockRange,
	ruleSpanishClock,
}

// "las tres y media", "las nueve menos cuarto", "a las diez y quince"
func ruleSpanishClock(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gNum || a.art || a.n < 1 || a.n > 12 || !(b.k == gFrac || b.k == gNum && b.n >= 1 && b.n <= 59) {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok || !gapIs(ws, "y") && !(gapIs(ws, "menos") && b.k == gFrac) {
		return gitem{}, false
	}
	m := b.n
	if ws[0] == "menos" {
		m = -m
	}
	c := span(a, b, gClock)
	c.clock = business(a.n)*60 + m
	return c, true
}

// gap returns the canonical words between a and b (nil and ok when
// adjacent); ok is false past three words or at a sentence boundary.
func (p *parser) gap(a, b *gitem) ([]string, bool) {
	n := b.s - a.e
	if n < 0 || n > 3 {
		return nil, false
	}
	var ws []string
	for j := a.e; j < b.s; j++ {
		if p.ts[j].k == kPunct && isTerm(p.ts[j].w) {
			return nil, false
		}
		ws = append(ws, p.ts[j].w)
	}
	return ws, true
}

func gapIs(ws []string, want ...string) bool {
	if len(ws) != len(want) {
		return false
	}
	for i := range ws {
		if ws[i] != want[i] {
			return false
		}
	}
	return true
}

func span(a, b *gitem, k gkind) gitem {
	return gitem{k: k, s: a.s, e: b.e, clock: -1}
}

// "twenty" "five" -> 25
func ruleCompound(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gNum || b.k != gNum || !a.words || !b.words || a.n%10 != 0 || a.n < 20 || b.n < 1 || b.n > 9 {
		return gitem{}, false
	}
	if ws, _ := p.gap(a, b); ws != nil {
		return gitem{}, false
	}
	c := span(a, b, gNum)
	c.n, c.words = a.n+b.n, true
	return c, true
}

// "a quarter", "a couple", "a few": the article only counts one.
func ruleArticle(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gNum || !a.art || b.s != a.e {
		return gitem{}, false
	}
	switch {
	case b.k == gFrac, b.k == gNum && (p.w(b.s) == "couple" || p.w(b.s) == "few"):
		c := *b
		c.s = a.s
		return c, true
	}
	return gitem{}, false
}

func isYear(p *parser, it *gitem) bool {
	return it.k == gNum && !it.words && len(p.ts[it.s].low) == 4 && it.n >= 1900 && it.n < 2100
}

func ruleMonthYear(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gMonth || !isYear(p, b) {
		return gitem{}, false
	}
	if ws, ok := p.gap(a, b); !ok || !(ws == nil || gapIs(ws, ",") || gapIs(ws, "of")) {
		return gitem{}, false
	}
	c := *a
	c.e, c.year = b.e, b.n
	return c, true
}

func ruleDayYear(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gDay || !isYear(p, b) || a.year != 0 {
		return gitem{}, false
	}
	if ws, ok := p.gap(a, b); !ok || !(ws == nil || gapIs(ws, ",")) {
		return gitem{}, false
	}
	c := *a
	c.e, c.year = b.e, b.n
	if a.hol != "" {
		c.day = holidayDate(a.hol, b.n)
	} else {
		c.day = time.Date(b.n, a.day.Month(), a.day.Day(), 0, 0, 0, 0, time.UTC)
	}
	return c, true
}

// "3 pm", "330 p.m.", "3 in the AM", "3:30 pm"
func ruleMeridiem(p *parser, a, b *gitem) (gitem, bool) {
	if b.k != gMer {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok || !(ws == nil || gapIs(ws, "in", "the")) {
		return gitem{}, false
	}
	var h, m int
	switch {
	case a.k == gNum && !a.art && a.n >= 1 && a.n <= 12:
		h = a.n
	case a.k == gNum && !a.words && a.n >= 100 && a.n <= 1259 && a.n%100 < 60:
		h, m = a.n/100, a.n%100
	case a.k == gClock && !a.exact && a.dur == 0:
		h, m = a.clock/60, a.clock%60
		if h > 12 {
			h -= 12
		}
	default:
		return gitem{}, false
	}
	if h < 1 || h > 12 {
		return gitem{}, false
	}
	h %= 12
	if b.n == 'p' {
		h += 12
	}
	c := span(a, b, gClock)
	c.clock, c.exact, c.day = h*60+m, true, a.day
	return c, true
}

func ruleOclock(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gNum || b.k != gOclock || a.art || a.n < 1 || a.n > 12 || b.s != a.e {
		return gitem{}, false
	}
	c := span(a, b, gClock)
	c.built = p.w(b.s) == "o" // "three o clock": no other reader has it
	c.clock = business(a.n) * 60
	return c, true
}

// "2 hours", "a couple of weeks", "half an hour", "2.5 hours"
func ruleDuration(p *parser, a, b *gitem) (gitem, bool) {
	if b.k != gUnit {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok {
		return gitem{}, false
	}
	c := span(a, b, gDur)
	switch {
	case a.k == gFrac && b.unit == 'h' && (gapIs(ws, "an") || gapIs(ws, "of", "an") || gapIs(ws, "a") || gapIs(ws, "of", "a") || ws == nil):
		c.dur = a.n
		return c, true
	case a.k == gNum && (ws == nil || gapIs(ws, "more") || gapIs(ws, "of") && (p.w(a.s) == "couple" || p.w(a.e-1) == "couple")):
	default:
		return gitem{}, false
	}
	if b.unit == 'h' && ws == nil && p.military(a) {
		return gitem{}, false // "1530 hrs": a 24-hour clock
	}
	n10 := a.n * 10
	if a.n < 0 {
		n10 = a.dur // tenths
	}
	switch b.unit {
	case 'm':
		c.dur = n10 / 10
	case 'h':
		c.dur = n10 * 6
	case 'd':
		c.days = a.n
	case 'w':
		c.days = 7 * a.n
	case 'f':
		c.days = 14 * a.n
	case 'M':
		c.months = a.n
	case 'y':
		c.months = 12 * a.n
	default:
		return gitem{}, false
	}
	if a.n < 0 && (b.unit != 'h' && b.unit != 'm') {
		return gitem{}, false
	}
	return c, true
}

// military reports a 24-hour clock written as four digits before "hrs" or
// "hours" ("at 0730 hrs", "1530 hours Tuesday"), not a count ("over 1000 hours").
func (p *parser) military(a *gitem) bool {
	low := p.ts[a.s].low
	if a.e != a.s+1 || len(low) != 4 || a.n%100 > 59 || a.n/100 > 23 || p.w(a.e) != "hrs" && p.w(a.e) != "hours" {
		return false
	}
	switch p.w(a.s - 1) {
	case "over", "than", "about", "of", "approximately", "nearly", "almost", "the", "those", "these", "total", "logged":
		return false
	}
	return true
}

// nextMonthDay is month/day on or after today, or in year when given.
func (p *parser) nextMonthDay(year, m, d int) (time.Time, bool) {
	y := year
	if y == 0 {
		y = p.today.Year()
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Before(p.today) {
			y++
		}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// "15th of february", "15 february", "first of march"
func ruleNumMonth(p *parser, a, b *gitem) (gitem, bool) {
	if b.k != gMonth || !(a.k == gOrd || a.k == gNum && !a.art && !a.words && len(p.ts[a.s].low) <= 2) || a.n < 1 || a.n > 31 {
		return gitem{}, false
	}
	if ws, ok := p.gap(a, b); !ok || !(ws == nil || gapIs(ws, "of")) {
		return gitem{}, false
	}
	d, ok := p.nextMonthDay(b.year, b.n, a.n)
	if b.every {
		// "the 1st of every month": this month's while ahead, else the next.
		d = time.Date(p.today.Year(), p.today.Month(), a.n, 0, 0, 0, 0, time.UTC)
		if d.Before(p.today) || d.Day() != a.n {
			d = time.Date(p.today.Year(), p.today.Month()+1, a.n, 0, 0, 0, 0, time.UTC)
		}
		ok = d.Day() == a.n
	}
	if !ok {
		return gitem{}, false
	}
	return p.dayFrom(a, b, d, b.year), true
}

// "march first", "february the 15th", "March 3"
func ruleMonthNum(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gMonth || !(b.k == gOrd || b.k == gNum && !b.art && !b.words && len(p.ts[b.s].low) <= 2) || b.n < 1 || b.n > 31 {
		return gitem{}, false
	}
	if ws, ok := p.gap(a, b); !ok || !(ws == nil || gapIs(ws, "the") || gapIs(ws, ".")) {
		return gitem{}, false
	}
	if b.k == gNum && p.w(b.e) == ":" {
		return gitem{}, false
	}
	d, ok := p.nextMonthDay(a.year, a.n, b.n)
	if !ok {
		return gitem{}, false
	}
	c := span(a, b, gDay)
	c.day, c.year = d, a.year
	return c, true
}

// "first tuesday", "last friday"
func ruleNth(p *parser, a, b *gitem) (gitem, bool) {
	if b.k != gWeekday || b.s != a.e || !(a.k == gOrd && a.n <= 5 || a.k == gLast) {
		return gitem{}, false
	}
	c := span(a, b, gNth)
	c.n, c.day = a.n, time.Time{}
	if a.k == gLast {
		c.n = -1
	}
	c.clock = b.n // the weekday
	return c, true
}

// "first tuesday of march", "last friday of the month", "third day of october", "last day of october",
// "next month on the 2nd Tuesday"
func ruleNthOfMonth(p *parser, a, b *gitem) (gitem, bool) {
	if a.k == gMonth && b.k == gNth {
		if ws, ok := p.gap(a, b); ok && (ws == nil || gapIs(ws, "on", "the") || gapIs(ws, "the") || gapIs(ws, ",", "the")) {
			c, ok := ruleNthOfMonth(p, b, a)
			if ok {
				c.s, c.e = a.s, b.e
			}
			return c, ok
		}
		return gitem{}, false
	}
	if b.k != gMonth {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if a.e > b.s {
		ws, ok = []string{"of"}, true // called back by the month-first form above
	}
	if !ok {
		return gitem{}, false
	}
	var pick func(y int, m time.Month) time.Time
	switch {
	case a.k == gNth && (gapIs(ws, "of") || gapIs(ws, "in")):
		wd, n := a.clock, a.n
		pick = func(y int, m time.Month) time.Time {
			if n < 0 {
				last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
				return last.AddDate(0, 0, -((int(last.Weekday()) - wd + 7) % 7))
			}
			first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			return first.AddDate(0, 0, (wd-int(first.Weekday())+7)%7+7*(n-1))
		}
	case a.k == gWeekday && gapIs(ws, "in"):
		// "every Tuesday in March": the first.
		wd := a.n
		pick = func(y int, m time.Month) time.Time {
			first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			return first.AddDate(0, 0, (wd-int(first.Weekday())+7)%7)
		}
	case a.k == gOrd && (gapIs(ws, "day", "of") || gapIs(ws, "day", "in")):
		n := a.n
		pick = func(y int, m time.Month) time.Time { return time.Date(y, m, n, 0, 0, 0, 0, time.UTC) }
	case a.k == gLast && (gapIs(ws, "day", "of") || gapIs(ws, "day", "in")):
		pick = func(y int, m time.Month) time.Time { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC) }
	default:
		return gitem{}, false
	}
	y := b.year
	d := pick(max(y, p.today.Year()), time.Month(b.n))
	if b.every && d.Before(p.today) {
		// "the 3rd Thursday of each month": next month's when this
		// month's is past.
		nm := time.Date(p.today.Year(), time.Month(b.n)+1, 1, 0, 0, 0, 0, time.UTC)
		if d = pick(nm.Year(), nm.Month()); d.Month() != nm.Month() {
			return gitem{}, false
		}
	} else {
		if y == 0 && d.Before(p.today) {
			d = pick(p.today.Year()+1, time.Month(b.n))
		}
		if d.Month() != time.Month(b.n) {
			return gitem{}, false
		}
	}
	return p.dayFrom(a, b, d, b.year), true
}

// "2 days after thanksgiving", "a week from friday", "the day after christmas"
func ruleShift(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gDur || !(b.k == gDay || b.k == gWeekday) || a.days == 0 && a.months == 0 {
		return gitem{}, false
	}
	day := b.day
	if b.k == gWeekday {
		day = p.nextWeekday(b.n)
	}
	ws, ok := p.gap(a, b)
	if !ok || len(ws) != 1 {
		return gitem{}, false
	}
	sign := 1
	switch ws[0] {
	case "after", "from":
	case "before":
		sign = -1
	case "of":
		if !a.week {
			return gitem{}, false
		}
		sign = 0
	default:
		return gitem{}, false
	}
	c := span(a, b, gDay)
	c.day = day.AddDate(0, sign*a.months, sign*a.days)
	if a.week {
		c.day = mondayOf(c.day)
	}
	p.withThe(&c, a)
	return c, true
}

var rangeWords = set("- – to thru through till until")

// "July 13 to 15", "12 to 16 september", "Aug 8 - Aug 12": the first day.
func ruleDateRange(p *parser, a, b *gitem) (gitem, bool) {
	ws, ok := p.gap(a, b)
	if !ok || len(ws) != 1 || !rangeWords[ws[0]] || ws[0] == "to" && p.w(a.s-1) == "from" && p.movedFrom(a.s) {
		return gitem{}, false // "move it from the 8th to the 15th"
	}
	switch {
	case a.k == gDay && a.built && (b.k == gDay || b.k == gOrd || b.k == gNum && b.n >= 1 && b.n <= 31 && !b.words):
		c := *a
		c.e = b.e
		return c, true
	case (a.k == gOrd || a.k == gNum && !a.words && a.n >= 1 && a.n <= 31) && b.k == gDay && b.built && b.hol == "":
		d := time.Date(b.day.Year(), b.day.Month(), a.n, 0, 0, 0, 0, time.UTC)
		if d.Day() != a.n {
			return gitem{}, false
		}
		c := span(a, b, gDay)
		c.day = d
		return c, true
	}
	return gitem{}, false
}

// "wednesday of next week", "monday this week"
func ruleWeekdayWeek(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gWeekday || b.k != gDay || !p.weekRefAt(b) {
		return gitem{}, false
	}
	if ws, ok := p.gap(a, b); !ok || !(ws == nil || gapIs(ws, "of")) {
		return gitem{}, false
	}
	c := span(a, b, gDay)
	c.day = b.day.AddDate(0, 0, (a.n+6)%7)
	return c, true
}

func (p *parser) weekRefAt(it *gitem) bool {
	return it.e-it.s == 2 && p.w(it.s+1) == "week" && (p.w(it.s) == "next" || p.w(it.s) == "this")
}

// "Fri, Jul 18" (the year in which Jul 18 is a Friday), "Tuesday the 19th"
func ruleWeekdayDate(p *parser, a, b *gitem) (gitem, bool) {
	wd, date := a, b
	if a.k != gWeekday {
		wd, date = b, a
	}
	if wd.k != gWeekday {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok || !(ws == nil || gapIs(ws, ",") || gapIs(ws, "the") && date == b) {
		return gitem{}, false
	}
	c := span(a, b, gDay)
	switch {
	case date.k == gDay && date.built && date.hol == "":
		c.day, c.year = date.day, date.year
		for k := 0; k < 7 && date.year == 0 && int(c.day.Weekday()) != wd.n; k++ {
			c.day = c.day.AddDate(1, 0, 0)
		}
		if int(c.day.Weekday()) != wd.n {
			c.day = date.day
		}
		return c, true
	case date == b && (date.k == gOrd || date.k == gNum && !date.words && date.n >= 1 && date.n <= 31 && len(p.ts[date.s].low) <= 2 &&
		(gapIs(ws, "the") || ws == nil && (date.n > 12 || p.w(b.e) == "at" || p.w(b.e) == "@"))) && p.w(b.e) != ":":
		// "Tuesday the 19th", "Friday 27 at 9:30"
		y, m, _ := p.today.Date()
		for k := 0; k < 24; k++ {
			d := time.Date(y, m+time.Month(k), date.n, 0, 0, 0, 0, time.UTC)
			if d.Day() == date.n && !d.Before(p.today) && int(d.Weekday()) == wd.n {
				c.day = d
				return c, true
			}
		}
	}
	return gitem{}, false
}

// "the Tuesday after Labor Day", "the friday before christmas", "the
// first Monday after New Year's", "the second Friday after the 3rd"
func ruleWeekdayAfter(p *parser, a, b *gitem) (gitem, bool) {
	if !(a.k == gWeekday || a.k == gNth && a.n > 0) || b.k != gDay || !b.built && p.w(b.s) != "tomorrow" {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok || len(ws) != 1 || ws[0] != "after" && ws[0] != "before" {
		return gitem{}, false
	}
	wd, n := a.n, 1
	if a.k == gNth {
		wd, n = a.clock, a.n
	}
	c := span(a, b, gDay)
	if ws[0] == "after" {
		c.day = b.day.AddDate(0, 0, (wd-int(b.day.Weekday())+6)%7+1+7*(n-1))
	} else {
		c.day = b.day.AddDate(0, 0, -((int(b.day.Weekday())-wd+6)%7 + 1 + 7*(n-1)))
	}
	p.withThe(&c, a)
	return c, true
}

// "half past two", "quarter to 9", "20 past 3pm", "twenty after 3pm", "a quarter to noon"
func rulePastTo(p *parser, a, b *gitem) (gitem, bool) {
	if !(a.k == gFrac || a.k == gNum && !a.art && a.n >= 1 && a.n <= 59) {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok || len(ws) != 1 {
		return gitem{}, false
	}
	var base int
	exact := false
	switch {
	case b.k == gClock && b.dur == 0 && b.clock%60 == 0:
		base, exact = b.clock, b.exact
	case b.k == gNum && !b.art && b.n >= 1 && b.n <= 12 && (a.k == gFrac || a.words || b.words):
		base = business(b.n) * 60
	default:
		return gitem{}, false
	}
	mins := a.n
	switch ws[0] {
	case "past", "after":
		if ws[0] == "after" && a.k == gNum && b.k != gClock {
			return gitem{}, false
		}
	case "to", "til", "till", "of", "before":
		if a.k == gNum && !(b.k == gClock && (p.w(b.s) == "noon" || p.w(b.s) == "midnight")) && !a.words {
			return gitem{}, false
		}
		if a.k == gNum && !a.words && a.n >= 7 && a.n <= 11 && ws[0] == "to" {
			return gitem{}, false // "8 to noon": a range of business hours
		}
		mins = -mins
	default:
		return gitem{}, false
	}
	c := span(a, b, gClock)
	c.clock, c.exact, c.zone, c.day = (base+mins+24*60)%(24*60), exact, b.zone, b.day
	return c, true
}

// "half three" (British): 3:30
func ruleHalfHour(p *parser, a, b *gitem) (gitem, bool) {
	if a.k != gFrac || a.n != 30 || b.k != gNum || b.art || b.n < 1 || b.n > 12 || b.s != a.e || unitOf(p.w(b.e)) != 0 {
		return gitem{}, false
	}
	c := span(a, b, gClock)
	c.clock = business(b.n)*60 + 30
	return c, true
}

// "ten thirty", "three twenty", "nine fifty nine", "at 3 15", "nine oh five"
func ruleClockWords(p *parser, a, b *gitem) (gitem, bool) {
	if a.k == gNum && b.k == gNum && a.words && b.words && a.n >= 1 && a.n <= 12 && b.n >= 1 && b.n <= 9 && b.s == a.e+1 &&
		(p.w(a.e) == "oh" || p.w(a.e) == "o") {
		c := span(a, b, gClock)
		c.clock = business(a.n)*60 + b.n
		return c, true
	}
	if a.k != gNum || b.k != gNum || a.art || b.art || b.s != a.e || a.n < 1 || a.n > 12 || b.n < 0 || b.n > 59 {
		return gitem{}, false
	}
	if !b.words && len(p.ts[b.s].low) != 2 {
		return gitem{}, false
	}
	if !a.words && !b.words && !prepBefore(p.w(a.s-1)) && p.w(a.s-1) != "to" && !p.isDayWord(b.e) && !p.isDayWord(a.s-1) {
		return gitem{}, false // "at 3 15", "3 15 tmrw"; not "room 3 15 chairs"
	}
	if b.words && b.n < 10 || unitOf(p.w(b.e)) != 0 || p.w(b.e) == "people" || p.w(b.e) == "%" {
		return gitem{}, false
	}
	c := span(a, b, gClock)
	c.clock = business(a.n)*60 + b.n
	return c, true
}

// moveBefore reports a move verb earlier in token i's sentence: "move it
// to eleven" makes the number a time.
func (p *parser) moveBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8 && p.ts[j].sent == p.ts[i].sent; j-- {
		if moveVerbs[p.w(j)] {
			return true
		}
	}
	return false
}

func prepBefore(w string) bool {
	switch w {
	case "at", "@", "las", "la", "around", "about", "approximately", "by", "til", "till", "until", "before":
		return true
	}
	return false
}

// "8 in the evening", "eight tonight", "tomorrow afternoon at 5" (part + clock)
func ruleClockPart(p *parser, a, b *gitem) (gitem, bool) {
	clk, part := a, b
	if a.k == gPart {
		clk, part = b, a
	}
	if part.k != gPart || !(clk.k == gClock && clk.dur == 0 || clk.k == gNum && !clk.art && clk.n >= 1 && clk.n <= 12) {
		return gitem{}, false
	}
	ws, ok := p.gap(a, b)
	if !ok {
		return gitem{}, false
	}
	if clk == a && !(ws == nil || gapIs(ws, "in", "the") || gapIs(ws, "in") || gapIs(ws, "this") || gapIs(ws, "de", "la") ||
		gapIs(ws, "por", "la") || gapIs(ws, "en", "la")) ||
		part == a && !(ws == nil || gapIs(ws, "at") || gapIs(ws, "around") || gapIs(ws, "@")) {
		return gitem{}, false
	}
	m, exact := 0, false
	if clk.k == gClock {
		m, exact = clk.clock, clk.exact
	} else {
		m = clk.n * 60
	}
	if !exact {
		h := m / 60 % 12
		switch {
		case part.clock >= 14*60 || part.today:
			m = (h+12)*60 + m%60
		case part.clock == 9*60:
			m = h*60 + m%60
		}
	}
	c := span(a, b, gClock)
	c.clock, c.exact, c.zone, c.anaphor = m, true, clk.zone, part.anaphor
	if part.today {
		c.day = p.today
	}
	return c, true
}

// "2pm ET", "11 Pacific", "8:00 GMT"
func ruleZone(p *parser, a, b *gitem) (gitem, bool) {
	if b.k != gZone || b.s != a.e {
		return gitem{}, false
	}
	c := span(a, b, gClock)
	switch {
	case a.k == gClock && a.zone == nil:
		c.clock, c.exact, c.dur, c.day = a.clock, a.exact, a.dur, a.day
	case a.k == gNum && !a.art && a.n >= 1 && a.n <= 12:
		c.clock = business(a.n) * 60
	default:
		return gitem{}, false
	}
	c.zone = b.zone
	return c, true
}

// "between 2 and 4", "9:30 - 11:00", "from 3 to 4": the start, with the length.
func ruleClockRange(p *parser, a, b *gitem) (gitem, bool) {
	ws, ok := p.gap(a, b)
	if !ok || len(ws) != 1 {
		return gitem{}, false
	}
	between := p.w(a.s-1) == "between" && ws[0] == "and"
	if !between && (!rangeWords[ws[0]] || ws[0] == "to" && p.movedFrom(a.s)) {
		return gitem{}, false
	}
	isClock := func(it *gitem) bool {
		return it.k == gClock && it.dur == 0 || it.k == gNum && !it.art && it.n >= 1 && it.n <= 12
	}
	if !isClock(a) || !isClock(b) || a.k == gNum && b.k == gNum && !between && p.w(a.s-1) != "from" {
		return gitem{}, false
	}
	mins := func(it *gitem) (int, bool) {
		if it.k == gClock {
			return it.clock, it.exact
		}
		return business(it.n) * 60, false
	}
	start, sx := mins(a)
	end, ex := mins(b)
	if !sx && ex && end >= 12*60 && start < 12*60 && start+12*60 <= end {
		start += 12 * 60
	}
	if !sx && !ex && end < start {
		end += 12 * 60
	}
	d := end - start
	if d <= 0 || d > 12*60 {
		return gitem{}, false
	}
	c := span(a, b, gClock)
	c.clock, c.exact, c.dur, c.zone, c.day = start, sx || ex, d, b.zone, a.day
	if between {
		c.s--
	}
	return c, true
}

// monthAlone reads a month said with no day after "in", "during",
// "early" or "mid": "sometime in March", "in early April" are its 1st,
// "mid-May" its 15th (the same convention as "next month"). The month
// must be ahead: this month's 1st has passed, and a month already gone
// this year is more often context ("scores dipped in August") than next
// year's plan.
func (p *parser) monthAlone(it *gitem) (gitem, bool) {
	if it.every {
		return gitem{}, false
	}
	s, day := it.s, 1
	switch p.w(s - 1) {
	case "early", "beginning":
		s--
	case "mid", "middle":
		s, day = s-1, 15
	}
	if p.w(s-1) == "of" && (p.w(s-2) == "beginning" || p.w(s-2) == "middle") {
		s-- // "the beginning of March"
		if p.w(s-1) == "middle" {
			day = 15
		}
		s--
	}
	if !(p.w(s-1) == "in" || p.w(s-1) == "during" || s < it.s) {
		return gitem{}, false
	}
	if p.w(s-1) == "in" || p.w(s-1) == "during" {
		s--
	}
	y := p.today.Year()
	if it.year > 0 {
		y = it.year
	} else if time.Month(it.n) < p.today.Month() && p.today.Month()-time.Month(it.n) < 6 {
		return gitem{}, false
	} else if time.Month(it.n) < p.today.Month() {
		y++ // "in February" said in November: next year's
	}
	d := time.Date(y, time.Month(it.n), day, 0, 0, 0, 0, time.UTC)
	if !d.After(p.today) {
		return gitem{}, false
	}
	return gitem{k: gDay, s: s, e: it.e, day: d, clock: -1}, true
}

// unary rules: a duration said as a time ("in 2 hours", "3 days from
// now"), a day of the month in words ("on the first"), a compact clock
// after a preposition ("at 1030").
func (p *parser) unary(it *gitem) (gitem, bool) {
	switch it.k {
	case gDur:
		s, e := it.s, it.e
		switch {
		case p.w(s-1) == "in" || p.w(s-1) == "within":
			s--
		case (p.w(s-1) == "about" || p.w(s-1) == "around" || p.w(s-1) == "approximately") && p.w(s-2) == "in":
			s -= 2
		case p.w(e) == "from" && (p.w(e+1) == "now" || p.w(e+1) == "today"):
			e += 2
		case p.w(e) == "hence" || p.w(e) == "later" && !p.shiftVerbBefore(s):
			// "an hour later" after a move verb moves a meeting (shift.go).
			e++
		case (it.days > 0 || it.months > 0) && (p.w(e) == "before" || p.w(e) == "prior" || p.w(e) == "earlier" && !p.shiftVerbBefore(s)) &&
			(e+1 >= len(p.ts) || p.ts[e+1].k != kWord):
			// "two days before": before the last day named.
			for k := len(p.gitems) - 1; k >= 0; k-- {
				if d := p.gitems[k]; d.k == gDay && d.e <= s {
					c := gitem{k: gDay, s: s, e: e + 1, clock: -1, day: d.day.AddDate(0, -it.months, -it.days)}
					return c, true
				}
			}
			return gitem{}, false
		default:
			return gitem{}, false
		}
		c := gitem{k: gTime, s: s, e: e, clock: -1}
		if it.days > 0 || it.months > 0 {
			c.k, c.day = gDay, p.today.AddDate(0, it.months, it.days)
			return c, true
		}
		if it.dur <= 0 {
			return gitem{}, false
		}
		c.inst = p.now.Add(time.Duration(it.dur) * time.Minute)
		return c, true
	case gMer:
		prev := p.w(it.s - 1)
		if _, wd := weekdays[prev]; wd || prev == "tomorrow" || prev == "today" {
			// "tmrw AM", "fri pm": a part of the day.
			c := *it
			c.k, c.clock = gPart, 9*60
			if it.n == 'p' {
				c.clock = 14 * 60
			}
			return c, true
		}
	case gMonth:
		return p.monthAlone(it)
	case gNth:
		if it.n < 1 || p.w(it.s-1) != "the" && p.w(it.s-1) != "on" {
			return gitem{}, false
		}
		// "the fourth Thursday": of this month while it is ahead, else of
		// the next.
		y, m, _ := p.today.Date()
		for k := 0; k < 3; k++ {
			first := time.Date(y, m+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
			d := first.AddDate(0, 0, (it.clock-int(first.Weekday())+7)%7+7*(it.n-1))
			if d.Month() == first.Month() && d.After(p.today) {
				c := gitem{k: gDay, s: it.s, e: it.e, day: d, clock: -1}
				if p.w(it.s-1) == "the" {
					c.s--
				}
				return c, true
			}
		}
	case gOrd:
		if it.built || p.w(it.s-1) != "the" {
			return gitem{}, false
		}
		if !p.ordinalDate(it.e - 1) {
			return gitem{}, false
		}
		y, m, _ := p.today.Date()
		for k := 0; k < 13; k++ {
			d := time.Date(y, m+time.Month(k), it.n, 0, 0, 0, 0, time.UTC)
			if d.Day() == it.n && !d.Before(p.today) {
				return gitem{k: gDay, s: it.s - 1, e: it.e, day: d, clock: -1}, true
			}
		}
	case gNum:
		low := strings.TrimSuffix(p.ts[it.s].low, "ish")
		if it.words && !it.built && !it.art && it.n >= 1 && it.n <= 12 && (prepBefore(p.w(it.s-1)) || p.w(it.s-1) == "to" && p.moveBefore(it.s-1) ||
			p.isDayWord(it.s-1) && (it.e >= len(p.ts) || p.ts[it.e].k != kWord || okAfterClock[p.w(it.e)])) &&
			unitOf(p.w(it.e)) == 0 &&
			p.ts[it.s].w != "couple" && p.ts[it.s].w != "few" {
			// "at eleven", "by two"
			c := *it
			c.k, c.clock = gClock, business(it.n)*60
			return c, true
		}
		if !it.words && !it.built && len(low) <= 2 && it.n >= 1 && it.n <= 31 && p.w(it.s-1) == "the" && p.w(it.s-2) == "on" &&
			(it.e >= len(p.ts) || p.ts[it.e].k != kWord || okAfterOrdinal[p.w(it.e)]) {
			// "on the 19": a day of the month written without its suffix.
			y, m, _ := p.today.Date()
			for k := 0; k < 13; k++ {
				d := time.Date(y, m+time.Month(k), it.n, 0, 0, 0, 0, time.UTC)
				if d.Day() == it.n && !d.Before(p.today) {
					return gitem{k: gDay, s: it.s - 1, e: it.e, day: d, clock: -1}, true
				}
			}
		}
		prev := p.w(it.s - 1)
		_, wd := weekdays[prev]
		named := prev == "the" || prev == "my" || prev == "our"
		next := p.w(it.e)
		_, wdNext := weekdays[next]
		_, mo := months[prev]
		compactOK := prepBefore(prev) || wd || prev == "tomorrow" || prev == "today" || prev == "to" || mo && len(low) >= 3 ||
			named && (len(low) == 3 || low[0] == '0' || low[0] == '1') ||
			len(low) == 4 && (low[0] == '0' || next == "tomorrow" || next == "today" || next == "tonight" || wdNext || next == "hrs" ||
				next == "hours" || next == "on" || next == "this" || next == "next")
		if it.words || it.built || len(low) < 3 || len(low) > 4 || !compactOK || it.n%100 > 59 || it.n/100 > 23 {
			return gitem{}, false
		}
		if unitOf(next) != 0 && !(len(low) == 4 && (next == "hrs" || next == "hours")) {
			return gitem{}, false
		}
		c := *it
		if next == "hrs" || next == "hours" {
			c.e++
		}
		c.k, c.clock, c.exact = gClock, it.n/100*60+it.n%100, len(low) == 4
		if !c.exact {
			c.clock = business(it.n/100)*60 + it.n%100
		}
		return c, true
	}
	return gitem{}, false
}

// holiday reads a US holiday name at i.
func (p *parser) holiday(i int) gitem {
	w, nx := p.ts[i].low, p.w(i+1)
	name, s, e := "", i, i+1
	switch w {
	case "christmas", "xmas":
		name = "christmas"
		switch nx {
		case "day":
			e++
		case "eve":
			name, e = "christmas eve", e+1
		}
	case "new":
		if (nx == "year" || nx == "years") && (p.w(i+2) == "day" || p.w(i+2) == "eve") {
			name, e = "new year's "+p.w(i+2), i+3
		} else if nx == "year" && i+1 < len(p.ts) && p.ts[i+1].poss && p.ts[i+1].cap {
			name, e = "new year's day", i+2 // "after New Year's"
		}
	case "thanksgiving":
		name = "thanksgiving"
		if nx == "day" {
			e++
		}
	case "black":
		if nx == "friday" {
			name, e = "black friday", i+2
		}
	case "memorial", "labor", "labour", "independence", "veterans", "veteran", "presidents", "president", "columbus",
		"valentine", "valentines", "mother", "mothers", "father", "fathers", "mlk":
		if nx == "day" {
			name, e = map[string]string{"labour": "labor", "veteran": "veterans", "president": "presidents",
				"valentines": "valentine", "mothers": "mother", "fathers": "father"}[w], i+2
			if name == "" {
				name = w
			}
		}
	case "martin":
		j := i + 1
		for _, x := range []string{"luther", "king"} {
			if p.w(j) != x {
				return gitem{}
			}
			j++
		}
		if p.w(j) == "jr" || p.w(j) == "jr." {
			j++
		}
		if p.w(j) == "day" {
			name, e = "mlk", j+1
		}
	case "nye":
		name = "new year's eve"
	case "juneteenth", "halloween", "easter":
		name = w
		if nx == "sunday" || nx == "monday" && w == "easter" {
			if nx == "monday" {
				name = "easter monday"
			}
			e++
		}
	case "good":
		if nx == "friday" {
			name, e = "good friday", i+2
		}
	case "election", "groundhog", "tax":
		if nx == "day" {
			name, e = w, i+2
		}
	case "indigenous":
		if (nx == "peoples" || nx == "people" || nx == "peoples'") && p.w(i+2) == "day" {
			name, e = "columbus", i+3 // the same Monday
		}
	case "patrick", "patricks", "patrick's":
		if nx == "day" && (p.w(i-1) == "st" || p.w(i-1) == "st." || p.w(i-1) == "saint") {
			name, e, s = "st patrick", i+2, i-1
		}
	case "cinco":
		if nx == "de" && p.w(i+2) == "mayo" {
			name, e = "cinco de mayo", i+3
		}
	}
	if name == "" {
		return gitem{}
	}
	y := p.today.Year()
	d := holidayDate(name, y)
	if d.Before(p.today) {
		d = holidayDate(name, y+1)
	}
	return gitem{k: gDay, s: s, e: e, day: d, clock: -1, hol: name, built: true}
}

// holidayDate is the date of a US holiday in year y.
func holidayDate(name string, y int) time.Time {
	fixed := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	nth := func(m time.Month, wd time.Weekday, n int) time.Time {
		first := fixed(m, 1)
		if n < 0 {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
			return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
		}
		return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	}
	switch name {
	case "christmas":
		return fixed(time.December, 25)
	case "christmas eve":
		return fixed(time.December, 24)
	case "new year's day":
		return fixed(time.January, 1)
	case "new year's eve":
		return fixed(time.December, 31)
	case "thanksgiving":
		return nth(time.November, time.Thursday, 4)
	case "black friday":
		return nth(time.November, time.Thursday, 4).AddDate(0, 0, 1)
	case "memorial":
		return nth(time.May, time.Monday, -1)
	case "labor":
		return nth(time.September, time.Monday, 1)
	case "independence":
		return fixed(time.July, 4)
	case "veterans":
		return fixed(time.November, 11)
	case "presidents":
		return nth(time.February, time.Monday, 3)
	case "columbus":
		return nth(time.October, time.Monday, 2)
	case "mlk":
		return nth(time.January, time.Monday, 3)
	case "valentine":
		return fixed(time.February, 14)
	case "mother":
		return nth(time.May, time.Sunday, 2)
	case "father":
		return nth(time.June, time.Sunday, 3)
	case "juneteenth":
		return fixed(time.June, 19)
	case "election":
		return nth(time.November, time.Monday, 1).AddDate(0, 0, 1) // the Tuesday after the first Monday
	case "groundhog":
		return fixed(time.February, 2)
	case "tax":
		return fixed(time.April, 15)
	case "st patrick":
		return fixed(time.March, 17)
	case "cinco de mayo":
		return fixed(time.May, 5)
	case "halloween":
		return fixed(time.October, 31)
	case "easter", "good friday", "easter monday":
		// The Gregorian computus (Meeus/Jones/Butcher).
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		m := (a + 11*h + 22*l) / 451
		month := (h + l - 7*m + 114) / 31
		day := (h+l-7*m+114)%31 + 1
		t := fixed(time.Month(month), day)
		switch name {
		case "good friday":
			return t.AddDate(0, 0, -2)
		case "easter monday":
			return t.AddDate(0, 0, 1)
		}
		return t
	}
	return time.Time{}
}

// dayFrom is the day d spanning a and b (and a "the" before a).
func (p *parser) dayFrom(a, b *gitem, d time.Time, year int) gitem {
	c := span(a, b, gDay)
	c.day, c.year = d, year
	p.withThe(&c, a)
	return c
}

// withThe stretches c over a "the" right before its first item a ("the
// 3rd of May", "the day after Christmas").
func (p *parser) withThe(c, a *gitem) {
	if p.w(a.s-1) == "the" {
		c.s--
	}
}
