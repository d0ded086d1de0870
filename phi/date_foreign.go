package phi

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
)

// Dates written in the languages patients and their families write in:
// "el 2 de enero", "née le 14 juillet 1931", "3. März 1950", "3 marca",
// "dia 10 de setembro de 2024". A day comes first in all of them; the
// month's name is one of gazetteer/months.txt (the Unicode CLDR's names,
// scripts/gen_phi_months.py). The candidates go to the date pass's
// judgement like any other date (dateCand): a meeting's date stays clean.

//go:embed gazetteer/months.txt
var monthList string

// foreignMonth is a month's name: its number, and whether it is also a
// given name, read only after "de" ("5 de mayo", not "room 3 Marc").
type foreignMonth struct {
	month  int
	marked bool
}

var foreignMonths = sync.OnceValue(func() map[string]foreignMonth {
	m := make(map[string]foreignMonth, 160)
	for _, line := range strings.Split(monthList, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		m[f[0]] = foreignMonth{month: atoi([]byte(f[1])), marked: f[2] == "1"}
	}
	return m
})

//go:embed gazetteer/month_abbr.txt
var monthAbbrList string

// foreignAbbr are the abbreviated month names of the same languages
// ("abr", "ago", "dic", "févr"), read only inside a dashed date.
var foreignAbbr = wordTable(monthAbbrList)

// detectAbbrDates adds the dashed dates with another language's
// abbreviated month: "08-ago-1990", "1-abr-95", "3-déc-1941".
func (s *scanner) detectAbbrDates() {
	n := len(s.toks)
	for i := s.digitToks.next(0, n); i+4 < n; i = s.digitToks.next(i+1, n) {
		t, m, y := s.toks[i], s.toks[i+2], s.toks[i+4]
		if t.na != 0 || t.nd > 2 || !s.is(i+1, '-') || !s.is(i+3, '-') || s.toks[i+1].sp != 0 || m.sp != 0 ||
			s.toks[i+3].sp != 0 || y.sp != 0 || m.nd != 0 || y.na != 0 || y.nd != 2 && y.nd != 4 {
			continue
		}
		if d := atoi(s.b[t.s:t.e]); d < 1 || d > 31 || !foreignAbbr()[s.w(i+2)] {
			continue
		}
		if e := i + 5; e < n && s.toks[e].sp == 0 && !s.toks[e].punct {
			continue // more glued on
		}
		s.dateCand(int(t.s), int(y.e), true)
	}
}

// dateOf are the words between a day and its month: "de" (Spanish,
// Portuguese, Catalan), "di" (Italian, rare), "del".
func dateOf(w string) bool { return w == "de" || w == "di" || w == "del" }

// detectForeignDates adds the day-month dates of months.txt.
func (s *scanner) detectForeignDates() {
	months := foreignMonths()
	n := len(s.toks)
	for i := s.digitToks.next(0, n); i < n; i = s.digitToks.next(i+1, n) {
		t := s.toks[i]
		if t.na != 0 || t.nd > 2 || i+1 >= n {
			continue
		}
		if d := atoi(s.b[t.s:t.e]); d < 1 || d > 31 {
			continue
		}
		k := i + 1
		if s.is(k, '.') && s.toks[k].sp == 0 {
			k++ // "3. März"
		}
		of := false
		if dateOf(s.w(k)) {
			k, of = k+1, true
		}
		if k >= n || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].sp == 2 || s.toks[k].na < 4 {
			continue
		}
		fm, ok := months[s.w(k)]
		if !ok || fm.marked && !of {
			continue
		}
		end, year := k, false
		y := k + 1
		if dateOf(s.w(y)) || s.is(y, ',') {
			y++
		}
		if y < n && s.toks[y].nd == 4 && s.toks[y].na == 0 && s.toks[y].sp < 2 {
			if v := atoi(s.b[s.toks[y].s:s.toks[y].e]); v >= 1880 && v <= 2100 {
				end, year = y, true
			}
		}
		s.dateCand(int(t.s), int(s.toks[end].e), year)
		i = end
	}
}

