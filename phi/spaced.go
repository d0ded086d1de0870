package phi

import "bytes"

// Values typed one character at a time with a space between, to slip past
// a filter or because a form asked for it: "j o . r o e @ g m a i l . c o
// m", "DOB 1 0 1 0 1 9 7 7", "DOB: 1 8 N o v 1 9 5 5". The number pass
// reads spaced digits (SSNs, phones); this pass reads the runs that hold
// letters or an address's marks, put together: an e-mail address, or a
// birth date right after a birth-date cue. (The label rules: an obfuscated
// value is labelled whole, spaces and all.)

// minSpacedRun is the fewest characters of a run read here: shorter runs
// are initials and list markers ("J R R", "a b c").
const minSpacedRun = 8

// spacedChar reports a character a spaced value is made of.
func spacedChar(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '.' || c == '@' || c == '-' || c == '_' || c == '+' || c == '/'
}

// detectSpacedValues finds the spaced e-mail addresses and birth dates.
func (s *scanner) detectSpacedValues() {
	n := len(s.toks)
	var buf [64]byte
	for i := 0; i < n; i++ {
		if s.toks[i].e-s.toks[i].s != 1 || !spacedChar(s.b[s.toks[i].s]) {
			continue
		}
		// the run: one-character tokens, each one space after the last
		k := i
		v := append(buf[:0], s.b[s.toks[i].s])
		for k+1 < n && s.toks[k+1].sp == 1 && s.toks[k+1].e-s.toks[k+1].s == 1 && spacedChar(s.b[s.toks[k+1].s]) &&
			s.b[s.toks[k+1].s-1] == ' ' && len(v) < cap(buf) {
			k++
			v = append(v, s.b[s.toks[k].s])
		}
		if len(v) < minSpacedRun {
			i = k
			continue
		}
		switch {
		case spacedEmail(v):
			s.addTok(Email, i, k, priExact)
		case s.dobCueBefore(i) && spacedBirthDate(v):
			s.addTok(Date, i, k, priContext)
			s.healthDate = true
		}
		i = k
	}
}

// spacedEmail reports an e-mail address put together from a spaced run:
// one "@", a local part, a domain with a dot and a top-level domain of
// letters.
func spacedEmail(v []byte) bool {
	at := bytes.IndexByte(v, '@')
	if at <= 0 || bytes.IndexByte(v[at+1:], '@') >= 0 {
		return false
	}
	dom := v[at+1:]
	dot := bytes.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 {
		return false
	}
	for _, c := range dom[dot+1:] {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

// spacedBirthDate reports a date put together from a spaced run: eight
// digits ("10101977"), or a day, a month's name and a year ("18Nov1955").
func spacedBirthDate(v []byte) bool {
	if validPlainDate(v) {
		return true
	}
	_, y, ok := dayMonthYear(v)
	return ok && len(y) == 4
}

// dobCueBefore reports a birth-date cue right before token i, a colon, a
// dash or "is" between: "DOB 1 0 ...", "dob: 1 8 N o v ...".
func (s *scanner) dobCueBefore(i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && (s.is(k, ':') || s.is(k, '-') || s.w(k) == "is"); n++ {
		k--
	}
	return k >= 0 && s.in(k, dobWords) && s.w(k) != "b"
}
