package phi

import "testing"

// Values spaced out one character at a time: an e-mail address anywhere, a
// birth date after its cue; short runs and runs after no cue stay.
func TestScanSpacedValues(t *testing.T) {
	runCases(t, []scanCase{
		{"Email", "her email is k w a m e . o s e i @ y a h o o . c o m, call first", []want{{Email, "k w a m e . o s e i @ y a h o o . c o m"}}},
		{"DOBDigits", "pt Halvorsen DOB 0 4 1 2 1 9 4 8 per the form", []want{{Name, "Halvorsen"}, {Date, "0 4 1 2 1 9 4 8"}}},
		{"DOBMonth", "dob: 2 7 M a r 1 9 3 9, wristband reprinted", []want{{Date, "2 7 M a r 1 9 3 9"}}},
		{"NoCue", "the code on the box is 0 4 1 2 1 9 4 8", nil},
		{"Initials", "signed J R R and filed", nil},
	})
}
