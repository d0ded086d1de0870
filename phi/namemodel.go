package phi

// The name model decides whether a candidate name span with no patient or
// relative trigger is PHI. It is a logistic regression over general
// features: what the gazetteers say about the first and last word (given
// name frequency, surname list, English word frequency), the span's shape,
// the classes of the neighbouring words (staff titles, colleague verbs,
// organisations, patient verbs), those words themselves (hashed: "extubated
// X", "collected", "on Mr. X" need no list) and the rest of the message
// (health words, identifiers, health dates, business words, a patient's
// event or a clinical term). Weights are learned offline
// (go generate; see namemodel_train_test.go and README.md) from a
// generated corpus and the tuning halves of the blind and generated
// corpora, and embedded in namemodel_weights.go.

//go:generate go test -run TestTrainNameModel -train gen .

import (
	"math"
	"slices"
	"strconv"
)

// Name model features.
const (
	fBias = iota
	fGiven0
	fGiven1
	fGiven2
	fGiven3
	fGiven4
	fSur0
	fSur1
	fSur2
	fSur3
	fWord0
	fWord1
	fWord2
	fWord3
	fWord4
	fWord5
	fLGiven0
	fLGiven1
	fLGiven2
	fLGiven3
	fLGiven4
	fLSur0
	fLSur1
	fLSur2
	fLSur3
	fLWord0
	fLWord1
	fLWord2
	fLWord3
	fLWord4
	fLWord5
	fNW1
	fNW2
	fNW3
	fUpper
	fAllCaps
	fLower
	fSentStart
	fInverted
	fPrevStaff
	fPrevColleagueVerb
	fPrevOrg
	fPrevPrep
	fPrevThe
	fPrevMarkup
	fPrevNone
	fPrevHonorific
	fPrevPronoun
	fPrevComma
	fNextFollowCue
	fStaffAfter
	fOrgLike
	fDeptAfter
	fPatientAfter
	fPossessive
	fNextComma
	fNextParen
	fNextColon
	fNextFamily
	fNextName
	fNextEnd
	fHealth
	fIDs
	fHealthDate
	fBiz
	fStaffEvent
	fCtx
	fCtxKnown
	fCtxNW2
	fNoCtxNW2
	fCtxLower
	fAfterIDField
	fPlace
	fEmployeeHealth
	fUnknown1
	fPatientClause
	fInvertedGiven
	fNoGazName
	fPrevAnd
	fKinBefore
	fListAfterName
	fNextDet
	fFamilyBiz
	fColleaguePatient
	fDrug
	fKinAfter
	fInitial
	// case-free features (name_casefree.go)
	fShort
	fPrevIn
	// care context (name_context.go)
	fRoomAfter
	fRoomBefore
	fPrevCare
	fPrevCall
	fPossCare
	fStateAfter
	fNickAfter
	fPronounAfter
	fDashClinical
	// colleague or patient from the clause (name_colleague.go)
	fRoleNear
	fWorkFrame
	fClauseClinical
	fWorkPossessive
	fOrgAfter
	fWorkClinical
	fWorkFar
	// a firm or a place after a person ("X at Y", "Dr. X from Y")
	fAfterPersonAt
	// a message with no health word that names a patient's event or a
	// clinical term ("TB test placed", "waiting on CT", "hemolyzed")
	fEventMsg
	fClinMsg
	// character model of name-likeness for unlisted words (name_chars.go)
	fChar0
	fChar1
	fChar2
	fChar3
	fLChar0
	fLChar1
	fLChar2
	fLChar3
	// the first or last word is a function word of another language
	// ("llamó su", "sa fille": foreign_cues.go)
	fForeignFirst
	fForeignLast
	// the first or last word is a frequent census surname that the
	// surname table leaves out as a given name or a word ("Saleh",
	// "Roe": censusSurnames)
	fSurCensus
	fLSurCensus
	// the words next to the candidate themselves, hashed into buckets:
	// the word before, the word after, the one after that, the one two
	// before, and (in one bucket set, in no order) the content words of
	// the three words before those and the three after
	// and (one bucket set) the message's words: its topic (msgWords),
	// and (one bucket set) the two words before and the two after, as
	// pairs ("contact is", "(our lead")
	fHash
	nNameFeatures = fHash + 7*nameHashBuckets
)

// nameHashBuckets is the number of buckets of each hashed context word.
const nameHashBuckets = 4096

