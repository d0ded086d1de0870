package phi

import "testing"

// Obfuscation styles and forms beyond the dev set: letters typed for digits,
// odd separators, scheme-less URLs, month-year dates, spelled ages after a
// name, bare plate tags and multi-word or suffixed names. Each fix comes with
// the hard negatives it must leave alone.

func TestScanLookalikeDigits(t *testing.T) {
	runCases(t, []scanCase{
		{"PhoneLetterO", "pt Rhea Volk called from 4O4-555-O177", []want{{Name, "Rhea Volk"}, {Phone, "4O4-555-O177"}}},
		{"SSNLowerL", "SSN l34-56-7812 for the chart", []want{{SSN, "l34-56-7812"}}},
		{"SSNLeadingOs", "pt Ines Faro SSN OO2-34-5678", []want{{Name, "Ines Faro"}, {SSN, "OO2-34-5678"}}},
		{"DOBLetterO", "DOB O3/11/1947", []want{{Date, "O3/11/1947"}}},
		{"ICDCodes", "ICD O80 and O24.419 denials spiked; I10 is next", nil},
		{"VersionO", "Version 4.1O.2 has the bug, meet at 10:3O", nil},
		{"Oxygen", "Order 10 O2 tanks for 4 East", nil},
	})
}

func TestScanSeparators(t *testing.T) {
	runCases(t, []scanCase{
		{"SlashPhone", "Callback for patient Ada Lund: 781/555/0166", []want{{Name, "Ada Lund"}, {Phone, "781/555/0166"}}},
		{"MiddleDotPhone", "patient Ada Lund cell 781·555·0166", []want{{Name, "Ada Lund"}, {Phone, "781·555·0166"}}},
		{"SlashDate", "Conference room 3B is booked 10:30-11:30 on 4/22", nil},
	})
}

func TestScanBareURL(t *testing.T) {
	runCases(t, []scanCase{
		{"PortalVisit", "her link mychart.northfield.org/visit/771204 fails", []want{{URL, "mychart.northfield.org/visit/771204"}}},
		{"PatientQuery", "page portal.northfield.org/patient?id=55102 is wrong", []want{{URL, "portal.northfield.org/patient?id=55102"}}},
		{"HostOnly", "mychart.northfield.org is down tonight", nil},
		{"Careers", "post northfield.org/careers/nursing on LinkedIn", nil},
		{"Wiki", "docs at wiki.northfield.org/finance/fy26", nil},
		{"EmailNotURL", "send it to ops@northfield.org/today", []want{{Email, "ops@northfield.org"}}},
	})
}

func TestScanMonthYear(t *testing.T) {
	runCases(t, []scanCase{
		{"Admitted", "Patient Nell Hardy admitted March 2024 after a fall", []want{{Name, "Nell Hardy"}, {Date, "March 2024"}}},
		{"AdmittedIn", "pt Nell Hardy was admitted in Feb 2025", []want{{Name, "Nell Hardy"}, {Date, "Feb 2025"}}},
		{"SeenGivesContext", "Nell Hardy was seen Jan 2025 in the ED", []want{{Name, "Nell Hardy"}, {Date, "Jan 2025"}}},
		{"Survey", "The survey window is March 2024 through June 2024", nil},
		{"GoLive", "The new EHR goes live February 2027", nil},
		{"Metric", "Discharge volume March 2025 was 1,204", nil},
		{"Census", "Patient satisfaction for March 2025 was 87%", nil},
	})
}

func TestScanAgeForms(t *testing.T) {
	runCases(t, []scanCase{
		{"NameIsSpelled", "Patient Tilda Moss is ninety-one and wants the CEO", []want{{Name, "Tilda Moss"}, {Age, "ninety-one"}}},
		{"NameIsDigits", "Patient Tilda Moss is 93 and upset", []want{{Name, "Tilda Moss"}, {Age, "93"}}},
		{"RangeOlder", "readmits for those 90 and older are up", nil},
		{"Score", "The Press Ganey score is 91 this quarter", nil},
		{"Percent", "Dr. Jordan Reyes is 93% through the modules", nil},
	})
}

func TestScanPlateTag(t *testing.T) {
	runCases(t, []scanCase{
		{"TagDash", "patient's son parked in the fire lane, tag KLM-4471", []want{{VehicleID, "KLM-4471"}}},
		{"TagJoined", "tag 6TRE219 is blocking the ER bay", []want{{VehicleID, "6TRE219"}}},
		{"AssetTag", "Asset tag ABC1234 is missing from the cart", nil},
		{"NameTag", "Name tag TNK4421 reprint for the new CNO", nil},
		{"TagWord", "The tag ABC on the new pumps says model 4400", nil},
	})
}

func TestScanNameForms(t *testing.T) {
	runCases(t, []scanCase{
		{"TwoParticles", "The patient Lucia de la Vega fell on 3 East", []want{{Name, "Lucia de la Vega"}}},
		{"InvertedParticles", "DE LA CRUZ, MARTA - records request, MRN 7712093", []want{{Name, "DE LA CRUZ, MARTA"}, {MRN, "7712093"}}},
		{"InvertedApostrophe", "O'NEILL, FIONA records request DOB 3/8/1944", []want{{Name, "O'NEILL, FIONA"}, {Date, "3/8/1944"}}},
		{"SaintSurname", "patient Ambrose St. Clair complaint about billing", []want{{Name, "Ambrose St. Clair"}}},
		{"Suffix", "VIP: Montgomery Ashcroft III admitted overnight", []want{{Name, "Montgomery Ashcroft III"}}},
		{"CompanyInverted", "WELLS FARGO, ACCOUNTS PAYABLE needs the W-9", nil},
		{"UniversityInverted", "DE LA SALLE UNIVERSITY, ST. LOUIS campus visit is Friday", nil},
		{"ColleagueParticle", "Please loop in Maria de la Vega (Legal) on the contract", nil},
	})
}

func TestScanOrdinalDayAndSpacedLicence(t *testing.T) {
	runCases(t, []scanCase{
		{"PassedOnThe", "Patient Edda Lind passed away on the 3rd", []want{{Name, "Edda Lind"}, {Date, "the 3rd"}}},
		{"OpensThe", "the new urgent care opens the 24th at noon", nil},
		{"Gala", "The 91st annual gala is June 7", nil},
		{"SpacedDL", "the pt's DL is K4471 2290 1187", []want{{LicenseNumber, "K4471 2290 1187"}}},
	})
}

func TestScanFieldLists(t *testing.T) {
	runCases(t, []scanCase{
		{"SpelledAreaCode", "phone for patient Anouk Visser: (six one seven) 555-0127", []want{{Name, "Anouk Visser"}, {Phone, "six one seven) 555-0127"}}},
		{"MarkdownTrigger", "*Patient:* Noor Haddad *MRN:* `5561203`", []want{{Name, "Noor Haddad"}, {MRN, "5561203"}}},
		{"BulletAfterID", "DOB: 07/04/1931 • MRN: 8812203 • Wilhelmina Dreyer", []want{{Date, "07/04/1931"}, {MRN, "8812203"}, {Name, "Wilhelmina Dreyer"}}},
		{"ParenName", "the patient in 5B (Hamish Doyle) was discharged yesterday", []want{{Name, "Hamish Doyle"}}},
		{"DODAfterName", "Cassius Webb DOD 1/19/2026, family wants records", []want{{Name, "Cassius Webb"}, {Date, "1/19/2026"}}},
		{"ClinicAddress", "The new clinic address is 9 Tarbox Rd, Amesbury MA 01913", nil},
	})
}
