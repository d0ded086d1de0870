package intents

import (
	"context"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Rules is the offline parser. The zero value is ready to use. It
// tokenises a message once, reads its times with the time grammar, lets the
// embedded classifier choose the intent (the rule cues are among its
// features) and reads people, subject, times, priority and duration of the
// chosen ask with word lists and rules; it never looks anything up and keeps
// no state between calls (beyond a bounded cache of typo corrections).
type Rules struct{}

// parser holds the working state of one Parse call. Parsers are pooled so
// that a call allocates little.
type parser struct {
	text   string
	ts     []tok
	now    time.Time
	loc    *time.Location
	today  time.Time // civil date of now, as a UTC midnight
	atoms  []atom
	exprs  []expr
	person []bool
	cues   map[int]delegatebot.Intent
	feats  []uint32  // the classifier's hashed features
	noNone bool      // Guess: read the likeliest ask, never none
	memo   []cueMemo // cueAt per token, read several times a parse
	gitems []gitem   // the time grammar's items
	// content is where message content starts ("tell her she can start on
	// the 5th"): times after it are not the task's; -1 when none.
	content int
	// said is where words the writer wants said start ("tell her we need
	// it by the 15th"): even deadlines after it are the message's. -1 when
	// none.
	said int
	// shiftAt is the ask's relative move ("push it back an hour") when
	// shifted is set.
	shiftAt shift
	shifted bool
}

var pool = sync.Pool{New: func() any { return &parser{} }}

// maxText bounds the text read: longer messages are truncated, so a huge
// paste cannot make a parse slow.
const maxText = 4000

// Parse implements Parser.
func (Rules) Parse(ctx context.Context, text string, now time.Time) (delegatebot.Request, error) {
	return withParser(ctx, text, now, (*parser).parse)
}

// Guess reads text as the likeliest ask even when Parse finds none, for
// asking the user "did you want me to ...?" about a message Parse was
// unsure of. ok is false when no ask is readable at all.
func Guess(ctx context.Context, text string, now time.Time) (delegatebot.Request, bool, error) {
	r, err := withParser(ctx, text, now, func(p *parser) delegatebot.Request {
		p.noNone = true
		return p.parse()
	})
	return r, err == nil && r.Intent != delegatebot.IntentNone, err
}

// withParser runs fn on a pooled parser reset to text (truncated to maxText)
// and now.
func withParser(ctx context.Context, text string, now time.Time, fn func(*parser) delegatebot.Request) (delegatebot.Request, error) {
	if err := ctx.Err(); err != nil {
		return delegatebot.Request{}, err
	}
	if len(text) > maxText {
		text = text[:maxText]
	}
	p := pool.Get().(*parser)
	defer pool.Put(p)
	p.reset(text, now)
	return fn(p), nil
}

func (p *parser) reset(text string, now time.Time) {
	p.text, p.noNone = text, false
	p.now, p.loc = now, now.Location()
	y, m, d := now.Date()
	p.today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	p.ts = tokenize(text, p.ts[:0])
	p.atoms, p.exprs = p.atoms[:0], p.exprs[:0]
	p.shifted = false
	if cap(p.person) < len(p.ts) {
		p.person = make([]bool, len(p.ts))
	}
	p.person = p.person[:len(p.ts)]
	clear(p.person)
	clear(p.cues)
	if cap(p.memo) < len(p.ts) {
		p.memo = make([]cueMemo, len(p.ts))
	}
	p.memo = p.memo[:len(p.ts)]
	clear(p.memo)
}

func (p *parser) parse() delegatebot.Request {
	p.scanAtoms()
	c, ok, conf := p.decide()
	if !ok {
		return delegatebot.Request{Intent: delegatebot.IntentNone, Confidence: conf}
	}
	p.buildExprs()
	p.dropPersonalDates()
	askSent := p.ts[c.at].sent
	inAsk := func(s int) bool {
		return s == askSent || s > askSent && p.continues(s, c.in)
	}
	r := delegatebot.Request{Intent: c.in}
	inPeople := inAsk
	if c.in == delegatebot.IntentDraftReply {
		// The sender of the message replied to is often named just before.
		inPeople = func(s int) bool { return inAsk(s) || s == askSent-1 }
	}
	r.People = p.collectPeople(inPeople, c, c.in == delegatebot.IntentTravel)
	p.content = -1
	if w := p.w(c.at); c.in == delegatebot.IntentSend && (w == "tell" || w == "let" || w == "inform") {
		p.content = c.at
	}
	if c.in == delegatebot.IntentSend && p.content < 0 {
		p.content = p.sendContent(c.at)
	}
	p.said = -1
	if c.in == delegatebot.IntentSend || c.in == delegatebot.IntentDraftReply {
		p.said = p.saidStart(c.at)
	}
	if shiftable(c.in) {
		p.shiftAt, p.shifted = p.findShift(inAsk)
	}
	whenE, dueE := p.pickTimes(c.in, inAsk)
	if p.shifted {
		whenE = p.applyShift(p.shiftAt, whenE)
	}
	switch c.in {
	case delegatebot.IntentPrepareDoc, delegatebot.IntentDraftReply, delegatebot.IntentOrganizeDocs,
		delegatebot.IntentStatus, delegatebot.IntentTriage:
		// A document, a reply, a search does not happen at a time: a
		// time there is a deadline ("need it in 2 hours") or dates
		// something else.
		if dueE == nil && whenE != nil && (c.in == delegatebot.IntentPrepareDoc || c.in == delegatebot.IntentOrganizeDocs) &&
			(!whenE.inst.IsZero() || p.wantedBy(whenE)) {
			dueE = whenE
		}
		whenE = nil
	case delegatebot.IntentSend, delegatebot.IntentTask:
		if whenE != nil && p.servesEvent(whenE) && !(c.in == delegatebot.IntentTask && p.booksRoom(askSent)) {
			whenE = nil
		}
	}
	if whenE == nil && dueE == nil && (c.in == delegatebot.IntentCancelMeeting ||
		(c.in == delegatebot.IntentSchedule || c.in == delegatebot.IntentReminder) && p.pointsBack(askSent)) {
		// "the 3pm huddle is off. cancel it", "I want to attend their
		// huddle on Tuesday at 7:45. Put it on my calendar": the time is
		// the thing's, said a sentence or two before.
		for back := 1; back <= 2 && whenE == nil && askSent-back >= 0; back++ {
			whenE, _ = p.pickTimes(c.in, func(s int) bool { return s == askSent-back })
		}
	}
	if whenE == nil && dueE == nil && c.in == delegatebot.IntentReschedule && askSent > 0 && p.pointsBack(askSent) {
		// "She wants the plan update moved up to Thursday. Can you make
		// that happen?": the new time said just before.
		if w, _ := p.pickTimes(c.in, func(s int) bool { return s == askSent-1 }); w != nil && w.to {
			whenE = w
		}
	}
	r.When, r.Due = p.moment(whenE), p.moment(dueE)
	r.Subject = p.subject(c)
	r.Priority = p.priority(r.When, r.Due)
	switch c.in {
	case delegatebot.IntentSchedule, delegatebot.IntentReschedule, delegatebot.IntentCancelMeeting, delegatebot.IntentTask:
		r.DurationMinutes = p.duration(inAsk)
	}
	r.Confidence = clamp01(conf)
	r.Missing = missing(r)
	return r
}

// pointsBack reports an ask whose object is a pronoun or "then": "Put it on
// my calendar", "Remind me then".
func (p *parser) pointsBack(sent int) bool {
	for j := p.sentStart(sent); j < len(p.ts) && p.ts[j].sent == sent; j++ {
		switch p.w(j) {
		case "it", "that", "then", "this", "them", "those":
			if p.w(j) != "that" || p.w(j+1) == "" || p.ts[j+1].k != kWord || p.w(j+1) == "happen" || p.w(j+1) == "work" {
				return true
			}
		}
	}
	return false
}

// continues reports whether a sentence after the ask still belongs to it:
// it has no cue of its own, or one of the same intent ("find a slot").
func (p *parser) continues(s int, in delegatebot.Intent) bool {
	if p.cues == nil {
		p.cues = map[int]delegatebot.Intent{}
	}
	if v, ok := p.cues[s]; ok {
		return v == "" || v == in
	}
	var got delegatebot.Intent
	for i := range p.ts {
		if p.ts[i].sent != s || p.ts[i].k != kWord {
			continue
		}
		if c, ok := p.cueMemo(i); ok && c.conf >= 0.6 && !p.negated(i) {
			got = c.in
			break
		}
	}
	p.cues[s] = got
	return got == "" || got == in
}

// decide chooses the ask: the classifier picks the intent (or none), and
// the ask is the first live rule cue of that intent, else the rules' own
// cue relabelled, else the first content word. Without an embedded model
// the rule cues decide alone.
func (p *parser) decide() (cue, bool, float64) {
	rule, ok := p.classifyIntent()
	probs, have := p.learned(rule, ok)
	if !have {
		if !ok {
			return rule, false, p.noneConfidence()
		}
		return rule, true, rule.conf
	}
	best := 0
	for c := range probs {
		if probs[c] > probs[best] && !(p.noNone && Classes[c] == delegatebot.IntentNone) {
			best = c
		}
	}
	in, conf := Classes[best], probs[best]
	// Where the classifier and the rule cues disagree on whether there
	// is an ask at all, the reading is a guess: low enough that the bot
	// asks before acting and the optional LLM is consulted.
	if (in == delegatebot.IntentNone) == (ok && rule.conf >= 0.6) {
		conf = min(conf, disagree)
	}
	if in == delegatebot.IntentNone {
		return cue{}, false, conf
	}
	if ok && rule.in == in {
		if p.ts[rule.at].fixed {
			// The ask's verb is a typo correction: a guess, however
			// sure the classifier is of the rest.
			conf -= 0.1
		}
		return rule, true, conf
	}
	for i := range p.ts {
		if p.ts[i].k != kWord {
			continue
		}
		if c, found := p.cueMemo(i); found && c.in == in && !p.negated(i) && !p.statement(i) {
			return c, true, conf
		}
	}
	req := p.requestSentence()
	if ok && (req < 0 || p.ts[rule.at].sent >= req || p.sentenceOpens(rule.at)) {
		rule.in = in
		return rule, true, conf
	}
	// No cue of the intent, or only one in the background before the
	// request ("my 1:1 at 3 got moved. Could you rebook my flight"): the
	// ask is the request's sentence, read from its own cue if it has one.
	at := 0
	if req > 0 {
		at = p.sentStart(req)
		for i := at; i < len(p.ts) && p.ts[i].sent == req; i++ {
			if c, found := p.cueMemo(i); found && p.ts[i].k == kWord && !p.negated(i) {
				c.in = in
				return c, true, conf
			}
		}
	}
	for at < len(p.ts)-1 && (p.ts[at].k != kWord || politeWords[p.ts[at].w] || verbLead[p.ts[at].w] || frontLead[p.ts[at].w]) {
		at++
	}
	return cue{in: in, at: at, obj: at + 1}, true, conf
}

// sentenceOpens reports token i first in its sentence but for fillers,
// politeness and punctuation: an imperative ("Set it up for Wednesday").
func (p *parser) sentenceOpens(i int) bool {
	for j := p.sentStart(p.ts[i].sent); j < i; j++ {
		if !(p.ts[j].k != kWord || politeWords[p.ts[j].w] || verbLead[p.ts[j].w] || frontLead[p.ts[j].w]) {
			return false
		}
	}
	return true
}

// requestSentence is the sentence that asks: the first with a request's
// shape (please, "can you", "I need", a question), or -1. Context
// often comes first ("Back from rounds. ... Can we get the ops huddle on
// the books").
func (p *parser) requestSentence() int {
	for i := range p.ts {
		switch w := p.ts[i].w; w {
		case "please", "need", "needs", "?":
			if sw := p.w(p.sentStart(p.ts[i].sent)); w != "please" && w != "?" && (sw == "he" || sw == "she" || sw == "they") && p.statement(i) {
				continue // "She needs the slides by Friday.": someone else's need
			}
			return p.ts[i].sent
		case "can", "could", "would", "will":
			if n := p.w(i + 1); n == "you" || n == "we" || n == "someone" || n == "somebody" || n == "i" {
				return p.ts[i].sent
			}
		}
	}
	return -1
}

// cueMemo is one memoised cueAt result.
type cueMemo struct {
	done, ok bool
	c        cue
}

// cueMemo is cueAt, computed once per token and parse.
func (p *parser) cueMemo(i int) (cue, bool) {
	m := &p.memo[i]
	if !m.done {
		m.c, m.ok = p.cueAt(i)
		m.done = true
	}
	return m.c, m.ok
}

// disagree caps the confidence of a reading the rules and the classifier
// disagree on: under DefaultThreshold.
const disagree = 0.6

// noneConfidence is higher when the message is plainly chatter.
func (p *parser) noneConfidence() float64 {
	for i := range p.ts {
		if politeWords[p.ts[i].w] || p.ts[i].w == "thanks" || p.ts[i].w == "night" || p.ts[i].w == "morning" {
			return 0.85
		}
	}
	return 0.6
}

func clamp01(f float64) float64 {
	switch {
	case f < 0:
		return 0
	case f > 1:
		return 1
	}
	return f
}

var required = map[delegatebot.Intent][]string{
	delegatebot.IntentSchedule:      {"subject", "when"},
	delegatebot.IntentReschedule:    {"subject", "when"},
	delegatebot.IntentCancelMeeting: {"subject"},
	delegatebot.IntentDraftReply:    {"people", "subject"},
	delegatebot.IntentSend:          {"people", "subject"},
	delegatebot.IntentTriage:        nil,
	delegatebot.IntentPrepareDoc:    {"subject"},
	delegatebot.IntentOrganizeDocs:  {"subject"},
	delegatebot.IntentTravel:        {"subject", "when"},
	delegatebot.IntentReminder:      {"subject", "when"},
	delegatebot.IntentTask:          {"subject"},
	delegatebot.IntentStatus:        nil,
	delegatebot.IntentNone:          nil,
}

// Required lists the slots a ticket of intent i needs: "when" for anything
// that happens at a time, "people" for messages, "subject" for anything
// about a thing. The result is a fresh slice.
func Required(i delegatebot.Intent) []string {
	return append([]string(nil), required[i]...)
}

// missing names the required slots the request lacks. A deadline counts as
// a time for "when".
func missing(r delegatebot.Request) []string {
	var out []string
	for _, s := range required[r.Intent] {
		switch s {
		case "when":
			if r.When.IsZero() && r.Due.IsZero() {
				out = append(out, s)
			}
		case "people":
			if len(r.People) == 0 {
				out = append(out, s)
			}
		case "subject":
			if r.Subject == "" {
				out = append(out, s)
			}
		}
	}
	return out
}
