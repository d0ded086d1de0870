package phi

// Parts of a name said again that are also everyday words. repeatNames
// labels the later mentions of a found name's words, but not the words
// the scanner's lists hold: a month, a weekday, a modal verb ("May
// Fairweather ... ask May if she's ok", "Sunday Okonkwo ... yes Sunday is
// her first name"). listedPartRepeats takes those too, capitalised, where
// they cannot read as the word: not after a preposition of time or before
// a number ("in June", "Sunday 3/4"), not at a sentence's start unless a
// person's verb follows ("May I", "Will let them know"), and not as a word
// of another proper name ("the Vance Family Foundation").

// listedPartRepeats adds the capitalised listed words that repeat a word
// of a name found (ws), outside that name.
func (s *scanner) listedPartRepeats(ws []nameWordSpan) {
	for i := range s.toks {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.e-t.s < 3 || !s.listed(i) || !s.isUpperStart(i) {
			continue
		}
		w := s.w(i)
		for _, x := range ws {
			if x.w == w && x.upper && (int(t.s) < x.s || int(t.e) > x.e) {
				if s.partReads(i) && !s.claimed(int(t.s), int(t.e)) {
					s.add(Name, int(t.s), int(t.e), priContext)
				}
				break
			}
		}
	}
}

// nameWordSpan is a word of a name found, the name's extent, and whether
// the word is a capitalised listed word.
type nameWordSpan struct {
	w     string
	s, e  int
	upper bool
	lower bool // the name was found written in small letters
}

// partReads reports whether the listed word at token j, repeating a part
// of a name, reads as that name rather than as the word it also is.
func (s *scanner) partReads(j int) bool {
	if j+1 < len(s.toks) && s.toks[j+1].sp == 0 && (s.is(j+1, '-') || s.is(j+1, '/')) {
		return false // "June-July", "May/June"
	}
	if j > 0 && s.toks[j].sp == 0 && !s.toks[j-1].punct {
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

// timePreps put a month or a weekday after them: "in June", "by Sunday".
var timePreps = words("in", "on", "by", "for", "until", "till", "til", "since", "next", "this", "last", "every",
	"early", "late", "mid", "of", "from", "to", "through", "thru", "before", "after", "during", "each", "that",
	"around", "into")

// personVerbs say what a person named at a sentence's start does or is
// ("June asked for her husband", "Sunday is her first name").
var personVerbs = words("is", "was", "has", "had", "says", "said", "asked", "asks", "wants", "wanted", "called",
	"calls", "needs", "needed", "went", "got", "came", "left", "fell", "died", "passed", "refused", "declined",
	"agreed", "prefers", "likes", "knows", "lives", "lived", "stays", "stayed")

// invertedRecord parses a name written as records write it, surname first,
// at token i: "Church, Paul", "TOWER,BENJAMIN", "Walker,Mulugeta (MV...)",
// "West, Jean-Baptiste K". The surname may be an everyday word ("Church",
// "Pool") that no other pass takes for a name: the shape decides. The
// given name is a listed one in the surname's case, and the name ends
// there: at the end of a line or the message, before a bracket, a colon,
// a dash, a figure or a lower-case word, not before another capitalised
// word or a list ("Rose, Hunter, and Grace", "Boston, Paul and Ann").
// It returns the last token, or -1.
func (s *scanner) invertedRecord(i int) int {
	t := s.toks[i]
	if t.punct || t.nd > 0 || t.e-t.s < 2 {
		return -1
	}
	j := i
	for j+2 < len(s.toks) && (s.is(j+1, '-') || s.is(j+1, '\'')) && s.toks[j+1].sp == 0 && s.toks[j+2].sp == 0 &&
		!s.toks[j+2].punct && s.toks[j+2].nd == 0 {
		j += 2 // "Ramos-Vega", "O'Brien"
	}
	if !s.is(j+1, ',') || s.toks[j+1].sp != 0 {
		return -1
	}
	k := j + 2
	if k >= len(s.toks) || s.toks[k].sp == 2 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].e-s.toks[k].s < 2 {
		return -1
	}
	sur, given := s.gz(i), s.gz(k)
	if !(sur.sur >= 3 || sur.sur >= 1 && sur.word < 9 || !sur.isWord() && !s.listed(i) && !sur.isGiven()) || s.listed(i) && sur.sur < 3 ||
		sur.sur < 2 && t.e-t.s < 3 || sur.place && sur.sur < 3 || s.is(i-1, '.') && i >= 2 && s.toks[i-2].e-s.toks[i-2].s == 1 {
		return -1 // "Thanks, Paul", "(Harpreet, Amandeep)", "Nashville, Gaylord", "H. Ward, Sandy ..."; a census surname that is also a word stays ("Church, Paul")
	}
	if !given.isGiven() || given.word >= 12 || s.inAny(k, monthSet, weekdays) {
		return -1 // "7 West, Jan–Jun", "Kofi, Thu 11/27"
	}
	caps := isUpperTok(s.b[t.s:s.toks[j].e])
	if isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) != caps || !caps && (!s.titleCase(i) || !s.titleCase(k)) ||
		!caps && s.b[s.toks[j].e-1] >= 'A' && s.b[s.toks[j].e-1] <= 'Z' {
		return -1 // one case for both: "WEST, JEAN", "West, Jean" (not "QoQ, Karen")
	}
	e := k
	for n := 0; ; n++ {
		for e+2 < len(s.toks) && s.is(e+1, '-') && s.toks[e+1].sp == 0 && s.toks[e+2].sp == 0 && !s.toks[e+2].punct {
			e += 2 // "Jean-Baptiste"
		}
		// a second given name in the same case: "NGUYEN, THI HONG", "Zhang, Mei Ling"
		m := e + 1
		if n > 0 || m >= len(s.toks) || s.toks[m].sp != 1 || s.toks[m].punct || s.toks[m].nd > 0 || s.toks[m].e-s.toks[m].s < 2 ||
			isUpperTok(s.b[s.toks[m].s:s.toks[m].e]) != caps || !caps && !s.titleCase(m) || s.listed(m) {
			break
		}
		if g := s.gz(m); !(g.isGiven() || g.sur > 0 || !g.isWord()) || g.word >= 12 {
			break
		}
		e = m
	}
	// a middle initial
	if n := e + 1; n < len(s.toks) && s.toks[n].sp == 1 && s.toks[n].e-s.toks[n].s == 1 && s.toks[n].na == 1 && s.isUpperStart(n) {
		e = n
		if s.is(e+1, '.') && s.toks[e+1].sp == 0 {
			e++
		}
	}
	n := e + 1
	if n >= len(s.toks) || s.toks[n].sp == 2 {
		return e
	}
	w := s.w(n)
	switch {
	case s.toks[n].nd > 0:
	case s.toks[n].punct:
		if s.is(n, ',') && (s.isUpperStart(n+1) || s.w(n+1) == "and" || s.w(n+1) == "or" || s.w(n+1) == "plus") || s.is(n, '&') || s.is(n, '+') || s.is(n, '/') && s.toks[n].sp == 0 {
			return -1 // a list
		}
	case w == "and" || w == "or" || w == "&" || s.isUpperStart(n) && !caps:
		return -1
	}
	return e
}
