package phi

// Case-free evidence for the name model. People type to the bot in lower
// case: then a name has no capital, and the capitalised shape features say
// nothing. What still tells a name from a word is what the gazetteers say
// of its words (a given name that is no everyday word, a surname, a word
// in no dictionary), the words around it and the message.
//
// The model therefore has two weights for each feature (the "frustratingly
// easy" domain adaptation of Daumé III, 2007): one shared by every
// candidate, and one that only a lower-case candidate adds. A feature
// that means the same in both cases keeps its weight in the shared half;
// where it means something else in lower case (an unknown word is a name
// when capitalised, more often a slip or jargon in lower case) the lower
// half learns the difference. Training adds a lower-cased copy of every
// message (namemodel_train_test.go), so both halves see the same people.

// nNameWeights is the number of weights: the shared ones, then the
// lower-case ones, feature by feature.
const nNameWeights = 2 * nNameFeatures

// caseScore adds to shared, the sum of the shared weights of the active
// features f of the candidate
// i..end, the lower-case weights for a candidate
// that starts with a small letter. With training on, it reports the
// candidate's weight indices.
func (s *scanner) caseScore(i, end int, f []uint16, shared float32) float32 {
	lower := !s.isUpperStart(i)
	s.noteScored(i, end)
	if s.train != nil {
		s.train(i, end, caseIndices(f, lower))
	}
	return caseZ(f, shared, lower)
}

// noteScored notes that the model scored the candidate i..end
// (detectCareNames leaves it alone).
func (s *scanner) noteScored(i, end int) {
	s.scored = append(s.scored, cand{t: Name, s: int(s.toks[i].s), e: int(s.toks[end].e)})
}

// caseZ is the score of features f whose shared weights sum to shared:
// for a lower-case candidate the lower-case weights are added.
func caseZ(f []uint16, shared float32, lower bool) float32 {
	z := shared // the shared weights of f, summed as they were added
	if lower {
		for _, k := range f {
			z += nameWeights[nNameFeatures+int(k)]
		}
	}
	return z
}

// caseIndices are the weight indices of features f: each feature's shared
// weight, and for a lower-case candidate its lower-case weight too.
func caseIndices(f []uint16, lower bool) []uint16 {
	out := append([]uint16(nil), f...)
	if lower {
		for _, k := range f {
			out = append(out, uint16(nNameFeatures+int(k)))
		}
	}
	return out
}

// nameWeightName names weight k in the weights file.
func nameWeightName(k int) string {
	if k >= nNameFeatures {
		return "lower:" + nameFeatureNames[k-nNameFeatures]
	}
	return nameFeatureNames[k]
}

// caseless reports a message typed without capitals: no capital letter
// in any word or identifier ("ED", "QHX4091" are capitals the writer
// typed, "Ann" too).
func (s *scanner) caseless() bool {
	for k := range s.toks {
		t := s.toks[k]
		if t.punct {
			continue
		}
		for _, c := range s.b[t.s:t.e] {
			if c >= 'A' && c <= 'Z' {
				return false
			}
		}
	}
	return true
}

// caseFreeFeatures adds features that do not depend on capitals: a
// single lower-case word of three letters or fewer at token first
// (jargon and acronyms typed in lower case, "roi", "ehr", are short; most
// short names are listed given names, which the gazetteer features weigh;
// a capitalised short word has its acronym and shape features), and "in" or "near" right
// before the candidate i, which names a place more often than a person
// ("her phone in Haifa", "lives near lowell").
func (s *scanner) caseFreeFeatures(fb *features, i, first, nw int) {
	if nw == 1 && s.toks[first].e-s.toks[first].s <= 3 && !s.isUpperStart(first) {
		fb.add(fShort)
	}
	if p := s.w(i - 1); p == "in" || p == "near" {
		fb.add(fPrevIn)
	}
}

