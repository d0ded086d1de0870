package phi

// A patient is often written by initials alone, to keep the name off a
// board or out of a thread: "review of Z.K. (MRN ...)", "T.B. in rm 4",
// "refund for J.M. (acct ...)". Dotted capitals are also labels ("D.O.B.",
// "M.R.N."), countries ("U.S.") and the time of day ("A.M."), which the
// words of the initials tell apart: a label's word, a dictionary word, a
// state's code or one of dottedAcronyms is no one.

// dottedAcronyms are the letters of common dotted acronyms that no label
// list and no dictionary holds: places, degrees, "also known as".
var dottedAcronyms = plainWords("po", "dob", "usa", "uk", "dc", "aka", "rsvp", "er", "iv", "md", "rn", "np", "pa",
	"phd", "dds", "dmd", "do", "ie", "eg", "nb", "ps", "bc", "ad", "mr", "st", "nyc", "la", "eu", "un", "cpr")

// initialsNames adds a person's initials that stand alone (no name word
// before or after them) and are set off as a person is: a room ("in rm
// 4", "in 12") or an identifier right after them; where the message is
// about care or holds an identifier (m.ctx), a note in brackets after
// them or a preposition or a patient's word before them ("for", "of",
// "pt").
func (s *scanner) initialsNames(m nameMsg) {
	for k := 0; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.punct || t.e-t.s != 1 || t.na != 1 || k > 0 && t.sp == 0 && (!s.toks[k-1].punct || s.is(k-1, '.')) {
			// (inside a word: "ActiV.A.C.")
			continue
		}
		e := s.initials(k)
		if e < 0 {
			continue
		}
		if s.dottedWord(k, e) || k > 0 && t.sp == 1 && s.isUpperStart(k-1) && !s.toks[k-1].punct && !s.sentenceStart(k) ||
			e+1 < len(s.toks) && s.toks[e+1].sp == 1 && s.isUpperStart(e+1) && !s.toks[e+1].punct ||
			s.inAny(e+1, orgWords, deptWords, facilityWords) {
			k = e // a label, a middle name's initials, an organisation's
			continue
		}
		// (a room or an identifier right after them sets them off in any
		// message: "T.B. in rm 4", "for J.M. (acct ...)", "a minor, K.D.,
		// DOB ...")
		room := s.w(e+1) == "in" && s.bedAt(e+1)
		set := room || s.idAfter(e) ||
			m.ctx && (s.is(e+1, '(') || s.in(k-1, initialsBefore) || s.inAny(k-1, patientTrig))
		if set && !s.covered(int(t.s), int(s.toks[e].e)) {
			s.addName(k, e)
		}
		k = e
	}
}

// idAfter reports an identifier or a date found within the four tokens
// after token e: "(MRN 4471902)", ", DOB 2011-06-03".
func (s *scanner) idAfter(e int) bool {
	if e+1 >= len(s.toks) {
		return false
	}
	from, to := int(s.toks[e].e), int(s.toks[min(e+4, len(s.toks)-1)].e)
	for _, c := range s.cands {
		if c.s >= from && c.s <= to && c.t != Name && c.t != Age && c.t != Address {
			return true
		}
	}
	return false
}

// initialsBefore put a person after them: "for", "of", "re", "about".
var initialsBefore = words("for", "of", "re", "about", "on", "to", "with")

// dottedWord reports initials k..e whose letters together are a word:
// a label's ("D.O.B."), a dictionary's ("U.S."), a state's code ("N.Y.")
// or a dotted acronym's.
func (s *scanner) dottedWord(k, e int) bool {
	var buf [3]byte
	n := 0
	for h := k; h <= e && n < len(buf); h += 2 {
		buf[n] = s.lo[s.toks[h].s]
		n++
	}
	w := string(buf[:n])
	return labelType[w] != "" || dottedAcronyms[w] || gazetteer().lookup(w).isWord() || n == 2 && states.has(w)
}

// lowerInitialNames weighs with the name model an initial typed in small
// letters, its dot and a surname of the curated lists or the census (or a
// name joined by a hyphen or an apostrophe) that no other pass took: "h.
// davis coming up from pacu", "take s. mills (ed 21) to the lounge". The
// capitalised form is read by nameAt; in small letters the initial is a
// word of one letter the name pass skips. Not a middle initial (the word
// before is no given name), not after a clinician's title or before a
// staff role, and not a species after its genus's initial: "e. coli" and
// "s. aureus" are no surnames of those lists. A surname found alone takes
// the initial.
func (s *scanner) lowerInitialNames(m nameMsg) {
	for k := 0; k+2 < len(s.toks); k++ {
		t := s.toks[k]
		c := s.b[t.s]
		if t.e-t.s != 1 || c < 'a' || c > 'z' || k > 0 && t.sp == 0 || !s.is(k+1, '.') || s.toks[k+1].sp != 0 || s.toks[k+2].sp != 1 {
			continue
		}
		// no middle initial: the word before is no given name, listed or
		// unlisted ("helen p. alexander", "zhyldyz t. moss")
		if p := k - 1; p >= 0 && t.sp < 2 && !s.toks[p].punct && s.toks[p].nd == 0 && !s.inAny(p, stopLower, patientTrig, relatives) {
			if g := s.gz(p); g.isGiven() || !g.isWord() && !s.listed(p) {
				continue
			}
		}
		j := k + 2
		tj := s.toks[j]
		if tj.punct || tj.nd > 0 || tj.na < 2 || s.isUpperStart(j) {
			continue
		}
		end := s.hyphenedEnd(j)
		if end == j && s.is(j+1, '\'') && s.toks[j+1].sp == 0 && j+2 < len(s.toks) && s.toks[j+2].sp == 0 {
			end = j + 2 // "o'neill"
		}
		g := s.gz(j)
		sur := g.sur >= 2 || censusSurnames()[s.w(j)]
		if !sur && end == j || g.isCommonWord() && g.sur < 2 || s.inAny(j, stopLower, capStop, relatives, patientTrig, staffBefore, bedWords, clinicalWords) {
			continue
		}
		if st, en := int(s.toks[j].s), int(s.toks[end].e); s.reshapeFound(st, en, int(t.s), en) {
			k = end // the surname was found alone: "walk r. delgado"
			continue
		}
		if s.claimed(int(t.s), int(s.toks[end].e)) || s.staffAfter(end) {
			continue
		}
		if k >= 2 && t.sp < 2 && (s.is(k-1, '.') || s.is(k-1, ':')) && s.inAny(k-2, staffBefore, honorifics) && !englishTitles[s.w(k-2)] {
			continue // "dr. p. keller", "rn: s. patel"
		}
		if s.nameAbove(k, end, 2, m, 0) {
			s.addName(k, end)
			k = end
		}
	}
}
