package intents

import (
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// personSlot are words after which a person is expected: recipients,
// participants, senders, signers ("send ingrid the memo", "meet farid",
// "with the CMO", "cc Dr. Lund").
var personSlot = set(`send email e-mail message text ping tell reply respond meet with cc invite ask call contact
	remind forward notify inform to let get loop answer bcc and thank shoot dm wit have n`)

// notPerson are words never read as a name even in a person slot.
var notPerson = set(`me myself us you everyone anyone someone all it them this that him her the a an my our your
	his their i we up out back in on about re regarding to for from by at before after with and or please pls
	thanks know sure again also just some any then she he they over along off down forward around cc bcc`)

// collectPeople marks person spans in the ask's sentences and returns them
// as written ("Dr. Shah", "chief of surgery", "<@U05HJQ2ZP>"). c is the ask:
// a second ask later in its sentence ("cancel my 1:1 with Ann, and email
// the hospitalists") brings its own people, which are not the first ask's;
// a pronoun of the ask ("schedule an hour with them", "cancel her 8am")
// or an ask that only finishes the sentence before it ("I'd like to talk
// with the VP of HR. Could you find a time?") takes its people from there.
// c.at < 0 reads every sentence (an answer to a question).
func (p *parser) collectPeople(inAsk func(int) bool, c cue, travel bool) []string {
	var out []string
	var ends []int // where each name of out ends
	drop := func(end int) {
		// The name ending at token end is said again as another one.
		if k := len(ends) - 1; k >= 0 && ends[k] == end+1 {
			out, ends = out[:k], ends[:k]
		}
	}
	add := func(s, e int) {
		for j := s; j < e; j++ {
			p.person[j] = true
		}
		name := p.span(s, e)
		if p.ts[e-1].poss {
			name = trimPoss(name)
		}
		key := strings.ToLower(name)
		for _, o := range out {
			if strings.ToLower(o) == key {
				return
			}
		}
		out, ends = append(out, name), append(ends, e)
	}
	stop := len(p.ts)
	if c.at >= 0 {
		stop = p.nextAskAt(c)
	}
	p.scanPeople(0, stop, inAsk, travel, add, drop)
	if c.at < 0 || c.at >= len(p.ts) {
		return out
	}
	askSent := p.ts[c.at].sent
	if len(out) == 0 && askSent > 0 {
		pron := p.pronounSlot(p.sentStart(askSent), stop)
		for back := 1; back <= 2 && askSent-back >= 0 && len(out) == 0; back++ {
			s := askSent - back
			if !pron && !(back == 1 && p.setsUpAsk(s) && p.bareAsk(askSent)) {
				break
			}
			p.scanPeople(p.sentStart(s), p.sentStart(askSent), func(x int) bool { return x == s }, travel, add, drop)
		}
	}
	return out
}

// trimPoss drops a possessive ending from a name, in any case ("MIKE'S").
func trimPoss(name string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasSuffix(name, suf) {
			return name[:len(name)-len(suf)]
		}
	}
	return name
}

// nextAskAt is where a second ask starts in the sentence of the ask c: a
// clause after a comma, "and", "then" or ";" that opens with a live cue of
// its own; len(p.ts) when there is none.
func (p *parser) nextAskAt(c cue) int {
	sent := p.ts[c.at].sent
	for j := c.at + 2; j < len(p.ts) && p.ts[j].sent == sent; j++ {
		if p.ts[j].k != kWord {
			continue
		}
		k := j - 1
		for k > c.at+1 && verbLead[p.w(k)] && p.w(k) != "and" {
			k-- // "..., and can you also pull the records"
		}
		prev := p.w(k)
		if prev == "and" && p.w(k-1) == "," || prev == "then" && (p.w(k-1) == "," || p.w(k-1) == "and") {
			prev = ","
		}
		if prev != "," && prev != "and" && prev != "-" {
			continue
		}
		message := c.in == delegatebot.IntentSend || c.in == delegatebot.IntentDraftReply
		if w := p.w(j); w == "cc" || w == "bcc" || w == "copy" {
			continue // "..., cc our GC": part of the same ask
		} else if w == "tell" || w == "let" || w == "notify" || w == "inform" {
			if message {
				continue // "email the team and let Ann know": the same message
			}
			return j // "cancel the huddle and let the CNO know": a second ask, its own people
		}
		if ow := p.w(j + 1); ow == "it" || ow == "them" || ow == "those" || ow == "that" {
			if nc, ok := p.cueMemo(j); ok && nc.in == delegatebot.IntentSend && !message && c.in != delegatebot.IntentTriage {
				return j // "draft the summary and send it to Beatriz": sending is the next ask
			}
			continue // "scan my email ... and forward it to the controller": the same task
		}
		if nc, ok := p.cueMemo(j); ok && nc.conf >= 0.6 && nc.at != c.at && !p.negated(j) && !p.statement(j) && p.verbPos(j) {
			if nc.in != c.in || prev == "," {
				return j
			}
		}
	}
	return len(p.ts)
}

