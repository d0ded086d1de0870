package intents

import "github.com/delegatebot/delegatebot"

// genericCue handles verbs whose intent depends on their object: "book a
// flight" (travel), "book the auditorium" (task), "book a huddle" (schedule),
// "need the memo" (document), "set up a call" (schedule).
func (p *parser) genericCue(i int, c cue) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	mk := func(in delegatebot.Intent, conf float64) (cue, bool) {
		c.in, c.conf = in, conf
		return c, true
	}
	det := i > 0 && determiners[p.w(i-1)]
	switch w {
	case "set":
		if nx == "up" {
			c.obj = i + 2
		} else if p.near(i, 3, "reminder", "reminders") > 0 {
			return p.remindCue(p.near(i, 3, "reminder", "reminders"), c)
		} else {
			return c, false
		}
	case "get":
		if j := p.near(i, 6, "sign", "signed", "signature", "signatures", "signoff", "sign-off"); j > 0 {
			if p.w(i+1) != "to" {
				c.obj = j + 1
			}
			return mk(delegatebot.IntentOrganizeDocs, 0.85)
		}
		if p.nounClass(i+1) == ncMeeting && p.calendarPhrase(i, "on", "onto") || p.w(i+1) == "time" && p.w(i+2) == "with" {
			return mk(delegatebot.IntentSchedule, 0.75)
		}
		if nx == "me" && p.w(i+2) != "a" && p.w(i+2) != "the" {
			return c, false // "get me signed up": the next word is the cue
		}
		if p.nounClass(i+1) == ncTravel || nx == "me" && p.nounClass(i+2) == ncTravel {
			return mk(delegatebot.IntentTravel, 0.75)
		}
		if p.nounClass(i+1) == ncDoc || nx == "me" && p.nounClass(i+2) == ncDoc {
			// "get me the census report": a document to prepare.
			if nx == "me" {
				c.obj = i + 2
			}
			return mk(delegatebot.IntentPrepareDoc, 0.7)
		}
		return c, false
	case "need", "want", "needs", "like":
		if nx == "you" || nx == "to" || nx == "u" || det {
			return c, false
		}
	case "organize", "organise", "arrange":
	default:
		if det {
			return c, false
		}
	}
	k := p.nounClass(c.obj)
	if nx == "me" || nx == "us" {
		k = p.nounClass(c.obj + 1)
	}
	switch k {
	case ncTravel:
		return mk(delegatebot.IntentTravel, 0.9)
	case ncRoom:
		return mk(delegatebot.IntentTask, 0.85)
	case ncInbox:
		if w == "organize" || w == "organise" {
			return mk(delegatebot.IntentTriage, 0.85)
		}
	case ncMeeting:
		return mk(delegatebot.IntentSchedule, 0.85)
	case ncDoc, ncReply:
		switch w {
		case "need", "want", "needs", "like":
			return mk(delegatebot.IntentPrepareDoc, 0.75)
		case "organize", "organise", "arrange":
			return mk(delegatebot.IntentOrganizeDocs, 0.85)
		}
	case ncExpense:
		return mk(delegatebot.IntentTask, 0.7)
	}
	switch w {
	case "book", "set", "arrange":
		if p.near(i, 4, "with", "time", "minutes", "hour", "call") > 0 {
			return mk(delegatebot.IntentSchedule, 0.75)
		}
		if w == "set" {
			return mk(delegatebot.IntentTask, 0.55)
		}
		return mk(delegatebot.IntentSchedule, 0.55)
	case "reserve":
		return mk(delegatebot.IntentTask, 0.7)
	case "rent", "hire":
		return mk(delegatebot.IntentTask, 0.6)
	case "organize", "organise":
		return mk(delegatebot.IntentOrganizeDocs, 0.7)
	}
	return c, false
}

// proposesTime reports a proposed new time after "I can't make X" ("can it
// be Friday?", "move it to", "how about").
func (p *parser) proposesTime(i int) bool {
	for j := i + 1; j+1 < len(p.ts); j++ {
		w := p.ts[j].w
		if (w == "can" || w == "could") && (p.w(j+1) == "it" || p.w(j+1) == "we") ||
			w == "how" && p.w(j+1) == "about" || w == "instead" || w == "move" || w == "push" || w == "reschedule" {
			return true
		}
	}
	return false
}

