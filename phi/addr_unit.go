package phi

import (
	_ "embed"
	"slices"
	"strings"
)

// The secondary unit designators of USPS Publication 28 (appendix C2,
// gazetteer/unit.txt): "Apt 4B", "Bldg 3", "Trlr 12" take a number or a
// letter; "Rear", "Upper", "Bsmt" stand alone.

//go:embed gazetteer/unit.txt
var unitList string

// unitDesignators maps each designator and its abbreviation to 1 (it takes
// a number) or 2 (it stands alone). The lone designators that name a part
// of a building open to the public ("office", "lobby") are left out: after
// a street they say that the address is a facility's.
var unitDesignators = func() map[string]int8 {
	m := make(map[string]int8)
	for _, line := range strings.Split(unitList, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		v := int8(1)
		if f[2] == "-" {
			if f[0] == "office" || f[0] == "lobby" {
				continue
			}
			v = 2
		}
		m[f[0]], m[f[1]] = v, v
	}
	return m
}()

// unitSlips index the designators' names, read through one slip of the
// keyboard.
var unitSlips = func() *slipList {
	var ws []string
	for w := range unitDesignators {
		if len(w) >= 5 {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return keySlipWords(ws...)
}()

// unit extends a street ending at token end over its units: "Apt 4B",
// "#16", "Suite 200", "Bldg 3, Apt 210", "2nd fl", "Rear".
func (s *scanner) unit(end int) int {
	for n := 0; n < 2; n++ {
		e := s.oneUnit(end)
		if e == end {
			break
		}
		end = e
	}
	return end
}

// oneUnit extends a street or unit ending at token end over one unit.
func (s *scanner) oneUnit(end int) int {
	k := end + 1
	if s.is(k, ',') {
		k++
	}
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return end
	}
	d := int8(0)
	if t := s.toks[k]; !t.punct && t.nd == 0 {
		d = unitDesignators[s.w(k)]
		if d == 0 && t.lex == 0 && t.na >= 5 {
			d = unitDesignators[s.slipOfCue(k, unitSlips)] // "apartmnet 4"
		}
	}
	if d == 1 || s.in(k, unitWords) || s.is(k, '#') {
		j := k + 1
		for n := 0; n < 2 && (s.is(j, '.') || s.is(j, '#')); n++ {
			j++ // "Apt. #3"
		}
		if j < len(s.toks) && !s.toks[j].punct && s.toks[j].nd+s.toks[j].na <= 6 && (s.toks[j].nd > 0 || s.toks[j].na == 1) {
			return j
		}
		if _, ok := numberWords[s.w(j)]; ok && s.in(k, unitWords) {
			return j // "apartment six"
		}
	}
	if d == 2 && s.placeEnds(k+1) && !s.is(k+1, '(') {
		return k // "12 Elm St, Rear, Lowell", "12 elm st upper"
	}
	// "2nd fl", "3rd floor", "3rd flr": an ordinal before the unit word
	if k+1 < len(s.toks) && s.toks[k].nd > 0 && s.toks[k].nd <= 2 && s.toks[k].na == 2 && (s.in(k+1, unitWords) || s.w(k+1) == "flr") && s.toks[k+1].sp == 1 {
		return k + 1
	}
	return end
}

// lowerUSPS reports a lower-case word at token k that may end a street
// with a suffix of Publication 28 beyond the common ones ("12 maple knoll,
// andover"): the clause ends after it, or a unit follows. (The caller
// looks the word up.)
func (s *scanner) lowerUSPS(k int) bool {
	n := k + 1
	if n < len(s.toks) && (s.is(n, '#') || !s.toks[n].punct && s.toks[n].nd == 0 && unitDesignators[s.w(n)] == 1) {
		return true
	}
	return s.placeEnds(n) && !s.is(n, '(')
}

// compassAfter extends a street ending at token end over a directional
// after its suffix, where the clause or the street ends: "400 Main St N,
// Andover", "King St W".
func (s *scanner) compassAfter(end int) int {
	k := end + 1
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 {
		return end
	}
	w := s.w(k)
	if !compassAbbrev(w) && !(s.in(k, directions) && s.isUpperStart(k)) {
		return end
	}
	if len(w) <= 2 && !s.isUpperStart(k) && !s.placeEnds(k+1) {
		return end // "12 elm st e" only where the clause ends
	}
	if s.placeEnds(k+1) || s.is(k+1, '#') || k+1 < len(s.toks) && unitDesignators[s.w(k+1)] != 0 {
		return k
	}
	return end
}

// ordinalTok reports an ordinal in figures at token k: "3rd", "125th", the
// name of a numbered street.
func (s *scanner) ordinalTok(k int) bool {
	t := s.toks[k]
	if t.punct || t.nd == 0 || t.nd > 3 || t.na != 2 {
		return false
	}
	switch s.w(k)[t.nd:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// suffixAhead reports a street suffix within the three words after token
// k: "77 via roma ct" is a street, "12 de la vina st" too.
func (s *scanner) suffixAhead(k int) bool {
	for j := k + 1; j <= k+3 && j < len(s.toks) && s.toks[j].sp < 2 && !s.toks[j].punct; j++ {
		if s.in(j, streetSuffix) {
			return true
		}
	}
	return false
}

// officeUnits are the unit designators of offices: a home has an
// apartment or a floor, a business a suite or a department.
var officeUnits = map[string]bool{"suite": true, "ste": true, "department": true, "dept": true, "hangar": true,
	"hngr": true, "pier": true}

// officeUnit reports an office's unit in the address over tokens i..end.
func (s *scanner) officeUnit(i, end int) bool {
	for k := i + 1; k <= end && k < len(s.toks); k++ {
		if t := s.toks[k]; !t.punct && t.nd == 0 && t.na <= 10 && officeUnits[s.w(k)] {
			return true
		}
	}
	return false
}

// residenceWords say that someone lives at a place.
var residenceWords = words("home", "house", "lives", "live", "lived", "living", "resides", "residence", "apartment",
	"staying", "moved")

// residenceBefore reports a word of residenceWords among the n words before
// token i.
func (s *scanner) residenceBefore(i, n int) bool { return s.prevWordIn(i, residenceWords, n) }

// lowerUSPSShape is the quick test of lowerUSPS on the token after k (a
// mark, a line break, the end, a number or a unit word may follow a
// suffix), for uspsNear's look-ahead over every word after a number.
func (s *scanner) lowerUSPSShape(k int) bool {
	n := k + 1
	if n >= len(s.toks) {
		return true
	}
	t := s.toks[n]
	return t.punct || t.sp == 2 || t.nd > 0 || t.lex != 0 && s.in(n, unitWords)
}