// nameBaseNames name the base features in the weights file.
var nameBaseNames = [fHash]string{
	"bias", "given0", "given1", "given2", "given3", "given4", "sur0", "sur1", "sur2", "sur3",
	"word0", "word1", "word2", "word3", "word4", "word5",
	"lgiven0", "lgiven1", "lgiven2", "lgiven3", "lgiven4", "lsur0", "lsur1", "lsur2", "lsur3",
	"lword0", "lword1", "lword2", "lword3", "lword4", "lword5",
	"nw1", "nw2", "nw3", "upper", "allcaps", "lower", "sentstart", "inverted",
	"prev_staff", "prev_colleague_verb", "prev_org", "prev_prep", "prev_the", "prev_markup", "prev_none",
	"prev_honorific", "prev_pronoun", "prev_comma",
	"next_followcue", "staff_after", "org_like", "dept_after", "patient_after", "possessive", "next_comma",
	"next_paren", "next_colon", "next_family", "next_name", "next_end",
	"health", "ids", "health_date", "biz", "staff_event", "ctx", "ctx_known", "ctx_nw2", "noctx_nw2", "ctx_lower",
	"after_id_field", "place", "employee_health", "unknown1", "patient_clause", "inverted_given", "no_gaz_name",
	"prev_and", "kin_before", "list_after_name", "next_det", "family_biz",
	"colleague_patient", "drug", "kin_after", "initial",
	"short", "prev_in",
	"room_after", "room_before", "prev_care", "prev_call", "poss_care", "state_after", "nick_after", "pronoun_after",
	"dash_clinical",
	"role_near", "work_frame", "clause_clinical", "work_possessive", "org_after", "work_clinical", "work_far",
	"after_person_at",
	"event_msg", "clin_msg",
	"char0", "char1", "char2", "char3", "lchar0", "lchar1", "lchar2", "lchar3",
	"foreign_first", "foreign_last",
	"sur_census", "lsur_census",
}

// nameFeatureNames name the features in the weights file: the base
// features, then the hashed words' buckets ("prev#17").
var nameFeatureNames = func() (n [nNameFeatures]string) {
	copy(n[:], nameBaseNames[:])
	for i, slot := range [...]string{"prev#", "next#", "next2#", "prev2#", "near#", "msg#", "pair#"} {
		for b := range nameHashBuckets {
			n[fHash+i*nameHashBuckets+b] = slot + strconv.Itoa(b)
		}
	}
	return n
}()

// hashWord is the bucket of the word at token k (its lower case; a
// punctuation token is its byte; past either end of the message "").
// A token with digits is its shape: a number ("14", "2024") or a code
// ("14c", "4w"), never the number itself, which says nothing twice.
func (s *scanner) hashWord(k int) int {
	if uint(k) < uint(len(s.toks)) && s.toks[k].nd > 0 {
		if s.toks[k].na == 0 {
			return numberBucket
		}
		return codeBucket
	}
	if uint(k) < uint(len(s.toks)) && s.toks[k].punct && s.b[s.toks[k].s] == '_' && s.emphasisMark(k) {
		return starBucket // Slack's _italics_ mark a name as its *bold* does
	}
	return int(fnv(s.w(k)) % nameHashBuckets)
}

// starBucket is the bucket of "*".
var starBucket = int(fnv("*") % nameHashBuckets)

// emphasisMark reports an underscore at token k that opens or closes
// Slack's italics: at a word's edge, not inside one ("j_smith").
func (s *scanner) emphasisMark(k int) bool {
	open := (k == 0 || s.toks[k].sp > 0 || s.toks[k-1].punct) && k+1 < len(s.toks) && s.toks[k+1].sp == 0 && !s.toks[k+1].punct
	closing := k > 0 && !s.toks[k-1].punct && (k+1 >= len(s.toks) || s.toks[k+1].sp > 0 || s.toks[k+1].punct)
	return open || closing
}

// pairBucket is the bucket of the words at tokens a and b together, on
// one side (slot) of the candidate: a phrase says what neither word
// does alone ("contact is", "is covering", "(our lead").
func (s *scanner) pairBucket(a, b, slot int) int {
	x := uint32(s.hashWord(a))<<16 | uint32(s.hashWord(b))<<2 | uint32(slot)
	x *= 0x9e3779b1
	return int(x >> (32 - 12)) // nameHashBuckets = 1<<12
}

var (
	numberBucket = int(fnv("0") % nameHashBuckets)
	codeBucket   = int(fnv("0a") % nameHashBuckets)
)

