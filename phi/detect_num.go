package phi

import "strings"

// Shape-based detection of digit runs: phone, SSN, payment card, IPv4 and
// numeric dates. A run is a sequence of digit groups joined by short
// separators (space, '-', '.', '/', ") "), so "415.902-3318", "512 40 9921"
// and "3 1 2 8 8 0 4 1 7 5" are each one run. Every sub-range of groups is
// tried, longest first, so "6/2 1-2pm" still yields the date "4/1".

type grp struct {
	s, e  int
	sep   byte // separator class before the group (0 for the first)
	alpha bool // a letter follows the group directly ("24th", "4pm")
}

const maxGroups = 24

// detectNumbers classifies every digit run in the message.
func (s *scanner) detectNumbers() {
	gs := s.gs[:0]
	defer func() { s.gs = gs }()
	// A run starts at a token that begins with a digit; digits inside a word
	// ("SN4381", "x4410") are left to the label pass.
	p := 0
	for n, i := len(s.toks), s.digitToks.next(0, len(s.toks)); i < n; i = s.digitToks.next(i+1, n) {
		t := s.toks[i]
		if int(t.s) < p {
			continue
		}
		if !isDigit(s.b[t.s]) {
			if q := s.gluedNumber(t, gs[:0]); q > 0 {
				p = q
			}
			continue
		}
		gs = s.digitRun(int(t.s), gs[:0])
		s.classifyRun(gs)
		p = gs[len(gs)-1].e
	}
}

// gluedNumberLabels are the labels typed without a space or colon before
// their value: a phone ("tel617-555-0142", "cell6175550142"), a ZIP
// ("zip01852"), a birth date ("dob03/04/1950", "DOB03041950") or an age
// ("age94").
var gluedNumberLabels = map[string]Type{"tel": Phone, "ph": Phone, "phone": Phone, "cell": Phone, "mobile": Phone,
	"fax": Phone, "zip": Address, "dob": Date, "bday": Date, "birthdate": Date, "age": Age, "aged": Age}

// gluedNumber reads the value of a token that starts with one of
// gluedNumberLabels and goes on in digits, and returns the end of what it
// read (0 for none). The value must pass the same shape checks as an
// unlabelled one: a phone a phone's, a date a valid calendar date, an age
// one over 89.
func (s *scanner) gluedNumber(t tok, gs []grp) int {
	if t.na < 2 || t.na > 9 || t.e-t.s > 40 {
		return 0
	}
	k := int(t.s)
	for k < int(t.e) && isLetter(s.b[k]) {
		k++
	}
	lt, ok := gluedNumberLabels[s.lo[t.s:k]]
	if !ok || k == int(t.e) || !isDigit(s.b[k]) || int(t.e)-k != int(t.nd) {
		return 0 // letters after the digits: a code ("ph7b")
	}
	gs = s.digitRun(k, gs)
	if gs[len(gs)-1].alpha {
		return 0
	}
	st, en := gs[0].s, gs[len(gs)-1].e
	switch lt {
	case Phone:
		// the label is the cue an unbroken ten digits need; other shapes
		// pass a phone's checks (area code, exchange) as if unlabelled
		if s.dig = digitsOf(s.dig, s.b[st:en]); len(gs) == 1 && validNANP(s.dig) {
			s.add(Phone, st, en, priGeneric)
		} else {
			s.classifyRun(gs)
		}
	case Date:
		s.dig = digitsOf(s.dig, s.b[st:en])
		if len(gs) == 3 && gs[1].sep == gs[2].sep && gs[1].sep != ' ' && validMDY(s.b, gs) || len(gs) == 1 && validPlainDate(s.dig) {
			s.add(Date, st, en, priContext)
		}
	case Address:
		if len(gs) == 1 && en-st == 5 || len(gs) == 2 && gs[1].sep == '-' && gs[0].e-gs[0].s == 5 && en-gs[1].s == 4 {
			s.add(Address, st, en, priContext) // "zip01852", "zip01852-4410"
		}
	case Age:
		if v := atoi(s.b[st:en]); len(gs) == 1 && en-st <= 3 && v > 89 && v < 125 {
			s.add(Age, st, en, priContext)
		}
	}
	return en
}

// copula reports "is", "was" or "=" at token k.
func (s *scanner) copula(k int) bool {
	w := s.w(k)
	return w == "is" || w == "was" || w == "="
}

// spacedDay reports a month or day of one or two digits before a slash
// set apart by blanks, the next group one or two digits too: a date typed
// "07 / 19 / 1990" (not "120 / 80").
func spacedDay(b []byte, gs []grp, k int) bool {
	last := gs[len(gs)-1]
	if last.e-last.s > 2 || len(gs) > 2 {
		return false
	}
	p := k + 1
	if p < len(b) && b[p] == ' ' {
		p++
	}
	q := p
	for q < len(b) && isDigit(b[q]) {
		q++
	}
	return q > p && q-p <= 4
}

