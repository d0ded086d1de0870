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
