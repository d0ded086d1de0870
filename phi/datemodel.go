package phi

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"sync"
)

// The date model decides whether a date the grammar found is tied to a
// person's health (a birth date, an admission, a procedure, a fall) or is
// a scheduling date (a meeting, a deadline, an expiry, a staff event). It
// is a logistic regression over general features of the candidate: the
// classes of the words around it (health and clinical vocabulary,
// scheduling words, pronouns, relatives, found names, labels), how far the
// nearest health and scheduling cues are, the date's shape (a year, an old
// year, a month name, a weekday, a clock time) and the message (a named
// patient, identifiers, business words). Every date expression the
// grammar reads is a candidate, including those the cue rules of
// detect_date.go drop; the rules still run (their findings tell the name
// and age passes about the message) and the model has the last word where
// it is sure (dateRescue, dateVeto, and dateRescueRefused for a date the
// rules read as a meeting's for its clock time). Weights are learned offline (see
// datemodel_train_test.go and README.md) and embedded in
// datemodel_weights.go.

//go:generate go test -run TestTrainDateModel -datetrain write .

// dateRec is a date candidate: where the grammar found it and what kind of
// expression it is.
type dateRec struct {
	s, e    int32 // folded offsets
	ti, te  int32 // its first token and the first token after it
	kind    uint8
	rule    bool    // the cue rules (or another pass) found it
	refused bool    // the rules read it as someone else's date: a meeting's, a quoted mail's, a figure's
	soft    bool    // refused on a reading the model may overrule when it is sure: a clock time, a scheduling word as the closest cue
	drop    bool    // the model overrules the rules' finding
	weak    bool    // taken by the rules, leaned against by the model, in a message with no one in it (ownerlessDates)
	attr    bool    // read as the event after it ("the 12/13 extraction", attributiveDate): the model does not veto it
	work    bool    // a staff, business, team or figures word stands in its clause (set with the features)
	keep    bool    // kept, by the rules or the model
	z       float32 // the model's log-odds
}

// Kinds of date expression (the path of the grammar that read it).
const (
	dkNumeric   = iota // "3/4", "03/04/1952", "1952-03-04", "03041952"
	dkMonth            // "March 4", "4 Mar 1952", "14-Mar-52"
	dkMonthYear        // "March 2024"
	dkOrdinal          // "the 3rd", "the fifth"
	dkWords            // "april eleventh", "oh four slash one nine", holidays
)

// noteDate records a date candidate at folded offsets [st,en), tokens
// ti..te-1; a second candidate at the same start is dropped in
// decideDates.
func (s *scanner) noteDate(st, en, ti, te int, kind uint8) {
	s.dates = append(s.dates, dateRec{s: int32(st), e: int32(en), ti: int32(ti), te: int32(te), kind: kind})
}

// refuseDate marks the last date candidate as one the rules read as no
// one's health date (a meeting's time, a quoted e-mail's header, a
// figure's): the model may not add it back. It only adds dates the rules
// had no reading for.
func (s *scanner) refuseDate() {
	if n := len(s.dates); n > 0 {
		s.dates[n-1].refused = true
	}
}

// refuseSoftDate marks the last date candidate as refused on a reading
// the model may overrule above dateRescueRefused: a clock time ("3/4 at
// 2pm" reads as a meeting) or a scheduling word as the closest cue ("due
// 3/5", "through 4/1"), when the words around it are a patient's event
// ("fell in the hallway 3/4 at 2pm", "<name>'s echo due by 8/1").
func (s *scanner) refuseSoftDate() {
	if n := len(s.dates); n > 0 {
		s.dates[n-1].refused, s.dates[n-1].soft = true, true
	}
}

// Date model features.
const (
	dfBias = iota
	// shape
	dfKindNumeric
	dfKindMonth
	dfKindMonthYear
	dfKindOrdinal
	dfKindWords
	dfYear4Old
	dfYear4New
	dfYear2
	dfNoYear
	dfWeekday
	dfTimeAfter
	dfTimeBefore
	dfRangeEnd
	dfRangeStart
	dfListed
	dfMailHeader
	dfLabelBefore
	dfLineStart
	dfParen
	// the closest cue before the date in its clause (nearestCue)
	dfCueHealth
	dfCueWeak
	dfCueSched
	dfCueNone
	// the separator of a numeric date; more digits glued on ("2024.4.5.74")
	dfSepSlash
	dfSepDash
	dfSepDot
	dfGlued
	dfVersion
	// the message: health words, identifiers, names
	dfHealthMsg
	dfPersonalIDs
	dfOtherIDs
	dfDatesOnLine // three or more dates on the line
	// no one in the message: no name found, no personal identifier, no
	// patient, relative, birth label, possessive or personal pronoun
	// ("the toner order was placed 2/9"): a date of no individual
	dfNoPerson
	// the patient-event frame: a found name or a patient word and a health
	// event, an illness or a drug in the date's windows; the same with a
	// clock time after the date ("book <name> for an echo 3/4 at 9")
	dfFrame
	dfFrameTimed
	// the closest cue crossed with the message naming someone, being about
	// health, having identifiers: dfCross + 3*cue + what
	dfCross
	dfClass0 = dfCross + 12
	// word classes left near (1-3 words), left far (4-10), right near
	// (1-3), right far (4-6), anywhere in the message: dfClass + 5*class + where
	dfClass = dfClass0
	// the words right around the date, hashed (contextBuckets each):
	// before, after, two before, two after, within the line ("start 3/18",
	// "repeats due 6/16", "moved to 6/6", "dated 3/3" need no class)
	dfHash = dfClass + 5*nDateClasses
)

