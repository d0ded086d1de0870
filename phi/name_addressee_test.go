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
		{"AddresseeThenTitle", "Bethany, Mr. Quaghebeur's check bounced — bank acct 004417829116. he's the one on 5 North, Tomas Quaghebeur",
			[]want{{Name, "Quaghebeur"}, {AccountNumber, "004417829116"}, {Name, "Tomas Quaghebeur"}}},
		{"ForeignGreeting", "Shalom, I am Dvora, wife of patient Avi Levin. Please call me on 617-555-0142.",
			[]want{{Name, "Dvora"}, {Name, "Avi Levin"}, {Phone, "617-555-0142"}}},
	})
}

// A worklist line: a full name after a labelled account number and before
// a patient's status in capitals is a name; an acronym of a place or a
// service after a name still makes it one.
func TestWorklistNames(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterAccountBeforeStatus", "DNFB - acct 30028471 Sanjay Raghunathan DC 2/14 stuck on missing op note",
			[]want{{AccountNumber, "30028471"}, {Name, "Sanjay Raghunathan"}, {Date, "2/14"}}},
		{"ServiceAcronym", "transfer to Boston EMS at 3", nil},
		{"HospitalED", "Mass General ED is on diversion", nil},
	})
}
