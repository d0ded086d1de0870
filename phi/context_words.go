package phi

import "strconv"

// The words right around a candidate, hashed: the rescue models (ages,
// towns) and the date model each read the word before, the word after,
// the one two before and the one two after, within the candidate's line,
// in contextBuckets buckets a slot. A number reads as its shape, never
// its value.

// contextBuckets is the number of buckets of each hashed word slot.
const contextBuckets = 1024

// contextSlots name the four slots, in the order of contextWords.
var contextSlots = [4]string{"prev#", "next#", "prev2#", "next2#"}

// contextWords returns the bucket of each word around tokens i..end
// (inclusive): before, after, two before, two after. A slot past either
// end of the message or across a line break is bucket 0.
func (s *scanner) contextWords(i, end int) [4]int {
	var b [4]int
	for slot, k := range [4]int{i - 1, end + 1, i - 2, end + 2} {
		if k < 0 || k >= len(s.toks) || k < i && s.lineBreakBetween(k, i) || k > end && s.lineBreakBetween(end, k) {
			continue
		}
		if s.toks[k].nd > 0 {
			b[slot] = int(fnv("0") % contextBuckets)
		} else {
			b[slot] = int(fnv(s.w(k)) % contextBuckets)
		}
	}
	return b
}

// contextFeatureName names feature k of a model whose hashed words start
// at feature hash.
func contextFeatureName(k, hash int) string {
	k -= hash
	return contextSlots[k/contextBuckets] + strconv.Itoa(k%contextBuckets)
}

// lineBreakBetween reports a line break before some token after a up to b.
func (s *scanner) lineBreakBetween(a, b int) bool {
	for k := max(a+1, 0); k <= b && k < len(s.toks); k++ {
		if s.toks[k].sp == 2 {
			return true
		}
	}
	return false
}
