package phi

import "testing"

// TestSlipVocabIndex checks typedFor's index (length, first letters, byte
// masks) against a scan of the whole vocabulary.
func TestSlipVocabIndex(t *testing.T) {
	v := typedWords()
	brute := func(w string) int {
		best, cost := -1, 3
		if len(w) < 3 || len(w) > maxSlipWord {
			return -1
		}
		for k, x := range v.words {
			if len(w) < len(x)-1 || len(w) > len(x)+1 || len(x) < 3 {
				continue
			}
			if c := slipCost(w, x, v.strict[k]); c < cost {
				best, cost = k, c
			}
		}
		return best
	}
	var ws []string
	for _, x := range v.words {
		ws = append(ws, x)
		for _, m := range nearMisses(x) {
			ws = append(ws, m)
			ws = append(ws, nearMisses(m)...)
		}
		for i := 0; i < len(x); i++ {
			for c := byte('a'); c <= 'z'; c++ {
				ws = append(ws, x[:i]+string(c)+x[i+1:])
			}
		}
	}
	ws = append(ws, "", "a", "ab", "liccense", "abcdefghijklmnopqrstuvwxyz")
	for _, w := range ws {
		want := brute(w)
		if _, in := v.index[w]; in {
			want = -1 // a word of the vocabulary is no slip of another
		}
		if got := v.typedFor(w); got != want {
			t.Fatalf("typedFor(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestSlipCost checks the limits by the intended word's length.
func TestSlipCost(t *testing.T) {
	for _, c := range []struct {
		typed, word string
		strict      bool
		want        int
	}{
		{"mnr", "mrn", false, 1},     // a swap
		{"ssm", "ssn", false, 1},     // a neighbouring key
		{"ssq", "ssn", false, 3},     // a key far away
		{"mrnn", "mrn", false, 1},    // a doubled letter
		{"mrnx", "mrn", false, 3},    // another letter added to a short word
		{"acvt", "acct", false, 1},   // a neighbouring key
		{"act", "acct", false, 3},    // no letter dropped from a word of four
		{"acvct", "acct", false, 1},  // a neighbour added beside its key
		{"plte", "plate", false, 1},  // a letter dropped
		{"plaxe", "plate", false, 2}, // another letter changed
		{"xlate", "plate", false, 2}, // a slip of the first letter costs more
		{"nrn", "mrn", false, 2},     // (a neighbouring key in a short word)
		{"xrn", "mrn", false, 3},     // (no other key)
		{"lpate", "plate", false, 1}, // unless the first two are swapped
		{"mbbr", "mbr", true, 1},     // an abbreviation takes a doubled letter
		{"mbt", "mbr", true, 3},      // and nothing else
		{"insurcne", "insurance", false, 3},
	} {
		if got := slipCost(c.typed, c.word, c.strict); got != c.want {
			t.Errorf("slipCost(%q, %q, %v) = %d, want %d", c.typed, c.word, c.strict, got, c.want)
		}
	}
}

// TestTypos checks which words of a message are read as slips, and which
// are not (only in a message with a value: a digit or a digit word).
func TestTypos(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]string // typed -> intended
	}{
		{"her acvt no is 4410293", map[string]string{"acvt": "acct"}},
		{"pls chek the patietn's insurnce 4410293", map[string]string{"chek": "check", "patietn": "patient", "insurnce": "insurance"}},
		{"Mediicaid # NC-00918234R", map[string]string{"mediicaid": "medicaid"}},
		{"pls chek the patietn's insurnce", nil}, // no value in the message: nothing to label
		{"her mnr is 3305127", map[string]string{"mnr": "mrn"}},
		// words, names and likelier slips of everyday words stay
		{"the plan had a plate 4410293", nil},
		{"she haf to go at 4", nil},          // "had", not "har"
		{"the tiem is up in 5", nil},         // "time", not "item"
		{"Dr. Moore and Ms. Kaur at 4", nil}, // names
		{"wirte it down: 4410293", nil},      // "write", not "wire"
		{"the silver suv in lot c 12", nil},  // a listed word takes a swap only
	} {
		s := new(scanner)
		s.reset(c.text)
		s.retype()
		got := map[string]string{}
		for i := range s.toks {
			if x := s.typedAs(i); x != "" {
				got[s.w(i)] = x
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: typos %v, want %v", c.text, got, c.want)
			continue
		}
		for k, x := range c.want {
			if got[k] != x {
				t.Errorf("%q: typos %v, want %v", c.text, got, c.want)
			}
		}
	}
}

// TestPlaceIsNoLabelSlip checks that a town capitalised as one is not read
// as a label typed with a slip ("Platte" is one letter from "plate"), while
// the slip in small letters still labels its value.
func TestPlaceIsNoLabelSlip(t *testing.T) {
	runCases(t, []scanCase{
		{"Town", "mail the form to Wendeline Kask, 40 Prairie View Rd, North Platte NE 69101",
			[]want{{Name, "Wendeline Kask"}, {Address, "40 Prairie View Rd, North Platte NE 69101"}}},
		{"Slip", "visitor's truck, platte 7XKD442, is in the fire lane again",
			[]want{{VehicleID, "7XKD442"}}},
	})
}