// lowerStaffName parses a lower-case name after a staff title at token j
// ("dr. felix ambrosetti", "driver josé doherty", "sgt. kyle mahoney"):
// its first word a given name, a surname or no dictionary word, and no
// everyday word unless mostly a given name. The name pass skips it as it
// skips a capitalised one.
func (s *scanner) lowerStaffName(j int) (end, nw int) {
	if j >= len(s.toks) || s.toks[j].punct || s.toks[j].nd > 0 || s.isUpperStart(j) || s.listedWord(j) || s.toks[j].sp == 2 {
		return -1, 0
	}
	if g := s.gz(j); !(g.isGiven() || g.sur > 0 || !g.isWord()) || g.isCommonWord() && !lowerGiven(g) {
		return -1, 0
	}
	return s.nameAt(j, true)
}

// titledSurname reports a lower-case word after a title that the
// gazetteers know as a surname or a given name, or as no word at all:
// "mx. reddy", "mr. dobbins"; after a title that is no everyday word
// ("mrs", "mr", not "miss") any rarer word: "mrs pennyworth". Outside a
// personal message the model decides it, as it decides "Mx. Reddy".
func (s *scanner) titledSurname(i int) bool {
	g := s.gz(i)
	if g.sur > 0 || g.isGiven() || !g.isWord() {
		return true
	}
	t := i - 1
	if s.is(t, '.') {
		t--
	}
	return !g.isCommonWord() && s.toks[i].na >= 3 && s.in(t, honorifics) && s.w(t) != "miss" // (not "mr uh kowalchuk")
}

// gluedOn reports a word at token k that goes on, through a mark and no
// space, into more of the same string: the head of an email address, a
// handle or a domain ("leilani.k808@…", "j_smith"), which is no word of a
// sentence.
func (s *scanner) gluedOn(k int) bool {
	n := k + 1
	return n+1 < len(s.toks) && s.toks[n].sp == 0 && s.toks[n].punct && !s.is(n, '\'') && !s.is(n, '-') &&
		s.toks[n+1].sp == 0 && !s.toks[n+1].punct
}

// lowerInverted parses a lower-case inverted name at token i, as records
// and lists write a person and as people type them in lower case:
// "walker, tamsin", "hall, sky s", "o'connell, william j", "van der berg,
// marie-claude r", "park, min-ji". The surname is a listed surname or no
// dictionary word, the given name a listed given name (an everyday word
// too: "bond, price f") or no word at all; a middle initial may follow.
// Without the initial the name must end there (a stop word, punctuation,
// the end of the line), and a list ("rose, hunter, and grace") is none.
// It returns the last token, the number of name words and whether a
// middle initial ends it, or nw 0.
func (s *scanner) lowerInverted(i int) (end, nw int, initial bool) {
	j := i
	for n := 0; n < 2 && s.in(j, particle) && j+1 < len(s.toks) && s.toks[j+1].sp == 1; n++ {
		j++ // "van der berg"
	}
	if s.is(i-1, ',') || s.toks[j].punct || s.toks[j].nd > 0 || s.isUpperStart(j) {
		return -1, 0, false
	}
	last, ok := s.nameWord(j, true)
	if !ok || !s.is(last+1, ',') {
		return -1, 0, false
	}
	if g := s.nameGz(j); !(g.sur >= 2 || g.sur == 1 && !g.isCommonWord() || !g.isWord()) {
		return -1, 0, false
	}
	k := last + 2
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.isUpperStart(k) {
		return -1, 0, false
	}
	gl, ok := s.nameWord(k, true)
	if !ok || gl == k && s.in(k, stopLower) { // but "min-ji"
		return -1, 0, false
	}
	if g := s.gz(k); !(g.isGiven() || gl > k && !g.isCommonWord() || !g.isWord() && g.sur == 0) {
		return -1, 0, false
	}
	end = gl
	if n := end + 1; n < len(s.toks) && s.toks[n].sp == 1 && s.toks[n].e-s.toks[n].s == 1 && s.toks[n].na == 1 {
		// a middle initial: "j", "k.", and "a" or "i" only before punctuation or the line's end
		p := n + 1
		if s.is(p, '.') && s.toks[p].sp == 0 {
			return p, 2, true
		}
		if p >= len(s.toks) || s.toks[p].sp == 2 || s.toks[p].punct && !s.is(p, '\'') ||
			s.w(n) != "a" && s.w(n) != "i" {
			return n, 2, true
		}
	}
	n := end + 1
	if n < len(s.toks) && s.toks[n].sp < 2 && !s.toks[n].punct && !s.in(n, stopLower) {
		return -1, 0, false // the name goes on, or the words were no name
	}
	if s.gluedOn(end) {
		return -1, 0, false // "niece is leilani, leilani.k@…": an address's head, not a given name
	}
	if s.is(n, ',') && (s.w(n+1) == "and" || s.gz(n+1).isGiven()) || s.w(n) == "and" {
		return -1, 0, false // a list
	}
	return end, 2, false
}

