package intents

import (
	"strconv"
	"strings"

	"github.com/delegatebot/delegatebot"
)

// nounAfterPrio are words showing that urgent/priority/important modifies a
// name or topic ("the urgent care expansion", "priority projects").
var prioBefore = set("the an any anything something everything nothing all flag flagged mark only most least more")

// priorityWords returns what the message's words say about priority:
// urgent, high, low or "" (nothing said). Words anywhere count.
func (p *parser) priorityWords() delegatebot.Priority {
	var urgent, high, low bool
	for i := range p.ts {
		t := &p.ts[i]
		if t.k == kSym && t.raw == "🚨" {
			continue
		}
		if t.k != kWord {
			continue
		}
		w, prev, nx := t.w, p.w(i-1), p.w(i+1)
		neg := prev == "not" || prev == "isn't" || prev == "no" || prev == "non" || p.w(i-2) == "not" && (prev == "a" || prev == "that" || prev == "very" || prev == "super" || prev == "high" || prev == "too")
		switch w {
		case "urgent", "urgently", "asap", "stat", "immediately", "emergency", "urgency":
			if w == "stat" && t.raw != "STAT" && t.raw != "stat" {
				continue
			}
			if neg {
				low = true
			} else if p.prioCounts(i) {
				urgent = true
			}
		case "right":
			if nx == "away" || nx == "now" && p.verbContext(i) {
				urgent = true
			}
		case "time-sensitive", "sensitive":
			if w == "time-sensitive" || prev == "time" {
				high = true
			}
		case "important", "priority", "pri", "critical":
			switch {
			case neg:
				low = true
			case prev == "low" || prev == "lower" || prev == "lowest":
				low = true
			case prev == "high" || prev == "top" || prev == "higher" || prev == "highest":
				high = true
			case p.prioCounts(i):
				high = true
			}
		case "rush", "hurry", "pressure":
			if prev == "no" || prev == "not" {
				low = true
			}
		case "whenever", "eventually", "someday":
			low = true
		case "when":
			if (nx == "you" || nx == "u") && (p.w(i+2) == "get" || p.w(i+2) == "can" || p.w(i+2) == "have") {
				low = true
			}
		case "convenience", "leisure":
			low = true
		}
	}
	switch {
	case urgent:
		return delegatebot.PriorityUrgent
	case high:
		return delegatebot.PriorityHigh
	case low:
		return delegatebot.PriorityLow
	}
	return ""
}

// prioCounts reports whether a priority word at i speaks about the request
// rather than naming something ("urgent care", "flag anything urgent").
func (p *parser) prioCounts(i int) bool {
	if prioBefore[p.w(i-1)] {
		return false
	}
	if i+1 < len(p.ts) && p.ts[i+1].k == kWord {
		nx := p.w(i + 1)
		if classOf(nx) != ncNone || nx == "care" || nx == "matters" || nx == "items" || nx == "issues" ||
			nx == "projects" || nx == "list" || nx == "ones" || nx == "things" || nx == "stuff" || nx == "requests" ||
			nx == "cases" || nx == "patients" || nx == "tasks" || nx == "access" || nx == "level" {
			return false
		}
	}
	return true
}

func (p *parser) verbContext(i int) bool { return i+2 >= len(p.ts) || p.ts[i+2].k != kWord }

// priority combines the words with the today rule: a when or due on today's
// date makes a request high.
func (p *parser) priority(when, due delegatebot.Moment) delegatebot.Priority {
	w := p.priorityWords()
	if w == delegatebot.PriorityUrgent {
		return w
	}
	if w == delegatebot.PriorityHigh || p.isToday(when) || p.isToday(due) {
		return delegatebot.PriorityHigh
	}
	if w == delegatebot.PriorityLow {
		return w
	}
	return delegatebot.PriorityNormal
}

func (p *parser) isToday(m delegatebot.Moment) bool {
	if m.IsZero() {
		return false
	}
	y, mo, d := m.T.In(p.loc).Date()
	ty, tm, td := p.today.Date()
	return y == ty && mo == tm && d == td
}

// duration reads the length of a meeting or block in the ask's sentences:
// "30 min", "an hour", "1.5 hrs", "a half hour", "45-minute". A relative time
// ("in 2 hours") is not a length.
func (p *parser) duration(inAsk func(int) bool) int {
	for i := range p.ts {
		t := &p.ts[i]
		if t.k != kWord || !inAsk(t.sent) || p.inAtom(i) || p.inShift(i) {
			continue
		}
		w := t.w
		var n float64
		var u byte
		switch {
		case w == "half" && (p.w(i+1) == "hour" || p.w(i+1) == "an" && p.w(i+2) == "hour"):
			return 30
		case w == "half-hour":
			return 30
		case w == "an" || w == "a" || w == "one":
			u = unitOf(p.w(i + 1))
			n = 1
		case strings.IndexByte(t.low, '-') > 0:
			// "45-minute", "90-min"
			k := strings.IndexByte(t.low, '-')
			v, err := strconv.ParseFloat(t.low[:k], 64)
			if err != nil {
				continue
			}
			n, u = v, unitOf(canonUnit(t.low[k+1:]))
		default:
			if k := strings.IndexFunc(t.low, func(r rune) bool { return r >= 'a' && r <= 'z' }); k > 0 {
				// "30min", "1.5hrs", "15m"
				if v, err := strconv.ParseFloat(t.low[:k], 64); err == nil {
					n, u = v, unitOf(canonUnit(t.low[k:]))
				}
				break
			}
			v, err := strconv.ParseFloat(t.low, 64)
			if err != nil {
				if x, ok := numberWords[w]; ok && x > 1 {
					v = float64(x)
				} else {
					continue
				}
			}
			n, u = v, unitOf(p.w(i+1))
			if u == 0 && (p.quickLength(i) || p.w(i-1) == "grab" && p.ts[i].k == kWord && (v == 15 || v == 20 || v == 30 || v == 45)) {
				u = 'm' // "a quick 15", "grab 30 on my cal"
			}
		}
		if p.w(i-1) == "in" || p.w(i-1) == "within" || p.w(i-1) == "every" {
			continue
		}
		switch u {
		case 'm':
			if n > 0 && n <= 600 {
				return int(n + 0.5)
			}
		case 'h':
			mins := n * 60
			if p.w(i+2) == "and" && p.w(i+3) == "a" && p.w(i+4) == "half" {
				mins += 30
			}
			if m, err := strconv.Atoi(p.ts[min(i+2, len(p.ts)-1)].low); err == nil && i+2 < len(p.ts) && unitOf(p.w(i+3)) == 'm' && m < 60 {
				mins += float64(m) // "1 hr 30 min"
			}
			if mins > 0 && mins <= 24*60 {
				return int(mins + 0.5)
			}
		}
	}
	for k := range p.exprs {
		if e := &p.exprs[k]; e.dur > 0 && inAsk(e.sent) {
			return e.dur
		}
	}
	return 0
}

func canonUnit(s string) string {
	w, _ := canon(s)
	return w
}

// inAtom reports whether token i is part of a time phrase.
func (p *parser) inAtom(i int) bool {
	for _, a := range p.atoms {
		if i >= a.start && i < a.end {
			return true
		}
	}
	return false
}