// word classes of the context
const (
	wcStrong  = iota // health events and procedures: "admitted", "colonoscopy", misspelt ones
	wcWeak           // cues that also fit operations: "labs", "results", "therapy"
	wcDOB            // birth-date labels
	wcSched          // meetings, deadlines, expiries, notices
	wcStat           // figures: "volumes", "data"
	wcCond           // illnesses, symptoms, drugs
	wcPoss           // her, his, their
	wcSelf           // my, i, me
	wcOrg            // our, we, everyone, staff, the team
	wcKin            // relatives
	wcPatient        // patient, pt, resident, Mrs.
	wcName           // a person name the name pass found
	wcStaff          // staff titles, staff events
	wcBiz            // vendors, contracts, payroll
	wcPast           // a health event in the past tense
	wcSince          // since, from
	wcUntil          // until, by, before, through, due
	wcOn             // on, of, for
	wcSeq            // last, next, prior: one of a series ("last inj 3/4", "next level 3/14")
	wcRoom           // room, bed, bay: a place numbered like a date ("his room got moved to 6/2")
	nDateClasses
)

const nDateFeatures = dfHash + 4*contextBuckets

var dateClassNames = [nDateClasses]string{"strong", "weak", "dob", "sched", "stat", "cond", "poss", "self", "org",
	"kin", "patient", "name", "staff", "biz", "past", "since", "until", "on", "seq", "room"}

// dateFeatureNames name the features in the weights file.
var dateFeatureNames = func() (n [nDateFeatures]string) {
	copy(n[:], []string{"bias", "kind_numeric", "kind_month", "kind_month_year", "kind_ordinal", "kind_words",
		"year4_old", "year4_new", "year2", "no_year", "weekday", "time_after", "time_before", "range_end",
		"range_start", "listed", "mail_header", "label_before", "line_start", "paren",
		"cue_health", "cue_weak", "cue_sched", "cue_none",
		"sep_slash", "sep_dash", "sep_dot", "glued", "version", "health_msg", "personal_ids", "other_ids",
		"dates_on_line", "no_person", "frame", "frame_timed"})
	cues := [4]string{"health", "weak", "sched", "none"}
	for c, cue := range cues {
		for w, what := range [3]string{"name", "health", "ids"} {
			n[dfCross+3*c+w] = "cue_" + cue + "_x_" + what
		}
	}
	where := [5]string{"left_near", "left_far", "right_near", "right_far", "msg"}
	for c := 0; c < nDateClasses; c++ {
		for w := 0; w < 5; w++ {
			n[dfClass+5*c+w] = dateClassNames[c] + "_" + where[w]
		}
	}
	for k := dfHash; k < nDateFeatures; k++ {
		n[k] = contextFeatureName(k, dfHash)
	}
	return n
}()

// Where a class's word stands.
const (
	dwLeftNear = iota
	dwLeftFar
	dwRightNear
	dwRightFar
	dwMsg
)

// The date model's word lists are lexicon lists of words the lexicon has
// already (TestDateListsAddNoWord), so that they change no other pass's
// idea of a listed word.
var (
	weekdays   = words(append([]string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}, weekdayNames...)...)
	selfWords  = words("my", "i", "me")
	orgSelf    = union(audienceWords, words("our", "we", "us", "team", "all", "department", "dept", "unit", "committee", "board"))
	sinceWords = words("since", "from", "starting")
	untilWords = words("until", "til", "till", "by", "before", "through", "thru", "due", "deadline")
	onWords    = words("on", "of", "for", "dated")
	seqWords   = words("last", "next", "prior")
	// strongDateWords are the health cues that are not weak ones
	strongDateWords = func() set {
		weak := map[string]bool{}
		for _, w := range lex.lists[weakDateWords.id] {
			weak[w] = true
		}
		var ws []string
		for _, w := range lex.lists[healthDateWords.id] {
			if !weak[w] {
				ws = append(ws, w)
			}
		}
		return union(words(ws...), clinicalWords)
	}()
	schedClass = union(schedWords, staffEvent)
	staffClass = union(staffBefore, staffPlural, staffEvent, staffAfterWords)
	condClass  = union(employeeHealth, caseWords)
	// dateClassLists are the lexicon lists of the classes, for the message's
	// share (wcName and wcPast have none)
	dateClassLists = [nDateClasses]set{wcStrong: strongDateWords, wcWeak: weakDateWords, wcDOB: dobWords,
		wcSched: schedClass, wcStat: statWords, wcCond: condClass, wcPoss: ageHis, wcSelf: selfWords, wcOrg: orgSelf,
		wcKin: relatives, wcPatient: patientTrig, wcName: {-1}, wcStaff: staffClass, wcBiz: bizWords, wcPast: {-1},
		wcSince: sinceWords, wcUntil: untilWords, wcOn: onWords, wcSeq: seqWords, wcRoom: roomClass}
	// dateClassAny holds every listed word of a class: one bit test
	// leaves the other words
	dateClassAny = union(healthDateWords, clinicalWords, dobWords, schedClass, statWords, condClass, ageHis, selfWords,
		orgSelf, relatives, patientTrig, staffClass, bizWords, sinceWords, untilWords, onWords, seqWords, roomClass)
)

