package phi

// Lists of names. A name found in a list set off by commas ("callbacks:
// byrne, nguyen, villanueva", "pls room Khoury, Zhang and O'Neill first")
// says what the list holds: its other items, written as names are, name
// people in the same role. Coordination by "and" alone is read when the
// name is added (coordinated, lowerCoordinated); this pass reads the comma
// lists, in both directions, once every other pass has had its say.

// maxPeerItems bounds the items looked at on each side of a found name.
const maxPeerItems = 6

// listPeers adds the unclaimed items of the comma lists that hold a name
// found so far.
func (s *scanner) listPeers() {
	n0 := len(s.names)
	for x := 0; x < n0; x++ {
		nm := s.names[x]
		i, end := s.tokAt(nm.s), s.tokAt(nm.e)-1
		if i >= len(s.toks) || end < i || int(s.toks[i].s) != nm.s || int(s.toks[end].e) != nm.e || s.commaInside(i, end) {
			continue // (an inverted "Roe, Ana" is one item)
		}
		upper := s.isUpperStart(i)
		nw := 0
		for k := i; k <= end; k++ {
			if !s.toks[k].punct && s.toks[k].e-s.toks[k].s > 1 {
				nw++ // (initials not counted)
			}
		}
		// the items after the name
		k := s.peerSkipNote(end + 1)
		for n := 0; n < maxPeerItems; n++ {
			st, ok := s.peerSep(k)
			if !ok {
				break
			}
			e := s.peerItem(st, upper, nw)
			if e < st {
				break
			}
			s.addName(st, e)
			k = s.peerSkipNote(e + 1)
		}
		// the items before it
		k = i
		for n := 0; n < maxPeerItems; n++ {
			sep := k - 1
			if s.w(sep) == "and" || s.is(sep, '&') {
				if !s.is(sep-1, ',') || s.toks[sep].sp != 1 {
					break // "X and Y" is coordinated's
				}
				sep--
			}
			if !s.is(sep, ',') || s.toks[sep].sp != 0 || sep+1 >= len(s.toks) || s.toks[sep+1].sp != 1 {
				break
			}
			e := sep - 1
			if t := s.peerTimeBefore(e); t >= 0 {
				e = t - 1 // "Oleksandr Price 9:00, Joy Zhang": the time after the item's name
			}
			if s.is(e, ')') {
				o := s.noteOpen(e)
				if o < 0 {
					break
				}
				e = o - 1
			}
			st := s.peerStart(e, upper, nw)
			if st < 0 {
				break
			}
			s.addName(st, e)
			k = st
		}
	}
}

// commaInside reports a comma among tokens i..end.
func (s *scanner) commaInside(i, end int) bool {
	for k := i; k <= end; k++ {
		if s.is(k, ',') {
			return true
		}
	}
	return false
}

// noteOpen returns the "(" of a short note whose ")" is at token k, within
// eight tokens on its line, or -1.
func (s *scanner) noteOpen(k int) int {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if s.is(j, '(') {
			return j
		}
		if s.toks[j+1].sp == 2 {
			return -1
		}
	}
	return -1
}

// peerSkipNote returns the token after a short note in brackets at token k
// ("sharp (5w-8), kelly"), or k.
func (s *scanner) peerSkipNote(k int) int {
	if !s.is(k, '(') {
		return k
	}
	for j := k + 1; j < len(s.toks) && j <= k+8 && s.toks[j].sp < 2; j++ {
		if s.is(j, ')') {
			return j + 1
		}
	}
	return k
}

// peerSep reads a list's separator at token k: ", " or ", and " (", &");
// it returns the token after it.
func (s *scanner) peerSep(k int) (int, bool) {
	if !s.is(k, ',') || s.toks[k].sp != 0 || k+1 >= len(s.toks) || s.toks[k+1].sp != 1 {
		return 0, false
	}
	k++
	if s.w(k) == "and" || s.is(k, '&') {
		k++
		if k >= len(s.toks) || s.toks[k].sp != 1 {
			return 0, false
		}
	}
	return k, true
}

// peerItem reads a list item from token st that is written as a name in
// the case of the name found (upper: capitalised): one to three name
// words, ending at the next separator, a bracket or the end of the clause.
// It returns the item's last token, or -1.
func (s *scanner) peerItem(st int, upper bool, nw int) int {
	e := st
	for e < len(s.toks) && e-st < 3 && s.toks[e].sp < 2 && !s.toks[e].punct && s.toks[e].nd == 0 {
		e++
	}
	if e == st || s.w(e-1) == "and" {
		return -1
	}
	after := e
	if t := s.peerTimeAt(e); t > e {
		after = t // "joy zhang 9:30, ...": a schedule's time after the name
	}
	if after < len(s.toks) && s.toks[after].sp < 2 && !s.peerEnd(after) {
		return -1 // the item goes on: a sentence, not a name
	}
	if !s.peerWords(st, e-1, upper, nw, false) {
		return -1
	}
	return e - 1
}

