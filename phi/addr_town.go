package phi

// Towns typed in lower case. A capitalised word after "lives in" or a
// street's comma is taken for a town whatever it is; in lower case only a
// place of the gazetteer is, and a place that is also a common word
// ("reading", "mobile") only where the town ends the clause.

// lowerPlace matches a town in lower case at token k: listed in the place
// gazetteer as a whole ("fall river", "north andover") or one listed word
// that is no country, state, care unit, organisation or facility word. It
// returns the last token, or -1.
func (s *scanner) lowerPlace(k int) int {
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	e := s.multiPlace(k, true)
	if e < k {
		e = s.lowerWordPlace(k)
	}
	if e < k || s.inAny(e+1, facilityWords, orgWords, deptWords, hospitalWords) {
		return -1 // "lowell general", "the salem site": a facility's town
	}
	return e
}

// lowerWordPlace matches lowerPlace's one listed word at token k.
func (s *scanner) lowerWordPlace(k int) int {
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.na < 3 {
		return -1
	}
	g := s.gz(k)
	if !g.place || s.country(k) || s.inAny(k, states, stopLower, capStop, careUnits, orgWords, deptWords, facilityWords, hospitalWords, directions, timeUnits, weekdays, monthSet) {
		// (nor a time: "the visit can be moved to day")
		return -1
	}
	if g.isCommonWord() && !s.placeEnds(k+1) {
		return -1 // "reading the chart", not "16 vine st, reading."
	}
	return k
}

// placeEnds reports whether a town ends at the token before n: the clause
// or line ends, or a state or a ZIP follows.
func (s *scanner) placeEnds(n int) bool {
	if n >= len(s.toks) || s.toks[n].sp == 2 || s.zipAt(n) > 0 || s.in(n, states) {
		return true
	}
	if !s.toks[n].punct {
		return false
	}
	c := s.b[s.toks[n].s]
	if c == '-' {
		return s.toks[n].sp > 0 // a spaced dash ends the clause, a hyphen joins
	}
	return c != '/' && c != '\'' && c != '&'
}

// addrWords label an address as one: "new address", "mailing address".
var addrWords = words("address", "addr", "mailing")

// addressWordBefore reports the word "address" (or one typed with a slip)
// among the n words before token i.
func (s *scanner) addressWordBefore(i, n int) bool {
	return s.prevWordIn(i, addrWords, n) || s.misspeltAddressBefore(i, min(n, 3))
}

// remitAfter reports a remittance word in the clause after a PO box ending
// at token end: "PO Box 9100, Boston MA 02114 is the only remit address".
func (s *scanner) remitAfter(end int) bool {
	if !s.mentions(remitWords) {
		return false
	}
	for k := end + 1; k < len(s.toks) && k <= end+8 && s.toks[k].sp < 2; k++ {
		if s.sentenceMark(k) {
			return false
		}
		if s.in(k, remitWords) {
			return true
		}
	}
	return false
}

// orgBox reports a PO box at token i that an organisation's words come
// before with no word of a home: "our billing office PO Box 9100". In a
// message about someone's record or account the box is theirs: "hospital
// account V2859 - mail the refund to PO Box 34".
func (s *scanner) orgBox(i int) bool {
	return s.facilityBefore(i, 6) && !s.homeBefore(i, 6) && !s.addressWordBefore(i, 6) && !s.recordIDs()
}

// recordIDs reports an identifier of a person's record or account found
// so far: a record number, an account, a plan id or an SSN.
func (s *scanner) recordIDs() bool {
	for _, c := range s.cands {
		switch c.t {
		case MRN, AccountNumber, HealthPlanID, SSN:
			return true
		}
	}
	return false
}