// listMarkAt reports a list item's number at p: one or two digits, then
// "." or ")" and a blank ("2. ", "10) ").
func listMarkAt(b []byte, p int) bool {
	q := p
	for q < len(b) && q-p < 3 && isDigit(b[q]) {
		q++
	}
	return q > p && q-p <= 2 && q+1 < len(b) && (b[q] == '.' || b[q] == ')') && b[q+1] == ' '
}

// digitRun collects the digit groups of the run starting at p.
func (s *scanner) digitRun(p int, gs []grp) []grp {
	b := s.b
	end := func(q int) int {
		for q < len(b) && isDigit(b[q]) {
			q++
		}
		return q
	}
	q := end(p)
	gs = append(gs, grp{s: p, e: q, alpha: q < len(b) && isAlnum(b[q])})
	for len(gs) < maxGroups && !gs[len(gs)-1].alpha {
		k, sep := q, byte(0)
		if k < len(b) && b[k] == ')' {
			sep, k = ')', k+1
			if k < len(b) && (b[k] == ' ' || (b[k] == '-' || b[k] == '.') && k+1 < len(b) && isDigit(b[k+1])) {
				k++ // "(617) 555-0142", "(207)-952-2929"
			}
		} else if p := k + 1; k+1 < len(b) && (b[k] == '(' || b[k] == ' ' && b[p] == '(' && k+2 < len(b)) && s.plusAt(gs[0].s) {
			// the trunk prefix or area code of an international number
			// in parentheses: "+49 (0)30 1234 5678", "+44 (0) 20 7946 0958"
			if b[k] == ' ' {
				k++
			}
			sep, k = '(', k+1
		} else if k < len(b) && b[k] == '\n' {
			sep, k = ' ', k+1 // a value broken over two lines
			if listMarkAt(b, k) {
				break // not the number of the next line's item: "...555 3916⏎2. Eamon"
			}
		} else if k < len(b) && (b[k] == ' ' || b[k] == '-' || b[k] == '.' || b[k] == '/' || b[k] == '_') {
			sep, k = b[k], k+1
			if sep == '_' {
				sep = '-'
			}
			if k < len(b) && (b[k] == ' ' || b[k] == '\n') && sep != ' ' {
				k++
			} else if sep == ' ' && k+1 < len(b) && (b[k] == '-' || b[k] == '.' || b[k] == '/' && (spacedSingles(gs) || spacedDay(b, gs, k))) {
				sep, k = b[k], k+1
				if k < len(b) && b[k] == ' ' {
					k++
				}
			}
		}
		if sep == 0 || k >= len(b) || !isDigit(b[k]) {
			break
		}
		q = end(k)
		gs = append(gs, grp{s: k, e: q, sep: sep, alpha: q < len(b) && isAlnum(b[q])})
	}
	return gs
}

// classifyRun tries sub-ranges of groups, longest first from each start.
func (s *scanner) classifyRun(gs []grp) {
	for i := 0; i < len(gs); {
		j := len(gs) - 1
		for ; j >= i; j-- {
			if s.classify(gs[i : j+1]) {
				break
			}
		}
		if j < i {
			i++
		} else {
			i = j + 1
		}
	}
}

