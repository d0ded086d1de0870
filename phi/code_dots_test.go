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

// "DOBs" labels its dates as "DOB" does.
func TestScanPluralDOB(t *testing.T) {
	runCases(t, []scanCase{
		{"Merged", "merged chart? DOBs 06/01/2009 and 09/26/2000 on the two", []want{{Date, "06/01/2009"}, {Date, "09/26/2000"}}},
		{"Two", "two registrations, DOBs 02/11/1948 and 11/02/1948 — same person?", []want{{Date, "02/11/1948"}, {Date, "11/02/1948"}}},
	})
}
