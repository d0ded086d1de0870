package phi

// Cue words of addresses and ages typed with one slip of the keyboard
// ("livees in", "faamily is from", "hme", "tday"): a word in no list and no
// dictionary that one slip turns into a cue word is read as that word.

// slipOfCue returns the cue word of x that token k is typed for with one
// slip, or "": token k must be a word of letters in no list, no dictionary
// and no common name list.
func (s *scanner) slipOfCue(k int, x *slipList) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	t := s.toks[k]
	if t.punct || t.lex != 0 || t.nd > 0 || t.na < 4 || t.na > 14 || int(t.na) != int(t.e-t.s) {
		return ""
	}
	c := x.match(s.w(k))
	if c == "" {
		return ""
	}
	if g := s.gz(k); g.isWord() || g.isGiven() || g.sur >= 2 {
		return ""
	}
	return c
}

// cueIn reports whether token k is a word of ws or, by slipOfCue, one typed
// with a slip (x indexes ws).
func (s *scanner) cueIn(k int, ws set, x *slipList) bool {
	return s.in(k, ws) || s.slipOfCue(k, x) != ""
}

// prevCueIn is prevWordIn that also takes a word of ws typed with one
// slip (x indexes ws): "sent to his offcie at".
func (s *scanner) prevCueIn(ti int, ws set, x *slipList, n int) bool {
	return s.prevWordAt(ti, ws, n, false, x)
}

// addrSlipCue reports an address cue typed with one slip in a message
// with no other sign of an address ("she livees in Chelsea"): a word in no
// list before a listed one ("in", "at", "alone") or a colon.
func (s *scanner) addrSlipCue() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		if t.lex != 0 || t.punct || t.na < 4 || t.na > 11 || s.toks[i+1].lex == 0 && !s.is(i+1, ':') || !cueNext(s.w(i+1)) {
			continue
		}
		if s.slipOfCue(i, addrSlips) != "" || s.slipOfCue(i, travelSlips) != "" {
			return true
		}
	}
	return false
}

// travelSlipCue reports a travel word typed with one slip before a listed
// word ("drievs in from", "the vna drvies to"): a trip from or to a town,
// as travelWords themselves mark.
func (s *scanner) travelSlipCue() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		if t.lex != 0 || t.punct || t.na < 4 || t.na > 11 || s.toks[i+1].lex == 0 || !cueNext(s.w(i+1)) {
			continue
		}
		if s.slipOfCue(i, travelSlips) != "" {
			return true
		}
	}
	return false
}

// The address cue lists read through one slip.
var (
	personalSlips = keySlipList(homeWords)
	homeSlips     = keySlipList(homeWords)
	facilitySlips = keySlipList(facilityWords)
	placeSlips    = keySlipList(placeNouns)
	advSlips      = keySlipList(residenceAdverbs)
	bothSlips     = keySlipWords("both")
	travelSlips   = keySlipList(travelWords)
)

// personalBefore reports a word of personalAddr (or one typed with a slip)
// among the n words before token ti.
func (s *scanner) personalBefore(ti, n int) bool {
	// (a department named for patients is no one: "forms go to Patient
	// Access at ...", "mail complaints to Patient Relations, 45 Main St")
	return s.prevWordExcept(ti, personalAddr, n, false, personalSlips, s.patientDept)
}

// patientDept reports "Patient" at token k capitalised before a
// capitalised department's word: "Patient Access", "Patient Relations".
func (s *scanner) patientDept(k int) bool {
	return s.w(k) == "patient" && s.titleCase(k) && k+1 < len(s.toks) && s.titleCase(k+1) && s.in(k+1, deptWords)
}

// homeBefore reports a word of homeWords (or one typed with a slip) among
// the n words before token ti.
func (s *scanner) homeBefore(ti, n int) bool { return s.prevCueIn(ti, homeWords, homeSlips, n) }

// facilityWordBefore reports a word of facilityWords (or one typed with a
// slip: "his offcie at") among the n words before token ti.
func (s *scanner) facilityWordBefore(ti, n int) bool {
	return s.prevCueIn(ti, facilityWords, facilitySlips, n)
}

// kinSlips index kinTownWords.
var kinSlips = keySlipList(kinTownWords)

// kinVerb reports a word that can follow a relative whose town comes next:
// "her family is from", "his folks in".
func kinVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "from", "in", "originally", "all", "still":
		return true
	}
	return false
}

// cueNext reports a word or mark that follows an address cue: "lives in",
// "moved to", "staying with", "home is", "address:", "lives alone".
func cueNext(w string) bool {
	switch w {
	case "in", "at", "on", "off", "with", "to", "from", "into", "is", "was", "alone", "out", "over", "up", "down",
		"back", "now", "still", "there", ":", "of", "near", "by":
		return true
	}
	return false
}

// moveSlips index the verbs of moving premises ("the office movde to").
var moveSlips = keySlipWords("moved", "moves", "moving", "relocated", "relocates", "relocating")
