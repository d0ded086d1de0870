package phi

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var nameMiss = flag.String("namemiss", "", "list the gold names of this tune corpus that the scanner misses, with whether the name model scored them")

// TestNameMiss lists missed gold names: "nocand" when no candidate the
// name model scored overlaps the name, "below" when one did and lost,
// "part" when a finding covers less than half of the name.
func TestNameMiss(t *testing.T) {
	if *nameMiss == "" {
		t.Skip("run with -namemiss FILE")
	}
	counts := map[string]int{}
	for _, m := range readCorpus(t, *nameMiss) {
		type sc struct {
			s, e int
			z    float32
		}
		var cs []sc
		s := new(scanner)
		s.train = func(i, end int, f []uint16) {
			st, en := s.f.orig(int(s.toks[i].s), int(s.toks[end].e))
			var z float32
			for _, k := range f {
				z += nameWeights[k]
			}
			cs = append(cs, sc{st, en, z})
		}
		s.reset(m.Text)
		s.run()
		found := Scan(m.Text)
		for _, g := range m.Spans {
			if g.Type != Name {
				continue
			}
			ok := false
			for _, f := range found {
				if 2*overlap(f.Start, f.End, g.Start, g.End) >= g.End-g.Start {
					ok = true
				}
			}
			w := m.ID[:2]
			if ok {
				counts[w+" found"]++
				continue
			}
			kind, z := "nocand", float32(0)
			for _, c := range cs {
				if overlap(c.s, c.e, g.Start, g.End) > 0 {
					kind, z = "below", c.z
				}
			}
			for _, f := range found {
				if overlap(f.Start, f.End, g.Start, g.End) > 0 {
					kind = "part"
				}
			}
			counts[w+" "+kind]++
			lo, hi := max(0, g.Start-60), min(len(m.Text), g.End+40)
			ctx := strings.ReplaceAll(m.Text[lo:g.Start]+"[["+m.Text[g.Start:g.End]+"]]"+m.Text[g.End:hi], "\n", "⏎")
			fmt.Printf("%s %-6s %5.2f %s\n", m.ID, kind, z, ctx)
		}
	}
	fmt.Println(counts)
}
