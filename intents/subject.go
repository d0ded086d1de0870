package intents

import (
	"strconv"
	"strings"

	"github.com/delegatebot/delegatebot"
)

// npBreak ends a subject noun phrase.
var npBreak = set(`by before until till due with and or but so that which who when if because please pls thanks
	thank appreciate asap urgent urgently immediately instead anymore yet done coming going right this is are
	was were has have had conflicts conflict clashes went got needs need overlaps starts runs into as since once
	after also too again now today tomorrow tonight say saying tell telling cc let know? low high priority no leaving returning departing
	important whenever ok okay cheers sorry been being be isn't aren't wasn't weren't won't can't doesn't don't politely kindly nicely gently firmly quickly briefly`)

// genericObj are objects that do not name what a task is about ("schedule a
// call with X about Y": the subject is Y).
var genericObj = set(`call meeting meetings time slot chat email message note reply response something minutes
	minute hour hours quick short half an a one hold mtg sync catch-up catchup touch-base it everyone everybody all
	reminder new`)

// durationWord reads a hyphenated length: "45-min", "90-minute", "2-hour".
func durationWord(w string) bool {
	n, u, ok := strings.Cut(w, "-")
	if !ok || n == "" || unitOf(u) == 0 && u != "min" && u != "hr" {
		return false
	}
	if _, err := strconv.ParseFloat(n, 64); err == nil {
		return true
	}
	_, ok = numberWords[n]
	return ok
}

// chatApps carry a message: "on Teams" says where it goes, not what.
var chatApps = set("teams slack zoom webex text imessage whatsapp signal email")

// fillers are dictation's hesitations: no word of a subject.
var fillers = set("uh um er erm uhh umm hmm")

// topicLead introduce the topic of an email, call or reminder.
var topicLead = set("about re regarding")

// subject finds the subject of the ask per the labelling rules: the topic
// (after about/re/on) for messages, calls and reminders, else the object
// noun phrase minus articles, people and time expressions.
func (p *parser) subject(c cue) string {
	sub := p.subjectRaw(c)
	if (c.in == delegatebot.IntentStatus || c.in == delegatebot.IntentTriage) && vagueList(sub) {
		return "" // "what have you still got open?": nothing named
	}
	return sub
}

// listWords name no particular task in a status question or an inbox
// request ("what's on my list", "everything that came in").
var listWords = set(`list lists everything anything all open still got outstanding pending working you're on my for me
	plate to-do todo things through like today week this left going happening of ure i've asked`)

// vagueList reports a subject made only of listWords.
func vagueList(s string) bool {
	if s == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if !listWords[strings.Trim(w, ".,?!")] && !isDigit(w) && numberWords[w] == 0 {
			return false
		}
	}
	return true
}

// subjectRaw is subject before the vague-list check.
func (p *parser) subjectRaw(c cue) string {
	if s, e := p.lateTo(c); e > s {
		return p.span(s, e) // "let Raj know I'll be late to the budget review"
	}
	if c.in == delegatebot.IntentReminder {
		if s, e := p.remindAction(c); e > s+1 {
			return p.span(s, e) // "remind me to approve the PTO requests"
		}
	}
	if c.in == delegatebot.IntentDraftReply {
		if ts, te := p.topic(c.at); te > ts {
			return p.span(ts, te) // "reply to Dr. Okafor's email about the parking garage"
		}
		if s, e := p.replyTarget(c); e > s {
			return p.span(s, e) // "draft a response to the Joint Commission letter", "reply all to the P&T thread and say ..."
		}
	}
	if c.in == delegatebot.IntentStatus || c.in == delegatebot.IntentDraftReply {
		if s, e := p.askedAbout(c); e > s {
			return p.span(s, e)
		}
	}
	if c.in == delegatebot.IntentDraftReply {
		if raw := tidySubject(p.subjectOf(c)); raw == "" || vagueSubject[strings.ToLower(raw)] || replyFiller[strings.ToLower(raw)] {
			if s, e := p.replyGist(c); e > s {
				return p.span(s, e) // "write back to Dr. Ng, decline the speaking invite"
			}
		}
	}
	if c.in == delegatebot.IntentSchedule {
		// A new meeting is named by what it is about: "30 min with Dr.
		// Sato about the lab contract", "a block for interview prep",
		// wherever the ask's sentence or the ones finishing it say it.
		if ts, te := p.askTopic(c); te > ts {
			return p.span(ts, te)
		}
		if s, e := p.forNP(c); e > s {
			return p.span(s, e)
		}
	}
	raw := tidySubject(p.subjectOf(c))
	if (raw == "" || vagueSubject[strings.ToLower(raw)]) && c.in != delegatebot.IntentSend && c.in != delegatebot.IntentDraftReply {
		if s, e := p.frontedNP(c); e > s {
			return p.span(s, e) // "The Magnet steering group needs to move"
		}
	}
	if c.in == delegatebot.IntentTask || c.in == delegatebot.IntentSend {
		if s, e := p.delegatedObject(c); e > s {
			return p.span(s, e) // "get IT to reset my Epic password"
		}
	}
	if (c.in == delegatebot.IntentCancelMeeting || c.in == delegatebot.IntentSchedule) && !p.namesMeeting(raw) {
		if s, e := p.headNP(c); e > s {
			return p.span(s, e) // "I won't be able to make the credentialing committee"
		}
	}
	if c.in == delegatebot.IntentCancelMeeting && (raw == "" || vagueSubject[strings.ToLower(raw)]) {
		sent := p.ts[c.at].sent
		for k := sent; k >= 0 && k >= sent-2; k-- {
			if s, e := p.attendedNP(k); e > s {
				return p.span(s, e) // "Not attending the MEC breakfast — please decline"
			}
		}
	}
	if c.in == delegatebot.IntentSend && (raw == "" || vagueSubject[strings.ToLower(raw)] || p.content >= 0 && p.content < len(p.ts) && p.w(p.content) != "about" && p.w(p.content) != "re") {
		if s, e := p.contentNP(c); e > s {
			return p.span(s, e) // "notify the techs that the analyzer is back in service"
		}
	}
	if vagueSubject[strings.ToLower(raw)] {
		if ts, te := p.topic(c.at); te > ts {
			return p.span(ts, te)
		}
	}
	if (raw == "" || genericObj[strings.ToLower(raw)]) && c.in == delegatebot.IntentReminder {
		if s, e := p.remindAction(c); e > s {
			return p.span(s, e)
		}
	}
	if raw == "" || vagueSubject[strings.ToLower(raw)] {
		if s, e := p.pointedNP(c); e > s {
			return p.span(s, e)
		}
		if vagueSubject[strings.ToLower(raw)] {
			return ""
		}
	}
	return raw
}

