package phi

import (
	"unicode"
	"unicode/utf8"
)

// maxTwinWords bounds the words of a name written in another script.
const maxTwinWords = 4

// scriptTwin adds the same person's name written in another script in
// brackets next to a name just found, the way interpreters and records
// give both: "Rana Haddad (رنا حداد)", "Оксана Коваленко (Oksana
// Kovalenko)". A bracket holding nothing but words of a non-Latin script
// right after or around a name is that name.
func (s *scanner) scriptTwin(i, end int) {
	if s.is(end+1, '(') {
		// (the whole bracket: a run cut short by maxTwinWords is a sentence)
		if e := s.otherScriptRun(end+2, 1); e >= end+2 && s.is(e+1, ')') {
			s.addTwin(end+2, e)
		}
	}
	// (and the whole run before it: a run cut short is a sentence's end)
	if s.is(i-1, '(') && s.is(end+1, ')') && i >= 2 {
		if st := s.otherScriptRun(i-2, -1); st >= 0 && (st == 0 || s.toks[st].sp != 1 || !s.otherScript(st-1)) {
			s.addTwin(st, i-2)
		}
	}
}

// otherScriptRun returns the last (dir 1) or first (dir -1) token of a run
// of up to maxTwinWords words of a non-Latin script from token k on, or
// -1 when token k is none.
func (s *scanner) otherScriptRun(k, dir int) int {
	last := -1
	for n := 0; n < maxTwinWords && k >= 0 && k < len(s.toks) && s.otherScript(k); n++ {
		last = k
		if dir > 0 {
			if k+1 >= len(s.toks) || s.toks[k+1].sp != 1 {
				break
			}
		} else if s.toks[k].sp != 1 {
			break
		}
		k += dir
	}
	return last
}

// otherScript reports a word token whose first letter belongs to no Latin
// script: Cyrillic, Greek, Arabic, Hebrew, Hangul, Han, Devanagari and the
// rest.
func (s *scanner) otherScript(k int) bool {
	t := s.toks[k]
	if t.punct || t.nd > 0 || s.b[t.s] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRune(s.b[t.s:t.e])
	return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
}

// addTwin adds tokens i..end as a name, unless a block covers them.
func (s *scanner) addTwin(i, end int) {
	st, en := int(s.toks[i].s), int(s.toks[end].e)
	for _, c := range s.cands {
		if c.s < en && st < c.e && (c.t == blockType || c.t == Name) {
			return
		}
	}
	s.add(Name, st, en, priContext)
	s.names = append(s.names, cand{t: Name, s: st, e: en})
}
