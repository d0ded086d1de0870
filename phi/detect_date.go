package phi

import (
	"bytes"
	_ "embed"
	"slices"
	"sort"
	"strings"
)

// Dates are PHI only when tied to a person's health (birth, admission,
// discharge, death, visit, procedure, incident); meeting and scheduling
// dates, deadlines, expiries and fiscal periods are not. Each date candidate
// is judged by the words around it.

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var dobWords = words(append(foreignBirth, "dob", "dobs", "doi", "dod", "dos", "doa", "birthdate", "birthday", "birth", "born", "bday", "b", "bdate", "dateofbirth", "d.o.b")...)

var healthDateWords = union(careWords, words(foreignBirth...), words(foreignHealth...), words("dob", "dobs", "doi", "recheck", "draw", "drawn", "birthdate", "birthday", "birth", "born", "bday", "admit", "admitted",
	"admission", "adm", "admits", "readmit", "readmitted", "discharge", "discharged", "dc", "d/c", "died",
	"death", "deceased", "passed", "expired", "dod", "visit", "visits", "seen", "appointment", "appt",
	"procedure", "surgery", "surgical", "operation", "op", "fall", "fell", "fallen", "injury", "injured",
	"accident", "records", "record", "dos", "service", "f/u", "follow", "followup", "follow-up", "ambulance",
	"transfer", "transferred", "delivered", "delivery", "diagnosed", "dx", "tested", "labs", "scan",
	"mri", "xray", "vaccinated", "vaccine", "infusion", "treated", "treatment", "stay", "hospitalized",
	"encounter", "late", "meds", "medication", "dose", "missed", "incident", "er", "ed", "icu", "intake",
	"admitting", "arrived", "presented", "consult", "biopsy", "exam", "screening", "test", "results",
	"imaging", "dialysis", "chemo", "transfusion", "discharging", "seizure", "stroke", "overdose", "birthdt",
	"complaint", "grievance", "stayed", "dob:", "bdy", "expiration-of-life", "funeral", "surgeries",
	"needlestick", "exposure", "exposed", "bitten", "assaulted", "burned", "sprained",
	// procedures and studies a person has on a date
	"cath", "catheterization", "colonoscopy", "endoscopy", "egd", "mammogram", "mammo", "c-section", "cesarean",
	"induction", "ablation", "angiogram", "angioplasty", "transplant", "amputation", "appendectomy",
	"cholecystectomy", "hysterectomy", "mastectomy", "lumpectomy", "tonsillectomy", "arthroscopy", "laminectomy",
	"cataract", "bronchoscopy", "cystoscopy", "lithotripsy", "vasectomy", "ultrasound", "sonogram", "x-ray",
	"ekg", "ecg", "eeg", "emg", "titer", "titers", "immunization", "vaccination", "booster", "radiation",
	"lumbar", "paracentesis", "thoracentesis", "intubated", "extubated", "ventilator", "resuscitated", "coded",
	"postpartum", "prenatal", "ob", "d&c", "iud", "pap", "checkup", "check-up", "rtw", "loa", "fmla",
	"baby", "pregnancy", "pregnant", "edd", "lmp", "conceived", "miscarriage",
	// clinic-note shorthand of a patient's events and studies ("sx 11/22",
	// "tx started 12/3", "CT 12/3", "onset 12/3", "inpatient 11/3-11/9")
	"sx", "surg", "tx", "bloodwork", "labwork", "onset", "inpatient", "postop", "preop", "pre-op", "s/p",
	"ct", "cta", "cxr", "a1c", "inr", "bmp", "cbc", "cmp", "abx", "cycle", "cycles", "cva", "tia", "stemi", "nstemi", "dvt",
	"echo", "chole", "colo", "bx", "pft", "pfts", "transfused", "rtc", "w/u", "shot",
	// incidents and procedures written as verbs or nouns of their own
	"slipped", "tripped", "eloped", "elopement", "implanted", "implant", "repair", "inserted", "wandered", "since",
	// events in a patient's care written as a noun or a participle of
	// their own: a readmission, an injection, a specimen collected, a line
	// or a test placed, a result back
	"readmission", "injection", "injections", "injected", "inj", "placed", "collected", "resulted"))

//go:embed gazetteer/clinical.txt
var clinicalList string

// clinicalWords are the long tail of procedures, examinations and injuries
// a patient has on a date ("thyroidectomy", "debridement", "contusion"),
// generated from WordNet by scripts/gen_phi_clinical.py; the everyday ones
// are in healthDateWords. None of them is a name, so they can be listed.
var clinicalWords = words(strings.Fields(clinicalList)...)

//go:embed gazetteer/conditions.txt
var conditionList string

// conditionWords are the long tail of illnesses, symptoms and drugs
// ("pyelonephritis", "lorazepam"), generated from WordNet with
// clinicalWords: a message that names someone and one of them is about
// that person's health.
var conditionWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(conditionList) {
		m[w] = true
	}
	return m
}()

// clinicalTerms reports a word of clinicalWords or conditionWords, or a
// procedure's name, anywhere in the message. It walks the tokens, so it is
// asked only when a held-back date needs it.
func (s *scanner) clinicalTerms() bool {
	for k, t := range s.toks {
		if t.punct || t.nd > 0 || t.na < 4 {
			continue
		}
		if s.clinical(k) || t.lex == 0 && (conditionWords[s.w(k)] || s.drugAt(k)) {
			return true
		}
	}
	return false
}

// procedureSuffixes end the names of operations and scopes, listed or not
// ("colectomy", "pyeloplasty", "sigmoidoscopy", "paracentesis").
var procedureSuffixes = [...]string{"ectomy", "otomy", "ostomy", "plasty", "oscopy", "centesis", "pexy"}

// cancerDrugStems end the generic names of antibodies, kinase inhibitors
// and cytotoxic drugs ("infliximab", "imatinib", "cisplatin"), which the
// stems of drugStems leave out: the common stems of the WHO's
// International Nonproprietary Names (The use of stems in the selection
// of INN for pharmaceutical substances, WHO/EMP/RHT/TSN/2018.1, a public
// document).
var cancerDrugStems = [...]string{"mab", "tinib", "ciclib", "parib", "platin", "taxel", "rubicin", "tecan", "fungin",
	"oxacin", "methasone"}

// drugName reports a word of seven letters or more that is a drug's
// generic name by its stem, or a cephalosporin ("cefazolin",
// "cephalexin").
func drugName(w string) bool {
	if len(w) < 7 {
		return false
	}
	if w[:3] == "cef" || w[:4] == "ceph" || drugEnding(w) {
		return true
	}
	for _, x := range cancerDrugStems {
		if hasSuffix(w, x) {
			return true
		}
	}
	return false
}

// drugAt reports a drug's generic name at token k (drugName) that is no
// given name or frequent surname.
func (s *scanner) drugAt(k int) bool {
	t := s.toks[k]
	if t.punct || t.nd > 0 || t.na < 7 || int(t.na) != int(t.e-t.s) || !drugName(s.w(k)) {
		return false
	}
	g := s.gz(k)
	return !g.isGiven() && g.sur < 2
}

// clinicalStems holds the words of clinical.txt and conditions.txt in
// order, to find the word a clipped one stands for.
var clinicalStems = func() []string {
	ws := append(strings.Fields(clinicalList), strings.Fields(conditionList)...)
	sort.Strings(ws)
	return ws
}()

// clippedClinical reports a clinical word cut short as staff write it
// ("colpo", "cysto", "bronch", "chole"): a word of five or six letters in
// no list, no dictionary and no common name list that begins a listed
// procedure, injury or illness at least three letters longer.
func (s *scanner) clippedClinical(k int) bool {
	t := s.toks[k]
	if t.lex != 0 || t.na < 5 || t.na > 6 || int(t.na) != int(t.e-t.s) {
		return false
	}
	if g := s.gz(k); g.isWord() || g.isGiven() || g.sur >= 2 {
		return false
	}
	w := s.w(k)
	i := sort.SearchStrings(clinicalStems, w)
	return i < len(clinicalStems) && strings.HasPrefix(clinicalStems[i], w) && len(clinicalStems[i]) >= len(w)+3
}

// clinical reports a procedure or injury word at token k: one of
// clinicalWords, a word with a procedure's suffix, or one of them clipped.
func (s *scanner) clinical(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].na < 4 {
		return false
	}
	if s.in(k, clinicalWords) {
		return true
	}
	if s.toks[k].lex != 0 {
		return false
	}
	if s.toks[k].na < 7 {
		return s.clippedClinical(k)
	}
	w := s.w(k)
	for _, x := range procedureSuffixes {
		if len(w) >= len(x)+3 && hasSuffix(w, x) {
			return true
		}
	}
	return false
}

// fuzzyCues are the strong date cues long enough to be read through one
// slip of the keyboard, by length and by first letter and by second: a
// slip keeps one of the two.
var fuzzyCues = func() (idx [16][2][26][]string) {
	weak := make(map[string]bool)
	for _, w := range lex.lists[weakDateWords.id] {
		weak[w] = true
	}
	for _, w := range lex.lists[healthDateWords.id] {
		// "visit" is also a tour's verb, which nearestCue tells apart by
		// the exact word only
		if len(w) < 5 || len(w) >= len(idx) || weak[w] || strings.ContainsAny(w, "-/&:") || w == "visit" {
			continue
		}
		for p := 0; p < 2; p++ {
			if c := w[p]; c >= 'a' && c <= 'z' {
				idx[len(w)][p][c-'a'] = append(idx[len(w)][p][c-'a'], w)
			}
		}
	}
	return idx
}()

// fuzzyCue reports a misspelt strong date cue at token k ("dischared",
// "surgry", "apointment"): a word in no list, no dictionary and no name
// list, one swap of neighbouring letters or one letter added, dropped or
// changed from a cue of six letters or more, a swap only in one of five.
func (s *scanner) fuzzyCue(k int) bool {
	t := s.toks[k]
	if t.lex != 0 || t.punct || t.nd > 0 || t.na < 5 || int(t.na) != int(t.e-t.s) || int(t.na) >= len(fuzzyCues)-1 {
		return false
	}
	if g := s.gz(k); g.isWord() || g.given != 0 || g.sur != 0 {
		return false // most words near a date: asked first, and kept for the name pass
	}
	w := s.w(k)
	for n := len(w) - 1; n <= len(w)+1; n++ {
		for p := 0; p < 2; p++ {
			c := w[p]
			if c < 'a' || c > 'z' {
				continue
			}
			for _, cue := range fuzzyCues[n][p][c-'a'] {
				// a five-letter cue only through a swap or a key struck
				// twice ("admmit"): one edit from "birth" or "admit" is too
				// often another word or a name
				if k := slipEdit(w, cue); k == slipSwap || k == slipDoubled || k != 0 && len(cue) >= 6 {
					return true
				}
			}
		}
	}
	return false
}

// weakDateWords are date cues that also fit operational messages ("sepsis
// bundle results on 5/6").
var weakDateWords = union(careWords, words("results", "test", "labs", "scan", "imaging", "exam", "screening", "meds", "medication",
	"dose", "stay", "service", "records", "record", "late", "missed", "complaint", "grievance", "incident",
	"consult", "treatment", "encounter", "intake", "er", "ed", "icu", "transfer", "transferred", "ambulance",
	"delivery", "delivered", "since", "reaction", "reactions", "charge", "charged", "anesthesia",
	"placed", "collected", "resulted", // also an order placed, a payment collected
	// lab panels: a health date only in a patient's message
	"a1c", "inr", "bmp", "cbc", "cmp", "bloodwork", "labwork", "cycle", "cycles"), pluralEvents)

// pluralEvents are plurals of health events: a patient's list of dates
// ("her admissions this year: Jan 5, Mar 9"), or a unit's figures ("ED
// admissions since 3/1"). Weak cues, kept when the message names someone.
var pluralEvents = words("admissions", "readmissions", "discharges", "appointments", "appts", "procedures",
	"infusions", "treatments")