// vagueSubject are objects that name no task: the ask's real subject is
// elsewhere ("hold 2 hours for me to work on the plan").
var vagueSubject = set(`me it them him her us you week day time stuck no yes one-on-one block email back i'll i'm we'll
	together off sometime note line word message along everyone`)

// subjectEnd are words that end a subject span when read past it: fillers,
// auxiliaries and particles ("the MEC minutes ever get signed", "staffing
// committee um it's on wednesday", "leadership retreat all day").
var subjectEnd = set("um uh umm updated somewhere ever go goes get gets got is are was were it's that needs need has have should will would can could all")

// tidySubject cuts a subject at the first word of subjectEnd after its
// first word.
func tidySubject(s string) string {
	if s == "" {
		return s
	}
	ws := strings.Fields(s)
	for len(ws) > 1 && (strings.EqualFold(ws[0], "all") || strings.EqualFold(ws[0], "every") || strings.EqualFold(ws[0], "each")) {
		ws = ws[1:] // "all the signed BAAs": a quantity, not the thing
		if len(ws) > 1 && determiners[strings.ToLower(ws[0])] {
			ws = ws[1:]
		}
		s = strings.Join(ws, " ")
	}
	for k := 1; k < len(ws); k++ {
		if subjectEnd[strings.ToLower(ws[k])] {
			return strings.Join(ws[:k], " ")
		}
	}
	return s
}

// headNP is the first meeting or document noun phrase of the ask's
// sentence with its modifiers ("The Magnet steering committee needs to
// move", "what's pending with the Joint Commission binder"), for an ask
// whose object names nothing.
func (p *parser) headNP(c cue) (int, int) {
	return p.headNPIn(p.ts[c.at].sent)
}

// pointedNP is the meeting or document an ask with no object of its
// own points back to ("Not attending the MEC breakfast on the 17th —
// please decline", "... the night shift town hall on the 12th? Cancel
// it."): the head noun phrase of the ask's sentence, else of the one or two
// sentences before it.
func (p *parser) pointedNP(c cue) (int, int) {
	sent := p.ts[c.at].sent
	for k := sent; k >= 0 && k >= sent-2; k-- {
		if s, e := p.headNPIn(k); e > s {
			return s, e
		}
	}
	return 0, 0
}

func (p *parser) headNPIn(sent int) (int, int) {
	for j := p.sentStart(sent); j < len(p.ts) && p.ts[j].sent == sent; j++ {
		w := p.w(j)
		if p.ts[j].k != kWord || !(meetingNouns[w] || docNouns[w] || travelNouns[w]) || genericObj[w] || p.inAtom(j) ||
			roleHeads[p.w(j+1)] || p.person[j] {
			continue // not "board" of "the board chair"
		}
		if unitOf(w) != 0 && j > 0 && (isDigit(p.ts[j-1].low) || numberWords[p.w(j-1)] > 0) {
			continue // "book 45 minutes": a length, not the minutes of a meeting
		}
		if anchored(p, j, sent) {
			continue // "20 minutes before the audit committee": a time, not the task
		}
		e := j + 1
		for e < len(p.ts) && e < j+3 && p.ts[e].sent == sent && p.ts[e].k == kWord && (meetingNouns[p.w(e)] || docNouns[p.w(e)]) &&
			!genericObj[p.w(e)] && !p.inAtom(e) {
			e++ // "town hall", "board meeting"
		}
		if travelNouns[w] && (p.w(e) == "to" || p.w(e) == "in") && e+1 < len(p.ts) && p.ts[e+1].cap && !p.inAtom(e+1) {
			e += 2 // "flight to DC", "hotel in Orlando"
		}
		s := j
		for s > 0 && p.ts[s-1].sent == sent && p.ts[s-1].k == kWord && !determiners[p.w(s-1)] && !npStop[p.w(s-1)] &&
			!npBreak[p.w(s-1)] && !p.person[s-1] && !p.inAtom(s-1) && !isCueWord(p.w(s-1)) && !politeWords[p.w(s-1)] && s > j-4 {
			s--
		}
		return s, e
	}
	return 0, 0
}

// lateTo finds the event of "let X know I'll be late to Y" / "tell X I'm
// running late for Y": the message is about Y.
func (p *parser) lateTo(c cue) (int, int) {
	if c.in != delegatebot.IntentSend {
		return 0, 0
	}
	sent := p.ts[c.at].sent
	for j := c.at + 1; j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		if p.w(j) == "late" && (p.w(j+1) == "to" || p.w(j+1) == "for") {
			s := p.skipDet(j + 2)
			if e := p.npEnd(s, delegatebot.IntentSchedule); e > s {
				return s, e
			}
		}
	}
	return 0, 0
}

// contentNP is the gist of a message's content ("that the tube system is
// down till 3" -> "tube system is down"): its first words up to a clause
// break or a time, without a leading article.
func (p *parser) contentNP(c cue) (int, int) {
	k := p.sendContent(c.at)
	if k < 0 {
		// "tell Dr. Nguyen the OR block moved": after the person.
		if w := p.w(c.at); w != "tell" && w != "inform" && w != "notify" {
			return 0, 0
		}
		k = c.at + 1
		for k < len(p.ts) && (p.person[k] || p.ts[k].k == kMention || p.ts[k].k == kChannel) {
			k++
		}
		if k == c.at+1 {
			return 0, 0
		}
	} else if w := p.w(k); w == "ask" || w == "asking" {
		return p.askedTo(k + 1) // "ask her to cover the 7p huddle"
	} else if w == "about" || w == "re" || w == "tell" {
		return 0, 0
	} else {
		k++
	}
	if p.w(k) == "that" {
		k++
	}
	switch p.w(k) {
	case "we", "i", "we're", "i'm", "i'll", "we'll", "she", "he", "they", "it's", "we've", "i've":
		return p.clauseObject(k) // "let X know we approved the second NP position"
	case "her", "his", "their", "our", "my":
		k++
	}
	if k >= len(p.ts) {
		return 0, 0
	}
	s := p.skipDet(k)
	sent := p.ts[k].sent
	e := s
	for e < len(p.ts) && p.ts[e].sent == sent && p.ts[e].k == kWord && e < s+6 && !p.inAtom(e) && !gistEnd[p.w(e)] {
		e++
	}
	return s, e
}

// gistEnd ends the gist of a message: the verb after its subject ("the town
// hall moved to 3", "the bylaws vote passed"), a clause break.
var gistEnd = set(`and but so please until till is are was were has have had got moved moves starts started start
	passed approved will won't can needs need ready going goes went changed`)

