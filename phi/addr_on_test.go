package phi

import "testing"

// A street right after a person and "on", in a message about a patient,
// is that person's; a facility's street is not.
func TestPersonStreets(t *testing.T) {
	runCases(t, []scanCase{
		{"PatientOn", "family of the pt on Larkspur Ln called, they want the visit moved earlier", []want{{Address, "Larkspur Ln"}}},
		{"NameStartsStreet", "the pt on Daisy Ln fell again, ems on the way", []want{{Address, "Daisy Ln"}}},
		{"OneOnWithTown", "Ottilie Brandvold, the one on 14th Ave in Schuyler, missed her insulin again",
			[]want{{Name, "Ottilie Brandvold"}, {Address, "14th Ave"}, {Address, "Schuyler"}}},
		{"ClinicOn", "the new clinic on Maple Ave opens monday for flu shots", nil},
	})
}

// The ZIP code right after a person's town is part of where they live.
func TestScanZipAfterTown(t *testing.T) {
	runCases(t, []scanCase{
		{"ParenZip", "pt Ilse Vandermeer moved to Billerica (01821) last spring", []want{{Name, "Ilse Vandermeer"}, {Address, "Billerica"}, {Address, "01821"}}},
		{"BareZip", "pt lives in Lowell 01852 with her son", []want{{Address, "Lowell"}, {Address, "01852"}}},
	})
}

// A person's move is theirs even when a place of business was named just
// before: "her pharmacy? she moved to ...".
func TestScanMovedAfterFacility(t *testing.T) {
	runCases(t, []scanCase{
		{"SheMoved", "update the preferred pharmacy for Liesel Ortmann, she moved to Billerica", []want{{Name, "Liesel Ortmann"}, {Address, "Billerica"}}},
		{"ClinicMoved", "the imaging center moved to Burlington last year", nil},
	})
}

// A relative who calls or writes from a place is there: a US town or a
// city abroad.
func TestScanCalledFrom(t *testing.T) {
	runCases(t, []scanCase{
		{"CityAbroad", "her brother Obinna Eze called from Enugu, wants an update", []want{{Name, "Obinna Eze"}, {Address, "Enugu"}}},
		{"Department", "Dr. Amy Lin called from Radiology about the read", nil},
	})
}
