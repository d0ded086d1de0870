package phi

import "testing"

// Record numbers typed where a record puts them, right after the person:
// in parentheses, after the birth date on a printed line, between the
// slashes of a handoff; not a count, a year, a room or an extension.
func TestScanRecordIDAfterName(t *testing.T) {
	runCases(t, []scanCase{
		{"Parens", "no-show again: Margaret Hughes (E4471902), last seen in March", []want{{Name, "Margaret Hughes"}, {MRN, "E4471902"}}},
		{"ParensSpaced", "pt Margaret Hughes (552 8104) left AMA", []want{{Name, "Margaret Hughes"}, {MRN, "552 8104"}}},
		{"PrintedLine", "the wristband printed HUGHES, MARGARET A March 3, 1941 5528104 on one line",
			[]want{{Name, "HUGHES, MARGARET A"}, {Date, "March 3, 1941"}, {MRN, "5528104"}}},
		{"PrintedSpaced", "the wristband printed HUGHES, MARGARET A March 3, 1941 552 8104 on one line",
			[]want{{Name, "HUGHES, MARGARET A"}, {Date, "March 3, 1941"}, {MRN, "552 8104"}}},
		{"Handoff", "handoff: Margaret Hughes / 552 8104 / CHF / DNR", []want{{Name, "Margaret Hughes"}, {MRN, "552 8104"}}},
		{"Extension", "Margaret Hughes (x4410) called back", []want{{Name, "Margaret Hughes"}}},
		{"Year", "Margaret Hughes (1941) was the donor", []want{{Name, "Margaret Hughes"}}},
		{"Count", "pt Margaret Hughes (2 visits) is here", []want{{Name, "Margaret Hughes"}}},
		{"HandoffRoom", "handoff: Margaret Hughes / rm 4410 / CHF", []want{{Name, "Margaret Hughes"}}},
		// a prefix of two or three letters, not a ticket's
		{"LetterPrefix", "no-show again: Margaret Hughes (HX4471902), last seen in March", []want{{Name, "Margaret Hughes"}, {MRN, "HX4471902"}}},
		{"TicketPrefix", "no-show again: Margaret Hughes (INC0012345), last seen in March", []want{{Name, "Margaret Hughes"}}},
	})
}

// Ten digits in one piece are a phone number with an extension after them,
// a phone noun earlier in the clause, "#" after a word that owns a number
// to call, as the alternative to an e-mail address, or with zero-width
// characters between their groups; not an order's or an invoice's number.
func TestScanBarePhoneCues(t *testing.T) {
	runCases(t, []scanCase{
		{"Extension", "forms go to the intake desk, 6175550142 ext. 31", []want{{Phone, "6175550142 ext. 31"}}},
		{"NounFarBack", "the cell for the reunion next month is 6175550142 .", []want{{Phone, "6175550142"}}},
		{"Hash", "best # is 6175550142 after 5", []want{{Phone, "6175550142"}}},
		{"OrEmail", "write to pbx@example.org or 6175550142 for the roster", []want{{Email, "pbx@example.org"}, {Phone, "6175550142"}}},
		{"ZeroWidth", "the son 1\u200b617\u200b555\u200b0142 wants a call", []want{{Phone, "1\u200b617\u200b555\u200b0142"}}},
		{"SpelledPauses", "the number is six one seven... five five five... oh one four two", []want{{Phone, "six one seven... five five five... oh one four two"}}},
		{"OrderHash", "order # is 6175550142 for the gloves", nil},
		{"Invoice", "invoice 6175550142 is past due", nil},
		{"Plain", "batch totals 6175550142 for the quarter", nil},
	})
}

// A bare "ID" and its number in a message that names a patient are the
// patient's; a ticket's, an employee's or a meeting's are not.
func TestScanBareIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterName", "pt Marisol Vega, ID 4410029381, wants her portal reset", []want{{Name, "Marisol Vega"}, {MRN, "4410029381"}}},
		{"PayerAcronym", "eligibility check for Ruth Abara, DOB 2/9/1961, WXP ID 0091123344", []want{{Name, "Ruth Abara"}, {Date, "2/9/1961"}, {MRN, "0091123344"}}},
		{"Employee", "pt Marisol Vega was seen by Dr. Hale, employee ID 4410029381 on the audit log", []want{{Name, "Marisol Vega"}}},
		{"NoPatient", "ticket ID 44120093 for the printer on 5 West", nil},
	})
}

// A ZIP code set off after a name, with nothing after it, is where the
// person lives; a number that goes on is not a ZIP.
func TestScanZIPAfterName(t *testing.T) {
	runCases(t, []scanCase{
		{"CommaZIPEnd", "can we expedite the bed for ms okonkwo-hale, 02301. not urgent", []want{{Name, "okonkwo-hale"}, {Address, "02301"}}},
		{"CommaZIPDash", "complaint letter came in for Mr. Abernathy-Lowe, 60618 — asking for a call", []want{{Name, "Abernathy-Lowe"}, {Address, "60618"}}},
		{"ZIPPlusFour", "pt Ana Rosenthal-Diaz, 44201-3321.", []want{{Name, "Ana Rosenthal-Diaz"}, {Address, "44201-3321"}}},
		{"Range", "pt Ana Rosenthal-Diaz, 44201/44202 are the two plans", []want{{Name, "Ana Rosenthal-Diaz"}}},
	})
}

// A record's number in parts joined by dashes, a letter prefix or not, in
// brackets after a name is that person's; a number with a two-digit suffix
// there is a prescription's, a phone or a date keeps its own type.
func TestScanPartsRecordAfterName(t *testing.T) {
	runCases(t, []scanCase{
		{"LetterPrefix", "refund check for Kerry Smith (PA-363805) came back undeliverable", []want{{Name, "Kerry Smith"}, {MRN, "PA-363805"}}},
		{"Groups", "LOS over 7 days: Farah L. Collins (44-04-263), Mason Castillo (M94-58515)",
			[]want{{Name, "Farah L. Collins"}, {MRN, "44-04-263"}, {Name, "Mason Castillo"}, {MRN, "M94-58515"}}},
		{"Phone", "call Kerry Smith (555-201-3344) about the refund", []want{{Name, "Kerry Smith"}, {Phone, "555-201-3344"}}},
	})
	s := new(scanner)
	s.reset("x (63814852-01)")
	if e := s.partsRecord(2); e >= 0 {
		t.Errorf("partsRecord read a number with a two-digit suffix")
	}
}