// careWords are services a patient starts and forms a patient signs: weak
// cues, since they also name programmes ("hospice starts the 3rd", "signed
// the AMA form on the 9th").
var careWords = words("vna", "hh", "hospice", "homecare", "rehab", "therapy", "snf",
	"ama", "consent", "dnr", "polst", "molst")

var schedWords = words("meeting", "meet", "call", "huddle", "sync", "deadline", "due", "by", "opens", "open", "live",
	"closes", "close", "arrives", "arrive", "ships", "shipment", "moved", "move", "reschedule", "rescheduled",
	"announced", "agenda", "starting", "starts", "start", "effective", "expires", "expiry", "exp", "expiration",
	"valid", "through", "thru", "lapse", "lapses", "lapsed", "ends", "end", "renewal", "renew", "enrollment",
	"board", "budget", "discuss", "presenting", "present", "required", "webinar", "session", "training",
	"offsite", "retreat", "summit", "lunch", "dinner", "launch", "until", "til", "before", "review", "submit",
	"invoice", "payment", "paid", "week", "exp.", "cutoff", "go-live", "kickoff", "town", "hall", "interview",
	"coverage", "terminated", "termed", "term", "period", "quarter", "fiscal", "lapsing", "active", "inactive", "eligible", "reinstated",
	"expire", "expired-card", "card", "renewed", "deliverable", "report", "filed", "published", "release",
	"changed", "changes", "dated", "available", "availability", "signed", "breakfast", "regrets", "check-in", "go-live", "cutover",
	"fair", "expo", "drill", "class", "course", "workshop", "seminar", "orientation", "inservice", "in-service",
	"party", "gala", "host", "hosts", "hosting", "meets", "tour", "calendar", "proposed", "charges", "expense",
	"expenses", "moves", "accessed", "accesses", "notified", "conf", "conference", "letter",
	// work on the building or the systems, and opening hours
	"finish", "finishes", "finished", "renovation", "renovations", "construction", "hours", "closing", "maintenance",
	"downtime", "outage", "upgrade", "install", "installation", "migration", "rollout", "audit", "census",
	"eligibility", "eligible",
	// notices sent to many, documents and decisions
	"notice", "notices", "announcement", "newsletter", "recall", "updated", "revised", "approved", "renews")

// visitAux reports a word that makes "visit" a verb: "will visit the clinic".
func visitAux(w string) bool {
	switch w {
	case "will", "to", "ll", "can", "would", "should", "plans":
		return true
	}
	return false
}

// servicePlaces after a health word name a place or a service: "cath lab",
// "dialysis unit", "infusion suite", "surgery center".
var servicePlaces = words("lab", "suite", "unit", "units", "center", "centre", "clinic", "department", "dept",
	"program", "programme", "ward", "wing", "van", "bay", "lounge", "services")

// audienceWords name a group an event is for: "the vaccination clinic for
// staff is 10/3". A health date in such a message is someone's only if the
// message names them.
var audienceWords = words("staff", "employees", "everyone", "nurses", "volunteers", "clinicians", "physicians",
	"providers", "all-staff")

// statWords make a clause about figures, whose dates are reporting
// periods: "knee replacement volumes are up since 4/9", "cath lab data on
// 5/2". They are scheduling words too.
var statWords = words("volume", "volumes", "data", "metrics", "stats", "statistics", "numbers", "rates", "trend",
	"trends", "dashboard", "kpis", "benchmark", "benchmarks", "throughput")

// apptWords make a date with a time a patient's appointment: "appt 3/18 @ 2pm".
var apptWords = words("appt", "appointment", "visit", "surgery", "procedure", "f/u", "follow-up", "followup", "consult",
	"mri", "infusion", "dialysis", "chemo", "colonoscopy", "mammo", "mammogram", "biopsy")

// orgVisit reports a "visit" at token k that orgVisits make an
// inspection or a business call.
func (s *scanner) orgVisit(k int) bool {
	return (s.w(k) == "visit" || s.w(k) == "visits") && s.in(k-1, orgVisits)
}

// orgVisits make a "visit" an inspection or a business call.
var orgVisits = words("proposed", "site", "dph", "survey", "board", "state", "magnet", "joint", "commission", "cms", "vendor",
	"sales", "donor", "accreditation", "leapfrog", "regulatory")

var afterDateWords = words("mammo", "mammogram", "colonoscopy", "echo", "draw", "recheck", "post-op", "visit", "appointment", "appt", "discharge", "admission", "admit", "surgery", "procedure",
	"fall", "follow-up", "f/u", "death", "delivery", "birth", "er", "ed", "mri", "scan", "labs", "stay", "encounter",
	"injury", "accident", "incident", "consult", "exam", "infusion", "dialysis", "transfer")

// moveVerbs move an appointment, or a person's: "rescheduled <name> to
// 3/24", "r/s <name> from 3/17 to 3/24".
var moveVerbs = words("reschedule", "rescheduled", "resched", "r/s", "moved", "move", "bumped", "bump", "pushed", "push")

// movedPerson reports a move verb in the date's clause, up to eight words
// before token ti, whose object is a person: a title, a patient word or a
// capitalised word that is no function word right after it ("r/s Mr.
// Dunne to 4/2", "moved pt Ilse Marr from 3/17"), not "moved the board
// meeting to 4/2".
func (s *scanner) movedPerson(ti int) bool {
	for k, n := ti-1, 0; k >= 0 && n < 8 && s.toks[k+1].sp < 2; k-- {
		if s.toks[k].punct {
			if c := s.b[s.toks[k].s]; c == '.' && !s.in(k-1, honorifics) || c == ';' || c == '!' || c == '?' {
				return false
			}
			continue
		}
		n++
		if !s.in(k, moveVerbs) {
			continue
		}
		o := k + 1
		if o >= ti || s.toks[o].punct {
			return false
		}
		return s.in(o, honorifics) || s.in(o, patientTrig) || s.in(o, objPronouns) && s.w(o) != "me" && s.w(o) != "us" ||
			(s.isUpperStart(o) || !s.gz(o).isCommonWord()) && !s.in(o, function) && s.toks[o].nd == 0
	}
	return false
}

// echoObjects follow "echo" the verb: "echo the message", "echo her
// concerns".
var echoObjects = map[string]bool{"the": true, "our": true, "that": true, "this": true, "what": true, "her": true,
	"his": true, "their": true, "my": true, "your": true, "back": true}

// eventNouns are the staff events and deadlines a date names when it
// stands right before them ("the 12/15 deadline", "our 3/4 offsite").
var eventNouns = words("deadline", "cutoff", "cut-off", "go-live", "kickoff", "meeting", "huddle", "webinar", "retreat",
	"offsite", "luncheon", "launch", "session", "training", "townhall", "interview", "submission")

// attributiveDate reports a date at tokens ti..te-1 used as a modifier:
// after "the" or a possessive and before the noun it dates ("the 12/13
// extraction", "her 3/3 scope"), a noun that names no meeting, no
// deadline, no business event and no figure (those dates are refused or
// weighed by their own rules).
func (s *scanner) attributiveDate(ti, te int) bool {
	if te >= len(s.toks) || ti == 0 || s.toks[ti].sp == 0 || s.toks[te].sp != 1 {
		return false
	}
	if p := s.w(ti - 1); p != "the" && !s.in(ti-1, ageHis) && p != "my" && p != "your" && p != "our" {
		return false
	}
	t := s.toks[te]
	if t.punct || t.nd > 0 || t.na < 2 {
		return false
	}
	if months[s.w(te)] != 0 || s.isTimeAt(te) {
		return false
	}
	// the noun and the word after it, the head of "the 3/4 ops call"
	for k := te; k < te+2 && k < len(s.toks) && !s.toks[k].punct; k++ {
		if s.in(k, eventNouns) || s.in(k, schedWords) || s.in(k, statWords) || s.in(k, bizWords) || s.in(k, staffEvent) ||
			s.in(k, groupNouns) {
			return false
		}
	}
	return true
}

// groupNouns name bodies that meet: "the 11/6 falls committee".
var groupNouns = words("committee", "council", "forum", "subcommittee", "taskforce", "workgroup", "cabinet", "caucus")

// scoreWords come before a score out of ten: "pain 6/10", "rates it 8/10".
var scoreWords = plainWords("pain", "score", "scale", "rated", "rates", "rate", "rating", "level", "intensity", "severity", "nausea", "anxiety")

// notDateFraction reports a day and month of tokens ti..te-1 that are no
// date: a score out of ten after a score word ("pain 6/10", "pain is
// 7/10"), a newborn's Apgar scores ("apgars 8/9") and "24/7".
func (s *scanner) notDateFraction(ti, te int) bool {
	if te-ti != 3 || !s.is(ti+1, '/') || s.toks[ti].nd == 0 || s.toks[ti+2].nd == 0 {
		return false
	}
	a, b := s.b[s.toks[ti].s:s.toks[ti].e], s.b[s.toks[ti+2].s:s.toks[ti+2].e]
	if string(a) == "24" && string(b) == "7" {
		return true
	}
	// the score word right before, or before "is", "of", ':' ("pain is
	// 7/10", "pain score: 6/10"); not "pain clinic appt 6/10"
	k := ti - 1
	if w := s.w(k); w == "is" || w == "was" || w == "were" || w == "of" || w == "at" || s.is(k, ':') || s.is(k, '=') {
		k--
	}
	if k < 0 || s.toks[k+1].sp == 2 {
		return false
	}
	if w := s.w(k); w == "apgar" || w == "apgars" {
		// a newborn's two scores out of ten: "apgars 8/9"
		x, okA := smallNum(a, 2)
		y, okB := smallNum(b, 2)
		return okA && okB && x <= 10 && y <= 10
	}
	return string(b) == "10" && len(a) <= 2 && scoreWords[s.w(k)]
}

// expiryWords say when a card or a document expires.
var expiryWords = plainWords("exp", "expiry", "expires", "expiration", "expiring", "expd")

// expiryMonth reports a month and year of tokens ti..te-1 ("04/27",
// "05-2027") right after an expiry word, over a full stop, a colon or
// "date" ("exp. 04/27", "expiration date: 05/2027"): a card's or a
// document's expiry, which is no one's health date.
func (s *scanner) expiryMonth(ti, te int) bool {
	if te-ti != 3 || !(s.is(ti+1, '/') || s.is(ti+1, '-')) || s.toks[ti].punct || s.toks[ti+2].punct {
		return false
	}
	m, ok := smallNum(s.b[s.toks[ti].s:s.toks[ti].e], 2)
	if y := s.toks[ti+2]; !ok || m < 1 || m > 12 || y.na > 0 || y.nd != 2 && y.nd != 4 {
		return false
	}
	k := ti - 1
	for n := 0; n < 3 && k >= 0 && (s.is(k, '.') || s.is(k, ':') || s.w(k) == "date"); n++ {
		k--
	}
	return k >= 0 && s.toks[k+1].sp < 2 && expiryWords[s.w(k)]
}

