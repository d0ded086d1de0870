package intents

import (
	"time"

	"github.com/delegatebot/delegatebot"
)

// expr is a time expression: adjacent atoms merged ("next Tuesday at
// 11:15am"), with what the words around it say about its role.
type expr struct {
	atom
	sent    int
	due     bool // by/before/until/due/latest: a deadline
	bareEOD bool // EOD with no preposition: a deadline unless it times the thing itself
	to      bool // "to/for <time>": the new time of a move
	mod     bool // dates another event ("the Friday board meeting")
	past    bool // context ("since last week", "a month ago")
	corr    bool // a correction ("sorry, Wednesday")
	old     bool // the value replaced ("instead of noon")
	byClock bool // a day with a deadline clock ("Monday by 10am")
	event   bool // lead is before an event a later clause times ("it starts at ten")
	shifted bool // days before an event's day ("3 days before the survey on the 20th")
	lead    int  // minutes before the stated time ("15 min before the call at 2")
}

// glue may separate atoms of one expression: "friday, 2:15pm", "wed at 11".
func glue(w string) bool {
	switch w {
	case ",", "at", "on", "the", "@", "-", "–", "around", "in", "starting", "from", "of", "like", "about", "say",
		"a", "las", "la", "el", "por", "de":
		return true
	}
	return false
}

// buildExprs merges adjacent compatible atoms and classifies each result.
func (p *parser) buildExprs() {
	for _, a := range p.atoms {
		if a.anaphor {
			for k := len(p.exprs) - 1; k >= 0; k-- {
				if p.exprs[k].hasDay() {
					a.day = p.exprs[k].day
					break
				}
			}
			if !a.hasDay() && !a.hasClock() {
				continue // "that day" with no day said before
			}
		}
		if n := len(p.exprs); n > 0 {
			last := &p.exprs[n-1]
			if p.joinable(last.atom, a) {
				lastStart, lastEnd := last.start, last.end
				last.end = a.end
				if wd, ok := weekdays[p.w(a.end-1)]; ok && last.weekRef && a.end-a.start == 1 {
					// "the week after next, Tuesday": that week's Tuesday.
					last.day = mondayOf(last.day).AddDate(0, 0, (wd+6)%7)
					last.weekRef = false
				} else if wd, ok := weekdays[p.w(lastEnd-1)]; ok && a.weekRef && lastEnd-lastStart == 1 {
					// "Wednesday the week after next"
					last.day = mondayOf(a.day).AddDate(0, 0, (wd+6)%7)
				} else if a.hasDay() {
					last.day = a.day
					last.weekRef = a.weekRef
				}
				switch {
				case !a.hasClock():
				case last.hasClock() && a.part:
					// "at 8 tonight", "the 5:50 tmrw am": the part of day
					// settles am/pm.
					if last.guess {
						last.clock = partClock(last.clock, a.clock)
					}
				case last.hasClock() && last.part:
					// "tomorrow morning at 10": the exact clock refines.
					pm := last.clock >= 14*60
					last.clock, last.part, last.guess = a.clock, false, a.guess
					if pm && a.guess && a.clock < 12*60 {
						last.clock += 12 * 60
					}
				default:
					last.clock, last.eod, last.guess, last.part, last.zone = a.clock, a.eod, a.guess, a.part, a.zone
					if a.dur > 0 {
						last.dur = a.dur
					}
				}
				continue
			}
		}
		if n := len(p.exprs); n > 0 && p.dayByClock(p.exprs[n-1].atom, a) {
			// "Monday by 10am": a deadline on that day.
			last := &p.exprs[n-1]
			last.clock, last.guess, last.zone, last.end, last.byClock = a.clock, a.guess, a.zone, a.end, true
			continue
		}
		if n := len(p.exprs); n > 0 && p.eventClock(p.exprs[n-1].atom, a) {
			// "Monday's quality council at 7:30": the clock of the event
			// the day names.
			last := &p.exprs[n-1]
			last.clock, last.guess, last.zone = a.clock, a.guess, a.zone
			continue
		}
		p.exprs = append(p.exprs, expr{atom: a, sent: p.ts[a.start].sent})
	}
	for k := range p.exprs {
		p.classify(&p.exprs[k])
	}
	for k := range p.exprs {
		p.eventLead(k)
	}
}