// classify tries to recognise groups as one identifier and adds a candidate.
func (s *scanner) classify(g []grp) bool {
	b := s.b
	n, k := 0, len(g)
	var lens [maxGroups]int
	for i, x := range g {
		lens[i] = x.e - x.s
		n += lens[i]
	}
	st, en := g[0].s, g[k-1].e
	seps := func(ok func(byte) bool) bool {
		for _, x := range g[1:] {
			if !ok(x.sep) {
				return false
			}
		}
		return true
	}
	same := func(c byte) bool {
		return seps(func(x byte) bool { return x == c })
	}
	lastAlpha := g[k-1].alpha
	dob6 := k == 1 && n == 6 && s.prevWordInT(s.tokAt(st), dobWords, 2) // "DOB 030450": MMDDYY
	if n < 2 || n > 19 || k == 1 && n != 8 && n < 10 && !s.plusAt(st) && !dob6 {
		return false // too short or too long to be any identifier shape
	}
	s.dig = digitsOf(s.dig, b[st:en])
	d := s.dig
	ti := s.tokAt(st)
	plus := s.plusAt(st)
	paren := st > 0 && b[st-1] == '(' && lens[0] == 3 && k > 1 && g[1].sep == ')'
	// "(11) 91234-5678", "(020) 7946 0958": a two- or four-digit area code
	// in parentheses, as outside North America
	parenArea := st > 0 && b[st-1] == '(' && (lens[0] == 2 || lens[0] == 4) && k > 1 && g[1].sep == ')'
	if k > 1 && g[1].sep == ')' && !paren && !parenArea && !(plus && st >= 2 && b[st-2] == '(') {
		return false // "(+44) 20 7946 0958" has its country code in parentheses
	}
	singles := true
	for _, x := range g {
		if x.e-x.s != 1 || (x.sep != 0 && x.sep != ' ' && x.sep != '-' && x.sep != '.') {
			singles = false
		}
	}

	// IPv4
	if k == 4 && same('.') && !lastAlpha {
		var parts [][]byte
		for _, x := range g {
			parts = append(parts, b[x.s:x.e])
		}
		// (a version's word right before it, function words aside: "build
		// 4.2.1.0", "firmware is 10.4.2.1"; not one further back, "app
		// server 172.26.57.129", "fw log: 192.168.10.14")
		if validIPv4(parts) && !s.prevWordInT(ti, versionWords, 1) && !(s.copula(ti-1) && s.prevWordInT(ti-1, versionWords, 1)) &&
			!s.versionClause(ti, s.tokAt(en), parts) {
			// every address is PHI (PHI-LABELS.md), whatever label
			// stands before it: an organisation's label ("station
			// 10.42.17.108", "asset ...") does not block it as it blocks
			// a number
			s.add(IPAddress, st, en, priLabel)
			return true
		}
	}
	// "PC.04.01.05", "LD.04.01.07": numbers dotted on from a code's
	// letters are the code's (a standard's element), no date
	if st >= 2 && b[st-1] == '.' && isLetter(b[st-2]) && k > 1 && same('.') {
		return true
	}
	// Numeric dates are context types: decided in dateCand.
	if k >= 6 && !lastAlpha && spacedDate(b, g) {
		s.dateCand(st, en, true) // "0 4 / 1 9 / 1 9 7 7": a date typed digit by digit
		return true
	}
	if (!lastAlpha || isOrdinal(b, en)) && !innerGroups(b, st, en) {
		if k == 3 && (same('/') || same('-') || same('.')) && validMDY(b, g) {
			s.dateCand(st, en, true)
			return true
		}
		if k == 2 && same('/') && lens[0] <= 2 && lens[1] <= 2 && (validMD(b, g) || validDM(b, g)) {
			s.dateCand(st, en, false) // "3/4", "21/03": the day first where it cannot be a month
			return true
		}
		// "09/2024": a month and its year, judged like a month and day
		// (a cue must own it); the year says nothing of whose it is
		if k == 2 && same('/') && lens[0] <= 2 && lens[1] == 4 && validYMD(atoi(b[g[1].s:g[1].e]), atoi(b[g[0].s:g[0].e]), 1) {
			s.dateCand(st, en, false)
			return true
		}
		// "04-09", "04.09": a zero-padded month and day with a dash or a dot
		// is a date only where a cue says so (dateCand)
		if k == 2 && (same('-') || same('.')) && lens[0] == 2 && lens[1] == 2 && b[st] == '0' && validMD(b, g) {
			s.dateCand(st, en, false)
			return true
		}
		if dob6 && validYMD(1900+atoi(d[4:]), atoi(d[:2]), atoi(d[2:4])) {
			s.dateCand(st, en, true)
			return true
		}
		// "DOB 07141953", "| 07141953 |" in a record row, "(03042024)":
		// eight digits that read as a whole date are one wherever they
		// stand; dateCand judges whose
		if k == 1 && n == 8 && validPlainDate(d) {
			s.dateCand(st, en, true)
			return true
		}
		// "adm 6-20", "2-11 admit", "d/c'd 11.20": a month and day with a
		// dash (or a dot and a two-digit day) and no zero is a date only
		// next to a health event; elsewhere it is a room ("in 5-13"), a
		// span of hours, a count or a figure
		if k == 2 && (same('-') || same('.') && lens[1] == 2) && lens[0] <= 2 && lens[1] <= 2 && validMD(b, g) {
			if te := s.tokAt(en); s.shortDashDate(ti, te) {
				s.dateCand(st, en, false)
				return true
			} else if same('-') && s.dashDateShape(ti, te) {
				// elsewhere the date model weighs it ("no show 5-9",
				// "recert 8-27", "(1-4)"); nothing else reads it
				s.noteDate(st, en, ti, te, dkNumeric)
			}
		}
	}
	if lastAlpha && !s.extAfter(en) {
		return false
	}
	// SSN: 3-2-4 in any separators, or nine spaced single digits.
	if n == 9 && ((k == 3 && lens[0] == 3 && lens[1] == 2 && seps(func(c byte) bool { return c != '/' && c != ')' })) || (singles && k == 9)) {
		if validSSN(d) || validITIN(d) && !singles || s.prevWordInT(ti, ssnWords, 4) {
			s.add(SSN, st, en, priGeneric)
			return true
		}
	}
	// A Canadian social insurance number: 3-3-3 (or nine digits), Luhn-valid,
	// after its label ("SIN 046 454 286").
	if n == 9 && (k == 1 || k == 3 && lens[0] == 3 && lens[1] == 3 && (same(' ') || same('-'))) && luhn(d) && s.prevWordInT(ti, sinWords, 4) {
		s.add(SSN, st, en, priGeneric)
		return true
	}
	// Phone numbers.
	phone := false
	cue := (k == 1 || n == 7) && s.prevWordInT(ti, phoneWords, 4)
	nanp := validNANP(d)
	switch {
	case n == 10 && k == 3 && lens[0] == 3 && lens[1] == 3 && nanp && (seps(notSlash) || same('/') || g[1].sep == '/' && notSlash(g[2].sep)):
		phone = true // (the area code set apart by a slash: "773/679-1850")
	case n == 10 && k == 4 && lens[0] == 3 && lens[1] == 3 && lens[2] == 2 && lens[3] == 2 && nanp && seps(notSlash) && (s.prevWordInT(ti, phoneWords, 4) || s.phoneJustBefore(st)):
		phone = true // "832 660 45 29": the last four digits in pairs, after a phone cue
	case n == 11 && k == 4 && lens[0] == 1 && b[st] == '1' && lens[1] == 3 && lens[2] == 3 && nanp && seps(notSlash):
		phone = true
	case paren && k == 2 && lens[1] == 7 && nanp: // "(617)5550142"
		phone = true
	case singles && (k == 10 || k == 11 && b[st] == '1') && nanp:
		phone = true
	case k == 8 && lens[0] == 3 && n == 10 && nanp && spacedAfterFirst(g) && (s.prevWordInT(ti, phoneWords, 4) || s.phoneJustBefore(st)):
		phone = true // "413 3 6 9 6 3 0 6": the area code, then the number digit by digit, after a phone cue
	case k == 1 && (n == 10 || n == 11 && b[st] == '1') && (cue && nanp || plus):
		phone = true
	case k == 1 && (n == 10 || n == 11 && b[st] == '1') && nanp && s.bareNumberCue(ti, st, en):
		phone = true
	case plus && n >= 8 && n <= 15 && seps(notSlash):
		phone = true
	case k >= 2 && lens[0] >= 4 && lens[0] <= 5 && b[st] == '0' && b[st+1] == '0' && n >= 10 && n <= 17 && seps(notSlash) && s.prevWordInT(ti, phoneWords, 4):
		phone = true // "0044 7700 900482", "00919876543210": an international prefix without '+'
	case k >= 3 && lens[0] == 2 && b[st] == '0' && b[st+1] == '0' && n >= 10 && n <= 17 && seps(notSlash) && s.prevWordInT(ti, phoneWords, 4):
		phone = true // "00 91 98765 43210"
	case k >= 2 && lens[0] >= 2 && lens[0] <= 6 && b[st] == '0' && b[st+1] != '0' && n >= 9 && n <= 12 && seps(notSlash) &&
		s.prevWordInT(ti, phoneWords, 4) && (lens[0] > 2 || s.prevWordInT(ti, phoneNouns, 4)):
		phone = true // "07700 900 482", "020 7946 0999", "098765 43210", "03-123-4567": a national trunk prefix after a phone cue
	case k == 5 && n == 10 && b[st] == '0' && b[st+1] != '0' && lens[0] == 2 && lens[1] == 2 && lens[2] == 2 && lens[3] == 2 &&
		(same(' ') || same('.') || same('-')) && (same('.') || s.prevWordInT(ti, phoneNouns, 6)):
		phone = true // "06 12 34 56 78": a French number in pairs
	case k == 2 && lens[0] == 5 && lens[1] == 5 && d[0] >= '6' && (same(' ') || same('-')) && s.prevWordInT(ti, phoneWords, 4) &&
		(!codeRange(d) || s.prevWordInT(ti, phoneNouns, 4)):
		// "98765 43210": an Indian mobile after a phone cue (not
		// "99497/99498" or "99341-99345": billing codes and their ranges)
		phone = true
	case parenArea && n >= 10 && n <= 11 && seps(notSlash) && s.prevWordInT(ti, phoneWords, 4):
		phone = true
	case n == 7 && k == 2 && lens[0] == 3 && (same('-') || same('.')) && cue:
		phone = true
		st = s.areaCodeBefore(ti, st) // "617 then 555-0142"
	case n == 10 && k == 2 && lens[0] == 3 && lens[1] == 7 && (same(' ') || same('-') || same('.')) && nanp &&
		(s.prevWordInT(ti, phoneWords, 4) || s.phoneJustBefore(st)):
		phone = true // "617 5550142", "call 508-5550163"
	case n == 10 && k == 3 && lens[0] == 3 && lens[1] == 3 && !nanp && d[0] >= '2' && seps(notSlash) && (s.prevWordInT(ti, phoneNouns, 6) || s.phoneJustBefore(st)):
		phone = true // "the phone is 555-017-3390": a made-up or mistyped exchange is still a number to dial
	}
	if phone {
		if paren || parenArea || plus && b[st-1] == '+' {
			st--
			if plus && k > 1 && g[1].sep == ')' && st > 0 && b[st-1] == '(' {
				st-- // "(+44) ..."
			}
		} else if plus {
			st -= 5 // the spelt "plus " is part of the number
		}
		if paren && st >= 2 && b[st-1] == '1' && b[st-2] == '+' {
			st -= 2 // "+1(617)555-0142"
		} else if paren && st >= 3 && b[st-1] == ' ' && b[st-2] == '1' && b[st-3] == '+' {
			st -= 3 // "+1 (617) 555-0142"
		}
		s.add(Phone, st, s.extEnd(en), priGeneric)
		return true
	}
	// Payment cards: 13-19 digits in groups of 3-6 (or none; the last of
	// four or more may be shorter: "6759 4148 5253 8885 35"), Luhn-valid,
	// or after a card word and starting as a card brand's numbers do (a
	// mistyped or made-up number is still read out as a card's).
	// A number in one piece must also have a brand's start and length
	// ("Claim 2026112800431" passes Luhn by chance); four groups of four
	// (or Amex's 4-6-5) in a message about a card need no check digit.
	cardGroups := k == 4 && lens[0] == 4 && lens[1] == 4 && lens[2] == 4 && lens[3] == 4 ||
		k == 3 && lens[0] == 4 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4)
	if n >= 13 && n <= 19 && (k == 1 || same(' ') || same('-') || same('.') || singles || seps(cardSep) || cardGroups && luhn(d) && seps(cardMark)) && (k > 1 || cardLength(d, n)) &&
		(luhn(d) || cardLength(d, n) && !s.prevWordInT(ti, idLabels, 2-b2i(cardGroups)) && !s.mentionsStr(&sampleWords) &&
			(s.prevWordInT(ti, cardWords, 4) || cardGroups && s.mentionsT(cardWords))) {
		ok := true
		for i := 0; i < k && !singles; i++ {
			if k > 1 && (lens[i] < 3 || lens[i] > 6) && !(i == k-1 && k >= 4 && lens[i] >= 1) {
				ok = false
			}
		}
		if ok {
			s.add(CreditCard, st, en, priGeneric)
			return true
		}
	}
	return false
}

