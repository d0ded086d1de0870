package phi

import "testing"

// A ward's list numbers its patients by bed: a bed or room at the head of
// a numbered or bulleted item, or after a list's comma when a bed word or a
// dashed code makes it one, puts a patient after it; a care team's rounds
// are no staff event. A spine level, an ordinal and a price's code are no
// beds.
func TestRoomListNames(t *testing.T) {
	runCases(t, []scanCase{
		{"NumberedRounds", "IDT rounds today:\n1. bed 32\n2. 730-A Ignatius Polk\n3. triage 7 Wendeline Okafor",
			[]want{{Name, "Ignatius Polk"}, {Name, "Wendeline Okafor"}}},
		{"DashedCodeInParens", "pending labs:\n• 4W-17 (Brannigan) lipase due 1740\n• 724 vanc trough due 1215", []want{{Name, "Brannigan"}}},
		{"ListAfterColon", "admits: 608-A Thibodeaux, triage 3 Ferreira, pod C 7 Abernathy",
			[]want{{Name, "Thibodeaux"}, {Name, "Ferreira"}, {Name, "Abernathy"}}},
		{"InTriage", "@charge Ravensworth in triage 2 is a 2-assist, be careful", []want{{Name, "Ravensworth"}}},
		{"GrandRounds", "grand rounds today: Dr. Ifeoma Castellanos on sepsis bundles, lunch provided", nil},
		{"SpineLevel", "case 2 of the day: L4-5 Fusion, then C5-6 Anterior approach", nil},
	})
}

func TestSpineLevel(t *testing.T) {
	for w, want := range map[string]bool{"l4": true, "c5": true, "t12": true, "s1": true, "4w": false, "b12": false, "l": false, "t123": false} {
		if got := spineLevel(w); got != want {
			t.Errorf("spineLevel(%q) = %v, want %v", w, got, want)
		}
	}
}
