package phi

import "testing"

// Lower-case names that a dictionary word's tests would refuse: a head
// glued to its tail ("o'neill", "al-hashimi"), a given name with a verb's
// ending ("xiaoming"), a surname one slip from a word after a title.
func TestScanGluedLowerNames(t *testing.T) {
	runCases(t, []scanCase{
		// a listed head glued to a name by an apostrophe or a hyphen
		{"Apostrophe", "the o'halloran family asked if the bill can go to their lawyer", []want{{Name, "o'halloran"}}},
		{"HyphenParticle", "reach the hcp at 508-555-0142 re al-hashimi", []want{{Phone, "508-555-0142"}, {Name, "al-hashimi"}}},
		// (a name the ordinary path reads whole keeps its given name)
		{"GivenBeforeGlued", "estimate for rosalind o'driscoll: cpt 45378 on 2024-12-04, est. patient resp $400",
			[]want{{Name, "rosalind o'driscoll"}, {Date, "2024-12-04"}}},
		// words joined so are words
		{"XRay", "pls get an x-ray and a follow-up for the pt in 4", nil},
		{"MeetAndGreet", "can someone cover the airport meet-and-greet saturday? i have a wedding", nil},
		{"CheckIn", "the check-in kiosk on 2 is down again, pts are lining up", nil},
		// a verb's ending on no word's stem is a name's
		{"IngName", "son xiaoming can't drive in from fall river tonight", []want{{Name, "xiaoming"}, {Address, "fall river"}}},
		{"IngWord", "the pt in 4 was rebadging the iv pole again", nil},
		{"IngSlip", "admutting the pt in 4 to tele, mrn 005946611", []want{{MRN, "005946611"}}},
		// after a title a word one slip from another is a surname
		{"TitledSlip", "pls call mr. thant back re: the paperwork, 339-555-0142", []want{{Name, "thant"}, {Phone, "339-555-0142"}}},
	})
}

// A listed surname that no dictionary holds is a name whatever it ends in,
// though "-ist" and "-ly" end derived words.
func TestScanLowerSurnameSuffix(t *testing.T) {
	runCases(t, []scanCase{
		{"Ist", "visit note: pt bergqvist, 97, lives alone, needs a shower chair", []want{{Name, "bergqvist"}, {Age, "97"}}},
		{"DerivedWord", "the pt in 4 needs a pharmacist consult before discharge", nil},
	})
}