// eventLead reads an offset before an event whose time a later clause
// gives: "remind me two hours before the board dinner, it's at 6:30
// Thursday", "block thirty minutes before the board meeting thursday, it
// starts at ten". The event's day and clock become one time, the offset
// before it.
func (p *parser) eventLead(k int) {
	e := &p.exprs[k]
	j := e.start - 1
	if p.w(j) == "at" || p.w(j) == "@" {
		j--
	}
	switch p.w(j) {
	case "it's", "starts", "begins", "is":
	default:
		return
	}
	for b := j - 1; b >= 0 && p.ts[b].sent == e.sent; b-- {
		if p.w(b) != "before" {
			continue
		}
		n := p.leadBefore(b)
		if n == 0 {
			return
		}
		for x := range p.exprs {
			if d := &p.exprs[x]; d != e && d.sent == e.sent && d.start > b && d.start < e.start && d.hasDay() && !d.hasClock() {
				if !e.hasDay() {
					e.day = d.day
				}
				d.past = true // said by e now
			}
		}
		if e.hasClock() {
			e.lead, e.due, e.event = n, false, true
		}
		return
	}
}

// dayByClock reports a day and a clock joined by by/before ("Monday by
// 10am", "tomorrow before noon").
func (p *parser) dayByClock(x, y atom) bool {
	if !x.hasDay() || x.hasClock() || !x.inst.IsZero() || !y.hasClock() || y.hasDay() || !y.inst.IsZero() || y.eod {
		return false
	}
	if p.w(x.end) == "," {
		x.end++ // "today, before 5"
	}
	return y.start == x.end+1 && (p.w(x.end) == "by" || p.w(x.end) == "before") ||
		y.start == x.end && (p.w(y.start) == "by" || p.w(y.start) == "before")
}

// eventClock reports a possessive day ("Monday's", "tomorrow's") and a
// clock that times the same event a few plain words on.
func (p *parser) eventClock(x, y atom) bool {
	if !x.hasDay() || x.hasClock() || !x.inst.IsZero() || !p.ts[x.end-1].poss || !y.hasClock() || y.hasDay() || !y.inst.IsZero() ||
		y.start-x.end > 4 || p.ts[x.end-1].sent != p.ts[y.start].sent {
		return false
	}
	for j := x.end; j < y.start; j++ {
		if p.ts[j].k != kWord || isCueWord(p.w(j)) && !meetingNouns[p.w(j)] || notInEvent[p.w(j)] {
			return false
		}
	}
	return true
}

var notInEvent = set("and or to for from by before until till instead into on")

func (p *parser) joinable(x, y atom) bool {
	if !x.inst.IsZero() || !y.inst.IsZero() || x.hasClock() && y.hasClock() && x.part == y.part {
		return false
	}
	if x.hasDay() && y.hasDay() {
		// "Sunday March 8", "Tuesday the 15th": one day named twice.
		_, wdy := weekdays[p.w(y.end-1)]
		_, wdx := weekdays[p.w(x.end-1)]
		if (!wdx || x.hasClock() || y.weekRef) && !(x.weekRef && wdy && y.end-y.start == 1) &&
			!(y.weekRef && wdx && x.end-x.start == 1 && !x.hasClock()) {
			return false
		}
	}
	gap := 0
	for j := x.end; j < y.start; j++ {
		if !glue(p.ts[j].w) {
			return false
		}
		gap++
	}
	return gap <= 3
}