// forNP is the noun phrase after "for" in the ask's sentence that is not a
// person, a time or a length ("for the budget book", not "for me", "for an
// hour", "for Tuesday").
func (p *parser) forNP(c cue) (int, int) {
	sent := p.ts[c.at].sent
	for j := c.at + 1; j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		if p.w(j) != "for" {
			continue
		}
		s := p.skipDet(j + 1)
		if s >= len(p.ts) || p.person[s] || p.isTimeStart(s) || p.inAtom(s) || notPerson[p.w(s)] ||
			isCount(p.ts[s]) || unitOf(p.w(s)) != 0 || unitOf(p.w(s+1)) != 0 || p.w(s) == "half" {
			continue
		}
		if e := p.npEnd(s, delegatebot.IntentSend); e > s {
			return s, e
		}
	}
	return 0, 0
}

// namesMeeting reports a subject with a meeting noun in it.
func (p *parser) namesMeeting(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if meetingNouns[w] {
			return true
		}
	}
	return false
}

// askedAbout is what a status question or a reply is about: the noun
// phrase after "on", "about", "re", "with" or "for" ("what's the latest on
// the cost report", "any word back from Stericycle on the pickup
// schedule", "thank her for the grant"), skipping people.
func (p *parser) askedAbout(c cue) (int, int) {
	if ts, te := p.topic(c.at); te > ts {
		return ts, te
	}
	sent := p.ts[c.at].sent
	for j := p.sentStart(sent); j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		switch p.w(j) {
		case "on", "about", "re", "regarding", "with", "for":
		default:
			continue
		}
		if p.w(j) == "for" && (p.w(j+1) == "me" || p.w(j+1) == "us") || p.person[j+1] || p.isTimeStart(j+1) {
			continue
		}
		s := p.skipDet(j + 1)
		if s < len(p.ts) && p.person[s] {
			for s < len(p.ts) && p.person[s] && !p.ts[s].poss {
				s++
			}
			if s >= len(p.ts) || !p.person[s] || !p.ts[s].poss {
				continue
			}
			s++ // "what's happening with Dr. Yoon's parking badge"
		}
		if e := p.npEnd(s, delegatebot.IntentSend); e > s {
			return s, e
		}
	}
	return 0, 0
}

// remindAction is the action of "remind me to call the CFO tomorrow": the
// inner verb and its object, when the object alone is a person.
func (p *parser) remindAction(c cue) (int, int) {
	sent := p.ts[c.at].sent
	if s, e := p.notMiss(sent); e > s {
		return s, e
	}
	for j := c.at + 1; j+1 < len(p.ts) && p.ts[j].sent == sent && j < c.at+12; j++ {
		if p.w(j) != "to" || p.ts[j+1].k != kWord || determiners[p.w(j+1)] || p.person[j+1] || p.atomEndAt(j+1) > j+1 {
			continue
		}
		if ts, te := p.topic(j); te > ts {
			return 0, 0 // "to call Ann about the budget": the topic names it
		}
		if p.w(j+1) == "be" || p.w(j-1) == "late" || p.w(j-1) == "back" {
			continue
		}
		if v := p.w(j + 1); lightVerbs[v] && (p.w(j+2) == "on" || p.w(j+2) == "to" || p.w(j+2) == "into" || p.w(j+2) == "for") {
			s := p.skipDet(j + 3) // "to jump on the bed meeting"
			if e := p.npEnd(s, delegatebot.IntentSchedule); e > s {
				return s, e
			}
		}
		if v := p.w(j + 1); (v == "check" || v == "see" || v == "ask" || v == "confirm") && (p.w(j+2) == "if" || p.w(j+2) == "whether") {
			if s, e := p.clauseObject(j + 3); e > s {
				return s, e // "to check if Dr. Abbott signed the pharmacy agreement"
			}
		}
		if j >= c.at+4 {
			continue
		}
		s, e := j+1, j+1
		for e < len(p.ts) && p.ts[e].sent == sent && p.ts[e].k == kWord && e < s+6 && !p.inAtom(e) &&
			!npBreak[p.w(e)] && !(e > s && npStop[p.w(e)]) {
			e++
		}
		if e > s+1 {
			return s, e
		}
	}
	return 0, 0
}

// lightVerbs say little before "on"/"to": "jump on the call", "hop on",
// "head to the gala", "leave for the dinner".
var lightVerbs = set("jump hop get head leave go dial log")

// notMiss is the thing of "make sure I don't miss X", "don't let me forget
// about X", "so I'm not late to X" in sentence sent.
func (p *parser) notMiss(sent int) (int, int) {
	for j := p.sentStart(sent); j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		w := p.w(j)
		k := -1
		switch {
		case w == "miss" && (p.w(j-1) == "don't" || p.w(j-1) == "not" || p.w(j-1) == "dont"):
			k = j + 1
		case w == "forget" && (p.w(j-1) == "don't" || p.w(j-1) == "not" || p.w(j-1) == "dont") && p.w(j+1) == "about":
			k = j + 2
		case w == "late" && p.w(j-1) == "not" && (p.w(j+1) == "to" || p.w(j+1) == "for"):
			k = j + 2
		}
		if k < 0 {
			continue
		}
		for k < len(p.ts) && (determiners[p.w(k)] || p.atomEndAt(k) > k) {
			if e := p.atomEndAt(k); e > k {
				k = e
			} else {
				k++
			}
		}
		if k < len(p.ts) && p.ts[k].sent == sent && p.ts[k].k == kWord && !npStop[p.w(k)] && !vagueSubject[p.w(k)] {
			if e := p.npEnd(k, delegatebot.IntentSchedule); e > k {
				return k, e
			}
		}
	}
	return 0, 0
}

