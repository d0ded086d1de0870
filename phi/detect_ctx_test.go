package phi

import "testing"

// Tests of the context types (dates, ages, addresses) on invented messages
// in forms the rules were not fitted to.

func TestScanMisspeltMonths(t *testing.T) {
	runCases(t, []scanCase{
		{"DroppedLetter", "Pt Hollis Varga had her hip replaced on Febuary 9, doing well", []want{{Name, "Hollis Varga"}, {Date, "Febuary 9"}}},
		{"SwappedLetters", "Pt Hollis Varga was admitted Ocotber 30th with a bleed", []want{{Name, "Hollis Varga"}, {Date, "Ocotber 30th"}}},
		{"SwappedWithYear", "DOB Janaury 4, 1950 for pt Hollis Varga", []want{{Date, "Janaury 4, 1950"}, {Name, "Hollis Varga"}}},
		{"DayFirst", "pt Hollis Varga fell at home 12 Novmeber and hit her head", []want{{Name, "Hollis Varga"}, {Date, "12 Novmeber"}}},
		{"ShortMonthSlip", "pt Hollis Varga was discharged Aprl 3 to rehab", []want{{Name, "Hollis Varga"}, {Date, "Aprl 3"}}},
		{"MeetingTypo", "the budget meeting moved to Septmber 14", nil},
		{"NameNotMonth", "Marcy 12 boxes of gloves came in today", nil},
	})
}

func TestScanClinicalVocabulary(t *testing.T) {
	runCases(t, []scanCase{
		{"GeneratedProcedure", "Pt Dorian Kell is scheduled for thyroidectomy 5/14, his wife asked about parking",
			[]want{{Name, "Dorian Kell"}, {Date, "5/14"}}},
		{"ProcedureSuffix", "Pt Dorian Kell had a pyeloplasty 2/3 and is still sore", []want{{Name, "Dorian Kell"}, {Date, "2/3"}}},
		{"InjuryWord", "Pt Dorian Kell came in with a contusion on 7/19 after a bike crash", []want{{Name, "Dorian Kell"}, {Date, "7/19"}}},
		{"DisciplineNotCue", "the neurosurgery budget review is 4/8", nil},
		{"ModalityVan", "the mammography van is in the parking lot 10/18 for employees", nil},
	})
}

func TestScanConditionVocabulary(t *testing.T) {
	runCases(t, []scanCase{
		{"DrugNamesPatient", "pharmacy audit: two doses of alprazolam went to Fenwick Thorley (MRN 3381902) on 6/2",
			[]want{{Name, "Fenwick Thorley"}, {MRN, "3381902"}, {Date, "6/2"}}},
		{"ConditionNamesPatient", "Mrs. Ysolde Kammerer has pyelonephritis again, the daughter says she was fine 8/14",
			[]want{{Name, "Ysolde Kammerer"}, {Date, "8/14"}}},
		{"NoOneNamed", "the pharmacy gets its alprazolam delivery 6/2", nil},
	})
}

func TestScanSinceDates(t *testing.T) {
	runCases(t, []scanCase{
		{"SinceSlash", "Pt Orrin Tvedt has been in the partial hospital program since 9/28, his sister wants to visit",
			[]want{{Name, "Orrin Tvedt"}, {Date, "9/28"}}},
		{"SinceOrdinalNamed", "Pt Orrin Tvedt has been up on 6 South since the 11th and wants his mail",
			[]want{{Name, "Orrin Tvedt"}, {Date, "the 11th"}}},
		{"SinceNoOne", "the new badge readers have been live since 9/28", nil},
	})
}

func TestScanOperationalDates(t *testing.T) {
	runCases(t, []scanCase{
		{"UnitRenovation", "our infusion suite renovation finishes 3/31", nil},
		{"ClinicHours", "flu vaccine clinic hours 10/2 7-3 in the atrium", nil},
		{"Downtime", "surgery scheduling system downtime 11/9 from midnight", nil},
	})
}

func TestScanMovedNotResidence(t *testing.T) {
	runCases(t, []scanCase{
		{"CenterMoved", "the sleep center moved to Reading in the spring", nil},
		{"CallMoved", "the budget call moved to Thursday", nil},
		{"PatientMoved", "patient Wilma Teague moved to Lowell, please update her chart", []want{{Name, "Wilma Teague"}, {Address, "Lowell"}}},
	})
}