// pronounSlot reports a pronoun standing for people in [s, e): "with them",
// "invite him", "get her and the RN in a room", "cancel her 8am".
func (p *parser) pronounSlot(s, e int) bool {
	for j := s; j < e && j < len(p.ts); j++ {
		switch p.w(j) {
		case "them", "him", "her":
			// "her" before a noun is a possessive ("for her send-off").
			possessive := p.w(j) == "her" && j+1 < len(p.ts) && p.ts[j+1].k == kWord && !npStop[p.w(j+1)] &&
				!determiners[p.w(j+1)] && !p.timeAhead(j+1) && p.w(j+1) != "and"
			if j > s && !possessive && (personSlot[p.w(j-1)] || p.w(j-1) == "for" || p.w(j-1) == "get" || p.w(j-1) == "bring") {
				return true
			}
			if p.w(j) == "her" && (meetingNouns[p.w(j+1)] || p.atomEndAt(j+1) > j+1 || p.w(j+1) == "standing" || p.w(j+1) == "weekly" ||
				p.w(j+1) == "calendar") {
				return true
			}
		case "us":
			if j > s+1 && p.w(j-1) == "of" && (isCount(p.ts[j-2]) || p.w(j-2) == "both" || p.w(j-2) == "all") {
				return true // "30 minutes for the three of us"
			}
		case "his", "their":
			if meetingNouns[p.w(j+1)] || p.atomEndAt(j+1) > j+1 || p.w(j+1) == "standing" || p.w(j+1) == "weekly" {
				return true
			}
		}
	}
	return false
}

// bareAsk reports an ask sentence of a few words besides its times ("Could
// you find a time on Monday the 7th?", "Please coordinate."): it finishes
// the sentence before it rather than naming a task of its own.
func (p *parser) bareAsk(sent int) bool {
	n := 0
	for j := p.sentStart(sent); j < len(p.ts) && p.ts[j].sent == sent; j++ {
		if e := p.atomEndAt(j); e > j {
			j = e - 1
			continue
		}
		if p.ts[j].k != kWord || politeWords[p.w(j)] {
			continue
		}
		n++
		if unitOf(p.w(j)) != 0 && j > 0 && (isDigit(p.ts[j-1].low) || numberWords[p.w(j-1)] > 0) {
			continue // "find 30 minutes": a length
		}
		if w := p.w(j); meetingNouns[w] || docNouns[w] || travelNouns[w] {
			if !genericObj[w] || !(determiners[p.w(j-1)] || numberWords[p.w(j-1)] > 0 || p.w(j-1) == "quick") {
				return false // "push the campaign cabinet meeting": a task of its own
			}
		}
	}
	return n <= 7
}

// kinWords are family: people of an ask only as someone else's ("the
// patient's daughter").
var kinWords = set("daughter son wife husband spouse granddaughter grandson niece nephew")

// relNouns name a working relation before a name ("my direct report
// Kelsey").
var relNouns = set("report reports colleague mentor mentee friend cousin neighbor")

// ownedRole reports a role ending at token h said with a possessive
// ("my new scheduler", "our CFO"): the person an appositive name names.
func (p *parser) ownedRole(h int) bool {
	for k := h - 1; k >= 0 && k >= h-4 && p.person[k]; k-- {
		if w := p.w(k - 1); !p.isPerson(k-1) && (w == "my" || w == "our" || w == "his" || w == "her" || w == "their") {
			return true
		}
	}
	w := p.w(h - 1)
	return w == "my" || w == "our" || w == "his" || w == "her" || w == "their"
}

// wishWords mark a sentence that sets up the ask after it: the writer's or
// someone's wish ("I'd like to talk it through with the VP of HR", "The
// board chair wants 20 minutes").
var wishWords = set("like want wants wanted need needs needed asked asking would hoping requested")

// setsUpAsk reports a sentence that states the wish the next sentence asks
// to act on.
func (p *parser) setsUpAsk(s int) bool {
	for j := p.sentStart(s); j < len(p.ts) && p.ts[j].sent == s; j++ {
		if wishWords[p.w(j)] {
			return true
		}
	}
	return false
}

