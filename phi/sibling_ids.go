package phi

// Identifiers written the way a found one is. A message that gives a
// patient's record number, member id or account often gives a second one
// of the same form with no label of its own: a correction ("HPH-00739152
// is wrong, she says it's HPH-00739125"), a duplicate chart to merge
// ("MRN 2290417 and 2290533"), a sibling's number in a list, an old and a
// new account. A value with exactly the form of a labelled identifier of
// the message (the same length, digits where it has digits, letters
// where it has letters, the same separators: sameShape) that nothing else has
// claimed is an identifier of the same kind, however the first was found
// (its label, its check digit, a label further back).

// siblingID reports a type whose values siblingIDs copies: the record
// numbers, ids and serials a label or a validator found; not phones,
// dates or card numbers, whose shapes other numbers share.
func siblingID(t Type) bool {
	switch t {
	case MRN, HealthPlanID, AccountNumber, LicenseNumber, DeviceID, VehicleID:
		return true
	}
	return false
}

// siblingIDs adds the unclaimed values shaped as a found identifier.
func (s *scanner) siblingIDs() {
	type form struct {
		t    Type
		s, e int
	}
	var forms [4]form
	n := 0
	for _, c := range s.cands {
		if n < len(forms) && siblingID(c.t) && c.e-c.s >= 6 && c.e-c.s <= 24 {
			forms[n] = form{c.t, c.s, c.e}
			n++
		}
	}
	b := s.b
	for _, f := range forms[:n] {
		l := f.e - f.s
		digits := 0
		for _, c := range b[f.s:f.e] {
			if isDigit(c) {
				digits++
			}
		}
		if digits < 5 || !isAlnum(b[f.s]) || !isAlnum(b[f.e-1]) {
			continue
		}
		for p := 0; p+l <= len(b); p++ {
			if p == f.s || !isAlnum(b[p]) || p > 0 && glued(b[p-1]) || p+l < len(b) && (isAlnum(b[p+l]) ||
				p+l+1 < len(b) && glued(b[p+l]) && isAlnum(b[p+l+1])) {
				continue
			}
			if !sameShape(b[f.s:f.e], b[p:p+l]) || dateShaped(b[p:p+l]) || s.claimed(p, p+l) {
				continue
			}
			s.add(f.t, p, p+l, priContext)
			p += l
		}
	}
}

// glued reports a byte that joins an identifier to what is before or
// after it: its letters and digits, its separators, an e-mail's or a
// handle's marks.
func glued(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '/' || c == '@' || c == '_' || c == '#' || c == ':'
}

// linkedIDs labels a record value that a merge, a correction or a
// comparison ties to a found identifier, whatever its shape: "HAR
// 5930829574 merged into 0829-319088", "MRN 4410293, not 4410923", "acct
// 88120433 vs 88120-455". The value after the link words has six to ten
// digits, is no date, phone or ZIP, and takes the identifier's type.
func (s *scanner) linkedIDs() {
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := s.cands[ci]
		if c.t != MRN && c.t != AccountNumber && c.t != HealthPlanID {
			continue
		}
		k := s.tokAt(c.e)
		if k < 0 || k >= len(s.toks) || int(s.toks[k].s) < c.e {
			continue
		}
		links := 0
		for ; k < len(s.toks) && links < 4 && s.toks[k].sp < 2; k++ {
			if w := s.w(k); idLinks[w] || s.is(k, ',') || s.is(k, '>') || s.is(k, '-') && s.toks[k].sp > 0 || s.is(k, '=') {
				if idLinks[w] {
					links++
				}
				continue
			}
			break
		}
		if links == 0 || k >= len(s.toks) || s.toks[k].sp == 2 || s.toks[k].nd == 0 {
			continue
		}
		e, ok := s.idValue(k, false)
		if !ok {
			continue
		}
		v := s.b[s.toks[k].s:s.toks[e].e]
		if d := len(s.dig); d < 6 || d > 10 || alnumCount(v) > d+2 || dateShaped(v) || phoneGroups(v) || zipGroups(v) || s.claimed(int(s.toks[k].s), int(s.toks[e].e)) {
			continue
		}
		s.addTok(c.t, k, e, c.pri)
	}
}

// idLinks tie a second record value to a first one.
var idLinks = map[string]bool{"merged": true, "into": true, "dup": true, "duplicate": true, "vs": true, "versus": true,
	"not": true, "instead": true, "corrected": true, "changed": true, "was": true, "now": true, "old": true, "new": true}
