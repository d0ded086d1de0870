package phi

import "testing"

// Labels, cue words and months as people mistype and lower-case them.
func TestScanTypedForms(t *testing.T) {
	runCases(t, []scanCase{
		{"DottedDOBNoFinalDot", "d.o.b 7/19/1957 for the requisition", []want{{Date, "7/19/1957"}}},
		{"DottedDOBColon", "D.O.B: 11/2/1944", []want{{Date, "11/2/1944"}}},
		{"SpacedSlashes", "DOB 07 / 19 / 1950 per the fax", []want{{Date, "07 / 19 / 1950"}}},
		{"SpacedRatio", "BP 120 / 80 this am, repeat at noon", nil},
		{"BirthSwapped", "date of birht 6/30/1939 on the consent", []want{{Date, "6/30/1939"}}},
		{"MonthDroppedLetter", "her biopsy is set for agust 12", []want{{Date, "agust 12"}}},
		{"MonthSwapRareName", "readmitted on apirl 17 with a fever", []want{{Date, "apirl 17"}}},
		{"AddressMissingLetter", "adress: 19 birch street haverhill ma 01830", []want{{Address, "19 birch street haverhill ma 01830"}}},
		{"AddressDoubledWrong", "addres 8 quarry ln, rockport ma 01966", []want{{Address, "8 quarry ln, rockport ma 01966"}}},
		{"AddrShort", "addr 402 summer st lynn ma 01902", []want{{Address, "402 summer st lynn ma 01902"}}},
	})
}

// The same words, correctly typed or in clean messages, stay clean.
func TestScanTypedFormsClean(t *testing.T) {
	runCases(t, []scanCase{
		{"MonthNoCue", "the parking lot repaving starts agust 12", nil},
		{"DroppedFromAddressWord", "the loading dock at 40 main st takes deliveries", nil},
		{"BirthdayCakeStaff", "cake in the break room for the team lead's birht day party next week", nil},
	})
}

// Labels typed straight onto their value, without a space or a colon.
func TestScanGluedNumberLabels(t *testing.T) {
	runCases(t, []scanCase{
		{"GluedDOBSlashes", "pt dob08/21/1946 allergic to pcn", []want{{Date, "08/21/1946"}}},
		{"GluedDOBPlain", "DOB08211946 per the face sheet", []want{{Date, "08211946"}}},
		{"GluedCell", "her daughter's cell5085550187 if no answer", []want{{Phone, "5085550187"}}},
		{"GluedTelDashed", "tel978-555-0163 after 5", []want{{Phone, "978-555-0163"}}},
		{"GluedAge", "resident age97 on the memory unit", []want{{Age, "97"}}},
		{"GluedAgeYoung", "age41 new hire orientation", nil},
		{"GluedLabelNoDate", "the dob1950 column is empty", nil},
		{"GluedLabelCode", "fax2b toner is low", nil},
	})
}

// Streets typed with a slip in the suffix, and lower-case towns and states
// that end the address without a ZIP.
func TestScanTypedStreets(t *testing.T) {
	runCases(t, []scanCase{
		{"SuffixDropped", "she lives at 31 cedar stret", []want{{Address, "31 cedar stret"}}},
		{"SuffixSwapped", "pt lives at 5 orchard raod, danvers ma", []want{{Address, "5 orchard raod, danvers ma"}}},
		{"SuffixAdded", "home address 77 harbor avenuee", []want{{Address, "77 harbor avenuee"}}},
		{"LowerTownState", "he lives at 9 spruce ln, nashua nh", []want{{Address, "9 spruce ln, nashua nh"}}},
		{"StateIsAWord", "she lives at 9 spruce ln in the blue house", []want{{Address, "9 spruce ln"}}},
		{"ClinicTypo", "the clinic moved to 300 commerce stret last year", nil},
		{"Boxes", "we moved 12 boxes of gloves to the supply room", nil},
	})
}

// "number" (and "security") typed with a slip between a label and its value.
func TestScanTypedFiller(t *testing.T) {
	runCases(t, []scanCase{
		{"InsuranceNubmer", "her insurance nubmer is XKM55120834", []want{{HealthPlanID, "XKM55120834"}}},
		{"ChartNumbr", "chart numbr 3370812 for the transfer", []want{{MRN, "3370812"}}},
		{"SocialSecurty", "social securty number 219094471 on the form", []want{{SSN, "219094471"}}},
		{"RoomNumbr", "the supply room numbr 214 is locked", nil},
	})
}