// areaCodeBefore extends a seven-digit number starting at folded offset st
// (token ti) back over its area code when a few words separate them ("617
// then 555-0142", "617, 555-0142", "area code 617 - 555-0142"): the area
// code is a token of three digits valid in the numbering plan, with at most
// two joining words or marks between.
func (s *scanner) areaCodeBefore(ti, st int) int {
	k := ti - 1
	for n := 0; n < 3 && k >= 0 && s.toks[k+1].sp < 2; n++ {
		t := s.toks[k]
		if t.nd == 3 && t.na == 0 {
			a := s.b[t.s:t.e]
			if a[0] >= '2' && !(a[1] == '1' && a[2] == '1') && k != ti-1 && !s.is(k-1, '(') && (k == 0 || s.toks[k-1].nd == 0) {
				return int(t.s)
			}
			return st
		}
		if t.nd > 0 || !(t.punct && (s.b[t.s] == ',' || s.b[t.s] == '-') || s.inStr(k, &areaJoin)) {
			return st
		}
		k--
	}
	return st
}

// phoneJustBefore reports a phone number ending a few bytes before
// folded offset st with only list words between ("it's 555-017-3390, not
// 555-017-3309"): the next number of the list is a phone number too.
func (s *scanner) phoneJustBefore(st int) bool {
	for i := len(s.cands) - 1; i >= 0; i-- {
		c := s.cands[i]
		if c.t != Phone || c.e > st || st-c.e > 16 {
			continue
		}
		for _, w := range strings.FieldsFunc(s.lo[c.e:st], func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == ';' || r == '|' }) {
			if !listJoin.has(w) {
				return false
			}
		}
		return true
	}
	return false
}

