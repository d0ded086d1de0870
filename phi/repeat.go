package phi

import "strings"

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
	added := false
	for _, c := range kept {
		if c.t == blockType || c.e-c.s < repeatMin || c.e > len(s.lo) {
			continue
		}
		v := s.lo[c.s:c.e]
		capital := c.t == Name && isUpperASCII(s.b[c.s])
		for from := 0; from < len(s.lo); {
			j := strings.Index(s.lo[from:], v)
			if j < 0 {
				break
			}
			j += from
			from = j + 1
			end := j + len(v)
			if j == c.s || !wordEdge(s.lo, j-1) || !wordEdge(s.lo, end) {
				continue
			}
			if capital && !isUpperASCII(s.b[j]) {
				continue
			}
			if overlapsAny(kept, j, end) {
				continue
			}
			s.cands = append(s.cands, cand{t: c.t, s: j, e: end, pri: 0})
			added = true
		}
	}
	return added
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

func overlapsAny(cs []cand, st, en int) bool {
	for _, k := range cs {
		if st < k.e && k.s < en {
			return true
		}
	}
	return false
}