// subjectOf is the subject before tidying.
func (p *parser) subjectOf(c cue) string {
	in := c.in
	if in == delegatebot.IntentTriage && (p.w(c.at) == "inbox" || p.w(c.at) == "mailbox") {
		return p.ts[c.at].raw
	}
	s, e := p.objectNP(c)
	if in == delegatebot.IntentTriage {
		// "flag anything urgent in my inbox": the subject is the inbox.
		has := false
		for j := s; j < e; j++ {
			has = has || inboxNouns[p.w(j)]
		}
		if !has {
			if j := p.inSentence(c.at, "inbox", "email", "emails", "mailbox", "mail", "messages"); j > 0 {
				s, e = j, j+1
				for s > c.at+1 && !determiners[p.w(s-1)] && p.ts[s-1].k == kWord && !npStop[p.w(s-1)] && !npBreak[p.w(s-1)] {
					s--
				}
			}
		}
	}
	generic := true
	for j := s; j < e; j++ {
		if !genericObj[p.w(j)] {
			generic = false
		}
	}
	switch in {
	case delegatebot.IntentSend, delegatebot.IntentSchedule, delegatebot.IntentReschedule, delegatebot.IntentCancelMeeting:
		if !generic {
			break
		}
		if ts, te := p.topic(c.at); te > ts {
			return p.span(ts, te)
		}
		if in != delegatebot.IntentSend {
			// "find time with X for the accreditation debrief"
			if j := p.inSentence(c.at, "for"); j > 0 && j+1 < len(p.ts) && !p.timeAhead(j) && !p.person[j+1] {
				if s2 := p.skipDet(j + 1); p.npEnd(s2, in) > s2 && unitOf(p.w(s2)) == 0 && p.w(s2) != "half" && !isCount(p.ts[s2]) {
					// not a length: "for an hour and a half", "for 45 min"
					return p.span(s2, p.npEnd(s2, in))
				}
			}
		}
	case delegatebot.IntentDraftReply, delegatebot.IntentReminder, delegatebot.IntentTask:
		if ts, te := p.topic(c.at); te > ts {
			return p.span(ts, te)
		}
		if in == delegatebot.IntentDraftReply && generic {
			if ts, te := p.topic(p.sentStart(p.ts[c.at].sent - 1)); te > ts {
				return p.span(ts, te)
			}
		}
	}
	if generic && e > s && (in == delegatebot.IntentDraftReply || in == delegatebot.IntentSchedule && !meetingNouns[p.w(e-1)] || p.w(e-1) == "time") {
		return ""
	}
	if e > s {
		return p.span(s, e)
	}
	return ""
}

func (p *parser) sentStart(sent int) int {
	if sent < 0 {
		return len(p.ts)
	}
	for j := range p.ts {
		if p.ts[j].sent == sent {
			return j
		}
	}
	return len(p.ts)
}

// topic returns the noun phrase after about/re/regarding, "to go over" or
// "something on", in the sentence of token i from i on.
func (p *parser) topic(i int) (int, int) {
	if i >= len(p.ts) {
		return 0, 0
	}
	sent := p.ts[i].sent
	for j := i; j < len(p.ts) && p.ts[j].sent == sent; j++ {
		w := p.w(j)
		k := -1
		switch {
		case topicLead[w]:
			k = j + 1
		case w == "on" && (p.w(j-1) == "something" || messageNoun(p.w(j-1)) || p.w(j-1) == "thread" || p.w(j-1) == "anything" || p.w(j-1) == "notes") &&
			!(p.w(j+2) == "calendar" || p.w(j+1) == "calendar"):
			k = j + 1
		case w == "figure" && p.w(j+1) == "out", w == "work" && p.w(j+1) == "through", w == "catch" && p.w(j+1) == "up" && p.w(j+2) == "on":
			k = j + 2
			if p.w(k) == "on" {
				k++
			}
		case w == "revisit" || w == "brainstorm":
			k = j + 1
		case w == "on" && j > 0 && (p.person[j-1] || p.w(j-1) == "me") && !p.timeAhead(j+1) && p.w(j+1) != "whether" && p.w(j+1) != "if" &&
			!isDigit(p.ts[min(j+1, len(p.ts)-1)].low) && !genericObj[p.w(p.skipDet(j+1))] && p.w(p.skipDet(j+1)) != "phone" && p.w(p.skipDet(j+1)) != "line" &&
			p.w(p.skipDet(j+1)) != "calendar" && !p.ts[min(p.skipDet(j+1), len(p.ts)-1)].poss:
			k = j + 1 // "follow up with Dr. Nash on the OPPE"
		case (w == "go" || w == "talk" || w == "walk") && (p.w(j+1) == "over" || p.w(j+1) == "about" || p.w(j+1) == "through"):
			k = j + 2
		case w == "discuss" || w == "review" && p.w(j-1) == "to" || w == "cover" && p.w(j-1) == "to":
			k = j + 1
		case (w == "look" || w == "check") && (p.w(j+1) == "at" || p.w(j+1) == "on"):
			k = j + 2 // "get maintenance to look at the AC"
		case w == "plan" && p.w(j-1) == "to":
			k = j + 1
		case w == "work" && p.w(j+1) == "on" && (p.w(j-1) == "to" || p.w(j-1) == "can"):
			k = j + 2 // "block 90 minutes for me to work on the 340B audit"
		}
		if k < 0 {
			continue
		}
		if p.w(k) == ":" || p.w(k) == "-" {
			k++
		}
		s := p.skipDet(k)
		e := p.npEnd(s, delegatebot.IntentSend)
		if e > s {
			return s, e
		}
	}
	return 0, 0
}

func (p *parser) skipDet(j int) int {
	for j < len(p.ts) && (determiners[p.w(j)] && p.w(j) != "this" || p.w(j) == "the") {
		j++
	}
	return j
}

