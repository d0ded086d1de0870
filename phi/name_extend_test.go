package phi

import "testing"

// A name found up to a given name takes the surname after it, when the
// surname is a word too or comes after particles, and the words after it
// close the name; a word that goes on the sentence stays outside.
func TestExtendNames(t *testing.T) {
	runCases(t, []scanCase{
		{"CensusSurnameWord", "her nephew osvaldo field called about the bill, dob 2/3/1950",
			[]want{{Name, "osvaldo field"}, {Date, "2/3/1950"}}},
		{"CensusSurnameBeforeAge", "new admit: marisela power, 93, fall at home",
			[]want{{Name, "marisela power"}, {Age, "93"}}},
		{"ParticlesThenFoundName", "the daughter of pt Rosalind de los Santos called twice",
			[]want{{Name, "Rosalind de los Santos"}}},
		{"HyphenatedWordSurname", "my father ignatius bloom-castle (92) is in the ed",
			[]want{{Name, "ignatius bloom-castle"}, {Age, "92"}}},
		{"WordGoesOn", "pt Rosalind field trip consent for peds is in the chart", []want{{Name, "Rosalind"}}},
		{"BedAfterGiven", "pt oksana in hall 4 refused her meds", []want{{Name, "oksana"}}},
		{"InvertedSurnameBefore", "mrn 5520913 - whitcombe, delphine - CKD4, K 6.1 this am", []want{{MRN, "5520913"}, {Name, "whitcombe, delphine"}}},
		{"InvertedGivenAfter", "_PACU_ — Srey, Chanthou 92yo, post-op delirium, pulled IV", []want{{Name, "Srey, Chanthou"}, {Age, "92"}}},
		{"VocativeNoSurname", "thanks, Maria - see you Friday", nil},
	})
}

// A found surname takes a given name before it (one of the lists, a word
// of no dictionary, or two joined by a hyphen) and surname particles; a
// found given name takes a middle initial and the surname after it, even
// a word of the language. Words of the sentence stay outside.
func TestExtendNamesBefore(t *testing.T) {
	runCases(t, []scanCase{
		{"GivenBeforeFoundSurname", "pls ring loretta's emergency contact xiaoling bautista at 719-881-1367",
			[]want{{Name, "loretta"}, {Name, "xiaoling bautista"}, {Phone, "719-881-1367"}}},
		{"ParticleBeforeFound", "chart for della rosa is locked, mrn 4471902", []want{{Name, "della rosa"}, {MRN, "4471902"}}},
		{"InitialThenWordSurname", "re: her father ignatius d. field. contact 617-555-0101",
			[]want{{Name, "ignatius d. field"}, {Phone, "617-555-0101"}}},
		{"InitialThenStreetWord", "login audit: pt Marisol T. Street's chart opened from 10.2.3.4",
			[]want{{Name, "Marisol T. Street"}, {IPAddress, "10.2.3.4"}}},
		{"ArticleIsNoInitial", "pt oksana a bit sleepy after the dose, vitals fine", []want{{Name, "oksana"}}},
		{"FamilyNameFirst", "mom is wu liqing, surgery 03/25.", []want{{Name, "wu liqing"}, {Date, "03/25"}}},
		{"FamilyNameFirstParen", "autopay failed for huang weiming (acct 4471190), card declined",
			[]want{{Name, "huang weiming"}, {AccountNumber, "4471190"}}},
	})
}

