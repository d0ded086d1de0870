package phi

import _ "embed"

// A found name often stops one word short: the pass that took it ended
// at a surname that is also a word ("jeanne power, 90yo", "April Price's
// chart"), at a particle it does not know ("Drew de los Santos"), at a
// hyphen ("bloom-castle"), or it took one half of a name written surname
// first ("Srey, Chanthou", "whitcombe, delphine"). A name cut short leaks
// its rest, which is as bad as no finding. extendNames carries each found
// name that ends on a given name over the surname after it, when the words
// after that surname close the name (a clause ending, a bracket, a
// possessive, a figure, a verb or a label of the person), and a half of a
// surname-first name over the other half.

// surnameParticles begin a surname of several words: "de los Santos",
// "van der Berg", "Mac an tSaoir", "ten Brink", "dela Cruz". The list is
// wider than the name pass's particles (detect_name.go): it is read only
// after a name already found, where the surname must also close the name.
var surnameParticles = small("de", "del", "dela", "della", "delle", "di", "da", "das", "do", "dos", "du", "des", "la", "las",
	"le", "les", "los", "lo", "van", "von", "der", "den", "ter", "ten", "te", "op", "het", "mac", "mc", "an", "ni", "nic",
	"bin", "binti", "bint", "ibn", "al", "el", "abu", "st", "san", "santa", "y", "e")

// leadParticles are the particles of two letters that begin a surname on
// their own, in small letters or capitalised: "da Silva", "Du Bois", "Le
// Blanc" (not "do", "an", "te": words of their languages first).
var leadParticles = small("de", "da", "di", "du", "le", "la", "el", "al", "st", "mc")

// smallParticle reports a particle at token p in small letters before the
// capitalised surname at token i: "de la Cruz", "van der Berg".
func (s *scanner) smallParticle(p, i int) bool {
	return !s.isUpperStart(p) && s.isUpperStart(i) && !isUpperTok(s.b[s.toks[i].s:s.toks[i].e])
}

// extendNames extends the names found (s.names[from:]) over a following
// surname, a given name or particles before, and the parts of a word a
// hyphen (before it, an apostrophe too) joins to them ("Ortiz-Vega" found
// as "Vega", "ty'shawn" as "shawn").
func (s *scanner) extendNames(from int) {
	for n := from; n < len(s.names); n++ {
		c := s.names[n]
		i := s.tokAt(c.s)
		for i < len(s.toks) && int(s.toks[i].s) < c.s {
			i++
		}
		end := i
		for end+1 < len(s.toks) && int(s.toks[end+1].e) <= c.e {
			end++
		}
		if i >= len(s.toks) || int(s.toks[i].s) != c.s || int(s.toks[end].e) != c.e || s.toks[end].punct {
			continue
		}
		e := s.surnameAfter(i, end)
		if e <= end {
			e = s.givenAfterComma(i, end)
		}
		if e <= end {
			e = s.initialSurnameAfter(i, end)
		}
		if e <= end {
			e = s.wordSurnameAfter(i, end)
		}
		b := i
		if e <= end {
			e = end
			b = s.surnameBeforeComma(i, end)
		}
		if b == i {
			b = s.givenBefore(i, end)
		}
		if b == i && e == end {
			b = s.wordGivenBefore(i, end)
		}
		if b == i && i > 0 && s.toks[i].sp == 1 && s.surnameWordOK(i, i-1) && s.joinedSurname(i-1) {
			b = i - 1 // "Running Bear" found as "Bear": the surname lists hold "runningbear"
		}
		if b == i && s.lowerInitialBefore(i) {
			b = i - 2 // "e. papadopoulos" found as "papadopoulos"
		}
		b, e = s.joinedStart(b), s.hyphenedEnd(e)
		if b == i {
			b = s.saintStart(i, e) // "St. Pierre" found as "Pierre"
		}
		if e == end && b == i {
			continue
		}
		st, en := int(s.toks[b].s), int(s.toks[e].e)
		for k := range s.cands {
			if s.cands[k].t == Name && s.cands[k].s == c.s && s.cands[k].e == c.e {
				s.cands[k].s, s.cands[k].e = st, en
			}
		}
		s.names[n].s, s.names[n].e = st, en
	}
}