// bareNumberCue reports what makes ten digits in one piece (valid in the
// numbering plan, so a dialable number) a phone number when no phone word
// stands in the four words before: an extension after it ("... ext. 3957"),
// a phone noun further back in its clause ("her cell for the trip next week
// is ..."), "#" after a word that owns a number to call ("best # is",
// "cb#"), the alternative to a contact found before ("at x@y.com or ..."),
// or digits typed to slip past a filter (zero-width characters between
// them, fullwidth forms).
func (s *scanner) bareNumberCue(ti, st, en int) bool {
	return s.extAfter(en) || s.prevWordInT(ti, phoneNouns, 8) || s.hashCue(ti) || s.contactJustBefore(st) || s.disguised(st, en)
}

// hashCue reports "#" before token ti ("best # is", "cb #:") whose word
// before it owns a number to call rather than a record's or an order's.
func (s *scanner) hashCue(ti int) bool {
	k := ti - 1
	for n := 0; n < 2 && k > 0 && (s.w(k) == "is" || s.is(k, ':') || s.is(k, '-') || s.is(k, '=')); n++ {
		k--
	}
	return k > 0 && s.is(k, '#') && s.toks[k].sp < 2 && s.inStr(k-1, &hashPhoneWords)
}

// hashPhoneWords own a "#" that stands for a phone number.
var hashPhoneWords = small("best", "good", "cb", "callback", "contact", "cell", "home", "work", "alt", "daytime", "evening")

