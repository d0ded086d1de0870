package phi

import "math/bits"

// The token index: for a detector whose loop skips most tokens at once, the
// set of tokens that can start its kind of finding, noted in one pass over
// the tokens after tokenizing. The detector walks the set instead of every
// token, and a message with no such token costs it nothing. Each set is a
// superset of the tokens the detector's own first test lets through (the
// detector keeps that test), so walking the set changes no finding;
// TestTokenIndex checks each against the test it stands for.

// tokSet is a set of token indices, one bit a token.
type tokSet []uint64

// next returns the first member at or after token i; n (the number of
// tokens) when there is none.
func (ts tokSet) next(i, n int) int {
	if i >= n {
		return n
	}
	w := i >> 6
	if x := ts[w] >> (uint(i) & 63); x != 0 {
		return i + bits.TrailingZeros64(x)
	}
	for w++; w < len(ts); w++ {
		if ts[w] != 0 {
			return w<<6 + bits.TrailingZeros64(ts[w])
		}
	}
	return n
}

func (ts tokSet) set(i int) { ts[i>>6] |= 1 << (uint(i) & 63) }

func (ts tokSet) has(i int) bool { return ts[i>>6]&(1<<(uint(i)&63)) != 0 }

// ageStart holds the words an age can start with: spelled numbers ("ninety",
// "a hundred") and the ordinal ages.
var ageStart = union(numberOrSpell, ageOrdWords)

// indexTokens builds the token sets of the scanner (after the lexicon
// entries of the tokens are final: see joinSlashed).
func (s *scanner) indexTokens() {
	n := (len(s.toks) + 63) / 64
	if cap(s.ageToks) < n {
		s.ageToks = make(tokSet, n)
	}
	ages := s.ageToks[:n]
	clear(ages)
	s.ageToks = ages
	lo := s.lo
	for i, t := range s.toks {
		switch {
		case t.punct:
		case t.lex != 0:
			if lex.member(t.lex, ageStart) {
				ages.set(i)
			}
		case t.nd == 0:
			// a misspelt "ninety" (see ninetyTypo)
			if l := t.e - t.s; l >= 5 && l <= 7 && lo[t.s] == 'n' {
				ages.set(i)
			}
		case t.nd == 2 || t.nd == 3:
			// an age from 90 to 125, suffixed or not ("93", "101st", "96F")
			v := 0
			for k := t.s; k < t.e && isDigit(lo[k]); k++ {
				v = v*10 + int(lo[k]-'0')
			}
			if v >= 90 && v <= 125 {
				ages.set(i)
			}
		}
	}
}