// classify reads the words around an expression.
func (p *parser) classify(e *expr) {
	j := e.start - 1
	for j >= 0 && (glue(p.w(j)) || p.w(j) == "sometime" || p.w(j) == "early" || p.w(j) == "later" ||
		p.w(j) == "mid" || p.w(j) == "this" || p.w(j) == "anytime" || p.w(j) == "time" && (p.w(j-1) == "any" || p.w(j-1) == "some")) && p.w(j) != "from" {
		j--
		if p.w(j) == "any" || p.w(j) == "some" {
			j-- // "to any time Friday morning"
		}
	}
	switch p.w(j) {
	case "thru", "through":
		if j > 0 && p.endsExpr(j) {
			// "Monday through Wednesday": the end of a range, not a deadline.
			e.mod = true
			break
		}
		e.due = true
	case "by", "before", "until", "till", "til", "due", "deadline", "nlt":
		e.due = true
		if p.w(j) == "before" {
			if n := p.leadBefore(j); n > 0 && e.hasClock() {
				// "ping me 10 min before the 2pm": a time, not a deadline.
				e.due, e.lead = false, n
			}
		}
		if (p.w(j) == "until" || p.w(j) == "till" || p.w(j) == "til") && p.selfBusy(j) {
			// "I'm in the OR until 2": the writer's own day, not a deadline.
			e.due, e.past = false, true
		}
	case "than":
		e.due = p.w(j-1) == "later" || p.w(j-1) == "after"
	case "ahead", "advance":
		// "ahead of Thursday's board", "in advance of the 2pm"
		e.due = p.w(j+1) == "of"
	case "is", "was", "'s":
		// "the deadline is the 20th"
		switch p.w(j - 1) {
		case "deadline", "due", "cutoff", "cut-off":
			e.due = true
		}
	case "to":
		if p.w(j-1) == "prior" {
			e.due = true
		} else {
			e.to = true
		}
	case "instead":
		if p.w(j+1) == "of" {
			// "at 7am instead of noon": the value replaced.
			e.old = true
		} else {
			e.to = true
		}
	case "for", "be", "→", "->", "=>", "para", "al":
		e.to = true
	case "now":
		// "the 4:15 is now a 4:45": the new time.
		e.to = p.w(j-1) == "is" || p.w(j-1) == "'s" || p.w(j-1) == "it's"
	case "since", "last", "ago", "past", "from":
		e.past = p.w(j) != "from" || p.w(j+1) == "last" || p.movedFrom(j+1)
	}
	if !e.due && !e.to && j >= 0 {
		// "before the board meeting at 3", "before it lapses Jan 15",
		// "early bird closes friday": a cut-off.
		switch p.w(j) {
		case "closes", "close", "ends", "expires", "expire", "lapses", "lapse", "deadline", "cutoff", "due", "locks", "lock",
			"closing", "locked", "freezes", "freeze":
			e.due = true
		}
		for b := j; !e.due && b >= 0 && b >= j-5 && p.ts[b].sent == e.sent; b-- {
			w := p.w(b)
			if w == "before" || w == "by" || w == "until" || w == "prior" || w == "due" && p.w(b+1) == "to" {
				e.due = true
				if w == "before" {
					if n := p.leadBefore(b); n > 0 && e.hasClock() {
						e.due, e.lead = false, n
					} else if d := p.daysBefore(b); d > 0 && e.hasDay() && !e.hasClock() && e.inst.IsZero() {
						// "remind me 3 days before the survey on the 20th"
						e.day, e.due, e.shifted = e.day.AddDate(0, 0, -d), false, true
					}
				}
			}
			if w == "to" && goVerbs[p.w(b-1)] {
				continue // "before it goes to the board wed"
			}
			if w == "to" && p.w(b-1) == "due" {
				continue // "due to me the last Friday"
			}
			if w == "to" && p.w(b-1) == "prior" || w == "of" && (p.w(b-1) == "ahead" || p.w(b-1) == "advance") {
				e.due = true // "prior to the council on the 12th"
				break
			}
			if p.ts[b].k != kWord || w == "to" || w == "for" || w == "from" || w == "what" || w == "which" || w == "whatever" || isCueWord(w) && !(meetingNouns[w] && !p.verbPos(b)) || p.inAtom(b) {
				break
			}
		}
	}
	for b := e.start - 1; b >= 1 && b >= e.start-6 && p.ts[b].sent == e.sent; b-- {
		// "tell her she can start on the 5th": the time is message content.
		switch p.w(b - 1) {
		case "she", "he", "they":
			if p.sentStart(e.sent) == b-1 && (p.w(b) == "needs" || p.w(b) == "need" || p.w(b) == "wants" || p.w(b) == "want") {
				// "She needs the slides by Friday. Can you ...": a third
				// person's need that the ask points back to, not content.
				continue
			}
			switch p.w(b) {
			case "can", "will", "could", "should", "would", "is", "are", "needs", "has", "starts", "start", "'ll":
				e.past = true
			}
		}
	}
	if p.w(e.start-1) == "not" {
		e.old = true // "Wednesday, not Thursday"
	}
	if _, wd := weekdays[p.w(e.start)]; wd && (p.w(e.start-1) == "a" || p.w(e.start-1) == "any") {
		e.past = true // "if it's on a Wednesday": no day in particular
	}
	if p.w(e.start) == "within" || e.byClock || p.w(e.end-1) == "before" || p.w(e.end-1) == "prior" {
		e.due = true
	}
	k := e.end
	if p.w(k) == "at" && p.w(k+1) == "the" {
		k += 2
	}
	switch p.w(k) {
	case "instead":
		e.to = true
	case "latest":
		e.due = true
	case "ago":
		e.past = true
	}
	if !e.due && e.eod && !e.to {
		e.bareEOD = true
	}
	if e.end-1 >= 0 && p.ts[e.end-1].poss && !(p.w(e.end-1) == "year" && p.w(e.end-2) == "new" && !isNoun(p, e.end)) &&
		!(p.w(e.end) == "time" && unitOf(p.w(e.end-1)) != 0) { // "in two weeks' time" is the time itself
		e.mod = true
	}
	if nx := p.w(e.end); (p.w(j) == "the" || p.w(j) == "for" || p.w(j) == "your" || p.w(j) == "my" || p.w(j) == "our") &&
		(meetingNouns[nx] || docNouns[nx]) {
		e.mod = true
	}
	for b := e.start - 1; b >= 0 && b >= e.start-4; b-- {
		switch p.w(b) {
		case "sorry", "actually", "mean", "correction", "wait", "rather", "scratch", "oops":
			e.corr = true
		case "no", "nope", "err":
			// "on wednesday no thursday", "to 2, no 2:30": the writer
			// corrects the time just said.
			if b == e.start-1 && (p.inAtom(b-1) || p.w(b-1) == "," && p.inAtom(b-2)) {
				e.corr = true
			}
		case "make", "change":
			if p.w(b+1) == "that" || p.w(b+1) == "it" {
				e.corr = true
			}
		}
	}
}