// dateCand judges a date candidate at folded offsets [st,en).
func (s *scanner) dateCand(st, en int, hasYear bool) {
	ti := s.tokAt(st)
	if ti >= len(s.toks) {
		ti = len(s.toks) - 1 // a date glued inside the last token ("tel010100"): that token
	}
	te := s.tokAt(en) // first token after the date
	s.noteDate(st, en, ti, te, s.dateKind(ti, te))
	timed := s.isTimeAt(te) // "3/4 at 2pm": a meeting, unless a visit cue owns it
	after := false
	for k, n := te, 0; k < len(s.toks) && n < 2; k++ {
		if k > te && s.toks[k].sp == 2 {
			break
		}
		if s.toks[k].punct {
			if c := s.b[s.toks[k].s]; c == '.' && k+1 < len(s.toks) && s.toks[k+1].sp > 0 || c == ';' || c == '!' || c == '?' {
				break // "on 2/3. Kiosks stay as backup": the next sentence
			}
			continue
		}
		if s.in(k, afterDateWords) && !s.in(k+1, schedWords) {
			after = true // "3/4 colonoscopy"; not "2/6 10am, ED conf"
		}
		if k == te && (s.in(k, healthDateWords) && !s.in(k, weakDateWords) || s.clinical(k)) && !s.in(k+1, servicePlaces) &&
			!s.in(k+1, schedWords) && !s.mentions(staffEvent) {
			after = true // "before her 12/19 implant": any strong cue right after the date
		}
		n++
	}
	if s.rangeEnd(ti) {
		s.add(Date, st, en, priContext)
		return
	}
	if s.mailHeader(ti, te) {
		s.refuseDate()
		return // "On Mon, Nov 30, Ann Lee wrote:", "Sent: Monday, Nov 30": a quoted e-mail's date
	}
	if !hasYear && s.notDateFraction(ti, te) {
		s.refuseDate()
		return // "pain 6/10", "24/7 help": a score out of ten, around the clock
	}
	if s.expiryMonth(ti, te) {
		s.refuseDate()
		return // "card 4024 ... exp. 04/27": a card's or a document's expiry
	}
	if !after && te < len(s.toks) && s.in(te, eventNouns) {
		s.refuseDate()
		return // "by the 12/15 deadline", "the 3/4 huddle": the date names the event after it
	}
	// A bare "5/6" needs its cue close by; a full date may sit further
	// from it ("Records for <name> from <date> to <date>").
	window := 6
	if hasYear {
		window = 10
	}
	// The closest cue decides: "surgery scheduled for 4/12" is a health
	// date, "the board meeting about her surgery moved to 4/12" is not.
	c, orgVisit := s.nearestCueOrg(ti, window)
	if !after && c <= 0 && s.attributiveDate(ti, te) {
		// "reschedule the 3/25 sedation", "cx'd her 7-Apr case": a date
		// that names the event after it is that event's, whatever cue
		// came before; a person's when the message names someone
		s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: en, pri: priContext})
		s.dates[len(s.dates)-1].attr = true // (noted above)
		return
	}
	if !after && c <= 0 && s.listedAfterDate(ti) {
		// "draw due 4/22, repeat due 6/3", "admitted 3/2 and 3/9": a date
		// listed after a health date is one too
		s.add(Date, st, en, priContext)
		return
	}
	if !after && c <= 0 && hasYear && s.pastYear(st, en) {
		// "RUIZ, TIGIST L 04/23/1958": a date decades back is a birth
		// date or a medical history's, never a meeting, even after a
		// scheduling word ("rescheduled: <name> – 22-jan-1983"); it is
		// PHI when the message names someone or carries their identifiers
		s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: en, pri: priContext})
		return
	}
	if !after && c <= 0 && s.movedPerson(ti) {
		// "rescheduled Mr. Okafor from 3/17 to 3/24", "r/s Lindqvist to
		// 12/3": a person's appointment moved; theirs when the message
		// names them
		s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: en, pri: priContext})
		return
	}
	if !after && c < 0 {
		if orgVisit {
			// an inspection's or a business call's day ("Anthem site visit
			// 3/17"): no one's, whatever the model reads in the message
			s.refuseDate()
			return
		}
		s.refuseSoftDate()
		return // the closest cue is a scheduling one: a meeting's, a deadline's
	}
	if timed && !after && c < 2 && !s.prevWordIn(ti, apptWords, 4) {
		// a date with a clock time is a meeting unless a health cue owns
		// it; the model may still take it when the sentence is about a
		// procedure ("book <patient> for a TEE on 3/4 at 9")
		if !s.clinicalSentence(ti, te) {
			s.refuseSoftDate()
		}
		return
	}
	if timed && !after && !s.prevWordIn(ti, apptWords, 4) {
		// "drawn 3/16 10am", "video visit 8/17 8:00": a patient's if the
		// message names one, else a talk on the subject ("fall
		// prevention, 5/14 at noon")
		s.healthDate = s.healthDate || c > 1 && (s.nearestCue(ti, 1) > 1 || s.pastEvent(ti, 6))
		s.pending = append(s.pending, cand{t: Date, s: st, e: en, pri: priContext})
		s.refuseSoftDate()
		return
	}
	if c == 1 && s.prevWordIn(ti, statWords, 6) {
		s.refuseDate()
		return // "volumes are up since 4/9": a weak cue in a clause about figures
	}
	strong := after || c > 1 || s.isDOBAbbrev(ti)
	if strong && s.mentions(audienceWords) && !s.isDOBAbbrev(ti) && !s.prevWordIn(ti, dobWords, 4) {
		// "our vaccination clinic for staff is 10/3": an event for a
		// group, unless the message names someone
		s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: en, pri: priContext})
		return
	}
	s.healthDate = s.healthDate || strong
	cue := strong || c == 1 && (s.health || s.hasIDs())
	if cue || (hasYear && s.health) {
		s.add(Date, st, en, priContext)
		return
	}
	if c == 1 && (s.w(ti-1) == "since" || s.w(ti-1) == "the" && s.w(ti-2) == "since" || s.prevWordIn(ti, pluralEvents, 6)) {
		// "in the day program since 10/6", "a patient here since the
		// 18th": a state someone has been in since a date; theirs when the
		// message names them
		s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: en, pri: priContext})
		return
	}
	// No cue either way: a date in a message about an identified patient's
	// health is theirs ("Amara had a reaction at school 11/18"). Whether
	// the message identifies someone is known only after the name pass.
	s.pending = append(s.pending, cand{t: Date, s: st, e: en, pri: priContext})
}

// clinicalSentence reports a strong health cue, a procedure, an illness
// or a drug among the words of the date's sentence (up to twelve words
// either side of tokens ti..te-1).
func (s *scanner) clinicalSentence(ti, te int) bool {
	s.dateTable = dateClassTable()
	for k, n := ti-1, 0; k >= 0 && n < 12 && !s.clauseEnd(k) && s.toks[k+1].sp < 2; k-- {
		if s.toks[k].punct {
			continue
		}
		if s.wordClasses(k, true)&(1<<wcStrong|1<<wcCond) != 0 {
			return true
		}
		n++
	}
	for k, n := te, 0; k < len(s.toks) && n < 12 && !s.clauseEnd(k) && (k == te || s.toks[k].sp < 2); k++ {
		if s.toks[k].punct {
			continue
		}
		if s.wordClasses(k, true)&(1<<wcStrong|1<<wcCond) != 0 {
			return true
		}
		n++
	}
	return false
}

// dateKind tells what kind of expression the date at tokens ti..te-1 is.
func (s *scanner) dateKind(ti, te int) uint8 {
	words := false
	for k := ti; k < te; k++ {
		t := s.toks[k]
		if t.punct {
			continue
		}
		if t.na > 0 && (t.nd > 0 || s.in(k, monthSet) || s.fuzzyMonthWord(k)) {
			return dkMonth // "March 4", "27AUG1954"
		}
		if t.nd == 0 {
			words = true
		}
	}
	if words {
		return dkWords
	}
	if te-ti == 3 && s.toks[te-1].nd == 4 && s.toks[ti].nd <= 2 {
		return dkMonthYear // "09/2024"
	}
	return dkNumeric
}

// dayRangeAfter reports a day after a dash at token k that closes a range
// of days ("march 3-7", "3/4-9"), nothing glued after it.
func (s *scanner) dayRangeAfter(k int) bool {
	if !s.is(k, '-') || k+1 >= len(s.toks) || s.toks[k+1].sp != 0 || !s.dayNum(k+1) {
		return false
	}
	n := k + 2
	return n >= len(s.toks) || s.toks[n].sp > 0 || s.toks[n].punct && !(n+1 < len(s.toks) && s.toks[n+1].sp == 0 && s.toks[n+1].nd > 0)
}

// pastEvent reports a health cue in the past tense among the n words
// before token ti ("fell in the dining room 12/01 at 17:40", "eloped on
// 11/30 at 21:15"): something that happened to someone, not a talk's topic
// ("fall prevention, 5/14 at noon").
func (s *scanner) pastEvent(ti, n int) bool {
	for k, seen := ti-1, 0; k >= 0 && seen < n; k-- {
		if s.toks[k+1].sp == 2 {
			return false
		}
		if s.toks[k].punct {
			continue
		}
		if s.in(k, healthDateWords) && !s.in(k, weakDateWords) {
			w := s.w(k)
			return hasSuffix(w, "ed") || w == "fell" || w == "drawn" || w == "seen" || w == "born" || w == "died"
		}
		seen++
	}
	return false
}

// pastYear reports a date at [st,en) whose year (four digits at its end or
// start, or the last four of eight digits read as month, day and year) is
// before 2000.
func (s *scanner) pastYear(st, en int) bool {
	b := s.b
	y := -1
	if en-st == 8 && validPlainDate(b[st:en]) && validYMD(atoi(b[st+4:en]), atoi(b[st:st+2]), atoi(b[st+2:st+4])) {
		y = atoi(b[st+4 : en]) // "07141953"
	} else if en-st >= 4 && isDigit(b[en-1]) && isDigit(b[en-2]) && isDigit(b[en-3]) && isDigit(b[en-4]) && (en-st == 4 || !isDigit(b[en-5])) {
		y = atoi(b[en-4 : en])
	} else if en-st >= 5 && isDigit(b[st]) && isDigit(b[st+3]) && !isDigit(b[st+4]) {
		y = atoi(b[st : st+4])
	}
	return y >= 1880 && y < 2000
}

// settleDates adds the dates held back by dateCand when the message names
// a patient (or carries a personal identifier) and is about health, and the
// addresses held back when the message names someone.
func (s *scanner) settleDates() {
	s.settleRules()
	s.decideDates()
}

// settleRules adds what the cue rules held back.
func (s *scanner) settleRules() {
	if len(s.pendingPerson) > 0 && (len(s.names) > 0 || s.personalIDs()) {
		for _, c := range s.pendingPerson {
			s.add(c.t, c.s, c.e, c.pri)
		}
	}
	if len(s.pending) == 0 || len(s.names) == 0 && !s.personalIDs() {
		return
	}
	if s.health || s.healthDate || s.clinicalTerms() {
		for _, c := range s.pending {
			s.add(c.t, c.s, c.e, c.pri)
		}
	}
}

// personalIDs reports an identifier that only an individual has (record,
// plan, account, SSN numbers); phones and e-mails may be a department's.
func (s *scanner) personalIDs() bool {
	for _, c := range s.cands {
		switch c.t {
		case MRN, SSN, HealthPlanID, AccountNumber, Address, URL:
			return true
		}
	}
	return false
}

// nearestCue looks back from token ti through up to n words of the clause
// for the closest date cue: 2 for a health cue, 1 for a weak one, -1 for a
// scheduling one, 0 for none.
func (s *scanner) nearestCue(ti, n int) int {
	c, _ := s.nearestCueOrg(ti, n)
	return c
}

