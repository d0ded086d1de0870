package phi

// Colleague or patient, from the candidate's clause (name model features).
// In requests to the assistant people name colleagues, board members,
// vendors, donors and physicians at work far more often than patients, in
// frames of work: a role near the name ("our new VP of Finance, X", "the
// chair of Surgery (Dr. X)", "X, the vendor's rep"), a meeting or a message
// whose party the person is ("1:1 with X", "reply to X", "loop in X"), a
// work object they own ("X's deck", "X's team"), a firm after the name ("X at
// Philips"). A patient's clause has clinical or patient words instead. The
// words of the clause, not of the whole message, decide: an executive's
// request about sepsis numbers names a colleague, the health words elsewhere
// in it notwithstanding. The lists are maps, not lexicon lists, so that
// their words ("Lead", "Head", "Dean") stay unlisted for the name pass.

// bizRoles are business and administrative roles (clinical titles are
// not: a nurse or a doctor is named with patients as often as without).
var bizRoles = small("vp", "svp", "evp", "avp", "ceo", "cfo", "coo", "cmo", "cno", "cio", "cto", "cmio", "cqo",
	"chro", "cco", "president", "director", "directors", "manager", "managers", "chair", "chairs", "chairman",
	"chairwoman", "chairperson", "board", "trustee", "trustees", "counsel", "attorney", "lawyer", "paralegal",
	"vendor", "vendors", "rep", "reps", "representative", "consultant", "consultants", "liaison", "investigator",
	"auditor", "auditors", "surveyor", "surveyors", "inspector", "regulator", "recruiter", "candidate", "donor",
	"donors", "sponsor", "contractor", "staffer", "officer", "coordinator", "supervisor", "assistant", "analyst",
	"engineer", "contact", "executive", "exec", "execs", "controller", "treasurer", "dean", "provost", "founder",
	"buyer", "broker", "adjuster", "lobbyist", "reporter", "journalist", "editor", "producer", "architect",
	"planner", "steward", "union", "committee", "council", "ombudsman", "colleague", "coworker", "boss", "head",
	"lead", "chief", "hr", "finance", "procurement", "legal", "compliance", "payroll", "leadership", "hire",
	"cochair", "co-chair", "secretary", "admin", "administrator", "vice", "senator", "mayor",
	"congressman", "congresswoman", "commissioner", "alderman", "councilor")

// workFrame are meetings, messages and work documents whose party is the
// person named a few words later ("a sync with X", "reply to X", "the deck
// for X", "invite X"). Booking and calling are left out: patients are
// booked and called back.
var workFrame = small("meet", "meeting", "meetings", "sync", "huddle", "debrief", "lunch", "dinner", "breakfast",
	"coffee", "drinks", "catch-up", "check-in", "touchbase", "reply", "respond", "forward", "fwd", "invite",
	"invitation", "loop", "cc", "bcc", "ping", "slack", "dm", "intro", "introduce", "introduction", "zoom",
	"teams", "webex", "memo", "agenda", "deck", "minutes", "offer", "contract", "interview", "onboarding",
	"one-on-one", "1on1", "thank-you", "congratulate", "congrats", "kudos", "regrets", "rsvp", "calendar",
	"delegate", "escalate", "cc'd", "looped", "draft", "redlines", "proposal", "signature", "approval",
	"approvals", "invites", "thank", "note")

// workNouns are things a colleague owns at work: "X's team", "X's deck".
var workNouns = small("team", "office", "calendar", "assistant", "deck", "slides", "presentation", "laptop", "ipad",
	"computer", "desktop", "monitor", "badge", "login", "credentials", "creds", "inbox", "contract", "budget",
	"report", "memo", "proposal", "department", "dept", "group", "staff", "direct", "retirement", "promotion",
	"offer", "expense", "expenses", "travel", "flight", "hotel", "desk", "signature", "approval", "sign-off",
	"talk", "lecture", "keynote", "resume", "cv", "project", "campaign", "org", "division", "service",
	"practice", "schedule", "availability", "ooo", "leave", "pto", "farewell", "reception",
	"analysis", "dashboard", "numbers", "spreadsheet", "draft", "edits", "comments", "feedback", "notes")

