package phi

// Ages over 89 (digits or words) and identifiers spelled out digit by digit.

var digitWords = map[string]int{"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "niner": 9}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var ageBefore = words("age", "aged", "turns", "turned", "turning", "turn", "ages", "celebrating",
	"celebrates", "reached", "reaches", "aet")

// typedAgeVerbs are the words of ageBefore read through one slip ("truns
// 102", "truned 94").
var typedAgeVerbs = []string{"turns", "turned", "turning", "reached", "celebrates", "celebrating"}

var ageAfter = words("yo", "y/o", "yrs", "years", "year", "yr", "yoa", "birthday", "bday")

// agePronoun introduces a person whose age follows: "who is 94"; "hes"
// and "shes" are the pronoun and verb typed without an apostrophe.
var agePronoun = words("who", "she", "he", "patient", "pt", "mom", "dad", "mother", "father", "grandmother",
	"grandfather", "grandma", "grandpa", "wife", "husband", "aunt", "uncle", "hes", "shes", "whos", "nana", "granny",
	"grandad", "granddad", "mum", "lady", "gentleman", "woman", "man", "resident", "veteran", "widow", "widower",
	"neighbor", "neighbour", "brother", "sister", "client",
	// grandparents as families call them in other languages
	"nonna", "nonno", "abuela", "abuelo", "oma", "opa", "bubbe", "bubby", "zayde", "yiayia",
	"babushka", "gran", "grandmom", "grandpop", "obaachan", "halmoni")

// agePlural introduces people whose ages follow "are": "my parents are 91
// and 94".
var agePlural = words("parents", "grandparents", "twins", "they")

// ageHis is a possessive before an ordinal age: "celebrates her 100th".
var ageHis = words("her", "his", "their")

// ageThing names things whose age in years is not a person's: "the
// 120-year-old chapel", "the building is 100 years old".
var ageThing = words("building", "buildings", "hospital", "facility", "campus", "house", "church", "chapel",
	"bridge", "tree", "company", "organization", "organisation", "institution", "tradition", "wing", "tower",
	"elevator", "organ", "piano", "clock", "roof", "structure", "school", "college", "university", "center",
	"centre", "home", "practice", "firm", "business", "clinic", "system", "machine", "equipment", "boiler",
	"plant", "barn", "property", "foundation", "society", "hall", "library", "museum", "station", "it", "brand",
	"charity", "program", "programme", "mansion", "estate", "furniture", "photo", "painting", "quilt", "car",
	"record", "records", "chart", "charts", "file", "files", "auxiliary", "guild", "unit", "department", "dept",
	"annex", "pavilion", "garage", "warehouse", "network", "infrastructure", "server", "software")

// ageBuilding are the buildings that an adjective may stand before: "a
// ninety-year-old main building" (not "a 92-year-old nursing home
// resident").
var ageBuilding = words("building", "buildings", "annex", "wing", "tower", "pavilion", "garage", "warehouse", "chapel", "church")

// ageSpan follows "N years" that is a span of time, not an age: "100 years
// of service", "95 years ago".
var ageSpan = words("of", "ago", "in", "since", "later", "after", "before", "from", "with", "experience",
	"service", "anniversary", "history", "apart", "earlier", "prior", "back", "married", "together", "sober",
	"employed", "here", "there", "at", "running", "straight", "between", "until", "till", "to", "worth")

// ageLimit makes "age of 90" a rule, not a person's age: "the minimum age
// of 90".
var ageLimit = words("minimum", "maximum", "min", "max", "cutoff", "cut-off", "eligibility", "retirement", "limit",
	"threshold", "group", "bracket", "band")

// ageOrdWords are spelled ordinal ages of one word: "her ninetieth
// birthday".
var ageOrdWords = words("ninetieth", "hundredth")

// ordUnits are the spelled ordinal units: "ninety-first".
var ordUnits = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9}

// ageFor opens a span of time: "for 100 years".
var ageFor = words("for", "in", "within", "last", "past", "next", "first", "every", "spanning", "nearly", "almost",
	"over", "some")

// agePerson is a person noun that takes "of <age>": "a widow of 94".
var agePerson = words("man", "woman", "lady", "gentleman", "widow", "widower", "patient", "pt", "resident",
	"veteran", "grandmother", "grandfather", "gent")

// ageWhen follow "is 101" or "turns 99": the age is stated for a day.
var ageWhen = words("today", "tomorrow", "next", "this", "on", "now")

// ageMetric names a measure whose value follows "is": not an age.
var ageMetric = words("score", "scores", "rate", "census", "index", "percentile", "rank", "ranking", "volume",
	"count", "total", "average", "avg", "mean", "median", "nps", "temp", "temperature", "number", "budget",
	"pulse", "hr", "bp", "weight", "rating", "grade", "level", "occupancy", "top-box", "goal", "target", "kpi", "backlog", "queue", "waitlist")

// ageQualWord qualifies a stated age: "is nearly 100", "is well over 95".
var ageQualWord = words("nearly", "almost", "about", "around", "approximately", "roughly", "over", "past",
	"than", "more", "older", "well", "just", "now", "already", "least", "barely")

// ageOlder closes a range: "90 and up", "ninety or older".
var ageOlder = words("up", "older", "above", "younger", "more", "less")

// nameTok reports a capitalised, mixed-case word at token i: a name.
func (s *scanner) nameTok(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].nd > 0 || s.toks[i].na < 2 || s.in(i, capStop) {
		return false
	}
	c, d := s.b[s.toks[i].s], s.b[s.toks[i].s+1]
	return c >= 'A' && c <= 'Z' && d >= 'a' && d <= 'z'
}

// lowerNameTok reports a name typed in lower case at token i: a surname
// or given name of the gazetteers that is no everyday word and in no list
// ("medeiros 96f").
func (s *scanner) lowerNameTok(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].nd > 0 || s.toks[i].na < 3 || s.isUpperStart(i) || s.listed(i) {
		return false
	}
	g := s.gz(i)
	return (g.sur >= 2 || g.isGiven()) && !g.isCommonWord()
}