// isNoun reports a word at j that a possessive could own: any word but a
// preposition, conjunction or punctuation ("New Year's party" vs "after New
// Year's, please").
func isNoun(p *parser, j int) bool {
	if j >= len(p.ts) || p.ts[j].k != kWord {
		return false
	}
	switch p.w(j) {
	case "at", "on", "in", "for", "and", "or", "to", "by", "please", "pls", "with", "if", "so", "but":
		return false
	}
	return true
}

// wantedBy reports a time by which a document is wanted, said without
// "by": "I'd like it in two weeks", "need it Friday", "have it on my desk
// Monday", "today if possible".
func (p *parser) wantedBy(e *expr) bool {
	if e.mod || e.past || p.servesEvent(e) {
		return false
	}
	switch p.w(e.start) {
	case "in", "within":
		return true
	}
	for b := e.start - 1; b >= 0 && b >= e.start-6 && p.ts[b].sent == e.sent; b-- {
		switch p.w(b) {
		case "need", "needed", "want", "like", "have", "get", "back", "desk", "ready", "done", "finished":
			return true
		case "for":
			// "I need it for Monday": wanted by then; "the deck for
			// Monday's board" dates something else.
			pron := p.w(b-1) == "it" || p.w(b-1) == "them" || p.w(b-1) == "this" || p.w(b-1) == "that"
			return pron && (p.w(b-2) == "need" || p.w(b-2) == "want" || p.w(b-2) == "needed")
		case "about", "on", "re", "regarding", "of":
			return false
		}
	}
	return p.w(e.end) == "if" && p.w(e.end+1) == "possible"
}

// refersBack reports a deadline in a sentence that points back at the
// ask's object: "can u dig up the offer letters? need it before the 1030",
// "... I need them by Friday".
func (p *parser) refersBack(e *expr) bool {
	for b := e.start - 1; b >= 0 && p.ts[b].sent == e.sent; b-- {
		switch p.w(b) {
		case "it", "them", "this", "that", "these", "those":
			return b > 0 && (p.w(b-1) == "need" || p.w(b-1) == "needed" || p.w(b-1) == "want" || p.w(b-1) == "have" || p.w(b-1) == "get")
		}
	}
	return false
}

// goVerbs move a thing somewhere: "before it goes to the board".
var goVerbs = set("goes go going gets get went sent heads head")