// Birth dates with a two-digit year after the month, and misspelt months
// after "of".
func TestScanTypedMonths(t *testing.T) {
	runCases(t, []scanCase{
		{"DOBDayMonthShortYear", "dob 19 nov 37 on the armband", []want{{Date, "19 nov 37"}}},
		{"DOBMonthDayQuoteYear", "DOB Oct 2, '41", []want{{Date, "Oct 2, '41"}}},
		{"OrdinalOfMisspeltMonth", "she was discharged on the fifth of janaury", []want{{Date, "fifth of janaury"}}},
		{"CountAfterMonth", "we restocked the cart on nov 19 37 times this shift", nil},
	})
}

// Run-together labels, six-digit birth dates, glued ZIPs and a lower-case
// town of residence with its state.
func TestScanRunTogether(t *testing.T) {
	runCases(t, []scanCase{
		{"MemberidColon", "memberid:QHX40918823 for the auth", []want{{HealthPlanID, "QHX40918823"}}},
		{"Policyno", "policyno 55093318 on the card", []want{{HealthPlanID, "55093318"}}},
		{"DOBSixDigits", "DOB 071552 confirmed at check-in", []want{{Date, "071552"}}},
		{"TicketSixDigits", "ticket 071552 is closed", nil},
		{"GluedZip", "pt zip02760 for the mailing", []want{{Address, "02760"}}},
		{"LowerTownState", "the patient lives in attleboro ma", []want{{Address, "attleboro ma"}}},
		{"LowerTownStateZip", "the patient lives in attleboro, ma 02703", []want{{Address, "attleboro, ma 02703"}}},
	})
}

// Residence and age verbs typed with a slip, and the "terr" suffix.
func TestScanTypedVerbs(t *testing.T) {
	runCases(t, []scanCase{
		{"LievsIn", "pt lievs in Topsfield, needs a ride for the 3/2 infusion", []want{{Address, "Topsfield"}, {Date, "3/2"}}},
		{"TrunedAge", "my aunt truned 97 on sunday and is in 4 west", []want{{Age, "97"}}},
		{"TerrLower", "send the kit to her at 8 willow terr, lynn ma 01904", []want{{Address, "8 willow terr, lynn ma 01904"}}},
		{"LeaveWord", "the leivs are falling on 3 cars in the lot", nil},
	})
}

// "serial" typed with a slip labels a device's serial number.
func TestScanTypedSerial(t *testing.T) {
	runCases(t, []scanCase{
		{"SreialIs", "her oxygen concentrator sreial is KX2290417Q, vendor pickup friday", []want{{DeviceID, "KX2290417Q"}}},
		{"SeiralPlain", "the cgm seiral 7TQ4410982 for mr. Okafor", []want{{DeviceID, "7TQ4410982"}, {Name, "Okafor"}}},
	})
}

// A labelled identifier that a line break cuts short goes on over the
// break; a whole one does not take what the next line starts with.
func TestScanBrokenValue(t *testing.T) {
	runCases(t, []scanCase{
		{"LetterPrefixBroken", "consult for pt Ofelia Brandao, MRN K207\n5519 — family at bedside", []want{{Name, "Ofelia Brandao"}, {MRN, "K207\n5519"}}},
		{"DigitsBroken", "chart # 3312\n0945 needs the consent scanned", []want{{MRN, "3312\n0945"}}},
		{"WholeBeforeBreak", "MRN 5520913\n14 beds open on 6W", []want{{MRN, "5520913"}}},
		{"TooShortTogether", "MRN 42\n7 new this week", nil},
	})
}

// Ten bare digits right after a person's name are their phone when they
// are a valid US number; a number that ends a list line does not take
// the next item's number.
func TestScanNamePhone(t *testing.T) {
	runCases(t, []scanCase{
		{"BarePhoneAfterName", "her nephew Desmond Achterberg 6175550142 can drive her home", []want{{Name, "Desmond Achterberg"}, {Phone, "6175550142"}}},
		{"SpeltRecordInBrackets", "advice request from pt Kalani Kealoha (n f 6 7 7 9 8 8 0) about her flu shot", []want{{Name, "Kalani Kealoha"}, {MRN, "n f 6 7 7 9 8 8 0"}}},
		{"ListNumberAfterPhone", "call back:\n1. Renata Szabo +1 617 555 0199\n2. Ivo Marangoni", []want{{Name, "Renata Szabo"}, {Phone, "+1 617 555 0199"}, {Name, "Ivo Marangoni"}}},
	})
}
