package phi

import "bytes"

// Record numbers with no label, typed where a record puts them: right after
// the person they belong to. A found name followed by an id in parentheses
// ("Ana Reyes (E4471902)"), by a birth date and then a number on the same
// line (a wristband or a label printout: "REYES, ANA M 3/4/1950 4471902"),
// or by a number between the slashes or bars of a handoff line ("Ana Reyes
// / 447 1902 / CHF / full code") is that person's record number. The
// number must look like one: seven to ten digits, perhaps after one letter,
// in one piece or as three and four digits; a year, a count, a room or an
// extension has fewer digits, and a birth date in eight digits is a date's.
// (The name pass itself takes digits alone set off by a comma or
// parentheses, recordAfterName; this pass runs once the names are known
// and adds the forms that need more of the line.)

// idsAfterNames adds the record numbers that follow a found name.
func (s *scanner) idsAfterNames() {
	s.bareIDs()
	for _, n := range s.names {
		k := s.tokAt(n.e)
		if k >= len(s.toks) || s.toks[k].sp == 2 {
			continue
		}
		if s.is(k, ',') {
			// "ms mwangi, 02301.": a ZIP code set off after a name, and
			// nothing after it, is where the person lives
			if z := s.zipAt(k + 1); z > k && s.toks[k+1].sp == 1 && (z+1 >= len(s.toks) || s.toks[z+1].sp == 2 ||
				s.toks[z+1].punct && (!s.is(z+1, '-') || s.toks[z+1].sp == 1) && !s.is(z+1, '/') && !s.is(z+1, ':') || s.longDash(z+1)) &&
				!s.claimed(int(s.toks[k+1].s), int(s.toks[z].e)) {
				s.addTok(Address, k+1, z, priContext)
				continue
			}
		}
		switch {
		case s.is(k, '('):
			if e := s.recordValue(k + 1); e > k && s.is(e+1, ')') {
				s.addRecordID(k+1, e)
			} else if e := s.partsRecord(k + 1); e > k && s.is(e+1, ')') {
				s.addRecordID(k+1, e) // "Kerry Smith (PA-363805)", "Mason Castillo (M94-58515)"
			}
		case s.is(k, '/') || s.is(k, '|'):
			// a handoff row: the value is a field of its own
			if e := s.recordValue(k + 1); e > k && (e+1 >= len(s.toks) || s.toks[e+1].sp == 2 || s.is(e+1, '/') || s.is(e+1, '|')) {
				s.addRecordID(k+1, e)
			}
		default:
			// a birth date on the name's line, then the number
			if s.is(k, ',') {
				k++
			}
			d := s.dateEndingAfter(k)
			if d < 0 {
				continue
			}
			for d+1 < len(s.toks) && (s.is(d+1, ',') || s.is(d+1, '|')) {
				d++
			}
			if e := s.recordValue(d + 1); e > d && (e+1 >= len(s.toks) || !s.toks[e+1].punct || s.toks[e+1].sp > 0 || s.is(e+1, ',') || s.is(e+1, '.')) {
				s.addRecordID(d+1, e)
			}
		}
	}
}

// bareIDs takes the value of a bare "ID" in a message that names a
// patient: "pt John Roe, ID 0048812277", "DOB 08/08/1984 / HPHC ID
// 0048812277" (a plan's or a hospital's number, the person's either way),
// not a ticket's, an employee's or a meeting's ("ticket ID", "employee
// ID", "Zoom ID": blockLabels and workIDs), and not one a label of its own
// has claimed ("member ID").
func (s *scanner) bareIDs() {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].e-s.toks[k].s != 2 || s.w(k) != "id" || s.inAny(k-1, blockLabels, workIDs) || s.toks[k+1].sp == 2 {
			continue
		}
		j := k + 1
		for n := 0; n < 2 && (s.is(j, '#') || s.is(j, ':') || s.w(j) == "is" || s.w(j) == "no"); n++ {
			j++
		}
		if e := s.recordValue(j); e >= j {
			s.addRecordID(j, e)
		}
	}
}

