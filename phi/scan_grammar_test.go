package phi

import "testing"

// The address grammar: house numbers, USPS suffixes, units, rural routes,
// streets without a number, towns of residence; facility addresses stay.
func TestScanAddressGrammar(t *testing.T) {
	runCases(t, []scanCase{
		{"USPSSuffixCapitalised", "pt Wenonah Clay lives at 8 Juniper Knoll, Topsfield",
			[]want{{Name, "Wenonah Clay"}, {Address, "8 Juniper Knoll, Topsfield"}}},
		{"USPSSuffixAbbrev", "pt Wenonah Clay, 19 Fox Run Crk Rd", []want{{Name, "Wenonah Clay"}, {Address, "19 Fox Run Crk Rd"}}},
		{"USPSSuffixLowerIsWord", "pt Wenonah Clay saw 3 nurses glen told", []want{{Name, "Wenonah Clay"}}},
		{"NotAStreetCenter", "pt Wenonah Clay asked about 3 Cancer Center programs", []want{{Name, "Wenonah Clay"}}},
		{"HouseNumberRange", "pt Wenonah Clay moved to 410-412 Pine Ave", []want{{Name, "Wenonah Clay"}, {Address, "410-412 Pine Ave"}}},
		{"HouseNumberFraction", "her address is 7 1/2 Mill Pond Rd", []want{{Address, "7 1/2 Mill Pond Rd"}}},
		{"HouseNumberInWords", "pt lives at thirty-one Birch Ln", []want{{Address, "thirty-one Birch Ln"}}},
		{"RuralRoute", "pt Wenonah Clay, RR 4 Box 212, Danby VT", []want{{Name, "Wenonah Clay"}, {Address, "RR 4 Box 212, Danby VT"}}},
		{"RuralRouteWords", "mail it to Rural Route 7, Box 33", []want{{Address, "Rural Route 7, Box 33"}}},
		{"StreetWithoutNumber", "her son lives on Larch St in Ipswich", []want{{Address, "Larch St"}, {Address, "Ipswich"}}},
		{"DirectionalTown", "pt lives in North Reading with her niece", []want{{Address, "North Reading"}}},
		{"TraditionalState", "pt Wenonah Clay, 5 Ash St, Lynn, Mass. 01902", []want{{Name, "Wenonah Clay"}, {Address, "5 Ash St, Lynn, Mass. 01902"}}},
		{"NameCommaAddress", "Wenonah Clay, 27 Tern Ave, Hull MA 02045", []want{{Name, "Wenonah Clay"}, {Address, "27 Tern Ave, Hull MA 02045"}}},
		{"TownInParens", "pt Wenonah Clay (Saugus) called twice", []want{{Name, "Wenonah Clay"}, {Address, "Saugus"}}},
		{"StreetWordsNoName", "the remittance office moved to 12 Lockbox Way, Boston MA 02205", nil},
		{"FacilityAddress", "the Lynn clinic is at 40 Union St, Lynn MA", nil},
	})
}

// Clinical shorthand written with a slash reads as one word.
func TestScanSlashShorthand(t *testing.T) {
	runCases(t, []scanCase{
		{"FollowUp", "pt Ilse Marwick f/u 2/11 with ortho", []want{{Name, "Ilse Marwick"}, {Date, "2/11"}}},
		{"Discharge", "Ilse Marwick d/c 8/9 to rehab", []want{{Name, "Ilse Marwick"}, {Date, "8/9"}}},
		{"AccountSlash", "a/c 40918822 for the refund to pt Ilse Marwick", []want{{AccountNumber, "40918822"}, {Name, "Ilse Marwick"}}},
		{"NotShorthand", "the and/or clause is due 2/11", nil},
	})
}

// A date listed after a health date is one too.
func TestScanDateLists(t *testing.T) {
	runCases(t, []scanCase{
		{"DueList", "pt Ilse Marwick: titer draw due 3/19, second draw due 5/28", []want{{Name, "Ilse Marwick"}, {Date, "3/19"}, {Date, "5/28"}}},
		{"AndList", "Ilse Marwick was admitted 1/4 and again 1/29", []want{{Name, "Ilse Marwick"}, {Date, "1/4"}, {Date, "1/29"}}},
		{"MarkupList", "Ilse Marwick: infusion *7/2*, then 7/23", []want{{Name, "Ilse Marwick"}, {Date, "7/2"}, {Date, "7/23"}}},
		// (a meeting "moved to" a day after a patient's date sits at the
		// date model's threshold, "moved to" being how a patient's
		// appointment moves too, and flips with retraining: the plain
		// meeting date is pinned instead)
		{"MeetingAfter", "Ilse Marwick was admitted 1/4; budget meeting is on 1/29", []want{{Name, "Ilse Marwick"}, {Date, "1/4"}}},
		{"ProcedureWord", "Ilse Marwick has her colonoscopy 6/12", []want{{Name, "Ilse Marwick"}, {Date, "6/12"}}},
	})
}

