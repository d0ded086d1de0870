package phi

import "testing"

// The items of a comma list before a name found are names too, written as
// it is; a note, a payer or a language in the list is none.
func TestScanListPeers(t *testing.T) {
	runCases(t, []scanCase{
		{"ItemsBefore", "Pemberton, Chu, Delgado: all three still on home O2 from Apria, reorder PO 5512093",
			[]want{{Name, "Pemberton"}, {Name, "Chu"}, {Name, "Delgado"}}},
		{"GivenNames", "Rosalind, Everett, Maribel, Sione — all need PPDs read before 3:30",
			[]want{{Name, "Rosalind"}, {Name, "Everett"}, {Name, "Maribel"}, {Name, "Sione"}}},
		{"NoteAfter", "Irene Bouchard (recert due 12/19/25), GIP?", []want{{Name, "Irene Bouchard"}, {Date, "12/19/25"}}},
		{"Payer", "pt Ana Ruiz, Tricare, sponsor SSN 229-01-8847", []want{{Name, "Ana Ruiz"}, {SSN, "229-01-8847"}}},
	})
}