// roomBeforeDate reports a room word among the five words before the
// date at token ti in its clause, with no clinical word between: the
// date's number is the room's ("his room got moved to 6/2", "bed
// changed to 4/12"), not "his room ... his bronch moved to 6/2".
//
// A date that cannot be a room number is never one: a month's name, three
// numeric parts ("on 06-18-2026"), or a time word right before it ("the
// bed after 11/19", "room on 3/4").
func (s *scanner) roomBeforeDate(d dateRec) bool {
	ti := int(d.ti)
	var parts [2]int // (more than two numeric parts: digitGroups says -1)
	if n, _ := digitGroups(s.b[d.s:d.e], parts[:], func(byte) bool { return false }); d.kind != dkNumeric || s.in(ti-1, roomTimeWords) || n < 0 {
		return false
	}
	for k, n := ti-1, 0; k >= 0 && n < 5 && s.toks[k+1].sp < 2; k-- {
		if s.toks[k].punct {
			if s.clauseEnd(k) || s.is(k, ',') || s.is(k, ':') {
				return false
			}
			continue
		}
		if s.in(k, roomClass) {
			return true
		}
		if s.clinical(k) || s.in(k, healthWords) {
			return false
		}
		n++
	}
	return false
}

// roomTimeWords before a date make it a time, whatever stands before them.
var roomTimeWords = words("on", "after", "before", "until", "till", "til", "since", "through", "thru", "by")

// roomClass are the places numbered like dates.
var roomClass = words("room", "rm", "bed", "bay", "pod", "suite", "ste")

// dateMsg is what every candidate of a message shares.
type dateMsg struct {
	cls                 uint32 // the classes of the message's listed words
	name, personal, ids bool
	nobody              bool // no one in the message (dfNoPerson)
}

// wordClasses returns the classes of token k as a bit set; the long
// tails of unlisted words (illnesses, procedures by their suffix, misspelt
// cues) only if tail is set.
func (s *scanner) wordClasses(k int, tail bool) uint32 {
	t := s.toks[k]
	if t.punct || t.nd > 0 {
		return 0
	}
	if t.lex == 0 {
		if !tail || t.na < 4 {
			return 0
		}
		if conditionWords[s.w(k)] || s.drugAt(k) {
			return 1 << wcCond
		}
		if s.clinical(k) || s.fuzzyCue(k) {
			return 1 << wcStrong
		}
		return 0
	}
	if !s.in(k, dateClassAny) {
		return 0
	}
	c := s.dateTable[int(t.lex)/lex.width]
	if c&(1<<wcDOB) != 0 && t.e-t.s == 1 && !s.dottedDOB(k) {
		c &^= 1<<wcDOB | 1<<wcStrong // "b" is a birth-date label only in "d.o.b"
	}
	return c
}

// dateClassTable returns the date classes of every lexicon entry, by
// entry: one load per word instead of a bit test per class.
var dateClassTable = sync.OnceValue(func() []uint32 {
	lex.table()
	t := make([]uint32, len(lex.bits)/lex.width)
	for w, e := range lex.index {
		bs := lex.bitsOf(lexOff(int(e) * lex.width))
		in := func(l set) bool { return bs[l.id>>6]&(1<<(l.id&63)) != 0 }
		var c uint32
		switch {
		case in(weakDateWords):
			c |= 1 << wcWeak
		case in(strongDateWords):
			c |= 1 << wcStrong
			if hasSuffix(w, "ed") || w == "fell" || w == "drawn" || w == "seen" || w == "born" || w == "died" {
				c |= 1 << wcPast
			}
		}
		for x := wcDOB; x < nDateClasses; x++ {
			if l := dateClassLists[x]; l.id >= 0 && in(l) {
				c |= 1 << x
			}
		}
		if w == "b" {
			c |= 1 << wcStrong // "d.o.b" (wordClasses asks dottedDOB)
		}
		t[e] = c
	}
	return t
})