// Record numbers: labels through fillers and words, values on the next
// line, carried over merge lists, "#" values after a patient's name.
func TestScanRecordForms(t *testing.T) {
	runCases(t, []scanCase{
		{"NextLine", "MRN:\n6620931", []want{{MRN, "6620931"}}},
		{"NextLineIs", "her mrn is\n6620931", []want{{MRN, "6620931"}}},
		{"NextLineSentence", "MRN merge done\n6620931 rows", nil},
		{"FillerThenWords", "the record # for Ilse Marwick is 6620931", []want{{Name, "Ilse Marwick"}, {MRN, "6620931"}}},
		{"EpicID", "Epic ID 6620931 for the transfer", []want{{MRN, "6620931"}}},
		{"EpicUpgrade", "Epic 2026 upgrade is Friday", nil},
		{"HospitalNumber", "hospital number 6620931 on the wristband", []want{{MRN, "6620931"}}},
		{"Identifier", "patient identifier 6620931 is a duplicate", []want{{MRN, "6620931"}}},
		{"MergeInto", "merge MRN 6620931 into 6620977", []want{{MRN, "6620931"}, {MRN, "6620977"}}},
		{"HashAfterName", "pt Ilse Marwick #6620931 in bed 4", []want{{Name, "Ilse Marwick"}, {MRN, "6620931"}}},
		{"HashTicketNoName", "see ticket thread #6620931 for details", nil},
	})
}

// A bare "ID" is typed by the words of its clause.
func TestScanBareID(t *testing.T) {
	runCases(t, []scanCase{
		{"PlanCard", "ID# 771920043 on her insurance card", []want{{HealthPlanID, "771920043"}}},
		{"PayerClause", "she gave ID 771920043 for Humana", []want{{HealthPlanID, "771920043"}}},
		{"Wristband", "ID 6620931 on the wristband is wrong", []want{{MRN, "6620931"}}},
		{"NoContext", "ID 771920043 for the badge reader", nil},
		{"OthersLabel", "Zoom ID 771920043 for the plan review", nil},
	})
}

// A message may end right after any cue: the detectors look past the last
// token without panicking (which would fail closed and block the message).
func TestScanEndsAfterCue(t *testing.T) {
	failClosed = false
	defer func() { failClosed = true }()
	for _, text := range []string{
		"pt Wenonah Clay in", "pt Wenonah Clay (", "pt Wenonah Clay (#", "pt Wenonah Clay #",
		"the copay is waived for Aetna", "MRN:", "ID#", "lives on", "RR 4", "her address is 7 1/2",
		"admitted 3/2 and", "f/", "a/c", "Wenonah Clay, 27 Tern Ave (",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("Scan(%q) panicked: %v", text, r)
				}
			}()
			Scan(text)
		}()
	}
}

// Ages over 89 in clinical shorthand and set off on their own.
func TestScanAgeShorthand(t *testing.T) {
	runCases(t, []scanCase{
		{"AgeSexGlued", "Ilse Marwick (94F) admitted with sepsis", []want{{Name, "Ilse Marwick"}, {Age, "94"}}},
		{"AgeSexSpaced", "new admit, 97 M, fall at home", []want{{Age, "97"}}},
		{"ParenAfterBed", "pt in 7S-12 (96) keeps pulling her line", []want{{Age, "96"}}},
		{"SpelledBetweenCommas", "Ilse Marwick was admitted overnight, ninety-seven, comfortable", []want{{Name, "Ilse Marwick"}, {Age, "ninety-seven"}}},
		{"OrdinalBirthday", "Ilse Marwick has her 101st birthday on the unit", []want{{Name, "Ilse Marwick"}, {Age, "101"}}},
		{"TempNotAge", "the lobby is 93F today, facilities is on it", nil},
		{"CountsNotAge", "census by unit, 92, 95, 97", nil},
	})
}

// A misspelt relative word still introduces the relative's name.
func TestScanMisspeltRelative(t *testing.T) {
	runCases(t, []scanCase{
		{"DroppedLetter", "the pt's grandaughter Odalys wants to visit", []want{{Name, "Odalys"}}},
		{"SwappedLetters", "his neice Odalys called about the bill", []want{{Name, "Odalys"}}},
		{"MissingVowel", "pt's husbnd Odalys is at bedside", []want{{Name, "Odalys"}}},
		{"RealWord", "the mothers Odalys group meets Tuesday", nil},
	})
}

// A country or nationality that is no common given name is no person.
func TestScanNationality(t *testing.T) {
	runCases(t, []scanCase{
		{"Delegation", "the Nigeria delegation tours the ICU next week", nil},
		{"Nationality", "refund for the Dutch patient in 4B, Mr. Joost Aalbers", []want{{Name, "Joost Aalbers"}}},
	})
}

