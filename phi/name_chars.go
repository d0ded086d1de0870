package phi

import _ "embed"

// nameChars is the character model of name-likeness
// (scripts/gen_phi_namechars.py; gazetteer/README.md): for each of 65,536
// buckets of character 2-, 3- and 4-grams (by FNV-1a hash, "^" and "$"
// marking the word's ends), the naive Bayes log-odds, times 16, that a
// word with the gram is a given name or surname rather than an English
// word, learned from the gazetteers. It gives the name model evidence
// about a word no list holds: "okundaye" and "kiplagat" look like names,
// "nephrology" like a word.
//
//go:embed gazetteer/namechars.bin
var nameChars string

// nameLikeness is the mean log-odds of w's grams, in sixteenths: above
// zero w looks more like a name than a word. (The table's size is the
// generator's, held by TestNameCharsTable; a wrong file would fail the
// index, not read another bucket.)
func nameLikeness(w string) int {
	sum, n := 0, 0
	for i := -1; i < len(w); i++ { // i = -1: the gram starts at "^"
		h := uint64(fnvOffset)
		for j := i; j <= i+3 && j <= len(w); j++ {
			c := byte('$')
			switch {
			case j < 0:
				c = '^'
			case j < len(w):
				c = w[j]
			}
			h = (h ^ uint64(c)) * fnvPrime
			if j > i {
				sum += int(int8(nameChars[h&(1<<16-1)]))
				n++
			}
		}
	}
	return sum / n
}

// charBin is the name model's bin of a word's name-likeness (0: looks
// like a word, 3: looks like a name), or -1 for a word the gazetteers
// already speak for (a listed given name, a surname of the edited lists, a
// word with a frequency) or a word too short to judge. A surname only the
// scraped list holds is weak evidence ("dapo", but "missing" too), so the
// characters still speak for it.
func charBin(w string, g gaz) int {
	if g.given != 0 || g.sur > 1 || g.word > 1 || len(w) < 3 {
		return -1
	}
	switch x := nameLikeness(w); {
	case x < -4:
		return 0
	case x < 4:
		return 1
	case x < 12:
		return 2
	}
	return 3
}