// foundedBefore reports a founding year a few tokens before the number at
// token i: the years since it are an institution's age, not a person's
// ("the clinic sign says est. 1931 - 94 years", "founded in 1925, 100
// years this May").
func (s *scanner) foundedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := s.toks[k]
		if t.sp == 2 && k < i-1 {
			return false
		}
		if t.nd != 4 || t.na != 0 {
			continue
		}
		y := atoi(s.b[t.s:t.e])
		if y < 1700 || y > 2000 {
			continue
		}
		p := k - 1
		if s.is(p, '.') || s.w(p) == "in" {
			p--
		}
		switch s.w(p) {
		case "est", "estd", "established", "founded", "built", "opened", "chartered", "incorporated", "since":
			return true
		}
	}
	return false
}

var ageNeg = words("patients", "pts", "over", "under", "than", "above", "below", "beyond", "aged", "people",
	"members", "residents", "those", "anyone", "everyone", "ages")

// ageOfBirthYear reports a birth date in the message, a year from 1880 to
// 1937 written in full, whose bearer is v years old in the years the
// corpora and the chat are written (2023 to 2027): "(DOB 2/14/1930, 95)".
func (s *scanner) ageOfBirthYear(v int) bool {
	for _, d := range s.dates {
		w := s.lo[d.s:d.e]
		for p := 0; p+4 <= len(w); p++ {
			if (p > 0 && isDigit(w[p-1])) || (p+4 < len(w) && isDigit(w[p+4])) {
				continue
			}
			y, ok := 0, true
			for q := p; q < p+4; q++ {
				if !isDigit(w[q]) {
					ok = false
					break
				}
				y = y*10 + int(w[q]-'0')
			}
			if ok && y >= 1880 && y <= 1937 && v >= 2023-y-1 && v <= 2027-y {
				return true
			}
		}
	}
	return false
}

// detectAges finds "95 yrs old", "(92)" after a name, "is 101 today",
// "age 93", "ninety-four", "a hundred and two".
func (s *scanner) detectAges() {
	for i := s.ageToks.next(0, len(s.toks)); i < len(s.toks); i = s.ageToks.next(i+1, len(s.toks)) {
		t := s.toks[i]
		if t.punct || t.nd == 1 || t.nd > 3 || t.nd == 0 && (t.lex == 0 && !ninetyTypo(s.w(i)) || t.lex != 0 && !s.inAny(i, numberOrSpell, ageOrdWords)) {
			continue
		}
		if t.nd >= 2 && t.nd <= 3 {
			w := s.w(i)
			v, k := 0, 0
			for ; k < len(w) && isDigit(w[k]); k++ {
				v = v*10 + int(w[k]-'0')
			}
			sfx := w[k:]
			ordinal := sfx == "th" || sfx == "st" || sfx == "nd" || sfx == "rd"
			// "95th birthday", "celebrates her 100th on Sunday"
			birthday := ordinal && (s.in(i+1, ageAfter) || s.w(i+1) == "bday" || s.w(i-1) == "happy" ||
				s.in(i-1, ageHis) && s.in(i-2, ageBefore) && (i+1 >= len(s.toks) || s.toks[i+1].punct || s.in(i+1, ageWhen)))
			// "93M", "(96F)": age and sex in a clinical shorthand
			// (after a name or a list's spaced dash too: "bed 34 Lorcan 99M —",
			// "4W-5 - 103F - fall"; not a temperature, "T 99F", "99F-100F")
			sex := (sfx == "m" || sfx == "f") && (s.health || s.is(i-1, '(') || s.is(i-1, ',') || s.personalIDs() ||
				s.nameTok(i-1) || s.lowerNameTok(i-1) || s.is(i-1, '-') && s.toks[i-1].sp > 0 || s.initialBefore(i)) &&
				!(s.is(i+1, '-') && s.toks[i+1].sp == 0) && !s.readingBefore(i)
			// "95세", "91岁", "93歳": years of age in Korean, Chinese and Japanese
			cjk := sfx == "세" || sfx == "岁" || sfx == "歲" || sfx == "歳" || sfx == "才"
			if v < 90 || v > 125 || (sfx != "" && sfx != "yo" && sfx != "y" && sfx != "yrs" && sfx != "yr" && sfx != "yof" && sfx != "yom" && !birthday && !sex && !cjk) {
				continue
			}
			if cjk {
				s.add(Age, int(t.s), int(t.s)+k, priContext) // the digits only
				continue
			}
			if i > 0 && (s.is(i-1, '$') || s.is(i-1, '#') || s.is(i-1, '.') && s.toks[i].sp == 0) {
				continue
			}
			if sfx == "" && v > maxBareAge && s.is(i-1, '(') && s.is(i+1, ')') {
				continue // "+Tuilagi (118)": a room
			}
			if (s.ageCue(i, i, sfx != "") || sfx == "" && (s.sexSlash(i) || s.markedAge(i) || s.ageOfBirthYear(v))) && !s.foundedBefore(i) {
				s.add(Age, int(t.s), int(t.s)+k, priContext) // digits only, not "yo"
				i = s.ageList(i)
			}
			continue
		}
		if t.nd == 0 {
			// "her ninety-fifth birthday", "his hundredth bday"
			if end, v := s.spelledOrdinal(i); end >= i && v >= 90 && v <= 125 && (s.in(end+1, ageAfter) || s.w(end+1) == "bday") {
				s.addTok(Age, i, end, priContext)
				i = end
				continue
			}
			if end, v := s.spelledNumber(i); end >= i {
				if v >= 90 && v <= 125 && (s.ageCue(i, end, false) || s.titledRunOn(i, end)) {
					s.addTok(Age, i, end, priContext)
					end = s.ageList(end)
				}
				i = end
			}
		}
	}
}