// CJK date marks: 年 year, 月 month, 日 day (Chinese and Japanese; Korean
// writes 년, 월, 일).
var (
	cjkYear  = [...]string{"年", "년"}
	cjkMonth = [...]string{"月", "월"}
	cjkDay   = [...]string{"日", "일"}
)

// detectCJKDates finds the dates Chinese, Japanese and Korean write with
// their year, month and day marks: "2025年3月18日", "3月31日",
// "2025년 3월 18일". The marks make the form unambiguous; the date
// pass judges it as any other (dateCand).
func (s *scanner) detectCJKDates() {
	b := s.b
	if !bytes.Contains(b, []byte(cjkMonth[0])) && !bytes.Contains(b, []byte(cjkMonth[1])) {
		return
	}
	for p := 0; p < len(b); p++ {
		if b[p] < 0xE0 {
			continue
		}
		ml := cjkMark(b, p, cjkMonth[:])
		if ml == 0 {
			continue
		}
		// the month's digits before the mark (and a blank in Korean)
		mEnd := p
		if mEnd > 0 && b[mEnd-1] == ' ' {
			mEnd--
		}
		mSt := digitsBefore(b, mEnd, 2)
		if mSt == mEnd {
			continue
		}
		st, en := mSt, p+ml
		if m := atoi(b[mSt:mEnd]); m < 1 || m > 12 {
			continue
		}
		// the day after it
		q := en
		if q < len(b) && b[q] == ' ' {
			q++
		}
		dEnd := digitsAfter(b, q, 2)
		if dEnd == q {
			continue
		}
		dl := cjkMark(b, dEnd, cjkDay[:])
		if dl == 0 {
			continue
		}
		if d := atoi(b[q:dEnd]); d < 1 || d > 31 {
			continue
		}
		en = dEnd + dl
		// and a year before the month
		hasYear := false
		y := st
		if y > 0 && b[y-1] == ' ' {
			y--
		}
		for _, mark := range cjkYear {
			if y >= len(mark) && string(b[y-len(mark):y]) == mark {
				if ys := digitsBefore(b, y-len(mark), 4); y-len(mark)-ys == 4 {
					st, hasYear = ys, true
				}
			}
		}
		s.dateCand(st, en, hasYear)
		p = en - 1
	}
}

// cjkMark returns the length of the mark of marks at b[p:] (0 for none).
func cjkMark(b []byte, p int, marks []string) int {
	for _, m := range marks {
		if len(b)-p >= len(m) && string(b[p:p+len(m)]) == m {
			return len(m)
		}
	}
	return 0
}

// digitsBefore returns where the run of at most max ASCII digits ending at
// e starts (e for none), if no other digit is glued before it.
func digitsBefore(b []byte, e, max int) int {
	st := e
	for st > 0 && e-st < max && isDigit(b[st-1]) {
		st--
	}
	if st > 0 && isDigit(b[st-1]) {
		return e
	}
	return st
}

// digitsAfter returns the end of the run of at most max ASCII digits from
// p (p for none), if no other digit is glued after it.
func digitsAfter(b []byte, p, max int) int {
	e := p
	for e < len(b) && e-p < max && isDigit(b[e]) {
		e++
	}
	if e < len(b) && isDigit(b[e]) {
		return p
	}
	return e
}

// dayMonthAt reports a day of the month at token j followed by a month's
// name, in English or another language, "of" or "de" between them or not:
// "14 May", "14 de mayo", "3. März". An organisational label's value
// stops there ("visita del 14 de mayo": "del" is no delivery's number).
func (s *scanner) dayMonthAt(j int) bool {
	n := len(s.toks)
	t := s.toks[j]
	if t.na != 0 || t.nd == 0 || t.nd > 2 || j+1 >= n {
		return false
	}
	if d := atoi(s.b[t.s:t.e]); d < 1 || d > 31 {
		return false
	}
	k := j + 1
	if s.is(k, '.') && s.toks[k].sp == 0 {
		k++
	}
	if k < n && dateOf(s.w(k)) {
		k++
	}
	if k >= n || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].sp == 2 {
		return false
	}
	if s.in(k, monthSet) {
		return true
	}
	_, ok := foreignMonths()[s.w(k)]
	return ok
}
