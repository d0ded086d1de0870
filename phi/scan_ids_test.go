package phi

import "testing"

// Identifier labels as people abbreviate them, with a negative for each
// capability: the label vocabulary must not turn organisational numbers
// into PHI.
func TestScanIDLabelForms(t *testing.T) {
	runCases(t, []scanCase{
		{"Itin", "her ITIN is 927-81-3306 for the charity-care form", []want{{SSN, "927-81-3306"}}},
		{"TaxpayerID", "individual taxpayer id 927813306", []want{{SSN, "927813306"}}},
		{"TaxIDSSNShape", "tax id for the guarantor: 927-81-3306", []want{{SSN, "927-81-3306"}}},
		{"TaxIDEINShape", "tax id for the clinic is 04-7720913", nil},
		{"HospNo", "hosp no. K7720913 on the transfer sheet", []want{{MRN, "K7720913"}}},
		{"PolHash", "pol# QRT77201-5 is the one on file", []want{{HealthPlanID, "QRT77201-5"}}},
		{"PlcyNo", "plcy no 772091355", []want{{HealthPlanID, "772091355"}}},
		{"InsID", "ins id TTR660193822", []want{{HealthPlanID, "TTR660193822"}}},
		{"InsAlone", "the ins and outs of the 2025 renewal", nil},
		{"MembID", "memb id Q66019382", []want{{HealthPlanID, "Q66019382"}}},
		{"SubscrID", "subscr id 66019382201", []want{{HealthPlanID, "66019382201"}}},
		{"Accnt", "accnt 30219948 for the refund", []want{{AccountNumber, "30219948"}}},
		{"CDL", "his CDL is K30219948", []want{{LicenseNumber, "K30219948"}}},
		{"DSlashL", "D/L T3021994 from NH", []want{{LicenseNumber, "T3021994"}}},
		{"PolMeeting", "the pol meeting moved to 3pm", nil},
	})
}

// A value before its label, the label closing the clause.
func TestScanValueBeforeLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"Paren", "T6601938 (member id) is not active", []want{{HealthPlanID, "T6601938"}}},
		{"Equals", "30219948 = acct", []want{{AccountNumber, "30219948"}}},
		{"ThatsHis", "K3021994 - that's his DL", []want{{LicenseNumber, "K3021994"}}},
		{"AsThe", "use 7720913355 as the account", []want{{AccountNumber, "7720913355"}}},
		{"PayerBetween", "she read out QTX660193822, her Cigna member number", []want{{HealthPlanID, "QTX660193822"}}},
		{"OrderOwns", "order 7720913355 as the account code", nil},
		{"DictKey", "{'npi': '1326047718', 'acct_no': 99120455}", []want{{AccountNumber, "99120455"}}},
		// the label reads the value after it; the one before, written the
		// same way, is compared with it: an account too (siblingIDs)
		{"LabelHasValue", "77209133 vs acct 30219948", []want{{AccountNumber, "77209133"}, {AccountNumber, "30219948"}}},
		{"LabelHasValueOtherForm", "7720-9133 vs acct 30219948", []want{{AccountNumber, "30219948"}}},
		{"Build", "build 20241105 is the account service release", nil},
	})
}

// A label a clause away from its value: the value after a verb later in
// the same sentence.
func TestScanLabelFarFromValue(t *testing.T) {
	runCases(t, []scanCase{
		{"OnFileFor", "the account we have on file for her is 5530912274", []want{{AccountNumber, "5530912274"}}},
		{"Commas", "his member id, per the card he showed at check-in, is QMX66019382", []want{{HealthPlanID, "QMX66019382"}}},
		{"EndingWords", "the account she wants refunded, the one ending in the old branch, is 5530912274", []want{{AccountNumber, "5530912274"}}},
		{"LastFour", "the account ending in 0042 was closed", nil},
		{"Invoice", "the account manager said invoice 44120933 is overdue", nil},
		{"Phone", "the account rep's direct line is 6175550142", []want{{Phone, "6175550142"}}},
		{"Zip", "her insurance card says 01450", nil},
		{"Amount", "the policy renewal for the building is 250000 dollars", nil},
	})
}

