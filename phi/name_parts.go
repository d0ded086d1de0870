package phi

import "strings"

// Parts of a name said again. Once a message names someone in full ("May
// Fairweather", "Sunday Okonkwo"), the first name or the surname alone,
// capitalised again, is the same person ("ask May if she's ok"), even when
// the word is also a month, a weekday or a modal verb, which the name
// pass never takes alone. A part is not repeated where it reads as that
// word: after a preposition of time or before a number ("in June", "Sunday
// 3/4"), at a sentence's start unless a person's verb follows ("May I",
// "Will let them know"), or as a word of another proper name ("the Vance
// Family Foundation").

// nameParts adds a candidate for every other capitalised occurrence of a
// word of a kept full name, outside every kept value; it reports whether it
// added any.
func (s *scanner) nameParts(kept []cand) bool {
	added := false
	for _, c := range kept {
		if c.t != Name || c.e > len(s.lo) {
			continue
		}
		first, last := s.tokAt(c.s), s.tokAt(c.e)-1
		if words := s.wordCount(first, last); first >= len(s.toks) || words < 2 || words > 4 {
			continue
		}
		for k := first; k <= last; k++ {
			t := s.toks[k]
			if t.punct || t.nd > 0 || t.na < 3 || !isUpperASCII(s.b[t.s]) || k > first && s.toks[k].sp == 0 {
				continue // an initial, a hyphen's tail, a lower-case word
			}
			if w := s.lo[t.s:t.e]; !strings.Contains(s.lo[:c.s], w) && !strings.Contains(s.lo[c.e:], w) {
				continue // (said once: the common case, a fast search)
			}
			for j := range s.toks {
				if (j < first || j > last) && s.partAt(kept, k, j) {
					u := s.toks[j]
					s.cands = append(s.cands, cand{t: Name, s: int(u.s), e: int(u.e), pri: 0})
					added = true
				}
			}
		}
	}
	return added
}

// wordCount counts the word tokens of i..end that stand apart (not the
// tails of "Ji-woo", "O'Neill").
func (s *scanner) wordCount(i, end int) int {
	n := 0
	for k := i; k <= end && k < len(s.toks); k++ {
		if !s.toks[k].punct && (k == i || s.toks[k].sp > 0) {
			n++
		}
	}
	return n
}

// partAt reports whether token j repeats the name word at token k, as a
// word of its own, capitalised, outside every kept value, and not read as
// the everyday word it also is.
func (s *scanner) partAt(kept []cand, k, j int) bool {
	a, b := s.toks[k], s.toks[j]
	if b.e-b.s != a.e-a.s || s.b[b.s] != s.b[a.s] || s.lo[b.s:b.e] != s.lo[a.s:a.e] {
		return false
	}
	if j+1 < len(s.toks) && s.toks[j+1].sp == 0 && (s.is(j+1, '-') || s.is(j+1, '/')) {
		return false // "June-July", "May/June"
	}
	if j > 0 && s.toks[j].sp == 0 && !s.toks[j-1].punct {
		return false
	}
	if overlapsAny(kept, int(b.s), int(b.e)) {
		return false
	}
	if s.in(j, monthSet) || s.in(j, fullWeekdays) {
		if s.in(j-1, timePreps) || j+1 < len(s.toks) && (s.toks[j+1].nd > 0 || s.in(j+1, monthSet)) {
			return false // "in June", "Sunday 3/4", "Sunday, May 4"
		}
		if s.is(j+1, ',') && j+2 < len(s.toks) && (s.toks[j+2].nd > 0 || s.in(j+2, monthSet)) {
			return false
		}
	}
	if j+1 < len(s.toks) && s.toks[j+1].sp == 1 && s.isUpperStart(j+1) && !s.toks[j+1].punct ||
		j > 0 && s.toks[j].sp == 1 && s.isUpperStart(j-1) && !s.toks[j-1].punct && !s.sentenceStart(j) {
		return false // a word of another proper name: "the Vance Family Foundation", "Whitcombe Cancer Center"
	}
	if s.sentenceStart(j) && s.gz(j).isCommonWord() && !(s.inAny(j+1, personVerbs) || s.is(j+1, '\'')) {
		return false // "May I", "Will let his manager know": the word, unless a person's verb follows
	}
	return true
}

// personVerbs say what a person named at a sentence's start does or is
// ("June asked for her husband", "Sunday is her first name").
var personVerbs = words("is", "was", "has", "had", "says", "said", "asked", "asks", "wants", "wanted", "called",
	"calls", "needs", "needed", "went", "got", "came", "left", "fell", "died", "passed", "refused", "declined",
	"agreed", "prefers", "likes", "knows", "lives", "lived", "stays", "stayed")

// timePreps put a month or a weekday after them: "in June", "by Sunday".
var timePreps = words("in", "on", "by", "for", "until", "till", "til", "since", "next", "this", "last", "every",
	"early", "late", "mid", "of", "from", "to", "through", "thru", "before", "after", "during", "each", "that",
	"around", "into")