// Zero-padded month-day with a dash or a dot, and pregnancy dates.
func TestScanDashedDayAndPregnancy(t *testing.T) {
	runCases(t, []scanCase{
		{"DashedWithCue", "pt Ilse Marwick was admitted 03-17 via EMS", []want{{Name, "Ilse Marwick"}, {Date, "03-17"}}},
		{"DashedNoCue", "use form 03-17 for the audit", nil},
		{"BabyDue", "Ilse Marwick's baby is due 8/30", []want{{Name, "Ilse Marwick"}, {Date, "8/30"}}},
	})
}

// A lower-case name after a title is a name in any message but a business
// one when the message uses capitals elsewhere (typed quickly about a
// patient); in a message typed without capitals the title is no cue of its
// own and the model decides, as it does for a capitalised "Mr. X".
func TestScanLowerTitledName(t *testing.T) {
	runCases(t, []scanCase{
		{"TitledLower", "Pls ring mrs vantongeren back re her bill", []want{{Name, "vantongeren"}}},
		{"TitledLowerDot", "Heads up: mr. quisenberry left his cane in the lobby", []want{{Name, "quisenberry"}}},
		{"TitledCaselessPersonal", "pls ring mrs vantongeren back re her bill, she was discharged friday", []want{{Name, "vantongeren"}}},
		// ("for mr. vantongeren: regrets for the rotary lunch, he is
		// traveling" is such a call too, 0.2 log-odds above the threshold
		// after the retraining of the third session of 2026-12-04: not
		// pinned either)
		// (a gala guest list's "ms. quisenberry, mr. oyelowo" is the name
		// model's borderline call, about 0 log-odds either way, and flips
		// with retraining: not pinned here)
		{"TitledWord", "mrs brown paper bags are in the supply room", nil},
		{"TitledBusiness", "the vendor rep mr quisenberry sent the quote", nil},
	})
}

// Common conditions make a message about a patient.
func TestScanConditionWords(t *testing.T) {
	runCases(t, []scanCase{
		{"Condition", "Bertil Ansgar came back with pneumonia on 2/3", []want{{Name, "Bertil Ansgar"}, {Date, "2/3"}}},
	})
}

// Two given names sharing a surname.
func TestScanSharedSurname(t *testing.T) {
	runCases(t, []scanCase{
		{"AndShared", "pt's parents, Obinna and Adaeze Ekwueme, are at bedside", []want{{Name, "Obinna"}, {Name, "Adaeze Ekwueme"}}},
		{"TwoFullNames", "pt Carla Ruiz and Adaeze Ekwueme share a room", []want{{Name, "Carla Ruiz"}, {Name, "Adaeze Ekwueme"}}},
	})
}

// Labels spelt letter by letter or with one slip of a neighbouring key, and
// dates with a two-digit year after a month abbreviation.
func TestScanLabelSlips(t *testing.T) {
	runCases(t, []scanCase{
		{"SpacedLetters", "m r n 6620931 for the merge", []want{{MRN, "6620931"}}},
		{"DottedLetters", "her S.S.N. is 219099999", []want{{SSN, "219099999"}}},
		{"NeighbourKey", "ssm 219099999 on the guarantor record", []want{{SSN, "219099999"}}},
		{"NotNeighbour", "ssq 219099999 on the record", nil},
		{"DayMonYY", "DOB 7-Feb-49 for pt Ilse Marwick", []want{{Date, "7-Feb-49"}, {Name, "Ilse Marwick"}}},
	})
}

// Member ids a few words after a payer; labels that stop at someone else's.
func TestScanPayerValues(t *testing.T) {
	runCases(t, []scanCase{
		{"PayerAbbrev", "Tricare DBN 4401928375 for the claim", []want{{HealthPlanID, "4401928375"}}},
		{"PayerCardHas", "her Humana card has Q7712-44019", []want{{HealthPlanID, "Q7712-44019"}}},
		{"PayerExpiry", "her Humana card exp 12/2027", nil},
		{"PayerCount", "Aetna denied 14 claims last week", nil},
		{"Insured", "insured ID 55102938 on the form", []want{{HealthPlanID, "55102938"}}},
		{"LastFourThenRouting", "bank acct ending 0042 routing 011000138", nil},
		{"ShortSerialAfterNoun", "pt Ilse Marwick's CGM transmitter 7KQ2XB dropped", []want{{Name, "Ilse Marwick"}, {DeviceID, "7KQ2XB"}}},
	})
}

// TestScanPluralWeekdays: a weekday in the plural is a habit's day, never
// a name, capitalised or not (some weekdays are also given names).
func TestScanPluralWeekdays(t *testing.T) {
	runCases(t, []scanCase{
		{"LowerAfterOn", "her son only visits on sundays since his dad was admitted", nil},
		{"Capitalised", "Dialysis moved to Tuesdays and Saturdays for Mr. Okafor", []want{{Name, "Okafor"}}},
		{"WithName", "wound clinic fridays works for pt delphine arceneaux", []want{{Name, "delphine arceneaux"}}},
	})
}
