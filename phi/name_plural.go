package phi

// Families written as their surname in the plural: "the Fairweathers
// called", "the Goldblatts want an update on their grandson", "the
// Joneses are in the lobby". The label rules keep the plural's "s" outside
// the span, so the name is the surname alone.

// pluralFamilies adds the surname of each "the <Surname>s" whose plural is
// no dictionary word and whose singular is a listed surname (in lower case
// a frequent one, "the okonkwos"), in a message
// about a patient or a family and not about business (donors: "the
// Goldblatts pledged"); in any other message not about business, when a
// people's verb follows ("the Oduyemis are at the front desk") or "two"
// comes before it ("two Okonjos in the ED").
func (s *scanner) pluralFamilies(m nameMsg) {
	if m.biz {
		return
	}
	family := m.ctx || s.mentions(relatives) || s.mentions(kinPlural)
	for i := 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.e-t.s < 5 || s.lo[t.e-1] != 's' || !(s.w(i-1) == "the" || s.w(i-1) == "two") {
			continue
		}
		// a people's verb after it, or "two" before it: "the Oduyemis are
		// at the front desk", "two rahmans in the ed"
		people := s.w(i-1) == "two" || s.in(i+1, familyVerbs)
		if !family && !people {
			continue
		}
		// (in lower case, "the okonkwos are asking", a word of letters
		// only that no list holds)
		title := s.titleCase(i)
		if !title && !(int32(t.na) == t.e-t.s && t.lex == 0 && !s.isUpperStart(i)) {
			continue
		}
		w := s.w(i)
		if w[len(w)-1] != 's' {
			continue
		}
		cut := 1 // "Fairweathers"; "Joneses" drops "es"
		g := gazetteer().lookup(w[:len(w)-1])
		if g.sur == 0 && len(w) > 5 && w[len(w)-2] == 'e' {
			cut, g = 2, gazetteer().lookup(w[:len(w)-2])
		}
		// (before a people's verb or after "two", a listed given name or,
		// capitalised, a word of no list is a surname too)
		named := g.sur > 0 || people && cut == 1 && (g.given > 0 || title && t.lex == 0 && !g.isWord() && len(w) >= 6)
		if !named || !title && (g.sur < 2 && !(people && (g.sur > 0 || g.given > 0)) || s.misspelt(i, i)) {
			continue // (in lower case a frequent surname, and no slip of a word: "the loggs")
		}
		st, en := int(t.s), int(t.e)-cut
		if s.reshapeFound(st, int(t.e), st, en) {
			continue // found already, plural and all ("the Martins, the family of ...")
		}
		if g.isCommonWord() || s.gz(i).isWord() || s.gz(i).isGiven() || s.inAny(i+1, orgWords, deptWords, facilityWords, hospitalWords) || s.claimed(st, int(t.e)) {
			continue // "the Rogers Foundation", "the Willows"
		}
		s.add(Name, st, en, priContext)
		s.names = append(s.names, cand{t: Name, s: st, e: en})
	}
}

// familyVerbs make the plural before them people: what a family does or is.
var familyVerbs = words("are", "were", "want", "wanted", "asked", "called", "signed", "say", "said", "need", "needed", "have",
	"had", "came", "arrived", "declined", "agreed", "refused", "requested", "brought", "left", "finally")

// reshapeFound moves a name found over exactly [st,en) to [nst,nen), in
// the candidates and the names found, and reports whether there was one:
// a plural's ending cut off ("the Martins, the family of ..."), an
// initial before a surname found alone taken in ("walk r. delgado").
func (s *scanner) reshapeFound(st, en, nst, nen int) bool {
	found := false
	for k := range s.cands {
		if c := &s.cands[k]; c.t == Name && c.s == st && c.e == en {
			c.s, c.e, found = nst, nen, true
		}
	}
	for k := range s.names {
		if c := &s.names[k]; c.s == st && c.e == en {
			c.s, c.e = nst, nen
		}
	}
	return found
}