// pickTimes chooses when and due among the expressions of the sentences the
// ask spans. The last stated value wins over a corrected one.
func (p *parser) pickTimes(in delegatebot.Intent, inAsk func(sent int) bool) (when, due *expr) {
	timesThing := in == delegatebot.IntentReminder || in == delegatebot.IntentSchedule ||
		in == delegatebot.IntentReschedule || in == delegatebot.IntentCancelMeeting || in == delegatebot.IntentTravel
	var last *expr
	for k := range p.exprs {
		e := &p.exprs[k]
		if e.past || e.old || !inAsk(e.sent) && !(e.due && e.sent > 0 && inAsk(e.sent-1) && p.refersBack(e)) &&
			!(e.due && in != delegatebot.IntentReschedule && inAsk(e.sent+1) && !inAsk(e.sent) && p.pointsBack(e.sent+1) && !p.selfBusy(e.start)) || e.mod && !e.due && e.lead == 0 && in != delegatebot.IntentCancelMeeting || p.content >= 0 && e.start > p.content && !e.due && !p.sendTime(e) ||
			p.said >= 0 && e.start > p.said {
			continue
		}
		if e.corr && last != nil {
			if e.hasDay() {
				last.day = e.day
			}
			if e.hasClock() {
				last.clock, last.eod = e.clock, e.eod
			}
			if !e.inst.IsZero() {
				last.inst = e.inst
			}
			continue
		}
		if e.lead > 0 && in != delegatebot.IntentReminder && !e.event {
			// "grab 15 min before 5": a meeting's length before a cut-off.
			x := *e
			x.lead, x.due = 0, true
			e = &x
		}
		// Bare EOD is a deadline, but a send at "tomorrow end of day" is
		// scheduled for then.
		isDue := e.due || e.bareEOD && !timesThing && !(in == delegatebot.IntentSend && e.hasDay()) || e.shifted && !timesThing
		switch {
		case isDue && due == nil:
			due = e
		case isDue:
		case when == nil:
			when = e
		case (in == delegatebot.IntentReschedule || in == delegatebot.IntentTravel) && e.to && !when.to:
			when = e
		case in == delegatebot.IntentReschedule && e.to:
			when = e
		default:
			continue
		}
		last = e
	}
	if when != nil && when.hasDay() && !when.hasClock() && when.inst.IsZero() {
		// "The CEO is in town Thursday. Get me 30 minutes with her that
		// afternoon": a later time of the same day says more.
		for k := range p.exprs {
			if e := &p.exprs[k]; e.start > when.end && e.hasDay() && e.day.Equal(when.day) && e.hasClock() && inAsk(e.sent) &&
				!e.due && !e.past && !e.old && !e.mod && e.inst.IsZero() {
				when = e
				break
			}
		}
	}
	if when != nil && when.hasDay() && !when.hasClock() && p.selfBusy(when.start) {
		// "I'm off Friday -- remind me at quarter to six": the writer's
		// own day is context when the ask after a break has its time.
		for k := range p.exprs {
			if e := &p.exprs[k]; e.start > when.end && e.sent == when.sent && p.clauseBreak(when.end, e.start) &&
				(e.hasClock() || !e.inst.IsZero()) && !e.due && !e.past && !e.old && !e.mod {
				when = e
				break
			}
		}
	}
	if when != nil && when.recur > 0 {
		when = p.firstOccurrence(when)
	}
	if when != nil && when.weekRef && when.hasDay() {
		// "the Tuesday safety huddle moved to 7:15 starting next week":
		// that week's Tuesday.
		for k := range p.exprs {
			e := &p.exprs[k]
			if e.start >= when.start || e.sent != when.sent || e.end-e.start != 1 || e.past {
				continue
			}
			if wd, ok := weekdays[p.w(e.start)]; ok {
				w := *when
				w.day, w.weekRef = mondayOf(when.day).AddDate(0, 0, (wd+6)%7), false
				when = &w
			}
		}
	}
	if when != nil && when.hasDay() && !when.hasClock() && when.inst.IsZero() {
		if k := p.sameTime(when.end); k > 0 {
			// "slide it to thursday same time": the old clock on the new
			// day, unless a clock is said right after.
			var c *expr
			for x := range p.exprs {
				e := &p.exprs[x]
				if e == when || !e.hasClock() || e.hasDay() && e.start > when.start || !e.inst.IsZero() {
					continue
				}
				if e.start >= k && e.start <= k+2 {
					c = e
					break
				}
				if e.start < when.start && !e.part {
					c = e
				}
			}
			if c != nil {
				w := *when
				w.clock, w.guess, w.zone = c.clock, c.guess, c.zone
				return &w, due
			}
		}
	}
	if when != nil && when.hasDay() && !when.hasClock() && when.inst.IsZero() && p.w(when.end) == "or" {
		// "Tuesday or Wednesday at 8": the clock is both days'.
		for k := range p.exprs {
			if e := &p.exprs[k]; e.start == when.end+1 && e.hasDay() && e.hasClock() && e.inst.IsZero() {
				w := *when
				w.clock, w.guess, w.zone = e.clock, e.guess, e.zone
				return &w, due
			}
		}
	}
	if when != nil && when.hasDay() && !when.hasClock() && when.inst.IsZero() {
		// "the Mon 3/9 walkthrough for 2:30p": a day and a later clock of
		// the same clause are one moment.
		for k := range p.exprs {
			if e := &p.exprs[k]; e.start > when.end && (e.sent == when.sent && !p.clauseBreak(when.end, e.start) || e.sent == when.sent+1 && p.timeOnly(e)) &&
				e.hasClock() && !e.hasDay() && !e.part && e.inst.IsZero() && !e.due && !e.past && !e.old && !e.mod && e.lead == 0 {
				w := *when
				w.clock, w.guess, w.zone = e.clock, e.guess, e.zone
				if e.dur > 0 {
					w.dur = e.dur
				}
				return &w, due
			}
		}
	}
	if when != nil && !when.hasDay() && when.inst.IsZero() {
		d := p.dayFor(in, when)
		if d == nil && (in == delegatebot.IntentReschedule || in == delegatebot.IntentSchedule || in == delegatebot.IntentCancelMeeting ||
			in == delegatebot.IntentTask && p.booksRoom(when.sent)) {
			d = p.daySaidBefore(when)
		}
		if d != nil {
			w := *when
			w.day = d.day
			if d.part && w.guess {
				w.clock = partClock(w.clock, d.clock)
			}
			return &w, due
		}
	}
	return when, due
}