// addNear adds the near-word bucket of token k, a word further from the
// candidate: a content word only (the commonest words, "the", "with",
// "about", and punctuation say little out of place).
func (s *scanner) addNear(fb *features, k int) {
	if s.toks[k].punct || s.gz(k).word >= 15 {
		return
	}
	fb.add(fHash + 4*nameHashBuckets + s.hashWord(k))
}

// maxMsgWords bounds the message words a candidate carries.
const maxMsgWords = 40

// msgWords returns the buckets of the message's topic words, each once:
// the dictionary words that are no everyday function word and no given
// name or common surname ("chemo", "discharge", "budget", "vendor"). What
// the message is about, learned word by word, tells a patient from a
// colleague where a cue list would say "health" or "business" for the
// whole message.
func (s *scanner) msgWords() []uint16 {
	if s.bagged {
		return s.msgBag
	}
	s.bagged = true
	bag := s.msgBag[:0]
	for k := range s.toks {
		t := &s.toks[k]
		if t.punct || t.nd > 0 || t.na < 3 {
			continue
		}
		g := s.gz(k)
		if g.word == 0 || g.word >= 15 || g.isGiven() || g.sur >= 3 {
			continue
		}
		b := uint16(fHash + 5*nameHashBuckets + int(fnv(s.w(k))%nameHashBuckets))
		if !slices.Contains(bag, b) {
			bag = append(bag, b)
			if len(bag) == maxMsgWords {
				break
			}
		}
	}
	s.msgBag = bag
	return bag
}

func givenBin(g gaz) int {
	switch {
	case g.given == 0:
		return 0
	case g.given < 8:
		return 1
	case g.given < 13:
		return 2
	case g.given < 17:
		return 3
	}
	return 4
}

func wordBin(g gaz) int {
	switch {
	case g.word == 0:
		return 0
	case g.word == 1:
		return 1
	case g.word < 6:
		return 2
	case g.word < 9:
		return 3
	case g.word < 12:
		return 4
	}
	return 5
}

var prepWords = words("to", "for", "from", "with", "by", "at", "re", "about", "regarding", "on", "of")

// kinPlural are relatives in the plural ("her parents, X and Y").
var kinPlural = words("parents", "sons", "daughters", "kids", "children", "grandchildren", "grandparents",
	"siblings", "brothers", "sisters", "cousins", "twins", "relatives", "family")

// staffPlural name colleagues in the plural: "the nurses Glen and Ana".
var staffPlural = words("nurses", "doctors", "docs", "physicians", "surgeons", "residents", "interns", "techs",
	"technicians", "therapists", "pharmacists", "aides", "colleagues", "coworkers", "co-workers", "managers",
	"directors", "staffers", "volunteers", "chaplains", "attendings", "fellows", "hospitalists")

// determiners after a candidate: an object after a verb ("chase the
// hotel") or a time after a name ("saw Ana this morning").
var determiners = words("the", "a", "an", "this", "that", "these", "those", "every", "each", "some", "any")

var pronouns = words("her", "his", "my", "our", "their", "your")

// joinedGaz looks up a name joined by an apostrophe as written
// ("o'brien"), run together ("obrien", "deshawn" for "de'shawn") or as the
// part after a one-letter head ("andre" for "d'andre"): the first form
// that is a surname (sur) or a given name (!sur), else the first that is
// the other.
func joinedGaz(w string, sur bool) gaz {
	gz := gazetteer()
	var forms [3]gaz
	forms[0] = gz.lookup(w)
	k := 1
	for k+1 < len(w) && w[k] != '\'' {
		k++
	}
	if k+1 < len(w) && len(w) <= 64 {
		var buf [64]byte
		forms[1] = gz.lookupBytes(append(append(buf[:0], w[:k]...), w[k+1:]...))
		if k == 1 {
			forms[2] = gz.lookup(w[2:])
		}
	}
	for pass := 0; pass < 2; pass++ {
		for _, g := range forms {
			if (pass == 0) == sur && g.sur > 0 || (pass == 0) != sur && g.isGiven() {
				return g
			}
		}
	}
	return forms[0]
}

// nameGz is what the gazetteers say of the surname at token k, joined
// over an apostrophe ("O'Brien", "D'Souza").
func (s *scanner) nameGz(k int) gaz {
	if k+2 < len(s.toks) && s.is(k+1, '\'') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 && !s.toks[k+2].punct {
		return joinedGaz(s.lo[s.toks[k].s:s.toks[k+2].e], true)
	}
	return s.gz(k)
}

