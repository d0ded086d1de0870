package phi

// The age model finds the ages over 89 that the cue rules of detect_age.go
// leave: a number from 90 to 125 (or one spelled out) is an age or a
// reading, a count, a score, a room. The rules take the forms they know
// ("94 y/o", "age 96", "Ada Cole, 97,"); the model scores every other such
// number from the words around it (hashed, so "turned 101", "tiene 97
// años", "Hilda's 92" need no list), its punctuation, the names and
// relatives near it and what the message is about, and adds an age where
// the log-odds pass ageRescue. Weights are learned offline from the tuning
// halves of the corpora (agemodel_train_test.go) and embedded in
// agemodel_weights.go.

//go:generate go test -run TestTrainAgeModel -agetrain write .

// Age model features.
const (
	afBias = iota
	afV90
	afV100
	afV110
	afSpelled
	afPrevComma
	afPrevParen
	afPrevDash
	afPrevColon
	afPrevStart
	afNextComma
	afNextStop
	afNextParen
	afNextEnd
	afNextExcl
	afNameBefore // a name ends right before, with a comma or a dash ("Ada Cole, 97")
	afNameBare   // a name ends right before, nothing between ("Ada Cole 97": a room as often)
	afNameVerb   // a name, then a word or two ("Ada is 97", "Ada's 97")
	afListPrev   // a number before, with a comma, "and", "&" or "/" between ("rooms 93, 94")
	afListNext   // a number after so
	afNameNear   // a name within eight tokens either side
	afNameAfter  // a name starts within three tokens after ("97, Ada Cole")
	afNoName
	afKinNear // a relative within five tokens
	afHealth
	afHealthDate
	afIDs
	afManyNumbers // four numbers or more in the message: readings
	afAgeFound    // the rules found an age elsewhere in the message
	afHash        // hashed words: before, after, two before, two after
	nAgeFeatures  = afHash + 4*contextBuckets
)

var ageBaseNames = [afHash]string{"bias", "v90", "v100", "v110", "spelled", "prev_comma", "prev_paren", "prev_dash",
	"prev_colon", "prev_start", "next_comma", "next_stop", "next_paren", "next_end", "next_excl", "name_before",
	"name_bare", "name_verb", "list_prev", "list_next",
	"name_near", "name_after", "no_name", "kin_near", "health", "health_date", "ids", "many_numbers", "age_found"}

// ageFeatureNames name the features in the weights file.
func ageFeatureName(k int) string {
	if k < afHash {
		return ageBaseNames[k]
	}
	return contextFeatureName(k, afHash)
}

// rescueFeats are the active features of a rescue model's candidate (the
// age, town and identifier models) and their summed weights w.
type rescueFeats struct {
	f [48]uint16
	n int
	z float32
	w []float32
}

func (fb *rescueFeats) add(k int) {
	if fb.n < len(fb.f) {
		fb.f[fb.n] = uint16(k)
		fb.n++
		fb.z += fb.w[k]
	}
}

// ageMsg holds what the age model reads of the whole message.
type ageMsg struct {
	names      [][2]int // token spans of the names found
	numbers    int
	ids, found bool
}

func (s *scanner) ageMessage() (m ageMsg) {
	m.names = s.spanBuf[:0]
	defer func() { s.spanBuf = m.names }()
	for _, c := range s.cands {
		switch c.t {
		case Name:
			m.names = append(m.names, [2]int{s.tokAt(c.s), s.tokAt(c.e) - 1})
		case Age:
			m.found = true
		}
	}
	for i := s.digitToks.next(0, len(s.toks)); i < len(s.toks); i = s.digitToks.next(i+1, len(s.toks)) {
		if s.toks[i].na == 0 {
			m.numbers++
		}
	}
	m.ids = s.hasIDs()
	return m
}

