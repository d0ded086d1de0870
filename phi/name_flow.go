package phi

import "strings"

// Patient-flow lists. A unit's census or a bed board lists who comes and
// goes under a label: "Admits: Vukovic, 14 Brandt, triage 3 Obi", "DCs:
// Ferreira M, Lindqvist (pending ride)", "dc → Kaczmarek". Every item is a
// patient, written by name, often after a bed and before a note; nothing
// around a lone surname there says so but the label that opens the list.

// flowLabels open a list of patients coming in, going out or waiting (and
// "d/c", read as "d", "/", "c").
var flowLabels = words("admits", "admit", "admissions", "dcs", "dc", "discharges", "discharge", "transfers",
	"boarders", "holds", "arrivals", "expected", "deaths", "expired")

// flowLists adds the names that head the items of a patient-flow list.
func (s *scanner) flowLists() {
	dc := s.slashes > 0 && strings.Contains(s.lo, "d/c")
	if !s.mentions(flowLabels) && !dc {
		return
	}
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].punct || s.toks[k].nd > 0 {
			continue
		}
		w := ""
		switch {
		case s.in(k, flowLabels):
			w = s.w(k)
		case dc && s.toks[k].e-s.toks[k].s == 1 && s.w(k) == "d" && s.is(k+1, '/') && s.w(k+2) == "c" && s.toks[k+1].sp == 0:
			w, k = "d/c", k+2
		default:
			continue
		}
		j := k + 1
		if w := s.w(j); w == "today" || w == "tonight" || w == "pending" || w == "in" || w == "out" {
			j++
		}
		if j = s.flowSep(j, w[len(w)-1] == 's'); j < 0 {
			continue
		}
		k = s.flowItems(j)
	}
}

// flowSep returns the token after the separator of a flow label at token j
// (":", "->"; for a plural label also "→" or " - "), or -1. The separator
// is on the label's line.
func (s *scanner) flowSep(j int, plural bool) int {
	if j+1 >= len(s.toks) || s.toks[j].sp == 2 || s.toks[j+1].sp == 2 {
		return -1
	}
	switch {
	case s.is(j, ':') && s.toks[j+1].sp == 1:
		return j + 1
	case s.is(j, '-') && s.is(j+1, '>'):
		return j + 2
	case !plural:
		return -1 // "d/c — Piotr, which one?": an addressee after a dash
	case s.is(j, '-') && s.toks[j].sp == 1 && s.toks[j+1].sp == 1:
		return j + 1
	case s.is(j, sub) && s.toks[j+1].sp == 1:
		return j + 1 // an arrow, "→", folded to sub
	}
	return -1
}

// flowItems reads the items of a flow list from token j to the end of its
// line, adds the name that heads each, and returns the last token read.
func (s *scanner) flowItems(j int) int {
	for j < len(s.toks) && s.toks[j].sp < 2 {
		// a bed before the name: "14 Brandt", "triage 3 Obi", "608-A X"
		if e := s.bedAhead(j); e > j {
			j = e
		}
		if j < len(s.toks) && s.toks[j].sp < 2 && s.flowName(j) {
			if end, nw := s.nameAt(j, false); nw > 0 && nw <= 3 && !s.claimed(int(s.toks[j].s), int(s.toks[end].e)) {
				s.addName(j, end)
				j = end + 1
			}
		}
		// on to the next item
		for j < len(s.toks) && s.toks[j].sp < 2 && !(s.toks[j].punct && flowItemSeps[s.b[s.toks[j].s]]) {
			if s.is(j, '/') && s.toks[j].sp == 1 || s.is(j, '|') {
				return j - 1 // the next field of the line: "admits → X / dc → Y"
			}
			if s.is(j, '(') {
				if c := s.closingParen(j, 8); c > j {
					j = c
				}
			}
			j++
		}
		if j >= len(s.toks) || s.toks[j].sp == 2 {
			break
		}
		j++ // the separator
	}
	return j - 1
}

// flowItemSeps separate the items of a flow list.
var flowItemSeps = [256]bool{',': true, ';': true, '+': true}

// bedAhead returns the token after a bed or room designation that starts
// at token j ("14", "12b", "bed 4", "triage 3", "pod C 7", "608-A"), or j.
func (s *scanner) bedAhead(j int) int {
	k := j
	if s.in(k, bedWords) || roomHeads[s.w(k)] {
		k++
		if s.w(j) == "pod" && k < len(s.toks) && s.toks[k].na == 1 && s.toks[k].e-s.toks[k].s == 1 && s.toks[k].nd == 0 {
			k++ // "pod C 7"
		}
	}
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd == 0 || s.toks[k].nd > 4 || s.toks[k].na > 2 {
		return j
	}
	k++
	if s.is(k, '-') && s.toks[k].sp == 0 && k+1 < len(s.toks) && s.toks[k+1].sp == 0 && s.toks[k+1].e-s.toks[k+1].s <= 3 && !s.toks[k+1].punct {
		k += 2 // "608-A", "4W-9"
	}
	if k >= len(s.toks) || s.toks[k].sp != 1 {
		return j
	}
	return k
}

// flowName reports a word at token j that may head a flow list's item as
// a name: capitalised, no number, no everyday or clinical word unless the
// gazetteers know it as a name.
func (s *scanner) flowName(j int) bool {
	t := s.toks[j]
	if t.punct || t.nd > 0 || t.na < 2 || !s.isUpperStart(j) {
		return false
	}
	if s.inAny(j, stopLower, capStop, function, clinicalWords, careUnits, orgWords, deptWords, monthSet, weekdays) {
		return false
	}
	g := s.gz(j)
	if s.capsWordIn(j, j) && g.sur == 0 && !g.isGiven() {
		return false // an acronym: "CHF", "NPO"
	}
	return g.sur > 0 || g.isGiven() || !g.isCommonWord() && !s.clinical(j)
}
