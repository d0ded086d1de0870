package phi

// The street line before a town line. A found "Town ST 01234" (an
// address with its ZIP) after a comma is the last line of an address; the
// words before the comma back to a house number are its street line,
// whatever the street's suffix, or none: "4471 Quarry Ridge Rd SW,
// Millersburg OH 44654", "908 Grand Concourse, Bronx NY 10451", "87-12
// Parsons Blvd, Jamaica NY 11432", "210 N Main, Milford NE 68405".

// streetLines extends each address that begins with a town and holds a
// ZIP over the street line before it.
func (s *scanner) streetLines() {
	for n, end := 0, len(s.cands); n < end; n++ {
		c := s.cands[n]
		if c.t != Address {
			continue
		}
		a, z := s.tokAt(c.s), s.tokAt(c.e-1)
		if a >= 3 && !s.is(a-1, ',') && s.toks[a].sp == 1 && s.multiPlace(a-1, !s.isUpperStart(a-1)) >= a {
			a-- // "..., port ludlow wa 98365" found from "ludlow": the town's first word
		}
		if a < 2 || !s.is(a-1, ',') || s.toks[a].nd > 0 || s.toks[a].sp == 2 || !s.zipIn(a, z) {
			continue
		}
		if h := s.streetLineStart(a - 2); h >= 0 {
			s.add(Address, int(s.toks[h].s), c.e, c.pri)
		}
	}
}

// zipIn reports a ZIP among tokens a..z.
func (s *scanner) zipIn(a, z int) bool {
	for k := a; k <= z && k < len(s.toks); k++ {
		if s.zipAt(k) > 0 {
			return true
		}
	}
	return false
}

// streetLineStart returns the house number of the street line that ends
// at token k: one to six words after it on the same line (a unit word and
// its number among them: "Apt 4B"), one of them capitalised or a street
// suffix, and no word that ends a clause or names a count; -1 if none.
func (s *scanner) streetLineStart(k int) int {
	words, named := 0, false
	for j := k; j >= 0 && k-j < 10; j-- {
		t := s.toks[j]
		if t.punct {
			if !s.is(j, '.') && !s.is(j, '#') || j == k {
				return -1
			}
			continue
		}
		if t.nd > 0 {
			// a unit's number ("Apt 4B", "Lot 31", "#19"), an ordinal street
			// ("237th St") or the house number
			if j > 0 && (s.in(j-1, unitWords) || s.is(j-1, '#')) && (j < k || j >= 2 && s.toks[j-2].nd == 0) || s.ordinalTok(j) {
				continue
			}
			h := j
			if j >= 2 && s.is(j-1, '-') && s.toks[j-1].sp == 0 && t.sp == 0 && s.toks[j-2].nd > 0 && s.toks[j-2].na == 0 {
				h = j - 2 // "87-12 Parsons Blvd": a Queens house number
			}
			if words == 0 || !named || t.nd > 6 || t.na > 1 || s.toks[h].na > 0 {
				return -1
			}
			if h > 0 && s.toks[h].sp == 0 && !s.toks[h-1].punct {
				return -1 // glued to a word: a code, not a house number
			}
			return h
		}
		if t.sp == 2 && j > 0 {
			return -1 // the line starts with a word: no house number on it
		}
		if s.in(j, unitWords) && j < k && s.toks[j+1].nd > 0 {
			continue // "apt 4b", "unit 12": the unit's word before its number
		}
		if s.inAny(j, stopLower, function) || s.in(j, quantifiers) || !s.isUpperStart(j) && s.in(j, capStop) && !s.isSuffix(j) {
			return -1
		}
		named = named || s.isUpperStart(j) || s.isSuffix(j)
		words++
		if words > 6 {
			return -1
		}
	}
	return -1
}