// clauseEnd reports a token that ends a clause for the date's context:
// a sentence mark, a bar or a quote mark.
func (s *scanner) clauseEnd(k int) bool {
	if !s.toks[k].punct {
		return false
	}
	switch s.b[s.toks[k].s] {
	case ';', '!', '?', '|', '>':
		return true
	case '.':
		return k+1 < len(s.toks) && s.toks[k+1].sp > 0
	}
	return false
}

// dateMessage computes the message's share of the features: which
// classes its listed words fall in (one bit test each), whether it names
// someone and carries identifiers.
func (s *scanner) dateMessage() dateMsg {
	var m dateMsg
	for x, l := range dateClassLists {
		if l.id >= 0 && s.mentions(l) {
			m.cls |= 1 << x
		}
	}
	m.name = len(s.names) > 0
	if m.name {
		m.cls |= 1 << wcName
	}
	m.personal = s.personalIDs()
	m.ids = s.hasIDs()
	const someone = 1<<wcPoss | 1<<wcSelf | 1<<wcKin | 1<<wcPatient | 1<<wcDOB | 1<<wcName
	m.nobody = m.cls&someone == 0 && !m.personal && !s.mentionsStr(&heShe)
	return m
}

// dateFeatures appends the active features of candidate d to fb.
func (s *scanner) dateFeatures(fb *dateFeats, i int, m *dateMsg) {
	d := s.dates[i]
	add := func(k int) { fb.add(k) }
	add(dfBias)
	add(dfKindNumeric + int(d.kind))
	ti, te := int(d.ti), int(d.te)
	year, _ := s.dateYearDay(ti, te)
	switch {
	case year >= 1880 && year < 2000:
		add(dfYear4Old)
	case year >= 2000:
		add(dfYear4New)
	case d.kind == dkNumeric && s.pastYear(int(d.s), int(d.e)):
		add(dfYear4Old)
	case d.kind == dkNumeric && te-ti >= 5 || d.kind == dkNumeric && s.toks[ti].nd >= 6 ||
		d.kind == dkMonth && s.is(te-2, '\'') && s.toks[te-1].nd == 2: // "Feb. 4, '25"
		add(dfYear2)
	default:
		add(dfNoYear)
	}
	if s.in(ti-1, weekdays) || s.in(ti-2, weekdays) && (s.is(ti-1, ',') || s.is(ti-1, '(')) || s.in(te, weekdays) {
		add(dfWeekday)
	}
	timeAfter := s.isTimeAt(te) || s.is(te, ',') && s.isTimeAt(te+1) || s.w(te) == "from" && s.isTimeAt(te+1)
	if timeAfter {
		add(dfTimeAfter)
	}
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		if s.toks[k+1].sp == 2 {
			break
		}
		if s.toks[k].nd > 0 && s.isTimeAt(k) {
			add(dfTimeBefore)
			break
		}
	}
	if s.rangeEnd(ti) {
		add(dfRangeEnd)
	}
	if k := te; k+1 < len(s.toks) && i+1 < len(s.dates) && int(s.dates[i+1].s) == int(s.toks[k+1].s) &&
		(s.is(k, '-') || s.w(k) == "to" || s.w(k) == "through" || s.w(k) == "thru") ||
		i+1 < len(s.dates) && s.arrowBefore(int(s.dates[i+1].ti)) == te-1 {
		add(dfRangeStart)
	}
	if i > 0 && d.s-s.dates[i-1].e < 80 && s.listedAfterDate(ti) { // a list needs a date just before

		add(dfListed)
	}
	if s.mailHeader(ti, te) {
		add(dfMailHeader)
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if s.is(k, ':') || s.is(k, '=') {
			add(dfLabelBefore)
			break
		}
		if s.toks[k+1].sp == 2 {
			break
		}
	}
	if ti == 0 || s.toks[ti].sp == 2 || ti == 1 && s.toks[0].punct {
		add(dfLineStart)
	}
	if s.is(ti-1, '(') || s.is(ti-1, '[') {
		add(dfParen)
	}
	if d.kind == dkNumeric {
		for k := ti; k < te; k++ {
			if s.toks[k].punct {
				switch s.b[s.toks[k].s] {
				case '/':
					add(dfSepSlash)
				case '-':
					add(dfSepDash)
				case '.':
					add(dfSepDot)
				}
				break
			}
		}
	}
	if te < len(s.toks) && s.toks[te].sp == 0 && !s.dayRangeAfter(te) && (s.toks[te].nd > 0 || te+1 < len(s.toks) && s.toks[te].punct &&
		s.toks[te+1].sp == 0 && s.toks[te+1].nd > 0) || ti > 0 && s.toks[ti].sp == 0 && (s.toks[ti-1].nd > 0 ||
		s.toks[ti-1].punct && ti > 1 && s.toks[ti-1].sp == 0 && s.toks[ti-2].nd > 0) {
		add(dfGlued) // "2024.4.5.74", "v2/3/1"
	}
	if s.prevWordIn(ti, versionWords, 2) {
		add(dfVersion)
	}
	if s.health {
		add(dfHealthMsg)
	}
	if m.personal {
		add(dfPersonalIDs)
	} else if m.ids {
		add(dfOtherIDs)
	}
	if s.datesOnLine(i) >= 3 {
		add(dfDatesOnLine)
	}
	if m.nobody {
		add(dfNoPerson)
	}
	window := 6
	if year > 0 || d.kind == dkNumeric && te-ti >= 5 {
		window = 10
	}
	cue := 0
	switch s.nearestCue(ti, window) {
	case 2:
		add(dfCueHealth)
	case 1:
		add(dfCueWeak)
		cue = 1
	case -1:
		add(dfCueSched)
		cue = 2
	default:
		add(dfCueNone)
		cue = 3
	}
	if m.name {
		add(dfCross + 3*cue)
	}
	if s.health {
		add(dfCross + 3*cue + 1)
	}
	if m.personal {
		add(dfCross + 3*cue + 2)
	}
	// word classes around the date, in its clause, by where they stand;
	// the found names by the offsets where the windows start and end
	var where [5]uint32
	lnear, lfar, rnear, rfar := d.s, d.s, d.e, d.e
	for k, n := ti-1, 0; k >= 0 && n < 10; k-- {
		if s.toks[k+1].sp == 2 || s.clauseEnd(k) {
			break
		}
		if s.toks[k].punct {
			continue
		}
		n++
		if n > 3 {
			where[dwLeftFar] |= s.wordClasses(k, false)
			lfar = s.toks[k].s
		} else {
			where[dwLeftNear] |= s.wordClasses(k, true)
			lnear, lfar = s.toks[k].s, s.toks[k].s
		}
	}
	for k, n := te, 0; k < len(s.toks) && n < 6; k++ {
		if k > te && s.toks[k].sp == 2 || s.clauseEnd(k) {
			break
		}
		if s.toks[k].punct {
			continue
		}
		n++
		if n > 3 {
			where[dwRightFar] |= s.wordClasses(k, false)
			rfar = s.toks[k].e
		} else {
			where[dwRightNear] |= s.wordClasses(k, true)
			rnear, rfar = s.toks[k].e, s.toks[k].e
		}
	}
	for _, nm := range s.names {
		switch ns, ne := int32(nm.s), int32(nm.e); {
		case ne <= d.s && ne > lnear:
			where[dwLeftNear] |= 1 << wcName
		case ne <= d.s && ne > lfar:
			where[dwLeftFar] |= 1 << wcName
		case ns >= d.e && ns < rnear:
			where[dwRightNear] |= 1 << wcName
		case ns >= d.e && ns < rfar:
			where[dwRightFar] |= 1 << wcName
		}
	}
	near := where[dwLeftNear] | where[dwLeftFar] | where[dwRightNear] | where[dwRightFar]
	s.dates[i].work = near&(1<<wcStaff|1<<wcBiz|1<<wcOrg|1<<wcStat) != 0
	if near&(1<<wcName|1<<wcPatient) != 0 && near&(1<<wcStrong|1<<wcCond) != 0 {
		add(dfFrame)
		if timeAfter {
			add(dfFrameTimed)
		}
	}
	where[dwMsg] = m.cls
	for w, c := range where {
		for ; c != 0; c &= c - 1 {
			add(dfClass + 5*bits.TrailingZeros32(c) + w)
		}
	}
	for slot, b := range s.contextWords(ti, te-1) {
		add(dfHash + slot*contextBuckets + b)
	}
}