// firstOccurrence resolves a recurring weekday to its first occurrence:
// the next one, or the first on or after "starting <day>" of the same
// clause ("every Tuesday starting next week"), which may give the clock.
func (p *parser) firstOccurrence(when *expr) *expr {
	for k := range p.exprs {
		e := &p.exprs[k]
		if e.start <= when.start || e.sent != when.sent || !e.hasDay() || e.past || !e.inst.IsZero() {
			continue
		}
		switch p.w(e.start - 1) {
		case "starting", "beginning", "effective", "from":
		default:
			// "starting on the 3rd", "first one the week after next"
			if p.w(e.start-2) != "starting" && p.w(e.start-2) != "beginning" && !(p.w(e.start-2) == "first" && p.w(e.start-1) == "one") &&
				!(p.w(e.start-3) == "first" && p.w(e.start-2) == "one") {
				continue
			}
		}
		w := *when
		w.day = e.day.AddDate(0, 0, (when.recur-1-int(e.day.Weekday())+7)%7)
		for !w.day.After(p.today) {
			w.day = w.day.AddDate(0, 0, 7)
		}
		if !w.hasClock() && e.hasClock() {
			w.clock, w.guess, w.zone = e.clock, e.guess, e.zone
		}
		w.recur = 0
		return &w
	}
	return when
}

// sameTime reports "same time" (after a comma or not) at token k; it
// returns the token after it, or 0.
func (p *parser) sameTime(k int) int {
	if p.w(k) == "," {
		k++
	}
	if p.w(k) == "at" || p.w(k) == "the" {
		k++
	}
	if p.w(k) == "same" && p.w(k+1) == "time" {
		return k + 2
	}
	return 0
}

// dayFor finds the day of a clock said without one: a later day of the same
// clause ("skip the 2pm finance committee on friday", "at ten thirty instead
// of nine on Friday"), else an earlier one ("move Friday's 3pm to 4", "the
// Mon 3/9 walkthrough for 2:30p").
func (p *parser) dayFor(in delegatebot.Intent, when *expr) *expr {
	var before *expr
	for k := range p.exprs {
		e := &p.exprs[k]
		if e == when || !e.hasDay() || e.past || e.due || !e.inst.IsZero() || e.sent != when.sent {
			continue
		}
		if e.start > when.end {
			if e.hasClock() && !e.part {
				continue
			}
			if e.mod && !e.old && in != delegatebot.IntentCancelMeeting {
				continue
			}
			if e.weekRef && before != nil {
				if wd, ok := weekdays[p.w(before.end-1)]; ok {
					// "the Tuesday huddle moved to 7:15 starting next
					// week": that week's Tuesday.
					x := *e
					x.day = mondayOf(e.day).AddDate(0, 0, (wd+6)%7)
					return &x
				}
			}
			return e
		}
		if !e.part && !p.clauseBreak(e.end, when.start) {
			before = e
		}
	}
	if before == nil && p.w(when.start-1) == "," && p.w(when.start-2) == "then" || p.w(when.start-1) == "then" {
		// "it's Thursday the 9th. Book the car for then, 6am": the day
		// said last.
		for k := len(p.exprs) - 1; k >= 0; k-- {
			if e := &p.exprs[k]; e.start < when.start && e.hasDay() && !e.past && !e.old && e.inst.IsZero() {
				return e
			}
		}
	}
	return before
}