// nearestCueOrg is nearestCue, and whether the scheduling cue it found is
// an organisation's visit ("site visit", "the DPH visit").
func (s *scanner) nearestCueOrg(ti, n int) (int, bool) {
	for k, seen := ti-1, 0; k >= 0 && seen < n; k-- {
		if s.toks[k+1].sp == 2 {
			return 0, false
		}
		if s.toks[k].punct {
			if c := s.b[s.toks[k].s]; c == ';' || c == '!' || c == '?' || c == '|' || c == '>' {
				return 0, false
			}
			continue
		}
		if s.toks[k].sp == 0 && s.is(k-1, '\'') && s.toks[k].e-s.toks[k].s <= 2 {
			continue // the "s" of "Joseph's", the "ll" of "she'll": no word of its own
		}
		switch {
		case s.orgVisit(k):
			return -1, true // "the DPH visit", "Magnet site visit": a survey, not a patient's
		case s.w(k) == "visit" && visitAux(s.w(k-1)) && (s.w(k+1) == "the" || s.w(k+1) == "our"):
			// "the CEO will visit the Revere clinic on 11/30": a verb, a
			// tour; no cue either way
		case s.w(k) == "echo" && k+1 < ti && echoObjects[s.w(k+1)]:
			// "echo the message to the team on 11/14": the verb, no study
		case s.in(k+1, servicePlaces) && k+1 < ti:
			// "the cath lab", "the infusion suite": a place named after
			// what is done there, no one's health event
		case s.in(k, weakDateWords):
			return 1, false // "results", "labs": a health date only in a patient's message
		case s.in(k, healthDateWords) || s.dottedDOB(k):
			return 2, false
		case s.in(k, statWords):
			return -1, false
		case s.in(k, schedWords) && seen < 5:
			// "recheck due 5/12", "DOS starting 12/01", "the bronch got
			// moved to 6/2": a health word owns the scheduling word
			p := k - 1
			for n := 0; n < 3 && p > 0 && s.in(p, auxWords); n++ {
				p-- // "surgery got moved to", "her MRI was rescheduled for", "infusion every Tuesday starting"
			}
			if p >= 0 && !s.toks[p].punct && (s.in(p, healthDateWords) || s.clinical(p)) {
				if s.in(p, weakDateWords) {
					return 1, false // "labs are due 12/14": a patient's labs in a patient's message
				}
				return 2, false
			}
			if s.in(k, untilWords) && s.dueAfterHealth(k) {
				return 2, false // "f/u within 7d so by 3/4": the follow-up's deadline is its day
			}
			if s.labelOwnsSched(k) {
				return 2, false // "DOS on the open accounts: 1/4/24", "her due date is 14 Sep"
			}
			if s.w(k) == "signed" && s.formBefore(k) {
				return 1, false // "consent for the scope signed 3/4", "authorizes ... to receive records, signed 3/4"
			}
			return -1, false
		case s.clinical(k) || s.fuzzyCue(k):
			// "thyroidectomy 3/4", like the procedures of healthDateWords;
			// "dischared 3/5", "colonscopy 6/7"
			return 2, false
		}
		if !s.in(k, function) {
			seen++
		}
	}
	return 0, false
}

// labelOwnsSched reports a scheduling word at token k that a patient's
// date label owns: a record's date label (DOS, DOB, DOA) a few words
// before it in the clause ("DOS on the open accounts: 1/4/24"), or "due
// date" after a person's possessive ("her due date", "the patient's due
// date"): a pregnancy's, not a deadline.
func (s *scanner) labelOwnsSched(k int) bool {
	if s.w(k) == "due" && s.w(k+1) == "date" {
		p := k - 1
		if s.w(p) == "s" && s.is(p-1, '\'') && s.toks[p].sp == 0 {
			p -= 2 // "patient's", "Maria's"
			return p >= 0 && (s.inAny(p, patientTrig, relatives) || s.isUpperStart(p) && !s.sentenceStart(p))
		}
		return s.w(p) == "her" || s.w(p) == "their"
	}
	for j, n := k-1, 0; j >= 0 && n < 5 && s.toks[j+1].sp < 2 && !s.clauseEnd(j); j-- {
		if s.toks[j].punct {
			continue
		}
		if s.in(j, dobWords) && s.w(j) != "b" && s.w(j) != "born" {
			return true
		}
		n++
	}
	return false
}

// formBefore reports a patient's form or record among the eight words of
// the clause before token k ("consent", "DNR", "records"): what "signed"
// at k was signed is a patient's, not a contract.
func (s *scanner) formBefore(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 8 && s.toks[j+1].sp < 2 && !s.clauseEnd(j); j-- {
		if s.toks[j].punct {
			continue
		}
		if s.in(j, careWords) || s.w(j) == "records" || s.w(j) == "record" {
			return true
		}
		n++
	}
	return false
}

// dueAfterHealth reports a strong health cue or a procedure among the
// four words (function words and numbers aside) of the clause before the
// deadline word at token k ("f/u within 7d so by", "6 wks after CABG, due
// around", "admitted 3/4, obs until"), with no scheduling word between:
// the deadline is the patient's event's.
func (s *scanner) dueAfterHealth(k int) bool {
	for p, n := k-1, 0; p >= 0 && n < 4 && k-p <= 10; p-- {
		if s.toks[p+1].sp == 2 || s.clauseEnd(p) {
			return false
		}
		if s.toks[p].punct {
			continue
		}
		if s.in(p, healthDateWords) && !s.in(p, weakDateWords) || s.clinical(p) {
			return true
		}
		if s.in(p, schedWords) {
			return false
		}
		if !s.in(p, function) && s.toks[p].nd == 0 {
			n++ // "in", "so", "10" do not count
		}
	}
	return false
}

// listSeps join the items of a list of dates.
var listSeps = words("and", "then", "or", "also", "plus", "again")

// listedAfterDate reports a date at token ti that follows a taken date in
// the same line as the next item of a list: a separator right after the
// first date (",", ";", "and", "then"), then at most four words, none of
// them a scheduling word other than "due" or "on".
func (s *scanner) listedAfterDate(ti int) bool {
	words := 0
	for k := ti - 1; k > 0 && ti-k <= 10; k-- {
		if s.toks[k+1].sp == 2 {
			return false
		}
		t := s.toks[k]
		if t.punct {
			c := s.b[t.s]
			p := k - 1
			for p > 0 && (s.is(p, '*') || s.is(p, '_') || s.is(p, '`') || s.is(p, ')')) {
				p-- // markup around the first date: "*4/22*, 6/3"
			}
			if (c == ',' || c == ';' || c == '&') && hasBit(s.dateEnds, int(s.toks[p].e)) {
				return true
			}
			if c == '.' || c == '!' || c == '?' || c == '|' || c == ':' {
				return false
			}
			continue
		}
		if s.in(k, listSeps) && hasBit(s.dateEnds, int(s.toks[k-1].e)) {
			return true
		}
		if s.in(k, schedWords) && s.w(k) != "due" || s.isTimeAt(k) {
			return false
		}
		if words++; words > 4 {
			return false
		}
	}
	return false
}

// auxWords stand between a noun and its verb: "surgery got moved"; so do
// words of how often: "infusion every Tuesday starting 6/4".
var auxWords = words(append(append([]string{"got", "was", "is", "are", "been", "has", "had", "being", "be", "will",
	"get", "gets", "were", "every", "each", "weekly", "daily", "monthly", "twice"}, weekdayNames...), weekdayPlurals...)...)

// mailHeader reports a date at tokens ti..te-1 in the header line of a
// quoted e-mail: "On <date>, <name> wrote:" or "Sent: <date>".
func (s *scanner) mailHeader(ti, te int) bool {
	on := false
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		if w := s.w(k); w == "on" && (k == 0 || s.toks[k].sp == 2 || s.toks[k-1].punct) || w == "sent" && s.is(k+1, ':') {
			on = true
			break
		}
		if s.toks[k].sp == 2 {
			break
		}
	}
	if !on {
		return false
	}
	if s.w(ti-2) == "sent" || s.w(ti-4) == "sent" {
		return true
	}
	for k := te; k < len(s.toks) && k < te+8 && s.toks[k].sp < 2; k++ {
		if s.w(k) == "wrote" {
			return true
		}
	}
	return false
}

// rangeEnd reports a date that closes a range whose first date was taken:
// "from <date> to <date>", "<date> - <date>".
func (s *scanner) rangeEnd(ti int) bool {
	if p := s.arrowBefore(ti); p >= 0 {
		return hasBit(s.dateEnds, int(s.toks[p].e)) // "<date> → <date>": moved, or a span
	}
	k := ti - 1
	if w := s.w(k); !(w == "to" || w == "through" || w == "thru" || w == "until" || s.is(k, '-')) || k < 1 {
		return false
	}
	return hasBit(s.dateEnds, int(s.toks[k-1].e))
}

// arrowBefore returns the token before an arrow right before token ti,
// or -1: "->", or a symbol set off by spaces ("→", "—"; the folded text
// has one byte for every symbol), between two dates a move or a span.
func (s *scanner) arrowBefore(ti int) int {
	if ti < 2 {
		return -1
	}
	if k := ti - 1; s.is(k, '>') && s.is(k-1, '-') && s.toks[k].sp == 0 && k >= 2 {
		return k - 2
	}
	if k := ti - 1; s.is(k, sub) && s.toks[k].sp == 1 && s.toks[ti].sp == 1 {
		return k - 1
	}
	return -1
}

// unitAfter follow a number pair that is a span or a count, not a date:
// "3-4 days", "2-3x", "5-10 mg".
// A map, not a lexicon list: its words stay unlisted for the other passes.
var unitAfter = map[string]bool{"day": true, "days": true, "d": true, "wk": true, "wks": true, "week": true, "weeks": true,
	"month": true, "months": true, "mo": true, "hours": true, "hrs": true, "hr": true, "h": true, "min": true, "mins": true,
	"minutes": true, "times": true, "x": true, "mg": true, "ml": true, "units": true, "am": true, "pm": true, "years": true,
	"yrs": true, "y": true, "g": true, "gm": true, "kg": true, "mcg": true, "lb": true, "lbs": true, "cc": true, "meq": true,
	"mmol": true, "cm": true, "mm": true, "oz": true}

// shortDashDate reports a month and day joined by a dash without a zero
// ("6-20") at tokens ti..te-1 that a strong health cue owns: right before
// it ("adm 6-20", "fall on 4-15", "implanted 11-20") or right after it
// ("2-11 admit"), or earlier in its clause when "on" or "due" sets the
// date off ("fell in the lobby on 10-14"). It is no room ("in 5-13", "rm 4-02"), no span of hours
// ("Fri 1-5") and no count ("3-4 days").
func (s *scanner) shortDashDate(ti, te int) bool {
	if s.toks[ti].sp == 0 && ti > 0 || te < len(s.toks) && s.toks[te].sp == 0 && !s.toks[te].punct ||
		s.is(te, ':') && (te+1 >= len(s.toks) || s.toks[te+1].sp == 0) || s.is(te, '-') || // (a colon before a space ends a clause: "admitted 7-18: ...")
		s.pairNotDate(ti, te) {
		return false
	}
	strong := func(k int) bool {
		return s.in(k, healthDateWords) && !s.in(k, weakDateWords) || s.clinical(k) || s.fuzzyCue(k)
	}
	k := ti - 1
	if s.w(k) == "on" {
		k--
	}
	if k >= 0 && !s.toks[k].punct && strong(k) || te < len(s.toks) && strong(te) && !s.in(te+1, servicePlaces) {
		return true
	}
	// an end of a move or a span whose other end is a date: "moved from
	// 2/24 to 3-15", "from 3-29 to 08/28/2024"
	if s.rangeEnd(ti) || s.w(ti-1) == "from" && s.w(te) == "to" && s.slashDateAt(te+1) {
		return true
	}
	if w := s.w(ti - 1); dashDatePreps[w] && !s.toks[ti-1].punct {
		// "since 3-2", "sooner than 9-12", "due back 1-27", "going home
		// 7-16": a word that takes a date; the date model decides whose
		return true
	}
	if w := s.w(ti - 1); w != "on" && w != "due" && w != "is" && w != "was" && w != "of" {
		return false
	}
	// "fell in the lobby on 10-14", "f/u for <name> due 7-24", "EDD for
	// <name> is 5-31": a health event earlier in the clause owns a date
	// set off by "on", "due", a copula or "of"
	for k, n := ti-2, 0; k >= 0 && n < 6 && s.toks[k+1].sp < 2; k-- {
		if s.toks[k].punct {
			if c := s.b[s.toks[k].s]; c == '.' || c == ';' || c == '!' || c == '?' || c == '|' {
				return false
			}
			continue
		}
		if strong(k) {
			return true
		}
		n++
	}
	return false
}

// pairNotDate reports words next to a pair of numbers at tokens ti..te-1
// that make it no date: a unit after it ("3-4 days"), a weekday on either
// side (its hours: "Fri 1-5"), a room's word before it ("rm 4-02").
func (s *scanner) pairNotDate(ti, te int) bool {
	return unitAfter[s.w(te)] || s.in(te, weekdays) || s.in(ti-1, weekdays) || roomWords[s.w(ti-1)] || settingWords[s.w(ti-1)]
}

