package phi

import "testing"

// A lone lower-case given name that is no English word, outside a
// personal message and a person's frame, is scored by the name model
// above its threshold by loneGivenMargin: taken where the message is about
// the person's care, left where it is about a colleague's work.
func TestScanLoneLowerGiven(t *testing.T) {
	runCases(t, []scanCase{
		{"Parenthetical", "radhika (the one who sings at night) got moved to 3 West", []want{{Name, "radhika"}}},
		{"Welfare", "is svetlana ok?? her sister says she is not answering", []want{{Name, "svetlana"}}},
		{"Colleague", "can svetlana cover the front desk at 2? thanks!", nil},
		{"TeamLunch", "lunch order for the team: oksana wants the salad", nil},
	})
}

// An inverted record's given name is read with its surname, not alone.
func TestScanLoneGivenInRecord(t *testing.T) {
	s := new(scanner)
	s.reset("order for kowalczyk, oksana m., zip 01121")
	var comma int
	for k := range s.toks {
		if s.is(k, ',') {
			comma = k
			break
		}
	}
	if s.loneGiven(comma + 1) {
		t.Errorf("%q after an inverted surname and before an initial counts as a lone given name", s.w(comma+1))
	}
	s.reset("the new shower chair for oksana came today")
	for k := range s.toks {
		if s.w(k) == "oksana" && !s.loneGiven(k) {
			t.Errorf("%q alone is not a lone given name", s.w(k))
		}
	}
}

// An everyday word's abbreviation (SCOWL's lists: "auth", "reg") opening a
// sentence is no name, capitalised as it is.
func TestScanAbbreviationNoName(t *testing.T) {
	runCases(t, []scanCase{
		{"Auth", "Auth still pending for Halvorsen's MRI, DOB 4/2/1951", []want{{Name, "Halvorsen"}, {Date, "4/2/1951"}}},
		{"Reg", "Reg desk says Tomasz Wierzbicki (MRN 4471902) needs a new wristband", []want{{Name, "Tomasz Wierzbicki"}, {MRN, "4471902"}}},
	})
}