// workIDs own an "ID" that is no patient's.
var workIDs = words("employee", "emp", "badge", "staff", "user", "login", "network", "wifi", "caller", "tax", "vendor",
	"supplier", "case", "transaction", "session", "apple", "google", "meeting", "photo", "provider", "dea", "npi",
	"student", "faculty", "payer", "plan")

// recordValue returns the last token of a record number starting at token
// i on the line (-1 for none): one token of seven to ten digits, perhaps
// after one to three letters ("E4471902", "MV6463546"), or three digits
// and four after a blank.
func (s *scanner) recordValue(i int) int {
	if i >= len(s.toks) || s.toks[i].sp == 2 {
		return -1
	}
	return s.recordShape(i)
}

// partsRecord returns the last token of a record's number written in
// parts joined by dashes from token i, or -1: a short letter prefix and
// its digits ("PA-363805", "M94-58515", "NC-6784-95584"; letterPrefixed)
// or digit groups alone as dashedRecord reads them ("183-3639"); six to
// twelve digits, no date's or phone's shape and no long number with a
// two-digit suffix ("63814852-01", a prescription's).
func (s *scanner) partsRecord(i int) int {
	if i >= len(s.toks) || s.toks[i].punct || s.toks[i].na > 3 ||
		!(s.toks[i].na > 0 && s.letterPrefixed(i) || s.toks[i].na == 0 && s.dashedRecord(i)) {
		return -1
	}
	e, d := i, int(s.toks[i].nd)
	for e+2 < len(s.toks) && s.is(e+1, '-') && s.toks[e+1].sp == 0 && s.toks[e+2].sp == 0 && !s.toks[e+2].punct &&
		s.toks[e+2].na == 0 && s.toks[e+2].nd > 0 {
		e += 2
		d += int(s.toks[e].nd)
	}
	if d < 6 || d > 12 || s.toks[e].nd <= 2 && s.toks[i].nd >= 6 {
		return -1
	}
	if v := s.b[s.toks[i].s:s.toks[e].e]; dateShaped(v) || phoneGroups(v) {
		return -1
	}
	return e
}

// recordShape is recordValue's test of the token's shape alone, at a
// line's start too (rowIDs: a row may start with its number).
func (s *scanner) recordShape(i int) int {
	if i >= len(s.toks) {
		return -1
	}
	t := s.toks[i]
	switch {
	case t.na == 0 && t.nd >= 7 && t.nd <= 10:
		return i
	case t.na == 1 && t.nd >= 7 && t.nd <= 10 && isLetter(s.b[t.s]):
		return i
	case t.na >= 2 && t.na <= 3 && t.nd >= 7 && t.nd <= 10 && int(t.e-t.s) == int(t.na)+int(t.nd) && isLetters(s.lo[t.s:t.s+int32(t.na)]) &&
		!lex.member(lex.lookup(s.lo[t.s:t.s+int32(t.na)]), blockLabels):
		return i // a short letter prefix: "MV6463546", "HX4471902"; not a ticket's "INC0012345"

	case t.na == 0 && t.nd == 3 && i+1 < len(s.toks):
		u := s.toks[i+1]
		if u.na == 0 && u.nd == 4 && u.sp == 1 && u.s == t.e+1 {
			return i + 1
		}
	}
	return -1
}

// dateEndingAfter returns the last token of a date candidate that starts at
// token k (-1 for none).
func (s *scanner) dateEndingAfter(k int) int {
	if k >= len(s.toks) {
		return -1
	}
	st := int(s.toks[k].s)
	for _, c := range s.cands {
		if c.t == Date && c.s == st {
			return s.tokAt(c.e) - 1
		}
	}
	for _, d := range s.dates {
		if int(d.s) == st {
			return int(d.te) - 1
		}
	}
	return -1
}