// settingWords come before a machine's settings, which a pair of numbers
// there is: "auto 5-15", "BiPAP 12/5", "PEEP 5-8".
var settingWords = plainWords("auto", "cpap", "apap", "bipap", "bpap", "ipap", "epap", "peep", "ps", "fio2", "vent", "settings",
	"pressure", "pressures", "flow", "rate")

// dashDateShape reports a month and day joined by a dash at tokens
// ti..te-1 that stands as a date would: set off from the words around
// it, no room, count, span of hours or weekday's hours next to it.
func (s *scanner) dashDateShape(ti, te int) bool {
	// (set off: a blank, or a bracket or markup glued around it, before
	// and after; a colon glued after it is a clock's unless a blank
	// follows: "on 8-13: two pts")
	if s.toks[ti].sp == 0 && ti > 0 && !s.opener(ti-1) || te < len(s.toks) && s.toks[te].sp == 0 && (!s.toks[te].punct || s.is(te, ':') && (te+1 >= len(s.toks) || s.toks[te+1].sp == 0)) ||
		s.gluedDash(te) || s.is(te, '/') || s.pairNotDate(ti, te) || spanAfter[s.w(te)] || spanBefore[s.w(ti-1)] {
		return false
	}
	// right after a date the pair is its hours ("April 14 1-4", "3/1
	// 9-11", "M/W/F 9-11")
	if k := ti - 1; k >= 0 && s.toks[k].nd > 0 && !s.toks[k].punct && s.toks[ti].sp == 1 && (s.is(k-1, '/') || s.in(k-1, monthSet) || s.in(k-2, monthSet)) ||
		s.is(ti-2, '/') && s.toks[ti-1].na == 1 {
		return false
	}
	return true
}

// opener reports a bracket or a markup sign at token k that a value may
// be glued to: "(3-20)", "`11-23`", "*8-27*".
func (s *scanner) opener(k int) bool {
	return s.is(k, '(') || s.is(k, '[') || s.is(k, '`') || s.is(k, '*') || s.is(k, '_')
}

// spanAfter and spanBefore are words next to a span of numbers: "9-11
// window", "7-10 biz days", "between 1-5", "target 2-3".
var (
	spanAfter  = map[string]bool{"window": true, "biz": true, "business": true, "working": true, "shift": true, "hr": true, "hrs": true, "ish": true}
	spanBefore = map[string]bool{"between": true, "target": true, "goal": true, "range": true, "window": true, "shift": true, "score": true, "ratio": true}
)

// dashDatePreps take a date after them, no room, count or span of hours.
var dashDatePreps = map[string]bool{"since": true, "until": true, "till": true, "til": true, "than": true, "back": true,
	"home": true, "collected": true, "transport": true, "dated": true, "by": true, "before": true, "after": true, "start": true,
	"started": true, "starting": true}

// roomWords name a place a number pair labels: "room 4-02", "in 5-13".
var roomWords = map[string]bool{"in": true, "room": true, "rm": true, "bed": true, "unit": true, "suite": true, "ste": true,
	"bay": true, "pod": true, "floor": true, "fl": true}

// isDOBAbbrev spots "D.O.B." (tokens d . o . b .) just before token ti.
func (s *scanner) isDOBAbbrev(ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-4; k-- {
		if s.w(k) == "b" && s.w(k-2) == "o" && s.w(k-4) == "d" {
			return true
		}
	}
	return false
}

// dottedDOB reports "d.o.b" spelt with dots ending at token k, the "b": a
// birth-date cue like "dob".
func (s *scanner) dottedDOB(k int) bool {
	return s.w(k) == "b" && s.is(k-1, '.') && s.w(k-2) == "o" && s.is(k-3, '.') && s.w(k-4) == "d"
}

// isTimeAt reports a clock time at token i ("at 2:15", "@ 10", "3-4pm",
// "10am"): a scheduling date.
func (s *scanner) isTimeAt(i int) bool {
	if s.w(i) == "at" || s.is(i, '@') {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	w := s.w(i)
	if s.toks[i].nd > 0 && (s.is(i+1, ':') || hasSuffix(w, "am") || hasSuffix(w, "pm") ||
		s.w(i+1) == "am" || s.w(i+1) == "pm" || (s.is(i+1, '-') && (hasSuffix(s.w(i+2), "pm") || hasSuffix(s.w(i+2), "am")))) {
		return true
	}
	return w == "noon" || w == "midnight"
}

func hasSuffix(w, x string) bool { return len(w) >= len(x) && w[len(w)-len(x):] == x }

// dayNum parses a day-of-month token ("14", "14th", "3rd").
func (s *scanner) dayNum(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].nd == 0 || s.toks[i].nd > 2 {
		return false
	}
	w := s.w(i)
	d := 0
	k := 0
	for ; k < len(w) && isDigit(w[k]); k++ {
		d = d*10 + int(w[k]-'0')
	}
	sfx := w[k:]
	return d >= 1 && d <= 31 && (sfx == "" || sfx == "st" || sfx == "nd" || sfx == "rd" || sfx == "th")
}

// yearAt matches "1952" or "'52" at token i and returns its last token.
func (s *scanner) yearAt(i int) (int, bool) {
	if i < len(s.toks) && s.toks[i].nd == 4 && s.toks[i].na == 0 {
		y := atoi(s.b[s.toks[i].s:s.toks[i].e])
		return i, y >= 1880 && y <= 2099
	}
	if s.is(i, '\'') && i+1 < len(s.toks) && s.toks[i+1].sp == 0 && s.toks[i+1].nd == 2 && s.toks[i+1].na == 0 {
		return i + 1, true
	}
	return i, false
}

// detectMonthDates finds "March 14, 1952", "Mar 14th", "14-Mar-1952",
// "14 March 1952" and judges them like numeric dates; "March 2024" only
// after a strong health cue.
func (s *scanner) detectMonthDates() {
	if !s.mentions(monthSet) {
		if s.health || s.mentions(healthDateWords) {
			// a misspelt month matters only where a date would be a
			// health date; elsewhere it is not worth the search
			s.detectMisspeltMonths()
		}
		return
	}
	for i := range s.toks {
		if s.toks[i].punct || s.toks[i].nd > 0 {
			continue
		}
		if s.in(i, monthSet) || s.fuzzyMonth(i) {
			s.monthDate(i)
		}
	}
}

// detectMisspeltMonths looks for a misspelt month name ("Febuary 9", "12
// Novmeber") next to the numbers of a message that has no month name: a
// few numbers to look around instead of every word.
func (s *scanner) detectMisspeltMonths() {
	last := -1
	for n, i := len(s.toks), s.digitToks.next(0, len(s.toks)); i < n; i = s.digitToks.next(i+1, n) {
		t := s.toks[i]
		if t.nd > 4 || t.na > 2 {
			continue // a day ("9", "30th") or a year, nothing longer
		}
		for _, k := range [3]int{i - 2, i - 1, i + 1} {
			if k > last && k >= 0 && k < len(s.toks) && s.toks[k].lex == 0 && s.toks[k].na >= 4 && s.fuzzyMonth(k) {
				s.monthDate(k)
				last = k
			}
		}
	}
}

// monthDate reads a date around the month name at token i.
func (s *scanner) monthDate(i int) {
	j := i + 1
	if s.is(j, '.') {
		j++
	}
	st, en, year := i, -1, false
	if s.dayNum(j) && s.toks[j].sp < 2 { // month day [,] [year]
		en = j
		k := j + 1
		if s.is(k, ',') {
			k++
		}
		if y, ok := s.yearAt(k); ok {
			en, year = y, true
		} else if y := s.shortBirthYear(i, k); y > 0 {
			en, year = y, true // "DOB sept 3, '48"
		}
	} else if s.gluedDash(j) && s.dayNum(j+1) && s.toks[j+1].sp == 0 && !s.is(i-1, '-') &&
		s.gluedDash(j+2) && j+3 < len(s.toks) && s.toks[j+3].sp == 0 {
		// "Mar-14-1952", "MAR-14-52": month, day and year joined by dashes
		if y, ok := s.yearAt(j + 3); ok {
			en, year = y, true
		} else if t := s.toks[j+3]; t.nd == 2 && t.na == 0 {
			en, year = j+3, true
		}
	} else if s.gluedDash(j) && !s.is(i-1, '-') && s.monthDashNumber(j+1) {
		// "Nov-20": a month and a day, or a month and a two-digit year
		// when the number cannot be a day or the message writes its
		// years so ("Oct-87 ... Nov-20")
		if v := atoi(s.b[s.toks[j+1].s:s.toks[j+1].e]); v >= 1 && v <= 31 && !s.monthDashYears() {
			en = j + 1
		} else {
			s.noteDate(int(s.toks[i].s), int(s.toks[j+1].e), i, j+2, dkMonthYear)
			if s.monthYearCue(i) {
				s.add(Date, int(s.toks[i].s), int(s.toks[j+1].e), priContext)
				s.healthDate = true
			}
			return
		}
	} else if s.w(j) == "the" && s.dayNum(j+1) && s.toks[j+1].na == 2 && s.toks[j+1].sp < 2 { // June the 3rd
		en = j + 1
	} else if s.is(i-1, '-') && s.dayNum(i-2) && s.toks[i-1].sp == 0 && s.toks[i].sp == 0 && !s.gluedDash(j) &&
		(j >= len(s.toks) || s.toks[j].sp > 0 || s.toks[j].punct) {
		st, en = i-2, i // 6-May (and "6-May - no show": a dash set off is no part of it)
	} else if s.is(i-1, '-') && s.dayNum(i-2) && s.gluedDash(j) { // 14-Mar-1952
		if y, ok := s.yearAt(j + 1); ok {
			st, en, year = i-2, y, true
		} else if y := j + 1; y < len(s.toks) && s.toks[y].sp == 0 && s.toks[y].nd == 2 && s.toks[y].na == 0 {
			st, en, year = i-2, y, true // 14-Mar-52
		}
	} else if s.w(i-1) == "of" && s.dayNum(i-2) { // 14th of March [1952]
		st, en = i-2, i
		if y, ok := s.yearAt(j); ok {
			en, year = y, true
		} else if s.is(j, ',') {
			if y, ok := s.yearAt(j + 1); ok {
				en, year = y, true
			}
		}
	} else if s.dayNum(i-1) && !s.gluedDash(j) { // 14 March [1952] ("14 March - no injury" too)
		st, en = i-1, i
		if y, ok := s.yearAt(j); ok {
			en, year = y, true
		} else if y := s.shortBirthYear(i-1, j); y > 0 {
			en, year = y, true // "dob 3 sept 48"
		}
	} else if y, ok := s.yearAt(j); ok && s.toks[j].sp < 2 { // March 2024
		// Month and year alone is a health date only right after a
		// strong cue ("admitted March 2024"), never on the message's
		// health context alone ("survey window March 2024").
		s.noteDate(int(s.toks[i].s), int(s.toks[y].e), i, y+1, dkMonthYear)
		if s.monthYearCue(i) {
			s.add(Date, int(s.toks[i].s), int(s.toks[y].e), priContext)
			s.healthDate = true
		}
		return
	}
	if en < 0 {
		return
	}
	if s.w(i) == "may" && !year && s.toks[i].s > 0 && s.b[s.toks[i].s] == 'm' && !s.health && !(st < i && s.clauseEndAt(i+1)) &&
		!(st == i && (s.toks[en].na > 0 || s.is(i+1, '.') || mayDateBefore[s.w(i-1)] && !s.toks[i-1].punct)) && (st < i && !s.is(i-1, '-') || st == i && s.mayVerb(i)) {
		// in a lower-case sentence "may" is the verb after its subject
		// before a number a word goes on from ("we may 2x it") and between
		// a number and a word ("2 may need it"); "dos 12 may." ends its
		// clause, "28-may" is glued and "may 11th" has no verb's number
		return
	}
	if st == i && s.is(i-1, ',') && s.in(i-2, fullWeekdays) {
		st = i - 2 // "Wednesday, April 1": the weekday written out is part of the date
	}
	s.dateCand(int(s.toks[st].s), int(s.toks[en].e), year)
}