// objectNP returns the object phrase of the cue.
func (p *parser) objectNP(c cue) (int, int) {
	j := c.obj
	if c.kind == ckRemind {
		j = p.skipInnerVerb(j)
	}
	for j < len(p.ts) {
		w := p.w(j)
		switch {
		case determiners[w] && w != "this" && w != "that", w == "me" || w == "us" || w == "up" || w == "to" && c.in != delegatebot.IntentTravel,
			p.person[j] && !(cSuite[w] && meetingNouns[p.w(j+1)]), p.ts[j].k == kMention,
			w == "with" && j+1 < len(p.ts) && (p.person[j+1] || p.ts[j+1].k == kMention),
			(w == "and" || w == ",") && j > c.obj && p.person[j-1]:
			j++
			continue
		case fillers[w] && j+1 < len(p.ts) && p.ts[j+1].k == kWord:
			j++ // "remind me uh wed morning that ..."
			continue
		case j == c.obj && w == "and" && j+2 < len(p.ts) && p.ts[j+1].k == kWord && (determiners[p.w(j+2)] || p.ts[j+2].poss):
			j += 2 // "scan and file the signed W-9s"
			continue
		case (w == "last" || w == "past" || w == "previous") && (isDigit(p.ts[min(j+1, len(p.ts)-1)].low) || numberWords[p.w(j+1)] > 1) &&
			(unitOf(p.w(j+2)) != 0 || p.w(j+2) == "years" || p.w(j+2) == "quarters") && p.w(j+3) == "of":
			j += 4 // "the last two years of turnover data": a span of time, not the thing
			continue
		case (w == "more" || w == "another" || w == "if" || w == "whether") && j+1 < len(p.ts) && p.ts[j+1].k == kWord:
			j++ // "order more specimen bags", "check if my CEUs got uploaded"
			continue
		case durationWord(w) && j+1 < len(p.ts) && p.ts[j+1].k == kWord &&
			(c.in == delegatebot.IntentSchedule || c.in == delegatebot.IntentReschedule || c.in == delegatebot.IntentCancelMeeting):
			j++ // "a 45-min intro call": the length is not the meeting (a "2-min speech" is the speech)
			continue
		case (isDigit(p.ts[j].low) || numberWords[w] > 1) && unitOf(p.w(j+1)) != 0, w == "half" && unitOf(p.w(j+1)) != 0:
			j += 2
			continue
		case w == "half" && (p.w(j+1) == "an" || p.w(j+1) == "a") && unitOf(p.w(j+2)) != 0:
			j += 3 // "half an hour"
			continue
		case p.atomEndAt(j) > j:
			// "move fri 1:1 with Ann": a leading time is not the object.
			j = p.atomEndAt(j)
			continue
		case (w == "cc" || w == "bcc") && j > c.obj && j+1 < len(p.ts) && (p.person[j+1] || p.ts[j+1].k == kMention):
			j++ // "email Kalani and cc Lopaka about the budget"
			continue
		case (w == "all" || w == "both" || w == "each" || w == "every") && j+1 < len(p.ts) && (p.person[j+1] || determiners[p.w(j+1)] && p.isPerson(j+2)):
			j++ // "email all department heads the new policy"
			continue
		case w == "on" && chatApps[p.w(j+1)] && j > c.obj && (p.person[j-1] || p.ts[j-1].k == kMention):
			j += 2 // "message Dr. Abara on Teams": where, not what
			continue
		case (w == "all" || w == "both") && determiners[p.w(j+1)]:
			j++ // "pull all the disclosures into one folder"
			continue
		case w == "with" && (p.w(j+1) == "them" || p.w(j+1) == "him" || p.w(j+1) == "her" && !p.possAt(j+1)):
			j += 2 // "45 minutes with them on Monday": people, not the object
			continue
		case j == c.obj && (w == "down" || w == "out") && j+1 < len(p.ts) && p.ts[j+1].k == kWord:
			j++ // "chase down the attestation", "lock down the auditorium"
			continue
		case w == "know" && c.in == delegatebot.IntentSend, w == "that" && j > c.obj && p.w(j-1) == "know":
			j++
			continue
		case (w == "an" || w == "a") && unitOf(p.w(j+1)) != 0, w == "quick" && p.quickLength(j+1):
			j += 2 // "an hour with", "a quick 15 with": a length, not the thing
			continue
		case w == "before" && c.kind == ckRemind && j > c.obj && unitOf(p.w(j-1)) != 0:
			j++ // "remind me 15 min before the board call"
			continue
		}
		break
	}
	if w := p.w(j); (w == "it" || w == "them" || w == "that" || w == "this") && (j+1 >= len(p.ts) || p.ts[j+1].k != kWord || npBreak[p.w(j+1)] ||
		p.w(j+1) == "happen" || p.w(j+1) == "work" ||
		npStop[p.w(j+1)] || p.timeAhead(j+1) || w != "that" && w != "this" && (determiners[p.w(j+1)] || particles[p.w(j+1)])) {
		if s, e := p.frontedNP(c); e > s {
			return s, e // "the ethics committee thing tomorrow, can we make it the following morning"
		}
		if s, e := p.trailingNP(j); e > s {
			return s, e // "move it to the afternoon. The comp committee."
		}
		return p.antecedentNP(j, p.ts[j].sent)
	}
	return j, p.npEnd(j, c.in)
}

// trailingNP is the noun phrase a writer adds after the ask to say what
// "it" is: a sentence of its own ("make it 9:15 Monday. the IT steering
// committee") or after a dash ("move it to 11 Eastern -- the call with the
// Stanford folks"). It must name a meeting or a document.
func (p *parser) trailingNP(i int) (int, int) {
	sent := p.ts[i].sent
	for j := i + 1; j < len(p.ts) && p.ts[j].sent <= sent+1; j++ {
		w := p.w(j)
		start := p.ts[j].sent == sent+1 && j == p.sentStart(sent+1) ||
			p.ts[j].sent == sent && (w == "the" || w == "our" || w == "my") && (p.w(j-1) == "--" || p.w(j-1) == "—" || p.w(j-1) == "-")
		if !start {
			continue
		}
		s := p.skipDet(j)
		if p.ts[j].sent == sent+1 {
			// A sentence of its own: only a noun phrase and maybe a time.
			for k := s; k < len(p.ts) && p.ts[k].sent == sent+1; k++ {
				if p.ts[k].k == kWord && !p.inAtom(k) && (isCueWord(p.w(k)) || npBreak[p.w(k)] && p.w(k) != "with") {
					return 0, 0
				}
			}
		}
		e := p.npEnd(s, delegatebot.IntentTask)
		if e > s && e-s <= 6 && p.namesMeeting(p.span(s, e)) {
			return s, e
		}
		if e > s && e-s <= 6 {
			for k := s; k < e; k++ {
				if docNouns[p.w(k)] {
					return s, e
				}
			}
		}
	}
	return 0, 0
}

// skipInnerVerb moves past "me ... to <verb>" in a reminder: "remind me
// tonight to sign X" -> X.
func (p *parser) skipInnerVerb(j int) int {
	for j < len(p.ts) {
		w := p.w(j)
		if w == "me" || w == "to" || w == "that" || w == "i" || w == "we" || w == "myself" || w == ":" || w == "-" || w == "," || w == "for" || fillers[w] ||
			innerAux[w] && j > 0 && (p.w(j-1) == "i" || p.w(j-1) == "we" || innerAux[p.w(j-1)]) {
			j++
			continue
		}
		if e := p.atomEndAt(j); e > j {
			j = e
			continue
		}
		if (w == "at" || w == "on" || w == "by" || w == "@") && p.atomEndAt(j+1) > j+1 {
			j = p.atomEndAt(j + 1)
			continue
		}
		break
	}
	if j+1 < len(p.ts) && p.ts[j].k == kWord && !determiners[p.w(j)] && !topicLead[p.w(j)] && !p.person[j] &&
		(determiners[p.w(j+1)] || p.w(j+1) == "hte" || p.person[j+1] || p.ts[j+1].k == kMention || p.w(j+1) == "up" || p.w(j+1) == "back") {
		j++
		if p.w(j) == "up" || p.w(j) == "back" || p.w(j) == "on" || p.w(j) == "to" {
			j++
		}
		return j
	}
	// "sign off on the capital requests", "prep for the town hall": the
	// verb and its particles are not the thing.
	k := j + 1
	for k < len(p.ts) && k < j+3 && verbParticles[p.w(k)] {
		k++
	}
	if (k > j+2 || k == j+2 && particles[p.w(j+1)]) && j < len(p.ts) && p.ts[j].k == kWord && !determiners[p.w(j)] && !p.person[j] && !topicLead[p.w(j)] &&
		(determiners[p.w(k)] || p.possAt(k)) {
		return k
	}
	return j
}