// Phone numbers in national and international formats: trunk prefixes in
// parentheses, area codes of two or four digits, French pairs, Indian
// mobiles, a 00 prefix apart, an area code a word before the number.
func TestScanPhoneFormats(t *testing.T) {
	runCases(t, []scanCase{
		{"TrunkInParens", "her son in Berlin: +49 (0)30 4471 2290", []want{{Phone, "+49 (0)30 4471 2290"}}},
		{"TrunkInParensSpaced", "call +44 (0) 161 496 0733 after six", []want{{Phone, "+44 (0) 161 496 0733"}}},
		{"FrenchPairs", "son portable, his mobile: 06 71 42 98 33", []want{{Phone, "06 71 42 98 33"}}},
		{"FrenchDots", "le numero 01.44.71.22.90", []want{{Phone, "01.44.71.22.90"}}},
		{"FrenchPairsNoCue", "scores on the five items were 06 12 34 56 78", nil},
		{"IndianTrunk", "call 094471 22903 in Pune", []want{{Phone, "094471 22903"}}},
		{"IndianMobile", "his mobile 94471 22903", []want{{Phone, "94471 22903"}}},
		{"IndianNoCue", "we exported 94471 22903 rows", nil},
		{"BrazilParen", "cell (21) 94471-2290", []want{{Phone, "(21) 94471-2290"}}},
		{"UKParen", "office phone (0161) 496 0733", []want{{Phone, "(0161) 496 0733"}}},
		{"RoomParen", "room (11) 4567 is open", nil},
		{"DoubleZeroApart", "reach the wife at 00 91 94471 22903", []want{{Phone, "00 91 94471 22903"}}},
		{"AreaThen", "the number is 413 then 555-0190", []want{{Phone, "413 then 555-0190"}}},
		{"AreaCode", "phone: area code 413, 555-0190", []want{{Phone, "413, 555-0190"}}},
		{"ThreeSeven", "text 413 5550190", []want{{Phone, "413 5550190"}}},
		{"Line", "her direct line is 4135550190", []want{{Phone, "4135550190"}}},
		{"PlusInParens", "call (+44) 161 496 0733 tonight", []want{{Phone, "(+44) 161 496 0733"}}},
		{"WholeNumberInParens", "informant (+44 161 496 0733) called", []want{{Phone, "+44 161 496 0733"}}},
	})
}

// Payment cards in every brand's length and grouping, and made-up or
// mistyped numbers after a card word.
func TestScanCardForms(t *testing.T) {
	runCases(t, []scanCase{
		{"Visa13", "old visa 4661318609133 still on file", []want{{CreditCard, "4661318609133"}}},
		{"Visa19", "use card 4909 9603 0824 6281 946 for the deposit", []want{{CreditCard, "4909 9603 0824 6281 946"}}},
		{"MC2Series", "new mastercard 2221 1948 7574 9111 arrived", []want{{CreditCard, "2221 1948 7574 9111"}}},
		{"Amex465", "amex 3704-974650-75299 for the hotel", []want{{CreditCard, "3704-974650-75299"}}},
		{"Diners464", "diners club 3602 685995 2890", []want{{CreditCard, "3602 685995 2890"}}},
		{"Maestro18", "maestro 6759 4148 5253 8885 35", []want{{CreditCard, "6759 4148 5253 8885 35"}}},
		{"Dotted", "the cc is 4313.7353.7990.7517", []want{{CreditCard, "4313.7353.7990.7517"}}},
		{"NotLuhnAfterCue", "her visa is 4532 1234 5678 9012, exp 04/27", []want{{CreditCard, "4532 1234 5678 9012"}}},
		{"NotLuhnCardOnFile", "charge the copay to the card on file, 6011 2345 6789 0123", []want{{CreditCard, "6011 2345 6789 0123"}}},
		{"NotLuhnNoCue", "the export had 4532 1234 5678 9012 rows", nil},
		{"NotLuhnSerial", "card reader serial 4532 1234 5678 9012", nil},
		{"GiftCardOrder", "gift card order 4532123456789012 shipped", nil},
		{"LastFour", "last 4 of the card: 9012", nil},
	})
}

// Driver's licences in the states' formats after a licence cue, and
// organisational licences and accounts left alone.
func TestScanLicenceAndAccountOwners(t *testing.T) {
	runCases(t, []scanCase{
		{"FloridaDashed", "FL DL S530-772-09-133-0 on the visitor log", []want{{LicenseNumber, "S530-772-09-133-0"}}},
		{"NewJerseyGroups", "NJ license S5307 72091 33012", []want{{LicenseNumber, "S5307 72091 33012"}}},
		{"WashingtonLetters", "WA DL SMITHJR552KZ", []want{{LicenseNumber, "SMITHJR552KZ"}}},
		{"MichiganSpaced", "MI license S 530 772 091 330", []want{{LicenseNumber, "S 530 772 091 330"}}},
		{"StateBetween", "the license on the intake form, state of Ohio, is TR772091", []want{{LicenseNumber, "TR772091"}}},
		{"UKDriving", "driving licence MORGA753116SM9IJ", []want{{LicenseNumber, "MORGA753116SM9IJ"}}},
		{"BusinessLicence", "business license 2024-0012 for the clinic", nil},
		{"LicenceAgreement", "Microsoft license agreement 7720913 for the org", nil},
		{"GLAccount", "GL account 61002000 for travel", nil},
		{"CloudAccount", "our AWS account 772091335512", nil},
		{"CostCenterAccount", "cost center account 7720913", nil},
		{"ReferenceHAR", "refund reference HAR 7700822014", []want{{AccountNumber, "7700822014"}}},
	})
}

