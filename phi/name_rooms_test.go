package phi

import "testing"

// A lower-case given name right before a bed, in a message about care.
func TestScanRoomNames(t *testing.T) {
	runCases(t, []scanCase{
		{"GivenWordBed", "neb for grace in 6 refused x2 she says it makes her sick", []want{{Name, "grace"}}},
		{"BedWord", "night shift pls watch blessing in 7b, insulin pump alarming", []want{{Name, "blessing"}}},
		{"Time", "who has the pump, hope in 5 min the insulin is back", nil},
		{"Determiner", "the young one in 8 refused the neb again", nil},
		{"NoCare", "ask june in 4 about the parking passes", nil},
		// a surname that is no word, in any message
		{"SurnameBed", "garcia in 14 keeps pressing the call bell", []want{{Name, "garcia"}}},
		// with no health word, the clause after the bed says who lies there
		{"BedVerb", "dawn in 12 wants a shower before lunch, can someone help", []want{{Name, "dawn"}}},
		{"BedAge", "violet in 3 is 94 and a fall risk", []want{{Name, "violet"}, {Age, "94"}}},
		{"BedDrug", "can someone bring heparin for rose in 9", []want{{Name, "rose"}}},
		{"BedNoClause", "ask june in 4 about the parking passes", nil},
	})
}