// nameMsg is what the name model needs to know about the whole message.
type nameMsg struct {
	ctx, drug, biz, ids, staffEvent bool
	// event and clin: with no health context, a patient's event
	// (healthDateWords) or a clinical term (clinicalTerms) is named
	event, clin bool
}

// candidateFeatures appends the active features of the candidate i..end
// (nw name words) to fb, all but those of its clause (colleagueFacts),
// which nameAbove adds.
func (s *scanner) candidateFeatures(fb *features, i, end, nw int, m nameMsg) {
	add := func(k int) { fb.add(k) } // (a closure the compiler inlines, unlike a method value)
	add(fBias)
	first := i
	if s.toks[i].e-s.toks[i].s == 1 && i < end && !(s.is(i+1, '\'') && s.toks[i+1].sp == 0) {
		// "J. Whitfield": the initial is how people are written, the word
		// after it says which word is the name
		add(fInitial)
		first++
		if s.is(first, '.') && first < end {
			first++
		}
	}
	g := s.gz(first)
	// (a name word joined over "-" or "'": nameWord goes past first only
	// after one, so the test of the next token comes first)
	if first+1 < len(s.toks) && (s.is(first+1, '-') || s.is(first+1, '\'')) && s.toks[first+1].sp == 0 {
		if l, ok := s.nameWord(first, true); ok && l > first {
			g = joinedGaz(firstPart(s.lo[s.toks[first].s:s.toks[l].e]), nw == 1)
		}
	}
	add(fGiven0 + givenBin(g))
	add(fSur0 + int(min(g.sur, 3)))
	if g.sur == 0 && censusSurnames()[s.w(first)] {
		add(fSurCensus)
	}
	add(fWord0 + wordBin(g))
	if foreignStop[s.w(first)] {
		add(fForeignFirst)
	}
	// a word no list holds: how much its letters look like a name's
	if b := charBin(s.w(first), g); b >= 0 {
		add(fChar0 + b)
	}
	lastNameless := true
	if nw >= 2 {
		lh := s.lastHead(i, end)
		lg := s.nameGz(lh)
		if b := charBin(s.w(lh), lg); b >= 0 && lh != first {
			add(fLChar0 + b)
		}
		add(fLGiven0 + min(givenBin(lg), 2)) // coarse: a surname is often a given name too
		add(fLSur0 + int(min(lg.sur, 3)))
		if lg.sur == 0 && lh != first && censusSurnames()[s.w(lh)] {
			add(fLSurCensus)
		}
		add(fLWord0 + wordBin(lg))
		lastNameless = lg.given == 0 && lg.sur == 0
		if foreignStop[s.w(lh)] {
			add(fForeignLast)
		}
	}
	add(fNW1 + min(nw, 3) - 1)
	if g.given == 0 && g.sur == 0 {
		if nw == 1 {
			add(fUnknown1)
		} else if lastNameless {
			add(fNoGazName)
		}
	}
	upper := s.isUpperStart(i)
	s.caseFreeFeatures(fb, i, first, nw)
	s.contextFeatures(fb, i, end)
	switch {
	case !upper:
		add(fLower)
	case isUpperTok(s.b[s.toks[i].s:s.toks[i].e]) && s.toks[i].e-s.toks[i].s > 1 && !s.shouted():
		add(fAllCaps) // (in a message in capitals only, a word in capitals is capitalised as any other)
	default:
		add(fUpper)
	}
	if s.sentenceStart(i) {
		add(fSentStart)
	}
	for k := i; k < end; k++ {
		if s.is(k, ',') {
			add(fInverted)
			if s.gz(k + 1).isGiven() {
				add(fInvertedGiven) // "BRANNIGAN, WILLA M", "Walker, Tamsin"
			}
			break
		}
	}
	p := i - 1
	// a surname's particles before the candidate are its own: the word
	// before them is a title's ("Dr. van der Berg", read as "Berg")
	q := p
	for n := 0; n < 3 && q >= 0 && s.toks[q+1].sp == 1 && s.toks[q].na >= 2 && s.tokIn(q, &surnameParticles); n++ {
		q--
	}
	if r := q; q < p && r > 0 {
		if s.is(r, '.') && s.toks[r].sp == 0 {
			r--
		}
		if s.inAny(r, staffBefore, honorifics) {
			p = q
		}
	}
	if p >= 0 && s.is(p, '.') && p > 0 && s.toks[p].sp == 0 {
		p-- // "Dr." "Mr."
	}
	switch {
	case p < 0 || s.toks[i].sp == 2:
		add(fPrevNone)
	case s.toks[p].punct:
		switch s.b[s.toks[p].s] {
		case '@', '<', '|':
			add(fPrevMarkup)
		case ',':
			add(fPrevComma)
		}
	case s.inAny(p, staffBefore, staffPlural):
		add(fPrevStaff)
	case s.in(p, honorifics):
		add(fPrevHonorific)
	case s.w(p) == "and" || s.is(p, '&'):
		add(fPrevAnd) // "X and Y": a list
	case s.in(p, colleagueVerbs):
		add(fPrevColleagueVerb)
	case s.in(p, orgWords):
		add(fPrevOrg)
	case s.in(p, prepWords):
		add(fPrevPrep)
	case s.in(p, pronouns):
		add(fPrevPronoun)
	case s.w(p) == "the":
		add(fPrevThe)
	}
	if s.afterPersonAt(i) {
		add(fAfterPersonAt)
	}
	if p >= 0 {
		add(fHash + s.hashWord(p))
		add(fHash + 3*nameHashBuckets + s.hashWord(p-1))
		for k := p - 2; k >= max(0, p-4); k-- {
			s.addNear(fb, k)
		}
	}
	for k := end + 3; k <= end+5 && k < len(s.toks); k++ {
		s.addNear(fb, k)
	}
	add(fHash + nameHashBuckets + s.hashWord(end+1))
	add(fHash + 2*nameHashBuckets + s.hashWord(end+2))
	if p >= 0 {
		add(fHash + 6*nameHashBuckets + s.pairBucket(p-1, p, 0))
	}
	add(fHash + 6*nameHashBuckets + s.pairBucket(end+1, end+2, 1))
	if s.in(end+1, followCue) {
		add(fNextFollowCue)
	}
	if s.in(end+1, determiners) && s.toks[end+1].sp == 1 {
		add(fNextDet) // "saw Ana this morning", "chase the hotel": the model weighs it
	}
	staffAfter, deptAfter := s.staffAfter(end) || s.orgAppositive(end+1), s.deptAfter(end)
	if staffAfter {
		add(fStaffAfter)
	}
	// a feature of weight zero changes no score: it is computed only for
	// training
	if (s.train != nil || nameWeights[fOrgLike] != 0) && s.orgLike(i, end) {
		add(fOrgLike)
	}
	if deptAfter {
		add(fDeptAfter)
	}
	if s.patientAfter(end) {
		add(fPatientAfter)
	}
	if s.patientClause(end) {
		add(fPatientClause)
		if deptAfter || staffAfter {
			add(fColleaguePatient) // "our own X from Registration was admitted"
		}
	}
	if s.possessive(end) {
		add(fPossessive)
	}
	switch {
	case end+1 >= len(s.toks):
		add(fNextEnd)
	case s.is(end+1, ','):
		add(fNextComma)
	case s.is(end+1, '('):
		add(fNextParen)
	case s.is(end+1, ':'):
		add(fNextColon)
	case s.w(i-1) == "the" && (s.inAny(end+1, relatives, kinPlural) || s.w(end+1) == "boy" || s.w(end+1) == "girl"):
		// "the Hargrove family", "the Kowalski baby", "the Adeyemi twins"
		add(fNextFamily)
		if m.biz {
			add(fFamilyBiz) // "the Hargrove family confirmed 6 seats" at a donor dinner
		}
	case s.w(end+1) == "and" && s.isUpperStart(min(end+2, len(s.toks)-1)):
		add(fNextName)
	}
	if s.health {
		add(fHealth)
	}
	if m.drug {
		add(fDrug) // a medication and no health word: a clinical message, or a pharmacy's business
	}
	if m.ids {
		add(fIDs)
	}
	if s.healthDate {
		add(fHealthDate)
	}
	if m.biz {
		add(fBiz)
	}
	if m.staffEvent {
		add(fStaffEvent)
	}
	if m.ctx {
		add(fCtx)
		if g.isGiven() {
			add(fCtxKnown)
		}
		if nw >= 2 {
			add(fCtxNW2)
		}
		if !upper {
			add(fCtxLower)
		}
	} else {
		if nw >= 2 {
			add(fNoCtxNW2)
		}
		if m.event {
			add(fEventMsg)
		}
		if m.clin {
			add(fClinMsg)
		}
	}
	if s.afterIDField(i) {
		add(fAfterIDField)
	}
	if s.mentions(employeeHealth) && (deptAfter || staffAfter || s.in(p, staffBefore)) && s.employeeCase() {
		add(fEmployeeHealth) // a colleague who is an employee-health case
	}
	if g.place && nw == 1 {
		add(fPlace)
	}
	if s.afterListedName(i) {
		add(fListAfterName) // "Ben Cruz, Maya Cruz, and Eli Stone"
	}
	h := s.listHead(i) // the list's first name carries the relative before it to the others
	for k := h - 1; k >= max(0, h-3); k-- {
		if s.inAny(k, relatives, kinPlural) {
			add(fKinBefore) // "her parents, X and Y", "son - X"
			break
		}
	}
	if s.mentions(relatives) && s.kinAfter(end) {
		add(fKinAfter) // "X's cell: ... (pt's wife)", "X, her daughter,"
	}
	for _, b := range s.msgWords() {
		add(int(b))
	}
}

