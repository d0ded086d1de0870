package phi

// Ages as people type them: a day word or "years old" with a slip of the
// keyboard ("tday", "yeras olf"), a lower-case full name before the age,
// a spelled age run on after a titled name.

// whenSlips index the day words of ageWhen.
var whenSlips = keySlipList(ageWhen)

// whenAt reports a word of ageWhen at token n, or one typed with a slip
// ("who's ninety-six tday").
func (s *scanner) whenAt(n int) bool {
	if s.w(n) == "on" && s.oxygenAt(n+1) {
		return false // "she's 94 on room air": a saturation
	}
	return s.in(n, ageWhen) || s.slipOfCue(n, whenSlips) != ""
}

// oxygenAt reports oxygen support at token n: "room air", "RA", "2L",
// "4 lpm", "o2", "nc", "bipap"; what a saturation is measured "on".
func (s *scanner) oxygenAt(n int) bool {
	if n >= len(s.toks) {
		return false
	}
	w := s.w(n)
	if oxygenWords[w] || w == "room" && s.w(n+1) == "air" {
		return true
	}
	if t := s.toks[n]; t.nd > 0 && isDigit(w[0]) {
		u := w[t.nd:]
		return u == "l" || u == "lpm" || t.na == 0 && (s.w(n+1) == "l" || s.w(n+1) == "lpm" || s.w(n+1) == "liters")
	}
	return false
}

// oxygenWords name oxygen support.
var oxygenWords = map[string]bool{"ra": true, "o2": true, "nc": true, "bipap": true, "cpap": true, "hfnc": true, "nrb": true,
	"vent": true, "oxygen": true, "trach": true}

// lowerFullName reports a lower-case full name ending at token k: a given
// name (or a word no dictionary holds), then a surname or a word that is
// not a common one ("hester bloom", "cliff bishop", "rukhsana begum").
func (s *scanner) lowerFullName(k int) bool {
	if k < 1 || k >= len(s.toks) {
		return false
	}
	a, b := s.toks[k-1], s.toks[k]
	if a.punct || b.punct || a.nd > 0 || b.nd > 0 || a.na < 3 || b.na < 3 || b.sp != 1 || s.isUpperStart(k-1) ||
		s.inAny(k-1, capStop, stopLower, agePronoun) || s.inAny(k, capStop, stopLower, ageThing, ageMetric) {
		return false
	}
	g, h := s.gz(k-1), s.gz(k)
	return (g.isGiven() || !g.isWord()) && (h.sur >= 1 || !h.isCommonWord())
}

// titledRunOn reports a spelled age at tokens i..end run on after a titled
// name, as speech is transcribed ("Mr. Edwin Harrow ninety four he wants"):
// one to three words after an honorific, then the number with no number or
// unit after it.
func (s *scanner) titledRunOn(i, end int) bool {
	if i < 2 || s.toks[i].sp != 1 || s.ageUnit(end) || s.ageYears(end+1) < 0 {
		return false
	}
	if n := end + 1; n < len(s.toks) && (s.toks[n].nd > 0 || s.in(n, numberOrSpell)) {
		return false
	}
	k := i - 1
	for w := 0; w < 3 && k > 0; w, k = w+1, k-1 {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.na < 2 || s.inAny(k, capStop, stopLower) {
			return false
		}
		p := k - 1
		if s.is(p, '.') {
			p--
		}
		if s.in(p, honorifics) {
			return true
		}
	}
	return false
}

// spelledUnits are the units of a spelled number, by value.
var spelledUnits = [...]string{1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}

// unitSlip returns the unit (1-9) that token j, after a spelled tens word,
// is typed for with one slip of the keyboard ("tow", "sevn", "eigth"), or
// 0. Joined to the tens by a hyphen any word counts ("ninety-tow");
// otherwise only a word in no list and no dictionary ("ninety sevn").
func (s *scanner) unitSlip(j int, joined bool) int {
	if j >= len(s.toks) {
		return 0
	}
	t := s.toks[j]
	if t.punct || t.nd > 0 || t.na < 3 || t.na > 6 || int(t.na) != int(t.e-t.s) || !joined && t.sp != 1 {
		return 0
	}
	w := s.w(j)
	for u := 1; u < len(spelledUnits); u++ {
		if keySlip(w, spelledUnits[u]) {
			if !joined && (t.lex != 0 || s.gz(j).isWord()) {
				return 0
			}
			return u
		}
	}
	return 0
}

// yearSlips index the years words of an age.
var yearSlips = keySlipWords("years", "year")

// oldSlip reports "old" typed with one slip after a years word ("yr olf",
// "years odl"): a word in no list and no dictionary.
func (s *scanner) oldSlip(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if t.punct || t.lex != 0 || t.nd > 0 || t.na < 2 || t.na > 4 || int(t.na) != int(t.e-t.s) || !keySlip(s.w(k), "old") {
		return false
	}
	return !s.gz(k).isWord()
}

