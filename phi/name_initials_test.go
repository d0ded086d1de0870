package phi

import "testing"

// Initials alone are a person where they are set off as one: a room or an
// identifier after them, or, in a message about care, a note in brackets
// after them or a preposition before them. Dotted labels, countries,
// states and initials inside a word or before a surname are left.
func TestInitialsNames(t *testing.T) {
	runCases(t, []scanCase{
		{"RoomAfter", "T.B. in rm 12 keeps asking for her son", []want{{Name, "T.B."}}},
		{"IdentifierAfter", "credit the copay back to J.M. (acct 5521907734) by friday",
			[]want{{Name, "J.M."}, {AccountNumber, "5521907734"}}},
		{"PrepositionInCare", "sitter needed for W.K. tonight, pulling at the iv line", []want{{Name, "W.K."}}},
		{"DottedLabel", "D.O.B. 3/4/1950 for the new intake", []want{{Date, "3/4/1950"}}},
		{"Country", "shipping the U.S. forms to the vendor today", nil},
		{"InsideWord", "the ActiV.A.C. units arrive next month", nil},
		{"MiddleInitials", "welcome Joan R.T. Maddox to the billing team", nil},
		{"NoSetting", "the kickoff with P.K. is at noon", nil},
	})
}

// An initial in small letters before a listed surname is weighed as a
// name, and takes a surname found alone; a middle initial after a given
// name, a clinician after "dr." and a species after its genus's initial
// are left.
func TestLowerInitialNames(t *testing.T) {
	runCases(t, []scanCase{
		{"FromPACU", "pls clean bay 9 asap, t. okonkwo coming up from pacu", []want{{Name, "t. okonkwo"}}},
		{"SurnameFoundAlone", "can someone walk r. delgado (ed 14) to the discharge lounge", []want{{Name, "r. delgado"}}},
		{"Species", "grew e. coli and s. aureus, c. diff neg", nil},
		{"MiddleInitial", "budget review with helen p. alexander at 3", nil},
		{"Clinician", "spoke with dr. p. keller about the block", nil},
	})
}