// addRecordID adds tokens i..j as a record number unless a date or another
// identifier already holds them (a birth date in eight digits, a phone).
func (s *scanner) addRecordID(i, j int) {
	s.addIDAs(MRN, priLabel, i, j)
}

// addIDAs adds tokens i..j as an identifier of type t at priority pri
// unless a date or another identifier already holds them.
func (s *scanner) addIDAs(t Type, pri int8, i, j int) {
	if s.claimedOther(i, j) {
		return
	}
	st, en := int(s.toks[i].s), int(s.toks[j].e)
	for _, d := range s.dates {
		if int(d.s) < en && st < int(d.e) {
			return
		}
	}
	s.add(t, st, en, pri)
}

// longDash reports an en or em dash at token k, which the tokenizer reads
// as a word of other letters.
func (s *scanner) longDash(k int) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	w := s.lo[s.toks[k].s:s.toks[k].e]
	return w == "—" || w == "–"
}

// rowIDs reads the lines of a list or a worklist that name a person: a
// bare record number on a found name's line, in no label's keeping and in
// no other finding, is that person's ("1. 3015482557 Pham, Ligaya
// $6,599.53", "- gallagher, arthur 769-264605 $1701.49", "Bennett, Ashley
// <tab> 511464252 <tab> $4,041"). On a line with an amount or in a message
// about bills it is an account; otherwise a record number. A line that
// holds two names or more is a sentence, not a row, and is left to the
// other passes ("Ana Roe's son Ben Roe called about 4471902").
func (s *scanner) rowIDs() {
	bills := s.billMessage()
	for _, n := range s.names {
		first, last := s.tokAt(n.s), s.tokAt(n.e)-1
		if first >= len(s.toks) || last < first {
			continue
		}
		a, b := s.lineOf(first, 24)
		if a < 0 {
			continue // a long line is prose, not a row
		}
		names := 0
		for _, m := range s.names {
			if m.s >= int(s.toks[a].s) && m.e <= int(s.toks[b].e) {
				names++
			}
		}
		if names > 1 {
			continue
		}
		money := bytes.IndexByte(s.b[s.toks[a].s:s.toks[b].e], '$') >= 0
		t := MRN
		if money || bills {
			t = AccountNumber
		}
		for k := a; k <= b; k++ {
			if k >= first && k <= last {
				continue
			}
			e := s.rowValue(k)
			if e < k {
				continue
			}
			if k > a && (s.b[s.toks[k].s-1] == '$' || s.otherLabelBefore(k, a)) ||
				e+1 < len(s.toks) && s.toks[e+1].sp == 0 && (s.is(e+1, '%') || !s.toks[e+1].punct) {
				k = e
				continue
			}
			s.addIDAs(t, priContext, k, e)
			k = e
		}
	}
}

// otherLabelBefore reports a label among the two words before token k (not
// before token a, the line's start) that owns the number or calls it
// something else: "employee ID 4410029381", "PO 4500219904", "callback
// 88120433", "member id ... W22831940" is the label passes' to type.
func (s *scanner) otherLabelBefore(k, a int) bool {
	for p := k - 1; p >= a && p >= k-2; p-- {
		if s.inAny(p, blockLabels, workIDs, labelSet, phoneWords) || s.w(p) == "callback" || s.w(p) == "cb" {
			return true
		}
	}
	return false
}

// billMessage reports a message about a person's bills. (A plain set: a
// words list would make its words listed everywhere; a token holds no
// hyphen, so "self-pay" is read by its words elsewhere, not here.)
func (s *scanner) billMessage() bool {
	for k := range s.toks {
		if billWords[s.w(k)] {
			return true
		}
	}
	return false
}

var billWords = map[string]bool{"acct": true, "account": true, "accounts": true, "balance": true, "refund": true,
	"refunds": true, "bill": true, "billing": true, "statement": true, "collections": true,
	"guarantor": true, "har": true, "copay": true, "payment": true, "charges": true, "worklist": true}