// lowerInitialBefore reports a lower-case initial and its point right
// before the lower-case name at token i ("e. papadopoulos"), not a run of
// them ("e.g.", "p.m.") nor "a." or "i.".
func (s *scanner) lowerInitialBefore(i int) bool {
	if i < 2 || s.isUpperStart(i) || s.toks[i].sp != 1 || !s.is(i-1, '.') || s.toks[i-1].sp != 0 {
		return false
	}
	t := s.toks[i-2]
	if t.punct || t.e-t.s != 1 || t.na != 1 || s.isUpperStart(i-2) || s.w(i-2) == "a" || s.w(i-2) == "i" {
		return false
	}
	return i-2 == 0 || s.toks[i-2].sp > 0 && !s.is(i-3, '.')
}

// givenBefore returns the first token of a given name, or of surname
// particles, written right before the found name i..end when that name
// starts with a surname or an initial ("marguerite okonjo" found as
// "okonjo", "hee-jin castellanos", "della rosa", "June K. Abara" found as
// "K. Abara"), or i. The given name must be one of the lists or no word of the
// dictionary and of no list ("almaz"), or two words joined by a hyphen,
// one of them such ("hee-jin", "min-jun"); in the case of the name, no
// word of the sentence, and nothing found there already.
func (s *scanner) givenBefore(i, end int) int {
	if s.toks[i].sp != 1 || i == 0 {
		return i
	}
	if g := s.gz(i); g.isGiven() && g.sur == 0 && !censusSurnames()[s.w(i)] && s.toks[i].na > 1 {
		return i // a given name found alone: the word before is no given name of it
	}
	b, p := i, i-1
	// particles: "van der", "della", "de la"; in small letters before a
	// capitalised surname too ("de la Cruz", "le Roux"), not before a given
	// name and a surname ("la visita de María López")
	surnameFirst := end == i || !s.gz(i).isGiven()
	for np := 0; np < 3 && p >= 0 && s.toks[p+1].sp == 1 && s.tokIn(p, &surnameParticles) && s.toks[p].na >= 2 && (s.sameCase(i, p) || surnameFirst && s.smallParticle(p, i)); np++ {
		b, p = p, p-1
	}
	// (the particles alone: of three letters or more, two of them, or one
	// of leadParticles: "della rosa", "van Dijk", "de la Cruz", "da Silva",
	// "Du Bois")
	alone := b < i && (s.toks[b].na >= 3 || b < i-1 || s.tokIn(b, &leadParticles))
	if p < 0 || s.toks[p+1].sp != 1 || !(s.invertedWordOK(p) || s.joinedPair(p-2)) || !(s.sameCase(i, p) || b < i && s.smallParticle(b, i) && s.isUpperStart(p)) {
		if alone {
			return b
		}
		return i
	}
	q := p
	for q >= 2 && s.is(q-1, '-') && s.toks[q].sp == 0 && s.toks[q-1].sp == 0 && (s.invertedWordOK(q-2) || s.joinedPart(q-2)) {
		q -= 2 // "min-jun", "hee-jin"
	}
	g := s.gz(p)
	ok := g.isGiven() || s.unlistedWord(p) // "almaz cole"
	if q < p {
		ok = false
		for k := q; k <= p; k += 2 {
			if g := s.gz(k); g.isGiven() || !g.isWord() {
				ok = true
			}
		}
	}
	if !ok {
		if alone {
			return b
		}
		return i
	}
	return q
}

// initialSurnameAfter returns the last token of a middle initial and a
// surname right after the found name i..end ("Marisol T. Street", "ignatius
// d. field", "Anh K. Lane"), or end. After a name and an initial, a
// surname may be a word of the language or of a street; it must be in the
// name's case and close the name.
func (s *scanner) initialSurnameAfter(i, end int) int {
	k := end + 1
	if k+1 >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].na != 1 || s.toks[k].nd != 0 {
		return end
	}
	n := k + 1
	if s.is(n, '.') && s.toks[n].sp == 0 {
		n++
	} else if !s.isUpperStart(k) || !s.isUpperStart(i) {
		return end // "casey a park": an article, not an initial
	}
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct || s.toks[n].nd > 0 || s.toks[n].na < 2 || !s.sameCase(i, n) ||
		s.inAny(n, stopLower, relatives, monthSet, weekdays) { // a title may be a surname here: "hope k. nurse"
		return end
	}
	if s.claimed(int(s.toks[n].s), int(s.toks[n].e)) && !s.nameAt0(n) {
		return end
	}
	e := s.hyphenedEnd(n)
	if !s.nameClosed(e + 1) {
		return end
	}
	return e
}

