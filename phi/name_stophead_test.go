package phi

import "testing"

// A given name that is also a stop word or a street's word heads a name
// before a surname that is no everyday word, and the model decides it;
// the same word before a number, a street or an everyday word does not.
func TestScanStopWordGivenHead(t *testing.T) {
	runCases(t, []scanCase{
		{"StreetWordGiven", "Lane Abernathy-Kowal called about her CPAP mask again", []want{{Name, "Lane Abernathy-Kowal"}}},
		{"MonthGiven", "June Oyelaran-Baptiste called again about the refill, she is out of pills", []want{{Name, "June Oyelaran-Baptiste"}}},
		{"MonthDate", "June 3 board retreat moved to the Weston room", nil},
		{"StreetAddressEnd", "the new clinic opens at 12 Harlan Lane next month", nil},
		{"StreetWordOrg", "Lane Road clinic closes early on Friday", nil},
	})
	s := new(scanner)
	s.reset("May Kowalczyk and Bill Pay and WILL Kowalczyk")
	var heads []string
	for k := range s.toks {
		if s.stopGivenHead(k) {
			heads = append(heads, s.w(k))
		}
	}
	if len(heads) != 1 || heads[0] != "may" {
		t.Errorf("stopGivenHead took %q, want only \"may\" (\"Bill Pay\" ends in an everyday word, \"WILL\" is capitals)", heads)
	}
}

// Right after "pt" or "patient", what follows the name in parentheses or
// as a role is the patient's (a clinic, an interpreter they need), not a
// colleague's post; without the trigger the same words make a colleague.
func TestScanPatientBeforeRole(t *testing.T) {
	runCases(t, []scanCase{
		{"ClinicAfter", "pt Temperance Okonjo-Vale (ortho clinic) needs a ride home after her cast check", []want{{Name, "Temperance Okonjo-Vale"}}},
		{"InterpreterAfter", "patient Dorcas Mbeki-Arundel (Swahili interpreter needed) is booked for the 10:40 slot", []want{{Name, "Dorcas Mbeki-Arundel"}}},
		{"ColleagueRole", "Temperance Okonjo-Vale (ortho clinic) sent the new on-call schedule", nil},
	})
}