// scanPeople finds person spans in [from, to) among the sentences inAsk
// accepts and passes each to add.
func (p *parser) scanPeople(from, to int, inAsk func(int) bool, travel bool, add func(s, e int), drop func(end int)) {
	for i := from; i < to && i < len(p.ts); i++ {
		t := &p.ts[i]
		if !inAsk(t.sent) || p.person[i] {
			continue
		}
		switch {
		case t.k == kMention:
			add(i, i+1)
		case t.w == "," && i > 0 && (p.person[i-1] || p.w(i-1) == "me" && (p.w(i-2) == "for" || p.w(i-2) == "with")): // "Anna, Raj and Dr. Kim", "for me, Ana and Bo"
			if s, e, ok := p.slotName(i); ok {
				if roleHeads[p.w(i-1)] && (p.ownedRole(i-1) || p.w(i-2) == "new" || p.w(i-3) == "the") && (e >= len(p.ts) || p.ts[e].k == kPunct && p.w(e+1) != "and" || p.timeAhead(e)) {
					drop(i - 1) // "my new scheduler, Marguerite, on Friday": one person, named
				}
				add(s, e)
			}
		case (t.w == "+" || t.w == "&" && (p.w(i-1) == "me" || p.isPerson(i-1) && p.givenName(i-1))) && (p.isPerson(i-1) || p.w(i-1) == "me"):
			if s, e, ok := p.slotName(i); ok {
				add(s, e) // "Huang + Ortega-Ruiz", "me + Keisha"; not a firm ("Whitcombe & Hale")
			}
		case t.k != kWord:
		case titles[t.w] && i+1 < len(p.ts) && p.ts[i+1].k == kWord && !notPerson[p.w(i+1)] && p.nameAfterTitle(i+1):
			e := i + 2
			for e < len(p.ts) && e < i+5 && p.ts[e].k == kWord && !p.ts[e-1].poss && (p.ts[e-1].cap || nameParticle[p.w(e-1)]) &&
				(p.ts[e].cap && !p.common(e) && p.ts[e].w != "i" && !notPerson[p.w(e)] && !contraction(p.ts[e].low) && !p.inAtom(e) ||
					nameParticle[p.w(e)] && e+1 < len(p.ts) && p.ts[e+1].cap && p.ts[e+1].k == kWord) {
				e++ // "Sister Mary Clare", "Dr. Ana Lucia Reyes", "Ms. de la Cruz"
			}
			for !t.cap && e < len(p.ts) && e < i+4 && p.ts[e].k == kWord && !p.ts[e].cap && !p.ts[e-1].poss && !p.common(e) &&
				!notPerson[p.w(e)] && (phi.GivenName(p.ts[e].low) || phi.Surname(p.ts[e].low)) {
				e++ // "dr. josé luis ibarra", "imam yusuf hamdan"
			}
			if p.w(i-1) == "," && p.isPerson(i-2) && roleHeads[p.w(i-2)] && (e >= len(p.ts) || p.ts[e].k == kPunct && p.w(e+1) != "and" || p.timeAhead(e)) {
				drop(i - 2) // "the new CMO candidate, Dr. Oyelowo": one person, named
			}
			if e < len(p.ts) && p.ts[e].cap && !p.ts[e-1].poss && roomNoun[p.w(e)] {
				i = e // "the Sister Agnes Room": a place named for someone
				continue
			}
			if p.ts[e-1].poss && e < len(p.ts) && roleHeads[p.w(e)] && !cSuite[p.w(e)] && p.w(e+1) != "and" {
				e++ // "Dr. Amari's team", "Dr. Lee's assistant": who is asked
			}
			add(i, e)
			i = e - 1
		case t.cap && !t.poss && i > 0 && (roleHeads[p.w(i-1)] || relNouns[p.w(i-1)]) && p.ownedRole(i-1) && p.givenName(i):
			drop(i - 1)
			add(i, i+1) // "my direct report Kelsey", "our scheduler Ana"
		case roleHeads[t.w] && !t.fixed:
			if s, e, ok := p.roleSpan(i); ok {
				add(s, e)
				i = e - 1
			}
		case (t.w == "did" || t.w == "has" || t.w == "have" || t.w == "does" || t.w == "will") && i+1 < len(p.ts) &&
			p.ts[i+1].cap && p.givenName(i+1) && !p.ts[i+1].poss:
			e := i + 2
			if e < len(p.ts) && p.ts[e].cap && p.ts[e].k == kWord && !p.common(e) && !contraction(p.ts[e].low) {
				e++
			}
			add(i+1, e) // "did Maria send the form?", "has Omar Haddad signed?"
			i = e - 1
		case (t.w == "for" || t.w == "from") && !travel && !leaveVerbs[p.w(i-1)]:
			if s, e, ok := p.slotName(i); ok {
				add(s, e) // "the email from Wallace", "flowers for Gloria"
			}
		case t.w == "or" && (p.isPerson(i-1) || p.w(i-1) == "me") ||
			t.w == "by" && (strings.HasPrefix(p.w(i-1), "sign") || p.w(i-1) == "approved" || p.w(i-1) == "reviewed"):
			if s, e, ok := p.slotName(i); ok {
				add(s, e) // "from our GC or Svetlana", "Huang + Ortega-Ruiz", "signed by Marcus"
			}
		case personSlot[t.w] && !p.statement(i) && !(travel && (t.w == "to" || t.w == "for")):
			if s, e, ok := p.slotName(i); ok {
				add(s, e)
			} else if e > s {
				p.person[s] = true // a firm called: the party of the call, named by nobody
			}
		case t.poss && (t.cap || firstNames[t.w]) && messageNoun(p.w(i+1)):
			add(i, i+1) // "Priya's message"
		case t.cap && !t.poss && p.givenName(i) && (p.w(i+1) == "," || p.w(i+1) == "and") && p.listedPerson(i+2):
			add(i, i+1) // "Carla, Bo and I need to sit down"
		case t.cap && !t.poss && p.givenName(i) && i+1 < len(p.ts) && p.ts[i+1].cap && p.ts[i+1].poss && p.ts[i+1].k == kWord &&
			!p.common(i+1) && !orgWords[p.ts[i+1].low]:
			add(i, i+2) // "get me on Maria Gonzalez's calendar"
		case t.cap && !t.poss && (i == 0 || p.ts[i-1].k == kPunct && p.ts[i-1].sent != t.sent) && p.givenName(i) &&
			(p.w(i+1) == "from" || p.w(i+1) == "in" || p.w(i+1) == "at" || p.w(i+1) == "called" || p.w(i+1) == "needs" ||
				p.w(i+1) == "is" || p.w(i+1) == "has" || p.w(i+1) == "said" || p.w(i+1) == "says"):
			add(i, i+1) // "Kofi from Medline called again."
		case t.cap && !t.poss && (p.w(i+1) == "," || p.w(i+1) == "and") && p.nameList(i):
			add(i, i+1) // "Tavita, Bo and I": the list ends with the writer
		case t.poss && p.givenName(i) && i+1 < len(p.ts) && p.ts[i+1].k == kWord:
			add(i, i+1) // "move Kalani's onboarding", "sign ana's FMLA paperwork"
		case (p.w(i+1) == "sent" || p.w(i+1) == "emailed" || p.w(i+1) == "asked" || p.w(i+1) == "wrote" || p.w(i+1) == "forwarded" ||
			p.w(i+1) == "wants") && !determiners[t.w] &&
			(t.cap || firstNames[t.w] || i > 0 && p.ts[i-1].sent == t.sent && p.givenName(i-1) && (phi.Surname(t.low) || phi.GivenName(t.low))):
			if !orgWords[t.w] && !notPerson[t.w] && classOf(t.w) == ncNone && !contraction(t.low) {
				s := i
				if i > 0 && p.ts[i-1].sent == t.sent && !p.ts[i-1].poss && p.givenName(i-1) && (t.cap == p.ts[i-1].cap) {
					s = i - 1 // "Lakshmi Iyer wants", "björn lindqvist sent"
					if p.isPerson(s) {
						drop(s)
					}
				}
				add(s, i+1) // "Omar sent me something"
			}
		case t.cap && p.w(i-1) == "," && i > 1 && p.ts[i-2].k == kWord && p.givenName(i) && !t.poss &&
			(i+1 >= len(p.ts) || p.ts[i+1].k == kPunct || p.timeAhead(i+1)):
			if p.isPerson(i-2) && (!p.isPerson(i-3) || roleHeads[p.w(i-2)]) {
				drop(i - 2) // "my new scheduler, Marguerite": one person, named
			}
			add(i, i+1) // "a check-in with my new admin, Jolene, at 8:15"
		}
	}
}