// clinicalWordIn reports a word of the lower-case candidate i..end that
// names a drug, an illness or a procedure (the clinical vocabularies of
// the date pass, or a drug's USAN stem) and no given name or listed surname ("bayer", "whitlow"): in lower case
// nothing else tells "alprazolam" from a surname no list holds.
func (s *scanner) clinicalWordIn(i, end int) bool {
	for k := i; k <= end; k++ {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.e-t.s < 5 {
			continue
		}
		w := s.w(k)
		if (s.in(k, clinicalWords) || t.lex == 0 && conditionWords[w] || t.e-t.s >= 7 && drugEnding(w)) && !s.gz(k).isGiven() && s.gz(k).sur < 2 {
			return true
		}
	}
	return false
}

// ageFollows reports an age over 89 set off right after a candidate that
// ends at token end, as the age pass reads one after a found name ("mr
// okafor (93, broken wrist)", "mrs lund, 96,"): a titled person of that
// age is a patient however the message is typed. It tries the age pass's
// reading and takes back what it added.
func (s *scanner) ageFollows(end int) bool {
	n := len(s.cands)
	var ends [8]uint64
	saved := append(ends[:0], s.idEnds...)
	s.ageAfterName(end)
	found := false
	for _, c := range s.cands[n:] {
		found = found || c.t == Age
	}
	s.cands = s.cands[:n]
	copy(s.idEnds, saved)
	return found
}

// givenPair parses a lower-case given name and the surname after it at
// token j, and returns the last token or -1. The given name is one that
// is no everyday word ("tuan dinh", "patience kealoha", "crispin okafor"),
// or after a patient or relative trigger (trig) any given name ("pt river
// ramos"); a middle initial may follow it. The surname is a rare word and
// what the rare-word reading takes after it, or, after a trigger or a
// middle initial, a frequent census surname that is also a word ("pt star
// s. moon", "patient sung-min park"; after an initial any census surname:
// "tariq t. field").
func (s *scanner) givenPair(j int, trig bool) int {
	if j >= len(s.toks) || s.toks[j].punct || s.toks[j].nd > 0 || s.isUpperStart(j) {
		return -1
	}
	l, ok := s.nameWord(j, true) // "sung-min"
	if s.in(j, stopLower) || s.in(j, capStop) {
		// a stop word is a given name only before a middle initial: "jun f. monteiro"
		l, ok = j, s.middleInitial(j+1)
	}
	if !ok {
		return -1
	}
	k, initial := l+1, s.middleInitial(l+1)
	if initial {
		k++
		if s.is(k, '.') && s.toks[k].sp == 0 {
			k++
		}
	}
	// a middle initial makes a name of a given name that is also a word:
	// "hope z. bah", "jun f monteiro"; a name the dictionaries write only
	// capitalised ("hui", g.proper) is a given name before a rare surname
	// however few births the lists count
	if g := s.gz(j); !(g.isGiven() || g.proper) || !trig && !initial && (g.isCommonWord() || s.listed(j)) {
		return -1
	}
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.isUpperStart(k) {
		return -1
	}
	if e, n := s.rareName(k); n > 0 && !(s.toks[k].e-s.toks[k].s >= 5 && s.slipWord(k)) {
		return e // (not a slip of the keyboard: "faith wroet it")
	}
	if (trig && s.gz(k).sur >= 3 || initial && (s.gz(k).sur >= 2 || censusSurnames()[s.w(k)])) && !s.in(k, stopLower) && !s.in(k, capStop) {
		e, _ := s.nameWord(k, true)
		return e
	}
	return -1
}

