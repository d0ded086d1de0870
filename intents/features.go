package intents

import (
	"time"

	"github.com/delegatebot/delegatebot"
)

// zeroNow is the reference time of Features: the classifier's features do
// not depend on the date, but time atoms need one.
var zeroNow = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

// Feature namespaces: each feature is hashed with its kind first so that
// the word "call" and the character gram "call" differ.
const (
	fWord byte = iota + 1
	fBigram
	fChar
	fStem
	fFirst
	fCue
	fCueFirst
	fCueNeg
	fCueStmt
	fRule
	fShape
	fFirstSent
	fAskWord
	fAskCue
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

func (p *parser) add(h uint32) {
	p.feats = append(p.feats, h&(nFeatures-1))
}

func (p *parser) addStr(kind byte, s string) {
	p.add(hashStr(hashByte(fnvOffset, kind), s))
}

func (p *parser) addPair(kind byte, a, b string) {
	h := hashStr(hashByte(fnvOffset, kind), a)
	p.add(hashStr(hashByte(h, ' '), b))
}

// features computes the classifier's input for the message: word 1-2-grams
// (canonical spelling), character 3-5-grams of each word as written (robust
// to typos), stems, the first word of each sentence, the rule cues (every
// cue, the first one, negated and statement cues, and the rules' own
// choice) and the message's shape (question, length, mentions).
func (p *parser) features(rule cue, ruleOK bool) []uint32 {
	p.feats = p.feats[:0]
	prev := "<s>"
	sent := -1
	nWords := 0
	asking := false // the sentence holds a request marker: its words are the ask's
	var firstCue delegatebot.Intent
	for i := range p.ts {
		t := &p.ts[i]
		if t.sent != sent {
			sent, prev = t.sent, "<s>"
			asking = p.askMarked(i)
		}
		switch t.k {
		case kMention:
			p.addStr(fWord, "@mention")
			p.addPair(fBigram, prev, "@mention")
			prev = "@mention"
			continue
		case kChannel:
			p.addStr(fWord, "#channel")
			prev = "#channel"
			continue
		case kPunct:
			if t.w == "," || t.w == ":" || t.w == "-" {
				prev = t.w
			}
			continue
		case kSym:
			continue
		}
		nWords++
		w := t.w
		if isDigit(w) {
			w = "0"
		}
		p.addStr(fWord, w)
		p.addPair(fBigram, prev, w)
		if prev == "<s>" {
			p.addStr(fFirst, w)
			if sent == 0 {
				p.addStr(fFirstSent, w)
			}
		}
		p.addStr(fStem, stem(w))
		if asking {
			p.addStr(fAskWord, w)
		}
		p.charGrams(t.low)
		prev = w
		if c, ok := p.cueMemo(i); ok {
			in := string(c.in)
			switch {
			case p.negated(i):
				p.addStr(fCueNeg, in)
			case p.statement(i):
				p.addStr(fCueStmt, in)
			default:
				p.addStr(fCue, in)
				if asking {
					p.addStr(fAskCue, in)
				}
				if firstCue == "" {
					firstCue = c.in
					p.addStr(fCueFirst, in)
				}
			}
		}
	}
	p.addPair(fBigram, prev, "</s>")
	if ruleOK {
		p.addStr(fRule, string(rule.in))
		if rule.conf >= 0.6 {
			p.addStr(fRule, "strong:"+string(rule.in))
		}
	} else {
		p.addStr(fRule, "none")
	}
	p.shape(nWords)
	return p.feats
}

// charGrams adds the 3-, 4- and 5-grams of one word padded with < and >.
func (p *parser) charGrams(low string) {
	if len(low) > 24 {
		low = low[:24]
	}
	var buf [26]byte
	buf[0] = '<'
	n := copy(buf[1:], low) + 2
	buf[n-1] = '>'
	s := buf[:n]
	for g := 3; g <= 5; g++ {
		for i := 0; i+g <= len(s); i++ {
			h := hashByte(hashByte(fnvOffset, fChar), byte(g))
			for _, b := range s[i : i+g] {
				h = hashByte(h, b)
			}
			p.add(h)
		}
	}
}

// shape adds features of the message as a whole: a question mark, its
// length in words, whether it starts with a question word.
func (p *parser) shape(nWords int) {
	last := ""
	for i := len(p.ts) - 1; i >= 0; i-- {
		if p.ts[i].k == kPunct || p.ts[i].k == kWord {
			last = p.ts[i].w
			break
		}
	}
	if last == "?" {
		p.addStr(fShape, "question")
	}
	switch {
	case nWords <= 2:
		p.addStr(fShape, "len:1-2")
	case nWords <= 5:
		p.addStr(fShape, "len:3-5")
	case nWords <= 12:
		p.addStr(fShape, "len:6-12")
	case nWords <= 25:
		p.addStr(fShape, "len:13-25")
	default:
		p.addStr(fShape, "len:26+")
	}
	if len(p.atoms) > 0 {
		p.addStr(fShape, "time")
	}
}

// askMarkers are words that make their sentence a request to the assistant
// ("can you", "please", "I need", "could someone"): in a message with
// background, the sentence that asks.
var askMarkers = set("please pls plz kindly can could would need i'd let's someone anyone u you")

// askMarked reports whether the sentence starting at token i asks: it
// holds a request marker pair ("can you", "could someone", "I need",
// "I'd like", "please").
func (p *parser) askMarked(i int) bool {
	s := p.ts[i].sent
	for j := i; j < len(p.ts) && p.ts[j].sent == s; j++ {
		w := p.w(j)
		if !askMarkers[w] {
			continue
		}
		nx := p.w(j + 1)
		switch w {
		case "please", "pls", "plz", "kindly", "let's":
			return true
		case "can", "could", "would":
			if nx == "you" || nx == "u" || nx == "someone" || nx == "anyone" || nx == "we" {
				return true
			}
		case "need", "i'd":
			if p.w(j-1) == "i" || w == "i'd" || nx == "you" || nx == "u" || nx == "to" {
				return true
			}
		}
	}
	return false
}
