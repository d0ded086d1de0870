package phi

import "testing"

// A ward's list numbers its patients by bed: a bed or room at the head of
// a numbered or bulleted item, or after a list's comma when a bed word or a
// dashed code makes it one, puts a patient after it; a care team's rounds
// are no staff event. A spine level, an ordinal and a price's code are no
// beds.
func TestRoomListNames(t *testing.T) {
	runCases(t, []scanCase{
		{"NumberedRounds", "ICU rounds at 0900:\n1. bed 12\n2. 730-A Ignatius Polk\n3. triage 4 Wendeline Okafor",
			[]want{{Name, "Ignatius Polk"}, {Name, "Wendeline Okafor"}}},
		{"DashedCodeInParens", "labs due:\n• 5E-12 (Brannigan) troponin at 0600\n• 631 cbc at 0400", []want{{Name, "Brannigan"}}},
		{"ListAfterColon", "tonight: 512-B Thibodeaux, triage 4 Ferreira, pod D 2 Abernathy",
			[]want{{Name, "Thibodeaux"}, {Name, "Ferreira"}, {Name, "Abernathy"}}},
		{"InTriage", "Ravensworth in triage 2 needs a sitter, very confused", []want{{Name, "Ravensworth"}}},
		{"GrandRounds", "grand rounds today: Dr. Ifeoma Castellanos on sepsis bundles, lunch provided", nil},
		{"SpineLevel", "case 2 of the day: L4-5 Fusion, then C5-6 Anterior approach", nil},
		{"SpineLevelInList", "or 5 handoff: pt doing well, l4-5 lami, ebl 400 ml, fluids 1500", nil},
	})
}

func TestSpineLevel(t *testing.T) {
	for w, want := range map[string]bool{"l4": true, "c5": true, "t12": true, "s1": true, "4w": false, "b12": false, "l": false, "t123": false} {
		if got := spineLevel(w); got != want {
			t.Errorf("spineLevel(%q) = %v, want %v", w, got, want)
		}
	}
}
