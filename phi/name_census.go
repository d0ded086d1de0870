package phi

// A ward's census: "got 4: 512 Abernathy, 514 Ellis, 515 Shapiro", "my
// pts 12 okafor / 14 brandt / 15 lin", "census: 4 hope, 17 ashworth". A
// list of items that each start with a bed or room number followed by a
// word, most of which the gazetteers know as names, lists patients by
// where they lie: every item's word that may be a name is one, an
// everyday word too ("4 hope"). A list of rooms and their uses ("201
// Conference, 202 Storage") has too few name words to count.

// maxCensus bounds the items a census list is read for.
const maxCensus = 24

// censusNames adds the names of a census list.
func (s *scanner) censusNames() {
	var buf [maxCensus][2]int
	items := buf[:0]
	n := len(s.toks)
	for k := s.digitToks.next(0, n); k+1 < n && len(items) < maxCensus; k = s.digitToks.next(k+1, n) {
		t := s.toks[k]
		if t.nd == 0 || t.nd > 4 || t.na > 1 || !s.censusItemStart(k) {
			continue
		}
		w := k + 1
		if t.nd <= 2 && (s.is(w, '.') || s.is(w, ')')) && s.toks[w].sp == 0 {
			w++ // "1) Okafor", "2. Brandt"
		}
		if w >= len(s.toks) || s.toks[w].sp != 1 || s.toks[w].punct || s.toks[w].nd > 0 || s.toks[w].na < 2 {
			continue
		}
		if measureUnits[s.w(w)] || s.acronym(w) && s.is(w+1, '-') && s.toks[w+1].sp == 0 {
			continue // a quantity ("79 mi", "3 hrs") or a code ("1. CO-16"), no one lying in a bed
		}
		e, ok := s.nameWord(w, true)
		if !ok {
			continue
		}
		if n := e + 1; n < len(s.toks) && s.toks[n].sp == 1 && s.isUpperStart(w) && s.isUpperStart(n) && !s.toks[n].punct {
			continue // a full name ("3. Kenji Hamasaki"): the name pass has weighed it
		}
		items = append(items, [2]int{w, e})
	}
	if len(items) < 3 && !(len(items) == 2 && s.health) {
		return
	}
	named := 0
	for _, it := range items {
		if s.censusWord(it[0]) {
			named++
		}
	}
	if named*4 < len(items)*3 {
		return // fewer than three in four items name someone
	}
	for _, it := range items {
		if s.censusWord(it[0]) && !s.claimed(int(s.toks[it[0]].s), int(s.toks[it[1]].e)) {
			s.addName(it[0], it[1])
		}
	}
}

// measureUnits are what a number counts when it is no bed: distances,
// times, weights and money ("79 mi", "12 hrs", "3 kg").
// (A plain set: a words list would make its words "listed", no name
// anywhere: "son miles".)
var measureUnits = map[string]bool{"mi": true, "miles": true, "km": true, "hr": true, "hrs": true, "hours": true,
	"min": true, "mins": true, "kg": true, "lb": true, "lbs": true, "mg": true, "mcg": true, "ml": true, "units": true,
	"pts": true, "visits": true, "calls": true, "claims": true, "days": true, "wks": true, "weeks": true}

// censusItemStart reports a number at token k that starts a list item: at
// the message's or a line's start, or after a list's separator or a colon.
func (s *scanner) censusItemStart(k int) bool {
	if k == 0 || s.toks[k].sp == 2 {
		return true
	}
	p := k - 1
	if s.toks[p].punct {
		switch s.b[s.toks[p].s] {
		case ',', ';', '/', ':', '-', '|', '*':
			return true
		}
		return false
	}
	return s.w(p) == "and" || s.w(p) == "&"
}

// censusWord reports a word at token k that may name a patient in a
// census: a listed given name or surname, or (in lower case, typed
// quickly) no dictionary word at all; not one of the words a ward lists
// beside numbers ("bed", "room", "pts").
func (s *scanner) censusWord(k int) bool {
	if s.inAny(k, stopLower, function, capStop, careUnits, healthWords, staffBefore) || bedPeople[s.w(k)] {
		return false
	}
	g := s.gz(k)
	if g.isGiven() || g.sur >= 2 {
		return true
	}
	return !g.isWord() && g.sur >= 1
}

// recordRowNames reads a worklist whose rows start with a record number
// and then name the person ("7724069  Reed  6/7  Tuan  weather",
// "44724867  Mr Archer  04/01/2025  refused"): the name words right after
// the number (and a title) are the person's, whatever else the row holds.
// Two such rows make a list; one needs a date on its line.
func (s *scanner) recordRowNames() {
	var buf [maxCensus][2]int
	rows := buf[:0]
	dated := false
	n := len(s.toks)
	for k := s.digitToks.next(0, n); k < n && len(rows) < maxCensus; k = s.digitToks.next(k+1, n) {
		if k > 0 && s.toks[k].sp != 2 {
			continue
		}
		e := s.rowValue(k)
		if e < k {
			continue
		}
		w := e + 1
		if w < n && (s.is(w, '|') || s.is(w, '-') && s.toks[w].sp > 0 || s.is(w, ':')) {
			w++
		}
		if w < n && s.in(w, honorifics) {
			if w++; w < n && s.is(w, '.') {
				w++
			}
		}
		if w >= n || s.toks[w].sp == 2 || s.toks[w].punct || s.toks[w].nd > 0 || s.toks[w].na < 2 {
			continue
		}
		end, ok := s.nameWord(w, true)
		if !ok || !s.rowNameWord(w) {
			continue
		}
		if e2, ok := s.nameWord(end+1, true); ok && s.toks[end+1].sp == 1 && s.rowNameWord(end+1) && s.isUpperStart(end+1) == s.isUpperStart(w) {
			end = e2 // "Ana Reyes", not "Reyes  6/7"
		}
		if s.is(end+1, ',') {
			if e3, ok := s.nameWord(end+2, true); ok && s.rowNameWord(end+2) {
				end = e3 // "Reyes, Ana"
			}
		}
		a, b := s.lineOf(k, 40)
		for _, d := range s.dates {
			if a >= 0 && int(d.s) >= int(s.toks[a].s) && int(d.e) <= int(s.toks[b].e) {
				dated = true
			}
		}
		rows = append(rows, [2]int{w, end})
	}
	if len(rows) < 2 && !(len(rows) == 1 && dated) {
		return
	}
	for _, r := range rows {
		if !s.claimed(int(s.toks[r[0]].s), int(s.toks[r[1]].e)) {
			s.addName(r[0], r[1])
		}
	}
}

// rowNameWord reports a word that may be a name in a row: a census word
// (censusWord), or a capitalised one that no dictionary holds.
func (s *scanner) rowNameWord(k int) bool {
	return s.censusWord(k) || s.isUpperStart(k) && !s.gz(k).isWord() && !s.listed(k)
}