// peerStart reads back from token e a list item written as a name, which
// starts after a separator, a colon, a bracket or the start of a line, and
// returns its first token, or -1.
func (s *scanner) peerStart(e int, upper bool, nw int) int {
	if e < 0 || s.toks[e].punct || s.toks[e].nd > 0 {
		return -1
	}
	st := e
	for st > 0 && e-st < 2 && s.toks[st].sp < 2 && !s.toks[st-1].punct && s.toks[st-1].nd == 0 {
		st--
	}
	if st > 0 && s.toks[st].sp < 2 && !s.toks[st-1].punct {
		return -1 // a clause, not an item: "she called X, Y"
	}
	if st > 0 && s.toks[st].sp < 2 && !(s.is(st-1, ',') || s.is(st-1, ':') || s.is(st-1, '(') || s.is(st-1, '-') || s.is(st-1, '*')) {
		return -1
	}
	if !s.peerWords(st, e, upper, nw, false) {
		return -1
	}
	return st
}

// peerEnd reports a token that ends a list item: a separator, a bracket,
// a colon, a dash or the end of the sentence.
func (s *scanner) peerEnd(k int) bool {
	if !s.toks[k].punct {
		return false
	}
	switch s.b[s.toks[k].s] {
	case ',', '(', ')', ':', ';', '-', '.', '?', '!', sub:
		return true
	}
	return false
}

// peerWords reports tokens st..end written as a name in the list's case
// (upper: capitalised): words the given-name or surname lists hold, none
// of them an everyday, clinical or place word of the scanner's lists, a
// payer, a faith or a people ("Tricare", "Pentecostal", "Portuguese"), no
// title, organisation or department, and no colleague's role after it.
// After a full name (nw words or more) a one-word item is a given name
// ("Ana Ruiz, Eli and Maya"), not a note ("Irene Bouchard, GIP?"). With
// rare, a word no dictionary or list holds passes too.
func (s *scanner) peerWords(st, end int, upper bool, nw int, rare bool) bool {
	if s.claimed(int(s.toks[st].s), int(s.toks[end].e)) {
		return false
	}
	for k := st; k <= end; k++ {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.e-t.s < 2 || s.isUpperStart(k) != upper {
			return false
		}
		if s.inAny(k, stopLower, capStop, honorifics, staffBefore, relatives, clinicalWords, careUnits, orgWords, deptWords, monthSet, weekdays, faiths) ||
			s.inT(k, payers) || credentials[s.w(k)] || s.country(k) {
			return false
		}
		g := s.gz(k)
		if g.place && !g.isGiven() && g.sur < 2 {
			return false
		}
		if end == st && nw >= 2 && !(upper && g.isGiven() || !upper && lowerGiven(g)) {
			return false
		}
		if rare && !g.isWord() && t.lex == 0 && !s.capsWordIn(k, k) {
			continue // (a line of its own under a header: a word no dictionary holds is a name, "adeyemi")
		}
		if upper {
			if !(g.sur > 0 || g.isGiven()) || s.capsWordIn(k, k) && !g.isGiven() {
				return false
			}
		} else if !(g.sur >= 2 && !g.isCommonWord() || lowerGiven(g) || g.sur > 0 && s.rareWord(k)) || s.listedWord(k) {
			return false
		}
	}
	if s.orgLike(st, end) || s.staffAfter(end) || s.deptAfter(end) {
		return false
	}
	return upper || !s.misspelt(st, end)
}

// peerTimeAt returns the token after a schedule's time at token k ("9:30",
// "10:15 am", "9a", "11am", "2p"), or k when there is none. The time is
// set apart by a blank.
func (s *scanner) peerTimeAt(k int) int {
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd == 0 {
		return k
	}
	if e := s.clockAt(k); e > k {
		return e
	}
	t := s.toks[k]
	if t.nd <= 2 && t.na >= 1 && t.na <= 2 {
		w := s.w(k)
		if l := w[t.nd:]; int(t.nd)+int(t.na) == len(w) && (l == "a" || l == "p" || l == "am" || l == "pm") {
			return k + 1
		}
	}
	return k
}