// joinedStart returns the first token of the word at token k and the
// words joined before it by a hyphen or an apostrophe, no blank between
// ("ramos-vega", "o'brien", "d'amato"); a number or a mark stops it.
func (s *scanner) joinedStart(k int) int {
	for k >= 2 && (s.is(k-1, '-') || s.is(k-1, '\'')) && s.toks[k].sp == 0 && s.toks[k-1].sp == 0 && !s.toks[k-2].punct && s.toks[k-2].nd == 0 {
		k -= 2
	}
	return k
}

// hyphenedEnd returns the last token of the word at token k and the words
// joined to it by hyphens, no blank between ("bloom-wells", "min-jun").
func (s *scanner) hyphenedEnd(k int) int {
	for k+2 < len(s.toks) && s.is(k+1, '-') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 && !s.toks[k+2].punct && s.toks[k+2].nd == 0 {
		k += 2
	}
	return k
}

// asciiWord reports a word of ASCII letters only.
func asciiWord(v []byte) bool {
	for _, c := range v {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// sameCase reports token k written in the case of the name's first token
// i: all capitals, a capital first, or all small letters.
func (s *scanner) sameCase(i, k int) bool {
	ti, tk := s.toks[i], s.toks[k]
	capsI := ti.e-ti.s > 1 && isUpperTok(s.b[ti.s:ti.e])
	capsK := tk.e-tk.s > 1 && isUpperTok(s.b[tk.s:tk.e])
	switch {
	case capsI:
		return capsK
	case s.isUpperStart(i):
		return s.isUpperStart(k) && !capsK
	}
	return !s.isUpperStart(k)
}

// invertedWordOK reports a word at token k that may be one part of a name
// written surname first: no word of the sentence, no title, month or
// weekday, nothing found there already.
func (s *scanner) invertedWordOK(k int) bool {
	t := s.toks[k]
	return !t.punct && t.nd == 0 && t.na >= 2 && !s.inAny(k, stopLower, capStop, relatives, patientTrig, staffBefore, bedWords, streetSuffix,
		clinicalWords, monthSet, weekdays, orgWords) && !s.claimed(int(t.s), int(t.e))
}

// unlistedWord reports a word at token k of three letters or more that no
// dictionary and no list holds ("almaz", "zhyldyz"): a name the lists lack
// as likely as anything.
func (s *scanner) unlistedWord(k int) bool {
	return !s.gz(k).isWord() && !s.listed(k) && s.toks[k].na >= 3
}

// joinedPart reports a word at token k that may be one part of a name
// joined to another by a hyphen: the parts of "min-jun", "hee-jin" are
// no word of the language there, whatever "min" and "jun" are alone (a
// kinship word is: "son-in-law").
func (s *scanner) joinedPart(k int) bool {
	t := s.toks[k]
	return !t.punct && t.nd == 0 && t.na >= 2 && !s.in(k, relatives) && !s.claimed(int(t.s), int(t.e))
}

// joinedPair reports tokens k and k+2 joined by a hyphen, no blank
// between, both joinedPart ("min-jun").
func (s *scanner) joinedPair(k int) bool {
	return k >= 0 && k+2 < len(s.toks) && s.is(k+1, '-') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 && s.joinedPart(k) && s.joinedPart(k+2)
}

// givenAfterComma returns the last token of a given name written after
// the found surname i..end and a comma, as records write a name ("Keo,
// Chanthy 92yo", "chen, min-jun: small ptx"; glued to the comma when the
// surname stands apart and the word is a listed given name and no
// everyday word: "usage: adams,rahul 91%"), or end.
func (s *scanner) givenAfterComma(i, end int) int {
	k := end + 2
	glued := k < len(s.toks) && s.toks[k].sp == 0 && s.toks[end].sp > 0 && s.gz(k).isGiven() && !s.gz(k).isCommonWord() // "adams,rahul"
	if !s.is(end+1, ',') || s.toks[end+1].sp != 0 || k >= len(s.toks) || s.toks[k].sp != 1 && !glued || !(s.invertedWordOK(k) || s.joinedPair(k) || s.monthGiven(k)) || !s.sameCase(i, k) {
		return end
	}
	e := s.hyphenedEnd(k) // "min-jun"
	// a given name of the lists, or a word no dictionary holds ("Chanthy"),
	// or two joined by a hyphen ("min-jun")
	if g := s.gz(k); g.isCommonWord() && e == k || !g.isGiven() && (g.isWord() || s.listed(k) || !asciiWord(s.b[s.toks[k].s:s.toks[k].e])) && e == k {
		return end // (a word of another script is in no list: "Петров, палата" is a name and a ward)
	}
	if n := e + 1; n < len(s.toks) && s.toks[n].sp == 1 && s.toks[n].na == 1 && s.toks[n].nd == 0 && !s.toks[n].punct {
		e = n // a middle initial: "OYELARAN, BABATUNDE A"
		if s.is(e+1, '.') && s.toks[e+1].sp == 0 {
			e++
		}
	}
	if !s.nameClosed(e + 1) {
		return end
	}
	return e
}

// surnameBeforeComma returns the first token of a surname written before
// the found given name i..end and a comma, at the start of a line or a
// field ("Friday, Ezekiel / MRN", "- thatcher, gail -", "pt=OYELARAN,
// BABATUNDE A"), after a word a name follows in a sentence or in a list
// of names; an everyday word is a surname there when the surname lists
// hold it ("power, autumn e") or both are capitalised ("for Lake,
// Odette"); after a list's comma a word no list or dictionary holds is
// one too ("Malhotra, Anjali (...), Bearheart, Winona (...)"). It returns
// i when there is none.
func (s *scanner) surnameBeforeComma(i, end int) int {
	p := i - 2
	if p < 0 || !s.is(i-1, ',') || s.toks[i-1].sp != 0 || s.toks[i].sp > 1 || !s.gz(i).isGiven() { // (records glue it: "fisher,hassan")
		return i
	}
	b := s.joinedStart(p) // "Ramos-Vega", "O'Brien"
	if b > 0 && s.tokIn(b-1, &surnameParticles) && s.toks[b].sp == 1 && s.sameCase(b, b-1) {
		b-- // "Le Blanc, Annelies"
	}
	if !s.invertedWordOK(p) || !s.sameCase(i, p) {
		return i
	}
	g := s.gz(p)
	census := censusSurnames()[s.w(p)]
	if !(g.sur > 0 || census || !g.isWord()) {
		return i
	}
	// an everyday word: a surname when both words are capitalised, or when
	// the surname lists hold it and no comma is before it ("for power,
	// autumn e", not "her father, hope, kwabena")
	wordSur := g.isCommonWord() && g.sur < 2 && !(s.titleCase(p) && s.titleCase(i))
	if wordSur && (g.sur == 0 && !census || b > 0 && s.is(b-1, ',')) {
		return i
	}
	// a field or line opens there: the line's start, a colon, an equals
	// sign, a dash, a bracket, a bar, a slash or a bullet
	if b > 0 && s.toks[b].sp < 2 {
		q := b - 1
		if (s.inStr(q, &invertedLead) || s.toks[q].punct && (s.is(q, ',') || s.b[s.toks[q].s] >= 0x80)) && (g.sur > 0 || census || s.is(q, ',') && s.unlistedWord(p)) {
			return b // "visit for Lake, Odette", "Roe, Ann, Fairweather, Jo", "— Banks, Ilse"
		}
		if !s.toks[q].punct {
			return i
		}
		switch s.b[s.toks[q].s] {
		case ':', '=', '-', '(', '[', '|', '/', '*', '_', '`', '>':
		default:
			return i
		}
	}
	return b
}

// surnameAfter returns the last token of a surname right after the name
// i..end, or end when none follows. The name must end on a given name
// (not a surname: "Okafor Field" is more likely a place) in the case of
// the words after it; a lone family name that is no word takes the given
// name written after it (givenAfterSurname).
func (s *scanner) surnameAfter(i, end int) int {
	last := s.gz(end)
	if !last.isGiven() || last.sur >= 3 && end > i {
		if end == i && last.sur > 0 && !last.isWord() {
			return s.givenAfterSurname(i) // "wu liqing", "huang weiming": the family name first
		}
		// a word found alone that no list and no dictionary holds may be a
		// given name the lists lack ("zhyldyz brewster mrn ...")
		if end > i || last.sur > 0 || !s.unlistedWord(end) || s.slipWord(end) {
			return end
		}
	}
	upper, caps := s.isUpperStart(i), isUpperTok(s.b[s.toks[i].s:s.toks[i].e]) && s.toks[i].e-s.toks[i].s > 1
	k := end + 1
	// particles first: "de los", "van der", "mac an"
	np := 0
	for np < 3 && k < len(s.toks) && s.toks[k].sp == 1 && s.tokIn(k, &surnameParticles) && k+1 < len(s.toks) && s.toks[k+1].sp == 1 {
		k++
		np++
	}
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].na < 2 {
		return end
	}
	// the case of the name: "Drew de los Santos", "jacinta peaches", "MARÍA BELL"
	switch {
	case caps:
		if !isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
			return end
		}
	case upper:
		if !s.isUpperStart(k) || isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
			return end
		}
	default:
		if s.isUpperStart(k) {
			return end
		}
	}
	g := s.gz(k)
	census := censusSurnames()[s.w(k)]
	// a word of no dictionary and no list, or joined to another by a
	// hyphen, is a surname too ("torvald haugsrud", "yusra al-badawi")
	// (not a slip of a word: "faith wroet it")
	unknown := (s.unlistedWord(k) || s.hyphenedEnd(k) > k && !s.listed(k)) && !s.slipWord(k)
	if np == 0 && !census && !unknown && (g.sur == 0 || g.isCommonWord() && g.sur < 2) || np > 0 && !census && g.isCommonWord() && g.sur == 0 {
		return end
	}
	if s.inAny(k, stopLower, capStop, relatives, patientTrig, staffBefore, bedWords, streetSuffix, clinicalWords, monthSet, weekdays, orgWords) ||
		s.tokIn(k, &surnameParticles) {
		return end
	}
	if s.claimed(int(s.toks[k].s), int(s.toks[k].e)) {
		// a name found on its own after the particles: "Drew de los
		// Santos" is one person; anything else found there ends the name
		if np == 0 || !s.nameAt0(k) {
			return end
		}
	}
	e := s.hyphenedEnd(k) // "bloom-wells"
	if !s.nameClosed(e + 1) {
		return end
	}
	return e
}

