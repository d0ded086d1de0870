package phi

// A person of an age over 89 is identified by the age (PHI-LABELS.md), and
// the word written right before such an age is most often the person's
// name: "levy (101 years old!) walked 200 ft", "summer turns 101 next
// week", "pereira is 97 today". Typed in small letters, or alone, such a
// name has no cue of its own for the name passes; the age found after it
// is one.

// namesBeforeAges adds the name written right before an age finding and
// set off from it by a bracket, a comma, "is", "turns" or "turned", or
// "(the" or ", the": one word, with the given name before it when there
// is one ("summer ford, 98").
func (s *scanner) namesBeforeAges() {
	for _, c := range s.cands {
		if c.t != Age {
			continue
		}
		k := s.tokAt(c.s)
		if k <= 0 || int(s.toks[k].s) != c.s {
			continue
		}
		p := k - 1
		switch w := s.w(p); {
		case s.is(p, '(') || s.is(p, ','), w == "is" || w == "turns" || w == "turned":
			p--
		case w == "the" && (s.is(p-1, '(') || s.is(p-1, ',')):
			p -= 2
		default:
			continue
		}
		if p < 0 || !s.nameBeforeAge(p) {
			continue
		}
		b := p
		if b > 0 && s.toks[b].sp == 1 && s.nameBeforeAge(b-1) && s.gz(b-1).isGiven() {
			b--
		}
		if !s.claimed(int(s.toks[b].s), int(s.toks[p].e)) {
			s.addName(b, p)
		}
	}
}

// nameBeforeAge reports a word at token p that may be the name of the
// person whose age follows: a given name, a surname or a word no list
// holds; an everyday word only when the lists hold it as a given name at
// least as often ("hope", "summer"); never a slip of a word, an acronym, a
// word after a determiner or a possessive ("my nana is ninety-four"), a
// word of the grammar, a month, a bed's or kinship's word, or a word that
// is no part of a name (namePartStop).
func (s *scanner) nameBeforeAge(p int) bool {
	t := s.toks[p]
	if t.punct || t.nd > 0 || t.na < 2 || s.capsWordIn(p, p) || p > 0 && s.inAny(p-1, determiners, pronouns) ||
		s.namePartStop(p) || s.inAny(p, stopLower, capStop, kinPlural, monthSet, bedWords) || s.slipWord(p) {
		return false
	}
	g := s.gz(p)
	if g.isCommonWord() && !(g.isGiven() && g.given >= g.word) {
		return false
	}
	return g.isGiven() || g.sur > 0 || censusSurnames()[s.w(p)] || s.unlistedWord(p)
}
