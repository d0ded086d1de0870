package phi

import "testing"

// X12 claim and remittance segments: the segment and its qualifiers type
// each element; providers, payers and claim-control numbers stay quiet.
func TestScanClaimSegments(t *testing.T) {
	runCases(t, []scanCase{
		{"Subscriber", "NM1*IL*1*MARWICK*ILSE****MI*ZQB448120~", []want{{Name, "MARWICK"}, {Name, "ILSE"}, {HealthPlanID, "ZQB448120"}}},
		{"ClaimPayment", "CLP*7730912*1*480.00*120.00**MC*8812003344*11~", []want{{AccountNumber, "7730912"}}},
		{"PatientLoop", "NM1*QC*1*TERN*OLA~N3*12 GULL AVE~N4*HULL*MA*02045~DMG*D8*19410203*F~DTP*472*D8*20251104~",
			[]want{{Name, "TERN"}, {Name, "OLA"}, {Address, "12 GULL AVE"}, {Address, "HULL*MA*02045"}, {Date, "19410203"}, {Date, "20251104"}}},
		{"ProviderBlocked", "NM1*85*2*NORTH SHORE CLINIC*****XX*1588667638~", nil},
		{"MarkdownStars", "*urgent*: call the unit about *bed 4*", nil},
	})
}

// Plan ids after payer names and abbreviated labels, values in groups a
// few words after the label, MBIs with their dashes.
func TestScanPlanIDForms(t *testing.T) {
	runCases(t, []scanCase{
		{"PayerForHim", "pt Ilse Marwick: Humana ID for her is Q3301-8812-44", []want{{Name, "Ilse Marwick"}, {HealthPlanID, "Q3301-8812-44"}}},
		{"StateMedicaid", "her TennCare ID is T44018823", []want{{HealthPlanID, "T44018823"}}},
		{"Mbr", "mbr id ZKQ55120933 for the referral", []want{{HealthPlanID, "ZKQ55120933"}}},
		{"DashedMBI", "Medicare MBI for pt Tern is 2EG7-QM3-RT41", []want{{Name, "Tern"}, {HealthPlanID, "2EG7-QM3-RT41"}}},
		{"GroupsAfterWords", "medicaid # on the card reads 5512 8830 77", []want{{HealthPlanID, "5512 8830 77"}}},
		{"PayerIDBlocked", "the EDI payer ID 77013 for the clearinghouse", nil},
		{"RecordsDateRange", "records 2024-03-05 to 2025-01-09 for pt Ilse Marwick", []want{{Date, "2024-03-05"}, {Date, "2025-01-09"}, {Name, "Ilse Marwick"}}},
	})
}

// Identifiers read out or spaced one character at a time after a label.
func TestScanSpelledIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"MemberSpaced", "member number z k q 5 5 1 2 0 9 3", []want{{HealthPlanID, "z k q 5 5 1 2 0 9 3"}}},
		{"PlateWords", "the plate on her car is nine T G R two two six", []want{{VehicleID, "nine T G R two two six"}}},
		{"PlateState", "plate is rhode island 4 K P 2 2 8", []want{{VehicleID, "4 K P 2 2 8"}}},
		{"PlateWas", "plate on the van was 4KPX-228 per security", []want{{VehicleID, "4KPX-228"}}},
	})
}

// Birth dates spaced or read out after a birth-date cue.
func TestScanDOBForms(t *testing.T) {
	runCases(t, []scanCase{
		{"Spaced", "pt ilse marwick date of birth 3 9 41 needs a callback", []want{{Name, "ilse marwick"}, {Date, "3 9 41"}}},
		{"Words", "dob oh three oh nine nineteen forty one", []want{{Date, "oh three oh nine nineteen forty one"}}},
		{"Mixed", "DOB three/nine/1941 for the chart", []want{{Date, "three/nine/1941"}}},
	})
}

// Addresses of facilities and offices are left alone; a home address in
// the next sentence is not.
func TestScanFacilityAddresses(t *testing.T) {
	runCases(t, []scanCase{
		{"OfficeAt", "send the signed form to her office at 40 Quarry Rd, Lynn", nil},
		{"BuildingAt", "drop the binder at the records building at 9 Tern Ave", nil},
		{"NextSentence", "Ilse Marwick's hospital bill is paid. She lives at 40 Quarry Rd", []want{{Name, "Ilse Marwick"}, {Address, "40 Quarry Rd"}}},
		{"LowerTown", "pt Ilse Marwick, address 12 gull ave, hull ma 02045", []want{{Name, "Ilse Marwick"}, {Address, "12 gull ave, hull ma 02045"}}},
	})
}
