package phi

import "testing"

// A street with no suffix is read when a home's unit follows it.
func TestScanStreetWithoutSuffix(t *testing.T) {
	runCases(t, []scanCase{
		{"AptAndTown", "DC home today, VNA intake: Mirela Dunca, 118 Broadway Apt 6, Chelsea, cell 555-301-2298",
			[]want{{Name, "Mirela Dunca"}, {Address, "118 Broadway Apt 6, Chelsea"}, {Phone, "555-301-2298"}}},
		{"LivesAtLowerApt", "pt Joao Pires lives at 40 Bowdoin apt 3 with his son", []want{{Name, "Joao Pires"}, {Address, "40 Bowdoin apt 3"}}},
		{"HashAndZip", "her address is 9 Kenmore #12, Lynn MA 01902", []want{{Address, "9 Kenmore #12, Lynn MA 01902"}}},
		{"UnitAndTown", "Mrs. Ines Roque, 250 Hampshire Unit 7, Cambridge, needs a ride", []want{{Name, "Ines Roque"}, {Address, "250 Hampshire Unit 7, Cambridge"}}},
		{"AptDotted", "Rosa Lind, 14 Bowdoin Apt. 2B, Dorchester MA 02122", []want{{Name, "Rosa Lind"}, {Address, "14 Bowdoin Apt. 2B, Dorchester MA 02122"}}},
		{"WardUnit", "pt moved from 7 West Unit 4 to the ICU overnight", nil},
		{"DrugNumber", "Ms. Tran got 2 Tylenol #3 at 0400 for pain", []want{{Name, "Tran"}}},
		{"ClinicSuite", "send the invoice to our clinic at 77 Broadway Suite 400", nil},
		{"VendorOffice", "the vendor office is at 500 Commonwealth Apt 2", nil},
		{"DeptUnit", "3 Pediatrics Unit 2 beds are open", nil},
		{"AppointmentAbbrev", "pt Rosa Lind has 2 Cardiology apt 3/4 and 3/9", []want{{Name, "Rosa Lind"}, {Date, "3/4"}, {Date, "3/9"}}},
		{"CommaBeforeApt", "Tomasz Wren, 62 Ridgeway, Apt 14, Malden MA 02148", []want{{Name, "Tomasz Wren"}, {Address, "62 Ridgeway, Apt 14, Malden MA 02148"}}},
		{"CommaAppointment", "pt Rosa Lind has 2 Cardiology, apt 3/4", []want{{Name, "Rosa Lind"}, {Date, "3/4"}}},
	})
}

// "lived" introduces a town of residence as "lives" does.
func TestScanLivedIn(t *testing.T) {
	runCases(t, []scanCase{
		{"HasLived", "the patient's sister says Mrs. Halvorsen has lived in Wakefield for thirty years",
			[]want{{Name, "Halvorsen"}, {Address, "Wakefield"}}},
		{"LivedWith", "pt Edda Moss lived with her son in Saugus until the fall", []want{{Name, "Edda Moss"}, {Address, "Saugus"}}},
		{"LivedInFear", "she lived in fear of another fall", nil},
		{"LivesInDenial", "he lives in denial about his drinking", nil},
		{"LivesLowerTown", "pt lives in east boston with her son", []want{{Address, "east boston"}}},
	})
}

// A street needs a name: a house number, a compass letter and "dr" is a
// clock time "with Dr." someone.
func TestScanStreetNeedsName(t *testing.T) {
	runCases(t, []scanCase{
		{"WithDoctor", "f/u w cards is at 1040 w dr feld, ride booked for 0930", nil},
		{"WithDoctorTitled", "her visit is 6/17 at 10:40 w Dr. Sandoval in the heart center", []want{{Date, "6/17"}}},
		{"CompassAndName", "she lives at 12 N Main St, Lowell", []want{{Address, "12 N Main St, Lowell"}}},
	})
}

// A state alone is no address by the label rules; a town of residence is.
func TestScanStateIsNoAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"KinInState", "pt lives alone, daughter is in Ohio, needs VNA", nil},
		{"MovedToState", "she moved to New Hampshire last year, pt of ours since 2019", nil},
		{"KinInTown", "pt lives alone, daughter is in Nashua, needs VNA", []want{{Address, "Nashua"}}},
	})
}

// The street a named person or "she's" is on, with no house number, and
// the town after it.
func TestScanOnStreetAfterPerson(t *testing.T) {
	runCases(t, []scanCase{
		{"Pronoun", "Callback for Deolinda Furtado is 978-555-0124, she's on Cabot St in Beverly.",
			[]want{{Name, "Deolinda Furtado"}, {Phone, "978-555-0124"}, {Address, "Cabot St"}, {Address, "Beverly"}}},
		{"NameRoute", "mrs pelletier on rte 116 in conway says no more fish fridays",
			[]want{{Name, "pelletier"}, {Address, "rte 116"}, {Address, "conway"}}},
		{"NoPerson", "the parade is on Main St in Lynn this year", nil},
	})
}