// ageUnit reports a number at tokens ..end that is a quantity or a range,
// not an age: "90+", "95%", "90 days", "90 and older".
func (s *scanner) ageUnit(end int) bool {
	n := end + 1
	nw := s.w(n)
	return s.is(n, '+') || s.is(n, '%') || (nw == "and" || nw == "or") && s.inAny(n+1, ageNeg, ageOlder) || nw == "plus" || nw == "percent" ||
		nw == "day" || nw == "days" || nw == "min" || nw == "minutes" || nw == "mins" || nw == "beds" ||
		nw == "degrees" || nw == "degree" || nw == "deg" || nw == "kg" || nw == "lb" || nw == "lbs" || nw == "pounds" ||
		nw == "mg" || nw == "mcg" || nw == "ml" || nw == "units" || nw == "bpm" || nw == "mmhg" || nw == "percentile" ||
		(s.is(n, '-') && (s.w(n+1) == "day" || s.w(n+1) == "minute"))
}

// ageCue judges the words around a number at tokens i..end.
func (s *scanner) ageCue(i, end int, suffixed bool) bool {
	n := end + 1
	nw := s.w(n)
	// the parenthesis closing "(<age>": right after it, or after the
	// marks people add ("(90!!)", "(95?)")
	closeP := s.is(n, ')') || s.bangParen(n)
	if s.ageUnit(end) || !suffixed && s.readingBefore(i) {
		return false // a quantity; "sodium was 124 this morning": a reading
	}
	// the token before any qualifier ("is well over 95") or opening quote
	a := s.ageQual(i - 1)
	subj, verb := s.ageSubject(a)
	if verb && (s.in(subj, ageThing) || numberedThings[s.w(subj)]) {
		return false // "the chapel is 120 years old", "it turns 100", "her room is 101"
	}
	if a < i-1 && verb && s.stated(subj, n) {
		// "she is over 95", "he's 'ninety-one and ...'"; "over 90" is no
		// more than the open-ended top age group
		if q := s.w(i - 1); q == "over" || q == "than" || q == "past" || q == "least" {
			return s.ageValue(i, end) != 90
		}
		return true
	}
	if i > 0 && !s.toks[i-1].punct && s.in(i-1, ageNeg) && s.w(i-1) != "aged" && !(s.w(i-1) == "ages" && s.agesListed(n)) {
		return false
	}
	if suffixed {
		return true
	}
	if s.pairedAge(n) || s.reachedAge(i, n) {
		return true // "93 and 95 years old", "she just hit 100"
	}
	if nw == "today" && s.mentions(birthdayWords) {
		return true // "happy birthday to Ines in chair 4, 102 today!"
	}
	if y := s.ageYears(n); y != 0 {
		// "for 125 years", "in 95 years": a span of time
		return y == 2 || y == 1 && !s.in(i-1, ageFor)
	}
	if s.in(n, ageAfter) || (s.is(n, '-') && s.w(n+1) == "yo") ||
		s.is(n, '-') && s.w(n+1) == "y" && s.is(n+2, '-') && s.w(n+3) == "o" || // "97-y-o"
		(nw == "y" && (s.is(n+1, '/') || s.is(n+1, '.') && s.w(n+2) == "o" || s.w(n+1) == "o" || s.closes(n+1) && s.w(n+1) != "and")) ||
		s.is(n, '-') && s.w(n+1) == "y" && s.is(n+2, '/') { // "92 y o", "92-y/o"
		return true
	}
	if s.in(i-1, ageBefore) && (s.w(i-2) == "over" || s.w(i-2) == "above" || s.w(i-2) == "under" || s.w(i-2) == "past") {
		return false // "95 patients over age 90": an aggregate
	}
	if s.fuzzyIn(i-1, ageBefore) || s.slipOf(i-1, typedAgeVerbs) != "" || s.fieldAge(i) {
		return true
	}
	// "age approx 93", "age ~93", "being 96, she tires"
	if w := s.w(i - 1); (w == "about" || w == "approx" || w == "approximately" || w == "around" || w == "roughly" ||
		s.is(i-1, '~')) && (s.in(i-2, ageBefore) && s.w(i-2) != "ages" || s.is(i-2, ':') && s.in(i-3, ageBefore)) ||
		w == "being" && s.closes(n) {
		return true
	}
	// "at the age of 93", "died at 95", "our patient at 94,"
	if s.w(i-1) == "of" && s.w(i-2) == "age" && !s.inAny(i-3, ageMetric, ageLimit) ||
		s.w(i-1) == "at" && (s.w(i-2) == "died" || s.w(i-2) == "away" || s.w(i-2) == "passed" || s.in(i-2, patientTrig) && s.closes(n)) {
		return true
	}
	// "her age is 93", not "the average age is 91"
	if pw := s.w(i - 1); (pw == "is" || pw == "was" || s.is(i-1, '=')) && s.w(i-2) == "age" && !s.inAny(i-3, ageMetric, ageLimit) {
		return true
	}
	// "a widow of 94", "a man of ninety-two"
	if s.w(i-1) == "of" && s.in(i-2, agePerson) && (n >= len(s.toks) || s.toks[n].nd == 0) {
		return true
	}
	// "Helen Obi (now 91)": the age set off after a person
	if s.w(i-1) == "now" && s.is(i-2, '(') && closeP && i >= 3 && !s.toks[i-3].punct && s.toks[i-3].nd == 0 &&
		!s.inAny(i-3, ageMetric, ageThing) {
		return true
	}
	// "At 93, she still drives": a clause opening with the age
	if s.w(i-1) == "at" && (i < 2 || s.toks[i-2].punct || s.toks[i-1].sp == 2) && s.is(n, ',') &&
		(s.in(n+1, agePronoun) || s.nameTok(n+1)) {
		return true
	}
	// "Ngozi Eze, 97," or "Ruth Ames (93)": right after a capitalised word
	// ("..., 92!!", "... from Lynn, 97" at the message's end too)
	if (s.is(i-1, ',') && (s.is(n, ',') || closeP || s.whenAt(n) || n >= len(s.toks) || s.is(n, '!') || s.is(n, ';') || s.spacedDash(n) ||
		s.fullStop(n)) || s.is(i-1, '(') && closeP) &&
		i >= 2 && !s.toks[i-2].punct && s.toks[i-2].nd == 0 && s.isUpperStart(i-2) && !s.in(i-2, capStop) {
		return true
	}
	// "my mom (94)", "her dad, 96, fell": right after a kinship word
	if (s.is(i-1, '(') && (closeP || s.parenComma(n)) || s.is(i-1, ',') && (s.is(n, ',') || closeP)) &&
		s.in(i-2, agePronoun) && s.toks[i-2].nd == 0 && s.w(i-2) != "who" {
		return true
	}
	// "(f, 92)", "(male, 95)": sex and age in parentheses
	if s.is(i-1, ',') && s.is(i-3, '(') && closeP {
		if sw := s.w(i - 2); sw == "f" || sw == "m" || sw == "female" || sw == "male" {
			return true
		}
	}
	// "DOB 3/4/1931 (94)": an age after a date of birth
	if s.is(i-1, '(') && closeP && i >= 2 && hasBit(s.dateEnds, int(s.toks[i-2].e)) {
		return true
	}
	if s.in(i-2, ageMetric) || s.in(i-3, ageMetric) {
		return false // "the Press Ganey score is 91 this quarter"
	}
	// "pt in 5N-09 (97)", "admitted tonight, ninety-four, stable": a number
	// set off on its own in a message about a patient
	// "ms. lind (97)", "ruth ames (97)": in parentheses after a titled or
	// full name; spelled out, after any name ("for ana (ninety-four)")
	if s.is(i-1, '(') && closeP && (s.titledBefore(i-1) || s.lowerFullName(i-2) || s.toks[i].nd == 0 && s.personTok(i-2)) {
		return true
	}
	if s.health && (s.is(i-1, '(') && (closeP || s.parenComma(n)) &&
		(s.prevWordIn(i, patientTrig, 8) || s.prevWordIn(i, honorifics, 6) || s.lowerFullName(i-2)) ||
		// "ruth ames - 97 - admitted": set off by dashes after a lower-case name
		s.is(i-1, '-') && s.toks[i-1].sp > 0 && s.is(n, '-') && s.toks[n].sp > 0 && s.lowerFullName(i-2) ||
		// "ferdinand oshiro, 92, family notified": after a lower-case name
		s.is(i-1, ',') && (s.is(n, ',') || s.is(n, '.') || closeP || s.is(n, '-') && s.toks[n].sp > 0) &&
			(s.personTok(i-2) && s.toks[i-2].na >= 4 && !s.gz(i-2).isCommonWord() || s.lowerFullName(i-2)) ||
		s.toks[i].nd == 0 && s.is(i-1, ',') && (s.is(n, ',') || s.is(n, '.') || s.is(n, ';') || n >= len(s.toks))) {
		return true
	}
	if sw := s.w(n); (sw == "m" || sw == "f") && s.health && (n+1 >= len(s.toks) || s.toks[n+1].punct || s.toks[n+1].sp == 2 ||
		s.toks[n+1].nd == 0 && (s.nameTok(i-1) || s.lowerFullName(i-1)) ||
		// what a presentation says next: "93 M with chest pain", "new
		// admit 91 F from SNF", "95 F - fall" (not "$93 M budget")
		s.toks[n+1].nd == 0 && !s.is(i-1, '$') && (s.tokIn(n+1, &presentingWords) || s.in(n+1, healthWords) || s.is(n+1, '-') && s.toks[n+1].sp > 0)) {
		return true // "93 M", "(96 F)", "Ruth Ames 93 F CHF"
	}
	if s.sexBefore(i, n) {
		return true // "F, 93,", "female, 93", "elderly female (93)"
	}
	if s.nameAgeRunOn(i, n) || s.ageAndState(i, n) {
		return true // "mr lund 98, family says", "ada cole 94 hip fx", ", 93 and sundowning"
	}
	if pw := s.w(i - 1); (pw == "is" || pw == "was" || pw == "be") && (s.whenAt(n) && !s.businessPeriod(n) || pw == "be" && s.w(n) == "in" && s.in(n+1, monthSet)) {
		return true
	}
	// "who is 94", "she's 94", "Theodora Pike is ninety-one": a person's
	// age stated outright
	return verb && s.stated(subj, n)
}

