package intents

import "github.com/delegatebot/delegatebot"

// verbLead are words after which a noun-or-verb word ("email", "file",
// "schedule") is read as a verb.
var verbLead = set(`you to please and can could also just then kindly i'd let's now quickly hey so ok okay would
	i we gonna pls need want must should will i'll`)

// verbPos reports whether token i sits where an imperative verb can.
func (p *parser) verbPos(i int) bool {
	if i == 0 || p.ts[i-1].sent != p.ts[i].sent || p.ts[i-1].k != kWord {
		return true
	}
	return verbLead[p.ts[i-1].w]
}

// near reports whether one of ws occurs within n tokens after i in its sentence.
func (p *parser) near(i, n int, ws ...string) int {
	s := p.ts[i].sent
	for j := i + 1; j <= i+n && j < len(p.ts) && p.ts[j].sent == s; j++ {
		for _, w := range ws {
			if p.ts[j].w == w {
				return j
			}
		}
	}
	return -1
}

// cueAt reads the word at i as an intent cue. It returns the intent, where
// its object starts and a confidence.
func (p *parser) cueAt(i int) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	c := cue{at: i, obj: i + 1}
	mk := func(in delegatebot.Intent, conf float64) (cue, bool) {
		c.in, c.conf = in, conf
		return c, true
	}
	det := i > 0 && determiners[p.w(i-1)] && p.ts[i-1].sent == p.ts[i].sent
	switch w {
	case "schedule", "sched", "calendar":
		if det || p.w(i-1) == "on" || p.w(i-1) == "from" || p.w(i-1) == "off" || w == "calendar" && i > 0 {
			return c, false
		}
		switch p.nounClass(i + 1) {
		case ncTravel:
			return mk(delegatebot.IntentTravel, 0.8)
		case ncRoom:
			return mk(delegatebot.IntentTask, 0.75)
		}
		return mk(delegatebot.IntentSchedule, 0.9)
	case "reschedule", "resched", "postpone", "move", "push", "bump", "shift", "delay", "slide":
		if det {
			return c, false
		}
		if nx == "back" || nx == "out" || nx == "up" {
			c.obj++
		}
		switch p.nounClass(c.obj) {
		case ncTravel:
			return mk(delegatebot.IntentTravel, 0.8)
		case ncDoc:
			if w == "move" {
				return mk(delegatebot.IntentOrganizeDocs, 0.6)
			}
		}
		conf := 0.9
		if w == "slide" || w == "delay" {
			conf = 0.7
		}
		return mk(delegatebot.IntentReschedule, conf)
	case "change":
		if det {
			return c, false
		}
		switch p.nounClass(i + 1) {
		case ncTravel:
			return mk(delegatebot.IntentTravel, 0.85)
		case ncMeeting:
			return mk(delegatebot.IntentReschedule, 0.85)
		}
		if p.inSentence(i, "to", "instead") > 0 {
			return mk(delegatebot.IntentReschedule, 0.7)
		}
		return mk(delegatebot.IntentTask, 0.5)
	case "book", "reserve", "arrange", "organize", "organise", "set", "get", "need", "want", "needs", "rent", "hire":
		return p.genericCue(i, c)
	case "put":
		if nx == "together" {
			c.obj = i + 2
			return mk(delegatebot.IntentPrepareDoc, 0.85)
		}
		if j := p.near(i, 4, "reminder"); j > 0 {
			return p.remindCue(j, c)
		}
		if p.calendarPhrase(i, "on", "in", "onto") || p.near(i, 3, "hold") > 0 {
			return mk(delegatebot.IntentSchedule, 0.85)
		}
	case "add":
		if j := p.near(i, 4, "reminder"); j > 0 {
			return p.remindCue(j, c)
		}
		if p.calendarPhrase(i, "to", "on", "onto") {
			return mk(delegatebot.IntentSchedule, 0.85)
		}
	case "line", "pencil":
		if nx == "up" || nx == "in" {
			c.obj = i + 2
			return mk(delegatebot.IntentSchedule, 0.75)
		}
	case "shoot":
		if nx != "down" {
			if p.calendarPhrase(i, "from", "off") {
				return mk(delegatebot.IntentCancelMeeting, 0.85)
			}
			return mk(delegatebot.IntentSend, 0.7)
		}
	case "like":
		if p.w(i-1) == "i'd" || p.w(i-1) == "would" {
			return p.genericCue(i, c)
		}
	case "meet":
		if !det {
			if nx == "with" {
				c.obj++
			}
			return mk(delegatebot.IntentSchedule, 0.8)
		}
	case "sit":
		if nx == "down" {
			c.obj = i + 2
			return mk(delegatebot.IntentSchedule, 0.8)
		}
	case "find", "locate", "track", "dig", "pull":
		if (nx == "a" || nx == "some") && (p.w(i+2) == "time" || p.w(i+2) == "slot") || nx == "time" ||
			w == "find" && (isDigit(p.ts[min(i+1, len(p.ts)-1)].low) || numberWords[nx] > 0) && unitOf(p.w(i+2)) != 0 {
			return mk(delegatebot.IntentSchedule, 0.7)
		}
		if w == "pull" && nx == "together" {
			c.obj = i + 2
			return mk(delegatebot.IntentPrepareDoc, 0.85)
		}
		if nx == "down" || nx == "up" {
			c.obj++
		} else if w == "track" || w == "dig" || w == "pull" {
			return c, false
		}
		if p.nounClass(c.obj) == ncTravel {
			return mk(delegatebot.IntentTravel, 0.75)
		}
		return mk(delegatebot.IntentOrganizeDocs, 0.85)
	case "block", "hold", "invite":
		if !det && p.verbPos(i) {
			return mk(delegatebot.IntentSchedule, 0.75)
		}
	case "cancel", "scrap", "nix":
		if det {
			return c, false
		}
		if p.nounClass(i+1) == ncTravel {
			return mk(delegatebot.IntentTravel, 0.85)
		}
		return mk(delegatebot.IntentCancelMeeting, 0.95)
	case "call":
		if nx == "off" {
			c.obj++
			return mk(delegatebot.IntentCancelMeeting, 0.9)
		}
		if !det && p.verbPos(i) {
			return mk(delegatebot.IntentTask, 0.7)
		}
	case "clear", "remove", "delete", "drop", "take":
		if w == "clear" && (nx == "out" && p.nounClass(i+2) == ncInbox || p.nounClass(i+1) == ncInbox) {
			return p.tidyCue(i, c)
		}
		if p.calendarPhrase(i, "from", "off", "on") {
			return mk(delegatebot.IntentCancelMeeting, 0.9)
		}
		if w == "clear" && (p.nounClass(i+1) == ncMeeting || p.near(i, 2, "afternoon", "morning", "calendar", "day") > 0) {
			return mk(delegatebot.IntentCancelMeeting, 0.8)
		}
	case "grab":
		// "grab lunch with Dr. Ortiz" is a meeting; "grab lunch for me and
		// Dr. Ortiz" is ordering food.
		if det || !p.verbPos(i) {
			return c, false
		}
		switch {
		case p.nounClass(i+1) == ncMeeting && p.near(i, 3, "with", "w/") > 0:
			return mk(delegatebot.IntentSchedule, 0.75)
		case p.nounClass(i+1) == ncTravel:
			return mk(delegatebot.IntentTravel, 0.7)
		case p.near(i, 2, "lunch", "coffee", "breakfast", "dinner", "snacks", "food", "coffees", "lunches", "sandwiches", "pizza") > 0:
			return mk(delegatebot.IntentTask, 0.7)
		}
	case "decline":
		return mk(delegatebot.IntentCancelMeeting, 0.85)
	case "kill", "axe", "ditch", "skip":
		// Slang for cancelling, but only of a meeting: "kill the draft" is not.
		if p.nounClass(i+1) == ncMeeting || p.calendarPhrase(i, "from", "off", "on") {
			return mk(delegatebot.IntentCancelMeeting, 0.8)
		}
	case "can't", "cannot", "won't", "cant":
		if j := p.near(i, 3, "make", "attend"); j > 0 {
			c.obj = j + 1
			if p.w(c.obj) == "it" && p.w(c.obj+1) == "to" {
				c.obj += 2 // "I won't make it to grand rounds"
			}
			if p.proposesTime(i) {
				return mk(delegatebot.IntentReschedule, 0.7)
			}
			return mk(delegatebot.IntentCancelMeeting, 0.75)
		}
	case "reply", "respond", "answer":
		if det {
			return c, false
		}
		if nx == "to" || nx == "back" {
			c.obj++
		}
		return mk(delegatebot.IntentDraftReply, 0.9)
	case "draft", "write", "compose", "prepare", "prep", "create", "compile", "build", "produce", "make", "update", "revise", "finalize":
		return p.writeCue(i, c, det)
	case "send", "forward", "resend", "email", "e-mail", "message", "text", "slack", "ping", "tell", "inform",
		"notify", "let", "loop", "cc", "post", "share", "circulate", "distribute", "announce", "mail":
		return p.sendCue(i, c, det)
	case "remind", "reminder", "reminders", "nudge", "alert", "don't":
		return p.remindCue(i, c)
	case "triage":
		return mk(delegatebot.IntentTriage, 0.95)
	case "go", "look", "run", "sift", "work", "wade", "comb":
		if nx == "through" || nx == "thru" || nx == "over" && w == "go" {
			c.obj = i + 2
			switch p.nounClass(i + 2) {
			case ncInbox:
				return mk(delegatebot.IntentTriage, 0.9)
			case ncDoc:
				return mk(delegatebot.IntentOrganizeDocs, 0.6)
			}
		}
	case "clean", "cleanup", "tidy", "declutter", "sort", "summarize", "summarise", "skim", "archive", "flag":
		return p.tidyCue(i, c)
	case "inbox", "mailbox":
		if i == 0 || p.ts[i-1].sent != p.ts[i].sent {
			return mk(delegatebot.IntentTriage, 0.65)
		}
	case "file":
		if det || !p.verbPos(i) && p.w(i-1) != "me" {
			return c, false
		}
		switch p.nounClass(i + 1) {
		case ncExpense:
			return mk(delegatebot.IntentTask, 0.85)
		}
		return mk(delegatebot.IntentOrganizeDocs, 0.8)
	case "collect", "gather", "route", "upload", "scan", "save", "store", "rename", "sign":
		if det {
			return c, false
		}
		if w == "sign" && (nx == "up" || (nx == "me" || nx == "us") && p.w(i+2) == "up") {
			return p.registerCue(i, c)
		}
		return mk(delegatebot.IntentOrganizeDocs, 0.8)
	case "where":
		if nx == "are" && p.w(i+2) == "we" {
			c.obj = i + 3
			return mk(delegatebot.IntentStatus, 0.8)
		}
		if nx == "is" || nx == "are" {
			c.obj++
			return mk(delegatebot.IntentOrganizeDocs, 0.7)
		}
	case "where's":
		return mk(delegatebot.IntentOrganizeDocs, 0.7)
	case "do":
		if nx == "we" && p.w(i+2) == "have" {
			c.obj = i + 3
			return mk(delegatebot.IntentOrganizeDocs, 0.7)
		}
	case "travel", "fly":
		return mk(delegatebot.IntentTravel, 0.8)
	case "register", "registered", "registration", "enroll", "enrolled":
		return p.registerCue(i, c)
	case "order", "renew", "pay", "submit", "expense", "reimburse", "buy", "purchase", "print", "fax", "ship",
		"fix", "approve", "process", "handle", "contact", "confirm", "coordinate", "request", "research", "pick",
		"return", "fill", "review", "reach", "follow", "setup":
		return p.taskCue(i, c, det)
	}
	return p.statusCue(i, c, det)
}