// A given name no list holds takes the surname after it; a given name of
// two words joined by a hyphen is one word, whatever its halves are
// alone ("min", "jun"); a surname that is an everyday word but a listed
// surname comes before the comma of an inverted name.
func TestExtendNamesUnlisted(t *testing.T) {
	runCases(t, []scanCase{
		{"UnlistedGivenThenSurname", "transport list: zhyldyz brewster mrn 60418827 to dialysis at 6",
			[]want{{Name, "zhyldyz brewster"}, {MRN, "60418827"}}},
		{"HyphenGivenWithStopHalves", "the pt is min-jun oyelowo, dob 3/14/1951, on tele",
			[]want{{Name, "min-jun oyelowo"}, {Date, "3/14/1951"}}},
		{"HyphenGivenAfterComma", "pt oyelowo, min-jun mrn 60418827 for echo", []want{{Name, "oyelowo, min-jun"}, {MRN, "60418827"}}},
		{"KinIsNoGivenName", "her son-in-law tobiah called, pt dob 3/14/1951", []want{{Name, "tobiah"}, {Date, "3/14/1951"}}},
		{"WordSurnameInverted", "hospice cert: power, temperance l, dob 2/2/1931, end-stage chf",
			[]want{{Name, "power, temperance l"}, {Date, "2/2/1931"}}},
	})
}

// A full name joined by "and", "&" or "+" to a name found after it shares
// its role, with its middle initial and the head of a hyphenated surname
// (no given name the full name after it shares); a colleague with a title
// before it does not.
func TestCoordinatedBefore(t *testing.T) {
	runCases(t, []scanCase{
		{"PlusBeforeFound", "affidavit: Dagny Holm + Mateus Fonseca, baby Liv. notary is Quang",
			[]want{{Name, "Dagny Holm"}, {Name, "Mateus Fonseca"}, {Name, "Liv"}}},
		{"TitledColleague", "Dr. Anna Ruiz and pt Mateus Fonseca went over the consent", []want{{Name, "Mateus Fonseca"}}},
		{"MiddleInitialBefore", "Teodor K. Lindgren and Yesenia Oduya were in the same forklift incident",
			[]want{{Name, "Teodor K. Lindgren"}, {Name, "Yesenia Oduya"}}},
		{"HyphenatedBefore", "Ruth Ben-Ami and Jhun Oduya both in the 1:00p slot", []want{{Name, "Ruth Ben-Ami"}, {Name, "Jhun Oduya"}}},
	})
}

// A frequent census surname that is also an organisation's or a place's
// word ends a full name after a given name; the same word that goes on
// into an organisation's name, or after a town or a payer, stays no one.
// Right after "pt" what the patient wants is no colleague's errand, and an
// acronym made a verb ("OD'd") is no part of a name.
func TestOrgWordSurnames(t *testing.T) {
	runCases(t, []scanCase{
		{"SurnameWest", "my mum Concetta West is 94, dob 11.21.1930", []want{{Name, "Concetta West"}, {Age, "94"}, {Date, "11.21.1930"}}},
		{"SurnameLakeAfterTrigger", "pt Tobias Lake wants the morphine held tonight", []want{{Name, "Tobias Lake"}}},
		{"ChurchOrganisation", "the food drive at Grace Church Food Pantry is Saturday", nil},
		{"PayerStaysPayer", "copay on the Harvard Pilgrim commercial plans is $60 this year", nil},
		{"PatientWantsThe", "pt Xiadani wants the direct deposit changed before discharge", []want{{Name, "Xiadani"}}},
		{"SurrogateRoleInParens", "pls call her son Tomasz Wróbel (HCP) before the family meeting", []want{{Name, "Tomasz Wróbel"}}},
		{"EmployerInParens", "Dana Whitcombe (Stryker) is bringing the loaner trays", nil},
		{"VerbedAcronym", "pt Lucinda Okwuosa OD'd in the bathroom last night, narcan x2", []want{{Name, "Lucinda Okwuosa"}}},
	})
}

// A label of another language that is an English word too is a label only
// in a message in that language; a ward census's items are beds and names,
// not quantities or codes.
func TestHomographLabelsAndCensusQuantities(t *testing.T) {
	runCases(t, []scanCase{
		{"PlaqueEnglish", "Marisol Vega will present the donors a plaque 08042026 at the gala", nil},
		{"PlaqueFrench", "la voiture du patient, plaque AB-123-CD, est garée devant les urgences", []want{{VehicleID, "AB-123-CD"}}},
		{"Mileage", "mileage for May\nOyelaran: 79 mi\nKetsana: 184 mi\nBoateng: 134 mi", nil},
		{"DenialCodes", "top denials:\n1. CO-16 - 244\n2. CO-97 - 1656\n3. PR-22 - 18", nil},
		{"StillACensus", "census: 4 hope, 17 ashworth, 21 okafor", []want{{Name, "hope"}, {Name, "ashworth"}, {Name, "okafor"}}},
	})
}