// bangParen reports marks glued after an age and then its closing
// parenthesis: "(90!!)", "(95?!)".
func (s *scanner) bangParen(n int) bool {
	for k := n; k < len(s.toks) && k < n+3 && s.toks[k].sp == 0 && (s.is(k, '!') || s.is(k, '?')); k++ {
		if s.is(k+1, ')') && s.toks[k+1].sp == 0 {
			return true
		}
	}
	return false
}

// closes reports whether token n ends the clause of an age before it.
func (s *scanner) closes(n int) bool {
	return n >= len(s.toks) || s.toks[n].sp == 2 || s.is(n, ',') || s.is(n, '.') || s.is(n, ';') || s.is(n, '!') ||
		s.is(n, '?') || s.is(n, ')') || s.is(n, sub) || s.is(n, '"') || s.is(n, '\'') || s.w(n) == "and" ||
		s.w(n) == "so" || s.w(n) == "but" || s.w(n) == "btw" || s.w(n) == "fyi" || s.w(n) == "fwiw" || s.w(n) == "tho" ||
		s.spacedDash(n) || s.is(n, '(') && s.toks[n].sp > 0 || s.w(n) == "herself" || s.w(n) == "himself" ||
		s.w(n) == "i" && (s.w(n+1) == "think" || s.w(n+1) == "believe" || s.w(n+1) == "guess")
}

// spacedDash reports a dash at token n set off by spaces on both sides, as
// a clause breaks off: "she's 91 — wait" (a range is "91-95").
func (s *scanner) spacedDash(n int) bool {
	return s.is(n, '-') && s.toks[n].sp > 0 && n+1 < len(s.toks) && s.toks[n+1].sp > 0
}