// A floor written "3rd flr" between the street and the town.
func TestScanFloorUnit(t *testing.T) {
	runCases(t, []scanCase{
		{"Flr", "stretcher for pt at 5530 S Wabash Ave, 3rd flr, Chicago 60637, no elevator",
			[]want{{Address, "5530 S Wabash Ave, 3rd flr, Chicago 60637"}}},
	})
}

// An address after an organisation's or a building's name is theirs; a
// person whose surname is such a noun keeps theirs.
func TestScanAddressAfterOrgName(t *testing.T) {
	runCases(t, []scanCase{
		{"Hospice", "card addressed to the angels at Hospice of the Valley, 1510 E Flower St is in the break room", nil},
		{"Library", "panel on 4/30 at the library, 1 Congress St", nil},
		{"NounSurname", "grievance letter from pt Ward Church, 1047 School Street, Quincy, MA 02169",
			[]want{{Name, "Ward Church"}, {Address, "1047 School Street, Quincy, MA 02169"}}},
	})
}

// A town found once is hidden wherever it recurs, a site named after it
// too: "the Haverhill clinic" after "moved to Haverhill" would tell the
// town.
func TestScanTownRepeatEverywhere(t *testing.T) {
	runCases(t, []scanCase{
		{"SiteAfter", "pt lives in Lowell, prefers the Lowell site for labs", []want{{Address, "Lowell"}, {Address, "Lowell"}}},
	})
}

// A rural grid's numbered road after a house number.
func TestScanGridRoad(t *testing.T) {
	runCases(t, []scanCase{
		{"Rd", "pt Edna Kowalczyk lives at 41820 Rd 418, Cozad", []want{{Name, "Edna Kowalczyk"}, {Address, "41820 Rd 418, Cozad"}}},
		{"Count", "we need 3 road 4 signs for the garage", nil},
	})
}

// A dwelling's street after "on", with no house number.
func TestScanDwellingOnStreet(t *testing.T) {
	runCases(t, []scanCase{
		{"Farm", "vigil volunteer tonight for Mr. Ben Tollefson, 96, at the farm on 280th St, come in the back door",
			[]want{{Name, "Ben Tollefson"}, {Age, "96"}, {Address, "280th St"}}},
		{"Clinic", "the clinic on Main St opens at 8", nil},
	})
}

// A ZIP after a residence verb stands for the town.
func TestScanResidenceZip(t *testing.T) {
	runCases(t, []scanCase{
		{"LivesInZip", "the pt who called twice lives in 01852 now, per her daughter", []want{{Address, "01852"}}},
		{"OfficeMovedZip", "our Andover office moved to 01810 last year", nil},
	})
}

// A number before a dose unit is a dose, whatever street word follows.
func TestScanDoseNoStreet(t *testing.T) {
	runCases(t, []scanCase{
		{"DoseRoute", "Mrs Adeyemi in bed 6 is on heparin 5000 units SQ q8h, pain ok", []want{{Name, "Adeyemi"}}},
	})
}

// A place of business's address in a message about no one is no one's;
// the writer's own new address is theirs.
func TestScanFacilityAddressNoOne(t *testing.T) {
	runCases(t, []scanCase{
		{"ClinicMoved", "Northgate Dermatology moved to 48 Harbor Way, Danvers MA 01923, update the referral list", nil},
		{"WeMoved", "hi it's Renata, we moved! new address is 19 Birch Hill Rd, Dracut MA 01826", []want{{Name, "Renata"}, {Address, "19 Birch Hill Rd, Dracut MA 01826"}}},
		// health words but no one named: the address waits for a person
		{"ProgramSlots", "the detox program at 19 Chestnut Rd has 2 open beds next wk, tell the referral coordinators", nil},
		{"AmbulanceBay", "ED ambulance bay at 45 Quarry Ave is blocked by a delivery van, security called", nil},
		{"MedsToADoor", "please send meds to 7 Elm St, Salem MA 01970 by 5pm", []want{{Address, "7 Elm St, Salem MA 01970"}}},
	})
}

// A street address with an apartment's number is someone's home though the
// message names no one; a suite's is an office's.
func TestScanHomeUnitUnnamed(t *testing.T) {
	runCases(t, []scanCase{
		{"Apt", "can someone drop a shower chair at 48 Birchwood Rd Apt 3C this afternoon", []want{{Address, "48 Birchwood Rd Apt 3C"}}},
		{"Hash", "mice reported again at 311 Fenwick Ave #4, tell the aide", []want{{Address, "311 Fenwick Ave #4"}}},
		{"Suite", "the new billing office is 55 Corporate Dr, Suite #200", nil},
	})
}

// A facility's word after a street address makes it a facility's only on
// the address's line: on the next line it starts another sentence.
func TestScanFacilityWordNextLine(t *testing.T) {
	runCases(t, []scanCase{
		{"MovedNextLine", "new address for Lorna Beckett:\n41 Quarry Road, Apt 3\nRevere, MA 02151\nmoved in with her niece",
			[]want{{Name, "Lorna Beckett"}, {Address, "41 Quarry Road, Apt 3\nRevere, MA 02151"}}},
		{"EntranceSameLine", "use the 41 Quarry Road entrance for deliveries", nil},
	})
}

