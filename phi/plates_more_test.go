package phi

import "testing"

// A plural "plates" goes on to each plate of its list, with its issuing
// state or not; after a state a plate may be digits alone.
func TestScanPlatesList(t *testing.T) {
	runCases(t, []scanCase{
		{"StateDigits", "the two cars in the ambulance bay: plates NH 4KR229 and VT 318-447, both visitors of the pt in 12",
			[]want{{VehicleID, "4KR229"}, {VehicleID, "318-447"}}},
		{"Count", "plates were NH 4KR229 and 14 more cars got tickets", []want{{VehicleID, "4KR229"}}},
	})
}