// mayVerb reports "may" at token i that may be the verb before a number:
// after a subject (a pronoun, "pt") and before a number that
// a word goes on from ("we may 2x it", "she may 3 more"), not one that ends
// its clause or leads to a time or a year ("came in may 14, who saw her",
// "rebook may 30 at 9").
func (s *scanner) mayVerb(i int) bool {
	n := i + 2
	if n >= len(s.toks) || s.toks[n].sp == 2 || s.toks[n].punct || s.toks[n].nd > 0 || timeOfDay[s.w(n)] {
		return false
	}
	p := i - 1
	return p >= 0 && !s.toks[p].punct && mayVerbSubject[s.w(p)]
}

// mayVerbSubject are words before "may" that make it the verb.
var mayVerbSubject = map[string]bool{"i": true, "you": true, "we": true, "they": true, "he": true, "she": true, "it": true,
	"who": true, "which": true, "that": true, "this": true, "there": true, "u": true, "pt": true, "patient": true, "family": true}

// mayDateBefore are words before "may 5" that make it a date, not the
// verb ("on may 5", "d/c may 5", "due may 14", "dos may 15"); "may." with a
// dot is the month too.
var mayDateBefore = map[string]bool{"on": true, "due": true, "dos": true, "dob": true, "by": true, "since": true, "until": true,
	"till": true, "before": true, "after": true, "from": true, "thru": true, "through": true, "dated": true, "signed": true,
	"starting": true, "started": true, "c": true, "adm": true, "admitted": true, "discharged": true, "seen": true}

// gluedDash reports a dash at token k with no blank before it: the dash
// of "14-Mar-52", not the one that sets a date off ("14 Mar - no injury").
func (s *scanner) gluedDash(k int) bool {
	return s.is(k, '-') && s.toks[k].sp == 0
}

// monthDashNumber reports one or two bare digits glued after a month and
// its dash at token k, nothing glued after them ("Nov-20", "Nov-5"; not
// "Nov-20-1990" or "Nov-2020").
func (s *scanner) monthDashNumber(k int) bool {
	if k >= len(s.toks) || s.toks[k].sp != 0 || s.toks[k].na != 0 || s.toks[k].nd == 0 || s.toks[k].nd > 2 {
		return false
	}
	n := k + 1
	return n >= len(s.toks) || s.toks[n].sp > 0 || s.toks[n].punct && !s.is(n, '-') && !s.is(n, '/')
}

// monthDashYears reports a message that writes a month and a two-digit
// year with a dash ("Oct-87"): a number that is no day after a month's
// dash. Its other such dates are years too.
func (s *scanner) monthDashYears() bool {
	for k := 2; k < len(s.toks); k++ {
		if s.toks[k].nd == 2 && s.toks[k].na == 0 && s.is(k-1, '-') && s.toks[k].sp == 0 && s.toks[k-1].sp == 0 &&
			s.in(k-2, monthSet) && atoi(s.b[s.toks[k].s:s.toks[k].e]) > 31 && s.monthDashNumber(k) {
			return true
		}
	}
	return false
}

// joinDateRanges makes one date of a range written with a dash: two
// dates ("3/12–3/14", "1/5/2023 - 6/30/2023") and a date with a day after
// it ("Aug 8–12", "March 3-5"), so that the whole range is redacted
// as people label it. kept is sorted by start; it is changed in place.
func (s *scanner) joinDateRanges(kept []cand) []cand {
	out := kept[:0]
	var alt [4]cand // the other days of "March 18th or 19th", added after the loop
	nalt := 0
	for i, c := range kept {
		if c.t == Date {
			if n := len(out); n > 0 && out[n-1].t == Date && s.rangeDash(out[n-1].e, c.s) {
				out[n-1].e = c.e
				continue
			}
			c.e = s.dayRangeTail(c.e)
			if st, en := s.altDay(c.e); en > st && nalt < len(alt) && (i+1 >= len(kept) || kept[i+1].s >= en) {
				alt[nalt] = cand{t: Date, s: st, e: en, pri: c.pri}
				nalt++
			}
		}
		out = append(out, c)
	}
	if nalt > 0 {
		out = append(out, alt[:nalt]...)
		slices.SortFunc(out, func(a, b cand) int { return a.s - b.s })
	}
	return out
}

// altDay returns the span of a second day offered after a date that ends
// at folded offset e in a day: "March 18th or 19th", "the 3rd or 4th",
// "Aug 8 or 9" (a day, 1 to 31, an ordinal ending allowed, that no other
// digit, slash or letter follows); st == en when there is none.
func (s *scanner) altDay(e int) (st, en int) {
	b := s.lo
	if e == 0 || e >= len(b) || !(isDigit(b[e-1]) || hasSuffix(b[:e], "st") || hasSuffix(b[:e], "nd") || hasSuffix(b[:e], "rd") || hasSuffix(b[:e], "th")) {
		return 0, 0
	}
	k := e
	switch {
	case strings.HasPrefix(b[k:], " or "):
		k += 4
	case strings.HasPrefix(b[k:], " and "):
		k += 5
	default:
		return 0, 0
	}
	d := k
	for d < len(b) && d-k < 3 && isDigit(b[d]) {
		d++
	}
	if d == k || d-k > 2 {
		return 0, 0
	}
	v := 0
	for _, c := range []byte(b[k:d]) { // (no copy: a range over a converted string)
		v = v*10 + int(c-'0')
	}
	if v < 1 || v > 31 {
		return 0, 0
	}
	en = d
	if en+2 <= len(b) && (b[en:en+2] == "st" || b[en:en+2] == "nd" || b[en:en+2] == "rd" || b[en:en+2] == "th") {
		en += 2
	}
	if en < len(b) && (isDigit(b[en]) || b[en] == '/' || b[en] == ':' || isLetter(b[en])) {
		return 0, 0 // "3/4 or 5/6" (the date pass reads that one), "8 or 9am"
	}
	if w := en + 1; w < len(b) && b[en] == ' ' {
		x := w
		for x < len(b) && isLetter(b[x]) {
			x++
		}
		if unitAfter[b[w:x]] || b[w:x] == "of" {
			return 0, 0 // "seen 3/4 or 5 days ago", "8 or 9 of them"
		}
	}
	return k, en
}

// rangeDash reports folded bytes b[e:st] that are a dash between two
// dates, spaces around it allowed: "-", "–", "—".
func (s *scanner) rangeDash(e, st int) bool {
	if st <= e || st-e > 5 {
		return false
	}
	g := bytes.TrimSpace(s.b[e:st])
	return string(g) == "-" || string(g) == "–" || string(g) == "—"
}

// dayRangeTail returns the end of a day range's tail after a date that
// ends at folded offset e in a day number: "Aug 8–12" ends after "12";
// e when there is none. The tail is one or two digits (a day, 1 to 31)
// that no other digit, slash or letter follows.
func (s *scanner) dayRangeTail(e int) int {
	b := s.b
	if e == 0 || e >= len(b) || !isDigit(b[e-1]) {
		return e
	}
	k := e
	switch {
	case b[k] == '-':
		k++
	case bytes.HasPrefix(b[k:], []byte("–")):
		k += len("–")
	default:
		return e
	}
	d := k
	for d < len(b) && d-k < 3 && isDigit(b[d]) {
		d++
	}
	if d == k || d-k > 2 || d < len(b) && (isDigit(b[d]) || b[d] == '/' || isLetter(b[d]) || b[d] == '-' || b[d] == '.' && d+1 < len(b) && isDigit(b[d+1])) {
		return e
	}
	if v := int(b[k] - '0'); d-k == 2 && v*10+int(b[k+1]-'0') > 31 || v == 0 && d-k == 1 {
		return e
	}
	return d
}

// weekdayBefore returns the start of the weekday written right before a
// date that starts at folded offset st ("Thurs 4/17", "Friday, 3/28",
// "Friday the 9th", "Sat. 4/5"): the weekday is part of the date; st
// when there is none.
func (s *scanner) weekdayBefore(st int) int {
	if st == 0 || !s.mentions(weekdays) {
		return st
	}
	i := s.tokAt(st)
	if i >= len(s.toks) || int(s.toks[i].s) != st || s.toks[i].sp == 2 {
		return st
	}
	k := i - 1
	if s.w(k) == "the" && s.toks[i].na > 0 { // "Friday the 9th"
		k--
	}
	if s.is(k, ',') {
		k--
	}
	if s.is(k, '.') && s.toks[k].sp == 0 {
		k--
	}
	if k < 0 || !s.in(k, weekdays) {
		return st
	}
	return int(s.toks[k].s)
}

// fullWeekdays are the weekdays written out, which with a comma before a
// month open a date in words ("Monday, August 24").
var fullWeekdays = words(weekdayNames...)

// weekdayNames and weekdayPlurals are the weekdays written out, the one
// spelling the weekday lists share.
var (
	weekdayNames   = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	weekdayPlurals = []string{"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
)

// clauseEndAt reports the end of the text, a line break or a mark that
// ends a clause at token k: nothing of a verb's follows.
func (s *scanner) clauseEndAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return true
	}
	if !s.toks[k].punct {
		return false
	}
	switch s.b[s.toks[k].s] {
	case '.', ',', ';', '!', '?', ')':
		return true
	}
	return false
}

// shortBirthYear returns the token of a two-digit year at token k ("48",
// "'48") after a date starting at token st that a birth-date cue owns, or
// 0: a birth date's year, not a count ("seen 3 sept 12 times" has no cue).
func (s *scanner) shortBirthYear(st, k int) int {
	if k < len(s.toks) && s.is(k, '\'') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].nd != 2 || s.toks[k].na != 0 || s.toks[k].sp == 2 || !s.prevWordIn(st, dobWords, 3) {
		return 0
	}
	if n := k + 1; n < len(s.toks) && s.toks[n].sp == 0 && !s.toks[n].punct {
		return 0
	}
	return k
}

// fullMonths are the month names a slip of the keyboard can be read
// through ("Febuary", "Ocotber", "Novmeber"), in order.
var fullMonths = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// fuzzyMonth reports whether token i is a misspelt month name next to a
// number: a word in no list, no dictionary and no name list, one swap of
// neighbouring letters from a month name, or one letter added, dropped or
// changed in a month name of five letters or more ("Aprl", "Septmber").
// The neighbouring number keeps the test off every other word.
func (s *scanner) fuzzyMonth(i int) bool {
	t := s.toks[i]
	if t.lex != 0 || t.na < 4 || t.na > 10 || int(t.na) != int(t.e-t.s) {
		return false
	}
	if !(i+1 < len(s.toks) && s.toks[i+1].nd > 0 || i > 0 && s.toks[i-1].nd > 0 ||
		s.is(i+1, '.') && i+2 < len(s.toks) && s.toks[i+2].nd > 0) {
		return false
	}
	return s.fuzzyMonthWord(i)
}

// fuzzyMonthWord reports whether token i is a month name misspelt by one
// slip, wherever it stands ("the third of febuary").
func (s *scanner) fuzzyMonthWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.punct || t.lex != 0 || t.na < 4 || t.na > 10 || int(t.na) != int(t.e-t.s) {
		return false
	}
	w := s.w(i)
	for _, m := range fullMonths {
		if m[0] != w[0] && m[1] != w[1] {
			continue // every slip keeps the first or the second letter
		}
		if swapOrEdit(w, m, 5) {
			// a rare name is no reason to doubt it beside a number
			// ("augst 3", "apirl 9"); a real one is ("Marcy 4")
			g := s.gz(i)
			return !g.isWord() && !g.isGiven() && g.sur < 2
		}
	}
	return false
}

// monthYearGap may stand between a health verb and a month-year date:
// "admitted in March 2024", "seen early Jan 2025".
var monthYearGap = words("in", "on", "since", "during", "early", "late", "mid", "around", "back", "of", "from")

// monthYearCue reports a strong health cue right before the month at token i
// ("admitted March 2024"); a cue further away names a topic ("discharge
// volume March 2025").
func (s *scanner) monthYearCue(i int) bool {
	k := i - 1
	for n := 0; n < 2 && (s.in(k, monthYearGap) || s.is(k, '-') || s.is(k, ':')); n++ {
		k--
	}
	return s.in(k, healthDateWords) && !s.in(k, weakDateWords) && !s.in(k-1, schedWords)
}

