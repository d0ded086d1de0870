package phi

import "testing"

// Context rules: who a name belongs to, which dates are health dates, and
// the less common written forms of identifiers.

func TestScanNameContext(t *testing.T) {
	runCases(t, []scanCase{
		{"EmployeeHealthCase", "Employee health: Greg Tanaka (facilities) tested positive", []want{{Name, "Greg Tanaka"}}},
		{"ColleagueAsPatient", "Our CFO Dana Whitley was admitted last night", []want{{Name, "Dana Whitley"}}},
		{"ColleagueAtWork", "Please ask CFO Dana Whitley to send the deck", nil},
		{"BoardMember", "Board member John Hancock will tour the ICU on Friday", nil},
		{"GrandRoundsSpeaker", "Nursing grand rounds: Sarah Young on fall prevention, 5/14 at noon", nil},
		{"Departments", "pt Rosa Diaz called; Risk Management and Patient Relations are looped in", []want{{Name, "Rosa Diaz"}}},
		{"HospitalNames", "pt John Doe transferred from Mass General to Beth Israel Deaconess", []want{{Name, "John Doe"}}},
		{"SaintHospital", "Ambulance took Greta Hall-Berg to St. Mary's ER", []want{{Name, "Greta Hall-Berg"}}},
		{"FamilyName", "Send a sympathy card to the Okafor family", []want{{Name, "Okafor"}}},
		{"LowerCaseTriggerNotName", "Patient experience scores: 4 North 91%", nil},
		{"InvertedNoOtherCue", "BRANNIGAN, WILLA M came in via EMS", []want{{Name, "BRANNIGAN, WILLA M"}}},
		{"ApostropheSurname", "Patient Ruth O'Neill fell", []want{{Name, "Ruth O'Neill"}}},
		{"NameWithPhone", "Please ring Tomas Berg back on 617-555-0142", []want{{Name, "Tomas Berg"}, {Phone, "617-555-0142"}}},
		{"BusinessContact", "The Medline rep is at 617-555-0142, can you book a demo?", []want{{Phone, "617-555-0142"}}},
		{"TownAfterName", "pt Cora Vance from Lowell wants her records", []want{{Name, "Cora Vance"}, {Address, "Lowell"}}},
		{"HandleIsMember", "Only assistants supporting @dana can claim this; cc (@Priya) and @omar.k", nil},
		{"HandleBesidePatient", "@lena pt Rosa Diaz fell at 2am", []want{{Name, "Rosa Diaz"}}},
		{"EmailNotHandle", "write to rosa.diaz@example.org about it", []want{{Email, "rosa.diaz@example.org"}}},
	})
}

func TestScanDateContext(t *testing.T) {
	runCases(t, []scanCase{
		{"ClosestCueHealth", "surgery scheduled for 4/12", []want{{Date, "4/12"}}},
		{"ClosestCueMeeting", "board meeting scheduled for 4/12", nil},
		{"DayOfMonth", "born on the 14th of March, 1952", []want{{Date, "14th of March, 1952"}}},
		{"RecordsRange", "records for pt Ivy Dunn from Jan 3 2025 to Feb 9th", []want{{Name, "Ivy Dunn"}, {Date, "Jan 3 2025"}, {Date, "Feb 9th"}}},
		{"AppointmentWithTime", "her surgery consult is 4/12 at 2:15", []want{{Date, "4/12"}}},
		{"PolicyEnd", "coverage ends 12/31/2026 for the plan", nil},
	})
}

