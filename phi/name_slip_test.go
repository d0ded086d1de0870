package phi

import "testing"

// A four-letter relative with two letters swapped is still the relative
// before a name in small letters; another four-letter slip is not read.
func TestSwappedShortRelative(t *testing.T) {
	runCases(t, []scanCase{
		{"Wife", "i think the wief odalys brandt brings him food from home", []want{{Name, "odalys brandt"}}},
		{"Aunt", "his anut odalys is the poa now", []want{{Name, "odalys"}}},
		{"Word", "the wiel was loose on the iv pole", nil},
	})
}

// A health word typed with a slip still makes the message one about care,
// in which lower-case names are read.
func TestSlippedHealthWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Discharge", "marisol okafor wants her dsicharge papers", []want{{Name, "marisol okafor"}}},
		{"Place", "the dsicharge lounge is closed for painting today", nil},
	})
}
