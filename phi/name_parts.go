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
