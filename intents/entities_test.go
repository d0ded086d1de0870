package intents

import (
	"slices"
	"testing"
)

// TestAskEntities: subjects and people of the ask, from the list.
func TestAskEntities(t *testing.T) {
	cases := []struct {
		name, text, subject string
		people              []string
	}{
		{"LateToIsTheSubject", "let Raj know I'll be late to the budget review", "budget review", []string{"Raj"}},
		{"WriteBackHasNoSubjectBack", "write back to Dr. Imani", "", []string{"Dr. Imani"}},
		{"ReligiousTitle", "email Sister Mary Clare about the chapel schedule", "chapel schedule", []string{"Sister Mary Clare"}},
		{"TravelNounPhrase", "get me on a flight to DC Sunday night", "flight to DC", nil},
		{"ReminderAction", "remind me to call the CFO tomorrow at 9", "call the CFO", []string{"CFO"}},
		{"RoleAbbreviation", "send our GC the BAA", "BAA", []string{"GC"}},
		{"ListWithMe", "set up a call with Raj, Linda and me about the merger", "merger", []string{"Raj", "Linda"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			if r.Subject != tc.subject {
				t.Errorf("%q: subject = %q, want %q", tc.text, r.Subject, tc.subject)
			}
			got, want := slices.Clone(r.People), slices.Clone(tc.people)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q: people = %q, want %q", tc.text, r.People, tc.people)
			}
		})
	}
}