// contactJustBefore reports an e-mail address or phone number ending a few
// bytes before folded offset st with only list words between ("reach her
// at x@y.com or ..."): the alternative way to reach someone is a number to
// call; so is the label of a Slack "tel:" link.
func (s *scanner) contactJustBefore(st int) bool {
	for i := len(s.cands) - 1; i >= 0; i-- {
		c := s.cands[i]
		if c.t != Email && c.t != Phone || c.e > st || st-c.e > 8 {
			continue
		}
		if c.t == Phone && s.lo[c.e:st] == "|" && c.s >= 4 && strings.HasSuffix(s.lo[:c.s], "tel:") {
			return true // a Slack link's label: "<tel:+14134561391|4134561391>"
		}
		for _, w := range strings.FieldsFunc(s.lo[c.e:st], func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
			if w != "or" && w != "and" {
				return false
			}
		}
		return true
	}
	return false
}

// listJoin are the words between the numbers of a list.
var listJoin = small("or", "and", "not", "also", "then", "vs", "alt")

// areaJoin are the words between an area code and the rest of a number.
var areaJoin = small("then", "and", "dash", "hyphen")

// sinWords label a social insurance number.
var sinWords = words("sin", "insurance", "social")

// sampleWords say a number is an example, not someone's.
var sampleWords = small("invalid", "fake", "test", "sample", "example", "dummy", "placeholder")

// idLabels are the labels of identifiers and of organisational numbers:
// one right before a number owns it ("card reader serial 4532 ...").
var idLabels = union(labelSet, blockLabels)

// codeRange reports ten digits that are two five-digit codes of one
// family, the second not below the first ("99341" to "99345"): a range of
// codes, no telephone number.
func codeRange(d []byte) bool {
	return len(d) == 10 && string(d[:3]) == string(d[5:8]) && string(d[5:]) >= string(d[:5])
}

// phoneNouns name a phone number outright (phoneWords also has "at", "on").
var phoneNouns = words("phone", "cell", "mobile", "tel", "telephone", "fax", "call", "text", "number", "ph", "contact", "reach", "portable", "numero",
	"hotline", "helpline", "helpdesk", "desk", "line", "callback")

func notSlash(c byte) bool { return c != '/' }

// cardLength reports whether a number of n digits with the first digits d
// has a length its brand issues: a mistyped number after a card word
// still has its brand's length (Visa 13, 16 or 19; Mastercard 16; Amex
// 15; Diners 14; JCB, Discover, UnionPay and Maestro 16-19).
func cardLength(d []byte, n int) bool {
	switch d[0] {
	case '4':
		return n == 13 || n == 16 || n == 19
	case '2', '5':
		return n == 16
	case '3':
		switch d[1] {
		case '4', '7':
			return n == 15
		case '0', '6', '8':
			return n == 14
		case '5':
			return n >= 16
		}
		return false
	case '6':
		return n >= 16
	}
	return false
}

// cardSep: the separators a card's groups may mix ("4111-1111 1111-1111").
func cardSep(c byte) bool { return c == ' ' || c == '-' }

// cardMark separates a card's groups typed in a hurry: "4111.1111 1111-1111".
func cardMark(c byte) bool { return c == ' ' || c == '-' || c == '.' }

func (s *scanner) plusAt(st int) bool {
	if st > 0 && s.b[st-1] == '+' {
		return true
	}
	// "plus 52 55 4817 2093": the sign spelt out, as dictated
	return st >= 5 && s.lo[st-5:st] == "plus " && (st == 5 || !isAlnum(s.b[st-6]))
}

func isOrdinal(b []byte, en int) bool {
	if en+2 > len(b) {
		return false
	}
	sfx := string([]byte{lower(b[en]), lower(b[en+1])})
	if sfx != "st" && sfx != "nd" && sfx != "rd" && sfx != "th" {
		return false
	}
	return en+2 == len(b) || !isAlnum(b[en+2])
}

// extAfter reports whether en is followed directly by an extension marker.
func (s *scanner) extAfter(en int) bool { return s.extEnd(en) > en }

// extEnd extends a phone number over an attached extension: "ext. 21",
// "x21", "extension 21", "#21".
func (s *scanner) extEnd(en int) int {
	b, lo := s.b, s.lo
	p := en
	for p < len(b) && (b[p] == ' ' || b[p] == ',') && p-en < 3 {
		p++
	}
	switch {
	case hasPrefixAt(lo, p, "extension"):
		p += 9
	case hasPrefixAt(lo, p, "ext"):
		p += 3
	case p < len(b) && (b[p] == 'x' || b[p] == 'X' || b[p] == '#'):
		p++
	default:
		return en
	}
	if p < len(b) && b[p] == '.' {
		p++
	}
	for p < len(b) && (b[p] == ' ' || b[p] == ':') {
		p++
	}
	q := p
	for q < len(b) && isDigit(b[q]) && q-p < 7 {
		q++
	}
	if q == p || (q < len(b) && isAlnum(b[q])) {
		return en
	}
	return q
}

func hasPrefixAt(s string, p int, pre string) bool {
	return p >= 0 && p+len(pre) <= len(s) && s[p:p+len(pre)] == pre
}