// fullStop reports a full stop at token n that ends a sentence: the
// message's end or a blank after it (not "4.5", "Ave.," or "St.Pierre").
func (s *scanner) fullStop(n int) bool {
	return s.is(n, '.') && (n+1 >= len(s.toks) || s.toks[n+1].sp > 0)
}

// stated reports whether subj, the subject of "is" before an age whose
// clause goes on at token n, is a person: "who is 94,", "Pike is 93 and",
// "pt ahmed in 12 is 102!".
func (s *scanner) stated(subj, n int) bool {
	if subj < 0 {
		return false
	}
	cl := s.closes(n) || s.whenAt(n) || chatClose[s.w(n)]
	if cl && (s.in(subj, agePronoun) || s.in(subj, agePlural) && (s.w(subj) != "they" || s.health)) {
		return true
	}
	// "pt ahmed in 12 is", "the lady in 4B is": where the patient lies,
	// then the verb
	if t := s.toks[subj]; t.nd > 0 && t.nd <= 4 {
		if s.w(subj-1) == "in" {
			subj -= 2
		} else if w := s.w(subj - 1); (w == "room" || w == "rm" || w == "bed") && s.w(subj-2) == "in" {
			subj -= 3
		}
		if cl && (s.in(subj, agePronoun) || s.nameTok(subj)) {
			return true // "Ruth in 33A is 97 and"
		}
	}
	// "Theodora Pike is ninety-one", "patient Pike is 93" in a patient message
	// "Mrs. Ames is 93": an honorific before the name
	titled := s.in(subj-1, honorifics) || s.is(subj-1, '.') && s.in(subj-2, honorifics)
	if (cl || s.nameTok(subj)) && s.personTok(subj) &&
		(titled || s.in(subj-1, agePronoun) || s.personTok(subj-1) && (s.health || s.in(subj-2, agePronoun))) {
		return true
	}
	// "Ruth Ames is 97 and", "ruth ames is 97 and": a full name with a
	// given name
	if cl && (s.nameTok(subj) && s.nameTok(subj-1) && s.gz(subj-1).isGiven() || s.lowerFullName(subj)) {
		return true
	}
	// "mr park is ninety-nine and": after a title any word is a surname
	if cl && titled && s.toks[subj].nd == 0 && s.toks[subj].na >= 2 && !s.inAny(subj, capStop, stopLower) {
		return true
	}
	// "heads up Vuthy is 93 and very hard of hearing": a name alone, in a
	// message about a patient
	return cl && s.personTok(subj) && s.toks[subj].na >= 4 && s.health && !s.gz(subj).isCommonWord() && !s.in(n, ageWhen)
}

// personTok reports a name at token i: capitalised, or in lower case a word
// that is a given name or no English word.
func (s *scanner) personTok(i int) bool {
	if s.nameTok(i) {
		return true
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].nd > 0 || s.toks[i].na < 3 || s.in(i, capStop) ||
		s.in(i, agePronoun) || s.in(i, ageThing) || s.in(i, ageMetric) {
		return false
	}
	if c := s.b[s.toks[i].s]; c < 'a' || c > 'z' {
		return false
	}
	g := s.gz(i)
	return g.isGiven() && !g.isCommonWord() || !g.isWord()
}

// ageQual skips back from token k over words qualifying a stated age
// ("nearly", "well over", "more than", "at least") and an opening quote;
// it returns the token before them.
func (s *scanner) ageQual(k int) int {
	if (s.is(k, '\'') || s.is(k, '"') || s.is(k, '~')) && k+1 < len(s.toks) && s.toks[k+1].sp == 0 {
		k--
	}
	for j := 0; j < 3 && s.in(k, ageQualWord); j++ {
		if s.w(k) == "least" && s.w(k-1) == "at" {
			k--
		}
		k--
	}
	// "she's a spry 96": an article and one describing word
	if s.w(k-1) == "a" && k < len(s.toks) && !s.toks[k].punct && s.toks[k].nd == 0 && s.toks[k].sp == 1 {
		if v := s.w(k - 2); v == "is" || v == "was" || v == "s" || v == "hes" || v == "shes" {
			k -= 2
		}
	}
	return k
}

// ageSubject finds the subject of a verb at token a that states an age:
// "she is", "she's", "hes", "Pike was", "my parents are". It returns the
// subject token and whether a is such a verb.
func (s *scanner) ageSubject(a int) (int, bool) {
	switch s.w(a) {
	case "is", "was", "are", "were":
		k := a - 1
		if s.is(k, ')') {
			// "Jones Hall (1921) is", "pt ahmed (rm 12) is": the subject
			// before a short parenthesis
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if s.is(j, '(') {
					k = j - 1
					break
				}
			}
		}
		return k, k >= 0
	case "s":
		if s.is(a-1, '\'') && s.toks[a].sp == 0 {
			return a - 2, a >= 2
		}
	case "hes", "shes", "whos":
		return a, true
	case "turns", "turned", "turning", "celebrates", "celebrating":
		return a - 1, a >= 1
	}
	return -1, false
}

// ageValue is the value of the number at tokens i..end.
func (s *scanner) ageValue(i, end int) int {
	if t := s.toks[i]; t.nd > 0 {
		k := t.s
		v := 0
		for ; k < t.e && isDigit(s.b[k]); k++ {
			v = v*10 + int(s.b[k]-'0')
		}
		return v
	}
	_, v := s.spelledNumber(i)
	return v
}

