package intents

import "github.com/delegatebot/delegatebot"

var doneWords = set(`done ready finished complete completed sent booked scheduled handled submitted filed moved
	cancelled canceled ordered renewed signed drafted prepared out through approved fixed sorted`)

// statusCue: questions about delegated work ("is X done yet?", "how's X
// coming along?", "status X", "what's open?").
func (p *parser) statusCue(i int, c cue, det bool) (cue, bool) {
	w, nx := p.w(i), p.w(i+1)
	c.kind, c.in, c.conf = ckStatus, delegatebot.IntentStatus, 0.85
	sentStart := i == 0 || p.ts[i-1].sent != p.ts[i].sent || p.ts[i-1].k != kWord ||
		p.w(i-1) == "so" || p.w(i-1) == "hey" || p.w(i-1) == "and" || p.w(i-1) == "also"
	switch w {
	case "status":
		if p.w(i-1) == "a" || p.w(i-1) == "weekly" || p.w(i-1) == "monthly" {
			return c, false
		}
		for p.w(c.obj) == "of" || p.w(c.obj) == "on" || p.w(c.obj) == "for" || p.w(c.obj) == "update" || p.w(c.obj) == "check" {
			c.obj++
		}
		return c, true
	case "how's", "how":
		if w == "how" {
			if nx != "is" && nx != "are" && nx != "about" {
				return c, false
			}
			c.obj++
		}
		if nx == "about" {
			return c, false
		}
		if p.near(i, 10, "coming", "going", "looking", "progressing", "doing") > 0 {
			return c, true
		}
	case "is", "are", "was", "has", "have", "were":
		if nx == "you" && (w == "have" || w == "has") {
			return p.didCue(i, c)
		}
		if sentStart && p.near(i, 10, doneList...) > 0 {
			return c, true
		}
	case "did":
		if nx == "you" || nx == "u" {
			return p.didCue(i, c)
		}
		if sentStart && (p.near(i, 8, "go") > 0 && p.near(i, 9, "out") > 0 || p.near(i, 8, "get") > 0 && p.near(i, 10, doneList...) > 0) {
			c.conf = 0.7
			return c, true
		}
	case "anything":
		if nx == "open" || nx == "outstanding" || nx == "pending" || nx == "left" {
			c.obj = len(p.ts)
			return c, true
		}
	case "stand", "stands":
		if p.w(i-1) == "things" || p.w(i-2) == "where" || p.w(i-1) == "where" || p.w(i-3) == "where" {
			c.obj = i + 2
			return c, true
		}
	case "any":
		if nx == "update" || nx == "updates" || nx == "news" || nx == "progress" || nx == "word" {
			c.obj = i + 2
			for p.w(c.obj) == "on" || p.w(c.obj) == "for" || p.w(c.obj) == "about" || p.w(c.obj) == "re" {
				c.obj++
			}
			return c, true
		}
	case "what's", "what":
		j := i + 1
		if w == "what" && (nx == "is" || nx == "are") {
			j++
		}
		switch p.w(j) {
		case "open", "pending", "outstanding", "left", "on", "in", "still":
			c.obj = len(p.ts)
			return c, true
		}
	case "show", "list":
		if p.near(i, 4, "tickets", "requests", "tasks", "items", "queue", "ticket", "todo", "to-dos") > 0 {
			c.obj = len(p.ts)
			return c, true
		}
	case "which":
		if nx == "of" && (p.w(i+2) == "my" || p.w(i+2) == "the") {
			c.obj = len(p.ts)
			return c, true
		}
	case "check":
		if nx == "on" || nx == "in" {
			c.obj = i + 2
			c.conf = 0.7
			return c, true
		}
		if p.nounClass(i+1) == ncInbox {
			c.in, c.kind, c.conf = delegatebot.IntentTriage, ckObj, 0.8
			return c, true
		}
	case "progress":
		c.conf = 0.6
		return c, true
	}
	return c, false
}

// didCue: "did you (ever) get X moved?", "have you sent X?".
func (p *parser) didCue(i int, c cue) (cue, bool) {
	j := i + 2
	for p.w(j) == "ever" || p.w(j) == "already" || p.w(j) == "manage" || p.w(j) == "to" {
		j++
	}
	c.obj = j + 1
	c.conf = 0.75
	return c, true
}

var doneList = keys(doneWords)

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
