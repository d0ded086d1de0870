package phi

import "testing"

// A word given as someone's name is a name, whatever else it means.
func TestScanNamingClauses(t *testing.T) {
	runCases(t, []scanCase{
		{"QuotedCallHim", "pt in 8 says call him 'duke', the armband says otherwise", []want{{Name, "duke"}}},
		{"HisNameIsQuoted", "ems brought a man who says his name is 'tank', no id, approx 50s", []want{{Name, "tank"}}},
		{"GoesBy", "the kid in 3 goes by River, mom is at work till 5", []want{{Name, "River"}}},
		{"Nickname", "her nickname is Peaches and she only answers to that", []want{{Name, "Peaches"}}},
		{"KinNameIsModal", "son's name is Will, he is the HCP", []want{{Name, "Will"}}},
		{"LowerEndsClause", "walk-in says her name is juniper, no last name given", []want{{Name, "juniper"}}},
		// words after the cues that are no names
		{"CallBack", "pt's daughter wants you to call her back after rounds", nil},
		{"CallFirst", "the HCP is the niece, call her first if anything changes", nil},
		{"Spelled", "pt says her name is spelled wrong on the wristband, registration is fixing it", nil},
		{"CallHerRole", "ask the unit clerk to call her supervisor about the schedule", nil},
		{"ThingNamed", "the new sepsis workflow is called Sentinel in Epic", nil},
	})
}

// "call them Fri" names a day, not a person; a patient's word that ends
// its sentence is no cue for the next sentence's first word.
func TestScanNamingDayAndSentenceEnd(t *testing.T) {
	runCases(t, []scanCase{
		{"CallDay", "The Oakhurst Foundation grant is confirmed. Dr R will call them Fri.", nil},
		{"CallTuesday", "the vendor says to call them Tuesday about the pumps", nil},
		{"NameStays", "her grandson - we call him Dutch - is the hcp", []want{{Name, "Dutch"}}},
		{"SentenceEnd", "The subpoena is for Dr. Osei's personnel file, not a patient. Forwarding to HR legal.", nil},
	})
}