// endsExpr reports a time expression ending right before token j.
func (p *parser) endsExpr(j int) bool {
	for _, a := range p.atoms {
		if a.end == j {
			return true
		}
	}
	return false
}

// timeOnly reports an expression that is all its sentence says but
// punctuation: "Wednesday not Tuesday for the ops huddle. 9am."
func (p *parser) timeOnly(e *expr) bool {
	for j := p.sentStart(e.sent); j < len(p.ts) && p.ts[j].sent == e.sent; j++ {
		if (j < e.start || j >= e.end) && p.ts[j].k == kWord {
			return false
		}
	}
	return true
}

// daySaidBefore is the day a sentence before the ask gave the meeting
// whose clock the ask says: "the board meeting is Tuesday. Can you move it
// to the afternoon" is Tuesday afternoon. The writer's own busy day ("I'm
// out Friday") dates nothing.
func (p *parser) daySaidBefore(when *expr) *expr {
	for k := len(p.exprs) - 1; k >= 0; k-- {
		e := &p.exprs[k]
		if e.sent >= when.sent || e.sent < when.sent-2 || !e.hasDay() || e.past || e.due || e.old || !e.inst.IsZero() || e.weekRef {
			continue
		}
		if p.selfBusy(e.start) {
			return nil
		}
		return e
	}
	return nil
}

// clauseBreak reports a dash, semicolon or colon between tokens i and j
// ("I'm off Friday -- remind me at quarter to six").
func (p *parser) clauseBreak(i, j int) bool {
	for k := i; k < j && k < len(p.ts); k++ {
		switch p.w(k) {
		case "--", "—", "–", ";", ":", "-":
			return true
		}
	}
	return false
}

// partClock settles a guessed clock by a part of day: "7:05 Thursday
// morning", "5:30 tomorrow am", "8 tonight".
func partClock(clock, part int) int {
	switch {
	case part < 12*60 && clock >= 12*60 && clock < 19*60:
		return clock - 12*60
	case part >= 14*60 && clock < 12*60:
		return clock + 12*60
	}
	return clock
}

// sendContent is where the content of a message starts after the send cue
// at i ("notify the heads that the drill is Wednesday", "msg kimo: board
// moved to 10", "ask her to cover the 7p"): times after it are the
// message's, not the sending's. -1 when none.
func (p *parser) sendContent(i int) int {
	s := p.ts[i].sent
	for j := i + 1; j < len(p.ts) && p.ts[j].sent == s; j++ {
		switch p.w(j) {
		case "that", ":", "know", "saying", "telling", "asking", "ask", "tell", "letting", "re", "about":
			return j
		}
	}
	return -1
}

// sendTime reports a time after a message's topic that times the sending
// itself ("email the directors about the policy at noon", "... tomorrow at
// 10", "schedule it to go out eod saturday"); a time inside what is said
// ("tell her the drill is Wednesday") is not.
func (p *parser) sendTime(e *expr) bool {
	if c := p.w(p.content); c != "about" && c != "re" {
		return false
	}
	for _, w := range []string{p.w(e.start), p.w(e.start - 1)} {
		switch w {
		case "at", "@", "tomorrow", "today", "tonight", "sometime", "eod", "first", "this", "end":
			return true
		}
	}
	for b := e.start - 1; b >= e.start-3 && b > p.content; b-- {
		switch p.w(b) {
		case "out", "send", "sent", "deliver", "delivered":
			return true
		}
	}
	return false
}

// saidStart is where the words to be said start after the cue at i:
// "tell her", "say", "that", "ask for", "let them know". -1 when none.
func (p *parser) saidStart(i int) int {
	s := p.ts[i].sent
	for j := i + 1; j < len(p.ts) && p.ts[j].sent == s; j++ {
		switch p.w(j) {
		case "that", ":", "say", "saying", "tell", "telling", "ask", "asking", "know":
			return j
		}
	}
	return -1
}

