package phi

import "testing"

// Plates after the car they are on: a vehicle noun before a field's dash,
// equals sign or a colon later in the clause, a make or model of
// vehicle.txt, a hired car's noun; a fleet number is none.
func TestScanCarPlates(t *testing.T) {
	runCases(t, []scanCase{
		{"NounDash", "vehicle – 2bxq71 | ins – bcbs", []want{{VehicleID, "2bxq71"}}},
		{"NounEquals", "Pls check:\n• *Vehicle* = `517 KRT`", []want{{VehicleID, "517 KRT"}}},
		{"ColonLater", "the vehicle in the ED bay: 5xp 9921, registered to the pt's son", []want{{VehicleID, "5xp 9921"}}},
		{"Make", "he drives a blue honda 6KLM221 to dialysis", []want{{VehicleID, "6KLM221"}}},
		{"Model", "her camry 7TRK442 is in lot C", []want{{VehicleID, "7TRK442"}}},
		{"Ambulette", "ambulette 7JXR32 waiting at the south door", []want{{VehicleID, "7JXR32"}}},
		{"FleetNumber", "Vehicle 12 is out of service today", nil},
		{"Charger", "the charger MX2201 is back in stock", nil},
	})
}

// Device serials: "ser no." as forms abbreviate "serial number", home
// monitors and controllers as worn devices.
func TestScanDeviceForms(t *testing.T) {
	runCases(t, []scanCase{
		{"SerNo", "insulin pump for her, ser no. QX77120938, alarms at night", []want{{DeviceID, "QX77120938"}}},
		{"Monitor", "home monitoring hub for him, serial number HM4-22817, shows offline", []want{{DeviceID, "HM4-22817"}}},
		{"SerAlone", "ser 4 of the lecture series is at 3pm", nil},
	})
}

// A house number with a half written after a dash is one address with its
// street, not a date.
func TestScanHalfHouseNumber(t *testing.T) {
	runCases(t, []scanCase{
		{"DashHalf", "send the packet to her home, 58-1/2 Elm Street, Salem, OR", []want{{Address, "58-1/2 Elm Street, Salem, OR"}}},
		{"Range", "the flyer lists items 1-1/2 and 3", nil},
		// a vulgar fraction after the number
		{"FractionChar", "send the packet to her home, 58½ Elm Street, Salem, OR", []want{{Address, "58½ Elm Street, Salem, OR"}}},
		{"FractionDose", "give 2½ tabs of acetaminophen at 2200", nil},
	})
}

// A capitalised make before its plate is the car's, no person's name.
func TestScanCarMakeNoName(t *testing.T) {
	runCases(t, []scanCase{
		{"Camry", "the visitor in the ED lot has a white Camry 4VGD47", []want{{VehicleID, "4VGD47"}}},
	})
}

// A town that is also a car's name, before a state's code and a ZIP, ends
// an address: the state and the ZIP are no plate.
func TestScanTownNamedLikeCar(t *testing.T) {
	runCases(t, []scanCase{
		{"Tucson", "Bettina Sorrell lives at 12 Quail Run Rd Tucson AZ 85711.", []want{{Name, "Bettina Sorrell"}, {Address, "12 Quail Run Rd Tucson AZ 85711"}}},
		{"PlateAfterState", "her son parks his Tucson AZ 4TRW19 in the garage", []want{{VehicleID, "4TRW19"}}},
	})
}

// "DL" before a short number is an airline's flight; a driver's licence
// number is longer in every state.
func TestScanDLFlight(t *testing.T) {
	runCases(t, []scanCase{
		{"Flight", "Flight: DL 2204 BOS to ATL dep 6:05a, seat 3C", nil},
		{"Licence", "Wendell Oakes DL S88123407 expired", []want{{Name, "Wendell Oakes"}, {LicenseNumber, "S88123407"}}},
	})
}

// A tag that a thing carries (an asset's, biomed's) holds no car's plate;
// a car's tag does.
func TestScanThingTags(t *testing.T) {
	runCases(t, []scanCase{
		{"AssetTagIs", "the loaner defib's asset tag is QX-00419, it is in the cage", nil},
		{"BiomedTag", "the warmer needs a new cord, biomed tag wx-22817", nil},
		{"CarTag", "Wendell Oakes's car tag is 4KD-221, parked in the bay", []want{{Name, "Wendell Oakes"}, {VehicleID, "4KD-221"}}},
	})
}

// A transmitter's six-character serial has one digit or more: "G6
// transmitter 8RK4QT". A device noun before a word or a count stays none.
func TestScanShortTransmitterSerials(t *testing.T) {
	runCases(t, []scanCase{
		{"OneDigit", "Mrs. Abernathy wears a Dexcom, transmitter QK7TRV, it keeps alarming on 5W", []want{{Name, "Abernathy"}, {DeviceID, "QK7TRV"}}},
		{"Word", "Mrs. Abernathy wears a Dexcom, transmitter ALARMS on 5W", []want{{Name, "Abernathy"}}},
	})
}
