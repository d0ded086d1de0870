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

// A plate after its issuing state in capitals, in a message about a car,
// with no label; not an operating room or a state's ZIP.
func TestScanStatePlates(t *testing.T) {
	runCases(t, []scanCase{
		{"Towing", "towing tonight: NH 4KR229 is still in the staff lot after the visitor left", []want{{VehicleID, "4KR229"}}},
		{"Ticket", "the ticket on the windshield says VT 8DK4471, forward to the family", []want{{VehicleID, "8DK4471"}}},
		{"Room", "car seat check in OR 12B before the tow", nil},
		{"Zip", "parking office moved to Nashua NH 03060", nil},
	})
}
