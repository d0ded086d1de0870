package phi

import "testing"

// A name found at the start of one list row makes the same place of the
// other rows a name, when it is closed by the same mark; a row of other
// words ("empty", "charting") and a list with no name found stay.
func TestRowNames(t *testing.T) {
	runCases(t, []scanCase{
		{"HandoffWordSurname", "handoff\n- 12 - mcintyre, 84, chf, diuresing\n- 14 - empty\n- 16 - bishop, 91yo, k 3.2",
			[]want{{Name, "mcintyre"}, {Name, "bishop"}, {Age, "91"}}},
		{"RouteRows", "route for thurs:\n1. castellanos – 14 birch ln\n2. charting\n3. winthrop – 88 elm st",
			[]want{{Name, "castellanos"}, {Address, "14 birch ln"}, {Name, "winthrop"}, {Address, "88 elm st"}}},
		{"BracketedRoom", "- pinto (rm 4) dob 3/3/1941, dnr\n- halvorsen (rm 6) 77yo, s/p fall\n- rm 8 nothing to do",
			[]want{{Name, "pinto"}, {Date, "3/3/1941"}, {Name, "halvorsen"}}},
		{"NoNameFound", "staff huddle:\n1. charting audit - due fri\n2. badge renewals - hr", nil},
	})
}

// A lower-case name written surname first where a record's field starts is
// a name; a list of given names or a unit is not.
func TestInvertedLower(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterFieldDash", "bed assignments:\nmicu 3 - quinn, harriet\n412b - pending", []want{{Name, "quinn, harriet"}}},
		{"AfterColon", "possible duplicate registration: vance, marisol", []want{{Name, "vance, marisol"}}},
		{"GivenNames", "new grads on 5w this week: rose, lily, and iris. be nice", nil},
		{"Units", "the infusion is dosed at 2 mg/kg, max 80 mg", nil},
		{"EndsAList", "volunteers at the desk today: priya, tomasz, ines", nil},
	})
}
