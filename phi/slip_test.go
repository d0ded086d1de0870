package phi

import (
	"strings"
	"testing"
)

// TestSlipEdit checks each kind of slip on invented words.
func TestSlipEdit(t *testing.T) {
	for _, c := range []struct {
		typed, word string
		want        slipKind
	}{
		{"plvoer", "plover", slipSwap},
		{"lpover", "plover", slipSwap},      // the first two letters
		{"plovre", "plover", slipSwap},      // the last two
		{"plocer", "plover", slipNeighbour}, // c beside v
		{"oaddle", "paddle", slipNeighbour}, // the first letter
		{"plpver", "plover", slipNeighbour},
		{"plomer", "plover", slipReplaced}, // m is far from v
		{"ploverr", "plover", slipDoubled},
		{"pplover", "plover", slipDoubled},
		{"paddddle", "paddle", 0}, // two letters added
		{"padddle", "paddle", slipDoubled},
		{"pdadlle", "paddle", 0},         // a swap and a letter added
		{"plovder", "plover", slipStray}, // d beside e
		{"plovcer", "plover", slipStray}, // c beside v
		{"plovmer", "plover", slipAdded},
		{"xplover", "plover", slipAdded},
		{"plovr", "plover", slipDropped},
		{"lover", "plover", slipDropped},
		{"plove", "plover", slipDropped},
		{"plover", "plover", 0},
		{"plvore", "plover", 0}, // two swaps
		{"povler", "plover", 0}, // letters apart swapped
		{"", "a", slipDropped},
		{"a", "", slipAdded},
		{"", "", 0},
	} {
		if got := slipEdit(c.typed, c.word); got != c.want {
			t.Errorf("slipEdit(%q, %q) = %b, want %b", c.typed, c.word, got, c.want)
		}
	}
}