// businessPeople are people a hospital deals with for business, whose
// town is no patient's: "our donor lives in Weston", "the new CFO moved to
// Boston".
var businessPeople = map[string]bool{"donor": true, "donors": true, "vendor": true, "vendors": true, "rep": true,
	"ceo": true, "cfo": true, "coo": true, "cmo": true, "cno": true, "cio": true, "speaker": true, "candidate": true,
	"candidates": true, "contractor": true, "consultant": true, "trustee": true, "trustees": true, "sponsor": true,
	"investor": true, "landlord": true, "benefactor": true, "philanthropist": true, "keynote": true, "recruit": true}

// businessSubject reports a business person as the subject of the
// residence verb at token i ("our donor lives in", "the CFO now lives in").
func (s *scanner) businessSubject(i int) bool {
	k := i - 1
	if w := s.w(k); w == "now" || w == "also" || w == "still" || w == "currently" {
		k--
	}
	return businessPeople[s.w(k)]
}

// businessBefore reports a business person among the n tokens before
// token i: "the CFO moved, new place is in Dover" is no patient's town.
func (s *scanner) businessBefore(i, n int) bool {
	for k := max(0, i-n); k < i; k++ {
		if businessPeople[s.w(k)] {
			return true
		}
	}
	return false
}

// pendAddr holds back an address over tokens i..j: it is kept if the
// message names someone.
func (s *scanner) pendAddr(i, j int) {
	s.pendingPerson = append(s.pendingPerson, cand{t: Address, s: int(s.toks[i].s), e: int(s.toks[j].e), pri: priContext})
	s.unblock(i, j)
}

// unblock drops the blocks of the label pass inside an address over tokens
// i..j: the number after "Suite", "Bldg" or "Lot" there is the address's
// unit, not an organisation's number.
func (s *scanner) unblock(i, j int) {
	st, en := int(s.toks[i].s), int(s.toks[j].e)
	kept := s.cands[:0]
	for _, c := range s.cands {
		if c.t != blockType || c.s < st || c.e > en {
			kept = append(kept, c)
		}
	}
	s.cands = kept
}

// moveVerb reports a verb of moving house or premises: "the pharmacy moved
// to 88 Central St" is where it moved, not a trip from it.
func moveVerb(w string) bool {
	switch w {
	case "moved", "moves", "moving", "relocated", "relocates", "relocating":
		return true
	}
	return false
}

// careUnitAt reports a hospital unit joined to the address at token i
// ("the dialysis unit at 200 Mill Rd", "the ICU at 1 Main St"), not
// someone's own unit ("her unit at 12 Elm St").
func (s *scanner) careUnitAt(i int) bool {
	k := i - 1
	if w := s.w(k); w != "at" && w != "on" {
		return false
	}
	k--
	if k < 0 || s.w(k) != "unit" && !(s.in(k, careUnits) && (s.toks[k].na > 4 || isUpperTok(s.b[s.toks[k].s:s.toks[k].e]))) {
		return false // (a short unit in capitals: "the ICU at", not "or at")
	}
	switch s.w(k - 1) {
	case "her", "his", "their", "my", "your", "our":
		return s.w(k-1) == "our"
	}
	return true
}

// remitBefore reports a remittance word among the few words before an
// address at token i, with no word of a home: "remit payments to 2200
// Payment Way".
func (s *scanner) remitBefore(i int) bool {
	return s.prevWordIn(i, remitStreet, 6) && !s.homeBefore(i, 6)
}

// remitStreet are the words of remitWords that make a street an
// organisation's, but "claims" ("she claims she lives at ...").
var remitStreet = words("lockbox", "remit", "remittance", "payments", "vendor", "vendors", "invoices", "donations", "donation", "gifts",
	"contributions", "invoice")

