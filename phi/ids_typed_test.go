package phi

import (
	"fmt"
	"testing"
)

// Identifiers as people type them: labels with a slip of the keyboard, in
// lower case, run together, and values split by odd separators. Every
// sentence is written for the test.

func TestScanTypedLabels(t *testing.T) {
	runCases(t, []scanCase{
		{"NeighbourKeyInShortLabel", "new acvt 6036-573011 for her refund", []want{{AccountNumber, "6036-573011"}}},
		{"DroppedLetter", "his chrt # 4410293 needs a merge", []want{{MRN, "4410293"}}},
		{"CardholderLabel", "rx rejected, cardholder ID on the card is XQ40018823, pt Ines Ruiz", []want{{HealthPlanID, "XQ40018823"}, {Name, "Ines Ruiz"}}},
		{"EnrolleeLabel", "enrollee id 77120045 for the dental plan, mom called", []want{{HealthPlanID, "77120045"}}},
		{"DroppedLetterPlate", "car w/ plte 7TRK224 parked in the bay", []want{{VehicleID, "7TRK224"}}},
		{"DoubledLetterValueWithPrefix", "pt Kofi Osei, Mediicaid # NC-00918234R", []want{{Name, "Kofi Osei"}, {HealthPlanID, "NC-00918234R"}}},
		{"MisspeltLabelColonLater", "Sicial for Ama Boateng: 219099999.", []want{{Name, "Ama Boateng"}, {SSN, "219099999"}}},
		{"MisspeltPayer", "MsasHealth ID 102303961101 termed", []want{{HealthPlanID, "102303961101"}}},
		{"MisspeltPhoneWord", "her mpbile is 07700 900 482", []want{{Phone, "07700 900 482"}}},
		{"MisspeltVersionWord", "the pumps need firmwre 3.14.2.9 first", nil},
		{"MisspeltBlockLabel", "UHC grroup # 008932 for the staff plan", nil},
		{"MisspeltDeviceNounTakesSerialOnly", "now on transmiitter 4417-B in bed 4", nil},
		{"MisspeltRefundMakesAccountPersonal", "*Reund* - hospital account V285932880 - mail check to PO Box 3437", []want{{AccountNumber, "V285932880"}, {Address, "PO Box 3437"}}},
		{"EverydayWordIsNoLabel", "she haf 4410293 reasons", nil},
		{"MisspeltBlueCross", "Bleu Cross 72853736115 for the transfer", []want{{HealthPlanID, "72853736115"}}},
	})
}

func TestScanLowerCaseIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"PrefixBeforeGroups", "bcbs member id is zgp 440 918 223", []want{{HealthPlanID, "zgp 440 918 223"}}},
		{"OneLetterLicencePrefix", "michigan dl b 400 551 223 187 on the log", []want{{LicenseNumber, "b 400 551 223 187"}}},
		{"PlateGroups", "the plate is ma 4gh 7x2", []want{{VehicleID, "4gh 7x2"}}},
		{"PlateAfterTag", "texas tag lkp 9920 is blocking the bay", []want{{VehicleID, "lkp 9920"}}},
		{"WordIsNoPrefix", "acct for 4410293", []want{{AccountNumber, "4410293"}}},
		{"HL7", "pid|1||lrh0070781^^^lrh||ito^selam^j||19920817", []want{{MRN, "lrh0070781"}, {Name, "ito^selam^j"}, {Date, "19920817"}}},
		{"X12", "nm1*il*1*okafor*chinedu****mi*w448812095~", []want{{Name, "okafor"}, {Name, "chinedu"}, {HealthPlanID, "w448812095"}}},
	})
}

