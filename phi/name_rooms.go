package phi

// Lower-case names beside a bed: on a ward, people are written by the
// word they are called by and where they lie ("rose in 7 is 96", "neb
// for grace in 6 refused", "ivy's the bilat tka"), and many such names are
// also words. In a message about care, a lower-case given name or surname
// of the gazetteers right before "in <bed>" is a patient.

// roomNames adds the lower-case names right before a bed or room number in
// a message about care (m.ctx, or a patient's event or clinical term).
func (s *scanner) roomNames(m nameMsg) {
	care := m.ctx || m.event || m.clin
	for k := 1; k+1 < len(s.toks); k++ {
		// from each "in" back to the word before it (or before "is"): the
		// cheap test first, most messages have few
		if s.toks[k].e-s.toks[k].s != 2 || s.w(k) != "in" {
			continue
		}
		i := k - 1
		if w := s.w(i); (w == "is" || w == "was" || w == "still") && i > 0 {
			i--
		}
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.na < 3 || !(s.b[t.s] >= 'a' && s.b[t.s] <= 'z') || !s.bedAt(k) {
			continue
		}
		if s.inAny(i, stopLower, function, capStop, relatives, kinPlural, patientTrig, staffBefore, careUnits, healthWords) || bedPeople[s.w(i)] ||
			s.inAny(i-1, determiners, function) || s.in(i-1, staffBefore) {
			continue // "the young one in 8", "pt in 4", "nurse in 7"
		}
		// (outside a message about care, only a surname that is no word:
		// "nakashima in 31", not "grace in 6")
		if g := s.gz(i); !(g.isGiven() || g.sur >= 3) || !(care || s.bedClause(k)) && (g.isWord() || g.sur < 2) || s.claimed(int(t.s), int(t.e)) {
			continue
		}
		s.addName(i, i)
	}
}

// bedClause reports a clause about whoever lies in the bed after "in" at
// token k: a verb of care or of a patient's doing follows the bed ("in 14
// refused her lovenox", "in 8 is 94", "in 20 had a BM"), or the message
// names a medication. A count or a time needs neither ("in 2 weeks").
func (s *scanner) bedClause(k int) bool {
	n := k + 2
	if s.inRoom(k) {
		n = k + 3 // "in bed 4", "in rm 12"
	}
	if s.is(n, ',') || s.w(n) == "still" || s.w(n) == "now" || s.w(n) == "just" {
		n++
	}
	return bedVerbs[s.w(n)] || s.drugMention()
}

// bedVerbs follow a patient's bed: what the patient does or is, or what
// care does to them.
var bedVerbs = plainWords("is", "was", "has", "had", "refused", "refuses", "refusing", "pulled", "pulling", "wants",
	"needs", "keeps", "fell", "desat", "desatted", "vomited", "threw", "spiked", "asking", "asked", "complaining",
	"says", "said", "got", "gets", "went", "took", "ate", "slept", "sleeping", "yelling", "screaming", "crying",
	"confused", "sundowning", "agitated", "tachy", "brady", "hypotensive", "febrile", "afebrile", "bleeding", "npo",
	"dnr", "ambulated", "walked", "requesting", "requests", "declined", "declines", "tolerated", "tolerating")

// bedAt reports a bed after "in" at token k, a small number too ("in 7",
// "in bed 4"), not a time or a count ("in 5 min", "in 2 ways").
func (s *scanner) bedAt(k int) bool {
	if s.inRoom(k) {
		return true
	}
	if k+1 >= len(s.toks) {
		return false
	}
	t := s.toks[k+1]
	if t.punct || t.na > 0 || t.nd == 0 || t.nd > 2 || t.sp != 1 {
		return false
	}
	n := k + 2
	return n >= len(s.toks) || s.toks[n].sp == 2 || s.toks[n].punct && !s.is(n, '-') && !s.is(n, '/') || !s.in(n, timeUnits) && !countNouns[s.w(n)]
}

// countNouns follow a small number that is no bed: "in 2 weeks" is a
// time (timeUnits), "in 3 places", "in 2 ways" a count.
var countNouns = plainWords("places", "ways", "parts", "pieces", "spots", "doses", "shots", "tries", "languages")

// bedPeople are the words for whoever lies in a bed that are no names,
// though a name list may hold them: "the little girl in 6".
var bedPeople = plainWords("girl", "boy", "man", "woman", "lady", "guy", "gal", "kid", "baby", "gentleman", "fellow",
	"dude", "grandma", "grandpa", "one", "twin", "twins", "infant", "toddler", "teen", "newborn")