// peerTimeBefore returns the first token of a schedule's time that ends at
// token e and follows a word, or -1.
func (s *scanner) peerTimeBefore(e int) int {
	for st := e; st >= 1 && st >= e-3; st-- {
		if s.toks[st].sp == 1 && !s.toks[st-1].punct && s.toks[st-1].nd == 0 && s.peerTimeAt(st) == e+1 {
			return st
		}
	}
	return -1
}

// Lines of names under a header. A header ending with a colon and, on the
// lines after it, one name a line (after a bullet, a number or a time, with
// a short note in brackets after it) list people: "weights due today:\n
// McLaughlin\nAdeyemi\nReyes", "hospice census:\ndel valle (compassus)\n
// petrenko (seasons)". Two such lines or more make the list; a line that is
// no name ends it. A header about staff or business lists colleagues.
//
// A line may go on after its name ("Leroy Rossi | GEHA | W96...", "Vo
// 1365359", "moody, may (2 north 39): ins card pending", "Olga Church
// pickup 6:40 at ..."): such a line is an item when another line of the
// list holds a name found already (foundPeer), as the lines of a table or
// a worklist do, and no staff title or credential (staffLine).

// Ways a list's line goes on after its name (lineTail).
const (
	tailNone  = iota // the line is no item
	tailEnd          // the line ends (after a note in brackets)
	tailField        // a field after a bar, a dash or a colon, or a number: "| GEHA | W96...", "— lives in Billerica", ": ins card pending", "1365359"
	tailWord         // a word in small letters after a capitalised name: "pickup 6:40"
)

// lineItem is a line of a list of names: the name's tokens, how the line
// goes on after it, and whether a name was found over it before the list
// was read.
type lineItem struct {
	st, e, tail int
	found       bool
}

// lineNameLists adds the names of the lists of one name a line.
func (s *scanner) lineNameLists() {
	if s.lines() < 3 {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.is(k, ':') || s.toks[k+1].sp != 2 || !s.nameListHeader(k) {
			continue
		}
		var items [maxPeerItems]lineItem
		n, j, plain := 0, k+1, 0
		for n < len(items) && j < len(s.toks) {
			it, next := s.nameLine(j)
			if it.tail == tailNone {
				break
			}
			items[n] = it
			n++
			if it.tail == tailEnd {
				plain++
			}
			j = next
		}
		for i, it := range items[:n] {
			switch {
			case it.found:
			case it.tail == tailEnd && plain >= 2, it.tail != tailEnd && s.foundPeer(items[:n], i) && !s.staffLine(it.e+1):
				s.addName(it.st, it.e)
			}
		}
		k = j - 1
	}
}

// foundPeer reports another item of the list whose name was found before
// the list was read; for an item that goes on in words (tailWord), one
// that goes on so too ("Lakshmi Banks pickup 6:40 ..."): a line of words
// after a name may be a sentence about a colleague.
func (s *scanner) foundPeer(items []lineItem, i int) bool {
	for j, it := range items {
		if j != i && it.found && (items[i].tail != tailWord || it.tail == tailWord) {
			return true
		}
	}
	return false
}

// staffLine reports a staff title or a credential on the rest of the line
// from token k: "hanan love | paramedic | rn0812235", a colleague's row.
func (s *scanner) staffLine(k int) bool {
	for ; k < len(s.toks) && s.toks[k].sp != 2; k++ {
		if s.in(k, staffBefore) || credentials[s.w(k)] {
			return true
		}
	}
	return false
}

// nameListHeader reports the header line that ends with the colon at token
// k: a few words, none of a staff event or of business.
func (s *scanner) nameListHeader(k int) bool {
	st := k
	for st > 0 && s.toks[st].sp != 2 {
		st--
	}
	if k-st > 10 {
		return false
	}
	for j := st; j < k; j++ {
		if s.inAny(j, bizWords, staffBefore, honorifics, staffEvent) || staffListHeads[s.w(j)] {
			return false
		}
	}
	return true
}

