package phi

import "testing"

// The colleague a message opens by addressing is no patient; a name
// followed by an age, a number or another name is not addressed.
func TestAddressee(t *testing.T) {
	runCases(t, []scanCase{
		{"CommaAddressee", "Lorraine, voicemail for Dr V from a patient's wife: her husband Ignatius Polk isn't eating",
			[]want{{Name, "Ignatius Polk"}}},
		{"DashAddressee", "Jamal — the disability claim for Luz Ocampo came back, surgery 5/19",
			[]want{{Name, "Luz Ocampo"}, {Date, "5/19"}}},
		{"GreetingAddressee", "hi Kirsten, can you cover Mrs. Ahlquist Thurs? DOB 7/4/1929", []want{{Name, "Ahlquist"}, {Date, "7/4/1929"}}},
		{"NameThenAge", "Maria Ostrowski, 92, fell at home", []want{{Name, "Maria Ostrowski"}, {Age, "92"}}},
		{"GivenThenAge", "Maria, 92, fell at home this morning, daughter on the way", []want{{Name, "Maria"}, {Age, "92"}}},
	})
}
