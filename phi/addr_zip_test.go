package phi

import "testing"

// A new ZIP is where someone moved, as a new address is; a facility's ZIP
// is no one's.
func TestScanNewZip(t *testing.T) {
	runCases(t, []scanCase{
		{"NewZip", "pt Ingeborg Straub moved — new ZIP is 03862, pls update the statement",
			[]want{{Name, "Ingeborg Straub"}, {Address, "03862"}}},
		{"ClinicZip", "our new clinic zip 01810 is on the flyer", nil},
	})
}

// A house number after a patient's or an account's label starts the
// street it is on, not a record number.
func TestScanStreetAfterRecordLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterPt", "mailing address per pt: 4418 Larkspur Ave, Dracut", []want{{Address, "4418 Larkspur Ave, Dracut"}}},
		{"RecordStays", "pt: 4418 needs a wheelchair", []want{{MRN, "4418"}}},
	})
}

// A street written without a suffix before "town ST ZIP" starts at its
// house number; a number that is a count, a unit's or a date's is no
// house number.
func TestScanUnsuffixedStreetBeforeTownStateZip(t *testing.T) {
	runCases(t, []scanCase{
		{"Capitalised", "swap for Kathleen Gonzalez: delivery to 210 Broadway Pelham NH 03076 on 10/7.",
			[]want{{Name, "Kathleen Gonzalez"}, {Address, "210 Broadway Pelham NH 03076"}, {Date, "10/7"}}},
		{"LowerWithComma", "she lives at 610 n adams, holdrege ne 68949",
			[]want{{Address, "610 n adams, holdrege ne 68949"}}},
		{"UnitNumber", "her apt 3 Lowell, MA 01852", []want{{Address, "Lowell, MA 01852"}}},
		{"DateBefore", "swap for Kathleen Gonzalez: delivery on 10/7 Pelham NH 03076.",
			[]want{{Name, "Kathleen Gonzalez"}, {Date, "10/7"}, {Address, "Pelham NH 03076"}}},
	})
}

// A street typed in lower case without a suffix after a residence cue is
// taken when its town or ZIP follows; a count after "at" is no street.
func TestScanLowerStreetWithoutSuffix(t *testing.T) {
	runCases(t, []scanCase{
		{"Town", "she lives at 468 broadway, ipswich", []want{{Address, "468 broadway, ipswich"}}},
		{"TwoWords", "he lives at 12 old colony, lynn", []want{{Address, "12 old colony, lynn"}}},
		{"Count", "she lives at 2 different places", nil},
		{"GroupHome", "the group home on 210 broadway, methuen 01844 has 2 openings", nil},
	})
}

// "<name> from <Town>" takes a listed town only, and not one whose name goes
// on as an organisation's: an unlisted word there is a firm's name as
// often as a town's.
func TestScanFromTownNotFirm(t *testing.T) {
	runCases(t, []scanCase{
		{"Firm", "Halvard Ostby from Cintrex is our new rep for the wound vac rentals.", []want{{Name, "Halvard Ostby"}}},
		{"Hospital", "Can we take R. Osei from Lowell General? trach/vent, 68yo", []want{{Name, "R. Osei"}}},
		{"Town", "Ana Diaz from Lowell fell at home, hip fx", []want{{Name, "Ana Diaz"}, {Address, "Lowell"}}},
	})
}

// A trip's town is no town when its name goes on as an organisation's.
func TestScanTravelTownNotOrg(t *testing.T) {
	runCases(t, []scanCase{
		{"Org", "Welcome Priya Anand to intake! she comes to us from Anna Jaques case management", nil},
		{"Town", "her son is driving in from Holyoke Tuesday to see her after the fall", []want{{Address, "Holyoke"}}},
	})
}

// A facility's address waits for a name even after the postal words that
// make an address personal ("mail", "address"), and a care home's house is
// no one's home; a pronoun still makes it someone's.
func TestScanFacilityMailAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"HospiceHouse", "Mail for the hospice house goes to 400 Amherst St, Nashua NH 03063, NOT the PO box.", nil},
		{"Lockbox", "new lockbox address is One Canal St, Lawrence, MA 01840 effective 2025-06-08. pls update the stmt template", nil},
		{"Firm", "Broussard & Kell LLP moved offices — new address 295 Varnum Ave, Lowell MA 01854. Update the vendor master.", nil},
		{"Hers", "mail her statement to 14 Elm St, Lynn MA 01902, the office has the old one",
			[]want{{Address, "14 Elm St, Lynn MA 01902"}}},
	})
}