func TestScanLabelFormsMore(t *testing.T) {
	runCases(t, []scanCase{
		{"HospitalHash", "hospital # 4410293 is on the band", []want{{MRN, "4410293"}}},
		{"Arrow", "MRN → 4410293", []want{{MRN, "4410293"}}},
		{"Bracket", "MRN [4410293]", []want{{MRN, "4410293"}}},
		{"MPI", "MPI# 4410293 is a duplicate", []want{{MRN, "4410293"}}},
		{"VisitNumber", "visit # 88120433 for the ED stay", []want{{AccountNumber, "88120433"}}},
		{"VisitIsNoLabel", "the site visit is 2/10-2/12", nil},
		{"BillingNumber", "billing number 88120433", []want{{AccountNumber, "88120433"}}},
		{"Underscores", "acct 8812_0433_55", []want{{AccountNumber, "8812_0433_55"}}},
		{"Tilde", "acct 8812~0433 for the refund", []want{{AccountNumber, "8812~0433"}}},
		{"Comma", "MRN 441,0293", []want{{MRN, "441,0293"}}},
		{"ThousandsAreACount", "the record of the 1,240 affected individuals", nil},
		{"DotPrefix", "nursing license #: RN.2298114", []want{{LicenseNumber, "RN.2298114"}}},
		{"LabelIsNoTail", "MRN:4410293/Acct:88120433", []want{{MRN, "4410293"}, {AccountNumber, "88120433"}}},
		{"BlockLabelIsNoPrefix", "remote monitoring billing (CPT 99457/99458)", nil},
		{"GluedLicence", "LIC2298114 on file", []want{{LicenseNumber, "2298114"}}},
		{"OperatorLicence", "OLN S12345678", []want{{LicenseNumber, "S12345678"}}},
		{"RunTogether", "accountnumber 88120433", []want{{AccountNumber, "88120433"}}},
		{"RunTogetherNeedsNoFiller", "recordnumber 4410293 to merge", []want{{MRN, "4410293"}}},
		{"RunTogetherTwoLetters", "dlno S12345678", []want{{LicenseNumber, "S12345678"}}},
		{"RunTogetherKey", `{"memberid": "XJH889102344"}`, []want{{HealthPlanID, "XJH889102344"}}},
		{"NameIsNoRunTogether", "ask Deano 4410293 times", nil},
		{"PluralLabel", "accounts 88120433 and 88120434 were merged", []want{{AccountNumber, "88120433"}, {AccountNumber, "88120434"}}},
		{"OrgAccountAfter", "the interpreter line account # 4410-88213 is the org one", nil},
		{"DepositIsPersonal", "direct deposit for his payments: routing 211274450, acct 0038881742, payroll to confirm", []want{{AccountNumber, "0038881742"}}},
		{"PrefixedLabel", "Dr. Feld's X-DEA XF0021734 is obsolete", []want{{LicenseNumber, "XF0021734"}}},
		{"CodeIsNoLabel", "badge NB-REG-0042 reissued", nil},
		{"SecondCredential", "RN license #RN2291847 and APRN #NP40127 are active", []want{{LicenseNumber, "RN2291847"}, {LicenseNumber, "NP40127"}}},
		{"PluralCountIsNoLabel", "we closed 12 accounts 2024 to date", nil},
		{"PluralLicencesAreBusiness", "our Epic licenses: 1200 seats", nil},
		{"BusinessLicenceClause", "pharmacy license for the site is 2298114", nil},
		{"VanityPlate", "witness got plate 'LUV-NRSE' (vanity)", []want{{VehicleID, "LUV-NRSE"}}},
		{"PlateOfWordsIsNoPlate", "plate 'GO-TEAM' on the banner", nil},
		{"CardAfterPluralLabel", "Corporate Amex for the registrations: 3759 571177 77415.", []want{{CreditCard, "3759 571177 77415"}}},
	})
}