// ordinalWords are days of the month spelled out, as dictated messages
// write them: "april eleventh", "on the twenty second".
var ordinalWords = words("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth", "thirtieth", "twenty-first", "twenty-second", "twenty-third",
	"twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
	"thirty-first")

// spelledDay matches a spelled day of the month at token i ("eleventh",
// "twenty second", "twenty-second") and returns its last token, or -1.
func (s *scanner) spelledDay(i int) int {
	w := s.w(i)
	if (w == "twenty" || w == "thirty") && i+1 < len(s.toks) {
		k := i + 1
		if s.gluedDash(k) {
			k++
		}
		if s.in(k, ordinalWords) && s.w(k) != "first" || w == "thirty" && s.w(k) == "first" || w == "twenty" && s.w(k) == "first" {
			return k
		}
		return -1
	}
	if s.in(i, ordinalWords) {
		return i
	}
	return -1
}

// detectSpelledDates finds "april eleventh", "the fifth of may" and "on the
// tenth" and judges them like other dates; "second" and "first" alone are
// too common to count without a month.
func (s *scanner) detectSpelledDates() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].punct || s.toks[i].nd > 0 {
			continue
		}
		if s.in(i, monthSet) && s.w(i) != "may" && s.w(i) != "march" || s.in(i, monthSet) && s.health {
			if e := s.spelledDay(i + 1); e > i {
				y, year := s.yearAfterDay(e)
				s.dateCand(int(s.toks[i].s), int(s.toks[y].e), year)
				i = y
			} else if e, v := s.spelledNumber(i + 1); e > i && v >= 1 && v <= 31 {
				// "march fourteen nineteen fifty two": a day in words is a
				// date's only with its year
				if y := s.spelledYear(e + 1); y > e {
					s.dateCand(int(s.toks[i].s), int(s.toks[y].e), true)
					i = y
				}
			}
			continue
		}
		if e := s.spelledDay(i); e >= i && s.w(i-1) != "the" && s.w(e+1) == "of" && (s.in(e+2, monthSet) || s.fuzzyMonthWord(e+2)) {
			// "fourth of November"
			y, year := s.yearAfterDay(e + 2)
			s.dateCand(int(s.toks[i].s), int(s.toks[y].e), year)
			i = y
			continue
		}
		if s.w(i) == "the" {
			e := s.spelledDay(i + 1)
			if e < 0 || e == i+1 && (s.w(e) == "first" || s.w(e) == "second" || s.w(e) == "third") && !s.in(e+2, monthSet) && !s.fuzzyMonthWord(e+2) {
				continue
			}
			st, en := i+1, e
			if s.w(e+1) == "of" && (s.in(e+2, monthSet) || s.fuzzyMonthWord(e+2)) {
				en = e + 2 // "the twenty second of october"
				var year bool
				en, year = s.yearAfterDay(en)
				s.dateCand(int(s.toks[st].s), int(s.toks[en].e), year)
				i = en
				continue
			}
			s.noteDate(int(s.toks[st].s), int(s.toks[en].e), st, en+1, dkOrdinal)
			if c := s.nearestCue(i, 6); c == 2 && s.nearestCue(i, 3) == 2 && !s.mentions(staffEvent) && !s.in(en+1, notDayAfter) {
				// "his mother's surgery on the fifth": a health cue owns it
				s.add(Date, int(s.toks[st].s), int(s.toks[en].e), priContext)
				s.healthDate = true
			} else if c >= 0 {
				s.pending = append(s.pending, cand{t: Date, s: int(s.toks[st].s), e: int(s.toks[en].e), pri: priContext})
			}
			i = en
		}
	}
}

// yearAfterDay extends a date in words whose day or month ends at token e
// over a year after it, in digits or in words ("September twenty-ninth
// 2007", "the fourth of May, nineteen fifty"): the last token and whether
// a year was found.
func (s *scanner) yearAfterDay(e int) (int, bool) {
	k := e + 1
	if s.is(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return e, false
	}
	if y, ok := s.yearAt(k); ok {
		return y, true
	}
	if y := s.spelledYear(k); y >= k {
		return y, true
	}
	return e, false
}

// detectOrdinalDays finds a bare day of the month right after a strong
// health cue: "passed away on the 3rd", "discharged the 14th".
func (s *scanner) detectOrdinalDays() {
	for i := 2; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.na != 2 || t.nd == 0 || t.nd > 2 || s.w(i-1) != "the" || !s.dayNum(i) || s.in(i+1, monthSet) || s.w(i+1) == "of" {
			continue
		}
		k := i - 2
		for n := 0; n < 2 && (s.w(k) == "on" || s.w(k) == "away"); n++ {
			k--
		}
		if s.in(i+1, notDayAfter) || s.ordinalAdjective(i+1) {
			continue // "the 4th floor", "the 3rd shift", "the 2nd bladder scanner"
		}
		// "the" is part of the day: people redact "the 3rd" whole
		st := int(s.toks[i-1].s)
		s.noteDate(st, int(t.e), i-1, i+1, dkOrdinal)
		if s.in(k, healthDateWords) && !s.in(k, weakDateWords) && !s.orgVisit(k) || s.nearestCue(i-1, 3) == 2 && !s.mentions(staffEvent) {
			s.add(Date, st, int(t.e), priContext)
			s.healthDate = true
		} else if s.w(i-2) == "since" && !s.mentions(staffEvent) {
			// "on 5 North since the 18th": someone's stay, when the message names them
			s.pendingPerson = append(s.pendingPerson, cand{t: Date, s: st, e: int(t.e), pri: priContext})
		} else if s.nearestCue(i-1, 6) >= 0 {
			// "he died in our ICU on the 9th": decided with the names
			s.pending = append(s.pending, cand{t: Date, s: st, e: int(t.e), pri: priContext})
		}
	}
}

// ordinalAdjective reports a word at token k, right after "the <ordinal>",
// that the ordinal counts: a lower-case dictionary word that is no small
// word, time of day, weekday or month ("the 2nd bladder scanner", "the 3rd
// opinion"; not "the 2nd at 3", "the 3rd pm", "the 2nd for her knee").
func (s *scanner) ordinalAdjective(k int) bool {
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].na < 3 || s.isUpperStart(k) {
		return false
	}
	if s.inAny(k, stopLower, function, weekdays, monthSet) || timeOfDay[s.w(k)] {
		return false
	}
	return s.gz(k).isWord() && !s.gz(k).isGiven()
}

// timeOfDay are the parts of a day that may follow a date: "the 3rd pm".
var timeOfDay = plainWords("am", "pm", "morning", "afternoon", "evening", "night", "noon", "midnight", "overnight",
	"eve", "tonight", "thru", "through", "till", "until", "or", "and", "but", "so", "then", "when", "because",
	"after", "before", "if", "since", "onward", "onwards", "too", "as", "instead", "either", "only", "yet", "around",
	"about", "approx", "approximately", "roughly", "sometime", "early", "late", "last", "next", "this")

// notDayAfter follow an ordinal that is no day of the month: "the 4th
// floor", "the third shift".
var notDayAfter = words("floor", "fl", "flr", "street", "st", "ave", "avenue", "grade", "shift", "quarter", "time",
	"times", "year", "years", "place", "round", "dose", "trimester", "degree", "generation", "edition", "row",
	"attempt", "visit", "week", "day", "month", "patient", "case", "level", "wing")

// spelledPart reads a month or day read out at token k: "twelve", "oh
// four", "one nine", "twenty six"; it returns the value and the last token,
// or -1.
func (s *scanner) spelledPart(k int) (int, int) {
	a, ok1 := digitWords[s.w(k)]
	b, ok2 := digitWords[s.w(k+1)]
	if ok1 && ok2 && s.toks[k+1].sp == 1 {
		return a*10 + b, k + 1 // digit by digit: "oh four", "two one"
	}
	if e, v := s.spelledNumber(k); e >= k && v >= 1 && v <= 31 {
		return v, e
	}
	return 0, -1
}

// detectSlashWords finds a date read out with "slash": "oh four slash one
// nine slash nineteen eighty", "twelve slash ten slash sixty-six".
func (s *scanner) detectSlashWords() {
	for i := 0; i < len(s.toks); i++ {
		if s.w(i) != "slash" || i == 0 {
			continue
		}
		// the month before the first "slash"
		st := -1
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if m, e := s.spelledPart(k); e == i-1 && m >= 1 && m <= 12 {
				st = k
			}
		}
		d, e := s.spelledPart(i + 1)
		if st < 0 || e < 0 || d < 1 || d > 31 {
			continue
		}
		en := e
		if s.w(e+1) == "slash" {
			if y := s.spelledYear(e + 2); y >= 0 {
				en = y
			} else if _, ye := s.spelledPart(e + 2); ye >= 0 {
				en = ye // a two-digit year: "slash sixty-six"
			}
		}
		s.dateCand(int(s.toks[st].s), int(s.toks[en].e), en > e)
		i = en
	}
}

// numberWordAt reports a number read out at token k: a number word or
// "oh"/"zero", or digits.
func (s *scanner) numberWordAt(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].punct {
		return false
	}
	return s.toks[k].nd > 0 || s.in(k, readNumbers)
}

// readNumbers are the words of a number read out: the number words and
// "oh", "zero" (one bit test instead of two map look-ups).
var readNumbers = union(numberSet, keys(digitWords))

// detectReadDates finds a numeric date read out in words, as people
// dictate a date of service or a birth date: a month, a day and a year
// in words, set off by blanks or commas ("eleven twenty six twenty six",
// "oh four, one nine, nineteen seventy", "twelve three two thousand
// five"). The three parts must be the whole run of number words, so that
// a phone number or a ZIP read out is no date; the date is judged like a
// written one.
func (s *scanner) detectReadDates() {
	next := func(k int) int { // the next part after an optional comma
		if s.is(k, ',') && s.toks[k].sp == 0 && k+1 < len(s.toks) && s.toks[k+1].sp == 1 {
			return k + 1
		}
		if k < len(s.toks) && s.toks[k].sp == 1 {
			return k
		}
		return -1
	}
	for i := 0; i < len(s.toks); i++ {
		if !s.in(i, readNumbers) || s.numberWordAt(i-1) || s.is(i-1, ',') && s.numberWordAt(i-2) {
			continue
		}
		m, e := s.spelledPart(i)
		if e < 0 || m < 1 || m > 12 {
			continue
		}
		k := next(e + 1)
		if k < 0 || s.toks[k].nd > 0 {
			continue
		}
		d, e2 := s.spelledPart(k)
		if e2 < 0 || d < 1 || d > 31 {
			continue
		}
		k = next(e2 + 1)
		if k < 0 || s.toks[k].nd > 0 {
			continue
		}
		y := s.spelledYear(k)
		if y < 0 {
			if _, ye := s.spelledPart(k); ye >= 0 {
				y = ye // a two-digit year: "twenty six"
			}
		}
		if y < 0 || s.numberWordAt(y+1) || s.is(y+1, ',') && s.numberWordAt(y+2) {
			continue
		}
		s.dateCand(int(s.toks[i].s), int(s.toks[y].e), true)
		i = y
	}
}

// spelledYearAfter extends a date ending at folded offset en over a year in
// words after it, and returns the new end.
func (s *scanner) spelledYearAfter(en int) int {
	k := s.tokAt(en)
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return en
	}
	if s.is(k, ',') {
		k++
	}
	if k < len(s.toks) && s.toks[k].sp == 1 {
		if e := s.spelledYear(k); e >= k {
			return int(s.toks[e].e)
		}
	}
	return en
}

