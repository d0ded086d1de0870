package phi

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var featFile = flag.String("featfile", "", "corpus")

// TestZZFeat sums, per feature, the weight contributions over candidates that
// overlap a missed gold name ("below") and over false-positive name findings.
func TestZZFeat(t *testing.T) {
	if *featFile == "" {
		t.Skip()
	}
	miss := map[string]float64{}
	hit := map[string]float64{}
	fpos := map[string]float64{}
	var nm, nh, nf int
	name := func(k int) string {
		n := nameWeightName(k)
		if k%nNameFeatures >= fHash {
			if k >= nNameFeatures {
				return "lower:hash"
			}
			return "hash"
		}
		return n
	}
	for _, m := range readCorpus(t, *featFile) {
		type sc struct {
			s, e int
			f    []uint16
		}
		var cs []sc
		s := new(scanner)
		s.train = func(i, end int, f []uint16) {
			st, en := s.f.orig(int(s.toks[i].s), int(s.toks[end].e))
			cs = append(cs, sc{st, en, append([]uint16(nil), f...)})
		}
		s.reset(m.Text)
		s.run()
		found := Scan(m.Text)
		for _, c := range cs {
			gold, ok := false, false
			for _, g := range m.Spans {
				if g.Type == Name && overlap(c.s, c.e, g.Start, g.End) > 0 {
					gold = true
					for _, f := range found {
						if 2*overlap(f.Start, f.End, g.Start, g.End) >= g.End-g.Start {
							ok = true
						}
					}
				}
			}
			isFound := false
			for _, f := range found {
				if f.Type == Name && overlap(f.Start, f.End, c.s, c.e) > 0 {
					isFound = true
				}
			}
			var dst map[string]float64
			switch {
			case gold && !ok:
				dst = miss
				nm++
			case gold && ok:
				dst = hit
				nh++
			case !gold && isFound:
				dst = fpos
				nf++
			default:
				continue
			}
			for _, k := range c.f {
				dst[name(int(k))] += float64(nameWeights[k])
			}
		}
	}
	show := func(title string, mm map[string]float64, n int) {
		type kv struct {
			k string
			v float64
		}
		var xs []kv
		for k, v := range mm {
			xs = append(xs, kv{k, v / float64(n)})
		}
		sort.Slice(xs, func(a, b int) bool { return xs[a].v < xs[b].v })
		var parts []string
		for _, x := range xs {
			if x.v < -0.02 || x.v > 0.02 {
				parts = append(parts, fmt.Sprintf("%s=%.2f", x.k, x.v))
			}
		}
		fmt.Printf("%s n=%d\n  %s\n", title, n, strings.Join(parts, " "))
	}
	show("MISS", miss, nm)
	show("HIT", hit, nh)
	show("FP", fpos, nf)
}
