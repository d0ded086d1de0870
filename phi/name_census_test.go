package phi

import "testing"

// A list of beds or rooms each followed by a name word is a ward's census:
// its names are patients', everyday words too; a list of rooms and their
// uses, an agenda and a list of full names the model weighs are not.
func TestCensusNames(t *testing.T) {
	runCases(t, []scanCase{
		{"CapitalisedSurnames", "floating to 5e tonight, got 4: 512 Abernathy, 514 Ellis, 515 Shapiro, 519 Delgado-Rios",
			[]want{{Name, "Abernathy"}, {Name, "Ellis"}, {Name, "Shapiro"}, {Name, "Delgado-Rios"}}},
		{"LowerCaseWords", "census: 4 hope, 17 ashworth, 22 gallagher",
			[]want{{Name, "hope"}, {Name, "ashworth"}, {Name, "gallagher"}}},
		{"LinesOfBeds", "my pts\n12 Okafor\n14 Brandt\n15 Lindqvist", []want{{Name, "Okafor"}, {Name, "Brandt"}, {Name, "Lindqvist"}}},
		{"RoomUses", "rooms: 201 Conference, 202 Storage, 203 Huddle", nil},
		{"Agenda", "agenda: 1. Budget 2. Staffing 3. Parking", nil},
	})
}