func TestScanMisspeltCues(t *testing.T) {
	runCases(t, []scanCase{
		{"Discharged", "Mrs. Perpetua Lomax was dischraged 4/2 to her niece's", []want{{Name, "Perpetua Lomax"}, {Date, "4/2"}}},
		{"Appointment", "please move Perpetua Lomax's apointment from 9/12, she has a cold", []want{{Name, "Perpetua Lomax"}, {Date, "9/12"}}},
		{"MonthTheOrdinal", "patient Perpetua Lomax admitted August the 9th with a UTI", []want{{Name, "Perpetua Lomax"}, {Date, "August the 9th"}}},
		{"WordNotTypo", "the survey closes 4/2", nil},
	})
}

func TestScanResidenceClauses(t *testing.T) {
	runCases(t, []scanCase{
		{"WithThenStreetThenTown", "patient Gwendolyn Asante lives with her grandson on Juniper Ave in Haverhill",
			[]want{{Name, "Gwendolyn Asante"}, {Address, "Juniper Ave"}, {Address, "Haverhill"}}},
		{"MovedInWith", "pt Gwendolyn Asante moved in with her son in Andover after the fall", []want{{Name, "Gwendolyn Asante"}, {Address, "Andover"}}},
		// things move too: to a word no list holds as a town, with no one's
		// home in the message, nothing is an address
		{"ThingMovedToProduct", "the on-call spreadsheet moved to Confluence, link in the channel topic", nil},
		{"MeetingMovedToWeekday", "huddle moved to Weds 2/4 at 7:30, same room", nil},
		{"ThingMovedLower", "the coffee cart moved from lobby 2 to the atrium", nil},
		{"MovedToATime", "pt's wife called, the home visit can be moved to day or evening, either works", nil},
		{"CountNoStreet", "records for pt Ada Roe: of 201 charts, 85 most common codes were HCC 18", []want{{Name, "Ada Roe"}}},
		{"SentenceAfterStreetAbbrev", "pt Ada Roe moved to 14 Birch Rd. Moving day was rough, she is settling in", []want{{Name, "Ada Roe"}, {Address, "14 Birch Rd."}}},
		{"TownAfterStreetAbbrev", "pt Ada Roe moved to 14 Birch Rd. Lowell, MA 01852", []want{{Name, "Ada Roe"}, {Address, "14 Birch Rd. Lowell, MA 01852"}}},
		{"SheMovedUnlisted", "pt says she moved to Brightwater Springs last spring, needs a new PCP", []want{{Address, "Brightwater Springs"}}},
		{"StayingAtPlace", "pt Gwendolyn Asante is staying at her cousin's in Methuen this week", []want{{Name, "Gwendolyn Asante"}, {Address, "Methuen"}}},
		{"Relocated", "pt Gwendolyn Asante relocated to Concord, NH in May", []want{{Name, "Gwendolyn Asante"}, {Address, "Concord"}}},
		{"PracticeRelocated", "the dermatology practice relocated to Concord, NH in May", nil},
		{"LowerTownAfterStreet", "pt gwendolyn asante lives at 41 tern rd in lynn", []want{{Name, "gwendolyn asante"}, {Address, "41 tern rd"}, {Address, "lynn"}}},
		{"AddressFieldTwoLines", "Patient: Gwendolyn Asante\nAddress: 41 Tern Rd\nLynn, MA 01902", []want{{Name, "Gwendolyn Asante"}, {Address, "41 Tern Rd\nLynn, MA 01902"}}},
		{"ContractMail", "please mail the signed vendor contract to 75 State St, Boston MA 02109", nil},
	})
}

func TestScanAgeSexParens(t *testing.T) {
	runCases(t, []scanCase{
		// "in her 90s" says no more than the top age group "90 or older"
		// (see TestAgeNotAnAge); an age in parentheses after the sex does
		{"SexThenAge", "pt Philippa Dunmore (f, 96) needs a sitter tonight", []want{{Name, "Philippa Dunmore"}, {Age, "96"}}},
		{"SexThenYoungAge", "pt Philippa Dunmore (f, 86) needs a sitter tonight", []want{{Name, "Philippa Dunmore"}}},
	})
}

func TestScanDateClauses(t *testing.T) {
	runCases(t, []scanCase{
		{"Reaction", "Mr. Anselm Roux had a reaction to the dye on 2/19 and his son is upset", []want{{Name, "Anselm Roux"}, {Date, "2/19"}}},
		{"EveryWeekdayStarting", "Mrs. Anselm Roux gets her infusion every Thursday starting 7/11", []want{{Name, "Anselm Roux"}, {Date, "7/11"}}},
		{"FiguresSince", "hip fracture volumes are down since 2/19", nil},
		{"FiguresOn", "Dr. Weir is presenting endoscopy data on 7/11", nil},
		{"RecallNotice", "the infusion pump recall notice went out 7/11", nil},
	})
}

