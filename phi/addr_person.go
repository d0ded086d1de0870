package phi

// Streets named after a person: "the pt on Daisy Ln", "the cat lady on
// Briar Patch Ln", "Lonnie Vesely, the one on 12th Ave in Schuyler", "ike
// on spruce hill rd". In a message about a patient's health, a street with
// its suffix right after "on" and a word for a person, a household or a
// name just found is where that person lives; "the clinic on Maple Ave" is
// not (its noun is no person's).

// personStreets adds the streets after "on" that follow a person.
func (s *scanner) personStreets() {
	if !s.health && len(s.names) == 0 {
		return
	}
	for k := 1; k+2 < len(s.toks); k++ {
		if s.toks[k].e-s.toks[k].s != 2 || s.w(k) != "on" || !s.personBeforeOn(k-1) {
			continue
		}
		end := s.street(k)
		if end <= k || s.claimedBesidesNames(int(s.toks[k+1].s), int(s.toks[end].e)) {
			continue // (a name the street starts with, "Daisy" of "Daisy Ln", loses to the longer street)
		}
		s.addAddr(k+1, end)
		k = s.townAfter(end)
	}
}

// personBeforeOn reports a person at token p: a word for a person or a
// household, a relative, or the last word of a name found.
func (s *scanner) personBeforeOn(p int) bool {
	if s.inAny(p, relatives, patientTrig) || personNouns[s.w(p)] {
		return true
	}
	e := int(s.toks[p].e)
	for _, n := range s.names {
		if n.e == e {
			return true
		}
	}
	return false
}

// personNouns name a person or a household without naming them.
var personNouns = map[string]bool{"lady": true, "man": true, "guy": true, "woman": true, "gentleman": true, "family": true,
	"fam": true, "house": true, "place": true, "home": true, "one": true, "neighbor": true, "neighbour": true,
	"folks": true, "couple": true, "mom": true, "dad": true, "kid": true, "fella": true, "gal": true}

// claimedBesidesNames reports a candidate other than a name over [st,en).
func (s *scanner) claimedBesidesNames(st, en int) bool {
	for _, c := range s.cands {
		if c.t != Name && c.s < en && st < c.e {
			return true
		}
	}
	return false
}