// ageYears judges a "years" word at token n after a number: 2 an age ("94
// years old", "95-year-old"), 1 most likely one ("92 years,"), -1 a span of time or the age of
// a thing ("100 years of service", "a 90-year history", "the 120-year-old
// chapel"), 0 no such word.
func (s *scanner) ageYears(n int) int {
	if s.is(n, '-') && s.toks[n].sp == 0 {
		n++
	}
	w := s.w(n)
	if y := s.slipOfCue(n, yearSlips); y != "" {
		w = y // "yeras old"
	}
	plural := w == "years" || w == "yrs"
	if !plural && w != "year" && w != "yr" {
		return 0
	}
	k := n + 1
	if s.is(k, '-') || s.is(k, '.') && s.w(k+1) == "old" {
		k++
	}
	if s.w(k) == "old" || s.oldSlip(k) {
		o := k + 1
		if s.is(o, '-') {
			o++
		}
		if s.in(o, ageThing) || s.in(o+1, ageBuilding) && s.toks[o].nd == 0 && !s.toks[o].punct && s.toks[o+1].sp < 2 {
			return -1 // "the 94-year-old annex", "a ninety-year-old main building"
		}
		return 2
	}
	if s.w(k) == "of" && s.w(k+1) == "age" {
		return 2
	}
	if s.in(k, ageSpan) || !plural && k < len(s.toks) && !s.toks[k].punct && s.toks[k].sp < 2 {
		return -1
	}
	return 1
}

// parenComma reports a comma (semicolon, spaced dash) at token n that
// follows "(<age>" and goes on with something other than another number:
// "(91, fractured hip)", "(93 - hip fx)".
func (s *scanner) parenComma(n int) bool {
	if !(s.is(n, ',') || s.is(n, ';') || s.is(n, '-') && s.toks[n].sp > 0) || n+1 >= len(s.toks) {
		return false
	}
	t := s.toks[n+1]
	return !(t.nd > 0 && t.na == 0 && (s.is(n+2, ')') || s.is(n+2, ',')))
}

// ageList adds the ages listed after one that ends at token end ("91 and
// 94", "ninety-two, ninety-five") and returns the last token it took.
func (s *scanner) ageList(end int) int {
	for {
		k := end + 1
		if !(s.is(k, ',') || s.w(k) == "and" || s.is(k, '&')) {
			return end
		}
		j := k + 1
		if s.is(k, ',') && s.w(j) == "and" {
			j++
		}
		if j >= len(s.toks) {
			return end
		}
		comma := s.is(k, ',') && j == k+1 // "95, 96": rooms as often as ages
		e, v := s.spelledNumber(j)
		if t := s.toks[j]; e < j && t.na == 0 && (t.nd == 2 || t.nd == 3) {
			e, v = j, atoi(s.b[t.s:t.e])
		}
		if e < j || v < 90 || v > 125 || s.ageUnit(e) || s.is(e+1, '/') || s.is(e+1, ':') ||
			!(!comma && s.closes(e+1) || s.ageYears(e+1) > 0 || s.in(e+1, ageAfter) || s.w(e+1) == "respectively") {
			return end
		}
		s.addTok(Age, j, e, priContext)
		end = e
	}
}

// ageAfterName adds the age in "<name> (92)" or "<name>, 93," where the name
// ends at token end.
func (s *scanner) ageAfterName(end int) {
	for s.is(end+1, '*') || s.is(end+1, '_') {
		end++ // "*Mrs. Ada Cole*, 94": Markdown around the name
	}
	i := end + 2
	if (s.is(end+1, '-') || s.w(end+1) == "at") && i < len(s.toks) && s.toks[i].na == 0 && (s.toks[i].nd == 2 || s.toks[i].nd == 3) &&
		(i+1 >= len(s.toks) || s.toks[i+1].punct && !s.is(i+1, '%') && !s.is(i+1, ':') || s.toks[i+1].sp == 2) {
		// "Ada Cole - 98 - admitted", "Ada Cole at 103, went home"
		if v := atoi(s.b[s.toks[i].s:s.toks[i].e]); v >= 90 && v <= 125 && s.toks[end+1].sp == 1 {
			s.addTok(Age, i, i, priContext)
		}
		return
	}
	// "Ada Cole: 97, admitted for CHF": a name as a label, its age the value
	if s.is(end+1, ':') && s.toks[end+1].sp == 0 && i < len(s.toks) && s.toks[i].na == 0 && (s.toks[i].nd == 2 || s.toks[i].nd == 3) &&
		(s.is(i+1, ',') || s.is(i+1, ';') || i+1 >= len(s.toks) || s.toks[i+1].sp == 2) {
		if v := atoi(s.b[s.toks[i].s:s.toks[i].e]); v >= 90 && v <= 125 {
			s.addTok(Age, i, i, priContext)
		}
		return
	}
	// "Mrs. Ada Cole ninety six she fell": a spelled age run on after the
	// name, as speech is transcribed
	if t := s.toks[min(end+1, len(s.toks)-1)]; end+1 < len(s.toks) && t.nd == 0 && t.sp == 1 {
		if e, v := s.spelledNumber(end + 1); e > end && v >= 90 && v <= 125 && !s.ageUnit(e) && s.ageYears(e+1) >= 0 &&
			(e+1 >= len(s.toks) || s.toks[e+1].nd == 0 && !s.in(e+1, numberOrSpell)) {
			s.addTok(Age, end+1, e, priContext)
			return
		}
	}
	if r := s.roomAfterName(end); r > end {
		// "<name> in 4b, 93,", "<name> 1181, ninety-three and": where the
		// patient is, then the age; its clause may go on with a word
		// ("<name> in 3A, 104 pls")
		if e, v := s.spelledNumber(r + 2); e < r+2 && r+2 < len(s.toks) && s.toks[r+2].na == 0 && (s.toks[r+2].nd == 2 || s.toks[r+2].nd == 3) {
			e, v = r+2, atoi(s.b[s.toks[r+2].s:s.toks[r+2].e])
			if v >= 90 && v <= 125 && s.ageAfterRoom(e) {
				s.addTok(Age, r+2, e, priContext)
				return
			}
		} else if e >= r+2 && v >= 90 && v <= 125 && s.ageAfterRoom(e) {
			s.addTok(Age, r+2, e, priContext)
			return
		}
		end = r
		i = end + 2
	}
	if w := s.w(end + 1); (w == "is" || w == "was" || w == "turns" || w == "turned") && s.toks[end+1].sp == 1 {
		// "<name> is 93 and", "<name> turned ninety-six,": the named
		// person's age stated outright, closing the clause
		k := end + 2
		if w := s.w(k); w == "nearly" || w == "almost" || w == "now" {
			k++
		}
		e, v := s.spelledNumber(k)
		if t := s.toks[min(k, len(s.toks)-1)]; e < k && k < len(s.toks) && t.na == 0 && (t.nd == 2 || t.nd == 3) {
			e, v = k, atoi(s.b[t.s:t.e])
		}
		if e >= k && v >= 90 && v <= 125 && !s.ageUnit(e) && (e+1 >= len(s.toks) || s.toks[e+1].sp == 2 ||
			s.is(e+1, ',') || s.is(e+1, '.') || s.is(e+1, ';') || s.is(e+1, '!') || s.is(e+1, ')') || s.w(e+1) == "and" ||
			s.w(e+1) == "but" || s.w(e+1) == "so" || s.in(e+1, ageAfter) || s.in(e+1, ageWhen)) {
			s.addTok(Age, k, e, priContext)
		}
		return
	}
	limit := maxBareAge
	if s.w(i) == "now" || s.w(i) == "age" || s.w(i) == "aged" || s.w(i) == "at" && s.is(end+1, ',') {
		i++ // "<name> (now 91)", "<name>, age 93", "<name>, at 95,"
		limit = 125
	}
	if e, v := s.spelledNumber(i); e >= i && v >= 90 && v <= limit && s.is(end+1, '(') && s.is(e+1, ')') {
		s.addTok(Age, i, e, priContext) // "<name> (a hundred and two)"
		return
	}
	if e, v := s.spelledNumber(i); e >= i && v >= 90 && v <= limit && s.is(end+1, ',') {
		// "<name>, ninety-four," spelled out
		if e+1 >= len(s.toks) || s.toks[e+1].punct || s.toks[e+1].sp == 2 {
			s.addTok(Age, i, e, priContext)
		}
		return
	}
	closes := i+1 >= len(s.toks) || s.is(i+1, ',') || s.is(i+1, ')') || s.is(i+1, '.') || s.is(i+1, ';') ||
		s.is(i+1, '-') || s.is(i+1, '(') || s.is(i+1, sub) || s.toks[i+1].sp == 2 || s.in(i+1, ageAfter) ||
		s.is(end+1, ',') && s.whenAt(i+1) // "Ruth Ames, 101 today!"
	if !((s.is(end+1, '(') || s.is(end+1, '[')) && (s.is(i+1, ')') || s.is(i+1, ']') || s.parenComma(i+1))) &&
		!((s.is(end+1, ',') || s.is(end+1, ';')) && closes) ||
		i >= len(s.toks) {
		return
	}
	if t := s.toks[i]; t.na == 0 && (t.nd == 2 || t.nd == 3) {
		if v := atoi(s.b[t.s:t.e]); v >= 90 && v <= limit {
			s.addTok(Age, i, i, priContext)
		}
	}
}

