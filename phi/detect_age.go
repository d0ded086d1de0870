package phi

// Ages over 89 (digits or words) and identifiers spelled out digit by digit.

var digitWords = map[string]int{"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "niner": 9}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

var ageBefore = words("age", "aged", "turns", "turned", "turning", "turn", "ages", "celebrating",
	"celebrates", "reached", "reaches")

var ageAfter = words("yo", "y/o", "yrs", "years", "year", "yr", "yoa", "birthday", "bday")

// agePronoun introduces a person whose age follows: "who is 94".
var agePronoun = words("who", "she", "he", "patient", "pt", "mom", "dad", "mother", "father", "grandmother",
	"grandfather", "grandma", "grandpa", "wife", "husband", "aunt", "uncle")

// ageWhen follow "is 101" or "turns 99": the age is stated for a day.
var ageWhen = words("today", "tomorrow", "next", "this", "on", "now")

// ageMetric names a measure whose value follows "is": not an age.
var ageMetric = words("score", "scores", "rate", "census", "index", "percentile", "rank", "ranking", "volume",
	"count", "total", "average", "avg", "mean", "median", "nps", "temp", "temperature", "number", "budget",
	"pulse", "hr", "bp", "weight", "rating", "grade", "level", "occupancy", "top-box", "goal", "target", "kpi")

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

var ageNeg = words("patients", "pts", "over", "under", "than", "above", "below", "beyond", "aged", "people",
	"members", "residents", "those", "anyone", "everyone", "ages")

// detectAges finds "95 yrs old", "(92)" after a name, "is 101 today",
// "age 93", "ninety-four", "a hundred and two".
func (s *scanner) detectAges() {
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.punct || t.nd == 1 || t.nd > 3 || t.nd == 0 && (t.lex == 0 || !s.in(i, numberOrSpell)) {
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
			birthday := ordinal && (s.in(i+1, ageAfter) || s.w(i+1) == "bday")
			// "93M", "(96F)": age and sex in a clinical shorthand
			sex := (sfx == "m" || sfx == "f") && (s.health || s.is(i-1, '(') || s.is(i-1, ',')) && !s.is(i+1, '-')
			if v < 90 || v > 125 || (sfx != "" && sfx != "yo" && sfx != "y" && sfx != "yrs" && sfx != "yr" && !birthday && !sex) {
				continue
			}
			if i > 0 && (s.is(i-1, '$') || s.is(i-1, '#') || s.is(i-1, '.') && s.toks[i].sp == 0) {
				continue
			}
			if s.ageCue(i, i, sfx != "") || sfx == "" && s.sexSlash(i) {
				s.add(Age, int(t.s), int(t.s)+k, priContext) // digits only, not "yo"
			}
			continue
		}
		if t.nd == 0 && s.inAny(i, numberSet, spellSet) {
			if end, v := s.spelledNumber(i); end >= i {
				if v >= 90 && v <= 125 && s.ageCue(i, end, false) {
					s.addTok(Age, i, end, priContext)
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
		nw == "degrees" || nw == "degree" || nw == "deg" ||
		(s.is(n, '-') && (s.w(n+1) == "day" || s.w(n+1) == "minute"))
}

// ageCue judges the words around a number at tokens i..end.
func (s *scanner) ageCue(i, end int, suffixed bool) bool {
	n := end + 1
	nw := s.w(n)
	if s.ageUnit(end) {
		return false
	}
	if i > 0 && !s.toks[i-1].punct && s.in(i-1, ageNeg) && s.w(i-1) != "aged" {
		return false
	}
	if suffixed {
		return true
	}
	if s.in(n, ageAfter) || (s.is(n, '-') && (s.w(n+1) == "year" || s.w(n+1) == "yr" || s.w(n+1) == "years" || s.w(n+1) == "yo")) ||
		s.is(n, '-') && s.w(n+1) == "y" && s.is(n+2, '-') && s.w(n+3) == "o" || // "97-y-o"
		(nw == "y" && (s.is(n+1, '/') || s.is(n+1, '.') && s.w(n+2) == "o")) {
		return true
	}
	if s.in(i-1, ageBefore) && (s.w(i-2) == "over" || s.w(i-2) == "above" || s.w(i-2) == "under" || s.w(i-2) == "past") {
		return false // "95 patients over age 90": an aggregate
	}
	if s.fuzzyIn(i-1, ageBefore) || (s.is(i-1, ':') || s.is(i-1, '-')) && s.in(i-2, ageBefore) {
		return true
	}
	// "Ngozi Eze, 97," or "Ruth Ames (93)": right after a capitalised word
	if (s.is(i-1, ',') && (s.is(n, ',') || s.is(n, ')')) || s.is(i-1, '(') && s.is(n, ')')) &&
		i >= 2 && !s.toks[i-2].punct && s.toks[i-2].nd == 0 && s.isUpperStart(i-2) && !s.in(i-2, capStop) {
		return true
	}
	if s.in(i-2, ageMetric) || s.in(i-3, ageMetric) {
		return false // "the Press Ganey score is 91 this quarter"
	}
	// "pt in 5N-09 (97)", "admitted tonight, ninety-four, stable": a number
	// set off on its own in a message about a patient
	if s.health && (s.is(i-1, '(') && s.is(n, ')') && s.prevWordIn(i, patientTrig, 8) ||
		s.toks[i].nd == 0 && s.is(i-1, ',') && (s.is(n, ',') || s.is(n, '.') || s.is(n, ';') || n >= len(s.toks))) {
		return true
	}
	if sw := s.w(n); (sw == "m" || sw == "f") && s.health && (n+1 >= len(s.toks) || s.toks[n+1].punct || s.toks[n+1].sp == 2) {
		return true // "93 M", "(96 F)"
	}
	if pw := s.w(i - 1); (pw == "is" || pw == "was" || pw == "be") && s.in(n, ageWhen) {
		return true
	}
	// "who is 94", "she's 94", "she is nearly 100": a person's age stated
	// outright
	a := i - 1
	if w := s.w(a); w == "nearly" || w == "almost" || w == "about" || w == "around" || w == "approximately" || w == "roughly" {
		a--
	}
	if pw := s.w(a); pw == "is" || pw == "was" || pw == "s" && s.is(a-1, '\'') {
		k := a - 1
		if pw == "s" {
			k = a - 2
		}
		if s.in(k, agePronoun) && (s.is(n, ',') || s.is(n, '.') || s.is(n, ';') || n >= len(s.toks) ||
			s.w(n) == "and" || s.w(n) == "so" || s.w(n) == "but" || s.is(n, '!') || s.is(n, sub)) {
			return true
		}
		// "Theodora Pike is ninety-one", "patient Pike is 93" in a patient message
		if s.nameTok(k) && (s.in(k-1, agePronoun) || s.nameTok(k-1) && (s.health || s.in(k-2, agePronoun))) {
			return true
		}
		// "heads up Vuthy is 93 and very hard of hearing": a name alone, in a
		// message about a patient, with the number closing the clause
		if s.nameTok(k) && s.health && !s.gz(k).isCommonWord() && (s.w(n) == "and" || s.is(n, ',') || s.is(n, '.') || n >= len(s.toks)) {
			return true
		}
	}
	return false
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
	if s.w(end+1) == "in" && end+3 < len(s.toks) && s.toks[end+2].nd > 0 && s.toks[end+2].nd <= 4 && s.is(end+3, ',') {
		end += 2 // "<name> in 4b, 93,": where the patient is, then the age
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
	if s.w(i) == "now" || s.w(i) == "age" || s.w(i) == "aged" || s.w(i) == "at" && s.is(end+1, ',') {
		i++ // "<name> (now 91)", "<name>, age 93", "<name>, at 95,"
	}
	if e, v := s.spelledNumber(i); e >= i && v >= 90 && v <= 125 && s.is(end+1, ',') {
		// "<name>, ninety-four," spelled out
		if e+1 >= len(s.toks) || s.toks[e+1].punct || s.toks[e+1].sp == 2 {
			s.addTok(Age, i, e, priContext)
		}
		return
	}
	closes := i+1 >= len(s.toks) || s.is(i+1, ',') || s.is(i+1, ')') || s.is(i+1, '.') || s.is(i+1, ';') ||
		s.is(i+1, '-') || s.is(i+1, '(') || s.is(i+1, sub) || s.toks[i+1].sp == 2 || s.in(i+1, ageAfter)
	if !((s.is(end+1, '(') || s.is(end+1, '[')) && (s.is(i+1, ')') || s.is(i+1, ']'))) && !((s.is(end+1, ',') || s.is(end+1, ';')) && closes) ||
		i >= len(s.toks) {
		return
	}
	if t := s.toks[i]; t.na == 0 && (t.nd == 2 || t.nd == 3) {
		if v := atoi(s.b[t.s:t.e]); v >= 90 && v <= 125 {
			s.addTok(Age, i, i, priContext)
		}
	}
}

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
	if s.w(k) == "a" || s.w(k) == "one" && s.w(k+1) == "hundred" {
		if s.w(k+1) != "hundred" {
			return -1, 0
		}
		k++
	}
	if s.w(k) == "hundred" {
		v, end = 100, k
		k++
		if s.w(k) == "and" {
			k++
		}
	}
	if tens, ok := numberWords[s.w(k)]; ok {
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