func messageNoun(w string) bool {
	switch w {
	case "message", "email", "e-mail", "note", "msg", "reply", "request", "question", "text", "invite", "letter", "memo":
		return true
	}
	return false
}

// senderOf reports a thing someone sends: "the emails from Beatriz", "the
// files from Bev", "anything from Hamid".
func senderOf(w string) bool {
	return messageNoun(strings.TrimSuffix(w, "s")) || docNouns[w] || w == "anything" || w == "everything" || w == "emails" ||
		w == "messages" || w == "files" || w == "forms" || w == "stuff"
}

// common reports whether token j is a word of the rule lexicon rather than a
// name part (so "Dr. Shah Friday" does not take "Friday").
func (p *parser) common(j int) bool {
	w := p.ts[j].w
	_, wd := weekdays[w]
	_, mo := months[w]
	return wd || mo || classOf(w) != ncNone || orgWords[w] || politeWords[w] || npStop[w] || determiners[w]
}

// nameParticle are the lower-case words inside a surname: "de la Cruz",
// "van der Berg", "bin Salman".
var nameParticle = set("de la del della van von der den da di le du bin ibn al el dos das")

// roleAdj describe a person without being part of the role's name.
var roleAdj = set("new old former current other same incoming outgoing our my your both all each every")

// keepAdj stay in a role's name; the other roleAdj do not.
var keepAdj = set("new incoming interim acting outgoing former")

// signNoun after a possessive role makes the role a person of the ask:
// "get the lab director's signature".
var signNoun = set("signature signatures sig sign-off approval complaint calendar office")

// isCount reports a number word or numeral ("the three medical
// directors", "all 4 site directors"): not part of the role's name.
func isCount(t tok) bool {
	return isDigit(t.low) || numberWords[t.w] > 0 && t.w != "a" && t.w != "an"
}

// weakRoles are role words that are also verbs or common nouns: they count
// only with a determiner or modifier ("the unit lead", "department chairs").
var weakRoles = set("attending guy guys family candidates candidate visitor visitors operator lead leads head heads chair chairs partner partners owner owners staff members resident residents fellow fellows sponsor sponsors champion champions principal")

