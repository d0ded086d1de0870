package phi

import (
	"math/bits"
	"unsafe"
)

// The token index: for a detector whose loop skips most tokens at once, the
// set of tokens that can start its kind of finding, noted by the
// tokenizer's pass over its tokens (which takes the message's list bits
// too). The detector walks the set instead of every
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

// set adds token i, which must be a token of the set's message (the
// tokenizer's hottest use, without a bounds check).
func (ts tokSet) set(i int) {
	p := (*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(ts)), uintptr(i>>6)*8))
	*p |= 1 << (uint(i) & 63)
}

// setPtr is the address of the set's first word, for setAt.
func setPtr(ts tokSet) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(ts)) }

// setAt adds token i to the set whose first word is at p (see setPtr);
// i must be a token of the set's message.
func setAt(p unsafe.Pointer, i int) {
	*(*uint64)(unsafe.Add(p, uintptr(i>>6)*8)) |= 1 << (uint(i) & 63)
}

func (ts tokSet) has(i int) bool { return ts[i>>6]&(1<<(uint(i)&63)) != 0 }

// ageStart holds the words an age can start with: spelled numbers ("ninety",
// "a hundred") and the ordinal ages.
var ageStart = union(numberOrSpell, ageOrdWords)

// tokSets returns the scanner's token sets, emptied and sized for its
// tokens; the tokenizer fills them (and joinSlashed, for the tokens whose
// lexicon entry it changes).
func (s *scanner) tokSets() (ages, names, digits tokSet) {
	n := (len(s.toks) + 63) / 64
	if cap(s.tokBits) < 4*n {
		s.tokBits = make([]uint64, 4*n)
	}
	all := s.tokBits[:4*n]
	clear(all)
	s.ageToks, s.nameToks, s.digitToks, s.lowerOther = all[:n:n], all[n:2*n:2*n], all[2*n:3*n:3*n], all[3*n:]
	return s.ageToks, s.nameToks, s.digitToks
}

// nextName returns the first token at or after i that the name pass
// visits: every token when every is set (a message with an address, where
// the words inside an address matter), else the words that can start a
// name.
func (s *scanner) nextName(i int, every bool) int {
	if every {
		return i
	}
	return s.nameToks.next(i, len(s.toks))
}

// ageValue reports a token of two or three digits, perhaps with a suffix,
// whose number is from 90 to 125: the ages the age pass looks for.
func ageValue(w []byte) bool {
	v := 0
	for k := 0; k < len(w) && isDigit(w[k]); k++ {
		v = v*10 + int(w[k]-'0')
	}
	return v >= 90 && v <= 125
}