// A bare record number on the line of a found name in a list is that
// person's: an account where the line has an amount or the message is
// about bills, a record number otherwise; a labelled work number, an
// amount, a date or a shift's hours on the line stay what they are.
func TestRowIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"WorklistAccount", "COB holds, top 2 by balance:\n1. 513503347 Grewal, Yanique $2787.45\n2. 703033899 Bennett, Ashley $314.05",
			[]want{{AccountNumber, "513503347"}, {Name, "Grewal, Yanique"}, {AccountNumber, "703033899"}, {Name, "Bennett, Ashley"}}},
		{"DashedAccount", "self-pay f/u list:\n- 769-264605 gallagher, arthur $1701.49",
			[]want{{AccountNumber, "769-264605"}, {Name, "gallagher, arthur"}}},
		{"RecordNumber", "ED holding list:\nOyelaran, Francesca 4471902 waiting on psych",
			[]want{{Name, "Oyelaran, Francesca"}, {MRN, "4471902"}}},
		{"NumberStartsTheRow", "missed visits this week\n7865789  Mrs Hughes  11-Dec-2025  in hospital",
			[]want{{MRN, "7865789"}, {Name, "Hughes"}, {Date, "11-Dec-2025"}}},
		{"WorkNumberStays", "ED holding list:\nOyelaran, Francesca needs a wheelchair, PO 4500219904 approved",
			[]want{{Name, "Oyelaran, Francesca"}}},
		{"ShiftHours", "sitter log:\nOyelaran, Francesca 0700-1900 no falls, ate half her lunch",
			[]want{{Name, "Oyelaran, Francesca"}}},
		{"DashedRecord", "ED holding list:\nOyelaran, Francesca 4471-902883 waiting on psych",
			[]want{{Name, "Oyelaran, Francesca"}, {MRN, "4471-902883"}}},
	})
}

// A worklist whose rows start with a record number names the person right
// after it; rows of counts are no worklist.
func TestRecordRowNames(t *testing.T) {
	runCases(t, []scanCase{
		{"Worklist", "missed visits this week\n7724069  Okoro  6/7  weather\n8695843  Deschenie  3/3  refused",
			[]want{{MRN, "7724069"}, {Name, "Okoro"}, {Date, "6/7"}, {MRN, "8695843"}, {Name, "Deschenie"}, {Date, "3/3"}}},
		{"Counts", "1234567 units shipped last quarter\n2345678 units this quarter", nil},
	})
}

// The bot's own words about what a message holds name no one; a month and
// day with a dash after a word that takes a date is a date, a count is not.
func TestOwnWordsAndDashDates(t *testing.T) {
	runCases(t, []scanCase{
		{"PHIWord", "DEL-2 was claimed by @alice — withheld here: it holds PHI (name, mrn); view it in #phi-ok", nil},
		{"SinceDashDate", "cancelled sunita chatterjee again, 3rd time since 3-2, son wants a call",
			[]want{{Name, "sunita chatterjee"}, {Date, "3-2"}}},
		{"DueBackDashDate", "CADD pump went home with Joy Kaya, due back 1-27", []want{{Name, "Joy Kaya"}, {Date, "1-27"}}},
		{"CountNoDate", "she needs 3-4 days of IV abx before the pump goes home", nil},
		{"CopulaAfterEvent", "EDD for Rowena Achterberg is 5-31, UHC approved 3 more days",
			[]want{{Name, "Rowena Achterberg"}, {Date, "5-31"}}},
	})
}