// datesOnLine counts the date candidates, up to three, in a run around
// candidate i on its line: neighbours less than 40 bytes apart with no
// line break between.
func (s *scanner) datesOnLine(i int) int {
	near := func(a, b dateRec) bool { // b starts after a
		return b.s <= a.e || b.s-a.e < 40 && bytes.IndexByte(s.b[a.e:b.s], '\n') < 0
	}
	n := 1
	for j := i; n < 3 && j > 0 && near(s.dates[j-1], s.dates[j]); j-- {
		n++
	}
	for j := i; n < 3 && j+1 < len(s.dates) && near(s.dates[j], s.dates[j+1]); j++ {
		n++
	}
	return n
}

// dateFeats is a candidate's list of active features, kept on the stack.
type dateFeats struct {
	f [128]uint16
	n int
}

func (fb *dateFeats) add(k int) {
	if fb.n < len(fb.f) {
		fb.f[fb.n] = uint16(k)
		fb.n++
	}
}

// Combination of the model with the cue rules (set by the training test's
// cross-validation; see datemodel_weights.go for the chosen values).
const (
	dateRulesOnly = iota // the cue rules decide alone
	dateModelOnly        // the model decides alone: keep when its score > 0
	dateHybrid           // the rules decide; the model adds a rule reject above dateRescue and drops a rule accept below dateVeto
)

