package phi

import "testing"

// Ages over 89 in forms no cue rule lists, and numbers of the same size
// that are readings, rooms and counts.
func TestScanAgeModel(t *testing.T) {
	runCases(t, []scanCase{
		{"Turned", "Mrs. Halvorsen turned 102 on Sunday, the unit wants to bring her a cake", []want{{Name, "Halvorsen"}, {Age, "102"}}},
		{"Today", "Mr. Abernathy is 91 today and asking to go home", []want{{Name, "Abernathy"}, {Age, "91"}}},
		{"Possessive", "Visiting the Lindqvists Tuesday: Astrid's 94, Bo's 96, both on warfarin", []want{{Name, "Lindqvist"}, {Name, "Astrid"}, {Age, "94"}, {Name, "Bo"}, {Age, "96"}}},
		{"Sat", "sat 94 on 2L, HR 110, temp 99, resting now", nil},
		{"Room", "move the IV pole from 104 to 112 before rounds", nil},
		{"Count", "we did 96 flu shots at the fair, 120 next year", nil},
		// a number that names a place or a thing ("her room is 104") is
		// no one's age, whatever the name before it
		{"RoomIs", "Mrs Okoro is 97 and her room is 104", []want{{Name, "Okoro"}, {Age, "97"}}},
		{"BedIs", "daughter says her bed is 102 now", nil},
		{"ChairIs", "Tomas's chair is 96 today, second shift", nil},
	})
}