// TestSlipEditKinds checks slipEdit against the plain definitions of the
// kinds, on every word one edit or swap from invented words.
func TestSlipEditKinds(t *testing.T) {
	neighbour := func(a, b byte) bool { return strings.IndexByte(qwerty[b-'a'], a) >= 0 }
	plain := func(typed, word string) slipKind {
		var k slipKind
		if len(typed) == len(word) {
			for i := 0; i+1 < len(word); i++ {
				if word[i] != word[i+1] && typed == word[:i]+string(word[i+1])+string(word[i])+word[i+2:] {
					k |= slipSwap
				}
			}
			for i := 0; i < len(word); i++ {
				for c := byte('a'); c <= 'z'; c++ {
					if c != word[i] && typed == word[:i]+string(c)+word[i+1:] {
						if neighbour(c, word[i]) {
							k |= slipNeighbour
						} else {
							k |= slipReplaced
						}
					}
				}
			}
		}
		for i := 0; i <= len(word); i++ {
			for c := byte('a'); c <= 'z'; c++ {
				if typed != word[:i]+string(c)+word[i:] {
					continue
				}
				switch {
				case i > 0 && word[i-1] == c || i < len(word) && word[i] == c:
					k |= slipDoubled
				case i > 0 && neighbour(c, word[i-1]) || i < len(word) && neighbour(c, word[i]):
					k |= slipStray
				default:
					k |= slipAdded
				}
			}
		}
		for i := 0; i < len(word); i++ {
			if typed == word[:i]+word[i+1:] {
				k |= slipDropped
			}
		}
		return k
	}
	n := 0
	for _, w := range []string{"plover", "paddle", "quince", "zebra", "mmhm", "aab", "wok"} {
		var ws []string
		for i := 0; i <= len(w); i++ {
			for c := byte('a'); c <= 'z'; c++ {
				ws = append(ws, w[:i]+string(c)+w[i:])
				if i < len(w) {
					ws = append(ws, w[:i]+string(c)+w[i+1:])
				}
			}
		}
		for _, v := range append(nearMisses(w), ws...) {
			n++
			if got, want := slipEdit(v, w), plain(v, w); got != want {
				t.Fatalf("slipEdit(%q, %q) = %b, want %b", v, w, got, want)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d variants", n)
	}
}

// TestQwertySymmetric checks that each letter is its neighbours' neighbour.
func TestQwertySymmetric(t *testing.T) {
	for a := byte('a'); a <= 'z'; a++ {
		for _, b := range []byte(qwerty[a-'a']) {
			if !keyNeighbours(a, b) || !keyNeighbours(b, a) || a == b {
				t.Errorf("%c and %c: one-way neighbours", a, b)
			}
		}
	}
}

// TestSlipList checks a slipList's index against slipEdit over the whole
// list.
func TestSlipList(t *testing.T) {
	ws := []string{"plover", "plough", "paddle", "pad", "quince", "quinces", "zebra", "kestrel", "kestrels"}
	for _, c := range []struct {
		kinds slipKind
		long  int
	}{{keySlips, maxSlipWord + 1}, {slipSwap, 6}, {slipSwap | slipDoubled, 5}} {
		x := newSlipList(c.kinds, c.long, ws...)
		brute := func(w string) string {
			if len(w) < 4 {
				return ""
			}
			for _, e := range ws {
				if len(e) < 4 || w[0] != e[0] {
					continue
				}
				if k := slipEdit(w, e); k&c.kinds != 0 || k != 0 && len(e) >= c.long {
					return e
				}
			}
			return ""
		}
		found := 0
		for _, e := range ws {
			for _, v := range append(nearMisses(e), e[:1]+"x"+e[2:], e+"q", e[:len(e)-1]) {
				got, want := x.match(v), brute(v)
				if got != want {
					t.Fatalf("kinds %b long %d: match(%q) = %q, want %q", c.kinds, c.long, v, got, want)
				}
				if got != "" {
					found++
				}
			}
		}
		if found == 0 {
			t.Errorf("kinds %b long %d: no slip found", c.kinds, c.long)
		}
	}
}

// TestSlipOfWord checks the slips typoOfWord and keySlipOfWord find,
// also of the weekdays and months the word list (lower-case words only)
// leaves out.
func TestSlipOfWord(t *testing.T) {
	for _, c := range []struct {
		w        string
		key, typ bool
	}{
		{"probabky", true, false}, // l struck as k
		{"probabyl", false, true}, // a swap
		{"thursdsy", true, false}, // a weekday: a struck as s
		{"wednesdau", true, false},
		{"saturdat", true, false},
		{"novenber", true, false}, // a month: m struck as n
		{"octobet", true, false},
		{"thrusday", false, true}, // a swap
		{"wednsday", false, true}, // a letter dropped
		{"septembber", false, true},
		{"thurpday", false, false}, // p is far from s
		{"thursday", false, false}, // the word itself
		{"augusta", false, false},  // a given name
		{"mya", false, false},      // short months take no slip
		{"sundays", false, false},  // a plural is no slip
	} {
		if got := keySlipOfWord(c.w); got != c.key {
			t.Errorf("keySlipOfWord(%q) = %v, want %v", c.w, got, c.key)
		}
		if got := typoOfWord(c.w); got != c.typ {
			t.Errorf("typoOfWord(%q) = %v, want %v", c.w, got, c.typ)
		}
	}
}

// TestSlippedWeekdayNoName checks that a weekday or month typed with one
// slip after a name stays out of it.
func TestSlippedWeekdayNoName(t *testing.T) {
	runCases(t, []scanCase{
		{"KeyNeighbour", "remind me to call aunt mary thursdsy of next week", []want{{Name, "mary"}}},
		{"Swap", "remind me to call aunt mary thrusday of next week", []want{{Name, "mary"}}},
		{"Dropped", "follow up with father tom wendesday next week", []want{{Name, "tom"}}},
	})
}

// A lower-case word one slip from an everyday word is a given name when a
// surname's particles and its word follow it.
func TestScanGivenBeforeParticles(t *testing.T) {
	runCases(t, []scanCase{
		{"VanDer", "pls draft a letter to losa van der meulen at 12 elm st, lynn ma 01902 about her appt 3/4",
			[]want{{Name, "losa van der meulen"}, {Address, "12 elm st, lynn ma 01902"}, {Date, "3/4"}}},
	})
}

// A capitalised "Patient" inside a sentence heads a department's name;
// typed with a slip, the department's word is still no patient's name.
func TestSlippedDepartmentAfterPatient(t *testing.T) {
	runCases(t, []scanCase{
		{"Registration", "Can you ask Patient Regsitration at x4410 why the wait times doubled?", nil},
		{"RealPatient", "Tomorrow Patient Okafor in bed 12 goes home", []want{{Name, "Okafor"}}},
	})
}
