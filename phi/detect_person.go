package phi

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"strings"
	"sync"
)

// The name pass proper: triggers, generic capitalised sequences and the
// staff/vendor checks that keep colleagues out.

// hasIDs reports whether a personal identifier (anything but a name, date
// or age; addresses count, facility ones are never found) is known already.
func (s *scanner) hasIDs() bool {
	for _, c := range s.cands {
		switch c.t {
		case blockType, Name, Date:
		default:
			return true
		}
	}
	return false
}

// bizContext marks messages about vendors and meetings, where a named person
// with a phone number is a business contact.
var bizWords = words("deck", "vendor", "rep", "sales", "demo", "proposal", "contract", "quote", "rfp",
	"partnership", "agenda", "slides", "presentation", "webinar", "conference", "intro", "introduce",
	"invoice", "manager", "recruiter", "candidate", "interview", "board", "sync", "offsite", "gala", "sponsor",
	"sponsors", "donor", "donors", "giving", "gift", "philanthropy", "trust", "fund", "adjuster", "broker",
	// payroll, HR and IT housekeeping name employees
	"payroll", "paycheck", "timesheet", "vpn", "firewall", "logins",
	"w-2", "w2", "i-9", "mfa", "offboarding", "lockout", "badges", "copier", "helpdesk",
	// the IT systems a helpdesk ticket names
	"servicenow", "jira", "imprivata", "citrix",
	// projects, purchasing and planning
	"upgrade", "go-live", "rollout", "pricing", "fiscal", "procurement", "purchasing", "kpi", "kpis", "roadmap", "okr", "okrs", "headcount", "quarterly", "all-hands", "townhall", "forecast", "retreat")

// colleagueVerbs address or involve a colleague: "Ask Dana", "remind Omar",
// "a call with Tom Becker", "cc Linda Park".
var colleagueVerbs = words("ask", "remind", "tell", "have", "cc", "loop", "ping", "thank", "invite", "copy",
	"with", "let", "notify", "email", "message", "text", "introduce", "congratulate", "bcc", "include", "and",
	"meet", "join", "interview", "hire", "welcome")

var placePreps = words("from", "in", "near", "of", "to")

// acronym reports an all-capital word of two to five letters at token k:
// "Lowell GM", "Boston EMS".
func (s *scanner) acronym(k int) bool {
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].sp != 1 {
		return false
	}
	n := s.toks[k].e - s.toks[k].s
	return n >= 2 && n <= 5 && asciiUpper(s.b[s.toks[k].s:s.toks[k].e])
}

// listedWord reports a word in a list of the scanner, but not the head of
// "o'connor": the "o" says nothing.
func (s *scanner) listedWord(i int) bool {
	return s.toks[i].lex != 0 && (s.toks[i].e-s.toks[i].s != 1 || !s.apostropheHead(i))
}

// apostropheHead reports the one-letter head of a name joined by an
// apostrophe at token i: "o'connor", "d'souza".
func (s *scanner) apostropheHead(i int) bool {
	n := i + 2
	return n < len(s.toks) && s.toks[i].e-s.toks[i].s == 1 && s.is(i+1, '\'') && s.toks[i+1].sp == 0 &&
		s.toks[n].sp == 0 && !s.toks[n].punct && s.toks[n].nd == 0 && s.toks[n].e-s.toks[n].s >= 2
}

// unlistedAcronym reports a word of three to five ASCII capitals at token
// k that no name list holds, in a message not typed in capitals: "MRI",
// "ORIF", "EVS" (a few babies a year named Orif do not make it a name).
// (Two capitals are as often initials: "pt KM".)
func (s *scanner) unlistedAcronym(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 {
		return false
	}
	n := s.toks[k].e - s.toks[k].s
	if n < 3 || n > 5 || !asciiUpper(s.b[s.toks[k].s:s.toks[k].e]) || !s.lowerNear(k) {
		return false
	}
	g := s.gz(k)
	return !g.isGiven() && g.sur < 2
}

// lowerNear reports a word with a lower-case letter among the three words
// on either side of token k.
func (s *scanner) lowerNear(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 3; j-- {
		if t := s.toks[j]; !t.punct && t.nd == 0 {
			if hasLowerASCII(s.b[t.s:t.e]) {
				return true
			}
			n++
		}
	}
	for j, n := k+1, 0; j < len(s.toks) && n < 3; j++ {
		if t := s.toks[j]; !t.punct && t.nd == 0 {
			if hasLowerASCII(s.b[t.s:t.e]) {
				return true
			}
			n++
		}
	}
	return false
}