// ageFeatures adds the features of the candidate age at tokens i..end.
func (s *scanner) ageFeatures(fb *rescueFeats, i, end, v int, spelled bool, m *ageMsg) {
	fb.add(afBias)
	switch {
	case v < 100:
		fb.add(afV90)
	case v < 110:
		fb.add(afV100)
	default:
		fb.add(afV110)
	}
	if spelled {
		fb.add(afSpelled)
	}
	p, n := i-1, end+1
	switch {
	case p < 0 || s.toks[i].sp == 2:
		fb.add(afPrevStart)
	case s.is(p, ','):
		fb.add(afPrevComma)
	case s.is(p, '('):
		fb.add(afPrevParen)
	case s.is(p, '-') || s.w(p) == "–" || s.w(p) == "—":
		fb.add(afPrevDash)
	case s.is(p, ':'):
		fb.add(afPrevColon)
	}
	switch {
	case n >= len(s.toks) || s.toks[n].sp == 2:
		fb.add(afNextEnd)
	case s.is(n, ','):
		fb.add(afNextComma)
	case s.is(n, '.') || s.is(n, ';'):
		fb.add(afNextStop)
	case s.is(n, ')'):
		fb.add(afNextParen)
	case s.is(n, '!'):
		fb.add(afNextExcl)
	}
	before, bare, verb, near, after := false, false, false, false, false
	for _, nm := range m.names {
		switch {
		case nm[1] == i-1:
			bare = true
		case nm[1] == i-2 && s.toks[i-1].punct && !s.is(i-1, '\''):
			before = true
		case nm[1] < i && i-nm[1] <= 3:
			verb = true
		case nm[0] > end && nm[0]-end <= 3:
			after = true
		}
		if nm[1] < i && i-nm[1] <= 8 || nm[0] > end && nm[0]-end <= 8 {
			near = true
		}
	}
	if before {
		fb.add(afNameBefore)
	}
	if bare {
		fb.add(afNameBare)
	}
	if verb {
		fb.add(afNameVerb)
	}
	if s.listNumber(p, -1) {
		fb.add(afListPrev)
	}
	if s.listNumber(n, 1) {
		fb.add(afListNext)
	}
	if after {
		fb.add(afNameAfter)
	}
	if near {
		fb.add(afNameNear)
	}
	if len(m.names) == 0 {
		fb.add(afNoName)
	}
	for k := max(0, i-5); k <= min(len(s.toks)-1, end+5); k++ {
		if (k < i || k > end) && s.inAny(k, relatives, kinPlural) {
			fb.add(afKinNear)
			break
		}
	}
	if s.health {
		fb.add(afHealth)
	}
	if s.healthDate {
		fb.add(afHealthDate)
	}
	if m.ids {
		fb.add(afIDs)
	}
	if m.numbers >= 4 {
		fb.add(afManyNumbers)
	}
	if m.found {
		fb.add(afAgeFound)
	}
	for slot, b := range s.contextWords(i, end) {
		fb.add(afHash + slot*contextBuckets + b)
	}
}

// listNumber reports a number in a list next to token k, the token
// after (dir 1) or before (dir -1) a candidate: a comma, "and", "&",
// "or" or "/" at k, then a number; or the other end of a range.
func (s *scanner) listNumber(k, dir int) bool {
	j := k + dir
	if (s.is(k, '-') && s.toks[k].sp > 0 || s.longDash(k) || s.w(k) == "to") && j >= 0 && j < len(s.toks) &&
		s.toks[j].na == 0 && s.toks[j].nd >= 2 && s.toks[j].nd <= 3 {
		// a range of the ages' band: "(90 - 95)", "92–96", "90 to 95"; not a
		// bed and an age, "12 - 97 - CHF"
		v := atoi(s.b[s.toks[j].s:s.toks[j].e])
		return v >= 85 && v <= 125
	}
	if !(s.is(k, ',') || s.is(k, '&') || s.is(k, '/') || s.w(k) == "and" || s.w(k) == "or") {
		return false
	}
	return j >= 0 && j < len(s.toks) && s.toks[j].nd > 0 && s.toks[j].nd <= 4
}

