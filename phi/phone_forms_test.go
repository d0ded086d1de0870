package phi

import "testing"

// A number written as a phone is one after an organisation's label too; a
// meeting's id in blank-separated groups is not; an area code and seven
// digits after a phone cue, and ten digits after a desk or a line, are
// phones.
func TestPhoneForms(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterStoryLabel", "callback list: ortega story 541-867-2290", []want{{Name, "ortega"}, {Phone, "541-867-2290"}}},
		{"AfterCaseLabel", "case 603-867-0131 is the one to call back", []want{{Phone, "603-867-0131"}}},
		{"ZoomIDSpaced", "zoom 707 689 0672, passcode QA2025", nil},
		{"AreaThenSeven", "can you call 508-8670163 after 3?", []want{{Phone, "508-8670163"}}},
		{"SpanishCue", "mi teléfono es 915-7510311, gracias", []want{{Phone, "915-7510311"}}},
		{"AreaThenSevenNoCue", "ref 508-8670163 closed", nil},
		{"SlackTelLabel", "dispatch moved to <tel:+14135550191|4135550191>", []want{{Phone, "+14135550191"}, {Phone, "4135550191"}}},
		{"DeskGlued", "the supply desk is now 5183686127 (24/7)", []want{{Phone, "5183686127"}}},
	})
}

// Ten dialable digits that no pass claims and no label owns are a phone
// number; an order's, a ticket's, a meeting's or an NPI's number is not,
// nor ten digits the numbering plan cannot dial. An area code in
// parentheses makes a phone of the number after an organisation's word.
func TestBarePhones(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterHash", "left a voicemail, her # is 7815082264", []want{{Phone, "7815082264"}}},
		{"InParens", "the neighbour (4137720915) has a key", []want{{Phone, "4137720915"}}},
		{"AreaDashSeven", "try 978-2217340 after lunch", []want{{Phone, "978-2217340"}}},
		{"ElevenDigits", "she texted from 16175550142 again", []want{{Phone, "16175550142"}}},
		{"PurchaseOrder", "who approved 4517723301? the PO is over budget", nil},
		{"ZoomMeeting", "zoom for the huddle moved, id is now 8842210375", nil},
		{"NPIMentioned", "add the NPI for the Elm Street clinic to the form: 1245319599", nil},
		{"NotDialable", "1234567890 came up twice this morning", nil},
		{"ExchangeStartsOne", "4131550199 came up twice this morning", nil},
		{"AreaInParensAfterOrgWord", "claims go to the benefit fund: (312)555-0184", []want{{Phone, "(312)555-0184"}}},
		{"ZoomAreaShaped", "zoom (312) 555 0184 at noon", nil},
	})
}

// Two five-digit groups are an Indian mobile after a phone cue, written
// with a space or a hyphen; two billing codes with a slash, or a range of
// codes of one family, are no telephone number.
func TestFiveFiveGroups(t *testing.T) {
	runCases(t, []scanCase{
		{"IndianMobile", "his cell 98765 43210", []want{{Phone, "98765 43210"}}},
		{"CodesSlash", "are chaplains ever billed on the 99497/99498 claims?", nil},
		{"CodeRange", "home visits go under 99341-99345, not the ED codes", nil},
		{"RangeShapedAfterCell", "his cell 98765-98799", []want{{Phone, "98765-98799"}}},
	})
}

// An area code in parentheses followed by a dash, and an area code before
// a number typed digit by digit after a phone's cue, are phone numbers.
func TestScanPhoneParenDashAndSpacedDigits(t *testing.T) {
	runCases(t, []scanCase{
		{"ParenDash", "her cell (207)-952-2929 is the best one", []want{{Phone, "(207)-952-2929"}}},
		{"SpacedDigits", "his home # is 413 3 6 9 6 3 0 6", []want{{Phone, "413 3 6 9 6 3 0 6"}}},
		{"Room", "room (12)-4 is open", nil},
	})
}

// TestBarePhoneAfterSentence checks ten bare digits after a sentence that
// ends on a number: a record word of the sentence before labels nothing.
func TestBarePhoneAfterSentence(t *testing.T) {
	runCases(t, []scanCase{
		{"NewSentence", "Rosalind wants the flow chart by 4. 6174429031",
			[]want{{Phone, "6174429031"}}},
	})
}