// writeCue: "draft a reply" (reply), "draft an email to" (send), "draft the
// agenda" (document).
func (p *parser) writeCue(i int, c cue, det bool) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	mk := func(in delegatebot.Intent, conf float64) (cue, bool) {
		c.in, c.conf = in, conf
		return c, true
	}
	if det {
		return c, false
	}
	if w == "make" && nx == "sure" {
		return p.remindCue(i, c)
	}
	if (w == "write" || w == "draft") && nx == "up" {
		c.obj++
		return mk(delegatebot.IntentPrepareDoc, 0.85)
	}
	if w == "write" && p.w(i+2) == "back" && p.ts[i+1].k != kPunct {
		return mk(delegatebot.IntentDraftReply, 0.8) // "write Kevin back"
	}
	if w == "write" && (nx == "to" || nx == "back") {
		if nx == "back" {
			return mk(delegatebot.IntentDraftReply, 0.85)
		}
		return mk(delegatebot.IntentSend, 0.85)
	}
	switch p.nounClass(i + 1) {
	case ncReply:
		return mk(delegatebot.IntentDraftReply, 0.9)
	case ncInbox:
		return mk(delegatebot.IntentSend, 0.8)
	case ncDoc:
		return mk(delegatebot.IntentPrepareDoc, 0.9)
	}
	switch {
	case nx == "a" && (p.w(i+2) == "note" || p.w(i+2) == "message"):
		return mk(delegatebot.IntentSend, 0.75)
	case w == "make" || w == "update" || w == "build" || w == "revise" || w == "finalize":
		return mk(delegatebot.IntentPrepareDoc, 0.5)
	}
	return mk(delegatebot.IntentPrepareDoc, 0.7)
}

// sendCue: new messages to someone ("send", "email X", "let X know").
// Verbs that double as nouns count only in verb position.
func (p *parser) sendCue(i int, c cue, det bool) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	mk := func(in delegatebot.Intent, conf float64) (cue, bool) {
		c.in, c.conf = in, conf
		return c, true
	}
	if det {
		return c, false
	}
	if j := p.near(i, 12, "signature", "signatures", "signing", "signoff", "sign-off", "docusign", "e-signature"); j > 0 && (p.w(j-1) == "for" || w == "send" || w == "forward") {
		return mk(delegatebot.IntentOrganizeDocs, 0.8) // "send X to Y for signature": routing
	}
	switch w {
	case "send":
		if nx == "regrets" || nx == "my" && p.w(i+2) == "regrets" {
			return mk(delegatebot.IntentCancelMeeting, 0.8)
		}
		if nx == "me" && p.near(i, 3, "reminder") > 0 {
			return p.remindCue(p.near(i, 3, "reminder"), c)
		}
		return mk(delegatebot.IntentSend, 0.9)
	case "forward", "resend", "circulate", "distribute":
		return mk(delegatebot.IntentSend, 0.85)
	case "email", "e-mail", "message", "text", "slack", "ping", "mail", "post", "share", "cc", "notify", "inform":
		if !p.verbPos(i) {
			return c, false
		}
		if (w == "ping" || w == "text" || w == "message") && (nx == "me" || nx == "myself") {
			return p.remindCue(i, c)
		}
		return mk(delegatebot.IntentSend, 0.85)
	case "tell":
		if nx == "me" || nx == "us" {
			return c, false
		}
		return mk(delegatebot.IntentSend, 0.8)
	case "let":
		if j := p.near(i, 5, "know"); j > 0 && nx != "me" {
			return mk(delegatebot.IntentSend, 0.8)
		}
	case "loop":
		if p.near(i, 4, "in") > 0 {
			return mk(delegatebot.IntentSend, 0.75)
		}
	case "announce":
		return mk(delegatebot.IntentSend, 0.7)
	}
	return c, false
}

