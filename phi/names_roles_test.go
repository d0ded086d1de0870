package phi

import "testing"

// Names whose role (patient or colleague) the clause decides.
func TestScanNameRoles(t *testing.T) {
	runCases(t, []scanCase{
		// a bed or room number after a name in a patient message
		{"SurnameInBed", "Brannigan in bed 4 is refusing his insulin again tonight", []want{{Name, "Brannigan"}}},
		{"SurnameInRoom", "Ostrowski in rm 12 spiked a fever again, page the resident", []want{{Name, "Ostrowski"}}},
		// a colleague from a department who is the patient this time
		{"ColleagueAdmitted", "our own Marisol from Scheduling was admitted last night with chest pain", []want{{Name, "Marisol"}}},
		// a surname that is also a street word, after a given name and no house number
		{"StreetSurname", "patient Harlan Lane was admitted overnight with a hip fracture", []want{{Name, "Harlan Lane"}}},
		{"StreetNoName", "the shuttle now stops on Harlan Lane near the post office", nil},
		// a given name that is also a place word, before a frequent surname
		{"PlaceGiven", "her husband River Jones called twice about the bill, she is in 4W", []want{{Name, "River Jones"}}},
		{"ColleagueAtWork", "Marisol from Scheduling will cover the front desk this afternoon", nil},
	})
}