func hasLowerASCII(v []byte) bool {
	for _, c := range v {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// asciiUpper reports a word of ASCII capitals only: "Lê" and "Đỗ" are
// capitalised names, not acronyms.
func asciiUpper(v []byte) bool {
	for _, c := range v {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

var vehicleWords = words("plate", "plates", "vin", "sedan", "suv", "minivan", "truck", "hatchback", "pickup")

var driveWords = words("car", "drives", "driving", "drove", "vehicle", "parked")

// vehicleWord reports a make or model: "drives a gray Odyssey plate ...",
// "car is a Kia".
func (s *scanner) vehicleWord(i, end int) bool {
	after := s.in(end+1, vehicleWords)
	if !after && !s.prevWordIn(i, driveWords, 3) {
		return false
	}
	// a listed make or model ("drove her Camry", "a Ford Escape"), or a
	// word that is no name; not a person the car carries or belongs to:
	// "we drove Mrs. Ada Roe home", "a patient's car — Imani Drummond"
	for k := i; k <= end; k++ {
		if s.inStr(k, &vehicleMakes) {
			return true
		}
	}
	if after {
		// "gray Odyssey plate ...", "Tacoma pickup"; but a given name and
		// a surname are a person's: "Ana Ruiz pickup 6:40", "Ana Ruiz
		// plate 4KDX21"
		return !(end > i && s.gz(i).isGiven() && !s.gz(i).place && !s.gz(i).isCommonWord())
	}
	if s.in(i-1, honorifics) || s.is(i-1, '.') && s.in(i-2, honorifics) {
		return false
	}
	g := s.gz(i)
	return !(g.isGiven() || g.sur >= 2 && !g.place) // (a town the car went to is no one)
}

var boardLike = words("board", "team", "staff", "committee", "council", "faculty", "cabinet")

var staffEvent = words("rounds", "lecture", "speaker", "presents", "presenting", "training", "education",
	"conference", "symposium", "seminar", "orientation", "onboarding", "interview", "interviews", "residency",
	"hire", "hired", "welcome", "promoted", "congratulations", "congrats", "award", "retirement", "retiring",
	"tour", "keynote", "panel", "webinar", "shadowing", "preceptor",
	// a colleague welcomed, thanked, invited or sent off
	"educator", "farewell", "invited", "attendees", "invitees", "kudos", "shoutout", "recognition", "potluck", "luncheon", "celebration")

// detectNames finds person names; see detect_name.go for the policy.
func (s *scanner) detectNames() {
	ids := s.hasIDs() || s.pendingStreet
	biz := s.mentions(bizWords)
	// Staff events (grand rounds, welcomes, tours) name colleagues even when
	// clinical words are around.
	// a medication names a health matter as a health word does ("the one
	// on apixaban")
	drug := !s.health && s.drugMention()
	health := s.health || drug
	staffEv := s.staffEventMsg()
	// (a street pending in a staff event is the event's venue, no one's
	// home: "new hire orientation for X: 2/8, HR at 55 Merrimack St")
	ctx := health && !staffEv || ((s.hasIDs() || s.pendingStreet && !staffEv || s.healthDate) && !biz)
	m := nameMsg{ctx: ctx, drug: drug, biz: biz, ids: ids, staffEvent: staffEv}
	if !ctx {
		m.event = s.mentions(healthDateWords)
		m.clin = s.clinicalTerms() || s.labReading() // "fox in 12 bs 287"
	}
	addrs, urls, mails := s.pendingStreet, false, false
	for _, c := range s.cands {
		addrs = addrs || c.t == Address
		urls = urls || c.t == URL
		mails = mails || c.t == Email // (the e-mail owners' tests below look for them)
	}
	titles := s.mentions(honorifics)
	every := addrs // (see nextName)
	var inAddress addrSweep
	if addrs {
		inAddress = s.addressCover()
	}
	for i := 0; i < len(s.toks); i = s.nextName(i+1, every) {
		t := s.toks[i]
		if t.punct || t.nd > 0 {
			continue
		}
		if t.sp == 0 && i >= 2 && (s.is(i-1, '-') || s.is(i-1, '\'')) && s.toks[i-1].sp == 0 && !s.toks[i-2].punct {
			continue // the tail of "x-ray", "Jean-Luc", "O'Neill": its head starts the name
		}
		if addrs {
			if e := inAddress.at(int(t.s)); e > 0 {
				i = s.tokAt(e) - 1 // the words of a street or a town name nobody: skip them
				continue
			}
		}
		c := s.b[t.s]
		misspeltKin := t.lex == 0 && t.e-t.s >= 4 && s.fuzzyRelative(i) // (its cheap tests first)
		// "patinet", "cleint", "guarrantor": a patient word through one slip
		slipped := ""
		if !misspeltKin && t.lex == 0 && t.e-t.s >= 5 && i+1 < len(s.toks) && (!s.toks[i+1].punct || s.is(i+1, ':')) {
			slipped = s.slippedTrigger(i)
		}
		// "mrs okafor": a lower-case word after an honorific is a name
		// candidate in any message
		afterTitle := titles && (s.in(i-1, honorifics) && s.w(i-1) != "dr" || s.is(i-1, '.') && s.in(i-2, honorifics) && s.w(i-2) != "dr")
		// outside a personal message, a lower-case name only of two rare
		// words or more after a given name that is no everyday word
		// ("maria fernanda lopez ortiz"), or of one such given name alone
		// (loneLower: "is svetlana ok??", "radhika (the one who sings ..."), whom
		// the model must score loneGivenMargin above its threshold; the
		// model decides
		loneLower := false
		lowerShape := !ctx && !afterTitle && c >= 'a' && c <= 'z' && t.lex == 0 && t.e-t.s >= 3 &&
			!gazetteer().likelyCommon(s.hash(i)) && lowerGiven(s.gz(i))
		// "okonkwo in 12", "pruitt and ochoa": a listed surname that is no
		// dictionary word, alone, in any message; the model decides (the
		// message's words tell a ward's shorthand from a product's name)
		lowerSur := !ctx && !afterTitle && !lowerShape && c >= 'a' && c <= 'z' && t.lex == 0 && t.e-t.s >= 4 &&
			!gazetteer().likelyCommon(s.hash(i)) && s.lowerSurname(i)
		// an everyday word that is also a name in a message about a
		// patient's event or clinical care with no health word ("woods just
		// extubated himself"): a candidate for the model (wordName below)
		lowerWord := !ctx && !afterTitle && !lowerShape && !lowerSur && c >= 'a' && c <= 'z' && t.lex == 0 &&
			(m.event || m.clin || !biz && s.bedHead(i)) && s.wordNameCandidate(i)
		// "mr will o'brien", "mrs may hartigan": a given name that is a
		// listed word, after a title and before a surname
		titledListed := afterTitle && c >= 'a' && c <= 'z' && s.listedWord(i) && s.gz(i).isGiven() && s.lowerSurnameNext(i)
		// "mrs small", "mr rose": after a title, a listed word that is also a
		// surname or a given name (the title path below decides)
		titledWord := afterTitle && c >= 'a' && c <= 'z' && !titledListed && s.listedWord(i) &&
			(s.gz(i).sur >= 2 || s.gz(i).isGiven()) && !s.inAny(i, stopLower, function, capStop)
		// "hope z. bah", "jun f monteiro": a listed given name before a
		// middle initial
		initialListed := c >= 'a' && c <= 'z' && s.middleInitial(i+1) && !titledListed && s.listedWord(i) && s.gz(i).isGiven()
		// "walker, tamsin", "hall, sky s": a lower-case inverted name in a
		// personal message, whatever its words also mean
		// (outside one, with a middle initial, for the model: "book hall, sky s into ...")
		invEnd, invNW, invInitial := -1, 0, false
		if c >= 'a' && c <= 'z' && i+3 < len(s.toks) && (s.toks[i+1].punct && (s.is(i+1, ',') || s.toks[i+1].sp == 0 && (s.is(i+1, '\'') || s.is(i+1, '-'))) ||
			t.lex != 0 && s.in(i, particle)) {
			if n := i + 3; ctx || n+1 < len(s.toks) && s.toks[n+1].e-s.toks[n+1].s == 1 || n < len(s.toks) && s.toks[n].e-s.toks[n].s == 1 {
				if invEnd, invNW, invInitial = s.lowerInverted(i); !ctx && !invInitial {
					invNW = 0
				}
			}
		}
		if s.kinListHead(i) {
			// "her parents, Tavita and Grace Leota, consented": the relatives
			// named after the plural, the first here, the others by
			// coordination
			if e := s.triggeredName(i, s.w(i), true, m); e > i {
				i = e
			}
			continue
		}
		if e := s.lowerRecordName(i); e > i && !s.staffAfter(e) {
			s.addName(i, e)
			i = e
			continue
		}
		// "o'neill", "al-sayed": a lower-case name whose head the word
		// tests refuse (a listed word, a letter) glued to its tail (one
		// test of the next token first)
		glued := -1
		if c >= 'a' && c <= 'z' && i+2 < len(s.toks) && s.toks[i+1].sp == 0 && (s.is(i+1, '\'') || s.is(i+1, '-')) {
			glued = s.gluedName(i)
		}
		if !s.in(i, nameTriggers) && !(c >= 'A' && c <= 'Z' || c >= 0x80) &&
			!((ctx || afterTitle || lowerShape || lowerSur || lowerWord) && !s.listedWord(i)) && !misspeltKin && !titledListed && !titledWord && !initialListed && invNW == 0 && slipped == "" && glued < 0 {
			continue // a common lower-case word
		}
		w := s.w(i)
		if s.in(i, honorifics) {
			continue // "Mrs." says nothing of patient or colleague: the model decides the name after it
		}
		// "Sister Agnieszka leads the Mass", "thanks to Father Tom": a
		// religious title, capitalised before a name and after no
		// possessive, is a title as "Dr." is (the staff path below, where
		// a role after the name vetoes the model, which reads "father" as
		// kin: "Father Tom (our chaplain)"), not a relative ("her sister
		// Ana")
		clergy := s.religiousTitle(i)
		if (s.in(i, patientTrig) || s.in(i, relatives) || misspeltKin || slipped != "") && !clergy {
			tw, kin := s.w(i), s.in(i, relatives) || misspeltKin
			if slipped != "" {
				tw = slipped
			}
			if e := s.triggeredName(i, tw, kin, m); e > i {
				i = e
			}
			continue
		}
		if (s.in(i, staffBefore) || w == "member" && s.in(i-1, boardLike) || clergy) && !afterTitle { // ("Mr. Dean", "Mr Nurse": a surname)
			// skip the staff member's name: "Dr. Lindqvist", "CEO Ana Berg",
			// unless the clause makes them the patient or the model finds a
			// full name the patient's ("Dr. Amina Yusuf ... she'll be a
			// patient here")
			j := i + 1
			if s.is(j, '.') || s.is(j, ':') && s.toks[j].sp == 0 {
				j++ // "Dr.", and a role as a field label: "Attn: X", "Driver: X"
			} else if s.is(j, ',') && s.toks[j].sp == 0 && s.roleSubject(i) {
				j++ // a role set off before the name: "our CFO, X said", "the PACU manager, X, says"
			}
			// (a surname's particles before it: "Dr. van der Berg")
			k := j
			for n := 0; n < 2 && k+1 < len(s.toks) && s.in(k, particle) && !s.isUpperStart(k) && s.toks[k+1].sp == 1; n++ {
				k++
			}
			if k+2 < len(s.toks) && s.saintStart(k+2, k+2) == k {
				k += 2 // "Dr. St. Pierre"
			}
			end, nw := s.nameAt(k, false)
			if nw == 0 {
				end, nw = s.lowerStaffName(j) // "dr. felix ambrosetti", "driver josé doherty"
			}
			if nw > 0 {
				// (after "by", "from", "with": the clinician refers, clears
				// or treats; the clause's patient and the birth date after
				// the name are someone else's: "referred by Dr. X, DOB ...",
				// "a referral from Dr. X: <patient>, seen in clinic ...")
				agent := s.inStr(i-1, &agentBefore)
				if s.patientAfter(end) && !s.staffBelonging(end) || !agent && (s.patientClause(end) || s.staffPersonal(end) || s.personEvidence(j, end, urls, health)) || s.staffAsKinOrPatient(end) || !(clergy && s.staffAfter(end)) && s.nameAbove(j, end, nw, m, staffMargin) {
					s.addName(j, end) // the colleague is the patient here
				}
				i = end
			}
			continue
		}
		if s.leadWord(i) {
			continue // "Called Maria Lopez about her bill": the name starts after the verb
		}
		upper := s.isUpperStart(i)
		var end, nw int
		recordStyle, wordName := false, false
		if upper {
			if e := s.recordName(i); e > i {
				end, nw, recordStyle = e, 2, true
			} else if e := s.invertedRecord(i); e > i && !s.is(i-1, ',') {
				end, nw, recordStyle = e, 2, true
			} else {
				end, nw = s.nameAt(i, false)
			}
		} else {
			if invNW > 0 {
				end, nw, recordStyle = invEnd, invNW, invInitial && ctx
			} else if titledListed {
				l, ok := s.nameWord(i+1, true)
				if !ok {
					continue
				}
				end, nw = l, 2
			} else if initialListed {
				if end = s.givenPair(i, false); end <= i+1 {
					continue
				}
				nw = 2
			} else if !ctx && !afterTitle && !lowerShape && !lowerSur && !lowerWord || s.listedWord(i) && !titledWord {
				if glued < 0 {
					continue // lower-case names only where the message is personal
				}
				end, nw = glued, 1 // the glued name alone, for the model
			} else if e := s.recordName(i); e > i {
				end, nw, recordStyle = e, 2, true
			} else {
				end, nw = s.lowerName(i)
				if nw == 0 && (lowerWord || ctx && s.wordNameCandidate(i)) { // (lowerWord has asked it already)
					// "woods just extubated himself", "faith's bs is 48":
					// an everyday word that is also a name, alone, in a
					// message about a patient; the model decides
					end, nw, wordName = i, 1, true
				}
				if nw == 0 && glued > i {
					end, nw = glued, 1
				}
			}
			if lowerShape && !recordStyle && nw < 2 {
				// one given name that is no word is for the model: in a
				// person's frame at its threshold ("yolanda says ..."),
				// alone elsewhere above it by loneGivenMargin
				one := nw == 1 && end == i && !s.gz(i).isWord()
				framed := one && s.personFrame(i)
				loneLower = one && !framed && s.loneGiven(i)
				if !framed && !loneLower {
					continue
				}
			}
			if nw > 0 && !recordStyle && invNW == 0 && !titledListed && !initialListed && s.otherLanguageRun(i, end) {
				// "préfère qu'on appelle", "kada buwan": lower-case words of
				// a message in another language, which writes its names
				// capitalised as English does
				continue
			}
			if nw == 1 && foreignStop[s.w(i)] && s.gz(i).given < frequentGiven && s.foreignText(i) {
				// "a neta dela", "ela tem": a function word of the
				// message's other language, unless it is a frequent given
				// name too ("ella"); in English text "jun", "kaya" are names
				continue
			}
			if nw == 0 && afterTitle && (ctx || s.titledSurname(i)) && !s.in(i, stopLower) && s.toks[i].sp == 1 {
				// after "mrs"/"mr." in a personal message any word is a
				// surname, an everyday one too; elsewhere a listed surname
				// or given name, for the model ("mx. reddy")
				if l, ok := s.nameWord(i, true); ok {
					end, nw = l, 1
				}
			}
		}
		if nw == 0 {
			continue
		}
		// organisations, departments and a town after "from" or "in"
		// ("pt Cora Vance from Lowell") are never person names
		if upper && nw == 1 && s.is(end+1, ',') && s.invertedGiven(i, end+2) && s.isUpperStart(end+2) && s.toks[end+2].nd == 0 &&
			!s.is(i-1, ',') {
			// an inverted "Walker, Tamsin [J]", but not a list "Rose, Hunter, and Grace"
			// (a list of inverted names is: "Roe, Ann and Roe, Jo")
			if e2, n2 := s.nameAt(end+2, false); n2 > 0 && !(s.is(e2+1, ',') && (s.w(e2+2) == "and" || s.isUpperStart(e2+2))) &&
				(s.w(e2+1) != "and" || s.is(e2+3, ',') && s.isUpperStart(e2+2)) {
				// "Chamberlain, Minh K.": a surname, a given name and an
				// initial is how records write a person, a patient's even
				// in a message about a vendor
				if k := e2 + 1; k < len(s.toks) && s.toks[k].sp == 1 && s.toks[k].e-s.toks[k].s == 1 && s.toks[k].na == 1 && s.isUpperStart(k) {
					e2, recordStyle = k, true
					if s.is(k+1, '.') && s.toks[k+1].sp == 0 {
						e2 = k + 1
					}
				} else if t := s.toks[e2]; t.e-t.s == 1 && t.na == 1 {
					recordStyle = true
				}
				end, nw = e2, nw+n2
			}
		}
		if !upper && nw == 1 && s.is(end+1, ',') && !s.is(i-1, ',') && !s.isUpperStart(end+2) &&
			(lowerGiven(s.gz(end+2)) || s.gz(end+2).given > 0 && !s.gz(end+2).isWord()) &&
			s.toks[end+2].nd == 0 && !s.listed(end+2) {
			// a lower-case inverted "ricci, edna [b.]", not a list "rose, hunter, and grace"
			if e2, n2 := s.rareName(end + 2); n2 > 0 && !(s.is(e2+1, ',') && (s.w(e2+2) == "and" || s.gz(e2+2).isGiven())) && s.w(e2+1) != "and" {
				if e2+1 < len(s.toks) && s.toks[e2+1].sp == 1 && s.toks[e2+1].e-s.toks[e2+1].s == 1 && s.toks[e2+1].na == 1 {
					e2++ // a middle initial
					if s.is(e2+1, '.') && s.toks[e2+1].sp == 0 {
						e2++
					}
				}
				end, nw = e2, nw+n2
			}
		}
		if !upper && nw == 1 && !wordName && glued < 0 && !(afterTitle && s.titledSurname(i)) && !s.gz(i).isGiven() && (s.gz(i).isWord() || s.gz(i).sur <= 1 && !afterTitle && !s.caseless() && !(s.gz(i).sur == 1 && s.toks[i].e-s.toks[i].s >= 6)) &&
			!(s.is(i+1, '\'') && s.toks[i+1].sp == 0) {
			// a lone lower-case word that is no given name: "endo"; nor,
			// where the writer capitalises, one that only the scraped
			// surname list holds: "missing auth" (one of six letters or
			// more is for the model: "nakashima in 31 desat")
			i = end
			continue
		}
		if nw == 1 && s.unlistedAcronym(i) {
			i = end // "for ORIF 10/2", "(EVS)": an acronym no name list holds
			continue
		}
		if upper && nw >= 2 && s.labelledAcronyms(i, end) {
			i = end // "CGM SN BGX77547V", "ICU MRN 4471902": a device and its serial's label, no one
			continue
		}
		if upper && nw >= 2 && s.acronym(end) && !s.in(end, nameSuffix) && !isUpperTok(s.b[s.toks[i].s:s.toks[i].e]) {
			// the acronyms the name words ran on into ("Okafor CPAP SN")
			h, n := end-1, 1
			for h > i && s.acronym(h) && !s.in(h, nameSuffix) {
				h, n = h-1, n+1
			}
			// after a last name word that is no everyday word, an acronym
			// labels what follows when the name before it is a given name
			// and a surname, no place, or has a middle initial, or when a
			// number follows: "Mehmet Kovalenko HAR H3544402", "Ana L. Ruiz
			// CGM SN ..." ("Bill Hold WQ 3005" is a work queue's); after a
			// title the word before is a surname: "Mrs Okafor CPAP SN ..."
			titled := s.afterHonorific(i)
			initial := false
			for k := i + 1; k < h; k++ {
				initial = initial || s.toks[k].na == 1 && s.toks[k].e-s.toks[k].s == 1
			}
			// (a single name before an identifier's label and its value is
			// a person's too: "Gonzalez-Whitfield MRN 44019928?")
			idLabel := n == 1 && end+1 < len(s.toks) && s.toks[end+1].nd > 0 && labelType[s.w(end)] != "" && !s.gz(i).place
			// (a given name and the surname after it are a person's before
			// any acronym but a firm's suffix, the surname an everyday word
			// too: "Rodrigo Summers CPAP", "Kavita Aziz TB", not "Tanaka
			// Nwosu PC")
			label := titled || idLabel || s.gz(i).isGiven() && !s.gz(i).place && !s.in(h+1, firmSuffixes) ||
				!s.gz(h).isCommonWord() && (initial || end+1 < len(s.toks) && s.toks[end+1].nd > 0)
			// (an acronym made a verb is what the person did: "OD'd",
			// "DC'd", "ID'ed")
			status := n == 1 && (statusAcronyms[s.w(end)] || s.verbedAcronym(end))
			if nw-n < 2 && !titled && !idLabel || h < i || s.toks[h].punct || s.toks[h+1].sp != 1 || !s.isUpperStart(h) || !status && !label {
				i = end // "Boston EMS", "Lowell GM": an organisation
				continue
			}
			// "Sanjay Raghunathan DC 2/14": a full name before a
			// shorthand ("DC" discharged, "ED", "PT"), which is no part
			// of it; "Mass General ED" is weighed as "Mass General"
			end, nw = h, nw-n
		}
		// (statusAcronyms: what happens to a patient, written after the
		// name in a worklist line; other acronyms after a name make it a
		// product, a place or a firm: "Azure XT DR", "Montréal QC")
		personal := s.possessive(end) && s.inAny(end+3, patientNouns, relatives) // "Sheldon Park's account", "Lake's stepdaughter"
		if upper && nw == 1 && s.is(i-1, '(') && s.is(end+1, ')') && s.gz(i).place && !s.gz(i).isGiven() {
			i = end // "(Saugus)" after a name is where they live, not a nickname
			continue
		}
		if !afterTitle && (s.nationality(i) || nw == 1 && s.in(i, faiths) && s.gz(i).given < 13) {
			i = end // a country or nationality, no common given name too: "the Somali interpreter", "Haitian Creole"; but "Mrs. English"
			continue
		}
		if nw == 1 && s.theEverydayWord(i) {
			i = end // "at the Royal", "the grand": a venue or a thing, not a family ("the Rose family")
			continue
		}
		// (a town's name before "family" in lower case is a household's:
		// "the Kaplan family", not "Kaplan Family Medicine" or "the Young
		// family foundation"); a town's name after a title is a surname:
		// "Mrs Martinez CPAP SN ...")
		// (a name's possessive after a preposition is a person's, though a
		// town has the name: "from Dale's draw", "a copy of Maya's
		// chart"; a town's is rarer in care: "Lowell's mayor")
		ownerWord := nw == 1 && s.possessive(end) && (s.gz(i).isGiven() || s.gz(i).sur >= 2) && s.worldCity(i) < 0 &&
			!s.inAny(end+3, orgWords, deptWords, facilityWords) && !(end+3 < len(s.toks) && s.titleCase(end+3) && s.commonNotGiven(end+3)) // ("Olivia's House")
		if !personal && !recordStyle && s.orgLike(i, end) || nw == 1 && !personal && !ownerWord && !s.afterHonorific(i) && (s.gz(i).place || !s.gz(i).isGiven() && s.worldCity(i) == end) && (s.in(i-1, placePreps) || s.w(end+1) == "resident" ||
			s.inAny(end+1, orgWords, deptWords, facilityWords) && !(s.w(end+1) == "family" && !s.isUpperStart(end+1) && !s.inAny(end+2, orgWords, deptWords)) ||
			s.acronym(end+1) && !(labelType[s.w(end+1)] != "" && end+2 < len(s.toks) && s.toks[end+2].nd > 0)) || // (not "Gonzalez MRN 4401...")
			s.in(end+1, streetSuffix) && i > 0 && s.toks[i-1].nd > 0 || s.vehicleWord(i, end) {
			i = end
			continue
		}
		if s.fieldKeyWord(i, end) {
			i = end // "Reason: wants itemized bill": a record's key, no one
			continue
		}
		if s.colleagueFrame(i, end) && !s.patientAfter(end) && !s.patientClause(end) && !s.patientRecordAfter(end) {
			i = end // "on call tonight: X", "X asked me to book ...": a colleague at work
			continue
		}
		if mails && s.workMailOf(i, end) && !s.patientAfter(end) && !s.patientClause(end) &&
			!s.mentions(relatives) && !s.mentions(kinPlural) && !s.mentions(patientTrig) && !s.mentions(employeeHealth) && !s.mentions(occHealth) {
			i = end // a contact at work: "Ines Marlow, imarlow@courierco.com"
			continue
		}
		if s.dir != nil && s.dir.has(s.lo[s.toks[i].s:s.toks[end].e]) && !s.patientAfter(end) && !s.patientClause(end) {
			i = end // a colleague, and nothing makes them the patient
			continue
		}
		// a misspelt word is no name ("grandaughter"): the costly check
		// runs only on accepted lower-case candidates
		// a lower-case name after a title in a message that is not about
		// business: typed quickly about a patient or a family ("mrs okafor")
		// (in a message typed without capitals the title is no cue of
		// its own: outside a personal message the model decides, as it
		// does for "Mr. Ostrowski", "for mr. ostrowski: the dinner conflicts")
		titled := afterTitle && !biz && !s.staffAfter(end) && (ctx && (!upper || !m.staffEvent) || !upper && !s.caseless()) ||
			upper && s.foreignTitleBefore(i) && !s.staffAfter(end) ||
			s.bookedPatient(i, end) || s.movedPatient(i, end)
		var thr float32
		if loneLower {
			thr = loneGivenMargin
		}
		mark := len(s.scored)
		// (a saint's name the surname lists hold as one word, alone, is
		// a surname the model reads badly: "St." ends its sentence)
		saint := upper && s.saintStart(i, end) < i && !s.staffAfter(end)
		if (titled || recordStyle && !s.staffAfter(end) || saint || s.nameAbove(i, end, nw, m, thr) || s.personEvidence(i, end, urls, health) ||
			mails && s.personalMailOf(i, end) && !s.staffAfter(end) && !s.deptAfter(end) ||
			upper && nw >= 2 && s.patientEventAfter(end) || nw >= 2 && s.birthDateNear(i, end) || upper && s.careObject(i, end) ||
			s.ownerOf(i) && !s.staffAfter(end) || upper && nw == 1 && s.recordNumberAfter(i, end) ||
			afterTitle && !biz && s.ageFollows(end)) &&
			!s.wordsNoName(i, end, upper) {
			s.addName(i, end)
		} else if loneLower || glued > i && end == glued {
			// refused: the care-name pass may still read the word with its
			// cue, as it did before lone given names (and glued ones) were
			// scored here
			s.scored = s.scored[:mark]
		}
		i = end
	}
	s.detectCareNames(m)
	s.initialsNames(m)
	s.lowerInitialNames(m)
	s.pluralFamilies(m)
	s.roomNames(m)
	s.flowLists()
	s.lineNameLists()
	if !s.isUpperStart(0) || s.caseless() {
		s.invertedLower()
	}
	s.namingClauses()
	if len(s.dates) > 0 {
		s.lifeDateNames()
	}
	s.namesBeforeAges()
	s.streetSurnameNames(m)
	if len(s.names) > 0 {
		s.listPeers()
		s.extendNames(0)
		n0 := len(s.names)
		s.rowNames()
		s.repeatNames()
		s.extendNames(n0) // the names the rows found, as the others (a repeat is a found name's words)
	}
	s.namesExtended = len(s.names)
	if len(s.names) > 1 {
		s.joinInverted()
	}
}

// joinInverted joins two one-word names found side by side with a comma
// between them into one: a surname and a given name written as records
// write them ("Papadopoulos, Konstantinos", "Abebe, Mulu"). Two names of a
// list joined so hide the same words.
func (s *scanner) joinInverted() {
	n := len(s.cands)
	for a := 0; a < n; a++ {
		ca := s.cands[a]
		if ca.t != Name || ca.e+2 > len(s.b) || s.b[ca.e] != ',' || s.b[ca.e+1] != ' ' {
			continue
		}
		for b := 0; b < n; b++ {
			cb := s.cands[b]
			if b == a || cb.t != Name || cb.s != ca.e+2 || cb.pri != ca.pri {
				continue
			}
			if (oneWord(s.b[ca.s:ca.e]) || s.particleSurname(s.tokAt(ca.s), s.tokAt(ca.e)-1)) && oneWord(s.b[cb.s:cb.e]) && !s.listNeighbour(ca.s, cb.e) {
				// (both parts stay candidates of their own: if the joined
				// name loses to another finding, "roxana, roxana.v77@...",
				// each part still stands)
				s.cands = append(s.cands, cand{t: Name, s: ca.s, e: cb.e, pri: ca.pri})
			}
			break
		}
	}
}

// listNeighbour reports a one-word name set off by a comma right before
// byte st or right after byte en: two names side by side in a list of
// three or more ("Rosalind, Everett, Maribel") are items, no surname and
// given name.
func (s *scanner) listNeighbour(st, en int) bool {
	for _, c := range s.cands {
		if c.t != Name {
			continue
		}
		if (c.e+2 == st && s.b[c.e] == ',' || en+2 == c.s && s.b[en] == ',' && s.b[en+1] == ' ') && oneWord(s.b[c.s:c.e]) {
			return true // (a full name beside them leaves "Roe, Ana" inverted: "Roe, Ana, Medtronic Azure, UDI ...")
		}
	}
	return false
}

// oneWord reports a name of letters only, with no space: one word.
func oneWord(v []byte) bool {
	for _, c := range v {
		if c == ' ' || c == ',' || c >= '0' && c <= '9' {
			return false
		}
	}
	return len(v) > 0
}

// cuedWordName reports one capitalised word j..end, read after "pt" or
// "patient" or right after a relative, that the department and street
// lists hold but that is a frequent given name or a surname too, and no
// organisation's name goes on after it: "pt Lake", "pt is Lane", "her
// husband Lane called", not "pt Access Center".
func (s *scanner) cuedWordName(j, end int) bool {
	if end != j || !s.titleCase(j) || s.isUpperStart(j+1) && s.toks[j+1].sp == 1 {
		return false
	}
	g := s.gz(j)
	return g.sur >= 2 || g.given >= 12 || censusSurnames()[s.w(j)]
}

// religiousTitle reports "Father", "Sister" or "Brother" capitalised at
// token i before a capitalised name, with no possessive, article or
// relative's word before it ("her Sister Ana" is kin).
func (s *scanner) religiousTitle(i int) bool {
	switch s.w(i) {
	case "father", "sister", "brother":
	default:
		return false
	}
	if !s.titleCase(i) || i+1 >= len(s.toks) || !s.titleCase(i+1) || s.toks[i+1].sp != 1 {
		return false
	}
	if i > 0 && (s.in(i-1, pronouns) || s.is(i-1, '\'') || s.w(i-1) == "s" && s.is(i-2, '\'') || s.w(i-1) == "the" || s.w(i-1) == "a") {
		return false
	}
	return true
}

// staffMargin is the log-odds a full name after a staff title needs: the
// title is evidence of a colleague that the model's features do not
// outweigh by a hair.
const staffMargin = 1.5

// staffPersonal reports a staff-titled name that the message ties to a
// private life: a home address found after it ("flowers to Dr. X at 12
// Elm Rd, ...") or a birth date set off after it ("Dr. X (dob ...)").
func (s *scanner) staffPersonal(end int) bool {
	k := end + 1
	if k+1 >= len(s.toks) {
		return false
	}
	switch w := s.w(k); {
	case w == "at":
		t := s.toks[k+1]
		if t.nd == 0 || t.punct {
			return false
		}
		for _, c := range s.cands {
			if c.t == Address && c.s == int(t.s) {
				return true
			}
		}
	case s.is(k, '(') || s.is(k, ','):
		return s.w(k+1) == "dob" || s.w(k+1) == "born"
	}
	return false
}

// agentBefore makes the clinician after it the one who refers, consults or
// treats: "referred by Dr. X", "a referral from Dr. X", "seen with Dr. X".
var agentBefore = small("by", "from", "with", "per")

// staffBelonging reports a staff member's own thing after their
// possessive ("Dr. X's car was broken into", "Dr. X's phone was stolen"):
// of a patient's things, those anyone has, and the tools of the job ("Dr.
// X's license lapses", "Dr. X's account was locked", "Dr. X's DEA"): a
// clinician's licence or login says nothing of their health.
func (s *scanner) staffBelonging(end int) bool {
	if !s.possessive(end) {
		return false
	}
	switch s.w(end + 3) {
	case "car", "phone", "cell", "email", "belongings",
		"license", "licence", "dea", "npi", "account", "login", "password", "badge", "credentials", "privileges":
		return true
	}
	return false
}

// staffAsKinOrPatient reports a clause after a staff-titled name that
// makes them a patient ("Dr. X has been on 5 West as a patient since ...")
// or a patient's relative asking about their own family ("Dr. X called
// again about her father"): a clinician acting as staff says "the
// patient", not "her father".
func (s *scanner) staffAsKinOrPatient(end int) bool {
	for k := end + 1; k+2 < len(s.toks) && k <= end+12; k++ {
		t := s.toks[k]
		if t.sp == 2 || s.sentenceMark(k) {
			return false
		}
		switch s.w(k) {
		case "as":
			if (s.w(k+1) == "a" || s.w(k+1) == "an") && (s.w(k+2) == "patient" || s.w(k+2) == "pt" || s.w(k+2) == "inpatient") {
				return true
			}
		case "about":
			if p := s.w(k + 1); (p == "her" || p == "his" || p == "their") && s.in(k+2, relatives) {
				return true
			}
		}
	}
	return false
}

// colleagueFrame reports a name that the words around it make a colleague
// at work: the value of an on-call field ("tech on call tonight: X", "on
// call is X") or someone who asks the assistant to book or schedule
// someone else ("X asked me to book ..."; not "X asked me to book her
// follow-up", where X is the patient).
func (s *scanner) colleagueFrame(i, end int) bool {
	if s.routedTo(i) || s.workforceAccessFor(i) {
		return true
	}
	if s.is(i-1, ':') || s.w(i-1) == "is" {
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if s.w(k) == "call" && (s.w(k-1) == "on" || s.is(k-1, '-') && s.w(k-2) == "on") {
				return true
			}
			if s.toks[k].punct {
				break
			}
		}
	}
	if w := s.w(i - 1); w == "is" || w == "was" {
		// "her nurse today is Keisha", "the charge nurse tonight was
		// Lena": a role, then at most a time, then the name
		for k, n := i-2, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
			if s.in(k, staffBefore) && !s.inAny(k, relatives, patientTrig) && s.w(k) != "candidate" {
				return true // (a job candidate is not at work yet: "candidate is X" may be an HR health case)
			}
			if !roleTimes[s.w(k)] {
				break
			}
		}
	}
	k := end + 1
	if s.passedExam(k) || s.roleAfterCopula(k) {
		return true
	}
	if !(s.w(k) == "asked" || s.w(k) == "wants" || s.w(k) == "needs") || s.w(k+1) != "me" || s.w(k+2) != "to" || !s.in(k+3, bookingVerbs) {
		return false
	}
	p := s.w(k + 4)
	return p != "her" && p != "his" && p != "their" && p != "him" && p != "them"
}

// roleAfterCopula reports "is" or "was" at token k, then an article or
// "our", then a staff role or credential within the next four tokens, no
// relative or patient's word between: "X is the Khmer interpreter", "X is
// our new pre-op RN" (not "X is our new patient").
func (s *scanner) roleAfterCopula(k int) bool {
	if w := s.w(k); w != "is" && w != "was" {
		return false
	}
	j := k + 1
	if w := s.w(j); w != "the" && w != "our" && w != "a" && w != "an" {
		return false
	}
	for n := 0; n < 4 && j+1 < len(s.toks); n++ {
		j++
		t := s.toks[j]
		if t.punct && !s.is(j, '-') || t.sp == 2 || s.inAny(j, relatives, patientTrig) {
			return false
		}
		if s.in(j, staffBefore) || credentials[s.w(j)] {
			return true
		}
	}
	return false
}

// passedExam reports "passed" at token k before a credential's exam within
// five words: "X passed her OCN exam", "X passed boards" — a colleague's
// news, not "X passed" (died) nor a patient's test of their care ("passed
// the swallow eval").
func (s *scanner) passedExam(k int) bool {
	if s.w(k) != "passed" {
		return false
	}
	for n, j := 0, k+1; n < 5 && j < len(s.toks) && !s.toks[j].punct && s.toks[j].sp < 2; n, j = n+1, j+1 {
		switch s.w(j) {
		case "exam", "exams", "boards", "certification", "nclex", "licensing", "licensure":
			return true
		}
	}
	return false
}

// patientRecordAfter reports a patient's record number or birth date
// labelled right after a name, or after a bracket or a comma: "X (chart
// BL139610)", "X, MRN 4471902", "X DOB 3/4/51": whatever frame the name
// stands in, a chart is a patient's (a licence or a DEA number may be a
// clinician's).
func (s *scanner) patientRecordAfter(end int) bool {
	k := end + 1
	if s.is(k, '(') || s.is(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return false
	}
	if t := labelType[s.w(k)]; t != MRN && t != HealthPlanID && t != AccountNumber && !s.in(k, dobWords) {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+3 && s.toks[n].sp < 2; n++ {
		if s.toks[n].nd > 0 {
			return true
		}
	}
	return false
}

// recordNumberAfter reports a record's number right after a lone
// capitalised name at tokens i..end, as worklists and census lines write a
// patient ("Okonjo 0097147 1947-12-27", "Tremblay 8950473 7N"): six to ten
// digits alone, no phone's or amount's shape. The name must be written as
// one (a capital, then small letters: not "WO 118842", "RxBIN 610014"),
// listed as a surname or a given name, and no everyday, derived or listed
// word or a slip of one ("Invoice 2281934", "Rebilling 5512093", "Zomo
// 884120933"), with no staff title or place before it.
func (s *scanner) recordNumberAfter(i, end int) bool {
	n := end + 1
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].na != 0 || s.toks[n].nd < 6 || s.toks[n].nd > 10 || int(s.toks[n].e-s.toks[n].s) != int(s.toks[n].nd) {
		return false
	}
	if n+1 < len(s.toks) && s.toks[n+1].sp == 0 && s.toks[n+1].punct && !s.is(n+1, ',') && !s.is(n+1, ':') && !s.is(n+1, '.') {
		return false // "4812345-01", "2281934/2": a longer identifier or a phone
	}
	g := s.gz(i)
	w := s.w(i)
	return s.titleCase(i) && len(w) >= 3 && (g.sur > 0 || g.isGiven()) && !s.listed(i) && !g.isCommonWord() && !g.place && labelType[w] == "" && !wordlike(w) &&
		!s.inAny(i-1, staffBefore, honorifics, placePreps) && !s.staffAfter(end) && !s.slipWord(i)
}

// routedTo reports a name at token i that a message or a case is passed
// on to at work: "forward it to X", "route everything to X", "escalating
// to X" (at most two words between the verb and "to"). Whom a message is
// forwarded from is often the patient: "forwarded text from X: ...".
func (s *scanner) routedTo(i int) bool { return s.cueBeforeWord(i, "to", &routingVerbs) }

// cueBeforeWord reports a name at token i right after the word prep, with a
// word of cues at most three words before prep and no mark between:
// "forward it to X" (routedTo), "unlock VPN for X" (workforceAccessFor).
func (s *scanner) cueBeforeWord(i int, prep string, cues *smallSet) bool {
	p := i - 1
	if p < 1 || s.w(p) != prep {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if s.toks[k].punct {
			return false
		}
		if s.inStr(k, cues) {
			return true
		}
	}
	return false
}

// workforceAccessFor reports a name at token i that access to a workforce
// system is set up or mended for: "unlock VPN for X", "MFA reset for X"
// (the system at most three words before "for"). Patients have portal
// logins, passwords and badges of their own, so only systems that staff
// alone sign in to count (workforceSystems).
func (s *scanner) workforceAccessFor(i int) bool { return s.cueBeforeWord(i, "for", &workforceSystems) }

// workforceSystems are sign-in systems of a hospital's workforce, not of
// its patients.
var workforceSystems = small("mfa", "vpn", "sso", "citrix", "okta", "duo", "kronos", "workday")

// routingVerbs pass a message, a case or a task on to a colleague.
var routingVerbs = small("forward", "forwarded", "forwarding", "fwd", "fw", "route", "routed", "routing", "escalate",
	"escalated", "escalating", "reassign", "reassigned", "redirect", "redirected")

// roleTimes stand between a role and "is" in "her nurse today is X".
var roleTimes = map[string]bool{"today": true, "tonight": true, "tomorrow": true, "now": true, "currently": true,
	"this": true, "shift": true, "week": true, "weekend": true, "again": true}

// bookingVerbs are an assistant's scheduling tasks.
var bookingVerbs = words("book", "schedule", "reschedule", "arrange", "reserve")

// lowerSurnameNext reports a lower-case surname right after token i: a
// rare word, a listed surname, or a name joined by an apostrophe
// ("o'brien").
func (s *scanner) lowerSurnameNext(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct || s.toks[n].nd > 0 || s.isUpperStart(n) {
		return false
	}
	return s.apostropheHead(n) || s.rareWord(n) || s.surnameWord(n) && !s.in(n, stopLower)
}

// nameTriggers: patientTrig, relatives, staffBefore and kinPlural (see
// kinListHead) in one bit test.
var nameTriggers = union(patientTrig, relatives, staffBefore, kinPlural)

// personEvidence reports what the rest of the message says of a candidate
// the model left out: an age found right after it ("<name> is 93", "<name>
// turns ninety-five", "<name>, 93,"), a birth date set off after it
// ("<name> (dob 3/3/1948)"), or its word inside a personal link found in
// the message (an update page or a portal link with the person's name).
func (s *scanner) personEvidence(i, end int, urls, health bool) bool {
	if urls && !s.toks[i].punct && !s.listed(i) && !s.gz(i).isCommonWord() {
		w := s.lo[s.toks[i].s:s.toks[i].e]
		if s.apostropheHead(i) {
			w += s.w(i + 2) // "D'Andre" is "dandre" in a link
		}
		for _, c := range s.cands {
			if len(w) < 4 {
				break
			}
			if c.t == URL && strings.Contains(s.lo[c.s:c.e], w) {
				return true
			}
		}
	}
	if end-i > 2 || end+1 >= len(s.toks) {
		return false
	}
	if end == i && s.is(i-1, ',') {
		if g := s.gz(i); g.given == 0 && g.sur == 0 {
			return false // "TRAN, BAO, 58M, NSTEMI, DOB ...": a field of someone's record, no second person
		}
	}
	// the cheap tests of the next words first; the staff and department
	// tests only for a candidate they would make a person
	k := end + 1
	room, dob := false, false
	switch {
	case s.in(k, ageVerb):
		k++
	case s.is(k, '\'') && s.w(k+1) == "s" && s.toks[k].sp == 0:
		k += 2
	case (health || s.afterHonorific(i)) && s.inRoom(k):
		// (a titled person in a room is a patient: "mrs hartigan in 4b")
		room = true
	case (health || s.afterHonorific(i)) && s.is(k, '(') && s.in(k+1, bedWords) && k+2 < len(s.toks) && s.toks[k+2].nd > 0 && s.toks[k+2].nd <= 4:
		room = true // "mr. dufresne (bed 7)", "Ana Ruiz (rm 12)"
	case s.is(k, '(') || s.is(k, ','):
		// set off after the name: its age ("X, 93,", "X (95)") or its
		// birth date ("X (dob 3/3/1948)")
		k++
		dob = s.birthLabelAt(k) || s.birthDateAt(k)
	default:
		return false
	}
	if !room && !dob {
		if w := s.w(k); w == "nearly" || w == "almost" || w == "now" {
			k++
		}
		if k >= len(s.toks) {
			return false
		}
		age := false
		for _, c := range s.cands {
			age = age || c.t == Age && c.s == int(s.toks[k].s)
		}
		if !age {
			return false
		}
	}
	return !s.staffAfter(end) && !s.deptAfter(end)
}

// personalMailOf reports a word of the name i..end, a given name or a
// surname of four letters or more and no frequent word, in the local part of an email address of a
// consumer mail service found in the message: "Tiago Myers wants the
// invite sent to myers3562@comcast.net" names the address's owner, a
// private person (a colleague writes from the organisation's domain).
func (s *scanner) personalMailOf(i, end int) bool { return s.mailOf(i, end, consumerMail) }

// workMailOf reports the name i..end in the local part of an e-mail address
// of an organisation's domain found in the message, as personalMailOf reads
// it: "our new rep is Ines Marlow, imarlow@courierco.com", "From: Tomas
// Ruel <t.ruel@implantsupply.com>": a colleague, a vendor's or a
// payer's contact writing from work. (A documentation domain, "example.org",
// is anyone's: workMail.)
func (s *scanner) workMailOf(i, end int) bool { return s.mailOf(i, end, workMail) }

// mailOf reports a word of the name i..end, or its initials, in the local
// part of an e-mail address found in the message whose domain passes ok.
func (s *scanner) mailOf(i, end int, ok func(domain string) bool) bool {
	for _, c := range s.cands {
		if c.t != Email {
			continue
		}
		local, d, found := s.mailParts(c)
		if !found || !ok(d) {
			continue
		}
		initials := make([]byte, 0, 4)
		for k := i; k <= end; k++ {
			t := s.toks[k]
			if !t.punct && t.na > 0 {
				initials = append(initials, s.lo[t.s])
			}
			if g := s.gz(k); t.punct || t.e-t.s < 4 || s.listed(k) || g.word >= 12 || !g.isGiven() && g.sur == 0 && g.isWord() {
				continue
			}
			if strings.Contains(local, s.lo[t.s:t.e]) {
				return true
			}
		}
		// the name's initials before any digits: "xiomara quispe
		// (xq@...)", "Ana M. Ruiz (amr1962@...)"
		if len(initials) >= 2 && strings.TrimRight(local, "0123456789._-") == string(initials) {
			return true
		}
	}
	return false
}

// mailParts returns the local part and the domain of the e-mail address
// found at c, its at-sign written as a sign or spelt as
// detectObfuscatedEmails reads it (marker: "ana63 [@] yahoo.com",
// "cole(at)protonmail(dot)com", "ana at yahoo dot com"), the domain as
// written plainly when it is spelt (mailDomain).
func (s *scanner) mailParts(c cand) (local, domain string, ok bool) {
	m := s.lo[c.s:c.e]
	if at := strings.IndexByte(m, '@'); at > 0 && strings.IndexByte("[({", m[at-1]) < 0 {
		local, domain, ok = m[:at], m[at+1:], true
	} else {
		for k := s.tokAt(c.s); k < len(s.toks) && int(s.toks[k].s) < c.e; k++ {
			if j, at := s.marker(k, "at"); at && int(s.toks[k].s) > c.s && j < len(s.toks) && int(s.toks[j].s) < c.e {
				local, domain, ok = s.lo[c.s:s.toks[k].s], s.lo[s.toks[j].s:c.e], true
				break
			}
		}
	}
	if strings.ContainsAny(domain, " [({") {
		domain = mailDomain(domain)
	}
	return strings.TrimRight(local, " "), domain, ok
}

// workMail reports the domain of an organisation: no consumer mail
// service, and no documentation domain ("example.org", "mail.example"),
// which writers give anyone.
func workMail(domain string) bool {
	d := mailDomain(domain)
	return d != "" && !consumerMail(d) && !strings.Contains(d, "example")
}

// mailDomain returns an e-mail address's domain as written plainly: blanks
// out, "dot" spelt as a dot ("verizon . net", "comcast dot net",
// "aol[dot]com"), or "" when it has no dot.
func mailDomain(d string) string {
	d = strings.ToLower(d)
	for _, sp := range [...]string{"[dot]", "(dot)", "{dot}", " dot "} {
		d = strings.ReplaceAll(d, sp, ".")
	}
	d = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '[' || r == ']' || r == '(' || r == ')' {
			return -1
		}
		return r
	}, d)
	if !strings.Contains(d, ".") {
		return ""
	}
	return d
}