// listHead returns the first token of a list of names that the
// candidate at token i continues ("Obinna and Adaeze Ekwueme", "Ana,
// Luis and Eva Roe"): up to two earlier items, each of one to three
// words of letters before "and", "&" or a comma; i itself when it
// continues none.
func (s *scanner) listHead(i int) int {
	h := i
	for items := 0; items < 2; items++ {
		p := h - 1
		if p < 1 || !(s.w(p) == "and" || s.is(p, '&') || s.is(p, ',')) {
			break
		}
		k := p - 1
		for n := 0; n < 3 && k >= 0 && !s.toks[k].punct && s.toks[k].nd == 0 && s.toks[k].sp < 2 && !s.inAny(k, relatives, kinPlural) && !s.in(k, stopLower); n++ {
			k--
		}
		if k == p-1 {
			break // no word before the mark
		}
		h = k + 1
	}
	return h
}

// kinAfter reports someone's relative named in the words after a
// candidate ending at token end, in its sentence: "X, his son, called"
// within a few words, or a note in brackets a little further ("X's cell
// 617-... (pt's wife)", "X (daughter)").
func (s *scanner) kinAfter(end int) bool {
	for k := end + 1; k < len(s.toks) && k <= end+8; k++ {
		t := s.toks[k]
		if t.sp == 2 {
			return false
		}
		if t.punct {
			switch s.b[t.s] {
			case '.', '!', '?', ';':
				return false
			case '(':
				for j := k + 1; j < len(s.toks) && j <= k+4 && !s.is(j, ')'); j++ {
					if s.in(j, relatives) {
						return true
					}
				}
				return false
			}
			continue
		}
		if k <= end+6 && s.in(k, relatives) && (s.in(k-1, pronouns) || s.w(k-1) == "s" && s.is(k-2, '\'')) {
			return true
		}
	}
	return false
}

