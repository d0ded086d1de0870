package phi

import (
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