// consumerMail reports the domain of a free mail service for private
// persons (phi/gazetteer/freemail.txt.gz: aol.com, comcast.net, ...), or
// another domain of a provider the table lists under three domains or
// more (yahoo.co.uk, hotmail.fr: the provider's name before its first dot).
func consumerMail(domain string) bool {
	domain = strings.ToLower(domain)
	t := freeMailSet()
	if t[domain] {
		return true
	}
	p, _, ok := strings.Cut(domain, ".")
	return ok && t["*"+p]
}

//go:embed gazetteer/freemail.txt.gz
var freeMailGz []byte

var freeMailSet = sync.OnceValue(func() map[string]bool {
	r, err := gzip.NewReader(bytes.NewReader(freeMailGz))
	if err != nil {
		panic("phi: freemail table: " + err.Error())
	}
	b, err := io.ReadAll(r)
	if err != nil {
		panic("phi: freemail table: " + err.Error())
	}
	m := make(map[string]bool, 16384)
	heads := make(map[string]int)
	for _, d := range strings.Fields(string(b)) {
		m[d] = true
		if p, _, ok := strings.Cut(d, "."); ok && len(p) >= 3 {
			heads[p]++
		}
	}
	for p, n := range heads {
		if n >= 3 {
			m["*"+p] = true // a provider of several domains
		}
	}
	return m
})

// birthDateAt reports a whole date decades back starting at token k and
// set off by a comma, a bracket or the end of its line: "<name>,
// 08/04/1963, wants ...", "<name> (15-mar-1948)" give the person's birth
// date.
func (s *scanner) birthDateAt(k int) bool {
	for _, d := range s.dates {
		if int(d.ti) != k || !s.pastYear(int(d.s), int(d.e)) && !s.oldShortYear(int(d.s), int(d.e)) {
			continue
		}
		e := int(d.te)
		return e >= len(s.toks) || s.toks[e].sp == 2 || s.is(e, ',') || s.is(e, ')') || s.is(e, ';')
	}
	return false
}

// oldShortYear reports a numeric date at folded offsets [st,en) ending in
// a two-digit year that can only be last century's ("4/7/52", "04-07-48"):
// a birth date.
func (s *scanner) oldShortYear(st, en int) bool {
	b := s.b
	if en-st < 6 || !isDigit(b[en-1]) || !isDigit(b[en-2]) || b[en-3] != '/' && b[en-3] != '-' && b[en-3] != '.' {
		return false
	}
	return atoi(b[en-2:en]) >= 30
}

// inRoom reports "in 35a", "in 512", "in 4W", "in bed 4", "in room 12" at
// token k: where a patient is, in a message about a patient.
func (s *scanner) inRoom(k int) bool {
	if s.w(k) != "in" || k+1 >= len(s.toks) {
		return false
	}
	if (s.in(k+1, bedWords) || roomHeads[s.w(k+1)]) && k+2 < len(s.toks) {
		// a bed or room number, whatever its size: "in bed 4", "in rm 12",
		// "in triage 1"
		t := s.toks[k+2]
		return t.sp == 1 && !t.punct && t.nd > 0 && t.nd <= 4 && t.na <= 2
	}
	t := s.toks[k+1]
	if t.punct || t.nd == 0 || t.nd > 4 || t.na > 2 || t.e-t.s > 5 || t.sp != 1 {
		return false
	}
	if t.na == 0 && (t.nd < 3 || t.nd == 4 && (s.b[t.s] == '1' || s.b[t.s] == '2')) {
		return false // "in 5 minutes", "in 2024"
	}
	n := k + 2
	return n >= len(s.toks) || s.toks[n].punct || s.toks[n].sp == 2 || !s.in(n, timeUnits)
}

// foreignTitleBefore reports a title of another language right before the
// capitalised name at token i ("la Sra. Okonkwo llamó otra vez", "Mme
// Dufresne attend sa fille", "Frau Brandt"): the bot's users call a
// colleague by name or "Dr.", not "señora"; a patient or a relative is
// written so, in whatever message.
func (s *scanner) foreignTitleBefore(i int) bool {
	k := i - 1
	if s.is(k, '.') && s.toks[k].sp == 0 {
		k--
	}
	return k >= 0 && s.in(k, honorifics) && !englishTitles[s.w(k)]
}

// englishTitles are the titles of honorifics that English writes: the
// model weighs the name after them, a colleague's as often as a patient's.
var englishTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "mister": true}