// wordGivenBefore returns the token of a given name right before a lone
// surname found at i..end that the lists hold as a word too ("june
// almeida", "visitor ward aquino", "will szymanski has missed ..."), or i.
// givenBefore leaves such words, as they stand before any name in a
// sentence; next to a surname found alone they are its given name. A
// word of the grammar (a modal, a verb, a pronoun) is one only when the
// lists hold it as a given name at least as often as a word ("will",
// "may", "bill"; not "can", "see", "said"), and never a relative, a
// title, a role, a weekday or a clinical or organisation's word. In the
// case of the name, and nothing found there already.
func (s *scanner) wordGivenBefore(i, end int) int {
	p := i - 1
	if end != i || p < 0 || s.toks[i].sp != 1 {
		return i
	}
	if gi := s.gz(i); gi.isGiven() || !(gi.sur > 0 || censusSurnames()[s.w(i)] || s.unlistedWord(i)) {
		return i
	}
	t, g := s.toks[p], s.gz(p)
	if t.punct || t.nd > 0 || t.na < 2 || !s.sameCase(i, p) || !g.isGiven() || s.claimed(int(t.s), int(t.e)) || s.namePartStop(p) {
		return i
	}
	if s.inAny(p, stopLower, capStop) && (g.given < 13 || int(g.given)+1 < int(g.word)) {
		return i
	}
	return p
}