// afterListedName reports a candidate at token i that continues a list
// whose previous item is a name found already: "Ben Cruz, Maya Cruz, and
// Eli Stone", "Orla Quigley (MRN 55019287) and Teodor Lupu".
func (s *scanner) afterListedName(i int) bool {
	if len(s.names) == 0 {
		return false
	}
	if ls := s.lineItem(i); ls >= 0 {
		// one name a line: the line before is a found name and nothing else
		e := ls - 1
		if e < 0 {
			return false
		}
		st := e
		for st > 0 && s.toks[st].sp < 2 {
			st--
		}
		if s.toks[st].punct && st < e {
			if c := s.b[s.toks[st].s]; c == '-' || c == '*' || c == sub {
				st++ // the previous line's bullet
			}
		}
		for _, nm := range s.names {
			if nm.s == int(s.toks[st].s) && nm.e == int(s.toks[e].e) {
				return true
			}
		}
		return false
	}
	k, n := i-1, 0
	for ; k >= 0 && n < 2 && (s.is(k, ',') || s.is(k, '&') || s.is(k, ';') || s.is(k, '/') || s.w(k) == "and"); k-- {
		n++
	}
	if n == 0 || k < 0 {
		return false
	}
	if s.is(k, ')') { // a note after the previous name: "(MRN 55019287)", "(4B)"
		j := s.noteOpen(k)
		if j < 1 {
			return false
		}
		k = j - 1
	}
	e := int(s.toks[k].e)
	for _, nm := range s.names {
		if nm.e == e {
			return true
		}
	}
	return false
}

