package phi

import "math/bits"

// Slips of the keyboard: the one definition every pass reads a mistyped
// word by. A slip is one of the kinds below; each matcher says which kinds
// it takes (slipEdit classifies, the callers choose):
//
//   - typedWords (fuzzy.go): labels and their cue words, by cost;
//   - slipList (below): the small cue lists of the address, age, unit and
//     name passes;
//   - typoOfWord and keySlipOfWord: a frequent English word, generated
//     from the typed one and looked up in the gazetteer (a word list too
//     large to compare with).

// slipKind is the kind of one slip that turns an intended word into the
// typed one; a set of kinds is their union.
type slipKind uint8

const (
	// slipSwap: two neighbouring letters swapped ("licesne")
	slipSwap slipKind = 1 << iota
	// slipNeighbour: a letter struck for its neighbour on the keyboard
	// ("acvt", "ssm")
	slipNeighbour
	// slipDoubled: a letter typed twice ("celll")
	slipDoubled
	// slipStray: a letter added beside a neighbouring key ("acvct")
	slipStray
	// slipDropped: a letter dropped ("plte")
	slipDropped
	// slipAdded: another letter added ("mediare" is no slipStray)
	slipAdded
	// slipReplaced: a letter replaced by one that is no neighbour
	slipReplaced
)

// keySlips are the slips of a finger on the keyboard, the ones people make
// most (slipAdded and slipReplaced make any one-letter edit).
const keySlips = slipSwap | slipNeighbour | slipDoubled | slipStray | slipDropped

// qwerty lists each letter's neighbours on the keyboard (symmetric:
// TestQwertySymmetric).
var qwerty = [26]string{
	"qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
	"njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"}

// keyNeighbours reports whether a and b are neighbouring letter keys.
func keyNeighbours(a, b byte) bool {
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	n := qwerty[b-'a']
	for k := 0; k < len(n); k++ {
		if n[k] == a {
			return true
		}
	}
	return false
}

// slipEdit returns the kind of the one slip that makes typed of word, or 0
// if it takes none or more than one (or typed is word).
func slipEdit(typed, word string) slipKind {
	i := 0 // the first letter that differs
	for i < len(typed) && i < len(word) && typed[i] == word[i] {
		i++
	}
	switch len(typed) - len(word) {
	case 0:
		switch {
		case i == len(typed):
			return 0
		case typed[i+1:] == word[i+1:]:
			if keyNeighbours(typed[i], word[i]) {
				return slipNeighbour
			}
			return slipReplaced
		case i+1 < len(typed) && typed[i] == word[i+1] && typed[i+1] == word[i] && typed[i+2:] == word[i+2:]:
			return slipSwap
		}
	case 1:
		if typed[i+1:] != word[i:] {
			return 0
		}
		// typed[i] is the last of its run of letters: it doubles the one
		// before, or it strays from a neighbouring key
		c := typed[i]
		switch {
		case i > 0 && typed[i-1] == c:
			return slipDoubled
		case i > 0 && keyNeighbours(typed[i-1], c) || i+1 < len(typed) && keyNeighbours(typed[i+1], c):
			return slipStray
		}
		return slipAdded
	case -1:
		if typed[i:] == word[i+1:] {
			return slipDropped
		}
	}
	return 0
}

// swapOrEdit reports whether typed is word with two neighbouring letters
// swapped or, for a word of long letters or more, with any one slip: the
// rule of the passes whose short words' other slips are other words.
func swapOrEdit(typed, word string, long int) bool {
	k := slipEdit(typed, word)
	return k == slipSwap || k != 0 && len(word) >= long
}

// keySlip reports whether w is x typed with one slip of keySlips and the
// first letter right.
func keySlip(w, x string) bool {
	return len(w) > 1 && len(x) > 1 && w[0] == x[0] && slipEdit(w, x)&keySlips != 0
}

// slipList indexes a few words (four letters or more) for look-ups by one
// slip that keeps the first letter: by that letter and the lengths the
// word can be typed as, each with the set of its letters (a slip changes
// that set by at most one letter in and one out: a test of a few
// instructions that rules out nearly every word before slipEdit).
type slipList struct {
	at [26][maxSlipWord + 1][]slipEntry
	// the slips taken: any of kinds, or any at all in a word of long
	// letters or more
	kinds slipKind
	long  int
}

type slipEntry struct {
	w    string
	mask uint32
}

// newSlipList indexes ws (lower case; the first word wins a tie) for
// the slips kinds, and any slip in words of long letters or more.
func newSlipList(kinds slipKind, long int, ws ...string) *slipList {
	x := &slipList{kinds: kinds, long: long}
	for _, w := range ws {
		if len(w) < 4 || len(w) > maxSlipWord-1 || !isLetters(w) {
			continue
		}
		for n := len(w) - 1; n <= len(w)+1; n++ {
			x.at[w[0]-'a'][n] = append(x.at[w[0]-'a'][n], slipEntry{w, letterMask(w)})
		}
	}
	return x
}

// keySlipList indexes the words of the given lists for keySlip.
func keySlipList(ss ...set) *slipList {
	var ws []string
	for _, x := range ss {
		ws = append(ws, lex.lists[x.id]...)
	}
	return newSlipList(keySlips, maxSlipWord+1, ws...)
}

// keySlipWords indexes the given words for keySlip.
func keySlipWords(ws ...string) *slipList {
	return newSlipList(keySlips, maxSlipWord+1, ws...)
}

// match returns the word of x that w is typed for with one slip, or "".
func (x *slipList) match(w string) string {
	if len(w) < 4 || len(w) > maxSlipWord || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	es := x.at[w[0]-'a'][len(w)]
	if len(es) == 0 {
		return ""
	}
	m := letterMask(w)
	for _, e := range es {
		if bits.OnesCount32(m^e.mask) > 2 {
			continue
		}
		if k := slipEdit(w, e.w); k&x.kinds != 0 || k != 0 && len(e.w) >= x.long {
			return e.w
		}
	}
	return ""
}

// letterMask is the set of the letters a to z in w.
func letterMask(w string) uint32 {
	var m uint32
	for k := 0; k < len(w); k++ {
		if c := w[k] - 'a'; c < 26 {
			m |= 1 << c
		}
	}
	return m
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