// dateKept reports a date finding of the cue rules (or any other pass)
// over the candidate; spans are the date findings sorted by start.
func dateKept(d dateRec, spans []cand) bool {
	// the first finding that starts at or after the candidate's end; the
	// ones before it that reach into the candidate start at most a date's
	// length before it
	j := sort.Search(len(spans), func(j int) bool { return spans[j].s >= int(d.e) })
	for j--; j >= 0 && int(d.s)-spans[j].s < maxDateLen; j-- {
		if spans[j].e > int(d.s) {
			return true
		}
	}
	return false
}

// maxDateLen bounds the length of a date finding, in bytes.
const maxDateLen = 128

// decideDates scores the date candidates once the names are known and
// adds or drops findings as the combination says. Every candidate is
// scored before any finding changes, so that the features do not depend
// on the model's own decisions.
func (s *scanner) decideDates() {
	if len(s.dates) == 0 || dateCombine == dateRulesOnly && s.dateTrain == nil {
		return
	}
	// candidates by start, one per start (the first noted)
	slices.SortStableFunc(s.dates, func(a, b dateRec) int { return int(a.s - b.s) })
	s.dates = slices.CompactFunc(s.dates, func(a, b dateRec) bool { return a.s == b.s })
	spans := s.dateSpans[:0]
	for _, c := range s.cands {
		if c.t == Date && c.e-c.s < maxDateLen {
			spans = append(spans, c)
		}
	}
	slices.SortFunc(spans, func(a, b cand) int { return a.s - b.s })
	s.dateSpans = spans
	s.dateTable = dateClassTable()
	m := s.dateMessage()
	for i := range s.dates {
		d := &s.dates[i]
		d.rule = dateKept(*d, spans)
		if dateCombine == dateHybrid && !d.rule && d.refused && !d.soft && s.dateTrain == nil {
			continue // dropped whatever the model says: no score needed (a softly refused one may be rescued)
		}
		var fb dateFeats
		s.dateFeatures(&fb, i, &m)
		var z float32
		for _, k := range fb.f[:fb.n] {
			z += dateWeights[k]
		}
		d.z = z
		if s.dateTrain != nil {
			s.dateTrain(*d, d.rule, append([]uint16(nil), fb.f[:fb.n]...))
		}
	}
	drop := false
	for i := range s.dates {
		d := &s.dates[i]
		lastCentury := s.lastCenturyDay(*d) // (a birth date's shape: read once, asked thrice)
		keep := d.rule
		switch dateCombine {
		case dateModelOnly:
			keep = d.z > 0
		case dateHybrid:
			keep = d.rule && (d.z > dateVeto || d.attr) || !d.rule && !d.refused && d.z > dateRescue ||
				!d.rule && d.soft && d.z > dateRescueRefused || !d.rule && !d.refused && d.z > 0 && lastCentury
		}
		if keep && d.rule && !d.attr && dateCombine == dateHybrid && d.z < 0 && len(s.names) == 0 && !m.personal && !lastCentury &&
			s.notOwnDate(int(d.ti), int(d.te)) {
			// the model leans against a date the rules took, a deadline's,
			// a meeting's or a policy's word (notOwnDateWords) stands in
			// its clause, and no one is named: "the managers' birthday
			// lunch is Dec. 17" (the veto's own bar, dateVeto, is for any
			// date)
			keep = false
		}
		if !keep && dateCombine == dateHybrid && s.ownedDate(*d, &m) {
			keep = true
		}
		if keep && !d.rule && s.roomBeforeDate(*d) {
			keep = false // "his room got moved to 6/2": a room numbered like a date, never rescued
		}
		if keep && !d.rule && dateCombine == dateHybrid && m.nobody && !lastCentury {
			// no one in the message to own the date: "the toner order was
			// placed 2/9" (a day of the last century is a birth date even
			// so: "ok, 10/4/1951, wants to switch pcp")
			keep = false
		}
		d.weak = keep && d.rule && dateCombine == dateHybrid && m.nobody && d.z < nobodyVeto && !lastCentury
		d.keep = keep
		switch {
		case keep && !d.rule:
			s.add(Date, int(d.s), int(d.e), priContext)
		case !keep && d.rule:
			d.drop, drop = true, true
		}
	}
	s.keepDateLists()
	s.keepSiblingDates()
	if !drop {
		return
	}
	s.removeDroppedDates()
}