// movedHome reports a person who moved to or out of the address at token
// i: "we moved to 3318 Sable Ridge Dr", "her son just moved to 9 Elm St",
// "she moved out of 12 Elm St" (not "the clinic moved to").
func (s *scanner) movedHome(i int) bool {
	k := i - 1
	switch s.w(k) {
	case "to", "from":
	case "of":
		if s.w(k-1) != "out" {
			return false
		}
	default:
		return false
	}
	if w := s.w(k - 1); w == "out" || w == "away" || w == "back" {
		k-- // "moved out of", "moved away from", "moved back to"
	}
	if !moveVerb(s.w(k-1)) && s.slipOfCue(k-1, moveSlips) == "" {
		return false
	}
	k -= 2
	for n := 0; n < 2 && k >= 0; n++ {
		switch s.w(k) {
		case "just", "recently", "have", "has", "had", "all", "finally", "also":
			k--
		}
	}
	switch s.w(k) {
	case "we", "i", "they", "he", "she", "hes", "shes", "who":
		return true
	}
	if s.is(k, '.') || s.inAny(k, facilityWords, orgWords, deptWords, placeNouns, careUnits) {
		return false
	}
	return s.in(k, kinTownWords) || s.nameTok(k) || s.personTok(k) // "Mrs. Obi moved to"
}

// lowerPlaceEnding returns the first token of a town in lower case that
// ends at token k (lowerPlace's towns, read backwards), or -1.
func (s *scanner) lowerPlaceEnding(k int) int {
	for st := k - 2; st <= k; st++ {
		if st >= 0 && s.lowerPlace(st) == k && (st == k || s.toks[st].sp < 2 && !s.isUpperStart(st)) {
			return st
		}
	}
	return -1
}

// stateOrZip reports a state or a ZIP at token k: the end of a postal
// address.
func (s *scanner) stateOrZip(k int) bool {
	return k < len(s.toks) && (s.zipAt(k) == k || s.toks[k].nd == 4 && s.is(k-1, '-') || s.in(k, states))
}

// homePlaces name someone's dwelling: "her sister's place in Randolph",
// "her apartment in Lynn".
var homePlaces = map[string]bool{"place": true, "house": true, "home": true, "apartment": true, "apt": true,
	"condo": true, "trailer": true}

// personNouns name a person or a household without naming them.
var personNouns = map[string]bool{"lady": true, "man": true, "guy": true, "woman": true, "gentleman": true, "family": true,
	"fam": true, "one": true, "neighbor": true, "neighbour": true, "folks": true, "couple": true, "fella": true, "gal": true}

// dwellings are the other homes a street after "on" belongs to: "the farm
// on 280th St", "the ranch on County Rd 9".
var dwellings = map[string]bool{"farm": true, "ranch": true, "cabin": true, "homestead": true, "farmhouse": true}

// households are kin words of a whole household, whose "in <Town>" is
// where they live: "family in Hamtramck wants them mailed" (not "her son
// in England", a country).
var households = map[string]bool{"family": true, "folks": true, "relatives": true, "parents": true,
	"grandparents": true}

// dwellingWords name someone's home before "in <Town>".
var dwellingWords = words("apartment", "apt", "house", "condo", "townhouse", "duplex", "cottage", "flat", "trailer", "place")

// dwellingOwner reports a possessive before the dwelling at token i: "her
// apartment", "my daughter's house", "her new place"; in a message about a
// patient a home just moved to is theirs ("new place is in Lynn").
func (s *scanner) dwellingOwner(i int) bool {
	if w := s.w(i - 1); w == "new" || w == "old" || w == "own" {
		if w == "new" && s.health && s.toks[i-1].sp < 2 && (i < 2 || s.toks[i-2].punct || s.toks[i-2].sp == 2) &&
			!s.prevWordIn(i, placeNouns, 8) && !s.businessBefore(i, 8) {
			return true // a clause opening with "new place", not a clinic's or a vendor's
		}
		i--
	}
	switch s.w(i - 1) {
	case "her", "his", "their", "my", "own":
		return true
	case "s":
		return s.is(i-2, '\'')
	}
	return false
}

// dwellingIn returns the token of "in" after the dwelling at token i,
// directly or after "is" or "was" ("her new place is in Lynn"), or i.
func (s *scanner) dwellingIn(i int) int {
	if w := s.w(i + 1); w == "is" || w == "was" {
		i++
	}
	if s.w(i+1) == "in" {
		return i + 1
	}
	return i
}