// staffEventMsg reports a staff event in the message (staffEvent): a
// lecture, a welcome, a tour. "Rounds" is one only as a talk or a
// management walk ("grand rounds", "leadership rounds"); the rounds of a
// care team go from patient to patient ("ICU rounds at 0900: bed 4 ...").
func (s *scanner) staffEventMsg() bool {
	if !s.mentions(staffEvent) {
		return s.mentions(staffEventHalves) && s.hyphenedStaffEvent()
	}
	for k := range s.toks {
		if !s.in(k, staffEvent) {
			continue
		}
		if s.w(k) == "conference" && (s.in(k-1, careConference) || s.is(k-1, '-') && s.in(k-2, careConference)) {
			continue // a patient's care or family conference
		}
		if s.w(k) != "rounds" || eventRounds[s.w(k-1)] {
			return true
		}
	}
	return false
}

// staffEventHalves are the last words of the staff events written with
// hyphens (hyphenedStaffEvents), which the word lists cannot hold whole.
var staffEventHalves = words("service", "services", "out", "outs", "learn", "greet")

// hyphenedStaffEvents are staff events written with hyphens.
var hyphenedStaffEvents = map[string]bool{"in-service": true, "in-services": true, "shout-out": true, "shout-outs": true,
	"lunch-and-learn": true, "meet-and-greet": true}

// hyphenedStaffEvent reports a staff event written with hyphens: "ride to
// the in-service", "shout-out to X".
func (s *scanner) hyphenedStaffEvent() bool {
	for k := 2; k < len(s.toks); k++ {
		if s.in(k, staffEventHalves) && s.is(k-1, '-') && s.toks[k].sp == 0 && s.toks[k-1].sp == 0 {
			if b := s.joinedStart(k); hyphenedStaffEvents[s.lo[s.toks[b].s:s.toks[k].e]] {
				return true
			}
		}
	}
	return false
}

// careConference words make "conference" a meeting about one patient's
// care.
var careConference = words("care", "family", "patient", "pt", "discharge")

// eventRounds make "rounds" a talk or a management walk.
var eventRounds = map[string]bool{"grand": true, "schwartz": true, "teaching": true, "leadership": true, "leader": true,
	"leaders": true, "executive": true, "exec": true, "safety": true, "security": true, "ethics": true, "m&m": true}

var bedWords = words("bed", "room", "rm", "bay", "pod", "stretcher")

// faiths are religions and denominations, words for a patient's beliefs
// ("the family is Anglican"), not names; like nationalities, a common
// given name ("Christian") stays a name.
var faiths = words("muslim", "muslims", "islamic", "catholic", "catholics", "jewish", "hindu", "buddhist", "sikh",
	"anglican", "episcopalian", "episcopal", "orthodox", "protestant", "mormon", "lds", "pentecostal", "evangelical",
	"quaker", "amish", "adventist", "mennonite", "unitarian", "jain", "baha'i", "shia", "sunni", "coptic")

var timeUnits = words("min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "wk", "wks", "week",
	"weeks", "month", "months", "yr", "yrs", "year", "years", "sec", "secs", "seconds", "am", "pm")

var ageVerb = words("is", "was", "turns", "turned", "turning")

// recordName parses how records write a person at token i: "SURNAME, GIVEN
// I" or "Surname, Given [Given] I." (a given name and a middle initial after
// the comma), whatever the words also mean ("WARD, LANE K"); it returns the
// last token, or -1.
func (s *scanner) recordName(i int) int {
	j := i
	if t := s.toks[i]; t.punct || t.nd > 0 || t.e-t.s < 2 {
		return -1
	}
	for j+2 < len(s.toks) && (s.is(j+1, '-') || s.is(j+1, '\'')) && s.toks[j+1].sp == 0 && s.toks[j+2].sp == 0 &&
		!s.toks[j+2].punct && s.toks[j+2].nd == 0 {
		j += 2 // "Kowalczyk-Burns", "O'Neill"
	}
	if !s.is(j+1, ',') {
		return -1
	}
	k := j + 2
	if k+1 >= len(s.toks) {
		return -1 // no room for a given name and an initial
	}
	upper := s.isUpperStart(i)
	if !upper && (s.listed(i) || s.gz(i).sur == 0 && s.gz(i).isWord()) {
		return -1 // lower case: a surname or no word at all
	}
	caps := isUpperTok(s.b[s.toks[i].s:s.toks[j].e])
	for n := 0; n < 2; n++ {
		if k >= len(s.toks) {
			return -1
		}
		t := s.toks[k]
		// a given name, or an unknown word after a known surname ("RUIZ, TIGIST L")
		g := s.gz(k)
		if t.punct || t.nd > 0 || t.e-t.s < 2 || t.sp != 1 || s.isUpperStart(k) != upper || !upper && !lowerGiven(g) ||
			!g.isGiven() && (g.isWord() || g.sur > 0 || t.e-t.s < 3 || s.gz(i).sur == 0) ||
			isUpperTok(s.b[t.s:t.e]) != caps {
			if n == 0 {
				return -1
			}
			break
		}
		k++
	}
	// the middle initial: one capital letter, a dot or the end of the words after it
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].e-s.toks[k].s != 1 || s.toks[k].na != 1 || s.isUpperStart(k) != upper ||
		k+1 < len(s.toks) && !s.toks[k+1].punct && s.toks[k+1].sp == 0 || !upper && (s.w(k) == "i" || s.w(k) == "a") {
		return -1
	}
	if s.is(k+1, '.') && s.toks[k+1].sp == 0 {
		k++
	}
	return k
}

// longKin are the relative words long enough to be recognised misspelt.
var longKin = []string{"daughter", "husband", "mother", "father", "brother", "sister", "nephew", "niece",
	"grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "cousin", "guardian",
	"caregiver", "stepson", "stepdaughter", "fiancee", "widow", "widower", "spouse", "partner", "wife", "aunt", "uncle"}

// kinByInitial indexes longKin by first letter: a slip rarely hits the
// first letter, and the check runs on every unlisted word.
var kinByInitial = func() (t [26][]string) {
	for _, k := range longKin {
		t[k[0]-'a'] = append(t[k[0]-'a'], k)
	}
	return
}()

// fuzzyRelative reports a misspelt relative word at token i ("grandaughter",
// "neice", "husbnd", "wief") before a name: a word of five letters or more
// (of four, two letters swapped) in no list and no dictionary, one slip of
// the keyboard from a relative.
func (s *scanner) fuzzyRelative(i int) bool {
	t := s.toks[i]
	if t.punct || t.nd > 0 || t.e-t.s < 4 || t.e-t.s > 14 || s.listed(i) || i+1 >= len(s.toks) || s.toks[i+1].punct {
		return false
	}
	w := s.w(i)
	if w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for _, k := range kinByInitial[w[0]-'a'] {
		if len(w)-len(k) > 1 || len(k)-len(w) > 1 {
			continue
		}
		if e := slipEdit(w, k); e != 0 && (len(w) >= 5 || e == slipSwap) {
			// (a word of four letters only by two letters swapped: "wief";
			// one more or one other letter is as often another word)
			g := s.gz(i)
			return !g.isWord() && !g.isGiven() && !gazetteer().likelyCommon(s.hash(i))
		}
	}
	return false
}

// invertedGiven reports whether token k, after "<token i>,", can be the
// given name of an inverted name: a listed given name, or a rare given name
// or unknown word after a listed surname ("Mbatha, Sipho").
func (s *scanner) invertedGiven(i, k int) bool {
	if k >= len(s.toks) {
		return false // "Surname," at the end of the message
	}
	g := s.gz(k)
	if g.isGiven() {
		return true
	}
	return s.gz(i).sur > 0 && !s.gz(i).isCommonWord() && (g.given > 0 || !g.isWord()) && !s.listed(k)
}

// kinVerbs are what a relative named right before them does.
var kinVerbs = words("drives", "drove", "wrote", "writes", "brings", "brought", "visits", "visited", "stays",
	"stayed", "signs", "signed", "rang", "texted", "emailed", "phoned", "will", "can", "cannot", "can't",
	"picks", "picked", "takes", "took", "knows", "thinks", "feels", "keeps", "works", "lives")

// bookVerbs put a patient on a schedule; apptNouns are where.
var (
	bookVerbs = words("book", "schedule", "squeeze", "fit", "add", "rebook", "reschedule", "move", "slot", "put", "get")
	apptNouns = words("block", "slot", "schedule", "waitlist", "clinic", "appointment", "appt", "visit", "opening",
		"template", "session", "follow-up", "f/u", "consult", "new-patient")
)

