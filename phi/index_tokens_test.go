package phi

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
)

// indexTexts are the tune corpora's messages, each also in capitals and in
// lower case, and a few written for the index: misspelt numbers, ages with
// suffixes, slashes.
func indexTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	add := func(x string) { out = append(out, x, strings.ToUpper(x), strings.ToLower(x)) }
	for _, f := range []string{"testdata/blind-tune.jsonl", "testdata/generated-tune.jsonl"} {
		for _, m := range loadCorpus(t, f) {
			add(m.Text)
		}
	}
	for _, x := range []string{
		"she turned ninty-one, nintey two, nnety, ninetyy and 101st today", "93M 96F 125 126 89 090 9o 1O1 a95",
		"her ninetieth bday, his hundredth", "n/a y/o f/u 97 y/o", "one hundred and two", "a hundred",
		"liccense no 4410293, M.R.N. 5520187, m r n 1234567, Blue Cross id W100293, s/n 44-1, a/c 5566",
		"d/l: S1234567, acct-77812 membr x x x 12, 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18",
		"the pt is o'connor and mrs okafor's son, dr. lee w/ pt/son; his daughter ana is here",
		"she lievs in at forty-two cedar ln, p/o box 12, po box 7, from lowell to salem, lives at 12 elm st",
		strings.Repeat("word 97 ", 40), "", "x", "nine",
	} {
		add(x)
	}
	return out
}

// TestTokenIndex checks that each token set holds every token its
// detector's first test lets through, and that next walks a set in order.
func TestTokenIndex(t *testing.T) {
	s := new(scanner)
	for _, text := range indexTexts(t) {
		if text == "" {
			continue
		}
		s.reset(text)
		n := len(s.toks)
		// next agrees with a plain walk over has
		for i := 0; i <= n; i++ {
			want := i
			for want < n && !s.ageToks.has(want) {
				want++
			}
			if got := s.ageToks.next(i, n); got != want {
				t.Fatalf("next(%d) = %d, want %d", i, got, want)
			}
			if got := s.nextName(i, true); got != i {
				t.Fatalf("nextName(%d, every) = %d", i, got)
			}
		}
		for i, tk := range s.toks {
			if s.digitToks.has(i) != (tk.nd > 0) {
				t.Fatalf("token %q: in the digit set %v", s.w(i), s.digitToks.has(i))
			}
			// detectNames' first tests, in a message with no address (else
			// it walks every token): a word left out is a listed lower-case
			// word that triggers no name and follows no title, which the
			// pass skips
			if !tk.punct && tk.nd == 0 && !s.nameToks.has(i) {
				c := s.b[tk.s]
				afterTitle := s.in(i-1, honorifics) || s.is(i-1, '.') && s.in(i-2, honorifics)
				if !(c >= 'a' && c <= 'z' && tk.lex != 0 && s.listedWord(i) && !s.in(i, nameTriggers)) || afterTitle {
					t.Fatalf("name start %q not in the index", s.w(i))
				}
			}
			// detectAges' first test
			ageSkip := tk.punct || tk.nd == 1 || tk.nd > 3 || tk.nd == 0 && (tk.lex == 0 && !ninetyTypo(s.w(i)) || tk.lex != 0 && !s.inAny(i, numberOrSpell, ageOrdWords))
			if !ageSkip && tk.nd >= 2 {
				// the numeric branch leaves values outside 90..125 at once
				w, v := s.w(i), 0
				for k := 0; k < len(w) && isDigit(w[k]); k++ {
					v = v*10 + int(w[k]-'0')
				}
				ageSkip = v < 90 || v > 125
			}
			if !ageSkip && !s.ageToks.has(i) {
				t.Fatalf("age start %q not in the index", s.w(i))
			}
		}
	}
}

// TestNoSlashedTitle: detectCareNames walks the name set, which marks the
// words after a title as the tokenizer saw them; joinSlashed, which gives a
// token a slash word's entry later, must not be able to make a title.
func TestNoSlashedTitle(t *testing.T) {
	for _, w := range lex.lists[honorifics.id] {
		if strings.Contains(w, "/") {
			t.Errorf("title %q holds a slash", w)
		}
	}
}

// TestMarksCoverTriggers scans each text with the label and address passes
// walking only the tokens retype marks, then walking every token: a
// trigger (a label, a car word, a residence cue) whose token retype does
// not mark makes its rule silently never run, and the findings differ.
func TestMarksCoverTriggers(t *testing.T) {
	texts := append(indexTexts(t), markTexts...)
	got := make([][]Finding, len(texts))
	for i, x := range texts {
		got[i] = Scan(x)
	}
	walkEvery = true
	defer func() { walkEvery = false }()
	for i, x := range texts {
		if want := Scan(x); !slices.Equal(got[i], want) {
			t.Errorf("%q: marked tokens found %v, every token %v", x, got[i], want)
		}
	}
}

// markTexts hold this round's identifier triggers, each in a sentence of
// its own.
var markTexts = []string{
	"ambulette 7JXR32 waiting at the south door for Ann Lee",
	"he drives a blue honda 6KLM221, pt in 4B",
	"the vehicle in the ED bay: 5xp 9921, registered to the pt's son",
	"vehicle – 2bxq71 | ins – bcbs",
	"insulin pump for Carla Mendez, ser no. QX77120938, alarms at night",
	"home monitoring hub for Tom Ruiz, serial number HM4-22817, shows offline",
}

// TestTokAt checks tokAt's branch-free search against sort.Search, on
// token lists of every length up to 200 and every offset around them.
func TestTokAt(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		var s scanner
		x := 0
		for i := 0; i < n; i++ {
			x += 1 + r.Intn(5)
			s.toks = append(s.toks, tok{s: int32(x), e: int32(x + 1)})
		}
		for p := -2; p < x+4; p++ {
			want := sort.Search(len(s.toks), func(i int) bool { return int(s.toks[i].s) >= p })
			if got := s.tokAt(p); got != want {
				t.Fatalf("%d tokens, offset %d: tokAt %d, want %d", n, p, got, want)
			}
		}
	}
}
