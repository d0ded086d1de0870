package phi

import "testing"

// Towns listed as a whole, units after an ordinal, PO box spellings, an
// address on two lines.
func TestScanAddressForms(t *testing.T) {
	runCases(t, []scanCase{
		{"MultiWordTown", "pt lives alone in Fall River since May", []want{{Address, "Fall River"}}},
		{"MultiWordTownCapStop", "pt Ilse Marwick lives in New Bedford", []want{{Name, "Ilse Marwick"}, {Address, "New Bedford"}}},
		{"OrdinalFloor", "pt Ilse Marwick lives at 40 Quarry Rd 2nd fl, Lynn", []want{{Name, "Ilse Marwick"}, {Address, "40 Quarry Rd 2nd fl, Lynn"}}},
		{"SpacedPOBox", "refund check to P O Box 5521 for pt Ilse Marwick", []want{{Address, "P O Box 5521"}, {Name, "Ilse Marwick"}}},
		{"POB", "mail to POB 5521 for pt Ilse Marwick", []want{{Address, "POB 5521"}, {Name, "Ilse Marwick"}}},
		{"TwoLines", "pt Ilse Marwick, 12 Tern Ave\nHull, MA 02045", []want{{Name, "Ilse Marwick"}, {Address, "12 Tern Ave\nHull, MA 02045"}}},
		{"TwoLinesNoZip", "pt Ilse Marwick, 12 Tern Ave\nHull clinic at noon", []want{{Name, "Ilse Marwick"}, {Address, "12 Tern Ave"}}},
	})
}