// middleInitial reports a letter alone at token k, after a
// space, that may be a middle initial: not "a" or "i", and followed by a
// word or a dot (a small "u" only by a dot: "can u look" is "you").
func (s *scanner) middleInitial(k int) bool {
	return k+1 < len(s.toks) && s.toks[k].sp == 1 && s.toks[k].e-s.toks[k].s == 1 && s.toks[k].na == 1 &&
		s.w(k) != "a" && s.w(k) != "i" && (s.is(k+1, '.') && s.toks[k+1].sp == 0 || s.toks[k+1].sp == 1 && !s.toks[k+1].punct && s.b[s.toks[k].s] != 'u')
}

// lowerCoordinated is coordinated and sharedSurname for a name found in
// lower case at tokens i..end: a lower-case name joined to it by "and" or
// "&" shares its role ("orla quigley and teodor lupu"), and so does a
// lone given name before it ("chidi and ify nwosu"). The name after the
// "and" is read as any lower-case name is; the given name before needs
// to be a given name that is no everyday word, or no word at all.
func (s *scanner) lowerCoordinated(i, end int) {
	k := end + 1
	if s.is(k, '(') { // a note after the name: "orla quigley (mrn 55019287) and teodor lupu"
		for j := k + 1; j < len(s.toks) && j <= k+8 && s.toks[j].sp < 2; j++ {
			if s.is(j, ')') {
				k = j + 1
				break
			}
		}
	}
	if (s.w(k) == "and" || s.is(k, '&')) && k+1 < len(s.toks) && s.toks[k+1].sp == 1 &&
		!s.isUpperStart(k+1) && !s.listedWord(k+1) {
		if e, nw := s.lowerName(k + 1); nw > 0 && !s.staffAfter(e) && !s.deptAfter(e) && !s.orgLike(k+1, e) &&
			(nw > 1 || lowerGiven(s.gz(k+1))) && !s.misspelt(k+1, e) {
			s.add(Name, int(s.toks[k+1].s), int(s.toks[e].e), priContext)
		}
	}
	if end > i && (s.w(i-1) == "and" || s.is(i-1, '&')) && i >= 2 {
		k := i - 2
		t := s.toks[k]
		if t.punct || t.nd > 0 || s.isUpperStart(k) || s.listedWord(k) || s.toks[i-1].sp != 1 || t.e-t.s < 2 {
			return
		}
		if p := k - 1; p >= 0 && !s.toks[p].punct && !s.listed(p) && s.nameHead(p) {
			return // "anna ruiz and ify nwosu": two full names
		}
		if g := s.gz(k); lowerGiven(g) || g.given == 0 && !g.isWord() && !s.misspelt(k, k) {
			s.add(Name, int(t.s), int(t.e), priContext)
		}
	}
}

// theEverydayWord reports a lone word at token i after "the" that is an
// everyday word more than a given name ("at the Royal", "the grand
// opening"), in any case: a family goes by "the X family", "the Xs" or
// "the X's".
func (s *scanner) theEverydayWord(i int) bool {
	if i < 1 || s.toks[i-1].e-s.toks[i-1].s != 3 || s.w(i-1) != "the" {
		return false
	}
	g := s.gz(i)
	return g.isCommonWord() && !lowerGiven(g) && !s.inAny(i+1, relatives, kinPlural) && !s.possessive(i) &&
		s.w(i+1) != "boy" && s.w(i+1) != "girl"
}

// shouted reports a message typed in capitals only: two words of letters
// or more and none with a lower-case letter ("PAGED FOR MASON IN 3W-30"),
// so capitals say nothing of a word's being an acronym. One word alone
// in capitals is an acronym's shape still ("UDI (01)0088...").
func (s *scanner) shouted() bool {
	if s.shout < 0 {
		s.shout = 0
		words := 0
		for k := range s.toks {
			t := s.toks[k]
			if t.punct || t.na == 0 {
				continue
			}
			if hasLowerASCII(s.b[t.s:t.e]) {
				words = 0
				break
			}
			if t.na >= 2 && t.nd == 0 {
				words++
			}
		}
		if words >= 2 {
			s.shout = 1
		}
	}
	return s.shout == 1
}
