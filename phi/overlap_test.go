package phi

import (
	"math/rand/v2"
	"testing"
)

// TestOverlapsAny checks the binary search against the definition on
// sorted, disjoint spans such as resolve keeps.
func TestOverlapsAny(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var cs []cand
		for p := r.IntN(4); p < 200; p += 1 + r.IntN(6) {
			e := p + 1 + r.IntN(5)
			cs = append(cs, cand{s: p, e: e})
			p = e
		}
		for range 50 {
			st := r.IntN(210)
			en := st + 1 + r.IntN(8)
			want := false
			for _, k := range cs {
				want = want || st < k.e && k.s < en
			}
			if got := overlapsAny(cs, st, en); got != want {
				t.Fatalf("overlapsAny(%v, %d, %d) = %v, want %v", cs, st, en, got, want)
			}
		}
	}
}