// formerHomeTown labels the town of a former home after an address found
// in the message: "should be 48 Elm St, not the old one in Dracut" ("one"
// stands for the address). It reads the message only when an address has
// been found.
func (s *scanner) formerHomeTown() {
	first := -1
	for _, c := range s.cands {
		if c.t == Address && (first < 0 || c.e < first) {
			first = c.e
		}
	}
	if first < 0 {
		return
	}
	for k := s.tokAt(first); k+2 < len(s.toks); k++ {
		if s.w(k) != "one" || s.w(k+1) != "in" {
			continue
		}
		if w := s.w(k - 1); w != "old" && w != "previous" && w != "former" && w != "prior" {
			continue
		}
		if end := s.placeAfterIn(k + 1); end > k+1 {
			s.addAddr(k+2, end)
			k = end
		}
	}
}

// placeAfterIn returns the last token of a listed town after "in" at token
// k (capitalised, or lowerPlace's in lower case) that ends its clause or
// goes on with a word that is no facility's, or -1.
func (s *scanner) placeAfterIn(k int) int {
	j := k + 1
	if j >= len(s.toks) {
		return -1
	}
	var end int
	if s.isUpperStart(j) {
		end = s.multiPlace(j, false)
		if end < j && s.gz(j).place && !s.country(j) && !s.inAny(j, careUnits, states) && !s.isUpperStart(j+1) {
			end = j
		}
	} else {
		end = s.lowerPlace(j)
	}
	if end < j || s.inAny(end+1, facilityWords, orgWords, deptWords, hospitalWords) || s.staffAfter(end) {
		return -1
	}
	return end
}

// personFrom returns the last token of the town a patient comes from after
// "from" at token i, or -1: after a person's sex or a patient word ("male
// from Amesbury"), or set off by commas in a patient's line (", from
// Chelmsford,").
func (s *scanner) personFrom(i int) int {
	p := s.w(i - 1)
	switch p {
	case "male", "female", "man", "woman", "lady", "gentleman", "pt", "patient", "resident", "veteran", "gent":
	default:
		if !s.is(i-1, ',') {
			return -1
		}
	}
	end := s.placeAfterIn(i)
	if end < 0 {
		return -1
	}
	if s.is(i-1, ',') && !(end+1 >= len(s.toks) || s.is(end+1, ',') || s.is(end+1, '.') || s.is(end+1, ';') || s.toks[end+1].sp == 2) {
		return -1
	}
	return end
}

// addrEntry are the words the address pass stops at (one bit test): its
// cues, the postal words and the dwellings.
var addrEntry = union(addrSet, foreignAddr, postalWords, dwellingWords)

// fieldValue returns the token after a record field's label at token i and
// its mark: a colon, an equals sign, a spaced dash, with Markdown's
// emphasis around the label ("City: Lynn", "*City*: Lynn", "city – lynn",
// "Lives in: Lynn"); i+1 when there is no mark.
func (s *scanner) fieldValue(i int) int {
	j := i + 1
	if (s.is(j, '*') || s.is(j, '_')) && s.toks[j].sp == 0 {
		j++
	}
	if s.is(j, ':') || s.is(j, '=') || s.is(j, '-') && s.toks[j].sp > 0 {
		return j + 1
	}
	return i + 1
}

// asideAfterName skips, from token k right after a name, a short aside
// that holds a number: an age or a room in parentheses or between commas
// ("Ana (92) from Houston", "Ana Diaz, 66yo, from Lynn", "ana (a hundred
// and two) from omaha"); it returns the token after the aside, or k.
func (s *scanner) asideAfterName(k int) int {
	var closer byte
	switch {
	case s.is(k, '('):
		closer = ')'
	case s.is(k, ','):
		closer = ','
	default:
		return k
	}
	num := false
	for j := k + 1; j < len(s.toks) && j <= k+6 && s.toks[j].sp < 2; j++ {
		if s.is(j, closer) {
			if num && j > k+1 {
				return j + 1
			}
			return k
		}
		if t := s.toks[j]; t.nd > 0 || s.in(j, numberOrSpell) {
			num = true
		} else if t.punct || t.na > 0 && closer == ',' && !(s.w(j) == "yo" || s.w(j) == "y" || s.w(j) == "o" || s.w(j) == "f" || s.w(j) == "m") {
			return k // between commas only the age and its shorthand: "66yo", "93 F"
		}
	}
	return k
}

