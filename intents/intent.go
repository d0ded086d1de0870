package intents

import "github.com/delegatebot/delegatebot"

// cue is a phrase that makes a message a request of some intent. The first
// cue in reading order that is not negated and not a statement is the ask.
type cue struct {
	in   delegatebot.Intent
	at   int     // first token of the cue phrase
	obj  int     // where its object phrase starts
	conf float64 // how sure the cue is on its own
	kind cueKind
}

type cueKind uint8

const (
	ckObj    cueKind = iota // verb + object: "cancel the finance committee"
	ckRemind                // "remind me to sign X": the object follows an inner verb
	ckStatus                // "is X done?", "status X"
)

// noun classes for the object of generic verbs ("book a flight" vs "book a
// huddle" vs "book the auditorium").
const (
	ncNone = iota
	ncMeeting
	ncDoc
	ncTravel
	ncRoom
	ncInbox
	ncExpense
	ncReply
)

// npStop ends an object noun phrase when scanning for its head noun.
var npStop = set(`to for with about re regarding on at by before until till from in into and or but so
	that which who when if please thanks thank instead anymore asap`)

// nounClass is the class of the head of the noun phrase starting at i: the
// last classified noun before the phrase ends.
func (p *parser) nounClass(i int) int {
	c := ncNone
	lead := true // only determiners and times so far: "the 4pm ops huddle", "my 10:30"
	clock := false
	for j := i; j < len(p.ts) && j < i+8; j++ {
		t := &p.ts[j]
		if lead && t.k == kWord {
			if e := p.atomEndAt(j); e > j {
				// A time right after the article dates the thing named
				// next; a bare clock time ("kill my 10:30") is a meeting.
				clock = clock || p.clockAtom(j)
				j = e - 1
				continue
			}
		}
		if t.k != kWord || j > i && npStop[t.w] || p.isTimeStart(j) {
			break
		}
		if lead && !determiners[t.w] {
			lead = false
		}
		if k := classOf(t.w); k != ncNone && c != ncExpense {
			c = k // the head noun is the last one; "expense report" stays an expense
		}
		if (t.w == "it" || t.w == "them" || t.w == "this" && j+1 < len(p.ts) && p.ts[j+1].k != kWord) && c == ncNone {
			if h := p.antecedentBefore(j, t.sent); h >= 0 {
				return classOf(p.ts[h].w)
			}
			return ncNone
		}
	}
	if c == ncNone && clock {
		return ncMeeting
	}
	return c
}

// clockAtom reports whether the atom starting at j names a clock time.
func (p *parser) clockAtom(j int) bool {
	for _, a := range p.atoms {
		if a.start == j {
			return a.hasClock() && a.inst.IsZero()
		}
	}
	return false
}

func classOf(w string) int {
	switch {
	case roomNouns[w]:
		return ncRoom
	case travelNouns[w]:
		return ncTravel
	case w == "expense" || w == "expenses" || w == "reimbursement" || w == "reimbursements" || w == "mileage":
		return ncExpense
	case inboxNouns[w]:
		return ncInbox
	case w == "reply" || w == "response" || w == "answer":
		return ncReply
	case docNouns[w]:
		return ncDoc
	case meetingNouns[w]:
		return ncMeeting
	}
	return ncNone
}

// antecedentBefore returns the first classified noun before token i in
// sentence sent ("don't cancel the huddle, just push it"), else in the
// sentence before, or -1.
func (p *parser) antecedentBefore(i, sent int) int {
	for j := 0; j < i && j < len(p.ts) && p.ts[j].sent <= sent; j++ {
		if p.ts[j].sent == sent && p.ts[j].k == kWord && classOf(p.ts[j].w) != ncNone && p.ts[j].w != "time" && p.ts[j].w != "it" && !p.person[j] &&
			!(unitOf(p.ts[j].w) != 0 && j > 0 && (isDigit(p.ts[j-1].low) || numberWords[p.ts[j-1].w] > 0)) {
			return j
		}
	}
	for j := 0; j < len(p.ts) && p.ts[j].sent < sent; j++ {
		if p.ts[j].sent == sent-1 && p.ts[j].k == kWord && classOf(p.ts[j].w) != ncNone && p.ts[j].w != "time" && !p.person[j] {
			return j
		}
	}
	return -1
}

// isTimeStart reports whether an atom starts at token j.
func (p *parser) isTimeStart(j int) bool {
	for _, a := range p.atoms {
		if a.start == j || a.start == j+1 && (p.w(j) == "at" || p.w(j) == "on" || p.w(j) == "by") {
			return true
		}
		if a.start > j+1 {
			break
		}
	}
	return false
}

// inSentence reports whether a word w occurs in sentence s after token i.
func (p *parser) inSentence(i int, ws ...string) int {
	s := p.ts[i].sent
	for j := i + 1; j < len(p.ts) && p.ts[j].sent == s; j++ {
		for _, w := range ws {
			if p.ts[j].w == w {
				return j
			}
		}
	}
	return -1
}

// calendarPhrase reports "from/off/on/to (my|the) calendar" later in the sentence.
func (p *parser) calendarPhrase(i int, preps ...string) bool {
	j := p.inSentence(i, "calendar", "calender", "schedule")
	if j < 0 {
		return false
	}
	for k := j - 1; k > i && k >= j-3; k-- {
		for _, w := range preps {
			if p.ts[k].w == w {
				return true
			}
		}
	}
	return false
}

// negated reports a negation just before the verb at i ("don't cancel",
// "no need to move").
func (p *parser) negated(i int) bool {
	s := p.ts[i].sent
	for j := i - 1; j >= 0 && j >= i-3 && p.ts[j].sent == s; j-- {
		switch p.ts[j].w {
		case "don't", "not", "never", "didn't", "doesn't", "won't", "shouldn't", "dont":
			return true
		case "no":
			return p.w(j+1) == "need"
		case ",", "just", "but", "and", "instead", "please":
			return false
		}
	}
	return false
}

// statement reports whether the clause holding i is the writer's own
// statement rather than an ask ("I'll tell Bev myself", "she sent it").
func (p *parser) statement(i int) bool {
	s := p.ts[i].sent
	j := i
	for j > 0 && p.ts[j-1].sent == s {
		w := p.ts[j-1].w
		if w == "," || w == "and" || w == "but" || w == "-" || w == ":" || w == "so" {
			break
		}
		j--
	}
	for p.w(j) == "oh" || p.w(j) == "ok" || p.w(j) == "also" || p.w(j) == "well" {
		j++
	}
	if j >= i {
		return false
	}
	switch p.w(j) {
	case "i'll", "we'll", "i've", "we've", "he", "she", "they", "he'll", "she'll", "they'll", "i'd've":
		return true
	case "i", "we":
		switch p.w(j + 1) {
		case "will", "already", "just", "have", "did", "was", "were", "had", "sent", "can", "could":
			return !(p.w(j+1) == "could" || p.w(j+1) == "can") || p.w(j+2) != "you"
		}
	}
	return false
}

// classifyIntent finds the ask: the first strong cue in reading order, or
// failing that the first weak one.
func (p *parser) classifyIntent() (cue, bool) {
	var weak cue
	found := false
	for i := range p.ts {
		if p.ts[i].k != kWord {
			continue
		}
		c, ok := p.cueMemo(i)
		if !ok || p.negated(i) || p.statement(i) {
			continue
		}
		if p.ts[i].fixed {
			c.conf -= 0.15
		}
		if c.conf >= 0.6 {
			return c, true
		}
		if !found {
			weak, found = c, true
		}
	}
	return weak, found
}
