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