func TestScanForms(t *testing.T) {
	runCases(t, []scanCase{
		{"AgeYDotO", "a 94 y.o. male", []want{{Age, "94"}}},
		{"AgeLabelColon", "age: 96, lives alone", []want{{Age, "96"}}},
		{"AgeSuffixOutside", "Patient Ruth Ames, 92yo", []want{{Name, "Ruth Ames"}, {Age, "92"}}},
		{"SpelledDashWords", "call six one seven dash five five five dash zero one nine nine", []want{{Phone, "six one seven dash five five five dash zero one nine nine"}}},
		{"SpelledMixed", "ssn nine 2 two, 4 one seven, 8 8 one 5", []want{{SSN, "nine 2 two, 4 one seven, 8 8 one 5"}}},
		{"EmailParenMarkers", "jane(at)gmail(dot)com", []want{{Email, "jane(at)gmail(dot)com"}}},
		{"EmailDotWords", "email john dot smith at gmail dot com", []want{{Email, "john dot smith at gmail dot com"}}},
		{"UnderscoreDigits", "ph 617_555_0199", []want{{Phone, "617_555_0199"}}},
		{"NewlineInNumber", "cell 617-555-\n0199", []want{{Phone, "617-555-\n0199"}}},
		{"SocSec", "pt's soc sec # 219099999", []want{{SSN, "219099999"}}},
		{"SlashSN", "pacemaker s/n PJN123456", []want{{DeviceID, "PJN123456"}}},
		{"UDI", "UDI (01)00884521076237(17)250131", []want{{DeviceID, "(01)00884521076237(17)250131"}}},
		{"PlateWithState", "plate MA 4KDP32", []want{{VehicleID, "4KDP32"}}},
		{"LicenceAfterColon", "Driver's license for the visitor: MA S12345678", []want{{LicenseNumber, "S12345678"}}},
		{"MemberPrefix", "Member ID: ZGP 8812 0043 (BCBS)", []want{{HealthPlanID, "ZGP 8812 0043"}}},
		{"DoubledLetterLabel", "liccense D4410873 on the form", []want{{LicenseNumber, "D4410873"}}},
		{"LooseStreetAndTown", "She lives at 9 Tarbox off Rte 110 in Amesbury", []want{{Address, "9 Tarbox"}, {Address, "Amesbury"}}},
		{"OrgBankAccount", "Wire $250,000 to account 000123456789 for the Lahey deal", nil},
		{"MathDigits", "ssn 𝟐𝟏𝟗-𝟎𝟗-𝟗𝟗𝟗𝟗", []want{{SSN, "𝟐𝟏𝟗-𝟎𝟗-𝟗𝟗𝟗𝟗"}}},
	})
}

func TestScanShortDates(t *testing.T) {
	runCases(t, []scanCase{
		{"SingleDigitMonthDay", "his mother fell on 3/3 in the lot", []want{{Date, "3/3"}}},
		{"ColleagueDepartment", "Can you get Maria Santos from Case Management to the discharge huddle?", nil},
		{"ColleagueAcronymDept", "Please forward the report to Karen Wu in HIM", nil},
		{"PatientInUnit", "family of Maria Lopez in ICU wants an update", []want{{Name, "Maria Lopez"}}},
		{"AskColleague", "Ask Derek Foster if the billing upgrade is on for 5/5", nil},
		{"CallWithColleague", "Set up a call with Tom Becker about the ICU staffing plan", nil},
		{"CommaAge", "transfer for Ngozi Eze, 97, arriving 3pm", []want{{Name, "Ngozi Eze"}, {Age, "97"}}},
		{"LowerCaseUnknownName", "write back to xiomara quispe (xq@gmail.com)", []want{{Name, "xiomara quispe"}, {Email, "xq@gmail.com"}}},
		{"RepeatedName", "pt Maria Gonzalez in 4B; Maria asked for water", []want{{Name, "Maria Gonzalez"}, {Name, "Maria"}}},
	})
}

// TestNamedLinks checks a link judged no one's that holds a word of a name
// found in the message: in a page of its own on a host, or a short given
// name at the start of a path segment.
func TestNamedLinks(t *testing.T) {
	runCases(t, []scanCase{
		{"Subdomain", "Oyelaran's sister posts his chemo updates on https://oyelaranstrong.blogspot.com, can we ask her to stop naming staff",
			[]want{{Name, "Oyelaran"}, {URL, "https://oyelaranstrong.blogspot.com"}}},
		{"OrgHost", "Oyelaran's sister asked where the visitor policy is: https://www.bayside-health.org/visitors", []want{{Name, "Oyelaran"}}},
	})
}
