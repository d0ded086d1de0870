package phi

import "sync"

// Lower-case names with no known given name ("write back to xiomara quispe
// (...)"): words in no word list, not shaped like derived English words and
// not one typo away from a listed word, with a cue that marks a person.

var commonWords = fieldsSet(commonWordList)

// rareWord reports a lower-case-able word token that is in no word list other
// than the given names: a plausible surname or unlisted given name.
func (s *scanner) rareWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.e-t.s < 2 {
		return false
	}
	if s.in(k, firstNames) && !s.in(k, ambiguousFirst) {
		return true
	}
	return s.toks[k].cls == 0 && !wordlike(s.w(k))
}

// misspelt reports a word of i..end that is a typo of a listed word; it is
// the costly check, so it runs last, on candidates only.
func (s *scanner) misspelt(i, end int) bool {
	for k := i; k <= end; k++ {
		if !s.toks[k].punct && s.toks[k].cls == 0 && typoOfListed(s.w(k)) {
			return true
		}
	}
	return false
}

// wordSuffixes are endings of English derived words ("delayed", "upgrading",
// "refurbishment") that rarely end a name.
var wordSuffixes = []string{"ed", "ing", "tion", "sion", "ment", "ness", "ity", "ly", "able", "ible", "ous",
	"ive", "ful", "less", "ize", "ise", "ance", "ence", "ogy", "ics", "ism", "ist", "ure", "ship", "ery", "ary"}

// wordlike reports a lower-case word that looks derived rather than a name.
func wordlike(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w[len(w)-1] {
	case 'd', 'g', 'n', 't', 's', 'y', 'e', 'l', 'm', 'p':
	default:
		return false // no listed suffix ends in this letter
	}
	for _, x := range wordSuffixes {
		if hasSuffix(w, x) {
			return true
		}
	}
	return false
}

// typoOfListed reports whether w is one edit (a letter dropped, added or two
// swapped) away from a listed word: "mrge", "prject", "liense" and "renwal"
// are misspellings, not surnames. It runs only on name candidates.
func typoOfListed(w string) bool {
	if len(w) < 4 || len(w) > 20 {
		return false
	}
	if _, ok := deletions()[w]; ok { // w lacks a letter of a listed word
		return true
	}
	var buf [24]byte
	listed := func(b []byte) bool { return lex[string(b)]&^uint64(firstNames) != 0 }
	for k := 0; k < len(w); k++ { // w has an extra letter
		if listed(append(append(buf[:0], w[:k]...), w[k+1:]...)) {
			return true
		}
	}
	for k := 0; k+1 < len(w); k++ { // two letters swapped
		b := append(buf[:0], w...)
		b[k], b[k+1] = b[k+1], b[k]
		if listed(b) {
			return true
		}
	}
	return false
}

// deletions indexes every listed word (not given names) of five letters or
// more with one letter removed, so "liense" finds "license" in one lookup.
// Built on first use: most processes never need it.
var deletions = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 8*len(lex))
	for w, bits := range lex {
		if bits&^uint64(firstNames) == 0 || len(w) < 5 {
			continue
		}
		for k := 0; k < len(w); k++ {
			m[w[:k]+w[k+1:]] = struct{}{}
		}
	}
	return m
})

// rareName parses a lower-case name of rare words at token i, allowing a
// middle initial, hyphens and particles; it returns the last token and the
// number of name words.
func (s *scanner) rareName(i int) (end, nw int) {
	end, _ = s.nameAt(i, true)
	last := -1
	for k := i; k <= end; k++ {
		t := s.toks[k]
		if t.punct || t.e-t.s == 1 || s.in(k, particle) || k > i && s.toks[k].sp == 0 {
			continue // initials, particles, the tails of "seo-yeon"
		}
		if !s.rareWord(k) {
			break
		}
		last, nw = k, nw+1
	}
	if last < 0 {
		return -1, 0
	}
	// extend over a hyphenated tail of the last word
	for last+2 < len(s.toks) && s.is(last+1, '-') && s.toks[last+1].sp == 0 && s.toks[last+2].sp == 0 && !s.toks[last+2].punct {
		last += 2
	}
	return last, nw
}

// lowerCue reports a cue around a lower-case name candidate i..end that marks
// it as a person: a possessive, bracket, colon or comma after it, a verb such
// as "died" or "has", or a preposition introducing it.
func (s *scanner) lowerCue(i, end int) bool {
	k := end + 1
	if k >= len(s.toks) {
		return true
	}
	if s.toks[k].punct {
		c := s.b[s.toks[k].s]
		if c == '\'' || c == ':' || c == ',' || c == '(' || c == ';' || c == ')' {
			return true
		}
	} else if s.in(k, followCue) {
		return true
	}
	p := s.w(i - 1)
	return p == "for" || p == "to" || p == "from" || p == "about" || p == "re" || p == "regarding" || p == "with"
}
