package phi

// A record pasted or typed as a row: fields set apart by " / " or " | "
// on one line, "Levy, Shoshana / DOB 12-MAY-58 / 63371605 - wrong
// encounter", "Zhang, Tyrone / 11-17-1937 / 55132407419". A field that
// is one bare identifier, in a row that also holds the person's name or
// date, is that person's record number or member id, whatever its
// label would have said.

// recordRows types the bare identifiers of the message's record rows.
func (s *scanner) recordRows() {
	for a := 0; a < len(s.toks); {
		z := a + 1
		for z < len(s.toks) && s.toks[z].sp != 2 {
			z++
		}
		s.recordRow(a, z)
		a = z
	}
}

// maxRowFields bounds the fields of a row looked at.
const maxRowFields = 12

// recordRow types the identifiers of the row over tokens [a, z).
func (s *scanner) recordRow(a, z int) {
	var starts, ends [maxRowFields]int
	n := 0
	starts[0] = a
	for k := a; k < z && n < maxRowFields-1; k++ {
		if (s.is(k, '/') || s.is(k, '|')) && s.toks[k].sp == 1 && k+1 < z && s.toks[k+1].sp == 1 {
			ends[n] = k - 1
			n++
			starts[n] = k + 1
		}
	}
	if n < 2 {
		return // fewer than three fields
	}
	ends[n] = z - 1
	n++
	person := false
	for f := 0; f < n && !person; f++ {
		st, en := int(s.toks[starts[f]].s), int(s.toks[ends[f]].e)
		for _, c := range s.cands {
			if c.s < en && st < c.e && (c.t == Name || c.t == Date && s.birthYearIn(c.s, c.e)) {
				person = true
			}
		}
	}
	if !person {
		// no name or date found: a field that is a whole date with a
		// birth year, in a row whose other field is a record's number, is
		// the person's date of birth ("Rogers, Goodness / 9/7/1930 /
		// 078-4732-90 / W702929002")
		if f := s.rowBirthDate(starts[:n], ends[:n]); f >= 0 {
			s.addTok(Date, starts[f], ends[f], priGeneric)
			person = true
		}
	}
	if !person {
		return
	}
	for f := 0; f < n; f++ {
		i := starts[f]
		if i > ends[f] {
			continue
		}
		if f == 0 && s.rowInvertedName(i, ends[f]) {
			s.addName(i, ends[f]) // "Rogers, Goodness / 9/7/1930 / ...": the record's name, surname first
			continue
		}
		if s.toks[i].nd == 0 && s.isUpperStart(i) {
			// a field that is a full name alone, given name first: "Wilhelmina Saar | 1933-02-27 | ..."
			if e, nw := s.nameAt(i, false); nw >= 2 && e == ends[f] && s.gz(i).isGiven() && !s.claimed(int(s.toks[i].s), int(s.toks[e].e)) &&
				!s.inAny(i-1, staffBefore, honorifics) {
				s.addName(i, e)
			}
			continue
		}
		if s.toks[i].nd == 0 && !s.codeTok(i) {
			continue
		}
		e, ok := s.idValue(i, false)
		if !ok || e > ends[f] {
			continue
		}
		// the value is the field, or a comment follows a dash: "63371605 - wrong encounter"
		if e < ends[f] && !(s.is(e+1, '-') && s.toks[e+1].sp == 1) {
			continue
		}
		v := s.b[s.toks[i].s:s.toks[e].e]
		if len(s.dig) < 6 || alnumCount(v) > 20 || s.claimed(int(s.toks[i].s), int(s.toks[e].e)) || dateShaped(v) {
			continue
		}
		s.addTok(MRN, i, e, priGeneric)
	}
}

// birthYearIn reports a four-digit year before 2010 in the bytes st..en:
// a date of birth rather than a visit.
func (s *scanner) birthYearIn(st, en int) bool {
	run := 0
	for p := st; p <= en && p <= len(s.b); p++ {
		if p < en && isDigit(s.b[p]) {
			run++
			continue
		}
		if run == 4 {
			if y := atoi(s.b[p-4 : p]); y >= 1880 && y < 2010 {
				return true
			}
		}
		run = 0
	}
	return false
}

// rowBirthDate returns the field of a record row that is a whole date with
// a birth year when another field holds a record's number (six digits or
// more), or -1.
func (s *scanner) rowBirthDate(starts, ends []int) int {
	date, id := -1, false
	for f := range starts {
		st, en := int(s.toks[starts[f]].s), int(s.toks[ends[f]].e)
		v := s.b[st:en]
		if dateShaped(v) && s.birthYearIn(st, en) {
			if date < 0 {
				date = f
			}
			continue
		}
		if digitCount(v) >= 6 && alnumCount(v) <= 20 && !dateShaped(v) {
			id = true
		}
	}
	if !id {
		return -1
	}
	return date
}

// rowInvertedName reports a record row's first field over tokens i..e that
// is a surname and a given name, capitalised, with a comma between:
// "Rogers, Goodness". The surname is a listed one; the given name no word
// of the scanner's lists.
func (s *scanner) rowInvertedName(i, e int) bool {
	if e != i+2 || !s.is(i+1, ',') || s.toks[i+1].sp != 0 || s.toks[e].sp != 1 {
		return false
	}
	if !s.titleCase(i) || !s.titleCase(e) || s.toks[i].nd > 0 || s.toks[e].nd > 0 || s.gz(i).sur == 0 {
		return false
	}
	return !s.inAny(e, stopLower, capStop, clinicalWords, orgWords, deptWords, monthSet, weekdays) &&
		!s.claimed(int(s.toks[i].s), int(s.toks[e].e))
}