// numberedThings have a number that "is" states: "her room is 101 on 5
// West", "the extension is 104 now".
var numberedThings = map[string]bool{"room": true, "rm": true, "bed": true, "floor": true, "suite": true, "apt": true,
	"apartment": true, "door": true, "gate": true, "ward": true, "ext": true, "extension": true, "line": true,
	"bus": true, "route": true, "exit": true, "locker": true, "desk": true, "pager": true, "code": true,
	"channel": true, "badge": true, "lot": true, "spot": true, "space": true, "table": true, "chair": true,
	"number": true, "no": true, "id": true, "seat": true, "box": true, "slot": true, "bay": true, "pod": true}

// titledBefore reports a titled name right before token k: one or two
// words after an honorific ("Ms. Lind", "mrs ada cole").
func (s *scanner) titledBefore(k int) bool {
	j := k - 1
	for w := 0; w < 2 && j > 0; w, j = w+1, j-1 {
		t := s.toks[j]
		if t.punct || t.nd > 0 || t.na < 2 || s.inAny(j, capStop, stopLower) {
			return false
		}
		p := j - 1
		if s.is(p, '.') {
			p--
		}
		if s.in(p, honorifics) {
			return true
		}
	}
	return false
}

// businessPeriod reports "this quarter", "next fiscal year" at token n: a
// figure's period, not a birthday's ("Press Ganey is 91 this quarter").
func (s *scanner) businessPeriod(n int) bool {
	if w := s.w(n); w != "this" && w != "next" {
		return false
	}
	switch s.w(n + 1) {
	case "quarter", "fiscal", "fy", "period", "cycle", "term", "round", "survey", "reporting":
		return true
	}
	return false
}

// pairedAge reports "and 95 years old" at token n after a number: the
// first of two ages that share "years old" ("93 and 95 years old").
func (s *scanner) pairedAge(n int) bool {
	if s.w(n) != "and" && !s.is(n, '&') {
		return false
	}
	j := n + 1
	e, v := s.spelledNumber(j)
	if t := s.toks[min(j, len(s.toks)-1)]; e < j && j < len(s.toks) && t.na == 0 && (t.nd == 2 || t.nd == 3) {
		e, v = j, atoi(s.b[t.s:t.e])
	}
	return e >= j && v >= 90 && v <= 125 && (s.ageYears(e+1) == 2 || s.in(e+1, ageAfter) && s.w(e+1) != "birthday")
}

// reachedAge reports an age a person "hit" or "made it to" at token i,
// closing its clause at token n: "she just hit 100", "Ruth Ames made it to
// 101 last week"; not "the census hit 95".
func (s *scanner) reachedAge(i, n int) bool {
	k := i - 1
	switch {
	case s.w(k) == "hit" || s.w(k) == "hits":
		k--
	case s.w(k) == "to" && s.w(k-1) == "it" && (s.w(k-2) == "made" || s.w(k-2) == "makes"):
		k -= 3
	default:
		return false
	}
	if !s.closes(n) && !s.whenAt(n) && s.w(n) != "last" || s.ageUnit(i) {
		return false
	}
	for m := 0; m < 2 && k > 0; m++ {
		if w := s.w(k); w == "just" || w == "finally" || w == "has" || w == "have" || w == "will" || w == "officially" {
			k--
		}
	}
	return s.in(k, agePronoun) || s.lowerFullName(k) ||
		s.nameTok(k) && !s.inAny(k, ageThing, ageMetric) && (s.nameTok(k-1) && s.gz(k-1).isGiven() || s.titledBefore(k+1))
}

// sexBefore reports an age set off after a person's sex at token i: "F,
// 93,", "female, 93", "elderly female (93)", closing its clause at token
// n. A one-letter sex only in a message about health.
func (s *scanner) sexBefore(i, n int) bool {
	k := i - 1
	paren := s.is(k, '(')
	if paren || s.is(k, ',') {
		k--
	}
	var short bool
	switch s.w(k) {
	case "f", "m":
		short = true
	case "female", "male", "woman", "man", "lady", "gentleman":
	default:
		return false
	}
	if short && (!s.health || paren) || k+1 == i && short {
		return false // "F 93": a row or a grid, not an age
	}
	// the sex of a person: after a name, a person word or a describing
	// word, or opening the line ("Ruth Ames, F, 93", "pt: female, 93",
	// "elderly female (93)"); not "beds: male, 95" or "temp f, 98"
	p := k - 1
	if !(p < 0 || s.toks[k].sp == 2 || s.in(p, agePronoun) || personAdjectives[s.w(p)] ||
		(s.is(p, ',') || s.is(p, ':')) && (s.nameTok(p-1) || s.lowerFullName(p-1) || s.in(p-1, agePronoun))) {
		return false
	}
	if paren {
		return s.is(n, ')')
	}
	return s.closes(n) && s.w(n) != "and" && !(n < len(s.toks) && s.is(n, ',') && n+1 < len(s.toks) && s.toks[n+1].nd > 0)
}

// personAdjectives describe a person before their sex: "elderly female".
var personAdjectives = map[string]bool{"elderly": true, "frail": true, "older": true, "old": true, "a": true, "an": true,
	"retired": true, "widowed": true, "confused": true, "pleasant": true}

