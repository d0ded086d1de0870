package phi

import "testing"

// A second identifier written as a found one is of the same kind: a
// correction, a duplicate chart, an old and a new account.
func TestScanSiblingIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"Correction", "member ID on file HPH-00739152 is wrong, she says it's HPH-00739125",
			[]want{{HealthPlanID, "HPH-00739152"}, {HealthPlanID, "HPH-00739125"}}},
		{"Merge", "mrn 004812773 has two charts, HIM says merge w/ 004812737",
			[]want{{MRN, "004812773"}, {MRN, "004812737"}}},
		{"OldAndNew", "acct 88120433 shows a credit that belongs on 88120467",
			[]want{{AccountNumber, "88120433"}, {AccountNumber, "88120467"}}},
		// another form is another number
		{"OtherForm", "MRN 4410293, the room phone is 617-555-0142 ext 4410", []want{{MRN, "4410293"}, {Phone, "617-555-0142 ext 4410"}}},
		// a value a block label owns stays the organisation's
		{"Blocked", "MRN 4410293 was on invoice 4410888 by mistake", []want{{MRN, "4410293"}}},
		// part of a longer value is no sibling
		{"Longer", "MRN 4410293 and order 44102931-A", []want{{MRN, "4410293"}}},
	})
}

// The values listed with a found record number take its type whatever
// their shape; an amount, a date or a phone in the list does not.
func TestScanIDListPeers(t *testing.T) {
	runCases(t, []scanCase{
		{"After", "two charts for Odile Brennan, MRN 55018823 and 7734019, pls merge",
			[]want{{Name, "Odile Brennan"}, {MRN, "55018823"}, {MRN, "7734019"}}},
		{"Before", "dup charts 66120, 7734019 and MRN 55018823 for Odile Brennan",
			[]want{{MRN, "66120"}, {MRN, "7734019"}, {MRN, "55018823"}, {Name, "Odile Brennan"}}},
		{"Amount", "MRN 55018823, $12,400 and 3/14/2025 for Odile Brennan", []want{{MRN, "55018823"}, {Date, "3/14/2025"}, {Name, "Odile Brennan"}}},
	})
}