// nameClauseEnd reports a token that ends a name's clause: a sentence
// mark (not the dot of a title or an initial) or a semicolon.
func (s *scanner) nameClauseEnd(k int) bool {
	t := s.toks[k]
	if !t.punct {
		return false
	}
	switch s.b[t.s] {
	case '!', '?', ';', '|':
		return true
	case '.':
		p := k - 1
		if p < 0 || s.toks[p].punct {
			return true
		}
		if s.toks[p].e-s.toks[p].s == 1 || s.inAny(p, honorifics, staffBefore) {
			return false // an initial, "Dr.", "Mrs."
		}
		// "St. Brigid's", "Mt. Auburn": a short capitalised abbreviation
		// before a capitalised word
		return !(s.toks[p].e-s.toks[p].s <= 3 && s.isUpperStart(p) && k+1 < len(s.toks) && s.toks[k+1].sp == 1 && s.isUpperStart(k+1))
	}
	return false
}

// clauseWords calls f on each word of the candidate i..end's clause, up to
// n words before it and n after, nearest first on each side, with its
// distance (1 is next to the name); f returns false to stop on that side.
func (s *scanner) clauseWords(i, end, n int, f func(k, d int) bool) {
	for _, step := range [2]int{-1, 1} {
		k := i - 1
		if step > 0 {
			k = end + 1
		}
		for d := 0; k >= 0 && k < len(s.toks) && d < n; k += step {
			// a line break on the name's side of k ends the clause
			if s.toks[max(k, k-step)].sp == 2 || s.nameClauseEnd(k) {
				break
			}
			if s.toks[k].punct {
				continue
			}
			d++
			if !f(k, d) {
				break
			}
		}
	}
}

// clinicalWord reports a word that puts a patient or a health matter in a
// clause: health words, procedures, illnesses and drugs, patient words.
func (s *scanner) clinicalWord(k int) bool {
	if s.isUpperStart(k) && k > 0 && !s.sentenceStart(k) && (s.isUpperStart(k-1) && !s.toks[k-1].punct || s.w(k-1) == "of") {
		return false // a department's or a facility's name: "Director of Nursing", "the Wakefield SNF"
	}
	if s.inAny(k, healthWords, patientTrig) && !s.in(k, honorifics) && s.w(k) != "name" && s.w(k) != "named" {
		return true
	}
	t := s.toks[k]
	if s.in(k, careUnits) && t.na > 1 && isUpperTok(s.b[t.s:t.e]) {
		return true // "in our ED", "to PACU" (in capitals: not "or", "mom")
	}
	return s.clinical(k) || t.lex == 0 && t.nd == 0 && conditionWords[s.w(k)]
}

// colleagueFacts are what the candidate's clause says of a colleague:
// a role (role), a meeting or message whose party it is (frame), a
// clinical word or a patient's identifier (clin), a work object it owns
// (poss), a firm or a department after it (firm) and a patient's state
// after that (patient).
type colleagueFacts struct {
	role, frame, clin, poss, firm, patient bool
}

// workAfter returns the facts read right after the candidate i..end, a
// few tokens each: poss, firm and patient.
func (s *scanner) workAfter(i, end int) colleagueFacts {
	var c colleagueFacts
	c.poss = s.possessive(end) && s.tokIn(end+3, &workNouns)
	if fe := s.firmAfter(end); fe > 0 {
		c.firm = true
		c.patient = s.patientAfter(fe)
	}
	return c
}

