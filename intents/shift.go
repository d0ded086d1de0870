package intents

import (
	"time"

	"github.com/delegatebot/delegatebot"
)

// A relative shift moves a meeting by a length of time instead of naming
// its new time: "push it back an hour", "an hour later", "move the 3pm up
// 30 minutes", "bump it out a week". The new time is the meeting's time,
// said anywhere before in the message ("the budget review is at 2
// tomorrow. push it back an hour"), plus or minus the length.

// shift is a relative move found in the message.
type shift struct {
	at, end int // the phrase's tokens
	mins    int // signed minutes
	days    int // signed days
}

// shiftVerbs move a meeting when a length of time follows them.
var shiftVerbs = set("move moved moving push pushed pushing bump bumped shift shifted slide slid slip scoot nudge start run make do have")

// laterVerbs move a meeting later when no direction is said: "push it 30
// minutes".
var laterVerbs = set("push pushed bump bumped slide slid delay delayed postpone")

// findShift finds a relative shift in the sentences of the ask.
func (p *parser) findShift(inAsk func(int) bool) (shift, bool) {
	for _, it := range p.gitems {
		if it.k != gDur || it.months > 0 || it.week || it.dur == 0 && it.days == 0 || !inAsk(p.ts[it.s].sent) {
			continue
		}
		sign, s, e := 0, it.s, it.e
		switch after := p.w(e); {
		case after == "later" || after == "back" || after == "out" || after == "late":
			sign, e = 1, e+1
		case after == "earlier" || after == "sooner" || after == "up" && p.shiftVerbBefore(s):
			sign, e = -1, e+1
		}
		if sign == 0 {
			k := s
			if p.w(k-1) == "by" {
				k--
			}
			switch p.w(k - 1) {
			case "back", "out":
				sign, s = 1, k-1
			case "up", "earlier", "forward":
				if p.shiftVerbBefore(k - 1) {
					sign, s = -1, k-1
				}
			default:
				if k < s && p.shiftVerbBefore(k) && p.moveVerbAt(k-2) {
					// "push it by 30 minutes": later.
					sign, s = 1, k
				} else if laterVerbs[p.w(k-1)] || (p.w(k-1) == "it" || p.w(k-1) == "that") && laterVerbs[p.w(k-2)] {
					sign = 1 // "push it 30 minutes", "delay 15 min": later
				}
			}
		}
		if sign == 0 || !p.shiftVerbBefore(s) {
			continue
		}
		return shift{at: s, end: e, mins: sign * it.dur, days: sign * it.days}, true
	}
	return shift{}, false
}

// shiftVerbBefore reports a verb that moves a meeting in i's sentence before i.
func (p *parser) shiftVerbBefore(i int) bool {
	if i <= 0 || i > len(p.ts) {
		return false
	}
	sent := p.ts[i-1].sent
	for j := i - 1; j >= 0 && p.ts[j].sent == sent; j-- {
		if p.moveVerbAt(j) {
			return true
		}
	}
	return false
}

func (p *parser) moveVerbAt(j int) bool {
	return j >= 0 && j < len(p.ts) && shiftVerbs[p.w(j)]
}

// inShift reports token i inside the shift phrase of the message, if any.
func (p *parser) inShift(i int) bool {
	return p.shifted && i >= p.shiftAt.at && i < p.shiftAt.end
}

// applyShift moves the meeting's time by the shift: the time said last
// before the shift (or first after it) that is not context, a deadline or a
// value being replaced. A shift of minutes needs a clock, one of days a
// day; without them the new time stays what the rest of the ask says.
func (p *parser) applyShift(sh shift, when *expr) *expr {
	var anchor *expr
	for k := range p.exprs {
		e := &p.exprs[k]
		if e.past || e.due || !e.inst.IsZero() || e.start >= sh.at && e.start < sh.end {
			continue
		}
		if sh.mins != 0 && !e.hasClock() || sh.mins == 0 && !e.hasDay() && !e.hasClock() {
			continue
		}
		if e.start < sh.at || anchor == nil {
			anchor = e
		}
	}
	if anchor == nil || when != nil && when.start >= sh.end && anchor.start < sh.at {
		return when
	}
	for k := range p.exprs {
		if e := &p.exprs[k]; e.start >= sh.end && (e.corr || e.to) && !e.past {
			return when // "push it back a week, no, make it the 13th"
		}
	}
	x := *anchor
	x.to, x.old, x.mod, x.corr = true, false, false, false
	if !x.hasDay() {
		// Resolve a clock's day first ("slide my 4:00 out a day"), so the
		// shift cannot move it across midnight unseen.
		m := p.moment(&x)
		if m.IsZero() {
			return when
		}
		y, mo, d := m.T.In(p.loc).Date()
		x.day = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	}
	if sh.days != 0 {
		x.day = x.day.AddDate(0, 0, sh.days)
	}
	if sh.mins != 0 {
		c := x.clock + sh.mins
		for c < 0 {
			c += 24 * 60
			x.day = x.day.AddDate(0, 0, -1)
		}
		for c >= 24*60 {
			c -= 24 * 60
			x.day = x.day.AddDate(0, 0, 1)
		}
		x.clock, x.guess, x.part = c, false, false
	}
	return &x
}

// shiftable reports an intent whose when a shift can move.
func shiftable(in delegatebot.Intent) bool {
	return in == delegatebot.IntentReschedule
}
