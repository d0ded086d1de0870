package phi

// A family's surname written as a modifier: "the levy family", "the
// Halvorsen file", "the Hussein balance". Between "the" and a household's
// noun, in a message about care or with a personal identifier, a surname
// the lists hold is the family's, in small letters too when it is no
// everyday word. Not in business ("the Amato family donated ...", a
// sponsor's table), nor a nationality ("the Haitian family"), nor the
// head of an organisation's name ("the Marchetti Family Foundation", "the
// Lawrence family practice").

// householdNouns are what a family's surname names with "the" before it.
var householdNouns = small("family", "families", "kids", "kid", "household", "twins", "boys", "girls", "baby", "parents",
	"acct", "account", "balance", "bill", "chart", "file", "copay", "estate", "claim", "case", "house", "home",
	// a patient's matter as the staff name it: "the Ogunleye referral",
	// "the Chowdhury fall", "the Jefferson suit"
	"referral", "complaint", "grievance", "appeal", "fall", "suit", "lawsuit", "settlement", "matter", "roi",
	"request", "incident")

// householdNotAfter end an organisation's name or a donor's line after the
// noun: "the Lawrence family practice", "the Amato family donated ...".
var householdNotAfter = small("practice", "donated")

// householdNames adds a surname between "the" and a household's noun
// (see above); it runs after the name pass, on what that pass left.
func (s *scanner) householdNames() {
	if !(s.health || s.hasIDs()) || s.mentions(bizWords) {
		return
	}
	for i := 1; i+1 < len(s.toks); i++ {
		if !s.tokIn(i+1, &householdNouns) || s.toks[i+1].sp != 1 {
			continue
		}
		// a hyphenated surname is one: "the Al-Rawi family"
		b := s.joinedStart(i)
		if b == 0 || s.toks[b].sp != 1 {
			continue
		}
		if s.w(b-1) != "the" {
			continue
		}
		if b < i {
			if !s.claimed(int(s.toks[b].s), int(s.toks[i].e)) && s.hyphenedSurname(b, i) {
				s.addName(b, i)
			}
			continue
		}
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.na < 3 || s.claimed(int(t.s), int(t.e)) || s.listed(i) ||
			s.inAny(i, stopLower, capStop, monthSet, weekdays) || s.namePartStop(i) || s.slipWord(i) || s.isUpperStart(i+1) || s.nationality(i) ||
			s.inAny(i+2, orgWords, deptWords, facilityWords) || s.tokIn(i+2, &householdNotAfter) {
			continue
		}
		if w := s.b[t.s:t.e]; len(w) <= 5 && asciiUpper(w) {
			continue // an acronym: "the HHA referral", "the ROI request"
		}
		g := s.gz(i)
		sur := g.sur >= 2 || censusSurnames()[s.w(i)]
		var ok bool
		if s.isUpperStart(i) {
			ok = (sur || g.isGiven() || s.unlistedWord(i)) && !g.place
		} else {
			ok = sur && (!g.isCommonWord() || g.proper) && !g.place
		}
		if ok {
			s.addName(i, i)
		}
	}
}

// hyphenedSurname reports capitalised parts of two letters or more joined
// by hyphens over tokens b..i, none an everyday word the surname lists do
// not hold (but a particle) and none an acronym: "Al-Rawi", "Mbeki-Lowe";
// not "X-Ray", "Follow-Up", "ICU-HHA".
func (s *scanner) hyphenedSurname(b, i int) bool {
	for k := b; k <= i; k += 2 {
		t := s.toks[k]
		if t.nd > 0 || t.na < 2 || !s.isUpperStart(k) || asciiUpper(s.b[t.s:t.e]) {
			return false
		}
		if g := s.gz(k); g.isCommonWord() && g.sur < 2 && !s.tokIn(k, &surnameParticles) {
			return false // (a particle is one: "Al-Rawi", "El-Hadi")
		}
	}
	return true
}