// innerAux are the words between "that I" and a reminder's verb: "that I
// still have to prep for the town hall".
var innerAux = set("still have has need needs got gotta must should also really definitely")

// verbParticles follow a verb before its object: "sign off on", "follow
// up with". A lone preposition stays with its verb ("prep for the
// surveyors", "leave for the airport"): writers keep it.
var verbParticles = set("off up on for to with out over through about into back")

// atomEndAt returns the end of an atom starting at j, or j.
func (p *parser) atomEndAt(j int) int {
	for _, a := range p.atoms {
		if a.start == j {
			return a.end
		}
	}
	return j
}

// timeAhead reports a time expression starting at j after at most a few
// prepositions ("on mon", "in late May", "to 6/2").
func (p *parser) timeAhead(j int) bool {
	for k := 0; k < 4 && j < len(p.ts); k++ {
		if p.atomEndAt(j) > j {
			return !p.possTime(j)
		}
		switch p.w(j) {
		case "on", "at", "by", "for", "until", "before", "till", "to", "from", "in", "due", "sometime", "early",
			"later", "the", "this", "no", "not", "than", "around", ",", "starting", "of", "end", "mid", "either", "over":
			j++
			continue
		}
		return false
	}
	return false
}

// possTime reports a possessive time atom at j that modifies the noun
// after it ("the agenda for Tuesday's nurse leader retreat", "minutes from
// this morning's MEC"): part of the noun phrase, dropped from its text.
func (p *parser) possTime(j int) bool {
	e := p.atomEndAt(j)
	return e > j && e < len(p.ts) && p.ts[e-1].poss && p.ts[e].k == kWord && p.ts[e].sent == p.ts[j].sent && !npBreak[p.w(e)]
}

// npEnd returns where the noun phrase starting at s ends.
func (p *parser) npEnd(s int, in delegatebot.Intent) int {
	j := s
	modified := false // the head already has a prepositional modifier
	for ; j < len(p.ts); j++ {
		t := &p.ts[j]
		w := t.w
		if w == "for" && modified {
			// One modifier names the thing; a second is its purpose:
			// "a brief on the denials for the finance committee".
			return p.trimNP(s, j)
		}
		if j > s && (w == "of" || w == "on" || w == "about" || w == "to" || w == "in" || w == "at" || w == "near" || w == "from") {
			modified = true
		}
		if t.k != kWord || p.person[j] && j > s || p.timeAhead(j) || p.inShift(j) || j > s && unitOf(p.w(j+1)) != 0 && p.w(j+2) == "before" {
			break // "send the deck 10 min before the call"
		}
		if j > s && npBreak[w] && !(w == "this" && j == s) && !(w == "or" && t.raw == "OR" && !p.shouting(j)) {
			break // "the week's OR schedule": the operating room
		}
		if (in == delegatebot.IntentStatus || in == delegatebot.IntentSend) && doneWords[w] && j > s {
			break
		}
		if j > s && (w == "i" || p.participleAfterNP(j)) {
			break // "the budget worksheet filled out for ...", "the thing I asked about"
		}
		switch w {
		case "to", "in", "at":
			if w == "to" && j > s && linkNouns[p.w(j-1)] && !p.person[j+1] && !p.isPerson(p.skipDet(j+1)) {
				continue // "the link to the sepsis dashboard"
			}
			if in != delegatebot.IntentTravel {
				return p.trimNP(s, j)
			}
		case "about", "re", "regarding", "on":
			if in != delegatebot.IntentPrepareDoc && in != delegatebot.IntentOrganizeDocs && in != delegatebot.IntentTask ||
				w == "on" && (p.w(j+1) == "my" || p.w(j+1) == "the") && p.w(j+2) == "calendar" {
				return p.trimNP(s, j)
			}
		case "from", "off":
			if p.w(j+2) == "calendar" || p.w(j+1) == "calendar" {
				return p.trimNP(s, j)
			}
		case "for":
			if p.w(j+1) == "me" || p.w(j+1) == "us" {
				return p.trimNP(s, j)
			}
		}
	}
	return p.trimNP(s, j)
}

// participleAfterNP reports a past participle or "ready" after a noun,
// before a particle, a preposition or the end: "need the board resolution
// drafted for the line of credit", "get the agreement countersigned by the
// CEO". What it says is done to the thing is not the thing.
func (p *parser) participleAfterNP(j int) bool {
	w := p.w(j)
	if !(len(w) > 4 && strings.HasSuffix(w, "ed") || w == "ready" || w == "done" || w == "signed" || w == "sent" || w == "written") ||
		determiners[p.w(j-1)] || npStop[p.w(j-1)] || p.ts[j-1].k != kWord {
		return false
	}
	n := j + 1
	return n >= len(p.ts) || p.ts[n].k != kWord || npStop[p.w(n)] || particles[p.w(n)] || p.w(n) == "together" || p.timeAhead(n) ||
		p.ts[n].sent != p.ts[j].sent
}

// linkNouns take "to" as part of what they are: "the link to the portal".
var linkNouns = set("link links access directions login key keys shortcut path")

// trimNP drops trailing function words and a trailing "for it".
func (p *parser) trimNP(s, e int) int {
	if e-s > 2 && (p.w(e-1) == "it" || p.w(e-1) == "them") && npStop[p.w(e-2)] {
		e -= 2 // "the auditorium for it"
	}
	for e > s && (npStop[p.w(e-1)] || determiners[p.w(e-1)] || p.w(e-1) == "of") {
		e--
	}
	return e
}

// antecedentNP is the noun phrase "it" refers to: the first classified noun
// of the previous sentence with its modifiers.
func (p *parser) antecedentNP(i, sent int) (int, int) {
	h := p.antecedentBefore(i, sent)
	if h < 0 {
		return 0, 0
	}
	s := h
	for s > 0 && p.ts[s-1].sent == p.ts[h].sent && p.ts[s-1].k == kWord && !determiners[p.w(s-1)] && !p.inAtom(s-1) &&
		!npStop[p.w(s-1)] && !npBreak[p.w(s-1)] && !p.person[s-1] && !isCueWord(p.w(s-1)) && p.w(s-1) != "i'm" {
		s--
	}
	return s, p.npEnd(h, delegatebot.IntentTask)
}