// bookedPatient reports a name that is the object of a scheduling verb
// with an appointment after it: "book Sterling Short into Dr. Sok's
// new-patient block", "add Ana Lee to the 3pm waitlist", "book Mr. Ruiz
// into the Tuesday clinic".
func (s *scanner) bookedPatient(i, end int) bool {
	p := i - 1
	if s.is(p, '.') && s.toks[p].sp == 0 {
		p--
	}
	if s.in(p, honorifics) && s.w(p) != "dr" {
		p-- // "book Ms. Ruiz into ...", not "book Dr. Lowe for ..."
	}
	if p < 0 || !s.in(p, bookVerbs) {
		return false
	}
	k := end + 1
	if w := s.w(k); w != "into" && w != "in" && w != "for" && w != "to" && w != "on" {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+10 && s.toks[n].sp < 2; n++ {
		if s.in(n, apptNouns) {
			return true
		}
	}
	return false
}

// movedPatient reports a name that is the object of a move verb with the
// date of the move right after it: "r/s Konstantinidis from 11/15 to
// 11/26", "rescheduled Mr. Abara to 1/30". Whose appointment moves is a
// patient; a clinic or a meeting moved is a common word ("moved Cardiology
// from 3/4") and is no name.
func (s *scanner) movedPatient(i, end int) bool {
	p := i - 1
	if s.is(p, '.') && s.toks[p].sp == 0 {
		p--
	}
	if s.in(p, honorifics) && s.w(p) != "dr" {
		p--
	}
	if p < 0 || !s.in(p, moveVerbs) || i == end && s.gz(i).isCommonWord() {
		return false
	}
	k := end + 1
	if w := s.w(k); w != "from" && w != "to" {
		return false
	}
	for _, d := range s.dates {
		if int(d.ti) == k+1 {
			return true
		}
	}
	return false
}

// addressCover returns a sweep whose at gives the end of the address
// candidate (found or pending) covering folded offset p, or 0: the first
// such candidate, found ones before pending ones, each in the order they
// were added. It must be asked about offsets in increasing order, as the
// name pass walks the tokens: it sweeps the candidates sorted by start
// once, so a long message with many addresses costs no pass over all of
// them per token. (It works in the scanner's buffers: no allocation.)
func (s *scanner) addressCover() addrSweep {
	all := s.coverAll[:0]
	for _, cs := range [2][]cand{s.cands, s.pendingPerson} {
		for _, c := range cs {
			if c.t == Address && !s.outranksStart(c) {
				all = append(all, coverSpan{c.s, c.e, len(all)})
			}
		}
	}
	s.coverAll = all
	slices.SortStableFunc(all, func(a, b coverSpan) int { return a.s - b.s })
	if cap(s.coverOpen) < len(all) {
		s.coverOpen = make([]coverSpan, 0, len(all))
	}
	return addrSweep{all: all, open: s.coverOpen[:0]}
}

// statusAcronyms are a patient's events and places of care in capitals.
var statusAcronyms = map[string]bool{"dc": true, "d/c": true, "ed": true, "er": true, "icu": true, "npo": true, "dnr": true,
	"ama": true, "pacu": true, "snf": true, "obs": true, "adm": true, "lwbs": true, "dnfb": true, "nstemi": true, "stemi": true}

// labelledAcronyms reports a run of acronyms i..end whose last is an
// identifier's label with its value right after: words in capitals that
// name a thing and its number's label, in no name list.
func (s *scanner) labelledAcronyms(i, end int) bool {
	if labelType[s.w(end)] == "" || end+1 >= len(s.toks) || s.toks[end+1].nd == 0 || s.toks[end+1].sp == 2 {
		return false
	}
	for k := i; k <= end; k++ {
		if !s.toks[k].punct && (!s.acronym(k) || s.gz(k).isGiven() || s.gz(k).sur >= 2) {
			return false
		}
	}
	return true
}

// verbedAcronym reports an acronym at token k used as a verb, an
// apostrophe and a verb ending glued after it: "OD'd", "DC'd", "ID'ed",
// "CT'ing".
func (s *scanner) verbedAcronym(k int) bool {
	if k+2 >= len(s.toks) || !s.is(k+1, '\'') || s.toks[k+1].sp != 0 || s.toks[k+2].sp != 0 {
		return false
	}
	switch s.w(k + 2) {
	case "d", "ed", "ing":
		return true
	}
	return false
}

// outranksStart reports a candidate of a higher priority than c over c's
// first byte: an "address" whose house number is an identifier behind its
// label ("acct 30028471 Sanjay Raghunathan DC") loses to it, and covers no
// name.
func (s *scanner) outranksStart(c cand) bool {
	for _, o := range s.cands {
		if o.pri == priLabel && o.t != blockType && o.t != Address && o.s <= c.s && c.s < o.e {
			return true
		}
	}
	return false
}

// coverSpan is an address candidate for addressCover: its extent and its
// place among the candidates.
type coverSpan struct{ s, e, ord int }

// addrSweep is addressCover's sweep: the candidates by start, the next
// one to open, and those started at or before the last offset asked about
// (never more than all of them).
type addrSweep struct {
	all, open []coverSpan
	next      int
}

// at is addressCover's answer for offset p.
func (w *addrSweep) at(p int) int {
	for ; w.next < len(w.all) && w.all[w.next].s <= p; w.next++ {
		w.open = append(w.open, w.all[w.next])
	}
	n, first := 0, -1
	for _, a := range w.open {
		if a.e <= p {
			continue // ended: later offsets are past it too
		}
		w.open[n] = a
		if first < 0 || a.ord < w.open[first].ord {
			first = n
		}
		n++
	}
	w.open = w.open[:n]
	if first < 0 {
		return 0
	}
	return w.open[first].e
}

// repeatNames labels later mentions of a found name's words ("pt Maria
// Gonzalez ... Maria asked"), which would otherwise leak it.
func (s *scanner) repeatNames() {
	// the words of the names found, with the spans they came from
	var ws [16]nameWordSpan
	n, listedParts := 0, false
	var lens uint64 // the lengths of the words, below 64: most tokens match none
	for _, nm := range s.names {
		for k := s.tokAt(nm.s); k < len(s.toks) && int(s.toks[k].e) <= nm.e && n < len(ws); k++ {
			if !s.toks[k].punct && s.toks[k].e-s.toks[k].s > 2 {
				ws[n] = nameWordSpan{w: s.w(k), s: nm.s, e: nm.e, lower: !s.isUpperStart(k)}
				if s.listed(k) && s.isUpperStart(k) && nm.e-nm.s > int(s.toks[k].e-s.toks[k].s) {
					ws[n].upper, listedParts = true, true // a listed word of a longer name: "May Fairweather"
				}
				lens |= 1 << min(len(ws[n].w), 63)
				n++
			}
		}
	}
	if listedParts {
		s.listedPartRepeats(ws[:n])
	}
	// (an unlisted word is in the name set: see index_tokens.go)
	for nt, i := len(s.toks), s.nameToks.next(0, len(s.toks)); i < nt; i = s.nameToks.next(i+1, nt) {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.e-t.s < 3 || lens&(1<<min(t.e-t.s, 63)) == 0 || s.listed(i) {
			continue // too short, a listed word, or no name word's length
		}
		w := s.w(i)
		for _, x := range ws[:n] {
			if x.w == w && (int(t.s) < x.s || int(t.e) > x.e) {
				if s.isUpperStart(i) && !s.orgLike(i, i) || !s.isUpperStart(i) && (s.gz(i).isGiven() || x.lower && s.possessive(i)) {
					// lower case only if a given name, or a possessive of a
					// name found in lower case ("mr rowan sow ... sow's
					// f/u"); not inside an organisation's name
					// ("Pemberton & Lacey LLP")
					s.add(Name, int(t.s), int(t.e), priContext)
				}
				break
			}
		}
	}
}

// triggeredName handles a name after a patient/relative trigger at token i
// and returns the last token consumed. The trigger means tw (its word, or
// the word a slip of the keyboard stands for) and kin says whether it is a
// relative.
func (s *scanner) triggeredName(i int, tw string, kin bool, m nameMsg) int {
	j := i + 1
	if tw == "name" && !s.is(j, ':') {
		// "Name on booking: X", "name on the wristband: X"
		for k := j; k < len(s.toks) && k <= j+4 && s.toks[k].sp < 2 && !s.toks[k].punct || s.is(k, ':'); k++ {
			if s.is(k, ':') {
				j = k
				break
			}
		}
	}
	for n := 0; n < 3 && j < len(s.toks) && s.toks[j].sp < 2; n++ {
		w := s.w(j)
		if s.is(j, ':') || s.is(j, ',') || s.is(j, '-') || s.is(j, '.') || s.is(j, '*') || s.is(j, '_') || s.is(j, '=') || s.is(j, '(') || w == "for" || w == "of" || w == "is" ||
			w == "name" || w == "named" || s.in(j, honorifics) || ofForeign(w) && foreignKinSet[tw] {
			j++ // ("fils de Mme Garnier", "hija de Rosa": "de" is "of")
			continue
		}
		break
	}
	if j >= len(s.toks) || s.toks[j].sp == 2 && j > i+1 && !s.is(j-1, ':') {
		return i
	}
	if j < len(s.toks) && s.toks[j].sp == 2 && !s.is(j-1, ':') {
		return i
	}
	if s.is(i+1, '-') && s.toks[i+1].sp == 0 || (tw == "pts" || s.toks[i].e-s.toks[i].s >= 4) && s.is(i+1, '.') {
		return i // "PT-ADM-003": a code; "before first pts. Topic: ...", "not a patient. Forwarding ...": a sentence ends
	}
	if tw == "pt" && j == i+1 && asciiUpper(s.b[s.toks[i].s:s.toks[i].e]) && j < len(s.toks) && !s.toks[j].punct &&
		s.b[s.toks[j].s] >= 'a' && s.b[s.toks[j].s] <= 'z' {
		return i // "PT eval", "PT consult": physical therapy, not a patient
	}
	if s.unlistedAcronym(j) && !s.isUpperStart(j+1) {
		return i // "Outpatient MRI request", "pt ORIF 10/2": an acronym no list holds as a name (two letters are initials: "pt KM")
	}
	if foreignKinSet[tw] && !s.isUpperStart(j) && foreignStop[s.w(j)] && s.gz(j).given < frequentGiven {
		return i // "a neta dela": a function word of the relative's language, no name
	}
	if e := s.invertedRecord(j); e > j && s.isUpperStart(j) {
		s.addName(j, e) // "Patient: Church, Paul"
		return e
	}
	end, nw := s.nameAt(j, true)
	if nw >= 2 && s.verbedAcronym(end) {
		end, nw = end-1, nw-1 // "pt Ana Ruiz OD'd": what she did is no part of her name
	}
	strong := tw == "patient" || tw == "pt"
	// (a capitalised "Patient" inside a sentence heads a department's
	// name: "from Patient Ed", "Patient Access")
	if nw == 0 && (kin || strong && (!s.titleCase(i) || s.sentenceStart(i))) && s.titleCase(j) && !s.sentenceStart(j) && s.in(j, capStop) && s.gz(j).isGiven() &&
		!(s.in(j, monthSet) && (j+1 >= len(s.toks) || s.toks[j+1].nd > 0 || s.w(j+1) == "of")) { // ("wife June called", not "son ... June 3")
		// "his son Will is on the phone", "wife June": a given name that is
		// also a small word, capitalised right after a relative
		end, nw = j, 1
	}
	if nw == 0 && kin && j == i+1 && !s.isUpperStart(j) && s.caseless() && s.gz(j).given >= 12 && s.listed(j) &&
		!s.inAny(j, stopLower, function) && !(j+1 < len(s.toks) && (s.toks[j+1].nd > 0 || s.w(j+1) == "of")) {
		// the same in a message typed without capitals, of a frequent
		// given name the scanner's lists hold as a word: "his niece april
		// checks in", "wife joy says" (not a modal: "husband will pick
		// her up"; not a date: "daughter june 3")
		end, nw = j, 1
	}
	if nw == 0 {
		if e := s.initials(j); e > j && !kin {
			s.addName(j, e) // "pt A.W. (MRN ...)": a patient by initials
			return e
		}
		return i
	}
	if g := s.gz(j); nw == 1 && !s.in(i, honorifics) && (s.nationality(j) || s.in(j, payers) || g.given == 0 && g.sur == 0 && g.isCommonWord()) {
		// "the patient is Korean", "PT: UnitedHealthcare member ID": no
		// person's name; but "Mrs. English" is one
		return end
	}
	if g := s.gz(j); nw == 1 && strong && s.titleCase(i) && !s.sentenceStart(i) && s.toks[j].e-s.toks[j].s >= 6 && g.given == 0 && g.sur == 0 && s.slipWord(j) {
		// "call Patient Accses at x4410": a department's name typed with a
		// slip of the keyboard, as "Patient Access" is one
		return end
	}
	first := s.w(j)
	upper := s.isUpperStart(j)
	if !upper {
		// "patient: rahman, sadia", "guarantor vu, miles m."
		if e, n, _ := s.lowerInverted(j); n > 0 && !s.staffAfter(e) {
			s.addName(j, e)
			return e
		}
	}
	if !upper && lowerGiven(gazetteer().lookup(first)) {
		// a lower-case name runs over rare words and surnames only, not
		// over what follows it ("niece cecil visiting till noon")
		if e, n := s.rareName(j); n > 0 {
			end = e
		}
		if e := s.givenPair(j, true); e > end {
			end = e // "pt layla moon", "named tariq s. park"
		}
	}
	if !upper && !lowerGiven(gazetteer().lookup(first)) {
		// "her daughter faith wrote it", "wife greet drives him": a given
		// name that is also a word, right after a relative and before what
		// the relative did
		if kin && j == i+1 && gazetteer().lookup(first).given >= 8 && !s.listed(j) &&
			(s.in(j+1, followCue) || s.in(j+1, kinVerbs)) {
			s.addName(j, j)
			return j
		}
		// a given name that is also a word before a frequent census
		// surname: "niece, rose park"
		if kin && s.gz(j).isGiven() && !s.listed(j) && s.lowerSurnameAfter(j) {
			s.addName(j, j+1)
			return j + 1
		}
		// lower case and no known given name: keep the words that are in
		// no word list ("patient experience scores" is no name)
		strong := strong || s.in(i, honorifics)
		if e := s.givenPair(j, true); e > j && !s.misspelt(j, e) {
			end, nw = e, 2 // "pt river ramos", "patient hyacinth obiora"
		} else if end, nw = s.rareName(j); nw == 0 && kin && j == i+1 && s.kinWordName(j) ||
			nw == 1 && !strong && kin && !s.misspelt(j, end) {
			// one word right after a relative that no list holds as a
			// name, or a rare one: "son dapo", "nephew tuan": the model
			// weighs the word and its frame (and the word is done with
			// either way, so what is scored does not depend on the
			// weights)
			if nw == 0 {
				end = j
			}
			if !s.slipInName(j, end, false) && s.nameAbove(j, end, 1, m, 0) {
				s.addName(j, end)
			}
			return end
		} else if nw == 0 && strong && j == i+1 && s.toks[j].na >= 3 && !s.listed(j) && (s.gz(j).sur >= 2 || s.gz(j).isGiven()) &&
			(s.closes(j+1) || s.bedAt(j+1) || s.is(j+1, '(')) {
			// a surname that is also a word right after "pt", set off as
			// a name is: "rm 6 pt price, bilat tka", "pt king in 4": the
			// model weighs the word and its frame
			if s.nameAbove(j, j, 1, m, 0) {
				s.addName(j, j)
			}
			return j
		} else if nw == 0 || nw == 1 && !strong || s.misspelt(j, end) {
			return i // "son reachabel at": a misspelt word is no name
		}
	}
	// after a relative or right after "pt", "patient", "visitor" what they
	// do is no colleague's work ("daughter Lucía wants the chaplain", "his
	// son Yusuf signed", "pt Ana wants the bill sent", "visitor Ann Roe
	// signed in"); a role or an employer
	// still makes them staff; a slip of the keyboard in lower case is no
	// name ("pt ned beforre noon")
	patient := (tw == "pt" || tw == "patient" || tw == "visitor") && j == i+1
	// (a relative's note in brackets is about them, not their work, unless
	// it names an employer: "his wife Ana Ruiz (court appointed)", "(works
	// here in radiology)", but "Father Ioane Vea (our chaplain)")
	kinNote := kin && s.is(end+1, '(') && !s.workInParens(end+2)
	if (!patient && s.staffAfter(end) && !(kin && s.staffVerbAfter(end)) && !kinNote && !(kin && s.titledItemAfter(end))) || s.orgLike(j, end) && !((strong || kin && j == i+1) && s.cuedWordName(j, end)) || !upper && s.slipInName(j, end, upper) {
		return end
	}
	if nw == 1 && upper && s.is(end+1, ',') && s.gz(end+2).isGiven() && s.isUpperStart(end+2) {
		// "Patient: Smith, John [A]" - surname first, then a given name
		if e2, n2 := s.nameAt(end+2, false); n2 > 0 {
			end = e2
		}
	}
	s.addName(j, end)
	return end
}

// titledItemAfter reports a list's next item after the name ending at
// end: a comma, a title or a role and a capitalised name ("daughter
// Beatriz, Dr. Lindholm and me"), not the name's own role after it
// ("Beatriz, our chaplain", "Ana Ruiz, RN").
func (s *scanner) titledItemAfter(end int) bool {
	k := end + 2
	if !s.is(end+1, ',') || !s.in(k, staffBefore) || !s.isUpperStart(k) {
		return false
	}
	if s.is(k+1, '.') && s.toks[k+1].sp == 0 {
		k++
	}
	n := k + 1
	return n < len(s.toks) && s.toks[n].sp == 1 && !s.toks[n].punct && s.toks[n].nd == 0 && s.isUpperStart(n) && !s.in(n, staffBefore)
}

// kinWordName reports a lower-case word after a relative that may be
// their name though a dictionary holds it: no listed word, a rare
// dictionary word at most, no derived word, no figure ("son dele", "aunt
// marigold"; not "poa paperwork").
func (s *scanner) kinWordName(j int) bool {
	t := s.toks[j]
	return !t.punct && t.nd == 0 && t.lex == 0 && t.e-t.s >= 3 && !s.listed(j) && s.gz(j).word < 6 &&
		!wordlike(s.w(j)) && !s.isUpperStart(j)
}

// initials returns the last token of two or three capital initials with
// dots at token j ("A.W.", "J.R.T."), or -1.
func (s *scanner) initials(j int) int {
	k, n := j, 0
	for ; n < 3 && k+1 < len(s.toks); n++ {
		t := s.toks[k]
		if t.punct || t.e-t.s != 1 || t.na != 1 || !s.isUpperStart(k) || !s.is(k+1, '.') || s.toks[k+1].sp != 0 ||
			n > 0 && t.sp != 0 {
			break
		}
		k += 2
	}
	if n < 2 || k < len(s.toks) && s.toks[k].sp == 0 && !s.toks[k].punct {
		return -1
	}
	if n == 2 && (s.w(j) == "a" || s.w(j) == "p") && s.w(j+2) == "m" {
		return -1 // "A.M.", "P.M."
	}
	return k - 1
}

// personInitial reports a capital initial and its dot among tokens i..end,
// before their last word: "L. Law", "Royal N. Church" (not "U.S. Bank",
// whose initials are the whole of its first word and have no space after).
func (s *scanner) personInitial(i, end int) bool {
	for k := i; k+1 < end; k++ {
		t := s.toks[k]
		if !t.punct && t.e-t.s == 1 && t.na == 1 && s.isUpperStart(k) && s.is(k+1, '.') && s.toks[k+1].sp == 0 &&
			k+2 <= end && s.toks[k+2].sp == 1 && !s.is(k-1, '.') {
			return true
		}
	}
	return false
}

// lowerRecordName reads a lower-case given name and surname at token i
// that a record's value follows: a number in brackets, a birth-date or
// record label ("charity white (9376726)", "rich gray dob 09/09/1979",
// "lingling miller dob may 3"). Whatever the words also mean, a record
// written after them makes them a person's name. It returns the last
// token, or -1.
func (s *scanner) lowerRecordName(i int) int {
	j := i + 1
	if j+1 >= len(s.toks) || s.toks[j].sp != 1 || s.toks[j].punct || s.toks[j].nd > 0 || s.isUpperStart(i) || s.isUpperStart(j) {
		return -1
	}
	for j+2 < len(s.toks) && s.is(j+1, '-') && s.toks[j+1].sp == 0 && s.toks[j+2].sp == 0 && !s.toks[j+2].punct {
		j += 2 // "rich al-hashimi"
	}
	if s.inAny(i, relatives, patientTrig) {
		return -1 // "son hunter, dob ...": the trigger's name pass reads the name after it
	}
	gi, gs := s.gz(i), s.gz(j)
	if !(gi.isGiven() || !gi.isWord() && !s.listed(i) && gs.sur >= 2) || gs.sur < 2 && (gs.isWord() || s.listed(j)) || s.listed(i) && !gi.isGiven() ||
		s.toks[i].e-s.toks[i].s < 3 || s.inAny(j, stopLower, function) {
		return -1 // ("linkde to MRN ...": a slip and a function word)
	}
	n := j + 1
	if s.is(n, '/') || s.is(n, ',') || s.is(n, '|') {
		n++ // a field's separator: "justice hall / ssn# ...", "rich gray, dob ..."
	}
	switch w := s.w(n); {
	case s.is(n, '(') && n+1 < len(s.toks) && s.toks[n+1].nd >= 5:
	case w == "dob" || w == "mrn" || w == "born" || w == "d.o.b" || w == "ssn" || w == "acct" || w == "ss" && s.is(n+1, '#'):
	default:
		return -1
	}
	return j
}

// orgLike reports a word of tokens i..end that marks an organisation or a
// department rather than a person ("Risk Management", "Mass General").
func (s *scanner) orgLike(i, end int) bool {
	if s.personInitial(i, end) {
		return false // "L. Law", "Noor C. Tower": an organisation has no initials
	}
	for k := i; k <= end; k++ {
		if (k == i || s.toks[k].sp > 0) && s.inAny(k, orgWords, deptWords) && !s.nameInDeptList(i, end, k) && !s.streetSurname(i, end, k) &&
			!s.doubleBarrel(k, end) {
			return true
		}
	}
	// "Elara Home Health", "Golden Age Rehab": an organisation's name goes
	// on (in capitals only right after: "MARIA LOPEZ AT HOME" is shouted)
	for k, n := end+1, 0; n < 3 && k < len(s.toks) && s.toks[k].sp == 1 && !s.toks[k].punct && s.isUpperStart(k); k, n = k+1, n+1 {
		if s.inAny(k, orgWords, deptWords) {
			return true
		}
		if asciiUpper(s.b[s.toks[k].s:s.toks[k].e]) && asciiUpper(s.b[s.toks[end].s:s.toks[end].e]) {
			break
		}
	}
	// "St. Mary's", "Saint Anne's", "at st vincent" (but "Elm St" ends a street)
	saint := s.w(i-1) == "saint" || s.is(i-1, '.') && s.w(i-2) == "st" ||
		s.w(i-1) == "st" && s.toks[i-1].sp == 1 && (i < 2 || s.toks[i-2].punct || !s.isUpperStart(i-2) && s.toks[i-2].nd == 0)
	return saint && s.saintStart(i, end) == i
}

// saintPlaceBefore put a place or an institution after them ("the St.
// Johns site"; "of" names a person's as often: "the dentures of St. Onge").
var saintPlaceBefore = words("at", "in", "to", "from", "near", "the")

// saintStart returns the token of "St" before the name i..end when the
// two are one surname that the surname lists hold written as one word
// ("St. Pierre", "St Onge", "St. Clair"), or i. A saint's name is an
// institution's or a place's where it is one: after saintPlaceBefore ("at
// St. Vincent", "from St. Paul", "the St. Johns site"), before an organisation's
// word ("St. Jude Medical"), or possessive, unless the surname is more
// than a scraped one ("St. Mary's", but "St. Pierre's chart").
func (s *scanner) saintStart(i, end int) int {
	st := i - 1
	if s.is(st, '.') && s.toks[i].sp == 1 && s.toks[st].sp == 0 {
		st--
	}
	if st < 0 || s.w(st) != "st" || st == i-1 && s.toks[i].sp != 1 || !s.isUpperStart(i) || s.toks[i].nd > 0 {
		return i
	}
	if s.in(st-1, saintPlaceBefore) || s.inAny(end+1, orgWords, deptWords, facilityWords) {
		return i
	}
	form := "st" + s.w(i)
	g := gazetteer().lookup(form)
	listed := g.sur >= 2 || censusSurnames()[form]
	if !listed && (g.sur == 0 || s.possessive(end)) {
		return i
	}
	return st
}

var deptWords = words("management", "relations", "services", "service", "work", "general", "financial", "risk",
	"social", "regional", "memorial", "community", "children's", "saint", "mount", "department", "nursing",
	"radiology", "cardiology", "oncology", "quality", "compliance", "privacy", "security", "safety", "finance",
	"admissions", "registration", "scheduling", "access", "experience", "affairs", "resources", "human",
	"operations", "facilities", "engineering", "environmental", "supply", "chain", "materials", "information",
	"technology", "advantage", "plus", "choice", "select", "premier", "blue", "cross", "shield", "united",
	"kaiser", "permanente", "pilgrim", "anthem", "molina", "centene", "wellcare", "cerner", "meditech",
	"hyperspace", "press", "ganey", "leapfrog", "joint", "commission", "vizient", "optum", "deaconess",
	"israel", "presbyterian", "baptist", "methodist", "lutheran", "mercy", "sinai", "physicians", "surgeons",
	"pediatrics", "orthopedics", "neurology", "psychiatry", "behavioral", "rehabilitation", "laboratory",
	"imaging", "transport", "dietary", "nutrition", "housekeeping", "patient", "family", "medicine", "affairs",
	"partners", "alliance", "cooperative", "collaborative", "outreach", "wellness", "hospice", "pharmacy",
	"insurance", "assurance", "life", "mutual", "national", "american", "international", "global", "county",
	"city", "state", "federal", "department", "agency", "office", "bureau", "court", "police", "fire", "school",
	"academy", "church", "street", "avenue", "road", "square", "park", "bay", "valley", "river", "lake", "north",
	"south", "east", "west", "central", "new", "old", "grand", "great", "first", "second", "third", "daily",
	"weekly", "monthly", "annual", "q1", "q2", "q3", "q4", "report", "summary", "update", "review", "plan",
	"project", "program", "initiative", "committee", "council", "board", "task", "force", "steering")

// nameInDeptList reports a word of the department list at token k of the
// candidate i..end that is a name here: a given name or surname first or
// last ("River Okonkwo-Baptiste", "Jun-seo Park", "PARK, MIN-JI") with
// another name word in the span that is in no list. Words that name
// organisations ("Health", "Hospital") never are.
func (s *scanner) nameInDeptList(i, end, k int) bool {
	if end == i || s.in(k, orgWords) && !(k == i && s.in(k, streetSuffix)) {
		return false // (a street's word heads a name as a given name: "Lane Okafor"; it ends a street: "Harlan Lane")
	}
	if g := s.gz(k); g.given < 12 && g.sur < 2 {
		return false // "Blue", "Grand": no frequent name
	}
	other := false
	for h := i; h <= end; h++ {
		t := s.toks[h]
		if h == k || t.punct || t.e-t.s < 2 || h > i && t.sp == 0 || s.in(h, particle) {
			continue // punctuation, initials, hyphenated tails
		}
		if (h < k || h > k) && !s.nameHead(h) && !(s.gz(h).sur >= 3 && !s.listed(h)) {
			return false // "Central Park", "Lake Forest"; but "River Jones"
		}
		other = true
	}
	return other
}

// doubleBarrel reports a word of the organisation or department lists at
// token k joined by a hyphen to a surname that is in neither, within the
// candidate ending at end: "Alejandro Law-Stone", "Maria Bank-Ortiz" (but
// "Health-Care Partners" has no surname half).
func (s *scanner) doubleBarrel(k, end int) bool {
	n := k + 2
	if n > end || !s.is(k+1, '-') || s.toks[k+1].sp != 0 || s.toks[n].sp != 0 || s.toks[n].punct || s.toks[n].nd > 0 {
		return false
	}
	return s.gz(n).sur > 0 && !s.inAny(n, orgWords, deptWords)
}

// streetSurname reports a street or an organisation's word at token k,
// the last of the candidate i..end, that is a frequent census surname
// after a given name and no house number, or alone after a title: "Harlan
// Lane was admitted", "Frank Lake wants", "Concetta West" and "Ms. Lane"
// are people, "12 Harlan Lane" an address. (An organisation's name that
// goes on after it, "Grace Church Food Pantry", is still one: orgLike.)
func (s *scanner) streetSurname(i, end, k int) bool {
	if k != end {
		return false
	}
	if k == i {
		return s.in(k, streetSuffix) && s.gz(k).sur >= 3 && s.afterHonorific(i)
	}
	if i > 0 && s.toks[i-1].nd > 0 || !s.gz(i).isGiven() {
		return false
	}
	if s.in(k, streetSuffix) && s.gz(k).sur >= 3 {
		return true
	}
	return (s.gz(k).sur >= 2 || censusSurnames()[s.w(k)]) && !(s.gz(i).place && s.gz(i).given < 13) && !s.inAny(i, orgWords, deptWords)
}

// nameHead reports a name word at token k that is in no word list: a given
// name, a surname or no dictionary word, or the head of a hyphenated name
// whose tail is no word ("Min-ji", "Jun-seo").
func (s *scanner) nameHead(k int) bool {
	if s.hyphenTail(k) {
		return true
	}
	g := s.gz(k)
	return !s.listed(k) && (lowerGiven(g) || !g.isCommonWord() && (g.isGiven() || g.sur > 0 || !g.isWord()))
}

// gluedName parses a lower-case name at token i whose head (often a
// listed word or a letter) is glued to its tail by an apostrophe
// ("o'neill", "d'souza") or a hyphen ("al-sayed", "min-jun",
// "smith-nakamura"): the word joined, or
// its tail, is a given name or a surname the gazetteers list and no
// everyday word ("x-ray", "follow-up", "check-in" and "son-in-law" are
// words). It returns the last token of the name, or -1.
func (s *scanner) gluedName(i int) int {
	l, ok := s.nameWord(i, true)
	if !ok || l < i+2 || s.toks[i].e-s.toks[i].s < 2 && !s.is(i+1, '\'') {
		return -1
	}
	g := s.gz(l)
	if s.is(i+1, '\'') {
		g = joinedGaz(s.lo[s.toks[i].s:s.toks[i+2].e], true)
	} else if h := s.gz(i); h.isCommonWord() && !h.isGiven() && h.sur == 0 {
		return -1 // "meet-and-greet": an everyday word heads it
	}
	for k := i + 2; k < l; k += 2 {
		if s.listed(k) {
			return -1 // a listed word inside: "meet-and-greet", "one-on-one"
		}
	}
	if !(g.sur > 0 || g.isGiven()) || g.isCommonWord() || s.listed(l) && !g.isGiven() && g.sur < 2 {
		return -1
	}
	return l
}

// hyphenTail reports a word at token k joined by a hyphen to a tail that
// is no dictionary word and in no list: "Min-ji", "Jun-seo", "Seo-yeon".
func (s *scanner) hyphenTail(k int) bool {
	n := k + 2
	if n >= len(s.toks) || !s.is(k+1, '-') || s.toks[k+1].sp != 0 || s.toks[n].sp != 0 {
		return false
	}
	t := s.toks[n]
	return !t.punct && t.nd == 0 && t.e-t.s >= 2 && !s.listed(n) && !s.gz(n).isWord()
}

// lastHead returns the head of the last name word of the candidate i..end
// (the surname before the comma of an inverted name, the first part of a
// hyphenated one), skipping initials and dots.
func (s *scanner) lastHead(i, end int) int {
	lt := end
	for k := i; k < end; k++ {
		if s.is(k, ',') {
			lt = k - 1 // inverted: the surname is before the comma
			break
		}
	}
	for lt > i && (s.toks[lt].punct || s.toks[lt].e-s.toks[lt].s == 1) {
		lt--
	}
	for lt-2 >= i && s.toks[lt-1].punct && s.toks[lt].sp == 0 && !s.toks[lt-2].punct {
		lt -= 2 // the head of a hyphenated surname
	}
	return lt
}

func firstPart(w string) string {
	for k := 0; k < len(w); k++ {
		if w[k] == '-' {
			return w[:k]
		}
	}
	return w
}

func (s *scanner) possessive(end int) bool {
	return s.is(end+1, '\'') && s.w(end+2) == "s"
}

// staffAfter reports cues after a name that make it a colleague or an
// organisation: "Lea Moreau (Medtronic)", "Harlow Foundation", "Omar joins".
func (s *scanner) staffAfter(end int) bool {
	k := end + 1
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return false // a new line is a new field or clause: "Patient: Ana Ruiz\nGroup #: 11592"
	}
	w := s.w(k)
	if s.in(k, orgWords) && s.isUpperStart(k) || s.in(k, followStaff) && w != "wants" {
		return true
	}
	if w == "wants" && (s.w(k+1) == "to" && (s.w(k+2) == "reschedule" || s.w(k+2) == "meet" || s.w(k+2) == "join") || s.w(k+1) == "the") {
		return true
	}
	if s.is(k, ',') && (s.in(k+1, staffBefore) || s.w(k+1) == "md" || s.w(k+1) == "rn" || s.w(k+1) == "our" || s.roleAppositive(k+1)) {
		return true
	}
	if s.in(k, staffAfterWords) || w == "will" && s.in(k+1, staffAfterWords) {
		return true
	}
	if (w == "is" || w == "was") && s.copulaRole(k+1) {
		return true // "X is the new NICU social worker", "X is our discharge liaison"
	}
	if s.is(k, '(') && s.roleInParens(k+1) {
		return true // "Faith Kim (quality)", "Marcus Tran (gift officer)", "Esther Joseph (our HC lead)"
	}
	if s.internalExtAt(k) {
		return true
	}
	if s.employerAt(k) {
		return true
	}
	// "(Stryker)": a capitalised word alone in parentheses names an employer
	// (a listed town names where the person lives: "(Saugus)"; a common
	// given name is what the person goes by: "Robert Haddad (Bob)")
	if s.is(k, '(') && k+2 < len(s.toks) && s.is(k+2, ')') && s.isUpperStart(k+1) && s.toks[k+1].nd == 0 &&
		!s.toks[k+1].punct && !s.in(k+1, relatives) && !surrogateRoles[s.w(k+1)] && s.w(k+1) != "pt" && s.w(k+1) != "patient" && !s.gz(k+1).place &&
		s.gz(k+1).given < 12 && !(s.gz(k+1).given > 0 && !s.gz(k+1).isWord()) { // (a rarer given name is what they go by: "(Ilse)")
		return true
	}
	return false
}

