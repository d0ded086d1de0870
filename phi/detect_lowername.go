package phi

import (
	_ "embed"
	"strings"
)

//go:embed gazetteer/abbrev.txt
var abbrevList string

// The lower-case abbreviations of everyday words ("auth", "appt", "mgr"),
// from SCOWL by scripts/gen_phi_abbrev.py, less those the name lists hold:
// no dictionary of words lists them, but they are words. Registered as a
// lexicon list, they are listed words (a token's lex) for every pass that
// asks.
var abbrevWords = words(strings.Fields(abbrevList)...)

// abbreviations reports a name candidate i..end made only of such
// abbreviations of three letters or more, capitalised or not, with no title
// before it: "off Rte 9", "Auth pending", "Reg desk". (Two letters are as
// often initials or a nickname: "KM", "Mo".)
func (s *scanner) abbreviations(i, end int) bool {
	for k := i; k <= end; k++ {
		if s.is(k, '.') {
			continue
		}
		if s.toks[k].punct || s.toks[k].na < 3 || !s.in(k, abbrevWords) {
			return false
		}
	}
	return !s.afterHonorific(i)
}

// rareWord reports a word token that may be part of a lower-case name: in
// no word list of the scanner (the abbreviations above among them), not
// shaped like a derived English word, and either a given name that is no
// everyday word, a surname, or no dictionary word at all.
func (s *scanner) rareWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.e-t.s < 2 || t.lex != 0 {
		return false
	}
	g := s.gz(k)
	if lowerGiven(g) {
		return true
	}
	// (a surname the lists hold and no dictionary does is one whatever it
	// ends in: "lindqvist", "coulibaly")
	if g.proper && g.sur == 0 {
		// a given name the word table holds only because people bear it
		// ("aurelian"): no dictionary writes it in small letters
		return !wordlike(s.w(k)) && !foreignStop[s.w(k)]
	}
	return (!wordlike(s.w(k)) || g.sur > 0 && !g.isWord()) && (!g.isWord() || g.sur > 0 && g.word < 6) && !foreignStop[s.w(k)]
}

// surnameWord reports a listed surname that may follow a given name even
// though it is also a word: "jordan roe", "tova marsh".
func (s *scanner) surnameWord(k int) bool {
	g := s.gz(k)
	return !s.toks[k].punct && s.toks[k].nd == 0 && !s.listed(k) && (g.sur >= 2 && g.word < 12 || g.sur >= 1 && g.word < 6)
}

// lowerSurname reports a rare lower-case word at token k that the census
// and faker lists know as a surname and no dictionary lists as a word
// ("okonkwo", "pruitt"); of the scraped list only a word of six letters or
// more ("kuznetsov", not "vanco": clinical shorthand is in no dictionary).
func (s *scanner) lowerSurname(k int) bool {
	g := s.gz(k)
	return (g.sur >= 2 || g.sur == 1 && s.toks[k].e-s.toks[k].s >= 6) && !g.isWord() && s.rareWord(k)
}

// lowerSurnameAfter reports a frequent surname after the lower-case given
// name at token i that the rare-word test refuses because it is an English
// word too: the census list says it is a surname, the given name before it
// says it is one here.
func (s *scanner) lowerSurnameAfter(i int) bool {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].e-s.toks[k].s < 3 ||
		s.isUpperStart(k) || s.in(k, stopLower) {
		return false
	}
	if g := s.gz(i); !g.isGiven() && g.isWord() {
		return false
	}
	return s.gz(k).sur >= 3
}

