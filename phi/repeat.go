package phi

import (
	"math/bits"
	"sort"
	"strings"
	"unsafe"
)

// repeatMin is the shortest value whose other occurrences are marked too:
// shorter ones ("45", "Al") recur by chance.
const repeatMin = 3

// repeats adds a candidate for every other whole-word occurrence of a value
// already kept in this message ("he turned ninety … correct the age to
// ninety"): once a message shows that a string is someone's name, age or
// identifier, a second mention of it is the same PHI even where its own
// context is too weak to say so. The new candidates carry the lowest
// priority, so any overlapping finding or exemption wins. A capitalised
// name is repeated only where it is capitalised again, so "Hope" the
// patient does not turn every "hope" into a name. It reports whether it
// added any.
func (s *scanner) repeats(kept []cand) bool {
	// A repeat starts at a word edge, so (its value starting with no
	// blank) at a token's start: one pass over the tokens looks for all
	// the values at once, by their first byte, instead of one search of
	// the text per value.
	var first [256]uint16 // bit n: value n starts with this byte
	var which [16]int     // value n is kept[which[n]]
	var second [16]byte   // and its second byte is this
	n := 0
	for k, c := range kept {
		if c.t == blockType || c.e-c.s < repeatMin || c.e > len(s.lo) {
			continue
		}
		if n == len(which) || isSpace(s.lo[c.s]) {
			return s.repeatsPlain(kept)
		}
		if s.sameValueAs(kept, c, which[:n]) {
			continue // its repeats are those of the earlier one
		}
		first[s.lo[c.s]] |= 1 << n
		which[n], second[n] = k, s.lo[c.s+1]
		n++
	}
	if n == 0 {
		return false
	}
	// found repeats, appended in the order repeatsPlain appends them: by
	// value, then by position
	type hit struct {
		n int
		c cand
	}
	var hb [8]hit
	hits := hb[:0]
	lo, toks := s.lo, s.toks
	for i := range toks {
		j := int(toks[i].s)
		// a token starts inside lo: its first byte needs no bounds check
		m := first[*(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(lo)), j))]
		if m == 0 || j+1 >= len(lo) {
			continue
		}
		for ; m != 0; m &= m - 1 {
			k := bits.TrailingZeros16(m)
			if lo[j+1] != second[k] {
				continue
			}
			if c, ok := s.repeatAt(kept, kept[which[k]], j); ok {
				hits = append(hits, hit{k, c})
			}
		}
	}
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].n < hits[j-1].n; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		s.cands = append(s.cands, h.c)
	}
	return len(hits) > 0
}

// sameValueAs reports whether one of the kept values at indices earlier
// has c's text, type and capitalisation: "seen 4/2 … again 4/2" keeps the
// date twice, and its repeats are searched for once.
func (s *scanner) sameValueAs(kept []cand, c cand, earlier []int) bool {
	for _, k := range earlier {
		e := kept[k]
		if e.t == c.t && e.e-e.s == c.e-c.s && s.lo[e.s:e.e] == s.lo[c.s:c.e] && isUpperASCII(s.b[e.s]) == isUpperASCII(s.b[c.s]) {
			return true
		}
	}
	return false
}

// repeatAt returns the repeat of kept value c at folded offset j, if the
// value occurs there as a whole word and may be marked there.
func (s *scanner) repeatAt(kept []cand, c cand, j int) (cand, bool) {
	v := s.lo[c.s:c.e]
	end := j + len(v)
	if j == c.s || end > len(s.lo) || s.lo[j:end] != v || !wordEdge(s.lo, j-1) || !wordEdge(s.lo, end) {
		return cand{}, false
	}
	if c.t == Name && isUpperASCII(s.b[c.s]) && !isUpperASCII(s.b[j]) {
		return cand{}, false
	}
	if overlapsAny(kept, j, end) {
		return cand{}, false
	}
	return cand{t: c.t, s: j, e: end, pri: 0}, true
}

// repeatsPlain is repeats for any number of values. A repeat starts at a
// word edge, so a value that starts with a word byte can only recur where a
// run of word bytes equal to its first run starts: one pass over the text
// lists where each run starts, and each value looks up its own, so a long
// pasted list costs one pass plus its repeats, not one search of the whole
// text per value. A value that starts with another byte ("(555) …") is
// searched for in the text.
func (s *scanner) repeatsPlain(kept []cand) bool {
	added := false
	// a value kept more than once ("DOB 01/02/1950" on every line of a
	// pasted list) is searched for once: its repeats are the same
	type key struct {
		v     string
		t     Type
		upper bool
	}
	var seen map[key]bool
	var runs map[string][]int32 // a run of word bytes → where it starts
	for _, c := range kept {
		if c.t == blockType || c.e-c.s < repeatMin || c.e > len(s.lo) {
			continue
		}
		v := s.lo[c.s:c.e]
		k := key{v, c.t, isUpperASCII(s.b[c.s])}
		if seen[k] {
			continue
		}
		if seen == nil {
			seen = map[key]bool{}
		}
		seen[k] = true
		if wordEdge(v, 0) {
			for from := 0; from < len(s.lo); {
				j := strings.Index(s.lo[from:], v)
				if j < 0 {
					break
				}
				j += from
				from = j + 1
				if r, ok := s.repeatAt(kept, c, j); ok {
					s.cands = append(s.cands, r)
					added = true
				}
			}
			continue
		}
		if runs == nil {
			runs = wordRuns(s.lo)
		}
		for _, j := range runs[v[:runEnd(v, 0)]] {
			if r, ok := s.repeatAt(kept, c, int(j)); ok {
				s.cands = append(s.cands, r)
				added = true
			}
		}
	}
	return added
}

// wordRuns maps each maximal run of word bytes in lo (see wordEdge) to the
// offsets where it starts, in order.
func wordRuns(lo string) map[string][]int32 {
	m := map[string][]int32{}
	for i := 0; i < len(lo); {
		if wordEdge(lo, i) {
			i++
			continue
		}
		e := runEnd(lo, i)
		m[lo[i:e]] = append(m[lo[i:e]], int32(i))
		i = e
	}
	return m
}

// runEnd returns the end of the run of word bytes of lo that starts at i.
func runEnd(lo string, i int) int {
	for i < len(lo) && !wordEdge(lo, i) {
		i++
	}
	return i
}

// wordEdge reports whether position i of lo is outside a word: before the
// start, past the end, or a byte that is neither an ASCII letter or digit
// nor part of a multi-byte character.
func wordEdge(lo string, i int) bool {
	if i < 0 || i >= len(lo) {
		return true
	}
	b := lo[i]
	return !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80)
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// overlapsAny reports whether [st,en) overlaps one of cs, which are sorted
// by start and do not overlap (resolve's kept candidates), so their ends
// are sorted too: a binary search, as a long message keeps thousands.
func overlapsAny(cs []cand, st, en int) bool {
	i := sort.Search(len(cs), func(i int) bool { return cs[i].e > st })
	return i < len(cs) && cs[i].s < en
}