// An organisation's mail, lockbox and meeting addresses are no one's; a
// family's move still is.
func TestOrganisationAddresses(t *testing.T) {
	runCases(t, []scanCase{
		{"MailGoesTo", "Mail for the infusion suite now goes to 88 Mill Rd, Andover MA 01810, not the PO box", nil},
		{"LockboxAddress", "the new lockbox address is 600 Mill Plaza, Andover, MA 01810 from March", nil},
		{"FamilyMoves", "the family is moving to 12 Elm St, Salem next month", []want{{Address, "12 Elm St, Salem"}}},
	})
}

// A list of balances whose rows are a surname-first name, a record number
// and an amount names a person in every row once one row's name is found.
func TestLedgerRows(t *testing.T) {
	runCases(t, []scanCase{
		{"Ledger", "self-pay follow-up list:\n- okonkwo, chidinma 40297741 $8,684\n- lin, ioane h325499116 $5,518.70",
			[]want{{Name, "okonkwo, chidinma"}, {MRN, "40297741"}, {Name, "lin, ioane"}, {AccountNumber, "h325499116"}}},
		{"VendorLedger", "open invoices:\n- acme, inc 40297741 $8,684\n- medline, llc 50297741 $518.70", nil},
	})
}

// A record word before a record number in dashed groups labels it; a date,
// a phone or an SSN after it keeps its own type.
func TestDashedRecords(t *testing.T) {
	runCases(t, []scanCase{
		{"DashedChart", "flag chart 417-600-16 as VIP restricted", []want{{MRN, "417-600-16"}}},
		{"ShortFirstGroup", "record 00-44871 goes to HIM today", []want{{MRN, "00-44871"}}},
		{"PhoneStays", "chart 617-555-0142 is the callback", []want{{Phone, "617-555-0142"}}},
	})
}

// An aside in parentheses between a label and its colon does not cut the
// label from its list.
func TestLabelAsideInParens(t *testing.T) {
	runCases(t, []scanCase{
		{"Aside", "MRNs for the quality sample (not the old batch): 1509519923, M04646725",
			[]want{{MRN, "1509519923"}, {MRN, "M04646725"}}},
	})
}

// In a message typed in capitals only, a name in capitals is weighed as a
// capitalised word, not as an acronym.
func TestShoutedNames(t *testing.T) {
	runCases(t, []scanCase{
		{"ShoutedName", "DR MEDEIROS PAGED FOR BARTHOLOMEW IN 3W-30, NO CALL BACK YET", []want{{Name, "BARTHOLOMEW"}}},
		{"ShoutedClean", "COPAY FOR THE PPO PLANS IS $40 FOR SPECIALISTS THIS YEAR", nil},
	})
}

// A lower-case possessive repeats a name found in lower case, even a word
// of the language ("sow's f/u" after "mr rowan sow").
func TestLowerPossessiveRepeat(t *testing.T) {
	runCases(t, []scanCase{
		{"PossessiveAfter", "ok i'll call mr rowan sow back, sow's f/u is friday", []want{{Name, "rowan sow"}, {Name, "sow"}}},
		{"PlainWordStays", "ok i'll call mr rowan sow back, the sow on the farm is fine", []want{{Name, "rowan sow"}}},
	})
}

// A saint's name that the surname lists hold written as one word is a
// surname, alone too ("St. Pierre", "St Onge"); where it is an
// institution's or a town's (after "at", "to", possessive and scraped,
// before an organisation's word) or a titled colleague's, it is no one.
func TestSaintSurnames(t *testing.T) {
	runCases(t, []scanCase{
		{"AloneAfterFor", "housekeeping found the dentures of St. Onge in the lounge, MRN 5521907, pls return",
			[]want{{Name, "St. Onge"}, {MRN, "5521907"}}},
		{"WithGivenName", "pt Rosalind St. Germain is asking for her walker, dob 4/2/1941",
			[]want{{Name, "Rosalind St. Germain"}, {Date, "4/2/1941"}}},
		{"HospitalPossessive", "transfer packet faxed to St. Mary's, MRN 5521907", []want{{MRN, "5521907"}}},
		{"AfterAt", "the meeting at St. Vincent moved, MRN 5521907 is ready", []want{{MRN, "5521907"}}},
		{"OrgWordAfter", "St. Jude Medical rep called about the recall", nil},
		{"TitledColleague", "results to Dr. St. Onge by fax please", nil},
	})
}