// Record numbers and plan ids in more forms: a chart number with a letter
// prefix, national health numbers, health cards, MBIs in their printed
// groups without a label, Medi-Cal, a Canadian SIN.
func TestScanRecordAndPlanForms(t *testing.T) {
	runCases(t, []scanCase{
		{"ChartLetter", "please pull chart H6620931 for the audit", []want{{MRN, "H6620931"}}},
		{"Empi", "EMPI 100662093 on both records", []want{{MRN, "100662093"}}},
		{"UnitNo", "unit no. 6620931 at the Royal", []want{{MRN, "6620931"}}},
		{"UnitApartment", "she lives in unit no. 204", nil},
		{"NHS", "her NHS number is 943 476 5919", []want{{HealthPlanID, "943 476 5919"}}},
		{"HealthCard", "health card number 4471-220-913-KT", []want{{HealthPlanID, "4471-220-913-KT"}}},
		{"HealthOf", "the health of 12345 members improved", nil},
		{"MemID", "mem ID QTX660193822", []want{{HealthPlanID, "QTX660193822"}}},
		{"MediCal", "Medi-Cal 92019443A is inactive", []want{{HealthPlanID, "92019443A"}}},
		{"MBIDashesNoLabel", "3HU7-FK2-WT68 came back inactive", []want{{HealthPlanID, "3HU7-FK2-WT68"}}},
		{"MBISpaces", "medicare 5RT9 QE2 JM41", []want{{HealthPlanID, "5RT9 QE2 JM41"}}},
		{"PayerPhone", "Aetna claims line 1-800-555-0100", []want{{Phone, "1-800-555-0100"}}},
		{"SIN", "SIN 046 454 286 for the Ontario patient", []want{{SSN, "046 454 286"}}},
		{"SINNotLuhn", "social club table 046 454 287", nil},
	})
}

// Unlabelled ITINs, cards with mixed separators, "bank" as an account
// label, trunk prefixes of two digits.
func TestScanTaxpayerBankAndTrunk(t *testing.T) {
	runCases(t, []scanCase{
		{"ITINBare", "the form lists 912-78-4421 for the guarantor", []want{{SSN, "912-78-4421"}}},
		{"NineHundredOther", "part 912-45-4421 is on backorder", nil},
		{"CardMixedSeps", "card 4111-1111 1111-1111 declined", []want{{CreditCard, "4111-1111 1111-1111"}}},
		{"BankNumber", "bank number 945456787654 for the refund", []want{{AccountNumber, "945456787654"}}},
		{"BankHoliday", "bank holiday on 12/25, the office is closed", nil},
		{"BankRouting", "the bank routing number 011000138", nil},
		{"IsraeliLandline", "her phone in Haifa 04-812-3456", []want{{Phone, "04-812-3456"}}},
	})
}

// A label's value after an arrow, a question mark or "it's", in
// parentheses later in the clause, and a second value of the same shape
// later in the sentence.
func TestScanLabelPunctuationAndRepeats(t *testing.T) {
	runCases(t, []scanCase{
		{"Arrow", "member id --> QTX660193822", []want{{HealthPlanID, "QTX660193822"}}},
		{"Question", "MRN?? 6620931", []want{{MRN, "6620931"}}},
		{"ItIs", "account number? it's 5530912274", []want{{AccountNumber, "5530912274"}}},
		{"ParenLater", "the sub ID he gave (66019382201) doesn't match", []want{{HealthPlanID, "66019382201"}}},
		{"Recipient", "Medicaid recipient id 0660193822", []want{{HealthPlanID, "0660193822"}}},
		{"OldOne", "please update the member id to QTX660193822, the old one was QTX660193811", []want{{HealthPlanID, "QTX660193822"}, {HealthPlanID, "QTX660193811"}}},
		{"OtherShape", "acct 5530912274, the order was 4410-2930", []want{{AccountNumber, "5530912274"}}},
		{"PhoneBetween", "acct 5530912274, call her on 6175550142", []want{{AccountNumber, "5530912274"}, {Phone, "6175550142"}}},
		{"QuestionTopic", "what's an MRN? 12 of us asked", nil},
	})
}

