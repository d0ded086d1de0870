package phi

import "testing"

// A given name the word table ranks with everyday words only because people
// bear it, and no dictionary writes in small letters, starts a lower-case
// name as a given name that is no word does (gazetteer/proper.txt).
func TestScanProperGivenLower(t *testing.T) {
	runCases(t, []scanCase{
		{"Pooja", "pls call back pooja about her colonoscopy prep, she is confused", []want{{Name, "pooja"}}},
		{"Crispin", "crispin fell in the bathroom overnight, no injury, family aware", []want{{Name, "crispin"}}},
		{"Nazir", "nazir needs his insulin before breakfast, bs 240", []want{{Name, "nazir"}}},
		{"PaoloPossessive", "paolo's wife called about his wound vac", []want{{Name, "paolo"}}},
		// a rarer given name of the same kind, after a patient's word
		{"Balthazar", "pt balthazar refused the ct again", []want{{Name, "balthazar"}}},
		// the same words in everyday use stay words
		{"Words", "the easter schedule for the lab is posted, grey bins go out monday", nil},
	})
}

// The table flags such names, and only names: a word that is a name too
// but written in small letters by the dictionaries is no proper name.
func TestGazetteerProper(t *testing.T) {
	for w, want := range map[string]bool{"pooja": true, "tuan": true, "pereira": true, "will": false, "grey": false, "hope": false, "boston": false} {
		if got := gazetteer().lookup(w).proper; got != want {
			t.Errorf("lookup(%q).proper = %v, want %v", w, got, want)
		}
	}
}

// Such a name starts a lower-case name before a rare surname however few
// births the given-name lists count for it ("hui", "liang").
func TestScanProperGivenPair(t *testing.T) {
	runCases(t, []scanCase{
		{"Hui", "hui okonkwo moved to a snf last week, daughter is hcp", []want{{Name, "hui okonkwo"}}},
		{"Liang", "liang adeyemi-ross was discharged home today with vna", []want{{Name, "liang adeyemi-ross"}}},
	})
}

// A census surname that a few children a year are given as a first name is
// a surname of the lowest tier; a frequent given name, or a town, is not.
func TestGazetteerCensusRareGiven(t *testing.T) {
	for w, want := range map[string]uint8{"mcallister": 1, "bautista": 1, "tanaka": 1, "khoury": 1, "denise": 0, "glen": 0, "ludlow": 0} {
		if got := gazetteer().lookup(w).sur; got != want {
			t.Errorf("lookup(%q).sur = %d, want %d", w, got, want)
		}
	}
	runCases(t, []scanCase{
		{"SwapLower", "swap: you take tanaka and i take ruiz", []want{{Name, "tanaka"}, {Name, "ruiz"}}},
	})
}