// roleSubject reports a role at token i that "our", "the", "your" or
// "their" opens, a unit's capitals between ("the PACU manager").
func (s *scanner) roleSubject(i int) bool {
	k := i - 1
	if k > 0 && s.toks[k].na >= 2 && isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
		k--
	}
	switch s.w(k) {
	case "our", "the", "your", "their":
		return true
	}
	return false
}

// copulaRole reports a role named after "is" at token k: an article or
// "our", "new", up to two words of the role's unit or language, and the
// role's noun, ending the phrase ("the new NICU social worker", "our
// discharge liaison", "the Somali interpreter tonight"); not a patient, a
// relative or someone's ("the nurse's patient").
func (s *scanner) copulaRole(k int) bool {
	for k < len(s.toks) && (s.w(k) == "the" || s.w(k) == "our" || s.w(k) == "a" || s.w(k) == "an" || s.w(k) == "new" || s.w(k) == "now") {
		k++
	}
	for n := 0; n < 3 && k < len(s.toks) && s.toks[k].sp == 1; n, k = n+1, k+1 {
		t := s.toks[k]
		if t.punct || t.nd > 0 || s.inAny(k, relatives, patientTrig) {
			return false
		}
		if (s.in(k, staffBefore) || roleNouns[s.w(k)]) && t.na >= 3 { // (not "rn", right now)
			e := k + 1
			return !s.possessive(k) && (e >= len(s.toks) || s.toks[e].punct && !s.is(e, '\'') || s.inAny(e, placePreps, function))
		}
	}
	return false
}

// roleNouns end a role's name that staffBefore does not hold as a title:
// "social worker", "nurse educator", "charge lead".
var roleNouns = map[string]bool{"worker": true, "educator": true, "lead": true, "specialist": true, "advocate": true,
	"planner": true, "counselor": true, "counsellor": true, "manager": true, "steward": true}

// surrogateRoles are what a patient's family member is to their care,
// set off after the name: "Omar Haddad (HCP)", "(DPOA)", "(NOK)"; no
// employer's name. ("POA" is a relative word already.)
var surrogateRoles = map[string]bool{"hcp": true, "hcpoa": true, "dpoa": true, "mpoa": true, "nok": true, "hcr": true}

// credentials after a name and a comma are a professional's letters
// ("Tamara Oyelaran, CCS", "Dana Cruz, LICSW", "Ana Berg, PharmD"); the
// two-letter ones are left out (MD, RN, PA are staff words already; DO,
// OT, PT are words).
var credentials = map[string]bool{"ccs": true, "rhia": true, "rhit": true, "cpc": true, "licsw": true, "lcsw": true,
	"lmhc": true, "lpc": true, "msw": true, "msn": true, "bsn": true, "phd": true, "pharmd": true, "mba": true,
	"mph": true, "cpa": true, "facs": true, "facp": true, "fache": true, "ccrn": true, "cnl": true, "aprn": true,
	"dnp": true, "fnp": true, "rrt": true, "cnm": true, "crnp": true, "otr": true, "dpt": true, "cphq": true,
	"chps": true, "chc": true, "cpht": true, "cma": true, "cdces": true, "cde": true, "cmpe": true, "acnp": true,
	"agnp": true, "pmhnp": true, "lpn": true, "cna": true,
	// pharmacy, behavioural health, therapy and nursing specialty letters
	"rph": true, "psyd": true, "cadc": true, "qmhp": true, "crna": true, "cpnp": true, "ladc": true, "lmft": true,
	"lcpc": true, "bcba": true, "slp": true, "rdn": true, "emt": true, "cnor": true, "ocn": true, "chpn": true,
	"ibclc": true, "cic": true, "edd": true, "drph": true, "mha": true, "msc": true}

// roleInParens reports a role or a department in the parenthesis that
// opens before token k and closes within five tokens: "(quality)", "(gift
// officer)", "(our interpreter lead)", "(staff)"; not a relative, a
// patient, a bed or an age: "(daughter)", "(pt)", "(6W-14)", "(94)".
func (s *scanner) roleInParens(k int) bool {
	role := false
	for n := 0; n < 5 && k < len(s.toks) && s.toks[k].sp < 2; n, k = n+1, k+1 {
		if s.is(k, ')') {
			return role
		}
		if s.patientDept(k) {
			role = true // "(Patient Relations)": a department named for patients
			continue
		}
		if s.toks[k].nd > 0 || s.inAny(k, relatives, patientTrig, careUnits) {
			return false
		}
		w := s.w(k)
		if s.inAny(k, staffBefore, deptWords) || w == "staff" || w == "lead" || w == "team" || w == "our" || w == "mgmt" || credentials[w] {
			role = true
		}
	}
	return false
}

// workInParens reports "our" or a capitalised organisation's or
// department's word in the brackets that token k opens the inside of:
// "(our per-diem)", "(Reyes Law Group)", "(Radiology)".
func (s *scanner) workInParens(k int) bool {
	for n := 0; n < 6 && k < len(s.toks) && s.toks[k].sp < 2; n, k = n+1, k+1 {
		if s.is(k, ')') {
			return false
		}
		if s.w(k) == "our" || s.inAny(k, orgWords, deptWords) && s.isUpperStart(k) {
			return true
		}
	}
	return false
}

// staffVerbAfter reports a colleague's verb right after a name ("X
// signed", "X will cover", "X wants to reschedule"): a cue of staffAfter
// that says what the person does, not what they are.
func (s *scanner) staffVerbAfter(end int) bool {
	k := end + 1
	return s.inAny(k, followStaff, staffAfterWords) || s.w(k) == "will" && s.in(k+1, staffAfterWords)
}

// roleAppositive reports a role of a few words that ends a phrase at
// token k, after a name and a comma: "(Ifeoma Eze, 5N RN)", "Ana Ruiz,
// night charge nurse, says".
func (s *scanner) roleAppositive(k int) bool {
	for n := 0; n < 3 && k < len(s.toks) && s.toks[k].sp < 2; n, k = n+1, k+1 {
		if s.toks[k].punct || s.toks[k].nd > 0 && s.toks[k].na == 0 || s.inAny(k, relatives, patientTrig) {
			return false // not "Ana Ruiz, 12 Elm Dr."
		}
		if s.in(k, staffBefore) || credentials[s.w(k)] {
			e := k + 1
			return e >= len(s.toks) || s.toks[e].sp == 2 || s.is(e, ')') || s.is(e, ',') || s.is(e, ';') ||
				s.is(e, '.') && !s.isUpperStart(e+1)
		}
	}
	return false
}

// deptAfter reports a department after an untriggered name: "Maria Santos
// from Case Management", "Karen Wu in HIM" (but not "in ICU", "in 4B").
func (s *scanner) deptAfter(end int) bool {
	k := end + 1
	w := s.w(k)
	if w != "from" && w != "in" && w != "at" || k+1 >= len(s.toks) {
		return false
	}
	n := s.toks[k+1]
	if s.in(k+1, deptWords) || s.in(k+1, orgWords) || s.in(k+2, deptWords) && s.isUpperStart(k+1) {
		return true
	}
	if w == "at" && !n.punct && n.nd == 0 && s.isUpperStart(k+1) && !s.gz(k+1).place && s.mentions(bizWords) &&
		!s.in(k+1, careUnits) {
		return true // "Priya Natarajan at Medline about the contract": an employer
	}
	acronym := !n.punct && n.nd == 0 && n.na > 1 && isUpperTok(s.b[n.s:n.e])
	return acronym && !s.in(k+1, careUnits)
}

// careUnits are places a patient is, not departments a colleague works in.
var careUnits = words("icu", "nicu", "picu", "micu", "sicu", "ccu", "cvicu", "pacu", "er", "ed", "or", "ldr", "snf",
	"ltac", "ltc", "obs", "ob", "mom", "vip")

// staffAfterWords after a name describe someone at work.
var staffAfterWords = words("covering", "covers", "cover", "round", "rounds", "rounding", "presents", "present",
	"chairs", "leads", "owns", "approved", "approve", "signed", "sign", "joins", "join", "hosting", "hosts")

// patientAfter reports a cue right after a name that makes its bearer the
// patient: "was admitted", "tested positive", "'s biopsy".
func (s *scanner) patientAfter(end int) bool {
	k := end + 1
	if s.possessive(end) {
		return s.in(end+3, patientNouns)
	}
	aux := false
	for n := 0; n < 4; n++ {
		// "was admitted", "is being admitted", "has been seen", "will be in for"
		if w := s.w(k); w == "was" || w == "is" || w == "has" || w == "got" || w == "been" || w == "being" ||
			w == "will" || w == "be" || w == "now" || w == "in" || w == "for" || w == "getting" || aux && (w == "the" || w == "a") {
			k++
			aux = true
			continue
		}
		break
	}
	// a verb that takes a patient as its object ("Dr. Patel discharged 14
	// patients") marks its subject as the patient only in the passive
	return s.in(k, patientVerbs) && (aux || !s.in(k, passiveOnly)) && !s.passedExam(k)
}

var patientNouns = words("surgery", "biopsy", "results", "mri", "labs", "diagnosis", "condition", "admission",
	"discharge", "chart", "mrn", "dob", "procedure", "scan", "prognosis", "treatment", "care", "medication",
	"meds", "test", "mychart", "records", "bill", "room", "account", "zip", "address", "cell", "phone",
	"insurance", "son", "daughter", "wife", "husband", "mom", "dad", "mother", "father", "family", "sister",
	"brother", "claim", "balance", "copay", "appt", "appointment", "email", "portal", "stay", "visit", "bills",
	"ssn", "dl", "license", "statement", "refund", "car", "belongings", "funeral")

// patientClause reports a cue in the rest of the clause after a colleague's
// name that makes them the patient or an employee-health case: "trustee X is
// the patient, admitted ...", "RN X ... was injured by a combative pt".
func (s *scanner) patientClause(end int) bool {
	if !s.patientClauseCue() {
		return false // none of its words in the message (prefilter.go)
	}
	for k := end + 1; k < len(s.toks) && k <= end+14; k++ {
		t := s.toks[k]
		if t.sp == 2 {
			return false
		}
		if t.punct {
			if c := s.b[t.s]; c == '.' || c == ';' || c == '!' || c == '?' {
				return false
			}
			continue
		}
		switch w := s.w(k); {
		case s.in(k, caseWords):
			return true
		case (w == "patient" || w == "pt") && s.copulaBefore(k, end) && !s.possessive(k):
			return true // "X is the patient", "X is now a patient", not "X called about the patient"
		case (w == "patient" || w == "pt") && s.w(k-1) == "a" && s.w(k-2) == "as" && !s.possessive(k):
			return true // "X ... is in our ED as a patient"
		case (w == "scheduled" || w == "booked") && s.w(k+1) == "for" && s.clinicalSoon(k+2, 3):
			return true // "X from Finance is scheduled for a stress test"
		case w == "medical" && s.w(k+1) == "leave":
			return true // "X from the warehouse is out on medical leave"
		case w == "own" && (s.w(k-1) == "her" || s.w(k-1) == "his") && k+1 < len(s.toks) && s.clinicalWord(k+1) && s.plainRun(end+1, k-1):
			return true // "X wants her own mammogram booked"
		case w == "own" && k == end+3 && s.possessive(end) && k+1 < len(s.toks) && s.clinicalWord(k+1):
			return true // "Dr. X's own mammogram results are in"
		case s.in(k, patientClauseVerbs) &&
			(s.w(k-1) == "was" || s.w(k-1) == "being" || s.w(k-1) == "been" || s.w(k-1) == "is" || s.w(k-1) == "," || s.contractedIs(k-1)):
			return true
		case k == end+1 && s.in(k, patientClauseVerbs) && s.w(k) != "seen" && (s.w(k+1) == "to" || s.w(k+1) == "here"):
			return true // "RN X admitted to 4W", a note's passive ("X admitted 3 pts" is their work)
		case w == "in" && s.w(k+1) == "for" && s.w(k-1) == "be":
			return true // "will be in for a cardiac cath"
		}
	}
	return false
}

// clinicalSoon reports a clinical word (clinicalWord) among the n words
// from token k on, in its clause: "for a stress test", "for an echo".
func (s *scanner) clinicalSoon(k, n int) bool {
	for ; k < len(s.toks) && n > 0 && !s.toks[k].punct && s.toks[k].sp < 2; k, n = k+1, n-1 {
		if s.clinicalWord(k) {
			return true
		}
	}
	return false
}

// copulaBefore reports "is" or "was" right after the name ending at
// token end (a comma or a note in brackets between) and before the noun
// at token k, with at most two of an article, "our", "now", "actually",
// "also" between: "X is the pt", "X, was now a patient", "X is actually
// our patient".
func (s *scanner) copulaBefore(k, end int) bool {
	p := end + 1
	if s.is(p, '(') {
		// a note in brackets between: "X (our volunteer) is a patient"
		for q := p + 1; q < len(s.toks) && q < p+14; q++ {
			if s.is(q, ')') {
				p = q + 1
				break
			}
		}
	}
	if s.is(p, ',') {
		p++
	}
	if w := s.w(p); w == "from" || w == "in" || w == "on" || w == "at" {
		// where the colleague works, between the name and the verb: "X from
		// the Lowell team is now our patient"
		for q, n := p+1, 0; q < k && n < 5 && !s.toks[q].punct; q, n = q+1, n+1 {
			if w := s.w(q); w == "is" || w == "was" {
				p = q
				break
			}
		}
	}
	for h, n := k-1, 0; h > end && n < 3; h, n = h-1, n+1 {
		switch s.w(h) {
		case "is", "was":
			return n > 0 && h == p
		case "the", "a", "our", "now", "actually", "also":
			continue
		}
		return false
	}
	return false
}

// contractedIs reports the "s" of "he's", "she's" at token k: "is".
func (s *scanner) contractedIs(k int) bool {
	return k >= 2 && s.w(k) == "s" && s.is(k-1, '\'') && (s.w(k-2) == "he" || s.w(k-2) == "she")
}

// plainRun reports tokens a..b, at most six, that are lower-case words
// only: no one else named, no clause broken ("X asked me to book").
func (s *scanner) plainRun(a, b int) bool {
	if b-a > 5 {
		return false
	}
	for h := a; h <= b; h++ {
		if t := s.toks[h]; t.punct || t.nd > 0 || s.isUpperStart(h) {
			return false
		}
	}
	return true
}

// patientClauseVerbs make the name before them the patient's after an
// auxiliary ("X was admitted", "X, intubated").
var patientClauseVerbs = words("admitted", "readmitted", "injured", "hospitalized", "seen", "intubated", "diagnosed")

