package phi

import (
	"fmt"
	"testing"
)

func TestZZExt(t *testing.T) {
	if *dbg == "" {
		t.Skip()
	}
	s := new(scanner)
	s.reset(*dbg)
	s.run()
	for _, c := range s.names {
		i := s.tokAt(c.s)
		fmt.Println("name", c.s, c.e, *dbg, i, s.toks[i].s)
	}
}

func TestZZGz(t *testing.T) {
	if *dbg == "" {
		t.Skip()
	}
	s := new(scanner)
	s.reset(*dbg)
	for k := range s.toks {
		g := s.gz(k)
		fmt.Printf("%q given=%d sur=%d word=%d place=%v listed=%v\n", s.w(k), g.given, g.sur, g.word, g.place, s.listed(k))
	}
}
