package phi

import "testing"

// The participants of a pasted conversation are colleagues: the names at
// the heads of its lines, with a time or taking turns, are no patients;
// a patient named in what they wrote still is. A list of patients with a
// colon after each name, once each, and a form's field labels are no
// conversation.
func TestSpeakers(t *testing.T) {
	runCases(t, []scanCase{
		{"Timed", "9:02 Odalys Brennan: can someone cover the 2pm intake?\n9:04 Tomasz: on it\n9:10 Odalys Brennan: thanks", nil},
		{"BoldTurns", "**Renata Solberg**: is the fax fixed?\n**Kwame**: not yet\n**Renata Solberg**: ok will call them", nil},
		{"DashTurns", "oksana - the badge printer on 3 is jammed again\nbertrand - ugh ok\noksana - swapping it at lunch", nil},
		{"SlackHeaders", "Delphine Arceneaux  7:09 PM\nMr Polk in 4 is asking for his daughter again, DOB 3/2/1941\nMarcus Okoye  7:12 PM\ncalling her now",
			[]want{{Name, "Polk"}, {Date, "3/2/1941"}}},
		// the header of one copied message is a conversation of its own
		{"ChatHeader", "Ifeoma Castellano  6:15 PM\nGreenleaf, Tobiah R. DOB 2/3/1961 MRN 48120937, f/u due 9/2",
			[]want{{Name, "Greenleaf, Tobiah R."}, {Date, "2/3/1961"}, {MRN, "48120937"}, {Date, "9/2"}}},
		{"PatientInTheirWords", "10:01 Ines Carvalho: pt Wendell Nakamura in 12 wants his daughter called\n10:03 Bo: on it",
			[]want{{Name, "Wendell Nakamura"}}},
		{"PatientList", "Lakshmi Patel: npo after mn, ct at 0600\nGideon Ferreira: k 3.1, repleting",
			[]want{{Name, "Lakshmi Patel"}, {Name, "Gideon Ferreira"}}},
		{"FormLabels", "Patient: Wendell Nakamura\nReason: wants a callback about his bill", []want{{Name, "Wendell Nakamura"}}},
	})
}

// clockAt reads the times a conversation's lines carry.
func TestClockAt(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int // tokens of the time, 0 for none
	}{
		{"7:13 x", 3}, {"16:42 x", 3}, {"7:09 PM x", 4}, {"7:09pm x", 3}, {"[9:18 am] x", 6},
		{"3:4 x", 0}, {"[9:18 x", 0}, {"7:09xy x", 0}, {"note: x", 0}, {"2024:10 x", 0},
	} {
		s := &scanner{}
		s.reset(c.text)
		if got := s.clockAt(0); got != c.n {
			t.Errorf("clockAt(%q) = %d tokens, want %d", c.text, got, c.n)
		}
	}
}

// headerLine wants a name's line closed by a clock time and more text
// below it.
func TestHeaderLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Ifeoma Castellano  6:15 PM\nthe text", true},
		{"Ifeoma Castellano  6:15 PM", false},
		{"Ifeoma Castellano  6:15 PM for the huddle\nthe text", false},
	} {
		s := &scanner{}
		s.reset(c.text)
		if got := s.headerLine(1); got != c.want {
			t.Errorf("headerLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