// spelledYear matches a year in words at token k ("nineteen forty-eight",
// "nineteen oh five", "two thousand and three", "twenty twenty-one") and
// returns its last token, or -1.
func (s *scanner) spelledYear(k int) int {
	// a number below 100 in words from token j: its last token, or -1
	below100 := func(j int) int {
		v, ok := numberWords[s.w(j)]
		if !ok || s.toks[j].sp == 2 {
			return -1
		}
		if v >= 20 && v%10 == 0 {
			u := j + 1
			if s.gluedDash(u) {
				u++
			}
			if n, ok := numberWords[s.w(u)]; ok && n < 10 {
				return u
			}
		}
		return j
	}
	switch s.w(k) {
	case "eighteen", "nineteen", "twenty":
		j := k + 1
		if s.gluedDash(j) {
			j++
		}
		switch w := s.w(j); {
		case w == "hundred":
			return j
		case w == "oh" || w == "o":
			if n, ok := numberWords[s.w(j+1)]; ok && n < 10 {
				return j + 1
			}
		default:
			if n, ok := numberWords[w]; ok && n >= 10 {
				return below100(j)
			}
		}
	case "two":
		if s.w(k+1) != "thousand" {
			return -1
		}
		j := k + 2
		if s.w(j) == "and" {
			j++
		}
		if e := below100(j); e >= j {
			return e
		}
		return k + 1
	}
	return -1
}

// dobPart reads one part of a birth date at token k: one or two digits
// ("7", "12"), four ("1959"), or a number read out ("twelve", "oh four",
// "twenty six"). It returns the value, its digit count (2 for a number in
// words) and its last token, or -1.
func (s *scanner) dobPart(k int) (v, nd, e int) {
	if k >= len(s.toks) || s.toks[k].punct {
		return 0, 0, -1
	}
	if t := s.toks[k]; t.nd > 0 {
		if t.na > 0 || t.nd == 3 || t.nd > 4 {
			return 0, 0, -1
		}
		return atoi(s.b[t.s:t.e]), int(t.nd), k
	}
	if y := s.spelledYear(k); y > k {
		return 1900, 4, y // a year in words: only its shape matters here
	}
	if v, e := s.spelledPart(k); e >= k {
		return v, 2, e
	}
	return 0, 0, -1
}

// detectDOBForms finds a birth date written in a form the other date
// passes do not read, right after a birth-date cue: spaced ("DOB 7 12 59"),
// read out ("birth date oh four oh two nineteen thirty") or mixed
// ("DOB twelve/ten/1966").
func (s *scanner) detectDOBForms() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].punct || s.toks[i].nd > 0 || !s.in(i, dobWords) || s.w(i) == "b" {
			continue
		}
		j := i + 1
		for n := 0; n < 3 && j < len(s.toks) && s.toks[j].sp < 2 && (s.w(j) == "date" || s.w(j) == "is" || s.w(j) == "was" ||
			s.w(j) == "of" || s.w(j) == "birth" || s.is(j, ':') || s.is(j, '-') || s.is(j, '#')); n++ {
			j++
		}
		var val [3]int
		var nds [3]int
		k, spaced, words := j, false, false
		n := 0
		for ; n < 3; n++ {
			v, nd, e := s.dobPart(k)
			if e < 0 || n > 0 && s.toks[k].sp == 2 {
				break
			}
			if s.toks[k].nd == 0 {
				words = true
			}
			val[n], nds[n] = v, nd
			k = e + 1
			if n == 2 {
				break
			}
			if k < len(s.toks) && s.toks[k].punct && s.toks[k].sp == 0 && (s.is(k, '/') || s.is(k, '-') || s.is(k, '.')) {
				k++
			} else {
				spaced = true
			}
		}
		if n < 2 || !spaced && !words {
			continue // fewer than three parts, or a numeric date the number pass reads
		}
		m, d := val[0], val[1]
		if !(m >= 1 && m <= 12 && d >= 1 && d <= 31 || d >= 1 && d <= 12 && m >= 1 && m <= 31) || nds[0] > 2 || nds[1] > 2 ||
			nds[2] != 2 && nds[2] != 4 {
			continue
		}
		s.add(Date, int(s.toks[j].s), int(s.toks[k-1].e), priContext)
		s.healthDate = true
		i = k - 1
	}
}

// holidays name a day of the year: "delivered on christmas eve", "fell on
// thanksgiving". They are judged like other dates. ("Christmas" alone is
// not listed: it is also a name; "christmas eve" is found from "eve".)
var holidays = words("eve", "thanksgiving", "halloween", "xmas", "day")

// dayNames are the first words of the holidays named "... Day": the legal
// public holidays of 5 U.S.C. 6103 (New Year's, Martin Luther King Jr.'s
// (MLK), Washington's or Presidents', Memorial, Juneteenth National
// Independence, Independence, Labor, Columbus, Veterans, Thanksgiving,
// Christmas) and the common observances people date events by (Mother's,
// Father's, Valentine's, St. Patrick's, Boxing, Election, Inauguration).
// A small set, not a lexicon list: "Columbus" stays a name word elsewhere.
var dayNames = small("year", "mlk", "king", "washington", "presidents", "president", "memorial", "independence",
	"labor", "labour", "columbus", "veterans", "veteran", "thanksgiving", "christmas", "mother", "mothers",
	"father", "fathers", "valentine", "valentines", "patrick", "patricks", "boxing", "election", "inauguration",
	"juneteenth")

// detectHolidays finds a holiday named as a day ("christmas eve", "xmas",
// "thanksgiving", "halloween").
func (s *scanner) detectHolidays() {
	for i := range s.toks {
		if s.toks[i].punct || s.toks[i].nd > 0 || !s.in(i, holidays) {
			continue
		}
		if s.w(i) == "day" {
			if st := s.dayNameAt(i); st >= 0 && s.w(i+1) != "party" && s.w(i+1) != "weekend" && s.w(i+1) != "sale" {
				s.dateCand(int(s.toks[st].s), int(s.toks[i].e), false)
			}
			continue
		}
		st, en := i, i
		if s.w(i) == "eve" {
			if s.w(i-1) != "christmas" {
				continue // "new year's eve" is a party more often than a patient's day
			}
			st = i - 1
		} else if w := s.w(i + 1); w == "eve" || w == "day" {
			en = i + 1
		}
		if s.w(i-1) == "new" || s.w(en+1) == "party" || s.w(en+1) == "break" || s.w(en+1) == "season" {
			continue
		}
		s.dateCand(int(s.toks[st].s), int(s.toks[en].e), false)
	}
}

// dayNameAt returns the first token of a holiday's name that ends with
// "day" at token i ("New Year's Day", "Memorial Day", "Mother's Day",
// "St. Patrick's Day"), or -1.
func (s *scanner) dayNameAt(i int) int {
	k := i - 1
	if s.w(k) == "s" && s.is(k-1, '\'') { // "mother's", "year's"
		k -= 2
	} else if s.is(k, '\'') && k > 0 && s.toks[k].sp == 0 { // "presidents' day"
		k--
	}
	if k < 0 || s.toks[k].punct || !s.inStr(k, &dayNames) {
		return -1
	}
	switch s.w(k) {
	case "year":
		if s.w(k-1) != "new" {
			return -1 // "a year's day off"
		}
		return k - 1
	case "patrick", "patricks":
		if s.w(k-1) == "st" || s.w(k-1) == "saint" {
			return k - 1
		}
		if s.is(k-1, '.') && s.w(k-2) == "st" {
			return k - 2
		}
	case "king":
		if s.w(k-1) != "luther" {
			return -1
		}
	}
	return k
}

// slashDateAt reports a month and day written with a slash at token j
// ("12/01", "3/7/26"); after "room" and a health event it is the event's
// day, not the room.
func (s *scanner) slashDateAt(j int) bool {
	m, d, ok := s.slashPair(j)
	return ok && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// slashPair reads two numbers of one or two digits joined by a slash at
// token j, no blank between: "7/1", "21/03".
func (s *scanner) slashPair(j int) (int, int, bool) {
	if j+2 >= len(s.toks) || !s.is(j+1, '/') || s.toks[j+1].sp != 0 || s.toks[j+2].sp != 0 {
		return 0, 0, false
	}
	a, c := s.toks[j], s.toks[j+2]
	if a.na != 0 || c.na != 0 || a.nd == 0 || a.nd > 2 || c.nd == 0 || c.nd > 2 {
		return 0, 0, false
	}
	return atoi(s.b[a.s:a.e]), atoi(s.b[c.s:c.e]), true
}

// eventDateWords are the events a record's "date of ..." or "... date"
// labels: "date of admission 10 14", "discharge date 6 2".
var eventDateWords = plainWords("admission", "admit", "discharge", "service", "surgery", "death", "procedure", "injury",
	"visit", "transfer", "delivery", "onset", "incident", "accident", "fall", "exposure")

// detectSpacedEventDates finds a month and day dictated with a space
// between them ("date of admission 10 14 date of discharge 10 19"),
// right after a label of a patient's event; a year may follow. Only the
// label makes two numbers a date: "10 14" alone is anything.
func (s *scanner) detectSpacedEventDates() {
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i].e-s.toks[i].s != 4 || s.w(i) != "date" {
			continue
		}
		var j int
		switch {
		case s.w(i+1) == "of" && eventDateWords[s.w(i+2)]:
			j = i + 3 // "date of admission"
		case i > 0 && eventDateWords[s.w(i-1)]:
			j = i + 1 // "discharge date"
		default:
			continue
		}
		for n := 0; n < 2 && (s.is(j, ':') || s.is(j, '-') || s.w(j) == "is" || s.w(j) == "was" || s.w(j) == "on"); n++ {
			j++
		}
		if j+1 >= len(s.toks) || s.toks[j].sp == 2 || s.toks[j+1].sp != 1 {
			continue
		}
		a, b := s.toks[j], s.toks[j+1]
		if a.punct || b.punct || a.na > 0 || b.na > 0 || a.nd > 2 || b.nd > 2 {
			continue
		}
		m, d := atoi(s.b[a.s:a.e]), atoi(s.b[b.s:b.e])
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		e := j + 1
		if y := e + 1; y < len(s.toks) && s.toks[y].sp == 1 && !s.toks[y].punct && s.toks[y].na == 0 && (s.toks[y].nd == 4 || s.toks[y].nd == 2) {
			e = y // "10 14 2024"
		}
		if n := e + 1; n < len(s.toks) && s.toks[n].sp < 2 && (s.in(n, timeUnits) || unitAfter[s.w(n)] || s.toks[n].nd > 0 || s.is(n, '/') || s.is(n, ':') || s.is(n, '.') && n+1 < len(s.toks) && s.toks[n+1].nd > 0) {
			continue // "10 14 days", a count or a figure goes on
		}
		s.add(Date, int(a.s), int(s.toks[e].e), priContext)
		s.healthDate = true
		i = e
	}
}

// dateLabelled reports the word "date" in the message (a cheap test before
// detectSpacedEventDates walks the tokens).
func (s *scanner) dateLabelled() bool {
	return strings.Contains(s.lo, "date")
}

// slashDateIn reports a month and day written with a slash (slashDateAt)
// starting at a token in [j, end], or a day and month ("cita del 21/03"):
// an identifier's value read after a label holds no date ("chg dne 7/1" is
// a change done that day, not a ticket).
func (s *scanner) slashDateIn(j, end int) bool {
	for k := j; k <= end; k++ {
		if s.slashDateAt(k) || s.dayMonthSlashAt(k) {
			return true
		}
	}
	return false
}

// dayMonthSlashAt reports a day and a month written with a slash at token
// k, as most of the world writes them: "21/03".
func (s *scanner) dayMonthSlashAt(k int) bool {
	d, m, ok := s.slashPair(k)
	return ok && d >= 1 && d <= 31 && m >= 1 && m <= 12
}

// dashDayPair reports a value of two numbers joined by a dash that reads
// as a month and a day or a day and a month ("6-20", "31-8"), each of one
// or two digits.
func dashDayPair(v []byte) bool {
	x, y, ok := bytes.Cut(v, []byte("-"))
	a, okA := smallNum(x, 2)
	b, okB := smallNum(y, 2)
	return ok && okA && okB && (a >= 1 && a <= 12 && b >= 1 && b <= 31 || b >= 1 && b <= 12 && a >= 1 && a <= 31)
}