// lineItem returns the first token of the line of token i, its bullet
// ("-", "*", "•") if it has one, when token i starts the line's text; or -1.
func (s *scanner) lineItem(i int) int {
	b := i
	if b > 0 && s.toks[b].sp < 2 && s.toks[b-1].punct {
		if c := s.b[s.toks[b-1].s]; c == '-' || c == '*' || c == sub {
			b-- // the bullet
		}
	}
	if b != 0 && s.toks[b].sp == 2 {
		return b
	}
	return -1
}

// features is a candidate's list of active features, kept on the stack,
// and the sum of their weights taken in the same order (so z is the
// float32 sum a loop over f[:n] would give).
type features struct {
	f [128]uint16
	n int
	z float32
}

func (fb *features) add(k int) {
	if fb.n < len(fb.f) {
		fb.f[fb.n] = uint16(k)
		fb.n++
		fb.z += nameWeights[k]
	}
}

// nameAbove reports whether the model's log-odds that the candidate
// i..end is PHI exceed thr. The clause features walk the candidate's
// clause (clauseWork, the costliest features), so the walk is left out
// when no outcome of it can carry the score across thr: the other
// features, and the facts read right after the candidate, put most
// candidates far from the threshold. Training (s.train) scores every
// candidate in full.
func (s *scanner) nameAbove(i, end, nw int, m nameMsg, thr float32) bool {
	// late: a candidate below thr may still be taken at thr less the margin
	// once a date is kept (lateNames)
	late := false
	if !s.learning && !s.capsWordIn(i, end) && !s.unlistedLower(i, end) {
		if s.holdsPersonal() {
			thr -= personalMargin
		} else {
			late = true
		}
	}
	var fb features
	s.candidateFeatures(&fb, i, end, nw, m)
	c := s.workAfter(i, end)
	// (a full feature list drops the features added last: the walk decides)
	if s.train == nil && fb.n+maxColleagueFeatures <= len(fb.f) {
		lower := !s.isUpperStart(i)
		z := caseZ(fb.f[:fb.n], fb.z, lower)
		lo, hi := c.scoreRange(m.ctx, fb.has(fColleaguePatient), lower)
		floor := thr
		if late {
			floor = thr - personalMargin
		}
		// (the slack covers the rounding of summing the weights in
		// another order than the full score does)
		if above, below := z+lo > thr+scoreSlack, z+hi <= floor-scoreSlack; above || below {
			s.noteScored(i, end)
			return above
		}
	}
	c.role, c.frame, c.clin = s.clauseWork(i, end)
	c.add(&fb, m.ctx)
	z := s.caseScore(i, end, fb.f[:fb.n], fb.z)
	if late && z <= thr && z > thr-personalMargin {
		s.nearNames = append(s.nearNames, [2]int{i, end})
	}
	return z > thr
}

// maxColleagueFeatures is the most features colleagueFacts.add adds.
const maxColleagueFeatures = 7

// scoreSlack bounds the rounding error of a score summed in another
// order: some 50 float32 weights of magnitude below 10.
const scoreSlack = 1e-3

// personalMargin lowers the threshold of nameAbove for a candidate in a
// message that already holds personal data: an identifier, a contact, an
// age, an address or a name found before it. Such a message is redacted
// whatever the candidate is, so a colleague taken for a patient there costs
// a word of a message the reader already sees redacted, while a missed
// name leaks the person the message is about. Measured on the tune halves
// (testdata/*-tune.jsonl): at 1.0, 0.8 points fewer leaking messages for 0.9
// points of precision; at 1.5 and 2.0 the next points of leak cost three of
// precision. An acronym is left at the model's own threshold ("DC home
// today", "UDI (01)0088...", "**MC*"): capsWordIn. Training examples are
// extracted at the model's own threshold (scanner.learning): trained with
// the margin, the weights passed fewer clean messages of the held-out
// writers.
const personalMargin = 1.0

// holdsPersonal reports a finding already in the message that is neither
// a block (a make and model, a venue) nor a date: the date model decides
// the dates after the names, on whether someone is named, so a date would
// let a colleague in and the colleague the date ("Priya is the new charge
// nurse from March 3").
func (s *scanner) holdsPersonal() bool {
	for _, c := range s.cands {
		if c.t != blockType && c.t != Date {
			return true
		}
	}
	return false
}

// unlistedLower reports a lower-case candidate of two words or more that
// no name list holds a word of ("оплата картой", "pending auth"): the
// margin of a personal message is for a name the lists know or a
// capitalised one; such words stay at the model's own threshold.
func (s *scanner) unlistedLower(i, end int) bool {
	if end == i || s.isUpperStart(i) {
		return false
	}
	for k := i; k <= end; k++ {
		if g := s.gz(k); !s.toks[k].punct && (g.given > 0 || g.sur > 0) {
			return false
		}
	}
	return true
}

