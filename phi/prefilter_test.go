package phi

import (
	"slices"
	"testing"
)

// TestPrefilterListsAddNoWord checks that the cue lists of the
// pre-filters hold only words some detector list holds already: a word new
// to the lexicon would become a listed word, which changes what the
// detectors make of it.
func TestPrefilterListsAddNoWord(t *testing.T) {
	lex.table()
	own := map[int]bool{}
	for _, c := range prefilterLists {
		own[c.id] = true
	}
	for _, c := range prefilterLists {
		for _, w := range lex.lists[c.id] {
			n := 0
			for id, ws := range lex.lists {
				if own[id] {
					continue
				}
				for _, x := range ws {
					if x == w {
						n++
					}
				}
			}
			if n == 0 {
				t.Errorf("%q is in no detector list", w)
			}
		}
	}
}

// typoOfWordPlain is typoOfWord as first written: every variant spelt out
// and hashed whole.
func typoOfWordPlain(w string) bool {
	if len(w) < 4 || len(w) > 20 {
		return false
	}
	gz := gazetteer()
	if g := gz.lookup(w); g.given > 0 || g.sur > 1 || g.isWord() {
		return false
	}
	if c := calendarTypos.match(w); c != "" && w != c+"s" { // (not "fridays")
		return true
	}
	frequent := func(b string) bool { return gz.likelyCommon(fnv(b)) && gz.lookup(b).word >= 6 }
	for k := 0; k < len(w); k++ {
		if frequent(w[:k] + w[k+1:]) {
			return true
		}
	}
	for k := 0; k+1 < len(w); k++ {
		if frequent(w[:k] + string(w[k+1]) + string(w[k]) + w[k+2:]) {
			return true
		}
	}
	for k := 0; k <= len(w); k++ {
		for c := byte('a'); c <= 'z'; c++ {
			if frequent(w[:k] + string(c) + w[k:]) {
				return true
			}
		}
	}
	return false
}

// TestTypoOfWordIncremental checks the incremental hashing of typoOfWord
// against the plain definition on misspellings of listed words.
func TestTypoOfWordIncremental(t *testing.T) {
	lex.table()
	n, typos := 0, 0
	for _, ws := range lex.lists {
		for _, w := range ws {
			for _, v := range append(nearMisses(w), w) {
				got, want := typoOfWord(v), typoOfWordPlain(v)
				if got != want {
					t.Fatalf("typoOfWord(%q) = %v, plain %v", v, got, want)
				}
				n++
				if got {
					typos++
				}
			}
		}
	}
	if typos == 0 || typos == n {
		t.Fatalf("%d typos of %d words: the test says nothing", typos, n)
	}
}

// TestRepeatsByToken checks the one-pass search of repeats against one
// search per value, on the tuning corpora (each message also joined with
// the next, so that values recur across messages).
func TestRepeatsByToken(t *testing.T) {
	msgs := append(loadCorpus(t, "testdata/blind-tune.jsonl"), loadCorpus(t, "testdata/generated-tune.jsonl")...)
	var s, p scanner
	found := 0
	for k, m := range msgs {
		text := m.Text
		if k+1 < len(msgs) {
			text += " " + msgs[k+1].Text
		}
		for _, sc := range []*scanner{&s, &p} {
			sc.reset(text)
			sc.run()
		}
		kept := append([]cand(nil), s.resolve()...)
		p.resolve()
		n := len(s.cands)
		a, b := s.repeats(kept), p.repeatsPlain(kept)
		if a != b || !slices.Equal(s.cands, p.cands) {
			t.Fatalf("message %d: repeats %v, plain %v; candidates differ", k, a, b)
		}
		found += len(s.cands) - n
	}
	if found == 0 {
		t.Fatal("no repeats found: the test says nothing")
	}
}
