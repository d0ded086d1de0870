package phi

// Families written as their surname in the plural: "the Fairweathers
// called", "the Goldblatts want an update on their grandson", "the
// Joneses are in the lobby". The label rules keep the plural's "s" outside
// the span, so the name is the surname alone.

// pluralFamilies adds the surname of each "the <Surname>s" whose plural is
// no dictionary word and whose singular is a listed surname, in a message
// about a patient or a family and not about business (donors: "the
// Goldblatts pledged").
func (s *scanner) pluralFamilies(m nameMsg) {
	if m.biz || !(m.ctx || s.mentions(relatives) || s.mentions(kinPlural)) {
		return
	}
	for i := 1; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.e-t.s < 5 || s.w(i-1) != "the" || !s.titleCase(i) {
			continue
		}
		w := s.w(i)
		if w[len(w)-1] != 's' || s.gz(i).isWord() || s.gz(i).isGiven() {
			continue
		}
		cut := 1 // "Fairweathers"; "Joneses" drops "es"
		g := gazetteer().lookup(w[:len(w)-1])
		if g.sur == 0 && len(w) > 5 && w[len(w)-2] == 'e' {
			cut, g = 2, gazetteer().lookup(w[:len(w)-2])
		}
		if g.sur == 0 || g.isCommonWord() || s.inAny(i+1, orgWords, deptWords, facilityWords, hospitalWords) {
			continue // "the Rogers Foundation", "the Willows"
		}
		st, en := int(t.s), int(t.e)-cut
		if s.claimed(st, int(t.e)) {
			continue
		}
		s.add(Name, st, en, priContext)
		s.names = append(s.names, cand{t: Name, s: st, e: en})
	}
}