// roleSpan expands a role head ("officer", "CIO", "managers") into its
// noun phrase: "compliance officer", "chief of surgery", "unit managers".
func (p *parser) roleSpan(i int) (int, int, bool) {
	nx := p.w(i + 1)
	switch {
	case p.ts[i].poss && (nx == "office" || nx == "offices"):
		return 0, 0, false // "the mayor's office": an office, not its holder
	case p.ts[i].poss && !weakRoles[p.w(i)] && !strings.HasSuffix(p.ts[i].raw, "'") && !strings.HasSuffix(p.ts[i].raw, "’") && (determiners[p.w(i-1)] && p.w(i-1) != "a" && p.w(i-1) != "an" || cSuite[p.w(i)]) &&
		!roleHeads[nx] && nx != "chief":
		// "the CFO's budget call", "our GC's sign-off": someone's
		// meeting or paper makes them a person of the ask.
	case cSuite[p.w(i)] && meetingNouns[nx] && (p.w(i-1) == "the" || p.w(i-1) == "our" || p.w(i-1) == "my"):
		// "get the CFO meeting moved"
		return i, i + 1, true
	case meetingNouns[nx] || docNouns[nx] || p.ts[i].poss && !messageNoun(nx) && !signNoun[nx] && !messageNoun(p.w(i+2)) && !messageNoun(p.w(i+3)):
		return 0, 0, false // "staff meeting", "the CEO report", "the staff's lounge"
	}
	if i+1 < len(p.ts) && p.ts[i+1].k == kWord && !p.ts[i].poss && !(npStop[nx] || npBreak[nx] || determiners[nx] ||
		notPerson[nx] || titles[nx] || personSlot[nx] || p.timeAhead(i+1) || p.isDayWord(i+1) || nx == "of" ||
		nx == "know" || nx == "sent" || nx == "asked" || nx == "wants" || politeWords[nx] || isCueWord(nx) || roleFollow[nx] || wishWords[nx]) {
		return 0, 0, false // "nurse staffing ratios": a modifier
	}
	s := i
	for s > 0 && p.ts[s-1].k == kWord && p.ts[s-1].sent == p.ts[i].sent && !determiners[p.w(s-1)] &&
		(unitAbbrev(p.ts[s-1]) && !unitAbbrev(p.ts[i]) && !p.shouting(s-1) || !notPerson[p.w(s-1)] && !personSlot[p.w(s-1)] && !npStop[p.w(s-1)]) && !p.isTimeWord(s-1) &&
		!p.person[s-1] && s > i-3 && !isCueWord(p.w(s-1)) && !roleAdj[p.w(s-1)] && !isCount(p.ts[s-1]) && p.w(s-1) != "as" &&
		!politeWords[p.w(s-1)] && !wishWords[p.w(s-1)] && p.w(s-1) != "not" && p.w(s-1) != "no" {
		s--
	}
	if s > 0 && s < i+1 && unitSides[p.w(s)] && isDigit(p.ts[s-1].low) {
		s-- // "the 5 East manager": the unit is part of who
	}
	if keepAdj[p.w(s-1)] && p.ts[s-1].sent == p.ts[i].sent {
		s-- // "the new hospitalist director": the adjective names who
	}
	if p.w(s-1) == "as" || p.w(s-1) == "interim" && p.w(s-2) == "as" {
		return 0, 0, false // "announcing Dr. Silva as interim CMO": what someone is
	}
	if kinWords[p.w(i)] && (p.w(s-1) == "my" || p.w(s-1) == "our") {
		return 0, 0, false // "taking my daughter to the dentist": the writer's family
	}
	if (p.w(i) == "team" || p.w(i) == "teams") && s == i {
		return 0, 0, false // "her team", "half the team": nobody named
	}
	if weakRoles[p.w(i)] && (p.w(s-1) == "a" || p.w(s-1) == "an") && !p.ts[i].poss {
		return 0, 0, false // "order a new chair": a thing
	}
	if weakRoles[p.w(i)] && s == i && !determiners[p.w(i-1)] && p.w(i-1) != "all" && !(i > 0 && isCount(p.ts[i-1])) {
		return 0, 0, false // "lead the huddle", "chair it"
	}
	e := i + 1
	if ofRoles[p.w(i)] && p.w(i+1) == "of" && i+2 < len(p.ts) && p.ts[i+2].k == kWord {
		k := i + 2
		if p.w(k) == "the" && k+1 < len(p.ts) && p.ts[k+1].k == kWord {
			k++ // "the president of the medical staff"
		}
		if !p.common(k) || p.ts[k].cap || orgWords[p.w(k)] {
			e = k + 1
			for e < len(p.ts) && e < k+3 && p.ts[e].k == kWord && (p.ts[e].cap && p.ts[e-1].cap ||
				k > i+2 && !p.common(e) && !npStop[p.w(e)] && !npBreak[p.w(e)] && !p.inAtom(e) && !p.person[e] && !isCueWord(p.w(e))) {
				e++ // "head of Revenue Cycle", "president of the medical staff"
			}
		}
	}
	if e == i+1 && !p.ts[i].poss {
		e = p.roleWhere(e)
	}
	return s, e, true
}

// ofRoles take what they head after "of": "chief of surgery", "chair of
// medicine", "VP of HR", "president of the medical staff".
var ofRoles = set("chief head vp svp evp director dean chair chairs president manager heads directors chiefs members")

// roleFollow are words that end a role's noun phrase besides the rule
// lexicon's stops: fillers and the verbs a person does ("the union stewards
// together", "the county EMS director um tomorrow", "the charge nurses
// letting them know").
var roleFollow = set(`um uh uhm er like together both letting who she he they will would can could should
	emailed wrote called said says wanted apiece each i i'd i'll i'm we we're we'll off out has had told approved
	signed agreed mentioned requested every tomorrow today tonight through into ever already still never finally can't cannot won't couldn't isn't wasn't doesn't didn't
	yeah yes ok okay thanks thx`)

// cSuite are the executive titles, which name one person even before a
// meeting noun ("the CFO meeting").
var cSuite = set("ceo cfo coo cmo cno cio cmio cto chro ciso cqo cco cso cdo cpo cnio gc")

