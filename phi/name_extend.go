package phi

import (
	_ "embed"
	"strings"
	"sync"
)

// A found name often stops one word short: the pass that took it ended
// at a surname that is also a word ("jacinta peaches", "April Price's
// chart", "dawn power, 90yo"), at a particle it does not know ("Drew de
// los Santos") or at a hyphen ("justin bloom-wells"). A name cut short
// leaks its rest, which is as bad as no finding. extendNames carries each
// found name that ends on a given name over the surname after it, when
// the words after that surname close the name: a clause ending, a
// bracket, a possessive, a figure, a verb or a label of the person.

// surnameParticles begin a surname of several words: "de los Santos",
// "van der Berg", "Mac an tSaoir", "ten Brink", "dela Cruz".
var surnameParticles = small("de", "del", "dela", "della", "delle", "di", "da", "das", "do", "dos", "du", "des", "la", "las",
	"le", "les", "los", "lo", "van", "von", "der", "den", "ter", "ten", "te", "op", "het", "mac", "mc", "an", "ni", "nic",
	"bin", "binti", "bint", "ibn", "al", "el", "abu", "st", "san", "santa", "y", "e")

// extendNames extends the names found (s.names) over a following surname.
func (s *scanner) extendNames() {
	for n := range s.names {
		c := s.names[n]
		i := s.tokAt(c.s)
		for i < len(s.toks) && int(s.toks[i].s) < c.s {
			i++
		}
		end := i
		for end+1 < len(s.toks) && int(s.toks[end+1].e) <= c.e {
			end++
		}
		if i >= len(s.toks) || int(s.toks[i].s) != c.s || int(s.toks[end].e) != c.e || s.toks[end].punct {
			continue
		}
		e := s.surnameAfter(i, end)
		if e <= end {
			continue
		}
		en := int(s.toks[e].e)
		for k := range s.cands {
			if s.cands[k].t == Name && s.cands[k].s == c.s && s.cands[k].e == c.e {
				s.cands[k].e = en
			}
		}
		s.names[n].e = en
	}
}

// surnameAfter returns the last token of a surname right after the name
// i..end, or end when none follows. The name must end on a given name
// (not a surname: "Okafor Field" is more likely a place) in the case of
// the words after it.
func (s *scanner) surnameAfter(i, end int) int {
	last := s.gz(end)
	if !last.isGiven() || last.sur >= 3 && end > i {
		return end
	}
	upper, caps := s.isUpperStart(i), isUpperTok(s.b[s.toks[i].s:s.toks[i].e]) && s.toks[i].e-s.toks[i].s > 1
	k := end + 1
	// particles first: "de los", "van der", "mac an"
	np := 0
	for np < 3 && k < len(s.toks) && s.toks[k].sp == 1 && s.tokIn(k, &surnameParticles) && k+1 < len(s.toks) && s.toks[k+1].sp == 1 {
		k++
		np++
	}
	if k >= len(s.toks) || s.toks[k].sp != 1 || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].na < 2 {
		return end
	}
	// the case of the name: "Drew de los Santos", "jacinta peaches", "MARÍA BELL"
	switch {
	case caps:
		if !isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
			return end
		}
	case upper:
		if !s.isUpperStart(k) || isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
			return end
		}
	default:
		if s.isUpperStart(k) {
			return end
		}
	}
	g := s.gz(k)
	census := censusSurnames()[s.w(k)]
	if np == 0 && !census && (g.sur == 0 || g.isCommonWord() && g.sur < 2) || np > 0 && !census && g.isCommonWord() && g.sur == 0 {
		return end
	}
	if s.inAny(k, stopLower, capStop, relatives, patientTrig, staffBefore, bedWords, streetSuffix, clinicalWords, monthSet, weekdays, orgWords) ||
		s.tokIn(k, &surnameParticles) {
		return end
	}
	if s.claimed(int(s.toks[k].s), int(s.toks[k].e)) {
		// a name found on its own after the particles: "Drew de los
		// Santos" is one person; anything else found there ends the name
		if np == 0 || !s.nameAt0(k) {
			return end
		}
	}
	e := k
	for e+2 < len(s.toks) && s.is(e+1, '-') && s.toks[e+1].sp == 0 && s.toks[e+2].sp == 0 && !s.toks[e+2].punct && s.toks[e+2].nd == 0 {
		e += 2 // "bloom-wells"
	}
	if !s.nameClosed(e + 1) {
		return end
	}
	return e
}

// nameAt0 reports a name found starting at token k and nothing else
// found over it.
func (s *scanner) nameAt0(k int) bool {
	st, en, ok := int(s.toks[k].s), int(s.toks[k].e), false
	for _, c := range s.cands {
		if c.s < en && st < c.e {
			if c.t != Name || c.s != st {
				return false
			}
			ok = true
		}
	}
	return ok
}

//go:embed gazetteer/census_surnames.txt
var censusSurnameList string

// censusSurnames are the frequent census surnames that the surname table
// leaves out as given names or words (scripts/gen_phi_census_surnames.py).
var censusSurnames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(censusSurnameList) {
		m[w] = true
	}
	return m
})

// nameClosed reports whether token k ends a name before it: the message
// or line ends, a bracket, comma, stop, colon, possessive or dash, a
// figure, or a word that tells of the person ("is", "dob", "mrn", "has").
func (s *scanner) nameClosed(k int) bool {
	if k >= len(s.toks) || s.toks[k].sp == 2 {
		return true
	}
	t := s.toks[k]
	if t.punct {
		switch s.b[t.s] {
		case ',', '.', ')', '(', ':', ';', '!', '?', '\'', '-', '|', '/', '*', '_', '"', '[', ']':
			return true
		}
		return false
	}
	if t.nd > 0 {
		return true
	}
	return s.inAny(k, followCue, relatives) || s.in(k, stopLower) && !s.in(k, particle)
}