// wordSurnameAfter returns the last token of a surname right after a lone
// given name found at i..end, or end: a word the lists hold as a word or a
// particle too when the name closes after it (nameClosed: "keiko le is
// 91", "xiu ying park,", "Ryder Do,"); two words the surname lists hold
// written as one ("yellow horse"); an ASCII word of four letters or more
// that no list or dictionary holds and no slip of a word, closed or not.
// surnameAfter leaves everyday words to surnames the lists hold often;
// after a given name found alone, the next word a surname list holds is
// its surname unless it is a word of the grammar, a month or a word that
// is no part of a name (namePartStop).
func (s *scanner) wordSurnameAfter(i, end int) int {
	k := end + 1
	if end != i || k >= len(s.toks) || s.toks[k].sp != 1 {
		return end
	}
	if gi := s.gz(i); !gi.isGiven() || gi.sur >= 2 {
		return end
	}
	if !s.surnameWordOK(i, k) {
		return end
	}
	if s.surnameWordOK(i, k+1) && s.toks[k+1].sp == 1 && s.joinedSurname(k) {
		return k + 1 // "ofelia many horses asked ...": the surname lists hold "manyhorses"
	}
	g := s.gz(k)
	if s.unlistedWord(k) && s.toks[k].na >= 4 && asciiWord(s.b[s.toks[k].s:s.toks[k].e]) && !s.slipWord(k) {
		return k // "visitor ofelia drumbrook spotted ...": a word no list holds is the surname, closed or not
	}
	if !(g.sur > 0 || censusSurnames()[s.w(k)]) || !s.nameClosed(k+1) {
		return end
	}
	return k
}