// unitAbbrev reports an all-capitals unit or department abbreviation before
// a role ("the OR manager", "the ER nurses", "the IT director"): part of
// who, even where the lower-case word is a function word.
func unitAbbrev(t tok) bool {
	if len(t.raw) < 2 || len(t.raw) > 4 {
		return false
	}
	for _, r := range t.raw {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// unitSides name a hospital wing after its floor number ("5 East", "3 north").
var unitSides = set("north south east west")

// roleWhere extends a role ending before token e by where the person works:
// "the CNO at Mercy", "consultants from Huron", "the charge nurse on 5
// south", "the head nurse of the NICU". A lower-case word after the
// preposition is a topic, not a place ("the CNO about rates").
func (p *parser) roleWhere(e int) int {
	prep := p.w(e)
	if prep != "at" && prep != "from" && prep != "on" && prep != "of" && prep != "in" || e+1 >= len(p.ts) || p.ts[e].sent != p.ts[e-1].sent {
		return e
	}
	j := e + 1
	if p.w(j) == "the" && prep == "of" {
		j++
	}
	if j+1 < len(p.ts) && isDigit(p.ts[j].low) && unitSides[p.w(j+1)] {
		return j + 2
	}
	if prep == "in" && (p.w(j) == "room" || p.w(j) == "bed") && j+1 < len(p.ts) && isDigit(p.ts[j+1].low) {
		return j + 2 // "the family in room 412"
	}
	if prep == "on" || prep == "in" || j >= len(p.ts) || p.ts[j].k != kWord || !p.ts[j].cap || p.common(j) || p.isTimeStart(j) || p.isDayWord(j) {
		return e
	}
	k := j + 1
	for k < len(p.ts) && k < j+3 && p.ts[k].k == kWord && p.ts[k].cap && !p.ts[k-1].poss && !p.common(k) {
		k++
	}
	return k
}

// nameAfterTitle reports whether token j, after a title, reads as a name:
// capitalised, or a lower-case given name or surname ("doctor reyes"), not
// a word of the rules ("the chaplain schedule", "chaplain residency").
func (p *parser) nameAfterTitle(j int) bool {
	t := &p.ts[j]
	if t.cap || firstNames[t.w] || strings.HasSuffix(p.ts[j-1].raw, ".") {
		return true
	}
	if honorific[p.w(j-1)] && !p.common(j) && !notPerson[t.w] && !p.isTimeStart(j) && t.k == kWord && len(t.low) > 1 && !isDigit(t.low) {
		return true // "ms jones": after Dr/Mr/Ms, any word that is no rule word is a name
	}
	return !p.common(j) && !t.fixed && (phi.Surname(t.low) || phi.GivenName(t.low))
}

// honorific are titles that only ever come before a name.
var honorific = set("dr dr. mr mr. mrs mrs. ms ms. mx prof prof. sra sra. srta dra")

// contraction reports a word with a clitic ("i'm", "we'll", "don't"), as
// opposed to a name with an apostrophe ("O'Neil").
func contraction(low string) bool {
	k := strings.LastIndexAny(low, "'’")
	if k < 0 {
		return false
	}
	switch strings.TrimLeft(low[k:], "'’") {
	case "m", "ll", "re", "ve", "d", "s", "t":
		return true
	}
	return false
}

// listedPerson reports whether token j, after a name and a comma or
// "and", continues a list of people: the requester, a title, a mention or
// another capitalised given name.
func (p *parser) listedPerson(j int) bool {
	if j >= len(p.ts) {
		return false
	}
	t := &p.ts[j]
	return t.k == kMention || t.w == "i" || t.w == "me" || titles[t.w] || t.cap && p.givenName(j)
}

// nameList reports whether the capitalised word at i starts a list of
// capitalised words that ends with the writer ("Tavita, Bo and I", "Ana,
// Joe, and me") and holds at least one known given name: every word of such
// a list is a person.
func (p *parser) nameList(i int) bool {
	known := false
	for j := i; j < len(p.ts) && j < i+12; j += 2 {
		t := &p.ts[j]
		if t.k != kWord || !t.cap || p.common(j) || orgWords[t.low] || notPerson[t.w] || roleHeads[t.w] || t.poss {
			return false
		}
		known = known || p.givenName(j)
		sep := p.w(j + 1)
		if sep == "," && p.w(j+2) == "and" {
			j++
			sep = "and"
		}
		switch sep {
		case "and", "&":
			nx := p.w(j + 2)
			return known && (nx == "i" || nx == "me" || nx == "myself")
		case ",":
		default:
			return false
		}
	}
	return false
}

// leaveVerbs go somewhere: "pack for Denver" names a place.
var leaveVerbs = set("pack packing leave leaving head heading fly flying depart departing bound left")

// abbrevAt reports an all-capitals abbreviation at j in a message that is
// not itself in capitals ("with ED psych boarding hours", "submit to
// IRB"): a unit or an organisation, not a name.
func (p *parser) abbrevAt(j int) bool {
	if !unitAbbrev(p.ts[j]) {
		return false
	}
	for k := j - 3; k <= j+3; k++ {
		if k != j && k >= 0 && k < len(p.ts) && p.ts[k].k == kWord && len(p.ts[k].raw) > 2 && unitAbbrev(p.ts[k]) {
			return false // shouting: "PROCESS THE WIRE"
		}
	}
	return true
}

// shouting reports an all-capitals word near j: the message is shouted, so
// capitals say nothing about abbreviations.
func (p *parser) shouting(j int) bool {
	for k := j - 3; k <= j+3; k++ {
		if k != j && k >= 0 && k < len(p.ts) && p.ts[k].k == kWord && len(p.ts[k].raw) > 4 && unitAbbrev(tok{raw: p.ts[k].raw[:4]}) &&
			strings.ToUpper(p.ts[k].raw) == p.ts[k].raw {
			return true
		}
	}
	return false
}

// pluralDay reports a plural weekday ("thursdays"): a recurrence, not a name.
func pluralDay(w string) bool {
	_, ok := weekdays[strings.TrimSuffix(w, "s")]
	return ok && strings.HasSuffix(w, "s")
}

// givenName reports a word written as a name: a known given name (our
// list or the PHI gazetteers) that is no rule word.
func (p *parser) givenName(i int) bool {
	t := &p.ts[i]
	if t.k != kWord || t.fixed || determiners[p.w(i-1)] || notPerson[t.w] || orgWords[t.w] || roleHeads[t.w] || p.common(i) {
		return false
	}
	return firstNames[t.w] || phi.GivenName(t.low)
}

// isCueWord: verbs that start an ask never begin a role phrase.
func isCueWord(w string) bool {
	switch w {
	case "get", "send", "email", "tell", "ask", "meet", "cc", "call", "invite", "cancel", "move", "schedule",
		"reach", "remind", "reply", "respond", "forward", "need", "have", "let", "sign", "is", "are", "was":
		return true
	}
	return false
}

func (p *parser) isTimeWord(j int) bool {
	w := p.w(j)
	_, wd := weekdays[w]
	return wd || w == "today" || w == "tomorrow" || w == "tonight"
}

// slotName reads a bare name after a person-slot word: "send ingrid the
// memo", "meet farid about", "with Omar". Roles, titles and mentions are
// found on their own; this catches plain names.
func (p *parser) slotName(i int) (int, int, bool) {
	w := p.w(i)
	j := i + 1
	if (w == "reply" || w == "respond" || w == "reach" || w == "write") && p.w(j) == "to" {
		j++
	}
	for (w == "and" || w == "with") && (p.w(j) == "uh" || p.w(j) == "um" || p.w(j) == "uhm" || p.w(j) == "er") {
		j++ // "with Harold and uh Fatima"
	}
	if j >= len(p.ts) || p.ts[j].k != kWord {
		return 0, 0, false
	}
	t := &p.ts[j]
	if notPerson[t.w] || notPerson[t.low] || titles[t.w] || roleHeads[t.w] || p.common(j) || p.isTimeStart(j) || isDigit(t.low) || t.fixed ||
		orgWords[t.low] || pluralDay(t.low) || strings.ContainsAny(t.low, "0123456789") || p.abbrevAt(j) {
		return 0, 0, false
	}
	if listVerbs[t.w] && (w == "and" || w == "to") || contraction(t.low) || w == "to" && infinitiveLead[p.w(i-1)] {
		return 0, 0, false // "call Grainger and see if", "I'd like to skip the committee"
	}
	if t.cap && p.shouting(j) && !p.givenName(j) && !phi.Surname(t.low) {
		return 0, 0, false // "FOR ME TO CHECK IN WITH ...": capitals name nothing in shouted text
	}
	nx := p.w(j + 1)
	switch {
	case w == "from" || w == "for":
		// "the email from Wallace", "flowers for Gloria": only a
		// written given name, and "from" only after a message.
		full := !t.cap && !t.poss && j+1 < len(p.ts) && p.ts[j+1].k == kWord && !p.ts[j+1].cap && p.givenName(j) && phi.Surname(p.ts[j+1].low) &&
			!p.common(j+1) && !npStop[p.w(j+1)] // "a briefing for chiara rossi"
		if !full && (!t.cap || t.poss || !(p.givenName(j) || w == "from" && phi.Surname(t.low) && messageNoun(p.w(i-1))) || w == "from" && !senderOf(p.w(i-1))) ||
			full && w == "from" && !senderOf(p.w(i-1)) {
			return 0, 0, false
		}
	case firstNames[t.w] || p.givenName(j):
	case t.cap && p.ts[j].sent == p.ts[i].sent && !t.poss:
		// A capitalised word in a person slot, unless it starts a topic
		// ("send Vizient survey"): a name is followed by a function word.
		if !(nx == "" || determiners[nx] || npStop[nx] || nx == "," || nx == "." || nx == "know" || nx == "sent" || p.ts[j+1].k != kWord || p.ts[j+1].cap || p.timeAhead(j+1)) {
			return 0, 0, false
		}
		if p.callsOut(i) && !phi.Surname(t.low) && !p.shouting(j) && (j+1 >= len(p.ts) || !p.ts[j+1].cap || p.ts[j+1].k != kWord) {
			return j, j + 1, false // "call Medline", "a call w/ Quest": a one-word unknown caller is a firm
		}
	case (w == "and" || w == "n") && p.isPerson(i-1) && !t.cap && !p.ts[i-1].poss && (nx == "" || npStop[nx] || nx == "," || p.ts[j+1].k != kWord || p.timeAhead(j+1) || nx == "me") &&
		len(t.low) > 2 && !strings.ContainsAny(t.low, "'’-") && !meetingNouns[t.w] && !docNouns[t.w] &&
		!(len(t.low) > 4 && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing"))):
		// "coffee with oluwaseun and bartek next week": the list goes on
	case w == "send" || w == "reply" || w == "email" || w == "tell" || w == "meet" || w == "with" || w == "cc" || w == "ask" || w == "let" ||
		w == "ping" || w == "text" || w == "message":
		// Lower-case unknown word directly followed by the object
		// ("reply farid the locum question").
		if !(determiners[nx] || nx == "about" || nx == "re" || nx == "know" || nx == "to" && w != "send") ||
			len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !p.givenName(j) { // "a reply drafted to"
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if orgWords[t.w] {
		return 0, 0, false
	}
	e := j + 1
	for t.cap && e < len(p.ts) && e < j+3 && p.ts[e].k == kWord && p.ts[e].cap && !p.common(e) && !p.isTimeStart(e) &&
		!p.ts[e-1].poss && !notPerson[p.w(e)] && !contraction(p.ts[e].low) && !orgWords[p.ts[e].low] && !orgSuffix[p.ts[e].low] {
		e++ // "Ana Park", "Nguyen Thi Mai"
	}
	if w == "with" && partyNouns[p.w(i-1)] && !p.givenName(j) || w == "to" && !p.givenName(j) &&
		(placeVerbs[p.w(i-1)] || (p.w(i-1) == "it" || p.w(i-1) == "them") && placeVerbs[p.w(i-2)]) {
		return 0, 0, false // "the BAA with Optum", "upload them to SharePoint": a party or a place
	}
	if (w == "from" || w == "for") && cityZones[t.w] != "" {
		return 0, 0, false // "the expense report from Denver": a place
	}
	if !t.cap && e == j+1 && e < len(p.ts) && p.ts[e].k == kWord && !p.ts[e].cap && !t.poss && p.givenName(j) && phi.Surname(p.ts[e].low) &&
		!p.common(e) && !notPerson[p.w(e)] && !npStop[p.w(e)] && !p.isTimeStart(e) {
		e++ // "lunch w/ jamal henderson", "forward it to siobhan o'neill"
	}
	if (w == "from" || w == "for") && (e < len(p.ts) && (orgWords[p.ts[e].low] || orgSuffix[p.ts[e].low]) || len(t.raw) <= 4 && strings.ToUpper(t.raw) == t.raw && !p.shouting(j)) {
		return 0, 0, false // "from Maui Health", "anything from JC": an organisation
	}
	return j, e, true
}

// roomNoun end a place named after a person: "Sister Agnes Room".
var roomNoun = set("room hall building wing auditorium pavilion center centre lounge suite chapel library")

// callsOut reports a person slot at i that places a call or reaches out:
// "call X", "contact X", "a call with X", "reach out to X".
func (p *parser) callsOut(i int) bool {
	switch p.w(i) {
	case "call", "contact", "phone":
		return true
	case "with", "w/", "w":
		return p.w(i-1) == "call" || p.w(i-1) == "calls"
	case "to":
		return p.w(i-1) == "out" && (p.w(i-2) == "reach" || p.w(i-2) == "reaching")
	}
	return false
}

// listVerbs follow "and" or "to" as the next verb, not a next name:
// "call Grainger and see if they can", "reach out to Stryker and ask".
var listVerbs = set("see ask check find get make tell let call send follow confirm skip find figure look try have set book order")

// infinitiveLead put a verb, not a recipient, after "to": "I'd like to
// skip", "I need to move".
var infinitiveLead = set("like want wants need needs have has going able try trying love hate")

// partyNouns are agreements whose other side, after "with", is an
// organisation more often than a person: "the BAA with Optum".
var partyNouns = set("baa baas contract contracts agreement agreements mou amendment partnership account deal")

// placeVerbs put a thing somewhere: "upload them to SharePoint".
var placeVerbs = set("upload uploaded save saved post move add copy attach put file")

// orgSuffix end an organisation's name: "Maui Health", "Banner Medical".
var orgSuffix = set("health healthcare hospital hospitals medical clinic clinics center systems system inc llc associates partners network university labs")

// span joins the raw tokens [s, e) with single spaces.
func (p *parser) span(s, e int) string {
	if e-s == 1 {
		return p.ts[s].raw
	}
	var b strings.Builder
	for j := s; j < e; j++ {
		if j > s && p.possTime(j) {
			j = p.atomEndAt(j) - 1 // "agenda for Tuesday's retreat": no time in a subject
			continue
		}
		if j > s && b.Len() > 0 && !(p.ts[j].k == kPunct && (p.ts[j].w == "," || p.ts[j].w == ")")) {
			b.WriteByte(' ')
		}
		b.WriteString(p.ts[j].raw)
	}
	return b.String()
}

// isPerson reports whether token j is marked as part of a person, false
// outside the message.
func (p *parser) isPerson(j int) bool {
	return j >= 0 && j < len(p.person) && p.person[j]
}