func TestScanGroupAndPlaceDates(t *testing.T) {
	runCases(t, []scanCase{
		{"StaffVaccination", "the booster clinic for employees is 11/6 in the atrium", nil},
		{"NamedEmployee", "employee health: Rosamund Eke got her booster 11/6 and had a fever", []want{{Name, "Rosamund Eke"}, {Date, "11/6"}}},
		{"CathLabPlace", "the board approved the new endoscopy suite on 2/12", nil},
		{"HandoutUpdated", "the mammogram prep handout was revised 2/12", nil},
		{"ContractRenews", "the hospice contract renews 2/12", nil},
	})
}

func TestScanFreshForms(t *testing.T) {
	runCases(t, []scanCase{
		{"StrongCueAfterDate", "pt Lucinda Marbury - confirm coverage before her 8/27 ablation", []want{{Name, "Lucinda Marbury"}, {Date, "8/27"}}},
		{"TalkTopicAfterDate", "Nursing grand rounds 8/27: 'Ablation in the frail'", nil},
		{"ChargeWithAccount", "Mr. Osvaldo Pirelli (HAR 4407712093) disputes the radiology charge from 8/27", []want{{Name, "Osvaldo Pirelli"}, {AccountNumber, "4407712093"}, {Date, "8/27"}}},
		{"EligibilityAsOf", "Medicaid for Osvaldo Pirelli (id 5512098877B) came back active as of the 3rd", []want{{Name, "Osvaldo Pirelli"}, {HealthPlanID, "5512098877B"}}},
		{"ExecVisits", "our COO will visit the Lynn clinic on 8/27", nil},
		{"GrandmaAge", "Oma Hildegard is ninety-four and still gardens", []want{{Name, "Oma Hildegard"}, {Age, "ninety-four"}}},
		{"RouteAndTown", "Mr. Ezekiel Pruitt lives alone off Route 12 outside Athol", []want{{Name, "Ezekiel Pruitt"}, {Address, "Route 12"}, {Address, "Athol"}}},
		{"BothInTown", "home visits for pt Ezekiel Pruitt: 4 Birch Rd, then 7 Oak Ct, both in Athol", []want{{Name, "Ezekiel Pruitt"}, {Address, "4 Birch Rd"}, {Address, "7 Oak Ct"}, {Address, "Athol"}}},
		{"FamilyIsIn", "pt Ezekiel Pruitt wants a SNF close to family, his family is in Gardner", []want{{Name, "Ezekiel Pruitt"}, {Address, "Gardner"}}},
		{"NewAddress", "pt Ezekiel Pruitt moved, new address 88 W Main St Apt 3, Athol MA 01331", []want{{Name, "Ezekiel Pruitt"}, {Address, "88 W Main St Apt 3, Athol MA 01331"}}},
		{"OurNewAddress", "our new address 88 W Main St, Athol MA 01331 starts Monday", nil},
		{"RemitBox", "remit payments to PO Box 5521, Worcester MA 01615 from now on", nil},
	})
}

func TestScanResidenceMore(t *testing.T) {
	runCases(t, []scanCase{
		{"TheyLive", "pt Benedikt Sauer and his wife need a ride, they live in Shrewsbury", []want{{Name, "Benedikt Sauer"}, {Address, "Shrewsbury"}}},
		{"GoLive", "the new scheduling tool will go live in Shrewsbury first", nil},
		{"TownField", "pt Benedikt Sauer, town: Shrewsbury, prefers mornings", []want{{Name, "Benedikt Sauer"}, {Address, "Shrewsbury"}}},
		{"TownOfBoard", "the town of Shrewsbury sent the permit", nil},
		{"HomeInLowerTown", "pt benedikt sauer is on hospice at home in shrewsbury now", []want{{Name, "benedikt sauer"}, {Address, "shrewsbury"}}},
		{"TownAfterAside", "pt Benedikt Sauer, address 12 Elm St, the yellow house by the library, in Shrewsbury", []want{{Name, "Benedikt Sauer"}, {Address, "12 Elm St"}, {Address, "Shrewsbury"}}},
	})
}

func TestScanLiveInGroups(t *testing.T) {
	runCases(t, []scanCase{
		{"DonorsLive", "most of our major donors live in Weston", nil},
		{"StaffLive", "our night nurses live in Lowell and carpool", nil},
		{"ParentsLive", "pt Benedikt Sauer is being discharged, his parents live in Shrewsbury", []want{{Name, "Benedikt Sauer"}, {Address, "Shrewsbury"}}},
	})
}