// One capitalised word after "pt" or "patient", or right after a relative,
// that the department and street lists hold is the person's name when it
// is a frequent given name or a surname too; a department's name goes on
// or is headed by a capitalised "Patient" inside a sentence.
func TestCuedWordNames(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterPt", "call light going for 10 min, pt West, can someone answer", []want{{Name, "West"}}},
		{"AfterPtIs", "who fell overnight? pt is Lane, found on the floor by the sink", []want{{Name, "Lane"}}},
		{"AfterRelative", "her husband Lane will sign the consent at 2", []want{{Name, "Lane"}}},
		{"DepartmentGoesOn", "pt Access Center called about the bill", nil},
		{"CapitalisedPatient", "thanks to the folks from Patient Ed for the new handouts", nil},
	})
}

// A given name or surname in its possessive after a preposition is a
// person's, though a town has the name; a possessive before a capitalised
// noun is an institution's name.
func TestOwnerAfterPreposition(t *testing.T) {
	runCases(t, []scanCase{
		{"GivenTownPossessive", "the INR from Dale's draw this morning was 4.1, pls call him", []want{{Name, "Dale"}}},
		{"Institution", "we refer teens in crisis to Hope's House after hours", nil},
	})
}

// TestWordPartsOfFoundNames checks the given name before a lone surname and
// the surname after a lone given name that are everyday words, grammar
// words or particles too: the name is redacted whole.
func TestWordPartsOfFoundNames(t *testing.T) {
	runCases(t, []scanCase{
		{"MonthGiven", "fyi june okorafor (4 south) refused her 0600 labs, dob 02/11/1941",
			[]want{{Name, "june okorafor"}, {Date, "02/11/1941"}}},
		{"ModalGiven", "will ostrowski missed his last two remotes, daughter's cell is 617-555-0148",
			[]want{{Name, "will ostrowski"}, {Phone, "617-555-0148"}}},
		{"GrammarWordStays", "can u see okorafor before 3, dob 02/11/1941",
			[]want{{Name, "okorafor"}, {Date, "02/11/1941"}}},
		{"ParticleSurname", "ssn for thuy le is 512-44-8876, her daughter called",
			[]want{{Name, "thuy le"}, {SSN, "512-44-8876"}}},
	})
}

// TestLateNamesExtended checks a name found once a date was kept
// (lateNames) taking its surname as the names found before do.
func TestLateNamesExtended(t *testing.T) {
	runCases(t, []scanCase{
		{"Surname", "can someone fax ugo brannigan's records over? the lawyer called about the 3/14 visit again",
			[]want{{Name, "ugo brannigan"}, {Date, "3/14"}}},
	})
}

// TestSurnamesAfterFoundGiven checks a surname after a given name found
// alone that the lists hold only written as one word ("standing bear"),
// and one no list holds that no clause ending closes; and the first word
// of such a surname before its second found alone.
func TestSurnamesAfterFoundGiven(t *testing.T) {
	runCases(t, []scanCase{
		{"JoinedWords", "pt ofelia standing bear asked for her daughter, dob 3/4/1950",
			[]want{{Name, "ofelia standing bear"}, {Date, "3/4/1950"}}},
		{"Unlisted", "visitor boris kostopolous spotted in the chapel, officers on the way",
			[]want{{Name, "boris kostopolous"}}},
		{"JoinedWordsBefore", "Tova (Standing Bear's granddaughter) keeps calling the desk for an update",
			[]want{{Name, "Tova"}, {Name, "Standing Bear"}}},
		{"ShortForeignWordStays", "dile a su nieta graciela que venga el martes 9/2",
			[]want{{Name, "graciela"}, {Date, "9/2"}}},
	})
}

