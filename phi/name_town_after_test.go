package phi

import "testing"

// The town written right after a patient's name, in parentheses or after a
// comma or a dash (an age or a birth date between), is where they live; a
// town that names an organisation and a role in parentheses are not.
func TestTownAfterName(t *testing.T) {
	runCases(t, []scanCase{
		{"HomeVisitList", "home visits today:\n• Brannigan, Ida – 95 – Sweetwater\n• Okafor, Tunde – Red Valley",
			[]want{{Name, "Brannigan, Ida"}, {Age, "95"}, {Address, "Sweetwater"}, {Name, "Okafor, Tunde"}, {Address, "Red Valley"}}},
		{"AfterBirthDate", "start of care for Ines M. Marlow, DOB 3/6/1955, Brockton. Dx CVA",
			[]want{{Name, "Ines M. Marlow"}, {Date, "3/6/1955"}, {Address, "Brockton"}}},
		{"Organisation", "Ines Marlow, Salem clinic, called about the schedule", nil},
		{"SheIsFrom", "walk-in gave her name as Odile Brandt, she is from Brockton", []want{{Name, "Odile Brandt"}, {Address, "Brockton"}}},
		{"ShipmentFrom", "the shipment came from Lowell this morning", nil},
		{"RoleInParens", "consent signed by nephew Tobiah Lindqvist (POA)", []want{{Name, "Tobiah Lindqvist"}}},
	})
}

// A town after a name is read for every name found, also one found late
// (once an identifier was known), and over the Markdown that closes it.
func TestScanTownAfterLateName(t *testing.T) {
	runCases(t, []scanCase{
		{"LateName", "RT Haruto did the setup for Amber Faleolo in Woburn, AirSense SN 1F96940490, humidifier added",
			[]want{{Name, "Amber Faleolo"}, {Address, "Woburn"}, {DeviceID, "1F96940490"}}},
		{"MarkdownName", "complaint from *Odile Marchand* of Woburn about the bill",
			[]want{{Name, "Odile Marchand"}, {Address, "Woburn"}}},
	})
}
