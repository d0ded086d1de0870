package phi

import "testing"

// An acronym after a name ends it: a person's name before a test or a
// device keeps its words, a town's name after a title is a surname, and two
// name words before a firm's suffix are the firm's.
func TestScanNameBeforeAcronym(t *testing.T) {
	runCases(t, []scanCase{
		{"TitledTown", "Ms. Orlando MRI at 3, bring her glasses", []want{{Name, "Orlando"}}},
		{"TitledTownNoDot", "Mr Lancaster EKG done, wife waiting", []want{{Name, "Lancaster"}}},
		{"SurnameAWord", "Priya Summers MRI moved to 4pm, she is anxious", []want{{Name, "Priya Summers"}}},
		{"GivenSurname", "Tomasz Rivers ECG shows afib, his daughter called", []want{{Name, "Tomasz Rivers"}}},
		// firms and services
		{"FirmPC", "Nadia Castillo PC sent the invoice for the lease", nil},
		{"FirmLLP", "Hollis Brandt LLP wants the contract by Friday", nil},
		{"TownService", "Boston EMS dropped off a stretcher", nil},
	})
}