func TestScanPluralEvents(t *testing.T) {
	runCases(t, []scanCase{
		{"PatientsAppointments", "pt Ignatius Verbeek appointments: 5/6, 5/13 and 5/20", []want{{Name, "Ignatius Verbeek"}, {Date, "5/6"}, {Date, "5/13"}, {Date, "5/20"}}},
		{"UnitFigures", "ED admissions since 5/6 are up 9%", nil},
		{"UnitPeak", "infusions peaked 5/6", nil},
	})
}

func TestScanSpokenBirthDate(t *testing.T) {
	runCases(t, []scanCase{
		{"MonthCardinalYear", "pt Wilhelmina Tarrant, birth date is june nine nineteen forty one", []want{{Name, "Wilhelmina Tarrant"}, {Date, "june nine nineteen forty one"}}},
		{"NoYear", "we hired nine nurses in june", nil},
	})
}

func TestScanForeignStreets(t *testing.T) {
	runCases(t, []scanCase{
		{"NumberFirst", "please mail pt Aurelien Vasseur's letter to 8 Rue des Lilas, 69003 Lyon", []want{{Name, "Aurelien Vasseur"}, {Address, "8 Rue des Lilas, 69003 Lyon"}}},
		{"SuffixStreet", "pt Hannelore Brandt lives at Lindenstraße 14, 80331 München", []want{{Name, "Hannelore Brandt"}, {Address, "Lindenstraße 14, 80331 München"}}},
		{"PrefixNumberLast", "pt Grazia Fontana's daughter lives at Via Garibaldi 22, 40121 Bologna", []want{{Name, "Grazia Fontana"}, {Address, "Via Garibaldi 22, 40121 Bologna"}}},
		{"PolishDashedCode", "pt Zofia Nowak lives at ul. Polna 3/5, 60-535 Poznań", []want{{Name, "Zofia Nowak"}, {Address, "ul. Polna 3/5, 60-535 Poznań"}}},
		{"OfficeAbroad", "our Munich office moved to Lindenstraße 14", nil},
		{"USViaSuffix", "send the card for pt Ottavio Greco to 15 Via Lucca Ct, Fresno CA 93711", []want{{Name, "Ottavio Greco"}, {Address, "15 Via Lucca Ct, Fresno CA 93711"}}},
	})
}

func TestScanCanadaUKTails(t *testing.T) {
	runCases(t, []scanCase{
		{"Canada", "pt Farhad Rostami lives at 40 Bloor St W, Toronto ON M5S 1X6", []want{{Name, "Farhad Rostami"}, {Address, "40 Bloor St W, Toronto ON M5S 1X6"}}},
		{"UK", "send pt Imogen Thorne's records to 9 Elm Rd, Leeds LS6 2AB", []want{{Name, "Imogen Thorne"}, {Address, "9 Elm Rd, Leeds LS6 2AB"}}},
		{"NoCode", "pt Imogen Thorne lives at 9 Elm Rd, Leeds, and her son drives her", []want{{Name, "Imogen Thorne"}, {Address, "9 Elm Rd, Leeds"}}},
	})
}

func TestScanOrganisationsRelocate(t *testing.T) {
	runCases(t, []scanCase{
		{"ServiceRelocated", "the ambulance service relocated to Route 1 in Saugus", nil},
		{"SheRelocated", "pt Hyacinth Mabry called, she relocated to Keene to be near her son", []want{{Name, "Hyacinth Mabry"}, {Address, "Keene"}}},
	})
}

func TestScanRelativesPlace(t *testing.T) {
	runCases(t, []scanCase{
		{"DaughtersIn", "pt Cornelius Abbot went home yesterday to his daughter's in Marblehead", []want{{Name, "Cornelius Abbot"}, {Address, "Marblehead"}}},
		{"HomeField", "- Mrs. Cornelia Abbot, admitted 11/30, home: Marblehead", []want{{Name, "Cornelia Abbot"}, {Date, "11/30"}, {Address, "Marblehead"}}},
	})
}

// The name written right before a birth or death date's label is the
// patient's.
func TestScanLifeDateNames(t *testing.T) {
	runCases(t, []scanCase{
		{"Line", "Abernathy  DOB 07141961\nstarted PD 2.5.24", []want{{Name, "Abernathy"}, {Date, "07141961"}, {Date, "2.5.24"}}},
	})
}