// rowValue returns the last token of a record number at token k in a row
// (-1 for none): recordValue's forms, and two groups of digits joined by
// one dash ("769-264605"), neither a phone's nor a date's.
func (s *scanner) rowValue(k int) int {
	if s.clockRange(k) {
		return -1
	}
	if e := s.recordShape(k); e >= k {
		return e
	}
	if k+2 < len(s.toks) && s.is(k+1, '-') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 {
		x, y := s.toks[k], s.toks[k+2]
		if x.na == 0 && y.na == 0 && x.nd >= 2 && y.nd >= 4 && x.nd+y.nd >= 7 && x.nd+y.nd <= 12 &&
			!(k+4 < len(s.toks) && s.is(k+3, '-') && s.toks[k+3].sp == 0) {
			return k + 2
		}
	}
	return -1
}

// clockRange reports two 24-hour clock times joined by a dash at token k,
// a shift or a watch ("0700-1900", "2300-0700"), no record number.
func (s *scanner) clockRange(k int) bool {
	clock := func(t tok) bool {
		if t.nd != 4 || t.na != 0 || t.e-t.s != 4 {
			return false
		}
		v := atoi(s.b[t.s:t.e])
		return v/100 <= 24 && v%100 < 60
	}
	return clock(s.toks[k]) && s.is(k+1, '-') && k+2 < len(s.toks) && clock(s.toks[k+2])
}

// lineOf returns the first and last tokens of the line that holds token
// k, or -1, -1 when the line has more than max tokens.
func (s *scanner) lineOf(k, max int) (int, int) {
	a := k
	for a > 0 && s.toks[a].sp != 2 {
		if a--; k-a > max {
			return -1, -1
		}
	}
	b := k
	for b+1 < len(s.toks) && s.toks[b+1].sp != 2 {
		if b++; b-a > max {
			return -1, -1
		}
	}
	return a, b
}

// ledgerRows reads a list of people's balances: rows of a bullet, a name
// written surname first ("volkov, dragana", "roberts, precious v"), a bare
// record number and an amount. Two such rows make the list, and one of its
// names found by the name pass makes it a list of people; then every row's
// name and number are the person's ("- lin, ioane h325499116 $5,518.70").
func (s *scanner) ledgerRows() {
	if bytes.IndexByte(s.b, '$') < 0 {
		return // no amount, no ledger
	}
	type row struct{ n0, n1, v0, v1 int }
	var buf [maxCensus]row
	rows := buf[:0]
	found := false
	for k := 0; k < len(s.toks) && len(rows) < maxCensus; k++ {
		if k > 0 && s.toks[k].sp != 2 {
			continue
		}
		j := k
		if s.is(j, '-') || s.is(j, '*') {
			j++
		}
		if j+3 >= len(s.toks) || s.toks[j].punct || s.toks[j].nd > 0 || !s.is(j+1, ',') {
			continue
		}
		e := j + 2
		if s.toks[e].punct || s.toks[e].nd > 0 {
			continue
		}
		if n := e + 1; n < len(s.toks) && s.toks[n].na == 1 && s.toks[n].nd == 0 && s.toks[n].e-s.toks[n].s == 1 {
			e = n // a middle initial
		}
		v0 := e + 1
		v1 := s.rowValue(v0)
		if v1 < v0 || v1+1 >= len(s.toks) || s.toks[v1+1].sp == 2 || s.b[s.toks[v1+1].s] != '$' {
			continue
		}
		for _, n := range s.names {
			if n.s <= int(s.toks[j].s) && int(s.toks[j].s) < n.e {
				found = true
			}
		}
		rows = append(rows, row{j, e, v0, v1})
	}
	if len(rows) < 2 || !found {
		return
	}
	for _, r := range rows {
		if !s.claimed(int(s.toks[r.n0].s), int(s.toks[r.n1].e)) {
			s.add(Name, int(s.toks[r.n0].s), int(s.toks[r.n1].e), priContext)
		}
		s.addIDAs(AccountNumber, priContext, r.v0, r.v1)
	}
}
