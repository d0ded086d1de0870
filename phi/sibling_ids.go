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
		if digitCount(b[f.s:f.e]) < 5 || !isAlnum(b[f.s]) || !isAlnum(b[f.e-1]) {
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

// idListPeers labels the values listed with a found record, plan or account
// number, whatever their shape: "two charts, BL385192 and 81696", "chart
// audit: 18733, 97259, BL685033". A value of the list stands alone between
// the list's commas and "and", "or" or "&", has five to twelve digits, is
// no date, phone, ZIP+4 or amount, and takes the found one's type.
func (s *scanner) idListPeers() {
	n := len(s.cands)
	for ci := 0; ci < n; ci++ {
		c := s.cands[ci]
		if c.t != MRN && c.t != AccountNumber && c.t != HealthPlanID {
			continue
		}
		for k, steps := s.tokAt(c.e), 0; steps < maxPeerItems; steps++ {
			j := s.idListSep(k)
			if j < 0 {
				break
			}
			e, ok := s.listedValue(j)
			if !ok {
				break
			}
			s.addTok(c.t, j, e, c.pri)
			k = e + 1
		}
		for k, steps := s.tokAt(c.s), 0; steps < maxPeerItems && k > 1; steps++ {
			p := k - 1
			if s.is(p, ',') && s.toks[p].sp == 0 && s.toks[k].sp == 1 {
				p--
			} else if idListWords[s.w(p)] && s.toks[p].sp == 1 && s.toks[k].sp == 1 {
				p--
				if s.is(p, ',') && s.toks[p].sp == 0 {
					p--
				}
			} else {
				break
			}
			// the value stands apart from what is before it; at a line's
			// start only before a bare comma ("18733,\n...": p == k-2)
			if p < 1 || s.toks[p].sp == 0 || s.toks[p].sp == 2 && p != k-2 {
				break
			}
			if e, ok := s.listedValue(p); !ok || e != p {
				break
			}
			s.addTok(c.t, p, p, c.pri)
			k = p
		}
	}
}

// idListWords join the values of a list.
var idListWords = map[string]bool{"and": true, "or": true, "&": true}

// idListSep returns the token after a list's separator at token k (", ",
// " and ", ", and ", " & ", " or "), or -1.
func (s *scanner) idListSep(k int) int {
	if k >= len(s.toks) {
		return -1
	}
	if s.is(k, ',') && s.toks[k].sp == 0 {
		k++
		if k < len(s.toks) && s.toks[k].sp == 1 && idListWords[s.w(k)] {
			k++
		}
	} else if s.toks[k].sp == 1 && idListWords[s.w(k)] {
		k++
	} else {
		return -1
	}
	if k >= len(s.toks) || s.toks[k].sp != 1 {
		return -1
	}
	return k
}

// listedValue reads a value of a list of identifiers at token j and
// returns its last token.
func (s *scanner) listedValue(j int) (int, bool) {
	if j < 1 || s.toks[j].nd == 0 || s.is(j-1, '$') || s.is(j-1, '#') && s.toks[j].sp == 0 {
		return 0, false
	}
	e, ok := s.idValue(j, false)
	if !ok {
		return 0, false
	}
	v := s.b[s.toks[j].s:s.toks[e].e]
	d := len(s.dig) // (idValue left v's digits there)
	if d < 5 || d > 12 || alnumCount(v) > d+3 || dateShaped(v) || phoneGroups(v) || zipGroups(v) ||
		s.claimed(int(s.toks[j].s), int(s.toks[e].e)) {
		return 0, false
	}
	if e+1 < len(s.toks) && s.toks[e+1].sp == 0 && !s.toks[e+1].punct {
		return 0, false
	}
	return e, true
}