// misspelt reports a word of i..end that is a typo of a frequent English
// word; it is the costly check, so it runs last, on candidates only.
func (s *scanner) misspelt(i, end int) bool {
	for k := i; k <= end; k++ {
		if !s.toks[k].punct && !s.listed(k) && typoOfWord(s.w(k)) {
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
// A verb's ending is one only on a stem the dictionary holds ("rebadging",
// "triaged") or on a slip of such a word ("admutting"): "xiaoming",
// "jiaying" end so and are names.
func wordlike(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, x := range suffixByLast[w[len(w)-1]] { // (none for most last letters)
		if hasSuffix(w, x) {
			return x != "ing" && x != "ed" || verbStem(w[:len(w)-len(x)]) || typoOfWord(w) || keySlipOfWord(w)
		}
	}
	return false
}

// verbStem reports a stem that an "-ing" or "-ed" ending was added to: a
// dictionary word as it is, with its silent "e" ("triag-ing"), with its
// last consonant undoubled ("plann-ed") or, typed with one letter short,
// doubled ("cal-ed").
func verbStem(b string) bool {
	g := gazetteer()
	n := len(b)
	if n < 2 || g.lookup(b).isWord() || g.lookup(b+"e").isWord() || g.lookup(b+b[n-1:]).isWord() {
		return true
	}
	return n >= 3 && b[n-1] == b[n-2] && g.lookup(b[:n-1]).isWord()
}

// suffixByLast indexes wordSuffixes by their last letter.
var suffixByLast = func() (t [256][]string) {
	for _, x := range wordSuffixes {
		t[x[len(x)-1]] = append(t[x[len(x)-1]], x)
	}
	return
}()

// typoOfWord reports whether w, itself no name and no word, is one edit (a
// letter added or two swapped) away from a frequent English word: such a
// word is a misspelling, not a surname. It runs only on name candidates.
func typoOfWord(w string) bool {
	if len(w) < 4 || len(w) > 20 {
		return false
	}
	gz := gazetteer()
	// a name or a word is no typo; a surname only the scraped list holds
	// may be one ("chek")
	if g := gz.lookup(w); g.given > 0 || g.sur > 1 || g.isWord() {
		return false
	}
	if c := calendarTypos.match(w); c != "" && w != c+"s" { // (not "fridays")
		return true // (calendarWords)
	}
	// Each variant's FNV hash is taken from the hash of the prefix it
	// shares with w, so only its tail is hashed; the variant is written
	// out only for the table look-up after the in-cache Bloom filter of
	// everyday words passes it.
	var pre [21]uint64 // pre[k]: hash of w[:k]
	pre[0] = fnvOffset
	for k := 0; k < len(w); k++ {
		pre[k+1] = (pre[k] ^ uint64(w[k])) * fnvPrime
	}
	tail := func(h uint64, t string) uint64 {
		for i := 0; i < len(t); i++ {
			h = (h ^ uint64(t[i])) * fnvPrime
		}
		return h
	}
	var buf [24]byte
	frequent := func(b []byte) bool { return gz.lookupBytes(b).word >= 6 }
	for k := 0; k < len(w); k++ { // w has an extra letter
		if gz.likelyCommon(tail(pre[k], w[k+1:])) && frequent(append(append(buf[:0], w[:k]...), w[k+1:]...)) {
			return true
		}
	}
	for k := 0; k+1 < len(w); k++ { // two letters swapped
		h := (pre[k] ^ uint64(w[k+1])) * fnvPrime
		h = (h ^ uint64(w[k])) * fnvPrime
		if gz.likelyCommon(tail(h, w[k+2:])) {
			b := append(buf[:0], w...)
			b[k], b[k+1] = b[k+1], b[k]
			if frequent(b) {
				return true
			}
		}
	}
	if !mayLackLetter(pre[len(w)]) {
		return false // no frequent word with a letter dropped (name_slip.go)
	}
	for k := 0; k <= len(w); k++ { // w lacks a letter
		for c := byte('a'); c <= 'z'; c++ {
			if gz.likelyCommon(tail((pre[k]^uint64(c))*fnvPrime, w[k:])) &&
				frequent(append(append(append(buf[:0], w[:k]...), c), w[k:]...)) {
				return true
			}
		}
	}
	return false
}

// lowerName parses a lower-case name candidate at token i: a given name
// that is no everyday word or a rare word, then up to two more rare words,
// initials or hyphenated tails.
func (s *scanner) lowerName(i int) (end, nw int) {
	if s.middleInitial(i + 1) {
		// a given name, a middle initial and a surname, whatever the
		// words also mean: "blair e. friend", "eamon m english"
		if e := s.givenPair(i, false); e > i+1 {
			return e, 2
		}
	}
	if e := s.wordGivenPair(i); e > i {
		return e, 2
	}
	if gazetteer().likelyCommon(s.hash(i)) {
		// an everyday word: the cheap test first (a filter: a given name
		// it passes by mistake, "layla", goes on below when a name word
		// may follow)
		if end, nw = s.givenWordName(i); nw > 0 || !s.rareNext(i) || s.gz(i).isCommonWord() {
			return end, nw
		}
	}
	g := s.gz(i)
	if g.isCommonWord() && !lowerGiven(g) {
		return s.givenWordName(i)
	}
	if !s.rareWord(i) {
		// a given name that is also a rarer word before a surname:
		// "tuan dinh", "patience kealoha"
		if e := s.givenPair(i, false); e > i {
			return e, 2
		}
		return -1, 0
	}
	return s.rareName(i)
}

// givenWordName parses a given name that is also an everyday word before
// a surname that is no word: "bud larsen", "faith okonkwo". The next
// word's cheap tests come first: most everyday words are followed by
// another.
func (s *scanner) givenWordName(i int) (end, nw int) {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct || s.toks[n].nd > 0 || s.toks[n].lex != 0 ||
		s.toks[n].e-s.toks[n].s < 3 || s.isUpperStart(n) || gazetteer().likelyCommon(s.hash(n)) {
		return -1, 0
	}
	if ng := s.gz(n); ng.sur == 0 || ng.isWord() || wordlike(s.w(n)) || !s.gz(i).isGiven() {
		return -1, 0
	}
	end = n
	for end+2 < len(s.toks) && (s.is(end+1, '-') || s.is(end+1, '\'')) && s.toks[end+1].sp == 0 && s.toks[end+2].sp == 0 && !s.toks[end+2].punct {
		end += 2 // "faith okonkwo-adeyemi"
	}
	return end, 2
}

// rareName parses a lower-case name of rare words at token i, allowing a
// middle initial, hyphens and particles; it returns the last token and the
// number of name words.
func (s *scanner) rareName(i int) (end, nw int) {
	end, _ = s.nameAt(i, true)
	last := -1
	for k := i; k <= end; k++ {
		t := s.toks[k]
		if k > i && t.sp == 0 && !t.punct && last >= 0 && t.e-t.s > 1 {
			if k-2 > last && s.apostropheHead(k-2) && s.toks[k-2].sp == 1 {
				nw++ // "concetta o'sullivan": a surname of its own after the given name
			}
			last = k // the tail of "o'neill" or "seo-yeon" after a name word
			continue
		}
		if t.punct || t.e-t.s == 1 || s.in(k, particle) || k > i && s.toks[k].sp == 0 {
			continue // initials, particles, the tails of "seo-yeon"
		}
		// (a word right after a particle is the surname it joins, whatever
		// else it means: "phan van long", "maria de souza")
		afterParticle := k > i+1 && s.in(k-1, particle) && s.toks[k].sp == 1 && last >= 0 && s.toks[k].lex == 0 && !s.gz(k).isCommonWord()
		if !afterParticle && (!s.rareWord(k) && !(k > i && s.surnameWord(k)) || k > i && s.toks[k].e-s.toks[k].s >= 5 && !s.surnameOfGiven(i, k) && s.slipWord(k)) {
			break // (a slip of the keyboard after a name is the next word: "faith wroet it")
		}
		last, nw = k, nw+1
	}
	if last < 0 {
		return -1, 0
	}
	if last == i && s.lowerSurnameAfter(i) {
		last, nw = i+1, 2 // "ines ward", "tomas hill": a common surname that is also a word
	}
	// extend over a hyphenated tail of the last word
	for last+2 < len(s.toks) && s.is(last+1, '-') && s.toks[last+1].sp == 0 && s.toks[last+2].sp == 0 && !s.toks[last+2].punct {
		last += 2
	}
	return last, nw
}

// rareNext reports a word after token i that no everyday-word filter
// holds: the cheap tests of a surname after it.
func (s *scanner) rareNext(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct || s.toks[n].nd > 0 || s.toks[n].lex != 0 {
		return false
	}
	return !gazetteer().likelyCommon(s.hash(n))
}

// wordNameCandidate reports an everyday lower-case word at token i that
// the gazetteers also list as a given name or a frequent surname ("rose",
// "faith", "wood", "price"), which may stand alone for a patient in a
// message about care; not a function word, a word of the scanner's cue
// lists, or a word after a determiner ("the young one").
func (s *scanner) wordNameCandidate(i int) bool {
	t := s.toks[i]
	if t.punct || t.nd > 0 || t.na < 3 || t.e-t.s < 3 || s.listedWord(i) || s.inAny(i-1, determiners, function) {
		return false
	}
	if g := s.gz(i); !(g.given >= 12 && g.given >= g.word+2 || g.sur >= 3 && g.word <= 11) {
		return false // a word far commoner than the name: "will", "long", "female"
	}
	if bedPeople[s.w(i)] || foreignStop[s.w(i)] {
		return false
	}
	return s.personFrame(i)
}

// personFrame reports what a person named at token i does next, or is
// done to them: "woods just extubated", "faith's bs", "price says", "rose
// in 7 is", "for frank", "tell dawn", "short (bed 3) left AMA"; not "hope
// the pump", "rose to 39".
func (s *scanner) personFrame(i int) bool {
	n := i + 1
	return s.is(n, '\'') && s.toks[n].sp == 0 || s.inAny(n, personVerbs) || bedVerbs[s.w(n)] || wordNameNext[s.w(n)] ||
		s.w(n) == "in" && s.bedAt(n) || wordNamePrev[s.w(i-1)] || s.bedHead(i) ||
		s.is(n, '(') && roomWords[s.w(n+1)] && n+2 < len(s.toks) && s.toks[n+2].nd > 0
}

// bedHead reports a word at the head of a line or a list item followed by
// a bed: a ward's list written by surname ("temple 12, bs 38", "knight,
// bed 15: sbp 82", "stone 8 mr# ...").
func (s *scanner) bedHead(i int) bool {
	if !(s.lineStart(i) || i > 0 && s.toks[i-1].punct && listMarks[s.b[s.toks[i-1].s]]) {
		return false
	}
	n := i + 1
	if s.is(n, ',') && s.toks[n].sp == 0 {
		n++
	}
	if roomWords[s.w(n)] && s.w(n) != "in" {
		n++ // "bed 15", "rm 4"
	}
	if n >= len(s.toks) || s.toks[n].sp != 1 {
		return false
	}
	t := s.toks[n]
	if t.nd == 0 || t.nd > 3 || t.na > 1 || t.punct {
		return false
	}
	// not a count or a time: "3 days", "2 pm"
	clock := (s.is(n+1, ':') || s.is(n+1, '/')) && n+2 < len(s.toks) && s.toks[n+2].sp == 0 && s.toks[n+2].nd > 0 // "12:30", "3/4"
	return !clock && !s.in(n+1, timeUnits) && !countNouns[s.w(n+1)]
}

// listMarks are the bytes that open a list item or a clause a ward's list
// starts a name at.
var listMarks = [256]bool{'-': true, '*': true, '>': true, ';': true, '|': true}

// wordNameNext and wordNamePrev are the words around an everyday word that
// make it someone: an adverb of what they just did, a verb of what is
// done to them.
var (
	wordNameNext = plainWords("just", "still", "now", "finally", "already", "again") // (the verbs are bedVerbs' and personVerbs')
	wordNamePrev = plainWords("for", "with", "give", "gave", "tell", "told", "call", "called", "visit", "visited", "sat",
		"moved", "transfer", "transferred", "discharge", "discharged", "admit", "admitted")
)

// wordGivenPair returns the surname's token after a lower-case given name
// at token i that is an everyday word too, or -1: a frequent given name
// (4,096 US births or more, as frequent a name as a word) before a
// surname of the first tier that is no very frequent word ("sky jones",
// "rich short", "cash foster"): both words mean something else too, so
// the model decides on the context. Not before a glued tail ("summers-andersen": the rare-word
// reading takes the whole name) nor of stop or function words ("will").
func (s *scanner) wordGivenPair(i int) int {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.isUpperStart(k) {
		return -1
	}
	if k+1 < len(s.toks) && s.toks[k+1].sp == 0 && (s.is(k+1, '-') || s.is(k+1, '\'')) {
		return -1
	}
	g, h := s.gz(i), s.gz(k)
	if !g.isWord() || g.given < 12 || g.given < g.word || h.sur < 3 || h.word > 13 ||
		s.inAny(i, stopLower, capStop, function) || s.inAny(k, stopLower, capStop, function) {
		return -1
	}
	return k
}
