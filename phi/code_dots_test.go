package phi

import "testing"

// Numbers dotted on from a code's letters are the code's, not a date; the
// same numbers standing alone are one.
func TestScanDottedCode(t *testing.T) {
	runCases(t, []scanCase{
		{"Standard", "tracer today on standard NPSG.03.06.01 for the pt in 4, med rec missing", nil},
		{"Element", "surveyor cited MM.04.01.01 on the unit where the pt fell", nil},
		{"Alone", "pt fell 03.06.21 at home, daughter found her", []want{{Date, "03.06.21"}}},
	})
}