// Device serials: a worn or home device with "her"/"his" is a person's;
// an equipment noun before the serial label names the organisation's asset.
func TestScanDeviceOwners(t *testing.T) {
	runCases(t, []scanCase{
		{"HomeConcentrator", "oxygen concentrator serial OC77209133 at her home", []want{{DeviceID, "OC77209133"}}},
		{"HisPump", "his insulin pump SN TP-4471-0913 keeps alarming", []want{{DeviceID, "TP-4471-0913"}}},
		{"Printer", "the printer SN XK7720913 in the copy room", nil},
		{"Scanner", "the MRI scanner serial 88711-CT for the vendor", nil},
		{"LaptopHis", "his laptop serial 5CG7720913 for the new hire", nil},
	})
}

// The value first with a record word, and a value set off by dashes a few
// words after its label.
func TestScanValueFirstAndDashes(t *testing.T) {
	runCases(t, []scanCase{
		{"IsTheChart", "6620931 is the chart we need", []want{{MRN, "6620931"}}},
		{"ShortIsTheRecord", "2024 was the record year for admissions", nil},
		{"Dashes", "the license she showed us - S77209133 - was expired", []want{{LicenseNumber, "S77209133"}}},
		{"NextSentence", "Can you check her MRN? It's 6620931.", []want{{MRN, "6620931"}}},
	})
}

// A bare "ID" typed by a payer named further along the line.
func TestScanBareIDPayerInLine(t *testing.T) {
	runCases(t, []scanCase{
		{"PayerEarlier", "Blue Cross says the claim for the twins can't go through yet; dad's ID is QPW660193822-01", []want{{HealthPlanID, "QPW660193822-01"}}},
		{"NoPayer", "the kiosk says the visit can't go through yet; the ID is 660193822", nil},
	})
}

// The far look-ahead: past another subject's verb ("name is ..."), to
// "number" after a comma, to a value after the issuing state; not past
// the label's own verb or another field's label.
func TestScanFarValueLimits(t *testing.T) {
	runCases(t, []scanCase{
		{"NameBetween", "found a wallet with a license of Ohio, name on it is smudged, number T 530 772 091", []want{{LicenseNumber, "T 530 772 091"}}},
		{"StateColon", "Out-of-state DL on the scan for the visitor: NJ 530 772 091", []want{{LicenseNumber, "530 772 091"}}},
		{"ThatsValue", "she read me the MRN slowly - that's 6620931, right?", []want{{MRN, "6620931"}}},
		{"IsNow", "MRN is now 8801944 after the merge", []want{{MRN, "8801944"}}},
		{"OwnVerb", "her license is suspended, the fine was 125000 dollars", nil},
		{"NumberOf", "the member is happy with the plan, number of visits was 123456", nil},
		{"OtherField", "his member id is on the card, and the claim number is 88120433", nil},
		{"Premium", "the policy is up for renewal, the premium is 4410293", nil},
	})
}

// Example SSNs are still guarded (the guard errs on the safe side); a
// mistyped card keeps its brand's length.
func TestScanSampleNumbers(t *testing.T) {
	runCases(t, []scanCase{
		{"SequenceBare", "mask values like 123-45-6789 in the demo", []want{{SSN, "123-45-6789"}}},
		{"SequenceLabelled", "her SSN is 123-45-6789, she says", []want{{SSN, "123-45-6789"}}},
		{"WrongLength", "card 4532 1234 5678 902 declined", nil},
		{"AmexLength", "amex 3712 345678 90123 for the hotel", []want{{CreditCard, "3712 345678 90123"}}},
		{"FakeCard", "use a fake card like 4532 1234 5678 9012 in the demo", nil},
	})
}

// Links of code hosts and ticket trackers carry issue numbers, not people.
func TestScanOrgLinks(t *testing.T) {
	runCases(t, []scanCase{
		{"Issue", "see https://github.com/acme/guard/issues/12345 for the fix", nil},
		{"Jira", "tracked in https://acme.atlassian.net/browse/PHI-44120", nil},
		{"PatientResults", "her results: https://portal.example.org/results?patientId=A7712093", []want{{URL, "https://portal.example.org/results?patientId=A7712093"}}},
	})
}