// repliedTo are the things a reply answers besides messages.
var repliedTo = set("thread threads comments complaint invitation invite petition post inquiry query feedback survey letter letters email emails")

// replyTarget is the message a reply answers, when the ask names no topic:
// "reply all to the P&T thread", "draft a response to the State Auditor's
// letter", "respond to the ICU nurses' petition email". A reply to a
// person names no subject this way.
func (p *parser) replyTarget(c cue) (int, int) {
	sent := p.ts[c.at].sent
	for j := c.at + 1; j < len(p.ts) && j <= c.at+5 && p.ts[j].sent == sent; j++ {
		if p.w(j) != "to" {
			continue
		}
		k := p.skipDet(j + 1)
		if k < len(p.ts) && p.person[k] {
			for k < len(p.ts) && p.person[k] && !p.ts[k].poss {
				k++
			}
			if k >= len(p.ts) || !p.ts[k].poss {
				return 0, 0
			}
			k++ // "the ICU nurses' petition email"
		}
		e := p.npEnd(k, delegatebot.IntentSend)
		if e-k < 2 {
			return 0, 0 // "the coordinator's email": who, not what
		}
		for x := k; x < e; x++ {
			if !messageNoun(strings.TrimSuffix(p.w(x), "s")) && !repliedTo[p.w(x)] {
				continue
			}
			if w := p.w(e); w == "on" || w == "about" || w == "re" || w == "regarding" {
				// "a response to the CalPERS inquiry on pension funding": the topic
				if ts := p.skipDet(e + 1); p.npEnd(ts, delegatebot.IntentSend) > ts {
					return ts, p.npEnd(ts, delegatebot.IntentSend)
				}
			}
			return k, e
		}
		return 0, 0
	}
	return 0, 0
}

// replyFiller are words a reply's object can be without naming its topic
// ("draft a polite no", "send a quick reply").
var replyFiller = set("polite quick short nice brief draft no yes")

// replyGist is what a reply is about when its object names nothing: the
// thing said yes or no to ("yes to the locums extension", "a polite no to
// the Becker's invite"), declined or accepted, or the object of what the
// reply says ("tell her we'll fund the sim lab request").
func (p *parser) replyGist(c cue) (int, int) {
	sent := p.ts[c.at].sent
	for j := c.at + 1; j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		w := p.w(j)
		k := -1
		switch {
		case (w == "yes" || w == "no") && p.w(j+1) == "to":
			k = j + 2
		case w == "decline" || w == "accept" || w == "approve" || w == "confirm" || w == "support":
			k = j + 1
		}
		if k < 0 {
			continue
		}
		if s := p.skipDet(k); s < len(p.ts) && !p.person[s] && !p.isTimeStart(s) {
			if e := p.npEnd(s, delegatebot.IntentSend); e > s {
				return s, e
			}
		}
	}
	if k := p.saidStart(c.at); k >= 0 {
		return p.clauseObject(k + 1)
	}
	return 0, 0
}

// clauseSubj are the subjects a said clause starts with.
var clauseSubj = set("i we he she they you i'll we'll we're i'm we've i've we'd i'd it's")

// clauseAux are auxiliaries between a clause's subject and its verb.
var clauseAux = set("will can could would should must need needs do does did don't can't won't just also really still")

// clauseObject is the object of the clause of said words starting at k
// ("tell him yes we can cover his CME" -> "CME", "let her know we
// approved the second NP position" -> "second NP position"): past a yes or
// that, a pronoun or person, auxiliaries and one verb.
func (p *parser) clauseObject(k int) (int, int) {
	if k >= len(p.ts) {
		return 0, 0
	}
	sent := p.ts[k].sent
	j := k
	for j < len(p.ts) && p.ts[j].sent == sent && (p.person[j] && p.ts[j].k != kWord || p.w(j) == "him" || p.w(j) == "her" ||
		p.w(j) == "them" || p.w(j) == "yes" || p.w(j) == "that" || p.w(j) == "," || p.w(j) == ":" || p.w(j) == "-" || p.w(j) == "ok") {
		j++
	}
	switch {
	case clauseSubj[p.w(j)]:
		j++
	case j < len(p.ts) && p.person[j]:
		for j < len(p.ts) && p.person[j] {
			j++
		}
	default:
		return 0, 0
	}
	for clauseAux[p.w(j)] {
		j++
	}
	if j >= len(p.ts) || p.ts[j].sent != sent || p.ts[j].k != kWord || determiners[p.w(j)] || npStop[p.w(j)] ||
		p.w(j) == "not" || p.w(j) == "never" {
		return 0, 0
	}
	j++ // the verb
	s := p.skipDet(j)
	if s >= len(p.ts) || p.ts[s].sent != sent || p.ts[s].k != kWord || p.person[s] || npStop[p.w(s)] || npBreak[p.w(s)] || p.isTimeStart(s) {
		return 0, 0
	}
	return s, p.npEnd(s, delegatebot.IntentSend)
}

// askTopic is the topic of a new meeting anywhere in the ask's sentence
// ("30 min with Dr. Sato about the lab contract", also before the verb),
// else in the sentences after it that finish the ask ("... on Friday? re:
// monsoon surge plan").
func (p *parser) askTopic(c cue) (int, int) {
	sent := p.ts[c.at].sent
	for k := sent; k <= sent+2; k++ {
		if k > sent && !p.continues(k, c.in) {
			break
		}
		from := p.sentStart(k)
		if from >= len(p.ts) {
			break
		}
		if ts, te := p.topic(from); te > ts {
			return ts, te
		}
	}
	if sent > 0 && p.bareAsk(sent) && p.setsUpAsk(sent-1) {
		// "Dr. Ito and I need to talk about the stroke program. Find 30
		// minutes this week."
		if ts, te := p.topic(p.sentStart(sent - 1)); te > ts {
			return ts, te
		}
	}
	return 0, 0
}

// attendVerbs take the event a writer will miss: "I won't be at the
// Foundation gala", "not attending the MEC breakfast", "can't do the safety
// walk", "not going to make the journal club".
var attendVerbs = set("attend attending make at do miss skip")