// ageCands calls fn for each number from 90 to 125 that may be an age:
// digits alone or a spelled number, not part of a decimal, a reading, a
// range, an amount or another finding ("98.6", "120/80", "$95", "95%");
// rule says the cue rules already found it.
func (s *scanner) ageCands(fn func(i, end, v int, spelled, rule bool)) {
	n := len(s.toks)
	glued := func(k int, bs string) bool {
		if k < 0 || k >= n || !s.toks[k].punct {
			return false
		}
		for j := 0; j < len(bs); j++ {
			if s.is(k, bs[j]) {
				return true
			}
		}
		return false
	}
	try := func(i, end, v int, spelled bool) {
		if v < 90 || v > 125 || s.ageUnit(end) || s.ageYears(end+1) != 0 {
			// a quantity; or a number with "years" after it, which the
			// rules have judged: an age, or a span of time or the age of
			// a thing ("100 years of service", "the hall is 104 years old")
			return
		}
		if !spelled && s.readingBefore(i) {
			return // "Na was 124", "glucose 118", "HR now 104": a reading
		}
		if s.w(end+1) == "on" && s.oxygenAt(end+2) || s.aggregateBefore(i) || s.metricField(i) || numberedPlaces[s.w(s.measureAt(i))] {
			return // "sats 93 on 2L", "the mean stay is 96", "openings: 4W, 97", "her room is 101": not a person's age
		}
		st, en := int(s.toks[i].s), int(s.toks[end].e)
		rule := false
		for _, c := range s.cands {
			if c.s < en && st < c.e {
				if c.t != Age {
					return
				}
				rule = true
			}
		}
		fn(i, end, v, spelled, rule)
	}
	for i := s.digitToks.next(0, n); i < n; i = s.digitToks.next(i+1, n) {
		t := s.toks[i]
		if t.na != 0 || t.nd < 2 || t.nd > 3 {
			continue
		}
		if t.sp == 0 && glued(i-1, ".,/:-$#+~<>=x*") {
			continue // "98.6", "1,095", "120/95", "$100", "#92"
		}
		if i+1 < n && s.toks[i+1].sp == 0 && (glued(i+1, "%+/°x*") || glued(i+1, ".,:-") && i+2 < n && s.toks[i+2].sp == 0 && s.toks[i+2].nd > 0) {
			continue // "95%", "90+", "100/60", "99.1", "100,000", "90-95"
		}
		try(i, i, atoi(s.b[t.s:t.e]), false)
	}
	if !s.mentions(numberSet) {
		return
	}
	for i := s.ageToks.next(0, n); i < n; i = s.ageToks.next(i+1, n) {
		if s.toks[i].nd > 0 || !s.in(i, numberOrSpell) {
			continue
		}
		if end, v := s.spelledNumber(i); end >= i {
			try(i, end, v, true)
			i = end
		}
	}
}

// refusedAge reports the form the cue rules refuse whatever the words
// around say, which the model may not take either: a number in a list of
// numbers ("rooms 93, 94 and 95", "census 92, 95, 97"). (A number right
// after a name with nothing between the model may take: in the tuning
// halves it was an age each time, never a room.)
func refusedAge(f []uint16) bool {
	for _, k := range f {
		if k == afListPrev || k == afListNext {
			return true
		}
	}
	return false
}

// rescueAges adds the ages the model finds among the numbers the rules
// left; it runs once the names are known.
func (s *scanner) rescueAges() {
	if ageRescue >= 100 {
		return
	}
	var m ageMsg
	read := false
	s.ageCands(func(i, end, v int, spelled, rule bool) {
		if rule && s.ageTrain == nil {
			return
		}
		if !read {
			m, read = s.ageMessage(), true
		}
		fb := &s.rescueFB // (in the scanner: a local would escape to the heap)
		*fb = rescueFeats{w: ageWeights[:]}
		s.ageFeatures(fb, i, end, v, spelled, &m)
		if s.ageTrain != nil {
			s.ageTrain(i, end, rule, fb.f[:fb.n])
		}
		if !rule && fb.z > ageRescue && !refusedAge(fb.f[:fb.n]) {
			s.addTok(Age, i, end, priContext)
		}
	})
}

// readingBefore reports a measure named right before token i, or before a
// linking word ("sodium was 124", "plt of 96", "HR now 104", "bs: 118"):
// the number is its reading, never an age. labReadings are the usual
// chemistry, haematology and vital-sign names of ward chat; ageMetric the
// other measures.
func (s *scanner) readingBefore(i int) bool {
	p := s.measureAt(i)
	if s.in(p, honorifics) || s.in(p-1, honorifics) {
		return false // "Mr Na was 94": a surname after a title
	}
	if w := s.w(p); len(w) == 1 && p > 0 && s.toks[p].sp != 2 && !s.toks[p-1].punct && s.toks[p-1].nd == 0 {
		return false // a letter after a word is an initial: "NASSER, HAO K 90M"; "T 99F", "K 5.9" start a reading
	}
	return labReadings[s.w(p)] || s.in(p, ageMetric)
}

// aggregateBefore reports an aggregate over many before the measure of a
// number at token i: "the median wait is 104", "average LOS of 92" speak
// of a unit, not of one person, whatever the measure's word.
func (s *scanner) aggregateBefore(i int) bool {
	p := s.measureAt(i)
	return s.in(p-1, aggregates) || s.in(p, aggregates)
}