// markedAge reports an age in figures at token i set off by Markdown
// ("*91* y/o", "`93` F"): the mark on both sides, then a years word or a
// sex.
func (s *scanner) markedAge(i int) bool {
	if i < 1 || i+2 >= len(s.toks) || s.toks[i].sp != 0 || s.toks[i+1].sp != 0 {
		return false
	}
	c := s.b[s.toks[i-1].s]
	if c != '*' && c != '`' && c != '_' || !s.is(i-1, c) || !s.is(i+1, c) {
		return false
	}
	n := i + 2
	if s.in(n, ageAfter) || s.ageYears(n) == 2 || s.w(n) == "y" && s.is(n+1, '/') {
		return true
	}
	w := s.w(n)
	return (w == "f" || w == "m") && (s.health || s.personalIDs() || s.is(i-2, ',') || s.is(i-2, '('))
}

// roomAfterName returns the last token of a room written right after a
// name that ends at token end and set off by a comma after it ("<name> in
// 4b,", "<name> 1181,"), or end when there is none.
func (s *scanner) roomAfterName(end int) int {
	r := end + 1
	if s.w(r) == "in" {
		r++
	}
	if r >= len(s.toks) || !s.is(r+1, ',') {
		return end
	}
	t := s.toks[r]
	if t.nd == 0 || t.nd > 4 || t.na > 1 || t.sp != 1 || r == end+1 && t.nd < 3 {
		return end // a bare number needs three digits or more to be a room: "<name> 93, 94"
	}
	return r
}

// ageAfterRoom reports the clause of an age at tokens ..e after a name and
// its room going on as an age's does: a closing mark, or a word that is no
// unit and starts no further room or number ("<name> in 3A, 104 pls";
// not "<name> in 3A, 104 and 105", "104 in 5B").
func (s *scanner) ageAfterRoom(e int) bool {
	n := e + 1
	if s.ageUnit(e) || s.ageYears(n) < 0 || s.is(n, '/') || s.is(n, '-') || s.is(n, ':') {
		return false
	}
	if n >= len(s.toks) || s.toks[n].sp == 2 || s.toks[n].punct {
		return true
	}
	if w := s.w(n); w == "in" || w == "to" || w == "&" || s.toks[n].nd > 0 || s.in(n, numberOrSpell) ||
		(w == "and" || w == "or") && n+1 < len(s.toks) && (s.toks[n+1].nd > 0 || s.in(n+1, numberOrSpell)) {
		return false
	}
	return true
}

// fieldAge reports an age field's label before the number at token i: a
// colon, dash, bar, equals sign or parenthesis between ("age: 93", "Age =
// 99", "*Age* = 99" in Markdown).
func (s *scanner) fieldAge(i int) bool {
	k := i - 1
	if !(s.is(k, ':') || s.is(k, '-') || s.is(k, '|') || s.is(k, '(') || s.is(k, '=')) {
		return false
	}
	k--
	if s.is(k, '*') || s.is(k, '_') {
		k--
	}
	return s.in(k, ageBefore)
}

// chatClose are the words of chat that go on after a stated age as a
// clause's end does: "shes 91 n the dr said", "hes 92 lol", "shes 102 is
// that real".
var chatClose = map[string]bool{"n": true, "lol": true, "lmao": true, "haha": true, "omg": true, "is": true, "was": true}

// nameAgeRunOn reports an age at token i typed right after a titled or a
// full name with no mark between: the words after it decide, as a room
// number looks the same. A clinical word, a patient's state or "yo" after
// it ("ada cole 94 hip fx", "mr lund 98
// sundowning"), or a comma and such a word or a relative ("mr lund 98,
// family says"), make it an age; another number or a bare word after it
// ("mr lund 98, mrs ott 104", "ada cole 94 needs a sitter") leave it a
// room.
func (s *scanner) nameAgeRunOn(i, n int) bool {
	if i < 2 || s.toks[i].nd == 0 || s.toks[i].sp != 1 {
		return false
	}
	if !s.titledBefore(i) && !s.lowerFullName(i-1) && !(s.nameTok(i-1) && s.nameTok(i-2)) {
		return false
	}
	if s.is(n, ',') {
		n++
		if s.health && s.in(n, agePronoun) {
			return true
		}
	}
	if n >= len(s.toks) || s.toks[n].punct || s.toks[n].nd > 0 || s.toks[n].sp == 2 {
		return false
	}
	w := s.w(n)
	return w == "yo" || stateWords.has(w) || s.in(n, healthWords) && !numberedThings[w]
}

// ageAndState reports an age at token i that opens its clause and goes on
// with "and" and a patient's state or code status ("..., 93 and
// sundowning", "97 and dnr"); a number after a room word or another
// number after "and" is no age ("rm 93 and 94").
func (s *scanner) ageAndState(i, n int) bool {
	if s.w(n) != "and" || s.toks[i].nd == 0 {
		return false
	}
	if i > 0 && !s.is(i-1, ',') && !s.is(i-1, ';') && s.toks[i].sp != 2 {
		return false
	}
	w := s.w(n + 1)
	return stateWords.has(w) || w == "dnr" || w == "dni"
}