// removeDroppedDates removes the date findings over candidates the model
// dropped.
func (s *scanner) removeDroppedDates() {
	out := s.cands[:0]
	for _, c := range s.cands {
		if c.t == Date && c.pri == priContext && s.droppedDate(c) {
			continue
		}
		out = append(out, c)
	}
	s.cands = out
}

// nobodyVeto is the model's log-odds under which a date the rules took is
// dropped when no one in the message could own it (ownerlessDates).
var nobodyVeto float32 = 0

// ownerlessDates drops the dates the rules took that the model leans
// against in a message with no one in it, once every name pass has run
// (a late name may need the date: "X was readmitted on the 4th"): "the
// gift shop opens again 5/2/27", "CT 2 is offline for an upgrade Jun 3".
// No one to own a date makes it a building's or a schedule's.
func (s *scanner) ownerlessDates() {
	if len(s.names) > 0 || s.personalIDs() {
		return
	}
	weak := false
	for i := range s.dates {
		if d := &s.dates[i]; d.weak && !d.drop {
			d.drop, weak = true, true
		}
	}
	if !weak {
		return
	}
	s.removeDroppedDates()
}

// ownedRescue is the model's least log-odds for a date the rules passed
// over (or refused on a reading the model may overrule) in a message that
// names a patient or holds a personal identifier (ownedDate). Such a
// message is redacted whatever the date is, so a false date costs a word
// of a message already redacted and a missed one leaks the patient's: the
// bar goes down while a leaking message fixed costs at most two false
// dates. Tune halves with their lower-case and slip variants, from 0:
// at -0.25, 14 leaking messages fixed for 27 false dates (none broken, no
// clean message flagged); at -0.5, 6 more for 32 more. This bar holds for
// a date whose clause is about work or holds a date the label rules leave
// (notOwnDate: "the therapy staff huddle moved to the 4th", "coverage
// ends 7/24" in a message about a patient); the others go down to
// ownedRescueCued.
var ownedRescue float32 = -0.25

// ownedRescueCued is ownedRescue for a date whose clause is neither about
// work nor a date the label rules leave. Measured once more names were
// found (the sixteenth session), from -0.25 for every date: at -0.75, 73
// leaking messages fixed for 98 false dates; at -1, 30 more for 41 more;
// at -1.5, 32 more for 91 more (past two a message); at -2, 21 more for
// 112 more; no clean message changed at any of them. With the work and
// notOwnDate dates left at ownedRescue, -1 fixes 56 for 61 false dates.
var ownedRescueCued float32 = -1

// ownedDate reports a day-specific date the rules passed over that the
// model leans towards (above ownedRescue or ownedRescueCued, below
// dateRescue) in a message that names someone or holds a personal
// identifier: the message has an
// owner for the date (ownerInMessage), and a date in a message about a
// patient is almost always one of theirs ("<name>'s infusion got pushed to
// 8/14", "recertification due 3APR2026 for <name>"). A month alone is no
// one's date.
func (s *scanner) ownedDate(d dateRec, m *dateMsg) bool {
	bar := ownedRescueCued
	if d.work || s.notOwnDate(int(d.ti), int(d.te)) {
		bar = ownedRescue
	}
	return !d.rule && d.kind != dkMonthYear && (!d.refused || d.soft) && d.z > bar && (m.name || m.personal)
}

// siblingRescue is the model's least log-odds for a date of a message
// in which another date was kept as a named patient's (keepSiblingDates).
var siblingRescue float32 = -1

// keepSiblingDates keeps a date the rules passed over and the model leans
// towards (above siblingRescue, below dateRescue) when the same message
// names someone and keeps another date of theirs: "no-show x2 for <name>:
// 1st 1/13, 2nd 1/27", "QTc 512, was 470 on 11/30". A date read as a
// meeting's or a figure's is left.
func (s *scanner) keepSiblingDates() {
	if len(s.names) == 0 && !s.personalIDs() {
		return
	}
	kept := false
	for _, d := range s.dates {
		kept = kept || d.keep && !d.drop && d.kind != dkMonthYear
	}
	if !kept {
		return
	}
	for i := range s.dates {
		d := &s.dates[i]
		if !d.keep && !d.rule && !d.refused && d.kind != dkMonthYear && d.z > siblingRescue && !s.roomBeforeDate(*d) {
			d.keep = true
			s.add(Date, int(d.s), int(d.e), priContext)
		}
	}
}

// keepDateLists keeps every date of a list ("chemo 2/5, 2/19, 3/5 and
// 3/19") when one of them is kept and none was read as a meeting's or
// dropped: the dates of one list are one person's series of events, and
// the cue that owns the list stands before its first date only.
func (s *scanner) keepDateLists() {
	for i := 0; i < len(s.dates); {
		j, kept, bad := i, false, false
		for {
			d := s.dates[j]
			kept = kept || d.keep
			bad = bad || d.refused || d.drop || d.kind == dkMonthYear
			if j+1 == len(s.dates) || !s.listGap(int(d.e), int(s.dates[j+1].s)) {
				break
			}
			j++
		}
		if kept && !bad && j > i {
			for k := i; k <= j; k++ {
				if d := &s.dates[k]; !d.keep {
					d.keep = true
					s.add(Date, int(d.s), int(d.e), priContext)
				}
			}
		}
		i = j + 1
	}
}

