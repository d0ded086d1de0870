package phi

import "testing"

// A name found up to a given name takes the surname after it, when the
// surname is a word too or comes after particles, and the words after it
// close the name; a word that goes on the sentence stays outside.
func TestExtendNames(t *testing.T) {
	runCases(t, []scanCase{
		{"CensusSurnameWord", "her nephew osvaldo field called about the bill, dob 2/3/1950",
			[]want{{Name, "osvaldo field"}, {Date, "2/3/1950"}}},
		{"CensusSurnameBeforeAge", "new admit: marisela power, 93, fall at home",
			[]want{{Name, "marisela power"}, {Age, "93"}}},
		{"ParticlesThenFoundName", "the daughter of pt Rosalind de los Santos called twice",
			[]want{{Name, "Rosalind de los Santos"}}},
		{"HyphenatedWordSurname", "my father ignatius bloom-castle (92) is in the ed",
			[]want{{Name, "ignatius bloom-castle"}, {Age, "92"}}},
		{"WordGoesOn", "pt Rosalind field trip consent for peds is in the chart", []want{{Name, "Rosalind"}}},
		{"BedAfterGiven", "pt oksana in hall 4 refused her meds", []want{{Name, "oksana"}}},
		{"InvertedSurnameBefore", "mrn 5520913 - whitcombe, delphine - CKD4, K 6.1 this am", []want{{MRN, "5520913"}, {Name, "whitcombe, delphine"}}},
		{"InvertedGivenAfter", "_PACU_ — Srey, Chanthou 92yo, post-op delirium, pulled IV", []want{{Name, "Srey, Chanthou"}, {Age, "92"}}},
		{"VocativeNoSurname", "thanks, Maria - see you Friday", nil},
	})
}