func TestScanDevicesAndFields(t *testing.T) {
	runCases(t, []scanCase{
		{"FieldsSetApartByBlanks", "MRN: 03-43-585   DOB: 6/1/33   Age: 92", []want{{MRN, "03-43-585"}, {Date, "6/1/33"}, {Age, "92"}}},
		{"PossessiveMakesWornDevicePersonal", "Olu's Dexcom transmitter 8PY9QR keeps dropping", []want{{DeviceID, "8PY9QR"}}},
		{"PronounMakesWornDevicePersonal", "ICD serial PJN433891H, he is due for a check", []want{{DeviceID, "PJN433891H"}}},
		{"SpeltSerial", "oxygen for her: serial # 1 Q 8 8 4 5 5 2 1", []want{{DeviceID, "1 Q 8 8 4 5 5 2 1"}}},
		{"PhoneIsEquipment", "his iPhone 15, IMEI 35 392811 447261 0, was stolen", nil},
		{"MakerIsNoName", "Boston Sci ICD SN PJN433891H, he is due", []want{{DeviceID, "PJN433891H"}}},
		// a machine a patient takes home is worn as a pump is
		{"HomeCycler", "the cycler serial KX4-77120 stays with her", []want{{DeviceID, "KX4-77120"}}},
		{"AssetSerial", "the copier serial KX4-77120 jammed again", nil},
	})
}

func TestScanPlatesCardsAndBlocks(t *testing.T) {
	runCases(t, []scanCase{
		{"PlateAfterCar", "car *7KD 449* is in the ambulance bay", []want{{VehicleID, "7KD 449"}}},
		{"PlateAfterModel", "valet has her keys, gray Accord, 8TRK22", []want{{VehicleID, "8TRK22"}}},
		{"CarCountIsNoPlate", "car 19 in the lot, 2 hrs", nil},
		{"VanityOneWord", "my plate is QTPIE7X", []want{{VehicleID, "QTPIE7X"}}},
		{"VanityWordIsNoPlate", "the plate is HELLO", nil},
		{"CardAfterBlockLabel", "Amex for the supplies order: 3714 496353 98431", []want{{CreditCard, "3714 496353 98431"}}},
		// a plate in brackets after the car, after a slash or after "is"
		{"PlateInBrackets", "the neighbour's van (KTR-4471) blocks the ramp", []want{{VehicleID, "KTR-4471"}}},
		{"PlateAfterSlash", "Vehicle: Kia Soul / 7KLM221", []want{{VehicleID, "7KLM221"}}},
		{"PlateAfterIs", "whose truck is 4TRW19? it blocks the dock", []want{{VehicleID, "4TRW19"}}},
		{"BracketsNoCar", "the form (AB1234) is on file", nil},
		// four groups of four in a message about a card, after an order's word, check digit or not
		{"FourFoursAfterOrder", "the card for the catering order is 4929 1160 3382 7710", []want{{CreditCard, "4929 1160 3382 7710"}}},
		{"FourFoursSerial", "the card reader serial 4929 1160 3382 7710 is dead", nil},
		// groups split by mixed marks, with a valid check digit
		{"CardMixedMarks", "she read the card as 4111.1111 1111-1111 over the phone", []want{{CreditCard, "4111.1111 1111-1111"}}},
		{"LetterPrefixAfterVerb", "dea for dr. yeung is AY 1182093", []want{{LicenseNumber, "AY 1182093"}}},
		{"PhonePairs", "ph# 617 555 01 42", []want{{Phone, "617 555 01 42"}}},
		{"PhonePairsNoCue", "the ratio was 617 555 01 42 in all", nil},
		{"PhoneSlashArea", "reach her son at 617/555-0142", []want{{Phone, "617/555-0142"}}},
		{"IDLineUnderCardLines", "Ins card\nTufts\nMember: Ana Ruiz\nID ZRR319B07487\nGroup B78604", []want{{Name, "Ana Ruiz"}, {HealthPlanID, "ZRR319B07487"}}},
	})
}

