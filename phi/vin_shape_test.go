package phi

import "testing"

// A VIN whose check digit fails is a VIN still, in any message (the
// corpora's writers label every run of a VIN's shape one); a code of
// another length or with letters at its end is not.
func TestScanVINShape(t *testing.T) {
	runCases(t, []scanCase{
		{"CarNoCheckDigit", "the car the pt's son left in the garage: 2HGFC2F59KH512347, security has the keys", []want{{VehicleID, "2HGFC2F59KH512347"}}},
		{"NoVehicle", "courier tracking 1Z999AA10123456784 for the lab samples", nil},
		{"SerialTail", "asset JTDKB20U8E7012AB9 is the new pump", nil},
		{"PlatesWere", "the plates were NH 4KT229, he parked in the ambulance bay again", []want{{VehicleID, "4KT229"}}},
	})
}

func TestVINShape(t *testing.T) {
	for v, want := range map[string]bool{
		"2HGFC2F59KH512347": true,
		"2HGFC2F59KH5123O7": false, // an O
		"2HGFC2F59KH51234A": false, // a letter in the serial
		"12345678901234567": false, // no letters
		"2HGFC2F59KH51234":  false, // 16
	} {
		if vinShape(v) != want {
			t.Errorf("vinShape(%q) = %v, want %v", v, !want, want)
		}
	}
}
