package phi

import "testing"

// A part of a name given in full is the same person when said again, even
// a part that is also a month, a weekday or a modal verb; not where it
// reads as that word or starts another proper name.
func TestNameParts(t *testing.T) {
	runCases(t, []scanCase{
		{"MonthGiven", "pt April Castellanos in 12 is npo after midnight. tell April the surgeon is running late",
			[]want{{Name, "April Castellanos"}, {Name, "April"}}},
		{"WeekdayGiven", "Tuesday Abernathy-Cole fell at home and was admitted; Tuesday asked for her glasses",
			[]want{{Name, "Tuesday Abernathy-Cole"}, {Name, "Tuesday"}}},
		{"MonthAfterPreposition", "pt April Castellanos fell at home; her cardiology follow-up is in April",
			[]want{{Name, "April Castellanos"}}},
		{"ModalAtSentenceStart", "Will Ashgrove in 4 spiked a fever overnight. Will let the day team know.",
			[]want{{Name, "Will Ashgrove"}}},
		{"FoundationName", "donor Harriet Pemberton was admitted to 6 North last night; the Pemberton Family Foundation gala is off",
			[]want{{Name, "Harriet Pemberton"}}},
	})
}
