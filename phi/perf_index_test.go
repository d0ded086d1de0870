package phi

import (
	"bufio"
	"compress/gzip"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The scanner's fast indexes must answer exactly as the plain definitions
// they replace: these tests compare them over every listed word and over
// near-miss words.

// nearMisses returns w with each letter dropped, doubled and swapped with
// the next, and with a letter appended.
func nearMisses(w string) []string {
	var out []string
	for i := 0; i < len(w); i++ {
		out = append(out, w[:i]+w[i+1:], w[:i+1]+w[i:])
		if i+1 < len(w) {
			out = append(out, w[:i]+string(w[i+1])+string(w[i])+w[i+2:])
		}
	}
	return append(out, w+"s", w+"x")
}

// TestLexiconIndex checks the lexicon table against the registered lists.
func TestLexiconIndex(t *testing.T) {
	lex.table()
	var s scanner
	for id, ws := range lex.lists {
		for _, w := range ws {
			for _, v := range append(nearMisses(w), w) {
				if len(v) == 0 || len(v) > 255 {
					continue
				}
				o := lex.lookup(v)
				_, listed := lex.index[v]
				if (o != 0) != listed {
					t.Fatalf("lookup(%q) = %d, listed %v", v, o, listed)
				}
				for id2, ws2 := range lex.lists {
					want := slices.Contains(ws2, v)
					if got := o != 0 && lex.member(o, set{id2}); got != want {
						t.Fatalf("%q in list %d: got %v, want %v", v, id2, got, want)
					}
				}
				if id == 0 {
					s.toks = []tok{{lex: o}}
					if s.listed(0) != listed || s.in(1, set{id}) || s.in(-1, set{id}) {
						t.Fatalf("scanner view of %q wrong", v)
					}
				}
			}
		}
	}
}

// TestCountryIndex checks country() against a search of the sorted list.
func TestCountryIndex(t *testing.T) {
	for _, c := range countries {
		for _, v := range append(nearMisses(c), c) {
			text := "from " + v + " today"
			var s scanner
			s.reset(text)
			_, want := slices.BinarySearch(countries, s.w(1))
			if got := s.country(1); got != want {
				t.Fatalf("country(%q) = %v, want %v", v, got, want)
			}
			if s.country(-1) || s.country(len(s.toks)) {
				t.Fatalf("country out of range")
			}
		}
	}
}

// TestLowerInto checks the eight-bytes-at-a-time lower-casing against the
// byte table, on every byte value at every alignment.
func TestLowerInto(t *testing.T) {
	var src []byte
	for c := 0; c < 256; c++ {
		src = append(src, byte(c), 'A', 'Z', '@', '[', 'a')
	}
	for off := 0; off < 9; off++ {
		for n := 0; n+off <= len(src); n += 7 {
			in := src[off : off+n]
			ascii := true
			for _, c := range in {
				ascii = ascii && c < 0x80
			}
			out := make([]byte, n)
			if got := lowerInto(out, in); got != ascii {
				t.Fatalf("lowerInto ascii = %v, want %v", got, ascii)
			}
			for k, c := range in {
				if out[k] != lower(c) {
					t.Fatalf("lowerInto(%q)[%d] = %q", in, k, out[k])
				}
			}
		}
	}
}

// TestGazetteerTable checks every word of the embedded gazetteers, and
// near misses of a sample of them, against a plain map built from the
// files.
func TestGazetteerTable(t *testing.T) {
	if testing.Short() {
		t.Skip("reads all gazetteers")
	}
	ref := map[string]gaz{}
	for _, f := range []struct {
		name string
		set  func(*gaz, uint8)
	}{
		{"given.tsv.gz", func(g *gaz, v uint8) { g.given = v }},
		{"surname.tsv.gz", func(g *gaz, v uint8) { g.sur = v }},
		{"word.tsv.gz", func(g *gaz, v uint8) { g.word = v + 1 }},
		{"place.tsv.gz", func(g *gaz, _ uint8) { g.place = true }},
	} {
		fh, err := gazetteerFS.Open("gazetteer/" + f.name)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			w, v, ok := strings.Cut(sc.Text(), "\t")
			if !ok || w == "" || len(w) > 255 {
				continue
			}
			n, _ := strconv.Atoi(v)
			g := ref[w]
			f.set(&g, uint8(min(max(n, 0), 250)))
			g.sur &= 3 // a slot keeps two bits of the surname tier
			ref[w] = g
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		fh.Close()
	}
	proper, err := gazetteerFS.ReadFile("gazetteer/proper.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range strings.Fields(string(proper)) {
		g := ref[w]
		g.proper = true
		ref[w] = g
	}
	g := gazetteer()
	hot := 0
	k := 0
	for w, want := range ref {
		if got := g.lookup(w); got != want {
			t.Fatalf("lookup(%q) = %+v, want %+v", w, got, want)
		}
		if hotGaz(want) {
			hot++
		}
		if k++; k%97 == 0 {
			for _, v := range nearMisses(w) {
				if got := g.lookup(v); got != ref[v] {
					t.Fatalf("lookup(%q) = %+v, want %+v", v, got, ref[v])
				}
			}
		}
	}
	if hot < 5000 || len(g.hot)*8 > 512<<10 {
		t.Errorf("hot table: %d words in %d slots", hot, len(g.hot))
	}
	t.Logf("%d words, %d hot in %d kB, %d cold in %d kB", len(ref), hot, len(g.hot)*8>>10, len(ref)-hot, len(g.cold)*8>>10)
}

// TestUnionLists checks each union list against the lists it joins, for
// every word of the lexicon.
func TestUnionLists(t *testing.T) {
	lex.table()
	for name, u := range map[string]struct {
		u     set
		parts []set
	}{
		"labelStarts":   {labelStarts, []set{labelSet, blockLabels, patientTrig, payers}},
		"nameTriggers":  {nameTriggers, []set{patientTrig, relatives, staffBefore, kinPlural}},
		"numberOrSpell": {numberOrSpell, []set{numberSet, spellSet}},
	} {
		for w, e := range lex.index {
			o := lexOff(int(e) * lex.width)
			want := false
			for _, p := range u.parts {
				want = want || lex.member(o, p)
			}
			if got := lex.member(o, u.u); got != want {
				t.Errorf("%s: %q in the union %v, in its lists %v", name, w, got, want)
			}
		}
	}
}

// TestTokIn holds the small sets' bits in the lexicon to their words: for
// every token of the tuning halves and every small set, tokIn says what a
// look-up of the token's text says.
func TestTokIn(t *testing.T) {
	s := new(scanner)
	for _, path := range []string{"testdata/blind-tune.jsonl", "testdata/generated-tune.jsonl"} {
		for _, msg := range loadCorpus(t, path) {
			s.reset(msg.Text + " f/u s/p d/c") // and words joined over a slash
			for id, words := range lex.smalls {
				m := smallSet{m: words, lens: ^uint64(0), first: [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}, bit: 1 << id}
				for k := range s.toks {
					if got, want := s.tokIn(k, &m), words[s.w(k)]; got != want {
						t.Errorf("%s: token %q, small set %d: tokIn %v, its text %v", msg.ID, s.w(k), id, got, want)
					}
				}
			}
		}
	}
}
