package phi

// Lists repeat one shape on every line: a handoff ("12 - mcintyre, 84 / 16
// - bishop, 91yo"), a call list ("1. Renata Sokolova 617-... / 3. Berenike
// Achterberg, left vm"), a route ("1. castellanos – 14 birch ln / 3.
// winthrop – 88 elm st"). When the name pass finds the name in one row, the same place in
// the other rows holds a name of the same kind, whether or not the words
// there would be read as a name on their own. rowNames takes those: the
// words after the same line prefix (bullets, numbers, bed words), closed by
// the same mark the found name is closed by, that are no word of the
// sentence and at least one of which is a name of the lists or no word of
// the dictionary ("empty", "charting" stay).

// maxRows bounds the lines rowNames reads: a list longer than that is a
// pasted report, which the record passes read.
const maxRows = 64

// rowPrefix returns the first token after the prefix of the line starting
// at token k (bullets, numbers and their marks, a bed word and its number)
// and a signature of that prefix, or -1 when the line has no word there.
func (s *scanner) rowPrefix(k int) (int, uint64) {
	var sig uint64
	j := k
	for n := 0; j < len(s.toks) && n < 6 && (j == k || s.toks[j].sp != 2); n, j = n+1, j+1 {
		t := s.toks[j]
		var c uint64
		switch {
		case t.punct:
			c = uint64(s.b[t.s])
		case t.na == 0 && t.nd > 0:
			c = 'D'
		case s.in(j, bedWords) && j+1 < len(s.toks) && s.toks[j+1].nd > 0 && s.toks[j+1].sp == 1:
			c = 'B'
		case t.na > 0 && t.nd > 0 && t.e-t.s <= 4 && j+1 < len(s.toks) && s.toks[j+1].punct && !s.is(j+1, '\''):
			c = 'D' // a room or bed with a letter: "12a -", "4W-25 -"
		case t.na > 0 && t.nd == 0 && !t.punct:
			if n == 0 && j > k {
				return -1, 0
			}
			return j, sig
		default:
			return -1, 0
		}
		sig = sig<<8 | c
	}
	return -1, 0
}

// rowName is the slot of one list line: its prefix signature, first word
// and the mark closing a name found there.
type rowName struct {
	sig     uint64
	a, e    int    // tokens of the found name
	closing uint64 // the mark after it: a punctuation byte, 'D' a figure, '\n' the line end
}

// closingMark classifies token k as the mark that closes a row's name.
func (s *scanner) closingMark(k int) uint64 {
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return '\n'
	}
	t := s.toks[k]
	switch {
	case t.punct:
		return uint64(s.b[t.s])
	case t.nd > 0:
		return 'D'
	}
	return 0
}

// rowNames labels the names in the same place of list rows as a name
// found in one of them.
func (s *scanner) rowNames() {
	if len(s.names) == 0 || s.lines() < 2 || !s.nameAtRowStart() {
		return
	}
	var fb [8]rowName
	found := fb[:0]
	type slot struct {
		j   int
		sig uint64
	}
	var lb [maxRows]slot
	slots := lb[:0]
	for k := 0; k < len(s.toks) && len(slots) < maxRows; k++ {
		if k > 0 && s.toks[k].sp != 2 {
			continue
		}
		j, sig := s.rowPrefix(k)
		if j < 0 || sig == 0 {
			continue
		}
		slots = append(slots, slot{j, sig})
		if len(found) == len(fb) {
			continue
		}
		for _, n := range s.names {
			if n.s != int(s.toks[j].s) {
				continue
			}
			e := j
			for e+1 < len(s.toks) && int(s.toks[e+1].e) <= n.e {
				e++
			}
			if c := s.closingMark(e + 1); c != 0 && e-j < 4 {
				found = append(found, rowName{sig: sig, a: j, e: e, closing: c})
			}
			break
		}
	}
	if len(found) == 0 {
		return
	}
	for _, sl := range slots {
		j := sl.j
		for _, f := range found {
			if f.sig != sl.sig || f.a == j {
				continue
			}
			if e := s.rowSlot(j, f); e >= j {
				if st, en := int(s.toks[j].s), int(s.toks[e].e); s.claimed(st, en) {
					s.add(Name, st, en, priContext) // the rest of a name found in part: no second look at what follows it
				} else {
					s.addName(j, e)
				}
				break
			}
		}
	}
}

// rowSlot returns the last token of a name at token j in the place of the
// found row name f, or -1: at most one word more than f, closed by f's
// mark, in f's case, no word of the sentence, and one word a name of the
// lists or of no dictionary.
func (s *scanner) rowSlot(j int, f rowName) int {
	if s.isUpperStart(j) != s.isUpperStart(f.a) {
		return -1
	}
	named, commas := false, s.commasIn(f.a, f.e)
	for e, words := j, 0; e < len(s.toks) && (e == j || s.toks[e].sp != 2); e++ {
		t := s.toks[e]
		if t.punct {
			// a name's own marks: "o'rourke", "ramos-vega", "lund, harriet", "k."
			if s.is(e, ',') && commas > 0 {
				commas--
				continue
			}
			if s.closingMark(e) == f.closing && words > 0 {
				if !named || s.claimedOther(j, e-1) {
					return -1
				}
				return e - 1
			}
			if !(s.is(e, '\'') || s.is(e, '-') || s.is(e, ',') || s.is(e, '.')) {
				return -1
			}
			continue
		}
		if t.nd > 0 {
			if f.closing == 'D' && words > 0 && named && !s.claimedOther(j, e-1) {
				return e - 1
			}
			return -1
		}
		if words++; words > f.e-f.a+2 || s.inAny(e, stopLower, relatives, clinicalWords, monthSet, weekdays, bedWords, honorifics, staffBefore) {
			return -1
		}
		if g := s.gz(e); g.sur > 0 || g.isGiven() || censusSurnames()[s.w(e)] || !g.isWord() && !s.listed(e) {
			named = true
		}
		if n := e + 1; n >= len(s.toks) || s.toks[n].sp == 2 {
			if f.closing == '\n' && named && !s.claimedOther(j, e) {
				return e
			}
			return -1
		}
	}
	return -1
}