// clauseWork walks the candidate's clause for the facts read there: role,
// frame and clin.
func (s *scanner) clauseWork(i, end int) (role, frame, clin bool) {
	clin = s.clauseRecordID(i, end) || s.pronounClinical(end)
	s.clauseWords(i, end, 10, func(k, d int) bool {
		clin = clin || s.clinicalWord(k)
		if d > 6 {
			return !clin // (past 6 words only clin is read)
		}
		role = role || s.tokIn(k, &bizRoles) && s.roleOf(k, i, end)
		if k < i && d <= 4 && !frame && (s.tokIn(k, &workFrame) || s.oneOnOne(k)) {
			frame = true
			w := s.w(k)
			for j := k + 1; j < i; j++ {
				if s.inAny(j, relatives, kinPlural, patientTrig) && !s.in(j, honorifics) {
					frame = false // "a meeting with the son of X", "reply to the pt X"
				}
				if s.toks[j].punct && !s.is(j, '@') && !s.is(j, '<') && !(s.is(j, ':') && j == k+1 && (w == "cc" || w == "bcc" || w == "fwd")) {
					frame = false // a heading ("Falls huddle: X, 70, ..."), not the party of a meeting
				}
			}
		}
		return true
	})
	return role, frame, clin
}

// add adds the features of the facts to fb; ctx is the message's patient
// context (nameMsg.ctx).
func (c colleagueFacts) add(fb *features, ctx bool) {
	var buf [maxColleagueFeatures]uint16
	for _, k := range c.features(buf[:0], ctx, fb.has(fColleaguePatient)) {
		fb.add(int(k))
	}
}

// features appends the features of the facts to f, in the order they are
// added; had is whether the candidate has fColleaguePatient already.
func (c colleagueFacts) features(f []uint16, ctx, had bool) []uint16 {
	if c.role {
		f = append(f, fRoleNear)
	}
	if c.frame {
		f = append(f, fWorkFrame)
	}
	if c.clin {
		f = append(f, fClauseClinical)
	}
	if c.poss {
		f = append(f, fWorkPossessive)
	}
	if c.firm {
		f = append(f, fOrgAfter)
		if c.patient && !had {
			f = append(f, fColleaguePatient) // "X from Registration was admitted"
		}
	}
	switch work := c.role || c.frame || c.poss || c.firm; {
	case work && c.clin:
		f = append(f, fWorkClinical) // a colleague as a patient ("X from Registration was admitted"), or at work on a clinical matter
	case work && ctx:
		f = append(f, fWorkFar) // the health words or identifiers that make the message a patient's are in another clause
	}
	return f
}

// clauseRecordID reports a patient's identifier (a record number, a plan
// id, an SSN) in the sentence of the candidate i..end, a few words from it.
func (s *scanner) clauseRecordID(i, end int) bool {
	lo, hi := int(s.toks[i].s), int(s.toks[end].e)
	for k, n := i-1, 0; k >= 0 && n < 12 && !s.nameClauseEnd(k) && s.toks[k+1].sp < 2; k, n = k-1, n+1 {
		lo = int(s.toks[k].s)
	}
	for k, n := end+1, 0; k < len(s.toks) && n < 12 && !s.nameClauseEnd(k) && s.toks[k].sp < 2; k, n = k+1, n+1 {
		hi = int(s.toks[k].e)
	}
	for _, c := range s.cands {
		if (c.t == MRN || c.t == HealthPlanID || c.t == SSN) && c.s >= lo && c.e <= hi {
			return true
		}
	}
	return false
}

// roleFill are the words that may stand between a role and the name it
// describes: "our new VP of Finance, X", "X, the interim CFO", "the vendor's
// rep is X".
var roleFill = small("the", "our", "a", "an", "my", "your", "their", "his", "her", "new", "interim", "acting",
	"incoming", "outgoing", "former", "senior", "sr", "associate", "deputy", "assistant", "vice", "executive",
	"of", "for", "at", "is", "was", "s", "member", "members", "and", "&", "general", "medical", "nursing")