// capsWordIn reports a word of i..end written in capitals, five letters at
// most and two at least (not an initial), or such a word with a plural "s"
// ("MRNs", "IDs"): an acronym or a code, which the margin of nameAbove
// leaves alone.
func (s *scanner) capsWordIn(i, end int) bool {
	for k := i; k <= end; k++ {
		t := s.toks[k]
		w := s.b[t.s:t.e]
		if n := len(w); n > 2 && w[n-1] == 's' {
			w = w[:n-1]
		}
		if !t.punct && len(w) >= 2 && len(w) <= 5 && asciiUpper(w) {
			return true
		}
	}
	return false
}

// lateNames takes the candidates that nameAbove found within
// personalMargin below its threshold while the message held no personal
// data yet (nearNames), once the message holds some: first (anyFinding false)
// once the date model has kept a date there: the dates are decided after
// the names, and a date kept with no one named is a birth date or another
// date the model holds personal on its own ("recheck: Lowe 11MAR1948");
// then (anyFinding true), after the last identifier, phone and address passes,
// once any finding but a block is there, as personalMargin would have had
// it had the finding come before the names ("Pearl da Silva" in a message
// whose plan id only the identifier model finds). Tune halves and
// variants, the second call: −113 leaking messages, no clean message
// changed, +153 false findings (colleagues named in a message that is
// redacted anyway).
func (s *scanner) lateNames(anyFinding bool) {
	if len(s.nearNames) == 0 || !slices.ContainsFunc(s.cands, func(c cand) bool { return c.t == Date || anyFinding && c.t != blockType }) {
		return
	}
	for _, r := range s.nearNames {
		if !s.claimed(int(s.toks[r[0]].s), int(s.toks[r[1]].e)) && !s.wordsNoName(r[0], r[1], s.isUpperStart(r[0])) {
			s.addName(r[0], r[1])
		}
	}
}

// scoreRange returns the least and the greatest change to a candidate's
// score that the clause walk can make, over every outcome of role, frame
// and clin: the sum of the weights of c.features (TestScoreRange holds the
// two together). had and lower are as for features and caseZ.
func (c colleagueFacts) scoreRange(ctx, had, lower bool) (lo, hi float32) {
	w := func(k int) float32 {
		if lower {
			return nameWeights[k] + nameWeights[nNameFeatures+k]
		}
		return nameWeights[k]
	}
	var fixed float32 // poss, firm and patient, which the walk does not change
	if c.poss {
		fixed += w(fWorkPossessive)
	}
	if c.firm {
		fixed += w(fOrgAfter)
		if c.patient && !had {
			fixed += w(fColleaguePatient)
		}
	}
	role, frame, clin := w(fRoleNear), w(fWorkFrame), w(fClauseClinical)
	workClin, workFar := w(fWorkClinical), w(fWorkFar)
	lo, hi = float32(math.Inf(1)), float32(math.Inf(-1))
	for o := 0; o < 8; o++ {
		r, f, cl := o&1 != 0, o&2 != 0, o&4 != 0
		d := fixed
		if r {
			d += role
		}
		if f {
			d += frame
		}
		if cl {
			d += clin
		}
		switch work := r || f || c.poss || c.firm; {
		case work && cl:
			d += workClin
		case work && ctx:
			d += workFar
		}
		lo, hi = min(lo, d), max(hi, d)
	}
	return lo, hi
}

// afterPersonAt reports a candidate right after "at" or "from" that comes
// after a person: a name word, a staff title or a business role ("Jo
// Ames at Brightline", "Dr. Lee from Halvorsen", "the rep from Acme"),
// where people name the firm, the agency or the place the person works
// for, not another person.
func (s *scanner) afterPersonAt(i int) bool {
	p := i - 1
	if p < 1 || s.toks[i].sp == 2 || s.toks[p].sp == 2 || !(s.w(p) == "at" || s.w(p) == "from") {
		return false
	}
	q := p - 1
	if s.toks[q].punct {
		return false
	}
	if s.inAny(q, staffBefore, staffPlural) || s.tokIn(q, &bizRoles) {
		return true
	}
	g := s.gz(q)
	return (g.isGiven() || g.sur > 0) && (s.isUpperStart(q) || !s.isUpperStart(i))
}