// surnameWordOK reports a word at token k, in the case of the name at i,
// that may be a surname's word after a given name found: nothing found
// there, no word of the grammar, relative, title, role, month, weekday,
// clinical or organisation's word.
func (s *scanner) surnameWordOK(i, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return !t.punct && t.nd == 0 && t.na >= 2 && s.sameCase(i, k) && !s.claimed(int(t.s), int(t.e)) &&
		!s.namePartStop(k) && !s.inAny(k, monthSet, stopLower, capStop)
}

// namePartStop reports a word at token k that is no part of a person's
// name next to one found: a relative, a patient's word, a title or role,
// an honorific, a weekday, a clinical or an organisation's word.
func (s *scanner) namePartStop(k int) bool {
	return s.inAny(k, relatives, patientTrig, staffBefore, honorifics, weekdays, clinicalWords, orgWords)
}

// joinedSurname reports two words at tokens k and k+1 that the surname
// lists hold written as one ("yellow horse", "many goats", "red cloud").
func (s *scanner) joinedSurname(k int) bool {
	a, b := s.w(k), s.w(k+1)
	if len(a)+len(b) > 64 {
		return false
	}
	var buf [64]byte
	w := append(append(buf[:0], a...), b...)
	g := gazetteer().lookupBytes(w)
	return g.sur > 0 && !g.isWord()
}

// givenAfterSurname returns the last token of a given name written after
// the one-word surname found at token i, as East Asian names are written
// ("wu liqing", "huang weiming"): a word of no dictionary and no list, or
// two joined by a hyphen, in the surname's case, that closes the name; or
// i.
func (s *scanner) givenAfterSurname(i int) int {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].na < 2 || !s.sameCase(i, k) ||
		s.listed(k) || s.claimed(int(s.toks[k].s), int(s.toks[k].e)) {
		return i
	}
	e := s.hyphenedEnd(k)
	if g := s.gz(k); e == k && (g.isWord() || s.toks[k].na < 3 || s.slipWord(k)) || !s.nameClosed(e+1) {
		return i
	}
	return e
}

// nameAt0 reports a name found starting at token k and nothing else
// found over it.
func (s *scanner) nameAt0(k int) bool {
	st, en, ok := int(s.toks[k].s), int(s.toks[k].e), false
	for _, c := range s.cands {
		if c.s < en && st < c.e {
			if c.t != Name || c.s != st {
				return false
			}
			ok = true
		}
	}
	return ok
}

//go:embed gazetteer/census_surnames.txt
var censusSurnameList string

// censusSurnames are the frequent census surnames that the surname table
// leaves out as given names or words (scripts/gen_phi_census_surnames.py).
var censusSurnames = wordTable(censusSurnameList)

// nameClosed reports whether token k ends a name before it: the message
// or line ends, a bracket, comma, stop, colon, possessive or dash, a
// figure, or a word that tells of the person ("is", "dob", "mrn", "has").
func (s *scanner) nameClosed(k int) bool {
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return true
	}
	t := s.toks[k]
	if t.punct {
		switch s.b[t.s] {
		case ',', '.', ')', '(', ':', ';', '!', '?', '\'', '-', '|', '/', '*', '_', '"', '[', ']':
			return true
		}
		return false
	}
	if t.nd > 0 {
		return true
	}
	return s.inAny(k, followCue, relatives) || s.in(k, stopLower) && !s.in(k, particle)
}

// invertedLead are the words an inverted name may follow in a sentence
// ("records for Tuivasa, Lorna", "pt Lake, Odette"); a listed surname
// must stand there.
var invertedLead = small("for", "pt", "re", "from", "patient", "resident", "res")

// monthGiven reports a month that is a given name at token k, set off as
// a name is after a surname and a comma ("Colón, April, ..."), not a
// date's ("Colón, April 3").
func (s *scanner) monthGiven(k int) bool {
	return s.in(k, monthSet) && s.gz(k).isGiven() && s.toks[k].na >= 3 && !s.claimed(int(s.toks[k].s), int(s.toks[k].e)) &&
		(k+1 >= len(s.toks) || s.toks[k+1].sp == 2 || s.is(k+1, ',') || s.is(k+1, ')') || s.is(k+1, ';') || s.is(k+1, '.') && (k+2 >= len(s.toks) || s.toks[k+2].sp > 0))
}