// attendedNP is the event after an attend verb in sentence sent.
func (p *parser) attendedNP(sent int) (int, int) {
	for j := p.sentStart(sent); j+1 < len(p.ts) && p.ts[j].sent == sent; j++ {
		if !attendVerbs[p.w(j)] {
			continue
		}
		k := j + 1
		for k < len(p.ts) && (determiners[p.w(k)] || p.atomEndAt(k) > k) {
			if e := p.atomEndAt(k); e > k {
				k = e
			} else {
				k++
			}
		}
		if k >= len(p.ts) || p.ts[k].sent != sent || p.ts[k].k != kWord || p.person[k] || npStop[p.w(k)] || npBreak[p.w(k)] ||
			vagueSubject[p.w(k)] {
			continue
		}
		if e := p.npEnd(k, delegatebot.IntentCancelMeeting); e > k {
			return k, e
		}
	}
	return 0, 0
}

// particles follow a verb's pronoun object: "push it back", "move them up".
var particles = set("back up out off over forward along together")

// frontLead are words a message opens with before its fronted topic.
var frontLead = set("um uh so ok okay oh also and well hey hi priority urgent important high low asap fyi")

// frontedNP is the topic a message puts before its ask ("The meeting of
// the research committee, we change to Friday", "pharmacy dashboard is
// stale — I need it refreshed", "the ethics committee thing tomorrow
// afternoon can we make it..."): the noun phrase opening the ask's
// sentence, ended by a break, a time, the writer or an auxiliary, when it
// names a meeting, a document or a thing and no person.
func (p *parser) frontedNP(c cue) (int, int) {
	if c.in == delegatebot.IntentSend || c.in == delegatebot.IntentDraftReply {
		return 0, 0 // "housekeeping needs to hear ... can you message them?": who, not what
	}
	sent := p.ts[c.at].sent
	j := p.sentStart(sent)
	for j < c.at && (frontLead[p.w(j)] || p.ts[j].k == kPunct) {
		j++
	}
	if e := p.atomEndAt(j); e > j && p.ts[j].poss {
		j = e // "Thursday's infection control committee"
	}
	s := p.skipDet(j)
	if s >= c.at || s >= len(p.ts) || p.ts[s].k != kWord || p.person[s] || p.inAtom(s) ||
		frontStop[p.w(s)] || isCueWord(p.w(s)) || politeWords[p.w(s)] || npStop[p.w(s)] {
		return 0, 0
	}
	if _, verb := p.cueMemo(s); verb && s == p.sentStart(sent) {
		return 0, 0 // "put the PDFs in the folder and rename them": a clause, not a topic
	}
	e := s
	named := false
	for e < len(p.ts) && p.ts[e].sent == sent && p.ts[e].k == kWord && !p.inAtom(e) && !frontStop[p.w(e)] && !p.person[e] && e-s < 7 &&
		(e == s || !(npBreak[p.w(e)] || isCueWord(p.w(e)))) {
		named = named || meetingNouns[p.w(e)] || docNouns[p.w(e)] || travelNouns[p.w(e)] || roomNouns[p.w(e)]
		e++
	}
	e = p.trimNP(s, e)
	// Named as a meeting or a document, or set off from its clause
	// ("The ribbon cutting, we need to move it", "The steering group
	// needs to move").
	if e < len(p.ts) && p.ts[e].sent == sent && (p.ts[e].k == kPunct || frontStop[p.w(e)]) {
		named = true
	}
	if !named || e <= s {
		return 0, 0
	}
	return s, e
}

// frontStop end a fronted topic: the writer or an auxiliary starting the
// clause about it.
var frontStop = set(`not no don't never i we i'm we're i'll we'll i'd can could would will is isn't are aren't was needs need has have
	should must won't can't don't — - : , wants`)

// delegatedObject is the object of the task someone else is to do: "get IT
// to reset my Epic password", "have facilities fix the thermostat".
func (p *parser) delegatedObject(c cue) (int, int) {
	w := p.w(c.at)
	if w != "get" && w != "have" {
		return 0, 0
	}
	sent := p.ts[c.at].sent
	if a := p.w(c.at + 1); w == "have" && (a == "someone" || a == "somebody" || a == "anyone") && c.at+2 < len(p.ts) && p.ts[c.at+2].k == kWord {
		// "have someone restock the printer paper"
		s := p.skipDet(c.at + 3)
		if e := p.npEnd(s, c.in); e > s {
			return s, e
		}
	}
	for j := c.at + 1; j < len(p.ts) && j < c.at+6 && p.ts[j].sent == sent; j++ {
		if p.w(j) == "to" && j+1 < len(p.ts) && p.ts[j+1].k == kWord && (j > c.at+1) && !determiners[p.w(j+1)] && !p.inAtom(j+1) {
			if s, e := p.askedTo(j); e > s {
				return s, e
			}
			return 0, 0
		}
		if npBreak[p.w(j)] || p.ts[j].k != kWord {
			return 0, 0
		}
	}
	return 0, 0
}

// askedTo is the object of "<person> to <verb> X" from k ("her to cover the
// 7p huddle", "IT to reset my Epic password").
func (p *parser) askedTo(k int) (int, int) {
	if k >= len(p.ts) {
		return 0, 0
	}
	sent := p.ts[k].sent
	j := k
	for j < len(p.ts) && p.ts[j].sent == sent && p.w(j) != "to" && j < k+5 {
		j++
	}
	if p.w(j) != "to" || j+2 >= len(p.ts) || p.ts[j+1].k != kWord {
		return 0, 0
	}
	s := j + 2
	for s < len(p.ts) && particles[p.w(s)] {
		s++
	}
	s = p.skipDet(s)
	for s < len(p.ts) && p.atomEndAt(s) > s {
		s = p.atomEndAt(s) // "the 7p huddle"
	}
	if s >= len(p.ts) || p.ts[s].sent != sent || p.ts[s].k != kWord || p.person[s] || npStop[p.w(s)] || npBreak[p.w(s)] {
		return 0, 0
	}
	return s, p.npEnd(s, delegatebot.IntentTask)
}

// anchored reports a meeting noun at j that only dates something else:
// "before the audit committee", "after the board meeting".
func anchored(p *parser, j, sent int) bool {
	k := j - 1
	for k >= 0 && p.ts[k].sent == sent && p.ts[k].k == kWord && k > j-5 && !npStop[p.w(k)] && p.w(k) != "after" {
		k--
	}
	if k < 0 || p.ts[k].sent != sent {
		return false
	}
	switch p.w(k) {
	case "before", "after", "until", "till":
		return true
	}
	return false
}

// possAt reports "her" at j used as a possessive: a noun follows ("her
// add-on cases"), not a break, a time or an article.
func (p *parser) possAt(j int) bool {
	return j+1 < len(p.ts) && p.ts[j+1].k == kWord && !npStop[p.w(j+1)] && !determiners[p.w(j+1)] && !p.timeAhead(j+1) && p.w(j+1) != "and"
}