// commasIn counts the commas of tokens i..e: a name written surname
// first holds one ("lund, harriet").
func (s *scanner) commasIn(i, e int) int {
	n := 0
	for k := i; k <= e; k++ {
		if s.is(k, ',') {
			n++
		}
	}
	return n
}

// nameAtRowStart reports a found name that starts a line or follows a
// short prefix of marks, numbers and words at a line's start: the quick
// test before rowNames reads every line.
func (s *scanner) nameAtRowStart() bool {
	for _, n := range s.names {
		k := s.tokAt(n.s)
		for m := 0; m <= 6 && k >= 0; m, k = m+1, k-1 {
			if k == 0 || s.toks[k].sp == 2 {
				if m > 0 {
					return true
				}
				break // a name that starts its line has no row prefix
			}
		}
	}
	return false
}

// claimedOther reports something other than a name found over tokens i..e.
func (s *scanner) claimedOther(i, e int) bool {
	st, en := int(s.toks[i].s), int(s.toks[e].e)
	for _, c := range s.cands {
		if c.s < en && st < c.e && c.t != Name {
			return true
		}
	}
	return false
}

// lines counts the message's lines, up to 3.
func (s *scanner) lines() int {
	n := 1
	for k := 1; k < len(s.toks) && n < 3; k++ {
		if s.toks[k].sp == 2 {
			n++
		}
	}
	return n
}

// invertedLower labels names written surname first in small letters, as
// worklists and records write them typed fast: "vance, marisol", "quinn,
// harriet", "d'amato, lucia". A surname of the lists (or a census surname,
// or a word of no dictionary), a comma, a given name of the lists, and a
// mark, a figure or the line's end closing the pair; neither word a word
// of the sentence. In capitals the name pass reads such names itself.
func (s *scanner) invertedLower() {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.is(k, ',') || s.toks[k].sp != 0 || s.toks[k+1].sp != 1 {
			continue
		}
		a, g := k-1, k+1
		b := s.joinedStart(a) // "d'amato", "ramos-vega"
		ta, tg := s.toks[a], s.toks[g]
		if ta.punct || tg.punct || ta.nd > 0 || tg.nd > 0 || ta.na < 2 || tg.na < 2 || s.isUpperStart(b) || s.isUpperStart(g) {
			continue
		}
		if !s.invertedWordOK(a) || !s.invertedWordOK(g) || s.inAny(g, monthSet, weekdays) {
			continue
		}
		sa, sg := s.gz(a), s.gz(g)
		surname := func(k int) bool {
			g := s.gz(k)
			return g.sur >= 2 || censusSurnames()[s.w(k)] || !g.isWord() && !s.listed(k) && !g.isGiven() && !g.place && s.toks[k].na >= 4
		}
		if !(surname(a) || b < a && surname(b)) || !sg.isGiven() || sg.place && !sg.isGiven() ||
			sa.isCommonWord() && sa.sur < 3 || sg.isCommonWord() && sg.given < frequentGiven {
			continue
		}
		e := s.hyphenedEnd(g)
		if n := e + 1; n < len(s.toks) && s.toks[n].sp == 1 && s.toks[n].na == 1 && s.toks[n].nd == 0 && !s.toks[n].punct {
			e = n // a middle initial: "quinn, harriet a"
		}
		if !s.nameClosed(e+1) || s.claimed(int(s.toks[b].s), int(s.toks[e].e)) {
			continue
		}
		if n := e + 1; s.w(n) == "and" || s.is(n, '&') || s.is(n, ',') && (s.w(n+1) == "and" || s.gz(n+1).isGiven() || s.gz(n+1).place ||
			n+1 < len(s.toks) && !s.toks[n+1].punct && (s.is(n+2, ')') || s.is(n+2, ',') || s.w(n+2) == "and")) {
			continue // a list of given names or towns: "priya, tomasz, ines", "rose, lily, and iris"
		}
		if s.staffAfter(e) {
			continue // "requested by: tran, minh (unit clerk)"
		}
		if !s.recordNameStart(b) {
			continue // "on the shelf, don't", "this wknd, ana or marco"
		}
		s.addName(b, e)
		k = e
	}
}

// recordNameStart reports a record's name field starting at token b: the
// line's start, a field's mark before it (a colon, dash, bar, bracket,
// arrow, bullet or quote), or a patient's word or "for", "re" right
// before it.
func (s *scanner) recordNameStart(b int) bool {
	p := b - 1
	if p < 0 || s.toks[b].sp == 2 {
		return true
	}
	if s.toks[p].punct {
		switch s.b[s.toks[p].s] {
		case ':', '-', '|', '(', '[', '*', '>', '/', '"', '`', '=':
			return true
		}
		return false
	}
	w := s.w(p)
	return s.inT(p, patientTrig) || w == "for" || w == "re"
}