// onStreetAfterPerson labels the street a named person or a pronoun of
// one is on, with no house number, and the town after it: "she's on Cabot
// St in Beverly", "mrs pelletier on rte 116 in conway". It runs once the
// message names someone.
func (s *scanner) onStreetAfterPerson() {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].e-s.toks[k].s != 2 || s.w(k) != "on" || !s.personBefore(k) {
			continue
		}
		end := s.street(k)
		if end <= k {
			end = s.route(k + 1)
		}
		if end <= k || s.inAny(end+1, facilityWords, orgWords) {
			continue
		}
		s.addAddr(k+1, end)
		k = s.townAfter(end)
	}
}

// personBefore reports a person or a home right before token k, where a
// street they are on follows: a name the name pass found ("Ike on Spruce
// Hill Rd"), "she's", "he's", "they're" (a verb "is" or "lives" between),
// a relative, the patient or a word for a person ("the pt on Larkspur
// Ln", "the one on 14th Ave"), or a dwelling ("the farm on 280th St").
func (s *scanner) personBefore(k int) bool {
	p := k - 1
	if w := s.w(p); w == "is" || w == "lives" || w == "lived" || w == "still" {
		p--
	}
	if homePlaces[s.w(p)] || dwellings[s.w(p)] || personNouns[s.w(p)] || s.inAny(p, relatives, patientTrig) {
		return true // "the farm on 280th St", "her trailer on Dry Creek Rd", "the pt on Daisy Ln", "the cat lady on Briar Patch Ln"
	}
	switch s.w(p) {
	case "shes", "hes":
		return true
	case "s":
		return s.contractedIs(p)
	case "re":
		return s.is(p-1, '\'') && s.w(p-2) == "they"
	}
	if p < 0 || p >= len(s.toks) {
		return false
	}
	e := int(s.toks[p].e)
	for _, n := range s.names {
		if n.e == e {
			return true
		}
	}
	return false
}

// zipAfterTowns adds the ZIP code written right after a town found as
// someone's ("moved to Billerica (01821)", "lives in Lowell 01852", "Dracut,
// 01826"): the town's own ZIP, on the same line, five digits or ZIP+4.
func (s *scanner) zipAfterTowns() {
	n := len(s.cands)
	for c := 0; c < n; c++ {
		a := s.cands[c]
		if a.t != Address || hasDigit(s.b[a.s:a.e]) {
			continue
		}
		k := s.tokAt(a.e)
		for k < len(s.toks) && int(s.toks[k].s) < a.e {
			k++
		}
		paren := s.is(k, '(')
		if paren || s.is(k, ',') {
			k++
		}
		if k >= len(s.toks) || s.toks[k].sp == 2 || s.toks[k].punct || s.toks[k].nd != 5 || s.toks[k].na != 0 {
			continue
		}
		e := k
		if s.is(e+1, '-') && s.toks[e+1].sp == 0 && e+2 < len(s.toks) && s.toks[e+2].sp == 0 && s.toks[e+2].nd == 4 && s.toks[e+2].na == 0 {
			e += 2 // ZIP+4
		}
		if n := e + 1; n < len(s.toks) && s.toks[n].sp == 0 && !s.toks[n].punct || paren && !s.is(n, ')') ||
			s.claimed(int(s.toks[k].s), int(s.toks[e].e)) {
			continue // glued to more ("01821x"), or taken
		}
		s.addTok(Address, k, e, a.pri)
	}
}

func hasDigit(v []byte) bool {
	for _, c := range v {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}