// caseWords make a named colleague an employee-health case or a patient.
var caseWords = words("employee-health", "needlestick", "covid", "shingles", "collapsed", "fractured",
	"exposure", "exposed", "quarantine", "afebrile", "rtw", "fmla")

// patientEventAfter reports a full name followed by what happens only to
// a patient, in the active voice or after "was", "has been", "got":
// "Adaeze Kuznetsov no-showed again", "X was readmitted", "X coded at
// 0300" (not "X discharged 14 patients" nor "X passed her boards").
func (s *scanner) patientEventAfter(end int) bool {
	k, aux := end+1, false
	for n := 0; n < 2; n++ {
		if w := s.w(k); w == "was" || w == "has" || w == "been" || w == "got" || w == "just" {
			k, aux = k+1, aux || w != "just"
		}
	}
	if s.w(k) == "no" && s.is(k+1, '-') && s.toks[k+1].sp == 0 && (s.w(k+2) == "showed" || s.w(k+2) == "show") {
		return true // "no-showed"
	}
	return s.in(k, activeEvents) && !s.passedExam(k) || aux && s.in(k, passiveOnly)
}

// birthDateNear reports a birth-date label and a date found after it, in
// the clause after a name that starts with a given name, with no other
// given name before the label:
// "Tamika Kealoha grievance (Date of birth: Oct 14 2010)", "verified with
// Ana Ruiz by phone, DOB 8/12/46". A birth date is a patient's record.
func (s *scanner) birthDateNear(i, end int) bool {
	if g := s.gz(i); !g.isGiven() || g.isCommonWord() {
		return false // "Lakeside Dermatology for ..., DOB ...": no given name, no person
	}
	for k := end + 1; k < len(s.toks) && k <= end+10 && s.toks[k].sp < 2; k++ {
		t := s.toks[k]
		if s.is(k, '.') && k+1 < len(s.toks) && s.toks[k+1].sp > 0 || s.is(k, ';') || s.is(k, '/') && t.sp > 0 {
			return false // the sentence or the list item ends
		}
		if s.birthLabelAt(k) {
			return s.dateAfterLabel(k, 24)
		}
		if g := s.gz(k); !t.punct && t.nd == 0 && g.isGiven() && !g.isCommonWord() && !s.listed(k) {
			return false // someone else's: "X called about Y, DOB ..."
		}
	}
	return false
}

// ownerOf reports a name right after the word for the holder of a car, a
// card or an account ("owner", "cardholder", "policyholder", "account
// holder") in a message that holds such a personal identifier: "plate 234
// YZY, owner Rowan Otieno", "VIN ... left running. Owner April Friend."
func (s *scanner) ownerOf(i int) bool {
	k := i - 1
	if s.is(k, ':') {
		k--
	}
	switch s.w(k) {
	case "owner", "cardholder", "policyholder", "holder", "owners":
	default:
		return false
	}
	for _, c := range s.cands {
		switch c.t {
		case VehicleID, CreditCard, AccountNumber, DeviceID, HealthPlanID, LicenseNumber:
			return true
		}
	}
	return false
}

// careObject reports a capitalised name word that the clause makes the
// patient: the object of what is done only to patients ("crew dropped off
// Gagnon at 3am", "discharged Okafor to SNF"), the subject of a question
// about it ("what time was Tuilagi discharged"), or whose record is asked
// for ("the MRN for Sato", "the social for Sato?"). The name is a listed
// given name or surname, or no word at all.
func (s *scanner) careObject(i, end int) bool {
	if g := s.gz(i); g.isCommonWord() || !(g.isGiven() || g.sur > 0 || !g.isWord()) || s.staffAfter(end) {
		return false
	}
	p := s.w(i - 1)
	switch {
	case careObjVerbs[p] && s.toks[i].sp == 1:
		return true
	case (p == "off" && s.w(i-2) == "dropped" || p == "in" && s.w(i-2) == "brought") && s.toks[i].sp == 1:
		return true
	case (p == "was" || p == "is" || p == "were") && s.in(end+1, passiveOnly):
		return true
	case p == "for" && (recordNouns[s.w(i-2)] || s.is(i-2, '#') && recordNouns[s.w(i-3)]):
		return true
	}
	return false
}

// careObjVerbs take a patient as their object.
var careObjVerbs = map[string]bool{"discharged": true, "readmitted": true, "triaged": true, "roomed": true,
	"intubated": true, "extubated": true, "sedated": true, "restrained": true, "admitted": true}

// recordNouns are a patient's records and identifiers: "the MRN for X".
var recordNouns = map[string]bool{"mrn": true, "mr": true, "ssn": true, "social": true, "dob": true, "chart": true,
	"acct": true, "account": true, "records": true, "labs": true, "results": true, "consent": true, "wristband": true,
	"armband": true}

// birthLabelAt reports a birth date's label at token k: "dob", "born",
// "birthdate", "date of birth", "D.O.B.".
func (s *scanner) birthLabelAt(k int) bool {
	switch w := s.w(k); w {
	case "dob", "born", "birthdate", "dateofbirth":
		return true
	case "date":
		return s.w(k+1) == "of" && s.w(k+2) == "birth"
	case "d":
		return s.is(k+1, '.') && s.w(k+2) == "o" && s.is(k+3, '.') && s.w(k+4) == "b"
	}
	return false
}

// activeEvents happen to a patient; passiveOnly (below) are done to one.
var activeEvents = words("noshowed", "eloped", "coded", "died", "collapsed", "overdosed", "seized", "desatted")

var patientVerbs = words("admitted", "hospitalized", "discharged", "diagnosed", "injured", "tested", "fell",
	"died", "passed", "readmitted", "transferred", "intubated", "icu", "er", "ed", "hospital", "surgery",
	"recovering", "sick", "positive", "pregnant", "delivered", "collapsed", "seen", "treated", "cath")

var passiveOnly = words("admitted", "discharged", "transferred", "seen", "treated", "diagnosed", "intubated",
	"readmitted", "hospitalized", "delivered")

// employeeHealth words make a named colleague an employee-health case.
var employeeHealth = words("needlestick", "positive", "exposure", "exposed", "shingles", "covid", "flu",
	"injury", "injured", "titer", "titers", "rtw", "fmla", "quarantine", "isolation", "sick", "illness",
	"hospitalized", "surgery", "cath", "comp", "workers", "symptoms", "fever", "chest")

// familyNamed are what a family endows or is honoured by: "the Brown
// family foundation", "the Mehta family pavilion" name no one.
var familyNamed = words("foundation", "foundations", "fund", "funds", "trust", "endowment", "scholarship", "scholarships",
	"atrium", "pavilion", "wing", "center", "centre", "building", "garden", "gardens", "chapel", "library", "lounge", "tower",
	"award", "awards", "lecture", "lectureship", "professorship", "grant", "hall")

// namedForFamily reports "family" and a thing named for the family right
// after the name ending at token end.
func (s *scanner) namedForFamily(end int) bool {
	return s.w(end+1) == "family" && s.in(end+2, familyNamed)
}

// addName records a name over tokens i..end and any age right after it.
func (s *scanner) addName(i, end int) {
	st, en := int(s.toks[i].s), int(s.toks[end].e)
	if i == end && s.eponym(i) {
		return // "her mom has Alzheimer's", "early Parkinson's": a disease
	}
	if s.siteWord(i) {
		return // "GoFundMe for the Castillo family: gofundme.com/f/...": the site the message links to
	}
	if s.namedForFamily(end) {
		return // "the Brown family foundation", "the Mehta family pavilion": what a family gave or is honoured by
	}
	if s.abbreviations(i, end) {
		return // "off Rte 9", "Auth pending": an everyday word's abbreviation
	}
	if i == end && s.inT(i, payers) && s.gz(i).sur == 0 && !s.gz(i).isGiven() {
		return // "niece Shirin, BCBSMA MBI ...": a health plan, no one's name
	}
	if i == end && labReadings[s.w(i)] && s.readingAfter(i) && !s.afterHonorific(i) {
		return // "Na was 124 on Jan 4", "K 5.9": a lab's reading, not Mr. Na
	}
	for _, c := range s.cands {
		if c.t == blockType && c.s < en && st < c.e {
			return // a block's words are no one's name (a make and model, a venue's address)
		}
	}
	s.add(Name, st, en, priContext)
	s.names = append(s.names, cand{t: Name, s: st, e: en})
	s.ageAfterName(end)
	s.recordAfterName(end)
	s.recordBeforeName(i)
	s.nicknameAfter(end)
	s.scriptTwin(i, end)
	s.sharedSurname(i, end)
	s.coordinated(end)
	s.coordinatedBefore(i)
	if !s.isUpperStart(i) {
		s.lowerCoordinated(i, end)
	}
}

// readingAfter reports a number right after the measure at token k, or
// after its mark or linking word ("Na was 124", "K: 5.9", "Cr 1.4").
func (s *scanner) readingAfter(k int) bool {
	n := k + 1
	if s.is(n, ':') || s.is(n, '=') || readingLinks[s.w(n)] {
		n++
	}
	return n < len(s.toks) && s.toks[n].nd > 0 && s.toks[n].na == 0 && s.toks[n].sp < 2
}

// eponym reports a surname that names a disease or a sign, in its
// possessive (phi/gazetteer/eponyms.txt, from WordNet), with no title
// before it and no relative or record of a person after it: "Crohn's",
// "Parkinson's is worse" (not "Mrs. Wilson's", "Wilson's daughter").
func (s *scanner) eponym(i int) bool {
	if !s.possessive(i) || s.afterHonorific(i) || s.inAny(i+3, relatives, patientNouns) {
		return false
	}
	if possessivePhrases()[[2]string{s.w(i), s.w(i + 3)}] {
		return true // "a Jehovah's Witness pt", "Adam's apple", "Murphy's law"
	}
	if !eponymSet()[s.w(i)] {
		return false
	}
	// the disease's own word after it, or a word that has a disease before
	// it: "Wilson's disease", "has Alzheimer's", "early Parkinson's",
	// "mom's Parkinson's" (not "prob Wilson's", whose hearing aid it is)
	if eponymHeads[s.w(i+3)] {
		return true
	}
	p := s.w(i - 1)
	return eponymBefore[p] || s.toks[i].sp > 0 && i >= 3 && s.possessive(i-3) && s.in(i-3, relatives)
}

var eponymHeads = map[string]bool{"disease": true, "syndrome": true, "palsy": true, "sarcoma": true, "lymphoma": true,
	"dementia": true, "chorea": true, "ataxia": true, "sign": true, "test": true, "reflex": true, "procedure": true,
	"ulcer": true, "tumor": true, "tumour": true, "fracture": true, "dystrophy": true, "disorder": true, "encephalopathy": true}

var eponymBefore = map[string]bool{"has": true, "had": true, "have": true, "with": true, "early": true, "late": true,
	"advanced": true, "dx": true, "diagnosed": true, "of": true, "for": true, "from": true, "mild": true, "severe": true,
	"stage": true, "his": true, "her": true, "their": true, "progressive": true, "end-stage": true}

//go:embed gazetteer/eponyms.txt
var eponymList string

var eponymSet = wordTable(eponymList)

// possessivePhrases are WordNet's nouns written as a name's possessive
// and a head, "<name> <head's first word>" a line (gazetteer/
// possessives.txt, scripts/gen_phi_eponyms.py): "Jehovah's Witness",
// "Adam's apple", "Murphy's law" name no person.
//
//go:embed gazetteer/possessives.txt
var possessiveList string

var possessivePhrases = sync.OnceValue(func() map[[2]string]bool {
	m := make(map[[2]string]bool)
	for _, line := range strings.Split(possessiveList, "\n") {
		if a, b, ok := strings.Cut(line, " "); ok {
			m[[2]string{a, b}] = true
		}
	}
	return m
})

// kinListHead reports relatives in the plural at token i that someone's
// possessive or the start of a sentence introduces, before a capitalised
// word: "her parents, Tavita and ...", "Parents Ana and Jo Leota ...",
// "the pt's kids: Mia and Leo".
func (s *scanner) kinListHead(i int) bool {
	if !s.in(i, kinPlural) || kinGroups[s.w(i)] {
		return false
	}
	if !(kinOwners[s.w(i-1)] || s.is(i-1, '\'') || s.w(i-1) == "s" && s.is(i-2, '\'') || s.sentenceStart(i) || s.lineStart(i)) {
		return false
	}
	j := i + 1
	if s.is(j, ',') || s.is(j, ':') || s.is(j, '-') {
		j++
	}
	return j < len(s.toks) && s.toks[j].sp < 2 && s.titleCase(j)
}

// kinOwners are the possessives before relatives in the plural.
var kinOwners = plainWords("her", "his", "their", "my", "your")

// kinGroups are plural kin words that name a group, not its members.
var kinGroups = plainWords("family", "relatives")

// coordinated labels a capitalised name joined by "and" or "&" right after
// a name ending at token end: "pt Carla Ruiz and Adaeze Ekwueme share a
// room", "the twins Ada and Ola". Names joined so share their role; a title
// or an organisation after the "and" stops it.
func (s *scanner) coordinated(end int) {
	k := end + 1
	if !s.coordinator(k) || k+1 >= len(s.toks) || !s.isUpperStart(k+1) ||
		s.inAny(k+1, staffBefore, honorifics, capStop, orgWords, deptWords) {
		return
	}
	if e, nw := s.nameAt(k+1, false); nw > 0 && !s.orgLike(k+1, e) && !s.staffAfter(e) && !s.deptAfter(e) &&
		(nw > 1 || s.gz(k+1).isGiven()) {
		s.addName(k+1, e)
	}
}

// loneGivenMargin is how far above its threshold the name model must
// score a lone lower-case given name outside a personal message and a
// person's frame ("is svetlana ok??", "radhika (the one who sings at
// night) got moved"): typed in lower case among capitals, such a word is a
// colleague's name as often as a patient's. Chosen on the tune halves and
// their variants: at 0, 71 leaking messages fixed for 59 clean ones
// flagged; at 0.5, 66 for 34; at 1, 56 for 16 (none broken); at 2, 34 for
// 3.
const loneGivenMargin = 1.0

// loneGiven reports whether the lower-case given name at token i stands
// alone: not the given name of an inverted record ("chamberlain, minh k.")
// nor one before an initial, which the record and care passes read whole.
func (s *scanner) loneGiven(i int) bool {
	if s.is(i-1, ',') && (s.rareWord(i-2) || s.gz(i-2).sur > 0) {
		return false
	}
	return !(s.isInitial(i+1, true) && s.w(i+1) != "a" && s.w(i+1) != "i")
}

// employerAt reports a firm set off after a name at token k: "(Corvane
// Surgical)", ", Boston Scientific)": capitalised words, one of them an
// organisation's or a firm's word, closed by a parenthesis. Tune halves
// and variants: 3 clean messages passed, nothing broken; held out: report
// halves and their slip variants 2 passed, 9 false names fewer.
func (s *scanner) employerAt(k int) bool {
	if !s.is(k, '(') && !(s.is(k, ',') && s.openParenBefore(k)) {
		return false
	}
	firm := false
	for j, n := k+1, 0; j < len(s.toks) && n < 4; j, n = j+1, n+1 {
		if s.is(j, ')') {
			return firm && n > 0
		}
		if s.toks[j].punct || s.toks[j].nd > 0 || !s.isUpperStart(j) {
			return false
		}
		firm = firm || s.inAny(j, orgWords, firmWords)
	}
	return false
}

// orgAppositive reports an organisation set off by the comma at token c
// (outside a parenthesis, which employerAt reads): "Ines Marlow, Salem
// clinic, called", "Jo Ames, Acme Staffing;": capitalised first, an
// organisation's or firm's word last, then a comma, a semicolon, a
// parenthesis or the end of the line. After a name the model weighs it as
// it weighs staffAfter (candidateFeatures): mostly the person's employer,
// but after a patient's trigger it is where the patient is ("pt X,
// Brookline Dental Group, called"), so staffAfter, which the triggers and
// the town passes read, leaves it out.
func (s *scanner) orgAppositive(c int) bool {
	k := c + 1
	if !s.is(c, ',') || s.openParenBefore(c) || k >= len(s.toks) || !s.isUpperStart(k) {
		return false
	}
	for j, n := k, 0; j < len(s.toks) && n < 4; j, n = j+1, n+1 {
		t := s.toks[j]
		if t.sp == 2 && j > k || t.punct || t.nd > 0 {
			return false
		}
		if s.inAny(j, orgWords, firmWords) {
			e := j + 1
			return e >= len(s.toks) || s.toks[e].sp == 2 || s.is(e, ',') || s.is(e, ';') || s.is(e, ')')
		}
	}
	return false
}

// openParenBefore reports an unclosed "(" shortly before token k on its line.
func (s *scanner) openParenBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j+1].sp == 2 || s.is(j, ')') {
			return false
		}
		if s.is(j, '(') {
			return true
		}
	}
	return false
}

// firmWords end the names of firms that sell to a hospital ("Boston
// Scientific", "Corvane Surgical").
var firmWords = words("surgical", "scientific", "pharmaceuticals", "therapeutics", "biologics", "diagnostics", "devices",
	"technologies", "tech", "software", "consulting", "logistics", "supply", "staffing", "biomedical", "instruments")

// internalExtAt reports an internal telephone extension after "is at" or
// "at" at token k: "Ana is at x4471", "Ana at ext 4471": whoever answers
// an extension works here.
func (s *scanner) internalExtAt(k int) bool {
	if s.w(k) == "is" {
		k++
	}
	if s.w(k) != "at" {
		return false
	}
	k++
	w := s.w(k)
	if len(w) >= 4 && len(w) <= 6 && w[0] == 'x' && int(s.toks[k].nd) == len(w)-1 {
		return true // "x4471"
	}
	if w != "x" && w != "ext" && w != "extension" {
		return false
	}
	if w == "ext" && s.is(k+1, '.') {
		k++ // "ext. 4471"
	}
	k++
	return k < len(s.toks) && s.toks[k].nd >= 3 && s.toks[k].nd <= 5 && s.toks[k].na == 0
}

// coordinator reports "and", "&" or "+" at token k, between blanks.
func (s *scanner) coordinator(k int) bool {
	return s.w(k) == "and" || (s.is(k, '&') || s.is(k, '+')) && k+1 < len(s.toks) && s.toks[k].sp == 1 && s.toks[k+1].sp == 1
}