// roleOf reports a role word at token k that describes the candidate
// i..end: only punctuation, capitalised words (a department, a firm) and
// the words of roleFill between them, so that the role of someone else
// in the clause ("the CEO wants to call X") is not X's.
func (s *scanner) roleOf(k, i, end int) bool {
	a, b := k+1, i
	if k > end {
		a, b = end+1, k
	}
	for j := a; j < b; j++ {
		if s.toks[j].punct || s.tokIn(j, &roleFill) || s.tokIn(j, &bizRoles) || s.isUpperStart(j) && !s.sentenceStart(j) {
			continue
		}
		return false
	}
	return true
}

// pronounClinical reports clinical words in the sentence after the
// candidate's clause when that sentence is about the person: "donor X is
// off — he's in our ED with chest pain", "X called. She fell again".
func (s *scanner) pronounClinical(end int) bool {
	k := end + 1
	for n := 0; k < len(s.toks) && n < 8 && !s.nameClauseEnd(k) && !s.is(k, '-') && s.toks[k].sp < 2; k++ {
		if !s.toks[k].punct {
			n++
		}
	}
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return false
	}
	k++
	if w := s.w(k); w != "he" && w != "she" {
		return false
	}
	for n := 0; k < len(s.toks) && n < 10 && !s.nameClauseEnd(k) && s.toks[k].sp < 2; k++ {
		if !s.toks[k].punct {
			n++
			if s.clinicalWord(k) {
				return true
			}
		}
	}
	return false
}

// oneOnOne reports the last token of "1:1" at token k.
func (s *scanner) oneOnOne(k int) bool {
	return k >= 2 && s.w(k) == "1" && s.is(k-1, ':') && s.w(k-2) == "1" && s.toks[k].sp == 0 && s.toks[k-1].sp == 0
}

// firmAfter returns the last token of a firm or a department named right
// after the candidate ending at token end, or 0: "X at Philips", "X from
// Premier", "X (Radiology)", "X @ Epic".
func (s *scanner) firmAfter(end int) int {
	k := end + 1
	w := s.w(k)
	paren := w == "(" && s.is(k+2, ')')
	if paren {
		k++
	} else if w == "at" || w == "from" || s.is(k, '@') && s.toks[k].sp == 1 {
		k++
		if s.w(k) == "the" {
			k++
		}
	} else {
		return 0
	}
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].sp == 2 || s.toks[k].e-s.toks[k].s < 2 ||
		s.addressAt(int(s.toks[k].s)) {
		return 0
	}
	if !s.in(k, deptWords) && !s.in(k, orgWords) &&
		!(s.isUpperStart(k) && !s.gz(k).place && !s.inAny(k, careUnits, relatives, healthWords)) {
		return 0
	}
	if paren {
		return k + 1
	}
	for k+1 < len(s.toks) && s.toks[k+1].sp == 1 && !s.toks[k+1].punct && s.isUpperStart(k+1) {
		k++ // the rest of the firm's name: "from Boston Scientific"
	}
	return k
}

// employeeCase reports a word of employeeHealth that is not a department's
// name: "the chair of Surgery", "from Surgery" name where a colleague
// works, "her surgery" a case.
func (s *scanner) employeeCase() bool {
	for k := range s.toks {
		if !s.in(k, employeeHealth) {
			continue
		}
		if s.isUpperStart(k) && !s.sentenceStart(k) && (s.inAny(k-1, placePreps) || s.is(k-1, '(')) {
			continue
		}
		return true
	}
	return false
}

// has reports whether feature k is active.
func (fb *features) has(k int) bool {
	for _, x := range fb.f[:fb.n] {
		if int(x) == k {
			return true
		}
	}
	return false
}

// addressAt reports an address (found or pending) that covers folded
// offset p: "a letter to X at P.O. Box 12" names no firm.
func (s *scanner) addressAt(p int) bool {
	for _, cs := range [2][]cand{s.cands, s.pendingPerson} {
		for _, c := range cs {
			if c.t == Address && c.s <= p && p < c.e {
				return true
			}
		}
	}
	return false
}
