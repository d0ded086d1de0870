package phi

import "strings"

// The town after a name. A list of patients, a referral or a handoff
// writes where each lives right after the name, in parentheses or after a
// comma or a dash, with an age or a birth date between at most ("Polk
// (Saugus)", "Brannigan, Ida – Red Valley", "Okafor – 95 – Sweetwater",
// "Ines Marlow, DOB 3/6/1955, Brockton. Dx CVA"): the town of residence of
// the person named. A town that begins an organisation's name ("Lowell
// General", "Salem clinic") is none, nor is a role or an illness in
// parentheses ("(POA)").

// townsAfterNames adds the towns written right after the names found.
func (s *scanner) townsAfterNames() {
	for _, n := range s.names {
		k := s.tokAt(n.e) - 1 // the name's last token
		if k < 0 || int(s.toks[k].e) != n.e {
			continue
		}
		if t := s.townAfterName(k); t >= 0 {
			e := s.townEnd(t)
			if e >= t && !s.claimed(int(s.toks[t].s), int(s.toks[e].e)) {
				s.addTok(Address, t, e, priContext)
			}
		}
	}
}

// townAfterName returns the first token of a town written right after the
// name that ends at token end, or -1.
func (s *scanner) townAfterName(end int) int {
	k := end + 1
	paren := s.is(k, '(')
	if !paren && !s.is(k, ',') && !(s.dashAt(k) && s.toks[k].sp > 0) {
		return -1 // (a dash glued to the name joins a double-barrelled one)
	}
	if k+1 >= len(s.toks) || s.toks[k+1].sp == 2 {
		return -1
	}
	k++
	if !paren {
		// an age or a birth date between: "– 95 –", ", DOB 3/6/1955,"
		for n := 0; n < 2 && k < len(s.toks); n++ {
			j := k
			if s.inAny(j, dobWords) {
				j++
				if s.is(j, ':') {
					j++
				}
			}
			if j >= len(s.toks) || s.toks[j].nd == 0 {
				break
			}
			for j < len(s.toks) && (s.toks[j].nd > 0 || s.toks[j].punct && s.toks[j].sp == 0 && !s.is(j, ',')) {
				j++ // the value: "95", "3/6/1955", "95yo"
			}
			if j >= len(s.toks) || !(s.is(j, ',') || s.dashAt(j)) || s.toks[j].sp == 2 {
				return -1
			}
			k = j + 1
		}
	}
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].sp == 2 {
		return -1
	}
	if s.inAny(k, relatives, kinPlural, staffBefore, clinicalWords) || s.clinical(k) || !s.isUpperStart(k) && !s.caseless() {
		return -1 // "(POA)", "(friend)", "lyme": a role or an illness, not a town
	}
	e := s.townEnd(k)
	if e < k {
		return -1
	}
	n := e + 1
	if paren {
		if !s.is(n, ')') {
			return -1 // "(Lebanon campus)": a place of work
		}
	} else if n < len(s.toks) && s.toks[n].sp < 2 && !s.toks[n].punct {
		return -1 // "Salem clinic", "Lowell General": the town names something
	}
	return k
}

// townEnd returns the last token of a town that starts at token k, as the
// town model's candidates are read (townAt), a listed one in lower case
// too, or -1.
func (s *scanner) townEnd(k int) int {
	if t := s.toks[k]; t.punct || t.nd > 0 || t.na < 3 || s.inAny(k, stopLower, function) {
		return -1
	}
	e, _, _ := s.townAt(k, true)
	return e
}

// townsFromPerson adds the town a person is from: "Ines Marlow came from
// Groton", "she's from Brockton", "the family calls from Taunton" (a found
// name, a relative, a patient or "he"/"she" earlier in the clause, an
// origin verb right before "from"), not where a transfer or a shipment
// comes from.
func (s *scanner) townsFromPerson() {
	if !strings.Contains(s.lo, " from ") {
		return // (most messages: one search of the text, no walk)
	}
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].e-s.toks[k].s != 4 || s.lo[s.toks[k].s:s.toks[k].e] != "from" || !originVerbs[s.w(k-1)] && !(s.w(k-1) == "s" && s.is(k-2, '\'')) {
			continue
		}
		t := k + 1
		if s.toks[t].sp == 2 || !s.isUpperStart(t) && !s.caseless() {
			continue
		}
		e := s.townEnd(t)
		if e < t || s.claimed(int(s.toks[t].s), int(s.toks[e].e)) || !s.personInClause(k) {
			continue
		}
		s.addTok(Address, t, e, priContext)
	}
}

// originVerbs say where someone comes from before "from".
var originVerbs = map[string]bool{"is": true, "came": true, "comes": true, "coming": true, "arrived": true,
	"arriving": true, "calls": true, "called": true, "calling": true, "visiting": true, "moved": true, "relocated": true}

// personInClause reports a found name, or a word for a patient or a
// relative, in the clause before token k.
func (s *scanner) personInClause(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 10 && s.toks[j+1].sp < 2; j-- {
		if s.toks[j].punct && (s.is(j, '.') || s.is(j, ';') || s.is(j, '?') || s.is(j, '!')) {
			return false
		}
		if s.inAny(j, relatives, kinPlural, patientTrig) || s.tokIn(j, &heShe) {
			return true
		}
		st, en := int(s.toks[j].s), int(s.toks[j].e)
		for _, c := range s.names {
			if c.s <= st && en <= c.e {
				return true
			}
		}
		n++
	}
	return false
}