// Sums of money and ZIP-like numbers near a label stay clean.
func TestScanLabelNearMoneyAndZip(t *testing.T) {
	runCases(t, []scanCase{
		{"LicenceFee", "the license fee of 125000 is due", nil},
		{"AccountBalance", "the account had a balance of 5530912 cents", nil},
		{"ZipBefore", "ZIP 02139 as the account region", nil},
		{"FiveDigitsBefore", "02139 is the account region", nil},
	})
}

// Fixes found on fresh writers, written as general cases: a label's own
// words are no value prefix, "Mr." is a title, a transfer center is no
// cost center, toll-free lines are phones, a claim number is no card,
// version words for client software, a card in four groups of four in a
// message about a card, an SSN a few words after its label.
func TestScanFreshWriterForms(t *testing.T) {
	runCases(t, []scanCase{
		{"LabelNoPrefix", "can you pull the chart for pt Ilse Tern MRN 00662093 please", []want{{Name, "Ilse Tern"}, {MRN, "00662093"}}},
		{"MrTitle", "Mr. Tern's Mastercard 5105 1051 0510 5100 exp 04/27", []want{{Name, "Tern"}, {CreditCard, "5105 1051 0510 5100"}}},
		{"TransferCenter", "he left his cell for the transfer center: 413-555-0190", []want{{Phone, "413-555-0190"}}},
		{"CostCenter", "cost center 4410293 for the travel", nil},
		{"TollFreeCarrier", "give her the workers comp carrier # 800-555-0146", []want{{Phone, "800-555-0146"}}},
		{"BankCell", "our CFO's cell for the bank is 857.555.0109", []want{{Phone, "857.555.0109"}}},
		{"ClaimLuhn", "Claim 2026112800431 was denied for missing auth", nil},
		{"CitrixVersion", "Citrix receiver 23.9.1.104 is required on the thin clients", nil},
		{"CardFarCue", "pt read me her card number over the phone instead of the IVR - 4716 2290 5583 1047 - not in notes", []want{{CreditCard, "4716 2290 5583 1047"}}},
		{"SSNAfterName", "The SSN for the guarantor is 078-05-1120 per the form", []want{{SSN, "078-05-1120"}}},
		{"SocialFor", "Social for the guarantor: 512440918.", []want{{SSN, "512440918"}}},
		{"CellPayer", "Ins: MassHealth ID 100288419733\nPh: 617-555-0139", []want{{HealthPlanID, "100288419733"}, {Phone, "617-555-0139"}}},
		{"CellPayerComma", "Ins: Aetna, member ID XOF168948733\nPh: 617-555-0139", []want{{HealthPlanID, "XOF168948733"}, {Phone, "617-555-0139"}}},
		{"CodeHead", "recall notice FSN-2026-14 affects the V60 units", nil},
		{"PayMyBill", "the public one - https://www.example.org/pay-my-bill", nil},
	})
}

// A list of phone numbers: the next number after a found one, joined by a
// list word, is a phone number too; an organisational label as the first
// noun of a compound labels nothing.
func TestScanPhoneListAndCompounds(t *testing.T) {
	runCases(t, []scanCase{
		{"NotTheOther", "the phone on file is 555-017-3390, not 555-017-3309", []want{{Phone, "555-017-3390"}, {Phone, "555-017-3309"}}},
		{"NoFirst", "the range is 555-017-3390 to 555-017-3309", nil},
		{"ClaimForm", "serial on her pump claim form is 2219X0447", []want{{DeviceID, "2219X0447"}}},
		{"InvoiceValue", "the account manager said invoice 44120933 is overdue", nil},
	})
}

// An IBAN after its label whatever its check digits; without the label
// only a valid one.
func TestScanIBANAfterLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"BadCheckLabelled", "IBAN GB00 WEST 1234 5698 7654 32 for the refund", []want{{AccountNumber, "GB00 WEST 1234 5698 7654 32"}}},
		{"BadCheckBare", "ref GB00 WEST 1234 5698 7654 32", nil},
		{"ValidBare", "pay to GB82 WEST 1234 5698 7654 32 today", []want{{AccountNumber, "GB82 WEST 1234 5698 7654 32"}}},
	})
}

// A colon a few words after a label is another label's when that label
// comes between; a question mark continues a label only before its value.
func TestScanColonOwner(t *testing.T) {
	runCases(t, []scanCase{
		{"PlateThenLicence", "license plate? no, his license: 47720913", []want{{LicenseNumber, "47720913"}}},
		{"OwnerBetween", "tax id for the guarantor: 927-81-3306", []want{{SSN, "927-81-3306"}}},
		{"QuestionWords", "which plate? no idea, ask security", nil},
	})
}