func validMDY(b []byte, g []grp) bool {
	a, c, y := b[g[0].s:g[0].e], b[g[1].s:g[1].e], b[g[2].s:g[2].e]
	if len(a) == 4 { // ISO order
		a, c, y = c, y, a
		if len(y) != 4 || len(a) > 2 || len(c) > 2 {
			return false
		}
		return validYMD(atoi(y), atoi(a), atoi(c))
	}
	if len(a) > 2 || len(c) > 2 || (len(y) != 2 && len(y) != 4) {
		return false
	}
	yy := atoi(y)
	if len(y) == 2 {
		yy += 1900
	}
	m, dd := atoi(a), atoi(c)
	return validYMD(yy, m, dd) || validYMD(yy, dd, m)
}

func validMD(b []byte, g []grp) bool {
	m, d := atoi(b[g[0].s:g[0].e]), atoi(b[g[1].s:g[1].e])
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// validDM reports a day and a month in that order that cannot be read
// the other way round ("21/03").
func validDM(b []byte, g []grp) bool {
	d, m := atoi(b[g[0].s:g[0].e]), atoi(b[g[1].s:g[1].e])
	return d > 12 && d <= 31 && m >= 1 && m <= 12
}

func validYMD(y, m, d int) bool {
	return y >= 1880 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// spacedSingles reports a run of single digits set apart by blanks so
// far ("0 4"): a slash after it with blanks around continues it.
func spacedSingles(gs []grp) bool {
	for i, x := range gs {
		if x.e-x.s != 1 || i > 0 && x.sep != ' ' && x.sep != '/' {
			return false
		}
	}
	return len(gs) >= 2
}

// spacedDate reports single digits set apart by blanks whose slashes make
// a month, a day and a year ("0 4 / 1 9 / 1 9 7 7", "4 / 1 9 / 5 2").
func spacedDate(b []byte, g []grp) bool {
	var part [3]int
	var n [3]int
	p := 0
	for i, x := range g {
		if i > 0 && x.sep == '/' {
			if p++; p > 2 {
				return false
			}
		} else if i > 0 && x.sep != ' ' || x.e-x.s != 1 {
			return false
		}
		part[p] = part[p]*10 + int(b[x.s]-'0')
		n[p]++
	}
	if p != 2 || n[0] > 2 || n[1] > 2 || n[2] != 2 && n[2] != 4 {
		return false
	}
	y := part[2]
	if n[2] == 2 {
		y += 1900
	}
	return validYMD(y, part[0], part[1]) || validYMD(y+100, part[0], part[1])
}

// yearDate reports a whole date with its year written as one value:
// "2026-04-12", "4/12/2026", "12.04.26", "02-Feb-2025". An organisational
// label before it ("incident", "check") does not make it a number.
func yearDate(v []byte) bool {
	var part [3][]byte
	n, st := 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '-' && v[i] != '/' && v[i] != '.' {
			continue
		}
		if n == 3 || i == st {
			return false
		}
		part[n], n, st = v[st:i], n+1, i+1
	}
	if n != 3 || len(part[2]) != 2 && len(part[2]) != 4 && len(part[0]) != 4 {
		return false
	}
	num := func(b []byte) int {
		x := 0
		for _, c := range b {
			if !isDigit(c) {
				return -1
			}
			x = x*10 + int(c-'0')
		}
		return x
	}
	a, b, c := num(part[0]), num(part[1]), num(part[2])
	if b < 0 { // "02-Feb-2025"
		m, ok := monthWord(part[1])
		return ok && m > 0 && a >= 1 && a <= 31 && len(part[0]) <= 2 && c >= 0
	}
	if len(part[0]) == 4 {
		return len(part[1]) <= 2 && len(part[2]) <= 2 && validYMD(a, b, c)
	}
	return a >= 1 && b >= 1 && len(part[0]) <= 2 && len(part[1]) <= 2 && c >= 0 && (a <= 12 && b <= 31 || a <= 31 && b <= 12)
}

func validPlainDate(d []byte) bool {
	if len(d) != 8 {
		return false
	}
	return validYMD(atoi(d[4:]), atoi(d[:2]), atoi(d[2:4])) || validYMD(atoi(d[:4]), atoi(d[4:6]), atoi(d[6:]))
}

// versionClause reports a dotted quad that its clause makes a software
// version rather than an address: a version's word among the seven content
// words before it ("upgrading Zoom Rooms in room 310 to 6.6.1.61", "fixed
// in 8.5.0.136") or right after it ("the 3.2.1.0 patch"), with no network
// word in the clause before it or in the four words after it ("server",
// "ip", "vpn", "logged in from"), neither "at" nor "from" right before it
// (where a machine is: "the receiver at 10.14.22.87") and outside the
// private and loopback ranges, which only networks use. ti is the quad's
// first token, te the token after it.
func (s *scanner) versionClause(ti, te int, parts [][]byte) bool {
	if privateIPv4(parts) || !s.mentions(versionCues) {
		return false
	}
	cue := te < len(s.toks) && s.toks[te].sp == 1 && s.in(te, versionCues)
	for k, seen := te, 0; k < len(s.toks) && seen < 4 && s.toks[k].sp < 2; k++ {
		if !s.toks[k].punct {
			if s.in(k, netWords) {
				return false // "upgrade failed on 203.0.113.45, the app server"
			}
			seen++
		}
	}
	for k, seen := ti-1, 0; k >= 0 && seen < 7; k-- {
		if s.toks[k+1].sp == 2 {
			break
		}
		t := s.toks[k]
		if t.punct {
			if c := s.b[t.s]; c == ';' || c == '!' || c == '?' || c == '|' || c == '.' && s.toks[k+1].sp > 0 {
				break
			}
			continue
		}
		w := s.w(k)
		if seen == 0 && (w == "at" || w == "from") || s.in(k, netWords) {
			return false
		}
		cue = cue || s.in(k, versionCues)
		if !s.in(k, function) {
			seen++
		}
	}
	return cue
}

// versionCues say a number is a release: a version's word, or "upgrading
// to", "fixed in" (one bit test for versionClause).
var versionCues = union(versionWords, words("upgrading", "updated", "updating", "upgrades", "updates", "patched", "released", "versions", "fixed"))

// netWords put a dotted quad on a network: an address, whatever else the
// clause says of versions.
var netWords = words("ip", "ips", "address", "addr", "server", "servers", "host", "hostname", "subnet", "gateway", "vpn", "dns",
	"ping", "login", "logged", "logins", "log", "logs", "access", "accessed", "source", "src", "dest", "destination",
	"connection", "connected", "workstation", "pc", "router", "firewall", "blocked", "node", "nodes", "printer", "receiver")

// privateIPv4 reports an address in a private, loopback or link-local
// range (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16).
func privateIPv4(p [][]byte) bool {
	a, b := atoi(p[0]), atoi(p[1])
	return a == 10 || a == 127 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 169 && b == 254
}

// barePhones takes the ten digits that every other pass left alone and
// that the numbering plan can dial ("her # is 7815082264", "the neighbour
// (4137720915)", "978-2217340") for phone numbers: a phone number is PHI
// whoever's it is, and no label says it is anything else. The record,
// account and member numbers the model reads (rescueIdents) and every
// labelled value are claimed before this runs; a label of any type in the
// four words before, an order's, ticket's or meeting's word anywhere in
// the message, or an NPI's check digit where NPIs are mentioned leaves the
// number alone.
func (s *scanner) barePhones() {
	n := len(s.toks)
	for i := s.digitToks.next(0, n); i < n; i = s.digitToks.next(i+1, n) {
		t := s.toks[i]
		j := i // the last token: "708-5018330" is three
		if t.na == 0 && t.nd == 3 && i+2 < n && (s.is(i+1, '-') || s.is(i+1, '.')) && s.toks[i+1].sp == 0 && s.toks[i+2].sp == 0 &&
			s.toks[i+2].nd == 7 && s.toks[i+2].na == 0 {
			j = i + 2
		} else if t.na != 0 || !(t.nd == 10 || t.nd == 11 && s.b[t.s] == '1') {
			continue
		}
		// glued to a word, a path, a sum or more digits: part of something else
		if i > 0 && t.sp == 0 && (!s.toks[i-1].punct || s.is(i-1, '-') || s.glueBefore(i-1)) ||
			j+1 < n && s.toks[j+1].sp == 0 && (!s.toks[j+1].punct || s.glueAfter(j+1)) {
			continue
		}
		st, en := int(t.s), int(s.toks[j].e)
		if s.claimed(st, en) {
			continue
		}
		s.dig = digitsOf(s.dig, s.b[st:en])
		// (a sentence that ends on a number ends a label's reach: "call
		// her back after 3. 6034558926")
		newSentence := s.is(i-1, '.') && t.sp > 0 && s.toks[i-1].sp == 0 && i > 1 && s.toks[i-2].nd > 0 && s.toks[i-2].na == 0
		if !validNANP(s.dig) || !newSentence && s.prevWordInT(i, idLabels, 4) || s.mentionsT(orderWords) || validNPI(s.dig) && s.mentionsT(npiWords) {
			continue
		}
		s.add(Phone, st, en, priContext)
	}
}

// npiWords name a provider's NPI.
var npiWords = words("npi", "npis")

// orderWords own the ten-digit numbers of an organisation: purchase orders,
// invoices, tickets, shipments and meetings.
var orderWords = words("po", "invoice", "order", "zoom", "ticket", "tracking", "shipment")

// spacedAfterFirst reports groups after the first that are single digits
// set apart by blanks.
func spacedAfterFirst(g []grp) bool {
	for _, x := range g[1:] {
		if x.e-x.s != 1 || x.sep != ' ' {
			return false
		}
	}
	return true
}

// innerGroups reports digit groups at b[st:en] that are the inner part of a
// longer run joined by dots ("5.6.6.75", a version refused as a whole): no
// date is read from a piece of it.
func innerGroups(b []byte, st, en int) bool {
	return st > 1 && b[st-1] == '.' && isDigit(b[st-2]) || en+1 < len(b) && b[en] == '.' && isDigit(b[en+1])
}