// listGap reports folded text [a,b) that only joins two items of a list:
// blanks, a comma, "and" or "&".
func (s *scanner) listGap(a, b int) bool {
	if b <= a || b-a > 6 {
		return false
	}
	g := bytes.TrimSpace(s.b[a:b])
	// (a range's dash, "to", "through", "thru" and a choice's "or" join
	// two dates of one person too: "Jul 8 2026-7-17-2026", "dob 7/24/1965?
	// or 3-20?")
	return len(g) == 0 && b > a || string(g) == "," || string(g) == "&" || string(g) == "-" || string(g) == "/" ||
		bytes.EqualFold(g, []byte("and")) || bytes.EqualFold(g, []byte(", and")) || bytes.EqualFold(g, []byte("to")) ||
		bytes.EqualFold(g, []byte("through")) || bytes.EqualFold(g, []byte("thru")) || bytes.EqualFold(g, []byte("or")) ||
		bytes.EqualFold(g, []byte("? or"))
}

// droppedDate reports a date finding over a candidate the model dropped.
func (s *scanner) droppedDate(c cand) bool {
	j := sort.Search(len(s.dates), func(j int) bool { return int(s.dates[j].s) >= c.e })
	for j--; j >= 0 && c.s-int(s.dates[j].s) < maxDateLen; j-- {
		if d := s.dates[j]; d.drop && int(d.e) > c.s {
			return true
		}
	}
	return false
}

// lastCenturyDay reports a whole date, day, month and year, of the last
// century ("october 4th, 1951", "10/4/1951"): in chat about care almost
// always a birth date, so the model's lean is enough to add it (a history's
// date, "the clinic opened October 4th, 1951", leans the other way).
func (s *scanner) lastCenturyDay(d dateRec) bool {
	year, day := s.dateYearDay(int(d.ti), int(d.te))
	return day && year >= 1900 && year < 2000
}

// dateYearDay reads a date candidate's tokens ti..te-1: its four-digit
// year (0 for none) and whether a day or a month's number is among them.
func (s *scanner) dateYearDay(ti, te int) (year int, day bool) {
	for k := ti; k < te; k++ {
		switch t := s.toks[k]; {
		case t.nd == 4 && t.na == 0:
			year = atoi(s.b[t.s:t.e])
		case t.nd >= 1 && t.nd <= 2 && t.e-t.s <= 4:
			day = true
		}
	}
	return year, day
}

// notOwnDateWords make a date in a message about a patient no date of the
// patient's, as the label rules list them: coverage, policy and card
// dates, deadlines and payments, and meetings.
var notOwnDateWords = words("effective", "expires", "expiry", "exp", "expiration", "expire", "expired", "valid",
	"through", "thru", "lapse", "lapses", "lapsed", "lapsing", "ends", "renewal", "renew", "renewed", "enrollment",
	"coverage", "terminated", "termed", "term", "period", "quarter", "fiscal", "active", "inactive", "eligible",
	"reinstated", "card", "invoice", "payment", "paid", "charges", "expense", "expenses", "deadline", "cutoff",
	"submit", "filed", "published", "report", "letter", "dated", "signed", "draft", "autopay", "policy", "auth",
	"authorization", "approved", "grant", "meeting", "meet", "meets", "huddle", "sync", "agenda", "board", "budget",
	"webinar", "session", "training", "offsite", "retreat", "summit", "lunch", "dinner", "launch", "kickoff",
	"interview", "class", "course", "workshop", "seminar", "orientation", "inservice", "party", "gala",
	"conference", "drill", "calendar", "committee", "contract")

// notOwnDate reports a word of notOwnDateWords in the date's clause at
// most six words before tokens ti..te-1 or three after.
func (s *scanner) notOwnDate(ti, te int) bool {
	return s.clauseWordIn(ti-1, -1, 6, notOwnDateWords) || s.clauseWordIn(te, 1, 3, notOwnDateWords)
}

// clauseWordIn reports a word of l among the first n words from token k
// going step (-1 back, 1 on), within k's line and clause.
func (s *scanner) clauseWordIn(k, step, n int, l set) bool {
	for first := k; k >= 0 && k < len(s.toks) && n > 0; k += step {
		if step < 0 && s.toks[k+1].sp == 2 || step > 0 && k > first && s.toks[k].sp == 2 || s.clauseEnd(k) {
			break
		}
		if s.toks[k].punct {
			continue
		}
		if s.in(k, l) {
			return true
		}
		n--
	}
	return false
}