// nameLine reads the line starting at token j as a list's item: a bullet,
// an item's number or a time first, then one to three name words
// (peerWords), written surname first with a comma or with an initial after
// them, then how the line goes on (lineTail). It returns the item (tail
// tailNone for no item) and the first token of the next line.
func (s *scanner) nameLine(j int) (it lineItem, next int) {
	if j >= len(s.toks) || s.toks[j].sp != 2 {
		return it, -1
	}
	k := j
	if t := s.toks[k]; t.punct && (s.b[t.s] == '-' || s.b[t.s] == '*' || s.b[t.s] == sub) {
		k++ // a bullet
	} else if t.nd > 0 && t.nd <= 2 && t.na == 0 && (s.is(k+1, '.') || s.is(k+1, ')')) {
		k += 2 // "1." "2)"
	} else if c := s.clockAt(k); c > k {
		k = c // "10:30 washington"
	}
	next = k + 1
	for next < len(s.toks) && s.toks[next].sp != 2 {
		next++
	}
	if k >= next {
		return it, next
	}
	st := k
	// a name found over the line's first word: the item as found
	a := int(s.toks[st].s)
	for _, c := range s.cands {
		if c.t == Name && c.s == a {
			e := s.tokAt(c.e) - 1
			if e < st || e >= next {
				break
			}
			if it.tail = s.lineTail(e+1, s.isUpperStart(st)); it.tail != tailNone {
				it.st, it.e, it.found = st, e, true
			}
			return it, next
		}
	}
	// the name words, longest first
	words := st - 1
	for words+1 < next && words+1-st < 3 && (words+1 == st || s.toks[words+1].sp == 1) && !s.toks[words+1].punct && s.toks[words+1].nd == 0 {
		words++
	}
	upper := s.isUpperStart(st)
	for w := words; w >= st; w-- {
		e := w
		for e+2 < next && (s.is(e+1, '-') || s.is(e+1, '\'')) && s.toks[e+1].sp == 0 && s.toks[e+2].sp == 0 && !s.toks[e+2].punct && s.toks[e+2].nd == 0 {
			e += 2 // "reyes-whitfield", "o'neill"
		}
		if !s.peerWords(st, w, upper, 0, true) {
			continue
		}
		if g := s.lineGivenAfter(e, next, upper); g > e {
			if t := s.lineTail(g+1, upper); t != tailNone && t != tailEnd {
				return lineItem{st: st, e: g, tail: t}, next // "moody, may (2 north 39): ..."
			}
		}
		if s.initialAfter(e, upper) {
			e += 2 // "Xiulan T."
		}
		t := s.lineTail(e+1, upper)
		if t == tailNone {
			continue
		}
		return lineItem{st: st, e: e, tail: t}, next
	}
	return it, next
}

// lineGivenAfter returns the last token of the given names after ", " at
// token e+1 of a name written surname first ("moody, may"), or e.
func (s *scanner) lineGivenAfter(e, next int, upper bool) int {
	k := e + 2
	if !s.is(e+1, ',') || k >= next || s.toks[k].sp != 1 {
		return e
	}
	g := k
	for g+1 < next && g+1-k < 2 && s.toks[g+1].sp == 1 && !s.toks[g+1].punct && s.toks[g+1].nd == 0 && s.peerWords(k, g+1, upper, 0, false) {
		g++
	}
	if !s.peerWords(k, g, upper, 0, false) {
		return e
	}
	return g
}

// initialAfter reports an initial with its full stop after token e, in
// capitals after a capitalised name: "Xiulan T.".
func (s *scanner) initialAfter(e int, upper bool) bool {
	k := e + 1
	return upper && k+1 < len(s.toks) && s.toks[k].sp == 1 && s.toks[k].na == 1 && s.toks[k].e-s.toks[k].s == 1 &&
		s.isUpperStart(k) && s.is(k+1, '.') && s.toks[k+1].sp == 0
}

// lineTail reads how a list's line goes on at token k, after its name.
func (s *scanner) lineTail(k int, upper bool) int {
	if s.is(k, '(') && s.toks[k].sp == 1 {
		n := s.peerSkipNote(k)
		if n == k {
			return tailNone
		}
		if n >= len(s.toks) || s.toks[n].sp == 2 {
			return tailEnd
		}
		k = n
	}
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return tailEnd
	}
	t := s.toks[k]
	switch {
	case s.is(k, '|') || s.dashAt(k) && t.sp == 1 || s.is(k, ':') || t.sp == 1 && t.nd > 0:
		return tailField
	case upper && t.sp == 1 && !t.punct && t.nd == 0 && !s.isUpperStart(k):
		return tailWord
	}
	return tailNone
}

// staffListHeads head lists of colleagues.
var staffListHeads = plainWords("attendees", "attending", "present", "invited", "invitees", "team", "staff", "coverage",
	"covering", "speakers", "panel", "committee", "owners", "owner", "assigned", "contacts", "cc", "reviewers", "hires",
	"preceptors", "volunteers", "interviewers", "approvers", "signers", "readers", "signup", "sheet", "tickets")
