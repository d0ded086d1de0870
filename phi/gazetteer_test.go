package phi

import "testing"

func TestGazetteer(t *testing.T) {
	g := gazetteer()
	tests := []struct {
		w           string
		given, word bool
		sur         bool
	}{
		{"harold", true, false, false},
		{"patel", false, false, true},
		{"meeting", false, true, false},
		{"xqzvw", false, false, false},
	}
	for _, tt := range tests {
		e := g.lookup(tt.w)
		if e.isGiven() != tt.given || e.sur > 0 != tt.sur || e.isCommonWord() != tt.word {
			t.Errorf("lookup(%q) = %+v, want given %v surname %v common word %v", tt.w, e, tt.given, tt.sur, tt.word)
		}
	}
}

// TestIndianGivenNames pins the given names read from indian-names: listed
// at the low count of a name rare in the US, never over a surname the
// other lists hold, never two everyday words run together.
func TestIndianGivenNames(t *testing.T) {
	g := gazetteer()
	for _, w := range []string{"rajbala", "premwati", "sukhbir"} {
		if e := g.lookup(w); e.given != 4 {
			t.Errorf("lookup(%q).given = %d, want 4 (indian-names)", w, e.given)
		}
	}
	if e := g.lookup("banerjee"); e.sur == 0 || e.given != 0 {
		t.Errorf("lookup(banerjee) = %+v, want a surname only", e)
	}
	if e := g.lookup("alongwith"); e.given != 0 {
		t.Errorf("lookup(alongwith) = %+v, want no given name", e)
	}
}

// TestGazetteerLoadHeadroom warns before the embedded words outgrow the
// table they are read into at load (gazLoadSlots, filled at most half: a
// load past it panics, and every scan then fails closed): a generator that
// adds words must raise it first.
func TestGazetteerLoadHeadroom(t *testing.T) {
	g := gazetteer()
	n := 0
	for _, tab := range []gazSlots{g.hot, g.cold} {
		for _, v := range tab {
			if v != 0 {
				n++
			}
		}
	}
	if n*8 > gazLoadSlots*3 {
		t.Errorf("the gazetteer holds %d words, over 3/8 of gazLoadSlots (%d): raise it before the load table fills half", n, gazLoadSlots)
	}
	t.Logf("%d words, %.0f%% of gazLoadSlots", n, 100*float64(n)/float64(gazLoadSlots))
}