// coordinatedBefore labels a capitalised full name joined by "and", "&"
// or "+" right before a name starting at token i: "Ines Varga and Tomasz
// Wróbel were in the same car", "affidavit: Dagny Holm + Mateus Fonseca". The name before must be two name words or more, or a given name,
// with no title, organisation or department in it, and start where a
// phrase starts (not "Dr. Anna Ruiz and ...", which names a colleague).
func (s *scanner) coordinatedBefore(i int) {
	k := i - 1
	if k < 2 || !s.coordinator(k) || !s.isUpperStart(i) || s.toks[k].sp == 2 {
		return
	}
	last := k - 1
	if s.toks[last].punct || s.toks[last].nd > 0 || !s.isUpperStart(last) || s.claimed(int(s.toks[last].s), int(s.toks[last].e)) {
		return
	}
	for j := max(last-3, 0); j <= last; j++ {
		if s.toks[j].punct || s.toks[j].nd > 0 || !s.isUpperStart(j) || s.inAny(j, staffBefore, honorifics, capStop, orgWords, deptWords) {
			continue
		}
		e, nw := s.nameAt(j, false)
		if e != last || nw == 0 {
			continue
		}
		if p := j - 1; p >= 0 && !s.toks[p].punct && (s.isUpperStart(p) && !s.sentenceStart(j) || s.inAny(p, honorifics, staffBefore)) {
			return // "Dr. Anna Ruiz", "Nurse Manager Ada Roe", or a longer run of capitals
		}
		if !s.orgLike(j, e) && !s.staffAfter(e) && (nw > 1 || s.gz(j).isGiven()) && !s.claimed(int(s.toks[j].s), int(s.toks[e].e)) {
			s.add(Name, int(s.toks[s.coordStart(j, e)].s), int(s.toks[e].e), priContext)
		}
		return
	}
}

// coordStart widens the start of a name j..e found before "and" over
// what the name pass left: the head of a hyphenated surname ("Ben-Ami"
// found as "Ami"), a middle initial and the given name before it
// ("Teodor K. Lindgren" found as "Lindgren").
func (s *scanner) coordStart(j, e int) int {
	b := s.joinedStart(j)
	if b >= 2 && s.is(b-1, '.') && s.toks[b-1].sp == 0 && s.toks[b].sp == 1 && s.isInitial(b-2, false) {
		b -= 2
	}
	if g := s.givenBefore(b, e); g < b && s.isUpperStart(g) {
		b = g
	}
	return b
}

// sharedSurname labels the first given name of "Chidi and Ify Nwosu", "Tom
// & Mary Ruiz": a capitalised word joined by "and" to a full name that
// starts at token i shares its surname.
func (s *scanner) sharedSurname(i, end int) {
	if end <= i || !(s.w(i-1) == "and" || s.is(i-1, '&')) || i < 2 {
		return
	}
	k := i - 2
	if k < 0 || s.toks[k].punct || s.toks[k].nd > 0 || !s.isUpperStart(k) || s.inAny(k, capStop, orgWords, deptWords) ||
		s.listed(k) && !s.gz(k).isGiven() {
		return
	}
	if p := k - 1; p >= 0 && !s.toks[p].punct && s.isUpperStart(p) && !s.sentenceStart(k) &&
		!(s.sentenceStart(p) && s.gz(p).isWord() && !s.gz(p).isGiven()) {
		return // "Anna Ruiz and Ify Nwosu": two full names; but "Twins Ada & Ola Roe"
	}
	if k >= 2 && (s.toks[k].sp == 0 && (s.is(k-1, '-') || s.is(k-1, '\'')) || s.is(k-1, '.') && s.toks[k-1].sp == 0 && s.isInitial(k-2, false)) {
		return // the end of a full name too: "Ruth Ben-Ami and ...", "Teodor K. Lindgren and ..."
	}
	if g := s.gz(k); g.isGiven() || g.given == 0 && !g.isWord() {
		s.add(Name, int(s.toks[k].s), int(s.toks[k].e), priContext)
	}
}

// nicknameAfter labels a nickname given in brackets or quotes right after a
// name: "Margaret Sullivan (goes by Peggy)", "Ignatius Berg ("Iggy")".
func (s *scanner) nicknameAfter(end int) {
	k := end + 1
	if s.akaAfter(k) {
		return
	}
	if !s.is(k, '(') && !s.is(k, '"') && !s.is(k, sub) {
		return
	}
	k++
	// a cue word or a quote says a nickname follows, in any case: "(goes
	// by pip)", "(pref. 'tope')", "("dodo")"
	cued := false
	for n := 0; n < 3 && (s.is(k, '"') || s.is(k, '\'') || s.is(k, sub) || s.in(k, nickCue)); n++ {
		cued = true
		if s.w(k) == "goes" && s.w(k+1) == "by" || s.w(k) == "pref" && s.is(k+1, '.') {
			k++
		}
		k++
	}
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || credentials[s.w(k)] {
		return // (a professional's letters: "(RPh)", "(PharmD)")
	}
	if cued && !s.isUpperStart(k) {
		if s.toks[k].e-s.toks[k].s >= 2 && !s.in(k, stopLower) && (s.is(k+1, ')') || s.is(k+1, '"') || s.is(k+1, '\'') || s.is(k+1, sub)) {
			s.add(Name, int(s.toks[k].s), int(s.toks[k].e), priContext)
		}
		return
	}
	if !s.isUpperStart(k) || s.in(k, capStop) || s.listed(k) || s.unlistedAcronym(k) {
		return
	}
	if g := s.gz(k); g.place && !g.isGiven() && !s.in(k-1, nickCue) || s.nationality(k) {
		return // "(Saugus)", "(Somali)": a town or a nationality, not a nickname
	}
	if n := k + 1; n < len(s.toks) && (s.is(n, ')') || s.is(n, '"') || s.is(n, '\'') || s.is(n, sub)) {
		s.add(Name, int(s.toks[k].s), int(s.toks[k].e), priContext)
	}
}

// akaAfter labels a nickname given without brackets at token k, right
// after a name: "marcus delacroix aka moose", "Ann Roe, goes by 'Nan'",
// whatever the word also means. It reports whether it found one.
func (s *scanner) akaAfter(k int) bool {
	if s.is(k, ',') {
		k++
	}
	switch {
	case s.w(k) == "aka" || s.w(k) == "nicknamed":
		k++
	case s.w(k) == "a" && s.is(k+1, '.') && s.w(k+2) == "k" && s.is(k+3, '.') && s.w(k+4) == "a":
		k += 5 // "a.k.a."
		if s.is(k, '.') {
			k++
		}
	case s.w(k) == "goes" && s.w(k+1) == "by":
		k += 2
	default:
		return false
	}
	q := s.is(k, '"') || s.is(k, '\'') || s.is(k, sub)
	if q {
		k++
	}
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].e-s.toks[k].s < 2 || s.in(k, stopLower) {
		return false
	}
	s.add(Name, int(s.toks[k].s), int(s.toks[k].e), priContext)
	return true
}

var nickCue = words("goes", "aka", "called", "nickname", "prefers", "pref", "preferred")

// recordAfterName takes a bare record number set off right after a
// patient's name: "Jane Okoro, 4410293, bed 12", "Jane Okoro (4410293)".
func (s *scanner) recordAfterName(end int) {
	k := end + 2
	blank := false
	if !(s.is(end+1, ',') || s.is(end+1, '(') || s.is(end+1, '#')) || k >= len(s.toks) {
		// a record-shaped value right after the name, blank between, that
		// closes the line or a clause: "OYELARAN, EBONY 3281250343 pls
		// verify", "macapagal, oluwaseun e 07-82-976"
		k, blank = end+1, true
		if k >= len(s.toks) || s.toks[k].sp != 1 {
			return
		}
	}
	hash := s.is(end+1, '#')
	if s.is(end+1, '(') && s.is(k, '#') && k+1 < len(s.toks) && s.toks[k+1].sp == 0 {
		k, hash = k+1, true // "Jane Okoro (#4410293)"
	}
	if k >= len(s.toks) {
		return
	}
	t := s.toks[k]
	e := k
	if s.is(end+1, '(') && !hash && t.e-t.s == 1 && s.toks[k].sp == 0 {
		// spelt out in the brackets, a character at a time: "PEMBROKE,
		// JAMES (0 0 4 1 2 1 3 5)", "kalani kealoha (n f 6 7 7 9 8 8 0)"
		if se := s.spelledID(k); se > k && s.is(se+1, ')') && !s.claimed(int(t.s), int(s.toks[se].e)) {
			s.addTok(MRN, k, se, priGeneric)
		}
		return
	}
	if !hash && t.na == 0 && t.nd >= 2 && t.nd < 6 && !s.clockRange(k) {
		// digits in groups: "(44-04-263)", "07-82-976" (not a shift's
		// hours: "0700-1900")
		if e2, ok := s.idValue(k, false); ok && e2 > k {
			v := s.b[t.s:s.toks[e2].e]
			if recordShaped(v, len(s.dig)) {
				e = e2
			}
		}
	}
	if e == k && (t.na != 0 && !(hash && t.na <= 2) || t.nd < 6 || t.nd > 10 || t.punct) {
		return
	}
	// set off by punctuation, or a "#" value: "Jane Okoro #4410293 in 4B"
	// (after a blank, also the line's end or a lower-case word)
	if n := e + 1; !hash && n < len(s.toks) && !s.is(n, ',') && !s.is(n, ')') && !s.is(n, ';') && s.toks[n].sp != 2 && !s.is(n, sub) && !s.fullStop(n) &&
		!(blank && (!s.toks[n].punct && s.toks[n].nd == 0 && !s.isUpperStart(n) || s.is(n, '$'))) { // (or an amount: "lau, maría 30302-007  $13,236.80")
		return
	}
	if e == k && t.nd == 10 && validNANP(s.b[t.s:t.e]) {
		s.addTok(Phone, k, e, priGeneric) // ten digits after a name, a valid US number: their phone ("Ana Ruiz 6175550142 after 3")
		return
	}
	if e == k && t.nd == 8 && int(t.e-t.s) == 8 && validPlainDate(s.b[t.s:t.e]) {
		return // eight digits that read as a whole date are the person's birth date: the date pass's ("rashid k. field, 05281948, ...")
	}
	s.addTok(MRN, k, e, priGeneric)
}

// recordBeforeName takes a record-shaped value that opens the line right
// before a name, bare or in code quotes: a worklist's "`92-51-582`
// ANDERSEN, LINH - need ROI", "86991433 malhotra, keisha".
func (s *scanner) recordBeforeName(i int) {
	k := i - 1
	if s.is(k, '`') {
		k--
	}
	if k < 0 || s.toks[k].punct || s.toks[k].na != 0 {
		return
	}
	// the value's first token: back over digit groups
	st := k
	for st >= 2 && (s.is(st-1, '-') || s.is(st-1, '.')) && s.toks[st-1].sp == 0 && s.toks[st].sp == 0 && s.toks[st-2].nd > 0 && s.toks[st-2].na == 0 {
		st -= 2
	}
	if s.is(st-1, '`') {
		st--
	}
	if !(st == 0 || s.toks[st].sp == 2 || s.is(st-1, '>')) {
		return // not the line's first word
	}
	v0 := st
	if s.is(v0, '`') {
		v0++
	}
	e, ok := s.idValue(v0, false)
	if !ok || e != k {
		return
	}
	v := s.b[s.toks[v0].s:s.toks[e].e]
	if !recordShaped(v, len(s.dig)) || len(s.dig) == 10 && validNANP(s.dig) {
		return
	}
	s.addTok(MRN, v0, e, priGeneric)
}

// recordShaped reports a record number's form for a value v of d digits
// that stands next to a name: six to ten digits and nothing but digits
// and their separators, no date, phone or ZIP groups.
func recordShaped(v []byte, d int) bool {
	return d >= 6 && d <= 10 && alnumCount(v) == d && !dateShaped(v) && !phoneGroups(v) && !zipGroups(v)
}

// leadWord reports a capitalised everyday word opening a sentence before a
// capitalised given name or surname: "Called Maria Lopez about her bill",
// "Saw Ana Ruiz in clinic", "Sent Carlos Vega to the ED", or one in
// capitals anywhere before a name in its own case ("DISCHARGED Maria
// Okafor"). Capitalised for its place or its shout, it is no part of the name (a
// word that is also a listed surname, "Price", or a given name in real
// use, "Hope", "Grant", may be: the name pass reads those).
func (s *scanner) leadWord(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct || s.toks[n].nd > 0 || !s.isUpperStart(i) || !s.isUpperStart(n) ||
		isUpperTok(s.b[s.toks[n].s:s.toks[n].e]) {
		return false
	}
	if isUpperTok(s.b[s.toks[i].s:s.toks[i].e]) {
		// a word in capitals before a name in its own case is a status or
		// a shout, wherever it stands: "ASSIGNED Guo, Jean-Pierre",
		// "DISCHARGED Maria Okafor to rehab"
		if s.toks[i].na < 3 {
			return false
		}
	} else if !s.sentenceStart(i) {
		return false
	}
	g := s.gz(i)
	if g.word < 4 || g.sur > 0 || g.given > 0 && (g.word < 11 || g.given > 9) {
		return false
	}
	m := s.gz(n)
	return m.isGiven() || m.sur >= 2
}

// siteWord reports a word at token i that is a host label of a web address
// elsewhere in the message ("Telehealth link: https://telehealth.example.org/...",
// "caringbridge page ... caringbridge.org/visit/..."): the site's name,
// no one's. (A name in an address's path or in an e-mail's local part is
// no host label.)
func (s *scanner) siteWord(i int) bool {
	w := s.w(i)
	if len(w) < 4 || s.toks[i].nd > 0 || strings.IndexByte(s.lo, '.') < 0 {
		return false
	}
	lo := s.lo
	for p := 0; p < len(lo); {
		k := strings.Index(lo[p:], w)
		if k < 0 {
			return false
		}
		k += p
		e := k + len(w)
		p = e
		if k == int(s.toks[i].s) || e >= len(lo) || lo[e] != '.' {
			continue
		}
		if k > 0 && strings.IndexByte("/. <|\n(", lo[k-1]) < 0 {
			continue // inside another word, after an e-mail's "@"
		}
		j := e + 1
		for j < len(lo) && (isAlnum(lo[j]) || lo[j] == '.' || lo[j] == '-') {
			j++
		}
		host := strings.TrimRight(lo[e+1:j], ".")
		d := strings.LastIndexByte(host, '.')
		if host == "" || j < len(lo) && lo[j] == '@' || len(host)-d-1 < 2 || len(host)-d-1 > 10 || !isLetters(host[d+1:]) {
			continue
		}
		if d >= 0 || genericTLDs[host] {
			return true // "telehealth.example.org", "gofundme.com"; not "susan.leblanc at yahoo"
		}
	}
	return false
}

// genericTLDs are the generic top-level domains a site's name is written
// with alone ("gofundme.com"), IANA's original and most used ones.
var genericTLDs = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true, "co": true,
	"us": true, "info": true, "biz": true, "health": true, "care": true, "app": true}

// occHealth name an employee's own health matter at work.
var occHealth = words("occupational", "occ", "rtw", "fmla", "leave", "accommodation", "accommodations")

// lifeDateNames adds the name written right before a birth or death
// date's label (a bracket or a dash between) whose date follows
// it: "Haugen  DOB 06291980", "Mercy Hall (DOB 09/18/2020)", "Mills,Sipho —
// DOB 14-Aug-1954", "estate of holly holiday (dod august 19)". A record of
// one's birth or death is a patient's; the name is one to three words
// written alike, each a given name, a surname or no dictionary word.
func (s *scanner) lifeDateNames() {
	for k := 1; k < len(s.toks); k++ {
		if !(s.birthLabelAt(k) || s.w(k) == "dod") || !s.dateAfterLabel(k, 8) {
			continue
		}
		e := k - 1
		if s.is(e, '(') || s.dashAt(e) {
			e--
		}
		if e < 0 || s.toks[e].punct || s.toks[e+1].sp == 2 {
			continue
		}
		upper := s.isUpperStart(e)
		st := e
		for st > 0 && e-st < 2 && s.toks[st].sp == 1 && s.lifeNameWord(st-1, upper) {
			st--
		}
		for st <= e && !s.lifeNameWord(st, upper) {
			st++
		}
		if st > e || s.claimed(int(s.toks[st].s), int(s.toks[e].e)) {
			continue
		}
		s.addName(st, e)
	}
}

// dateAfterLabel reports a date candidate that starts less than gap bytes
// after the label at token k.
func (s *scanner) dateAfterLabel(k, gap int) bool {
	t := s.toks[k]
	for _, d := range s.dates {
		if d.s > t.s && int(d.s-t.e) < gap {
			return true
		}
	}
	return false
}

// lifeNameWord reports a word at token k that can be part of a name
// written before a birth date: cased as the name's last word; capitalised,
// a given name, a surname no everyday word or no dictionary word; in small
// letters, a given name or a surname of the lists that is no everyday
// word; never an acronym or a word that stops a name.
func (s *scanner) lifeNameWord(k int, upper bool) bool {
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.na < 2 || s.isUpperStart(k) != upper || s.capsWordIn(k, k) ||
		s.inAny(k, capStop, stopLower, honorifics, staffBefore, relatives, clinicalWords, monthSet, weekdays) {
		return false
	}
	g := s.gz(k)
	if upper {
		if g.isCommonWord() && (k == 0 || t.sp == 2 || s.is(k-1, '.') || s.is(k-1, '!') || s.is(k-1, '?')) {
			return false // a sentence's first word: "Real DOB 12/06/1987"
		}
		return g.isGiven() || g.sur > 0 && !g.isCommonWord() || !g.isWord() && t.lex == 0
	}
	return lowerGiven(g) || g.sur >= 2 && !g.isCommonWord()
}

// streetPreps come before a street's name: "on Summer Street", "off Elm
// Lane", "the Walnut Street entrance".
var streetPreps = words("on", "at", "off", "to", "from", "near", "of", "down", "up", "along", "onto", "via", "past", "cross", "and", "the", "in")

// streetSurnameNames adds a given name and a street's word that the census
// holds as a surname ("Street", "Lane") in a message about someone's care:
// "Sven Street, DOB ...", "patient Marcus Street's car", "Lorraine Street
// in 40B". The name pass stops at such words (capStop), as they end
// streets; no house number or a street's preposition is before the given
// name, and the name closes after the street's word (nameClosed), which
// no organisation's or facility's word follows.
func (s *scanner) streetSurnameNames(m nameMsg) {
	if !m.ctx || m.biz || !s.mentions(streetSuffix) {
		return
	}
	for k := 1; k < len(s.toks); k++ {
		if !s.in(k, streetSuffix) || !s.in(k, capStop) || !s.titleCase(k) || s.toks[k].sp != 1 ||
			!(s.gz(k).sur > 0 || censusSurnames()[s.w(k)]) {
			continue
		}
		i := k - 1
		gi := s.gz(i)
		if s.toks[i].punct || s.toks[i].nd > 0 || !s.titleCase(i) || !gi.isGiven() || gi.isCommonWord() && gi.given < gi.word ||
			i > 0 && (s.toks[i-1].nd > 0 || s.in(i-1, streetPreps)) {
			continue
		}
		if !s.nameClosed(k+1) || s.inAny(k+1, orgWords, facilityWords) || s.claimed(int(s.toks[i].s), int(s.toks[k].e)) {
			continue
		}
		s.addName(i, k)
	}
}

// fieldKeyWord reports a one-word candidate i..end that opens its line and
// is glued to a colon after it, an everyday word that is no given name as
// often as a word and no common surname: a record's key ("Reason: wants
// an itemized bill"), not a census line's name ("Price: 94 yo f").
func (s *scanner) fieldKeyWord(i, end int) bool {
	if end != i || i > 0 && s.toks[i].sp != 2 || !s.is(i+1, ':') || s.toks[i+1].sp != 0 {
		return false
	}
	g := s.gz(i)
	return g.isCommonWord() && g.given < g.word+6 && g.sur < 3
}