// maxBareAge bounds a bare number in brackets or between commas after a
// name read as an age, with no word of age before it: no one has lived
// past 122, and "+Tuilagi (118)" in a census is a room.
const maxBareAge = 115

// sexSlash reports an age written with the sex in clinical shorthand,
// "F/97", "97/M": the number at token i is not part of a date or a ratio.
func (s *scanner) sexSlash(i int) bool {
	sex := func(k int) bool { w := s.w(k); return (w == "f" || w == "m") && s.toks[k].sp < 2 }
	if i >= 2 && s.is(i-1, '/') && s.toks[i].sp == 0 && s.toks[i-1].sp == 0 && sex(i-2) && !s.is(i+1, '/') &&
		(i < 3 || !s.is(i-3, '/')) {
		return true
	}
	return s.is(i+1, '/') && i+2 < len(s.toks) && s.toks[i+1].sp == 0 && s.toks[i+2].sp == 0 && sex(i+2) &&
		!s.is(i+3, '/') && !s.is(i-1, '/')
}

// spelledNumber parses "ninety-four", "a hundred and two", "one hundred one"
// at token i; it returns the last token and the value, or end < i.
func (s *scanner) spelledNumber(i int) (int, int) {
	k, v, end := i, 0, -1
	// a hyphen may be typed between the words: "one-hundred-and-two"
	hy := func(j int) int {
		if s.is(j, '-') && s.toks[j].sp == 0 {
			return j + 1
		}
		return j
	}
	if w := s.w(k); w == "a" || w == "one" && s.w(hy(k+1)) == "hundred" {
		if s.w(hy(k+1)) != "hundred" {
			return -1, 0
		}
		k = hy(k + 1)
	}
	if s.w(k) == "hundred" {
		v, end = 100, k
		k = hy(k + 1)
		if s.w(k) == "and" {
			k = hy(k + 1)
		}
	}
	tens, ok := numberWords[s.w(k)]
	if !ok && ninetyTypo(s.w(k)) {
		tens, ok = 90, true // "ninty-one": the tens word mistyped
	}
	if ok {
		v += tens
		end = k
		if tens >= 20 && tens%10 == 0 {
			j := k + 1
			if s.is(j, '-') && s.toks[j].sp == 0 {
				j++
			}
			if u, ok := numberWords[s.w(j)]; ok && u < 10 {
				v += u
				end = j
			} else if tens == 90 {
				if u := s.unitSlip(j, j > k+1); u > 0 {
					v += u // "ninety-tow", "ninety sevn"
					end = j
				}
			}
		}
	}
	return end, v
}