// remindCue: "remind me", "reminder", "nudge me", "don't let me forget",
// "make sure I". Reminding someone else is a message to them.
func (p *parser) remindCue(i int, c cue) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	c.at, c.kind, c.in, c.conf = i, ckRemind, delegatebot.IntentReminder, 0.9
	switch w {
	case "don't":
		if nx == "let" && (p.w(i+2) == "me" || p.w(i+2) == "us") && p.w(i+3) == "forget" {
			c.obj = i + 4
			return c, true
		}
		return c, false
	case "make":
		if nx == "sure" && (p.w(i+2) == "i" || p.w(i+2) == "we" || p.w(i+2) == "i'm") {
			c.obj = i + 3
			return c, true
		}
		return c, false
	case "remind":
		switch nx {
		case "me", "myself", "us":
			c.obj = i + 2
		case "about", "re", "to", "regarding", "on":
		default:
			if i+1 < len(p.ts) && (p.ts[i+1].k == kMention || p.ts[i+1].cap || titles[nx] || determiners[nx]) {
				c.in, c.conf, c.kind = delegatebot.IntentSend, 0.7, ckObj
			}
		}
		return c, true
	case "reminder", "reminders":
		c.obj = i + 1
		return c, true
	case "nudge", "alert", "ping", "text", "message":
		if nx == "me" || nx == "myself" {
			c.obj = i + 2
			c.conf = 0.8
			return c, true
		}
	}
	return c, false
}

// tidyCue: clean up / sort / summarise the inbox (triage), else documents.
func (p *parser) tidyCue(i int, c cue) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	if nx == "up" || nx == "out" || nx == "through" {
		c.obj++
	}
	k := p.nounClass(c.obj)
	switch {
	case k == ncInbox:
		c.in, c.conf = delegatebot.IntentTriage, 0.9
	case w == "archive" && (nx == "the" || nx == "all") && p.near(i, 2, "junk", "spam") > 0:
		c.in, c.conf = delegatebot.IntentTriage, 0.7
	case w == "flag":
		c.in, c.conf = delegatebot.IntentTriage, 0.55
	case w == "summarize" || w == "summarise":
		c.in, c.conf = delegatebot.IntentPrepareDoc, 0.7
	case w == "sort" || w == "clean" || w == "cleanup" || w == "tidy" || w == "clear":
		c.in, c.conf = delegatebot.IntentOrganizeDocs, 0.6
	default:
		return c, false
	}
	return c, true
}

// registerCue: conference registration is travel; other sign-ups are tasks.
func (p *parser) registerCue(i int, c cue) (cue, bool) {
	if p.w(i) == "registration" && (determiners[p.w(i-1)] || registrationState[p.w(i+1)]) {
		return c, false // "before registration closes": a deadline, not the ask
	}
	j := p.near(i, 3, "for", "to", "at")
	if j < 0 {
		j = p.near(i, 7, "for") // "register Dr. Mukherjee and me for the AAMC"
	}
	if j < 0 {
		j = i
	}
	c.obj = j + 1
	c.in, c.conf = delegatebot.IntentTravel, 0.85
	if p.near(i, 8, "class", "course", "training", "webinar", "portal", "account", "benefits", "parking", "cpr", "bls", "acls", "exam", "vote") > 0 {
		c.in, c.conf = delegatebot.IntentTask, 0.7
	}
	return c, true
}

// registrationState are words after "registration" that make it a noun.
var registrationState = set("closes closed ends ended opens opened is deadline fee fees link")

// taskCue: other delegable admin verbs.
func (p *parser) taskCue(i int, c cue, det bool) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	if det || w == "review" && !p.verbPos(i) {
		return c, false
	}
	switch w {
	case "reach":
		if nx != "out" {
			return c, false
		}
		c.obj = i + 2
	case "follow":
		if nx != "up" {
			return c, false
		}
		c.obj = i + 2
	case "pick", "fill":
		if nx != "up" && nx != "out" {
			return c, false
		}
		c.obj = i + 2
	case "update", "request", "return", "review", "process", "handle", "confirm":
		if !p.verbPos(i) {
			return c, false
		}
	}
	c.in, c.conf = delegatebot.IntentTask, 0.8
	if w == "review" || w == "handle" || w == "confirm" {
		c.conf = 0.6
	}
	return c, true
}