func TestScanPersonalLinks(t *testing.T) {
	runCases(t, []scanCase{
		{"NameSlugWithNumber", "Tomasz's family set up https://www.mealtrain.com/trains/tomasz-jones-7153 for updates", []want{{Name, "Tomasz"}, {URL, "https://www.mealtrain.com/trains/tomasz-jones-7153"}}},
		{"BabyQuery", "NICU camera link: https://cam.example.org/view?baby=ODUYA-0312", []want{{URL, "https://cam.example.org/view?baby=ODUYA-0312"}}},
		{"TalkSlugIsNoPerson", "the keynote deck is at https://www.example.org/talks/ana-souza", nil},
		// a link whose path holds a word of a name the message gives
		{"FoundNameInPath", "Marguerite Okonkwo's visit summary: https://care.example.org/s/okonkwom4410", []want{{Name, "Marguerite Okonkwo"}, {URL, "https://care.example.org/s/okonkwom4410"}}},
		{"FoundNameNotInPath", "pt Marguerite Okonkwo asked for the handout: https://care.example.org/s/handout", []want{{Name, "Marguerite Okonkwo"}}},
		// a name and a number as the last segment, glued or not
		{"GluedNamesAndNumber", "can you open https://link.example.net/v/theodorabuckley52 for me", []want{{URL, "https://link.example.net/v/theodorabuckley52"}}},
		{"SurnameInitialNumber", "try https://link.example.net/v/nakashimat331 again", []want{{URL, "https://link.example.net/v/nakashimat331"}}},
		{"SurnameDashNumber", "the room is https://link.example.net/room/abernathy-7702", []want{{URL, "https://link.example.net/room/abernathy-7702"}}},
		{"WordsAndYearSlug", "the training is at https://lms.example.org/course/hipaa-2025", nil},
		{"EverydayWordAndNumber", "slides at https://www.example.org/events/gala-2026", nil},
		// sites that host one family's fundraiser or meal rota
		{"FundraiserShortHost", "the family posted https://gofund.me/2b7c91fa about the accident", []want{{URL, "https://gofund.me/2b7c91fa"}}},
		{"TelehealthRoom", "join link: https://telehealth.example.org/join/q7hd-22kp", []want{{URL, "https://telehealth.example.org/join/q7hd-22kp"}}},
	})
}

// Every IP address is PHI: an organisation's label before it ("station",
// "ticket"), which blocks a number, does not block an address; a version's
// word still does.
func TestIPAfterBlockLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"StationV4", "nurses' station 10.61.4.200 lost its feed again", []want{{IPAddress, "10.61.4.200"}}},
		{"StationV6", "the station 2001:db8:7:1::4 lost its feed again", []want{{IPAddress, "2001:db8:7:1::4"}}},
		{"VersionStays", "the kiosk runs firmware 10.4.2.1 since monday", nil},
	})
}

// A vanity plate in capitals with one digit after the car it is on; a
// model's name in capitals after "car" is none.
func TestScanCapsPlates(t *testing.T) {
	runCases(t, []scanCase{
		{"Brackets", "her visitor's car (LUVMD2) is in the fire lane again", []want{{VehicleID, "LUVMD2"}}},
		{"Is", "the pass is for her son, his car is NANA22X.", []want{{VehicleID, "NANA22X"}}},
		{"Word", "the car is FINE now", nil},
	})
}

// In a message about plates or valet parking, the value after a name and
// a dash or a colon is a plate (whatever the name pass makes of the name);
// a field's label before it is no name.
func TestScanNamedPlates(t *testing.T) {
	for text, plates := range map[string][]string{
		"valet list for the retreat: Oren Castellanos — 7TRW22; Bea Lindqvist — KQM-4471": {"7TRW22", "KQM-4471"},
		"valet parking update: Vehicle: 7TRW22 moved to lot C":                            {"7TRW22"},
	} {
		var got []string
		for _, f := range Scan(text) {
			if f.Type == VehicleID {
				got = append(got, text[f.Start:f.End])
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(plates) {
			t.Errorf("Scan(%q) plates %q, want %q", text, got, plates)
		}
	}
}