// numberedPlaces are the places and things a number names, never a
// person's age: "her room is 101", "chair was 94", "ext 112".
// (Not "door": "Clyde next door is 90" is Clyde's age.)
var numberedPlaces = plainWords("room", "rm", "bed", "suite", "ste", "bay", "pod", "floor", "fl", "apt", "apartment",
	"chair", "locker", "ext", "extension", "seat", "table", "desk", "station", "box", "lot", "slot", "route", "rte",
	"exit", "cubicle", "bldg", "stretcher", "cart", "tube")

var aggregates = words("average", "avg", "mean", "median", "total", "combined", "overall", "cumulative")

// metricField reports a number inside the value of a field whose label
// names a count or a set of readings: "openings: 3 East, 92",
// "vitals: HR 88, f, 99" (the label's colon at most twelve tokens back on
// the same line, no sentence's end between).
func (s *scanner) metricField(i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if s.lineStart(k + 1) {
			return false
		}
		if s.sentenceMark(k) {
			return false
		}
		if s.is(k, ':') {
			return s.in(k-1, ageMetric) || s.in(k-1, countLabels) || labReadings[s.w(k-1)]
		}
	}
	return false
}

// countLabels head a field of counts or readings, never of a person's
// particulars.
var countLabels = words("vitals", "vs", "available", "availability", "openings", "beds", "capacity", "backlog",
	"stats", "statistics", "metrics", "dashboard", "totals", "counts", "volumes")

// labReading reports a lab or a vital sign's reading in the message: one
// of labReadings before a number ("bs 287", "plt of 42", "NE 0.15"): ward
// talk about a patient, whatever its other words.
func (s *scanner) labReading() bool {
	n := len(s.toks)
	for k := s.digitToks.next(0, n); k < n; k = s.digitToks.next(k+1, n) {
		if s.toks[k].na == 0 && s.readingBefore(k) && !s.metricBefore(k) {
			return true
		}
	}
	return false
}

// metricBefore reports one of ageMetric's measures (a score, a census, a
// budget) right before token k or before its linking word: readings of the
// organisation, not of a patient.
func (s *scanner) metricBefore(k int) bool {
	p := s.measureAt(k)
	return s.in(p, ageMetric) && !labReadings[s.w(p)]
}

// measureAt returns the token where the measure of a number at token k
// would stand: right before it, or before a mark or a linking word
// ("bs: 118", "sodium was 124").
func (s *scanner) measureAt(k int) int {
	p := k - 1
	if s.is(p, ':') || s.is(p, '=') || readingLinks[s.w(p)] {
		p--
	}
	return p
}

var readingLinks = plainWords("was", "is", "of", "at", "now", "down", "up", "from", "to", "still", "only", "back", "came", "went", "around", "~")

// labReadings are kept out of the lexicon (plainWords): they are read here
// only, and "na", "sat", "map" must stay the name pass's words.
var labReadings = plainWords(
	// chemistry
	"na", "sodium", "k", "potassium", "cl", "chloride", "co2", "bicarb", "hco3", "bun", "cr", "creat", "creatinine",
	"glucose", "gluc", "glu", "bs", "bg", "fsbs", "cbg", "poc", "accucheck", "accuchek", "fingerstick", "ca", "calcium", "mg",
	"magnesium", "phos", "ast", "alt", "alk", "bili", "lipase", "amylase", "lactate", "trop", "troponin", "bnp",
	"a1c", "tsh", "ldl", "hdl", "chol", "trig", "triglycerides", "ferritin", "ck", "cpk", "ldh", "crp", "esr", "ammonia",
	"albumin", "alb", "osm", "osmo", "anion", "gap", "ag", "egfr", "gfr", "vanc", "trough", "level",
	// haematology and coagulation
	"hgb", "hb", "hct", "plt", "plts", "platelets", "wbc", "rbc", "mcv", "inr", "ptt", "pt/inr", "fibrinogen", "anc",
	// vital signs and measures
	"sbp", "dbp", "map", "rr", "sat", "sats", "spo2", "o2", "fio2", "peep", "etco2", "cvp", "hr", "bpm", "pulse",
	"temp", "t", "tmax", "wt", "weight", "ht", "height", "bmi", "uop", "i&o", "gcs", "fhr", "fht", "baseline", "ef", "qtc", "pr", "qrs")