// A slash between spaces joins pasted lines: a street address may start
// after it (not after a slash glued to a number: "3/4 Main St").
func TestScanStreetAfterSpacedSlash(t *testing.T) {
	runCases(t, []scanCase{
		{"PastedLines", "Delivery exception: Odile Varga / 77 Harrow Rd Fl 2, Lowell / signature required",
			[]want{{Name, "Odile Varga"}, {Address, "77 Harrow Rd Fl 2, Lowell"}}},
		{"Fraction", "ratio 3/4 Main St entrance", nil},
	})
}

// "New:" labels the new address of a change form as "Old:" labels the old
// one, and "the new one", "new addr" name someone's new address; none
// says anything of a new office.
func TestScanChangeFormNewAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"NewField", "Pt: Oriel Stanhope\nNew: 8 Tanner Ln #3 Lynn MA 01902", []want{{Name, "Oriel Stanhope"}, {Address, "8 Tanner Ln #3 Lynn MA 01902"}}},
		{"NewOffice", "our new office: 8 Tanner Ln, Lynn MA 01902", nil},
		{"NewOne", "Oriel Stanhope's address on file is old, the new one is 8 Tanner Ln Apt 2, Lynn MA 01902",
			[]want{{Name, "Oriel Stanhope"}, {Address, "8 Tanner Ln Apt 2, Lynn MA 01902"}}},
		{"NewNumber", "fix address for Oriel Stanhope: old 3 Elm Ct, new 8 Tanner Ln Apt 2, Lynn MA 01902",
			[]want{{Name, "Oriel Stanhope"}, {Address, "3 Elm Ct"}, {Address, "8 Tanner Ln Apt 2, Lynn MA 01902"}}},
		{"NewAddrSlip", "returned mail for the guarantor. new addrses per usps: 8 Tanner Ln, Lynn MA 01902", []want{{Address, "8 Tanner Ln, Lynn MA 01902"}}},
		{"NewStop", "new stop: Brookside Family Medicine, 12 Tanner Ln Site 3, starting Monday", nil},
	})
}

// A van that drops something at an address brings it to someone's home;
// it names no facility there.
func TestScanDeliveryVanAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"VanDropping", "Wendell Oakes is out of insulin, van dropping at 1376 Larch St Worcester MA 01604",
			[]want{{Name, "Wendell Oakes"}, {Address, "1376 Larch St Worcester MA 01604"}}},
		{"MobileVan", "the mobile van will be at 12 Larch St Worcester on Friday", nil},
	})
}

// A lower-case name before "moved to" makes the town after it a home's
// though the name pass has not read the name yet; a thing moved to a word
// in lower case is no one's.
func TestScanLowerNameMovedTo(t *testing.T) {
	runCases(t, []scanCase{
		{"NameMoved", "itzel quispe moved to worcester, update demographics", []want{{Name, "itzel quispe"}, {Address, "worcester"}}},
		{"ThingMoved", "the spreadsheet moved to sharepoint", nil},
	})
}

// An address after a facility's noun in a message that names someone
// later is kept: it waits for the name as any other street does.
func TestScanFacilityNounAddressWaitsForName(t *testing.T) {
	runCases(t, []scanCase{
		{"HospitalBed", "Tomasz Wren needs a hospital bed delivered to 17 Quarry Ln Litchfield NH 03052 before discharge",
			[]want{{Name, "Tomasz Wren"}, {Address, "17 Quarry Ln Litchfield NH 03052"}}},
		{"MainCampus", "the main campus is at 9 Oakwood Dr, Methuen MA 01844", nil},
	})
}

// "town" or "city" before an everyday word in lower case with no field
// mark between is no town's field: "town hall", "city council".
func TestScanTownHallNoTown(t *testing.T) {
	runCases(t, []scanCase{
		{"TownHall", "can we move grievance huddle to 2:30? conflicts w/ the Quentin Aldous town hall", nil},
		{"CityCouncil", "the Dorrance city council meets at 6", nil},
		{"TownField", "pt Wendell Oakes, town: lynn", []want{{Name, "Wendell Oakes"}, {Address, "lynn"}}},
	})
}

// A trip to a town in a message about a staff event is a colleague's; a
// relative's drive is the patient's.
func TestTravelTownStaffEvent(t *testing.T) {
	runCases(t, []scanCase{
		{"Training", "Nadia is driving the van to Keene Thurs, anyone need a ride to the training?", nil},
		// (a staff event written with a hyphen)
		{"InService", "Nadia is driving the van to Keene Thurs, anyone need a ride to the in-service?", nil},
		{"Relative", "her son drives her in from Keene every morning for dialysis", []want{{Address, "Keene"}}},
	})
}
