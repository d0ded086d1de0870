package phi

import "testing"

// TestNameCharsTable holds the embedded table to the 65,536 one-byte
// buckets nameLikeness indexes.
func TestNameCharsTable(t *testing.T) {
	if len(nameChars) != 1<<16 {
		t.Fatalf("gazetteer/namechars.bin: %d bytes, want 65,536 (scripts/gen_phi_namechars.py)", len(nameChars))
	}
}

// The character model ranks words no list holds by how much their letters
// look like a name's: invented names of several origins above jargon,
// derived words and slips.
func TestNameLikeness(t *testing.T) {
	names := []string{"okonkwade", "tsegaye", "wojciechka", "abimbolu", "kaveesha"}
	words := []string{"nephrologic", "unrefundable", "preauthorization", "reconciliations", "microbiological"}
	for _, n := range names {
		for _, w := range words {
			if nameLikeness(n) <= nameLikeness(w) {
				t.Errorf("nameLikeness(%q) = %d, not above nameLikeness(%q) = %d", n, nameLikeness(n), w, nameLikeness(w))
			}
		}
	}
	// a word the gazetteers speak for has no character feature
	gz := gazetteer()
	for _, w := range []string{"maria", "the", "hospital"} {
		if b := charBin(w, gz.lookup(w)); b != -1 {
			t.Errorf("charBin(%q) = %d, want -1 (listed)", w, b)
		}
	}
	if b := charBin("okonkwade", gz.lookup("okonkwade")); b < 2 {
		t.Errorf("charBin(okonkwade) = %d, want a name-like bin", b)
	}
}

// A one-word name right after a relative that no list holds as a given
// name goes to the name model; everyday words after a relative stay words.
func TestScanRelativeRareName(t *testing.T) {
	runCases(t, []scanCase{
		{"RareName", "fell at home overnight, son kelechukwu is on his way", []want{{Name, "kelechukwu"}}},
		{"Verb", "son reading the chart now", nil},
		{"Wish", "wife wants a callback after the scan", nil},
		{"Paperwork", "poa paperwork says the daughter signed", nil},
	})
}

// A capital inside a word after a head that is no given name or particle
// marks a brand; names keep their inner capitals.
func TestCamelBrand(t *testing.T) {
	for w, want := range map[string]bool{"CaringBridge": true, "PowerPoint": true, "FaceTime": true, "YouTube": true,
		"McDonald": false, "MacArthur": false, "DeShawn": false, "LaToya": false, "MaryBeth": false, "Smith": false,
		"iPhone": false, "VanBuren": false} {
		if got := camelBrand([]byte(w)); got != want {
			t.Errorf("camelBrand(%q) = %v, want %v", w, got, want)
		}
	}
}
