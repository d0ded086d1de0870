package phi

import "testing"

// A family written as its surname in the plural: the surname, without the
// plural's "s", in a personal message; not in a donor's.
func TestScanPluralFamilies(t *testing.T) {
	runCases(t, []scanCase{
		{"Called", "the Fairweathers called about their grandmother in 4B", []want{{Name, "Fairweather"}}},
		{"Lobby", "the Fitzpatricks are in the lobby to see their dad", []want{{Name, "Fitzpatrick"}}},
		{"FoundWhole", "pt's parents, the Martins, are in the family lounge waiting for the surgeon", []want{{Name, "Martin"}}},
		{"Donors", "the Hendersons pledged 50k to the foundation for the new wing", nil},
		{"Organisation", "the Rogers Foundation gala is Friday, her son is coming", nil},
		// in lower case: a frequent surname, and no plural that is a word
		{"LowerCase", "the fitzpatricks are asking if their dad can have visitors tonight", []want{{Name, "fitzpatrick"}}},
		{"LowerWord", "the nurses are asking if their dad can have visitors tonight", nil},
	})
}

// Before a people's verb or after "two", a family's plural needs no
// personal message, and its singular may be a listed given name or, capitalised, a
// word of no list; a team's plural stays no one.
func TestScanPluralPeople(t *testing.T) {
	runCases(t, []scanCase{
		{"UnlistedAtDesk", "the Oduyemis are at the front desk again", []want{{Name, "Oduyemi"}}},
		{"GivenListedAsked", "the Adeyemis asked for a quiet room", []want{{Name, "Adeyemi"}}},
		{"TwoLower", "two rahmans in the ed right now, check armbands", []want{{Name, "rahman"}}},
		{"Team", "the Lakers are playing tonight", nil},
	})
}