// detectSpelled finds identifiers read out digit by digit: "nine two two,
// four one seven, ..." (at least seven digit words).
func (s *scanner) detectSpelled() {
	for i := 0; i < len(s.toks); i++ {
		if !s.in(i, digitSet) || s.w(i) == "o" || s.w(i) == "oh" {
			continue
		}
		n, end, words := 0, i, 0
		// after a label, single letters may be read out among the digits:
		// "Medicare number is one A B two C D ...", "plate seven X R K four"
		letters := s.prevLabel(i) != "" || s.prevWordIn(i, vehicleWords, 4)
		for k := i; k < len(s.toks); k++ {
			if s.in(k, digitSet) {
				n, end, words = n+1, k, words+1
				continue
			}
			if t := s.toks[k]; letters && !t.punct && t.nd == 0 && t.e-t.s == 1 && t.sp == 1 && words >= 1 &&
				(s.in(k+1, digitSet) || k+1 < len(s.toks) && s.toks[k+1].e-s.toks[k+1].s == 1 && !s.toks[k+1].punct) {
				n, end = n+1, k
				continue
			}
			if t := s.toks[k]; t.nd > 0 && t.na == 0 && t.nd <= 4 && words >= 1 && s.toks[k].sp < 2 {
				n, end = n+int(t.nd), k // "nine 2 two": numerals mixed in
				continue
			}
			if s.is(k, '.') && s.is(k+1, '.') && words >= 1 {
				continue // groups read out with a pause: "nine one four... five"
			}
			w := s.w(k)
			sepWord := w == "dash" || w == "hyphen" || w == "dot" || w == "space" || w == "and"
			if (s.is(k, ',') || s.is(k, '-') || s.is(k, '.') || s.is(k, '/') || s.is(k, ')') || sepWord) && k+1 < len(s.toks) &&
				(s.in(k+1, digitSet) || s.toks[k+1].nd > 0 && s.toks[k+1].na == 0) {
				continue
			}
			break
		}
		if n == 5 && words == 5 && s.prevWordIn(i, zipWords, 4) {
			s.addTok(Address, i, end, priContext) // "zip code is zero one eight five two"
			i = end
			continue
		}
		plate := s.prevWordIn(i, vehicleWords, 4)
		if (n < 7 || words < 3) && !(plate && n >= 5 && n > words && words >= 2) {
			i = end
			continue
		}
		t := Phone
		switch {
		case plate:
			t = VehicleID
		case s.prevWordIn(i, ssnWords, 4):
			t = SSN
		case s.prevLabel(i) != "":
			t = s.prevLabel(i)
		case n == 9:
			t = SSN
		}
		s.addTok(t, i, end, priLabel)
		i = end
	}
}

var zipWords = words("zip", "zipcode", "postcode")

// prevLabel returns the type of a PHI label among the few words before ti.
func (s *scanner) prevLabel(ti int) Type {
	for k, seen := ti-1, 0; k >= 0 && seen < 4; k-- {
		if s.toks[k].punct {
			continue
		}
		if t, ok := labelType[s.w(k)]; ok {
			return t
		}
		seen++
	}
	return ""
}

// ninetyTypo reports a word one edit (a letter added, dropped, changed or
// two swapped) from "ninety" but not "ninety" itself: a mistyped age.
func ninetyTypo(w string) bool {
	const t = "ninety"
	if len(w) < 5 || len(w) > 7 || w[0] != 'n' || w == t {
		return false
	}
	i := 0
	for i < len(w) && i < len(t) && w[i] == t[i] {
		i++
	}
	switch {
	case len(w) == len(t):
		return w[i+1:] == t[i+1:] || i+1 < len(w) && w[i] == t[i+1] && w[i+1] == t[i] && w[i+2:] == t[i+2:]
	case len(w) == len(t)-1:
		return w[i:] == t[i+1:]
	default:
		return w[i+1:] == t[i:]
	}
}

// spelledOrdinal parses "ninetieth", "ninety-fifth", "hundredth", "a
// hundred and first" at token i; it returns the last token and the value,
// or end < i.
func (s *scanner) spelledOrdinal(i int) (int, int) {
	k, v := i, 0
	if w := s.w(k); (w == "a" || w == "one") && (s.w(k+1) == "hundred" || s.w(k+1) == "hundredth") {
		k++
	}
	switch w := s.w(k); {
	case w == "ninetieth":
		return k, 90
	case w == "hundredth":
		return k, 100
	case w == "hundred":
		v = 100
		k++
		if s.w(k) == "and" {
			k++
		}
	}
	if w := s.w(k); w == "ninety" || ninetyTypo(w) {
		v += 90
		k++
		if s.is(k, '-') && s.toks[k].sp == 0 {
			k++
		}
	} else if v == 0 {
		return -1, 0
	}
	if u, ok := ordUnits[s.w(k)]; ok {
		return k, v + u
	}
	return -1, 0
}

// presentingWords follow a patient's age and sex in a clinical
// presentation: "93 M with ...", "91 F from SNF", "90 M hx of falls". (Words
// only: a shorthand with a slash, "s/p", "w/", is several tokens, and
// tokIn reads it from its last one.)
var presentingWords = small("with", "from", "hx", "pmh", "presenting", "presents", "admitted", "here", "who")

// ageSex reports an age over 89 and a sex in clinical shorthand: "93M",
// "101f".
func ageSex(v []byte) bool {
	n := len(v) - 1
	if n < 2 || n > 3 || v[n]|0x20 != 'm' && v[n]|0x20 != 'f' || !allDigits(string(v[:n])) {
		return false
	}
	a := atoi(v[:n])
	return a >= 90 && a <= 125
}

// initialBefore reports a middle initial and its full stop right before
// token i, as a name written "jordan e. 94f" ends.
func (s *scanner) initialBefore(i int) bool {
	return i >= 3 && s.is(i-1, '.') && s.middleInitial(i-2) && !s.toks[i-3].punct && s.toks[i-3].nd == 0
}

// agesListed reports the next age of a list after "ages" at token n ("ages
// 91 and 29", "ages 93, 47"): each person's own age, where a range ("ages
// 90 to 95", "ages 90-100") or a bound ("ages 90 and up") is a group's.
func (s *scanner) agesListed(n int) bool {
	if !(s.w(n) == "and" || s.is(n, ',')) || n+1 >= len(s.toks) {
		return false
	}
	t := s.toks[n+1]
	return t.nd >= 1 && t.nd <= 3 && t.na == 0 && !s.is(n+2, '-') && !s.is(n+2, '+')
}

// birthdayWords make a message one that wishes or tells a birthday, in
// which a number before "today" is an age.
var birthdayWords = words("birthday", "birthdays", "bday")