// TestNamesBeforeAges checks the name written right before an age over 89
// and a word that is not one.
func TestNamesBeforeAges(t *testing.T) {
	runCases(t, []scanCase{
		{"Bracket", "okwuosa (102 years young) finished her crossword before breakfast",
			[]want{{Name, "okwuosa"}, {Age, "102"}}},
		{"Turns", "marigold turns 95 saturday, the aides are making a banner",
			[]want{{Name, "marigold"}, {Age, "95"}}},
		{"Kinship", "my gran is ninety-six and still on the waitlist for a hip",
			[]want{{Age, "ninety-six"}}},
	})
}

// TestStreetWordSurnames checks a given name and "Street" or "Lane" as a
// surname in a message about someone's care, and a street named the same.
func TestStreetWordSurnames(t *testing.T) {
	runCases(t, []scanCase{
		{"Surname", "appeal letter for Odessa Street, DOB 4/2/1961, denied for IOP",
			[]want{{Name, "Odessa Street"}, {Date, "4/2/1961"}}},
		{"StreetName", "the pt's ride will wait on Odessa Street, DOB paperwork is at the desk", nil},
	})
}

// A month that is a given name, set off after a surname and a comma, is
// the given name; followed by a day it is a date.
func TestExtendNamesMonthGiven(t *testing.T) {
	runCases(t, []scanCase{
		{"AprilComma", "prior auth approved for Okonkwo-Barre, April, pembrolizumab 200 mg q3w", []want{{Name, "Okonkwo-Barre, April"}}},
		{"JuneParen", "infusion chair 4 (Tremblay, June) running late", []want{{Name, "Tremblay, June"}}},
	})
}

// A given name glued to the comma after a surname standing apart, and an
// unlisted surname after a list's comma before a found given name.
func TestExtendNamesCommaLists(t *testing.T) {
	runCases(t, []scanCase{
		{"Glued", "cpap usage this week: nakashima,priya 64% — call her about the mask", []want{{Name, "nakashima,priya"}}},
		{"GluedSecond", "compliance report: adams,rahul 91%, choi,gladys 78%", []want{{Name, "adams,rahul"}, {Name, "choi,gladys"}}},
		{"ListUnlisted", "recall hits: Oyelowo, Tamsin (4471093), Quillfeather, Marisol (5520981) and two more",
			[]want{{Name, "Oyelowo, Tamsin"}, {MRN, "4471093"}, {Name, "Quillfeather, Marisol"}, {MRN, "5520981"}}},
	})
}

// A lower-case given name, a middle initial and a census surname that is
// a word too is a name; a small "u" between words is "you", no initial.
func TestScanInitialCensusSurname(t *testing.T) {
	runCases(t, []scanCase{
		{"Field", "new ref: samir t. field, 03141950, pneumonia", []want{{Name, "samir t. field"}, {Date, "03141950"}}},
		// eight digits that read as a whole date after a name are its birth date, no record number
		{"DateNotRecord", "referral in: priya s. marsh, 07221944, cellulitis of the left leg", []want{{Name, "priya s. marsh"}, {Date, "07221944"}}},
		{"You", "bot can u look up HAR 6004409831 and tell me the payer", []want{{AccountNumber, "6004409831"}}},
	})
}

// A month's abbreviation that is a surname too ("Dec") ends a name when a
// day or a year follows it: it starts the date.
func TestNameEndsAtMonthWithDay(t *testing.T) {
	runCases(t, []scanCase{
		{"AbbrevDot", "refill question for Marisol Ortega Dec. 3, 1958, inhaler ran out", []want{{Name, "Marisol Ortega"}, {Date, "Dec. 3, 1958"}}},
		{"Ordinal", "pharmacy says Omar Haddad Dec 3rd refill is too early", []want{{Name, "Omar Haddad"}, {Date, "Dec 3rd"}}},
	})
}

// A lower-case initial and its point before a lower-case name found are
// part of it; "e.g." before a word is not.
func TestLowerInitialBefore(t *testing.T) {
	runCases(t, []scanCase{
		{"Initial", "call back e. papadopoulos about his inr", []want{{Name, "e. papadopoulos"}}},
	})
}