// After a facility's noun a pronoun still makes an address someone's.
func TestScanFacilityMailToSomeone(t *testing.T) {
	runCases(t, []scanCase{
		{"Pronoun", "the clinic will mail her the form at 14 Elm St, Lynn MA 01902", []want{{Address, "14 Elm St, Lynn MA 01902"}}},
	})
}

// An organisation's letterhead, claims or courier address is no one's home.
func TestScanStationeryAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"Letterhead", "new letterhead address for Longview: 1124 Commerce Ave, Longview WA 98632. old suite number is on the fax cover too", nil},
		{"Courier", "courier address for the send-out specimens is 1200 Commonwealth Ave, Boston MA 02134, loading dock C", nil},
		{"Hers", "update the letter template with her new address, 14 Elm St, Lynn MA 01902", []want{{Address, "14 Elm St, Lynn MA 01902"}}},
	})
}

// The address after a department's name is the department's; after a
// person's name that ends in a department's word it is not.
func TestScanDepartmentAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"Dept", "Patient Relations is at 20 Maple Ave, 2nd fl, if the family in 305 wants to file a complaint in person", nil},
		{"Person", "home visit for Aditi Church at 1673 Birch Hollow Road Apt 3B, Chelsea MA 02150 Nov 28 10am",
			[]want{{Name, "Aditi Church"}, {Address, "1673 Birch Hollow Road Apt 3B, Chelsea MA 02150"}, {Date, "Nov 28"}}},
	})
}

// A funeral home's or an open care home's town is no one's home; the care
// home someone moved to is.
func TestScanCareHomeField(t *testing.T) {
	runCases(t, []scanCase{
		{"Funeral", "Okafor, 94, died peacefully 12/17 at 4:12 am. Family at bedside. Funeral home: Kirk & Sons.",
			[]want{{Name, "Okafor"}, {Age, "94"}, {Date, "12/17"}}},
		{"MovedIn", "she moved to the nursing home in Lynn last week", []want{{Address, "Lynn"}}},
	})
}

// A ward's name with its number, a payer's acronym, a crew "en route" and a
// funeral home's field are no one's address.
func TestScanNotATownOrStreet(t *testing.T) {
	runCases(t, []scanCase{
		{"Ward", "pump returned from Peds 4, pt Fitzgerald moved to Ortho 3", []want{{Name, "Fitzgerald"}}},
		{"Payer", "Lian Choi's ED visit from the stick got billed to her personal insurance — needs to be moved to WC.", []want{{Name, "Lian Choi"}}},
		{"EnRoute", "Rescue 40 en route w/ Phuong Yamamoto, 90, found down at 30 Tumbleweed Dr, Tamarack, Washington 98944",
			[]want{{Name, "Phuong Yamamoto"}, {Age, "90"}, {Address, "30 Tumbleweed Dr, Tamarack, Washington 98944"}}},
		{"Funeral", "Decedent info:\nName: Sullivan-Peaks, Harland J\nDOB: 1/2/1932\nFuneral home: Lydon & Sons, fax 781-555-0127",
			[]want{{Name, "Sullivan-Peaks, Harland J"}, {Date, "1/2/1932"}, {Phone, "781-555-0127"}}},
		{"Town", "she moved to Lowell 2 years ago", []want{{Address, "Lowell"}}},
	})
}

// A car's model after its year is no town, though towns share the name.
func TestScanCarModelNoTown(t *testing.T) {
	runCases(t, []scanCase{
		{"Year", "Pt's car was hit in our lot during her dialysis tx — Rosa Quintero, 2014 Silverado VIN 1GCVKREC4EZ219834.",
			[]want{{Name, "Rosa Quintero"}, {VehicleID, "1GCVKREC4EZ219834"}}},
	})
}

// A ride's pickup address is the rider's home, though the ride company's
// name ends in a facility's word; a courier's pickup at a medical center
// stays the center's.
func TestScanPickupAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"Ride", "ride for Odile Marchetti to dialysis booked w/ Ride to Care for Thursday, pickup at 88 Orchard Way 7:10am",
			[]want{{Name, "Odile Marchetti"}, {Address, "88 Orchard Way"}}},
		{"Courier", "Courier pickup for the specimen boxes: 442 Medical Center Dr, loading dock B", nil},
	})
}

// A ZIP labelled right after a person's name, or "zip for <someone> is",
// is that person's, with no other personal word in the message; a
// facility's stays no one's.
func TestZipOfPerson(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterName", "Odalys Etienne zip 12134 is outside our service area", []want{{Name, "Odalys Etienne"}, {Address, "12134"}}},
		{"ZipFor", "zip for lowe is 01844 not what we have", []want{{Name, "lowe"}, {Address, "01844"}}},
		{"ZipForClinic", "zip for the clinic is 01844", nil},
	})
}
