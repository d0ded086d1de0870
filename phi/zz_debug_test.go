package phi

import (
	"flag"
	"fmt"
	"testing"
)

var dbg = flag.String("dbg", "", "text")

func TestZZDebug(t *testing.T) {
	if *dbg == "" {
		t.Skip()
	}
	s := new(scanner)
	s.train = func(i, end int, f []uint16) {
		var z float32
		for _, k := range f {
			z += nameWeights[k]
		}
		fmt.Printf("cand %q z=%.2f\n", s.lo[s.toks[i].s:s.toks[end].e], z)
	}
	s.reset(*dbg)
	s.run()
	for _, c := range s.cands {
		fmt.Printf("scand %v %q pri=%d\n", c.t, (*dbg)[c.s:c.e], c.pri)
	}
	for _, f := range Scan(*dbg) {
		fmt.Printf("find %v %q\n", f.Type, (*dbg)[f.Start:f.End])
	}
}
