package phi

import "testing"

// Requests that name colleagues at work, with health words elsewhere in
// the message, and colleagues or patients the clause makes the patient
// (name_colleague.go).
func TestScanColleagueClause(t *testing.T) {
	runCases(t, []scanCase{
		// the party of a message or a meeting
		{"ReplyTo", "Reply to Gretchen Vanterpool: yes, we can host the site visit on the 14th", nil},
		{"OneOnOneHealthElsewhere", "Set up a 1:1 with Priyanka Deshmukh next week; the sepsis dashboard is still broken", nil},
		// a firm after the name, not a person at "at"
		{"FirmAfter", "Reply to Magnus at Philips: the MRI service quote goes to the capital committee", nil},
		// a staff member's own things
		{"StaffPhone", "Dr. Halvorsen's phone was stolen at the airport, wipe it and reset his VPN token", nil},
		{"StaffCar", "Dr. Okwuosa's car was broken into in the garage, his badge was in it", nil},
		// a colleague the clause makes the patient; a patient next to a doctor
		{"FirmPatient", "Augustin Kowalewski from Transport was admitted overnight with chest pain", []want{{Name, "Augustin Kowalewski"}}},
		{"StaffsPatient", "Dr. Halvorsen's patient Benedikt Aaltonen needs a callback about his MRI", []want{{Name, "Benedikt Aaltonen"}}},
	})
}

// A titled colleague is the patient when the clause says so right after
// the name ("is the pt", "is now a patient", a note in brackets between)
// or books "her own" care; a patient of someone else's clause is not
// theirs.
func TestColleagueIsThePatient(t *testing.T) {
	runCases(t, []scanCase{
		{"IsThePt", "heads up, scrub tech Priya Raman is the pt in bay 4 this morning", []want{{Name, "Priya Raman"}}},
		{"OwnCare", "Dr. Omar Haddad wants me to book his own MRI friday, not on the team calendar",
			[]want{{Name, "Omar Haddad"}}},
		{"PossessiveOwn", "the audit shows Dr. Miriam Oyelowo's own chart was opened by a coworker; she is a patient here too",
			[]want{{Name, "Miriam Oyelowo"}}},
		{"CallsAboutThePt", "Dr. Lena Ortiz called about the pt in bay 4", nil},
		{"SomeoneElsesPt", "nurse Ann Lowe said the owner is our pt in 12", nil},
		// where the colleague works may stand between the name and the
		// clause; "as a patient" says it as "is a patient" does
		{"AsAPatient", "Ms. Delacroix from patient access is in our ED as a patient, please keep it quiet",
			[]want{{Name, "Delacroix"}}},
		{"MedicalLeave", "Greta from the warehouse is out on medical leave until the 12th, don't share",
			[]want{{Name, "Greta"}, {Date, "the 12th"}}},
		{"Vacation", "Greta from the warehouse is out on vacation until the 12th", nil},
	})
}

// "Father", "Sister", "Brother" capitalised before a name and after no
// possessive are a religious title, weighed as "Dr." is; after "her",
// "his" or "the" they are kin.
func TestReligiousTitles(t *testing.T) {
	runCases(t, []scanCase{
		{"ChaplainColleague", "the rosary group meets at noon, Sister Philomena will lead it", nil},
		{"ThanksToFather", "thanks to Father Okonjo for covering the Sunday service", nil},
		{"KinAfterHer", "pt in 12 keeps asking for her Sister Philomena, can someone call", []want{{Name, "Philomena"}}},
	})
}

// "X is our new <role>" makes X a colleague; a patient's or a relative's
// word, or "rn" for "right now", is no role.
func TestCopulaRole(t *testing.T) {
	runCases(t, []scanCase{
		{"NewSupervisor", "Tomasz Wrona is the new night supervisor, say hello to him", nil},
		{"OurLiaison", "Tomasz Wrona is our new discharge liaison, say hello to him", nil},
		{"RightNow", "pt jamie is couch surfing rn, dob 4/2/1961", []want{{Name, "jamie"}, {Date, "4/2/1961"}}},
	})
}

// A role set off by a comma before a name ("our COO, X") is the
// colleague's title.
func TestRoleCommaName(t *testing.T) {
	runCases(t, []scanCase{
		{"OurCOO", "our COO, Wendell Okafor wants the visitor spots kept free", nil},
		{"UnitManager", "The PACU manager, Rosa Delgado, wants every incident report by Friday", nil},
	})
}

// "she's" is "she is" before a patient's verb in a colleague's clause.
func TestColleaguePatientContracted(t *testing.T) {
	runCases(t, []scanCase{
		{"Contracted", "heads up, our unit clerk Maya Lindgren is out, she's admitted upstairs", []want{{Name, "Maya Lindgren"}}},
		{"Work", "Dr. Maya Lindgren admitted 3 pts overnight", nil},
	})
}

// A record number labelled right after a name makes the value of an
// on-call field a patient; a pager number leaves it the clinician.
func TestOnCallPatientRecord(t *testing.T) {
	runCases(t, []scanCase{
		{"Chart", "on call overnight: Rosalind Imbert (MRN 5520931) needs a callback re her sutures", []want{{Name, "Rosalind Imbert"}, {MRN, "5520931"}}},
		{"Pager", "on call tonight: Rosalind Imbert, pager 4471", nil},
	})
}

// A colleague who passed a credential's exam is news about work, not a
// death; "passed away" still is.
func TestPassedExamColleague(t *testing.T) {
	runCases(t, []scanCase{
		{"Exam", "Marisol Vega passed her CCRN exam yesterday!!", nil},
		{"Died", "Marisol Vega passed away overnight, family at bedside", []want{{Name, "Marisol Vega"}}},
	})
}

// A street in a staff event's message is the event's venue: it makes no
// name there a patient's.
func TestStaffEventVenue(t *testing.T) {
	runCases(t, []scanCase{
		{"Orientation", "new hire orientation for Priyanka Desai: 3/9/26 8:30, HR at 200 Pleasant St", nil},
		{"Visit", "pt Tomasz Wren: 4/2/26 at 8, home visit at 14 Elm St", []want{{Name, "Tomasz Wren"}, {Date, "4/2/26"}, {Address, "14 Elm St"}}},
	})
}

// A name followed by "is the/our ... <role>" is a colleague's; "is our
// new patient" is not.
func TestRoleAfterCopula(t *testing.T) {
	runCases(t, []scanCase{
		{"Interpreter", "Interpreter services: Marisol Vega is the Khmer interpreter on days this week, ext 5160", nil},
		{"Patient", "Marisol Vega is our new patient on 5 West, fall risk", []want{{Name, "Marisol Vega"}}},
	})
}