// selfBusy reports a clause about the writer's own whereabouts before
// token j ("I'm stuck in the OR until", "in clinic till").
func (p *parser) selfBusy(j int) bool {
	s := p.ts[j].sent
	for b := j - 1; b >= 0 && b >= j-8 && p.ts[b].sent == s; b-- {
		switch p.w(b) {
		case "i'm", "im", "i'll", "we're", "i", "we", "i've", "ive", "i'd", "we've":
			return true
		case ",", "—", "-", ":":
			return false
		}
	}
	return false
}

// booksRoom reports a room booking in sentence sent: the time there is
// the booking's ("book the Magnolia room for the reception 5-7pm").
func (p *parser) booksRoom(sent int) bool {
	for j := range p.ts {
		if p.ts[j].sent == sent && (roomNouns[p.w(j)] || p.w(j) == "ballroom") {
			return true
		}
	}
	return false
}

// servesEvent reports a time that dates the event a task serves ("order a
// cake for the party on Friday", "lunch for the Thursday huddle").
func (p *parser) servesEvent(e *expr) bool {
	if e.due {
		return false
	}
	for j := e.start - 1; j >= 0 && j >= e.start-5 && p.ts[j].sent == e.sent; j-- {
		if p.w(j) == "for" && determiners[p.w(j+1)] {
			return true
		}
		if p.ts[j].k != kWord {
			return false
		}
	}
	return false
}

// leadBefore reads an offset ending just before token b ("15 mins before",
// "an hour before") in minutes, or 0.
func (p *parser) leadBefore(b int) int {
	u := unitOf(p.w(b - 1))
	if u == 'd' || u == 'w' {
		if d := p.daysBefore(b); d > 0 {
			return d * 24 * 60
		}
		return 0
	}
	if u != 'm' && u != 'h' {
		return 0
	}
	n, ok := numberWord(p.ts, b-2)
	if u == 'h' && (p.w(b-3) == "half" && p.w(b-2) == "an" || p.w(b-2) == "half") {
		n, ok, u = 1, true, 'x' // "half an hour before"
	}
	if !ok && p.w(b-2) == "half" {
		n, ok = 1, true
		u = 'x'
	}
	if !ok || n <= 0 || n > 600 {
		return 0
	}
	switch u {
	case 'h':
		return n * 60
	case 'x':
		return 30
	}
	return n
}

// daysBefore reads "3 days before", "a week before", "the day before"
// ending just before token b, in days, or 0.
func (p *parser) daysBefore(b int) int {
	u := unitOf(p.w(b - 1))
	if u != 'd' && u != 'w' {
		return 0
	}
	n, ok := numberWord(p.ts, b-2)
	if !ok && p.w(b-2) == "the" && (p.w(b-1) == "day" || p.w(b-1) == "week") {
		n, ok = 1, true
	}
	if !ok || n <= 0 || n > 60 {
		return 0
	}
	if u == 'w' {
		return 7 * n
	}
	return n
}

// moment turns an expression into a Moment in the user's location.
func (p *parser) moment(e *expr) delegatebot.Moment {
	if e == nil {
		return delegatebot.Moment{}
	}
	if e.lead > 0 {
		x := *e
		x.lead = 0
		m := p.moment(&x)
		if m.IsZero() {
			return m
		}
		return delegatebot.At(m.T.Add(-time.Duration(e.lead) * time.Minute))
	}
	if !e.inst.IsZero() {
		return delegatebot.At(e.inst)
	}
	loc := p.loc
	if e.zone != nil && e.hasClock() {
		loc = e.zone // "2pm ET": that wall clock in that zone, shown in the user's
	}
	if e.hasDay() {
		y, m, d := e.day.Date()
		if !e.hasClock() {
			return delegatebot.Moment{T: time.Date(y, m, d, 0, 0, 0, 0, p.loc)}
		}
		return delegatebot.At(time.Date(y, m, d, e.clock/60, e.clock%60, 0, 0, loc).In(p.loc))
	}
	if !e.hasClock() {
		return delegatebot.Moment{}
	}
	y, m, d := p.today.Date()
	t := time.Date(y, m, d, e.clock/60, e.clock%60, 0, 0, loc)
	if !e.eod && !t.After(p.now) {
		t = time.Date(y, m, d+1, e.clock/60, e.clock%60, 0, 0, loc)
	}
	return delegatebot.At(t.In(p.loc))
}
