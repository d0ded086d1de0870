package phi

import "testing"

// The address grammar: house numbers, USPS suffixes, units, rural routes,
// streets without a number, towns of residence; facility addresses stay.
func TestScanAddressGrammar(t *testing.T) {
	runCases(t, []scanCase{
		{"USPSSuffixCapitalised", "pt Wenonah Clay lives at 8 Juniper Knoll, Topsfield",
			[]want{{Name, "Wenonah Clay"}, {Address, "8 Juniper Knoll, Topsfield"}}},
		{"USPSSuffixAbbrev", "pt Wenonah Clay, 19 Fox Run Crk Rd", []want{{Name, "Wenonah Clay"}, {Address, "19 Fox Run Crk Rd"}}},
		{"USPSSuffixLowerIsWord", "pt Wenonah Clay saw 3 nurses glen told", []want{{Name, "Wenonah Clay"}}},
		{"NotAStreetCenter", "pt Wenonah Clay asked about 3 Cancer Center programs", []want{{Name, "Wenonah Clay"}}},
		{"HouseNumberRange", "pt Wenonah Clay moved to 410-412 Pine Ave", []want{{Name, "Wenonah Clay"}, {Address, "410-412 Pine Ave"}}},
		{"HouseNumberFraction", "her address is 7 1/2 Mill Pond Rd", []want{{Address, "7 1/2 Mill Pond Rd"}}},
		{"HouseNumberInWords", "pt lives at thirty-one Birch Ln", []want{{Address, "thirty-one Birch Ln"}}},
		{"RuralRoute", "pt Wenonah Clay, RR 4 Box 212, Danby VT", []want{{Name, "Wenonah Clay"}, {Address, "RR 4 Box 212, Danby VT"}}},
		{"RuralRouteWords", "mail it to Rural Route 7, Box 33", []want{{Address, "Rural Route 7, Box 33"}}},
		{"StreetWithoutNumber", "her son lives on Larch St in Ipswich", []want{{Address, "Larch St"}, {Address, "Ipswich"}}},
		{"DirectionalTown", "pt lives in North Reading with her niece", []want{{Address, "North Reading"}}},
		{"TraditionalState", "pt Wenonah Clay, 5 Ash St, Lynn, Mass. 01902", []want{{Name, "Wenonah Clay"}, {Address, "5 Ash St, Lynn, Mass. 01902"}}},
		{"NameCommaAddress", "Wenonah Clay, 27 Tern Ave, Hull MA 02045", []want{{Name, "Wenonah Clay"}, {Address, "27 Tern Ave, Hull MA 02045"}}},
		{"TownInParens", "pt Wenonah Clay (Saugus) called twice", []want{{Name, "Wenonah Clay"}, {Address, "Saugus"}}},
		{"StreetWordsNoName", "the remittance office moved to 12 Lockbox Way, Boston MA 02205", nil},
		{"FacilityAddress", "the Lynn clinic is at 40 Union St, Lynn MA", nil},
	})
}
