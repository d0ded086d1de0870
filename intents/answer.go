package intents

import (
	"context"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Answer reads a reply to a follow-up question about a request of intent in
// ("Thursday at 3", "Dr. Kim", "by Friday"): it extracts the slots the way
// Parse would inside an ask of that intent, without requiring the reply to
// be a request itself. Subject is the reply's text, trimmed, for when the
// question asked what the request is about.
func (Rules) Answer(ctx context.Context, text string, now time.Time, in delegatebot.Intent) (delegatebot.Request, error) {
	if len(text) > maxText {
		text = text[:maxText]
	}
	return withParser(ctx, text, now, func(p *parser) delegatebot.Request {
		return p.answer(text, in)
	})
}

// answer reads the slots of a reply as if inside an ask of intent in.
func (p *parser) answer(text string, in delegatebot.Intent) delegatebot.Request {
	p.scanAtoms()
	p.buildExprs()
	p.content = -1
	all := func(int) bool { return true }
	r := delegatebot.Request{Intent: in}
	r.People = p.collectPeople(all, cue{at: -1}, in == delegatebot.IntentTravel)
	whenE, dueE := p.pickTimes(in, all)
	r.When, r.Due = p.moment(whenE), p.moment(dueE)
	r.Subject = strings.Trim(strings.TrimSpace(text), ".!?")
	return r
}
