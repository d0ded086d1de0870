package phi

// Towns typed in lower case. A capitalised word after "lives in" or a
// street's comma is taken for a town whatever it is; in lower case only a
// place of the gazetteer is, and a place that is also a common word
// ("reading", "mobile") only where the town ends the clause.

// lowerPlace matches a town in lower case at token k: listed in the place
// gazetteer as a whole ("fall river", "north andover") or one listed word
// that is no country, state, care unit, organisation or facility word. It
// returns the last token, or -1.
func (s *scanner) lowerPlace(k int) int {
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	e := s.multiPlace(k, true)
	if e < k {
		e = s.lowerWordPlace(k)
	}
	if e < k || s.inAny(e+1, facilityWords, orgWords, deptWords, hospitalWords) {
		return -1 // "lowell general", "the salem site": a facility's town
	}
	return e
}

// lowerWordPlace matches lowerPlace's one listed word at token k.
func (s *scanner) lowerWordPlace(k int) int {
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.na < 3 {
		return -1
	}
	g := s.gz(k)
	if !g.place || s.country(k) || s.inAny(k, states, stopLower, capStop, careUnits, orgWords, deptWords, facilityWords, hospitalWords, directions) {
		return -1
	}
	if g.isCommonWord() && !s.placeEnds(k+1) {
		return -1 // "reading the chart", not "16 vine st, reading."
	}
	return k
}

// placeEnds reports whether a town ends at the token before n: the clause
// or line ends, or a state or a ZIP follows.
func (s *scanner) placeEnds(n int) bool {
	if n >= len(s.toks) || s.toks[n].sp == 2 || s.zipAt(n) > 0 || s.in(n, states) {
		return true
	}
	if !s.toks[n].punct {
		return false
	}
	c := s.b[s.toks[n].s]
	if c == '-' {
		return s.toks[n].sp > 0 // a spaced dash ends the clause, a hyphen joins
	}
	return c != '/' && c != '\'' && c != '&'
}
