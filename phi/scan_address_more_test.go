package phi

import "testing"

// Towns listed as a whole, units after an ordinal, PO box spellings, an
// address on two lines.
func TestScanAddressForms(t *testing.T) {
	runCases(t, []scanCase{
		{"MultiWordTown", "pt lives alone in Fall River since May", []want{{Address, "Fall River"}}},
		{"MultiWordTownCapStop", "pt Ilse Marwick lives in New Bedford", []want{{Name, "Ilse Marwick"}, {Address, "New Bedford"}}},
		{"OrdinalFloor", "pt Ilse Marwick lives at 40 Quarry Rd 2nd fl, Lynn", []want{{Name, "Ilse Marwick"}, {Address, "40 Quarry Rd 2nd fl, Lynn"}}},
		{"SpacedPOBox", "refund check to P O Box 5521 for pt Ilse Marwick", []want{{Address, "P O Box 5521"}, {Name, "Ilse Marwick"}}},
		{"POB", "mail to POB 5521 for pt Ilse Marwick", []want{{Address, "POB 5521"}, {Name, "Ilse Marwick"}}},
		{"TwoLines", "pt Ilse Marwick, 12 Tern Ave\nHull, MA 02045", []want{{Name, "Ilse Marwick"}, {Address, "12 Tern Ave\nHull, MA 02045"}}},
		{"TwoLinesNoZip", "pt Ilse Marwick, 12 Tern Ave\nHull clinic at noon", []want{{Name, "Ilse Marwick"}, {Address, "12 Tern Ave"}}},
	})
}

// Dates: a clock time after a health cue, day-Mon, ordinal "of" month, an
// eight-digit date after DOD; lower-case inverted names.
func TestScanDateAndInvertedForms(t *testing.T) {
	runCases(t, []scanCase{
		{"TimedHealth", "K+ 6.9 on pt Ilse Marwick, drawn Apr 2 6am", []want{{Name, "Ilse Marwick"}, {Date, "Apr 2"}}},
		{"TimedTopic", "Nursing grand rounds on falls, 5/14 at noon", nil},
		{"DayMon", "pt Ilse Marwick, seen 9-Oct in clinic", []want{{Name, "Ilse Marwick"}, {Date, "9-Oct"}}},
		{"OrdinalOfMonth", "pt Ilse Marwick back in the ED, first time since third of March", []want{{Name, "Ilse Marwick"}, {Date, "third of March"}}},
		{"DODPlain", "death certificate: DOD 03142025 for Ilse Marwick", []want{{Date, "03142025"}, {Name, "Ilse Marwick"}}},
		{"LowerInverted", "no-show x2 for marwick, ilse (mrn 6620931)", []want{{Name, "marwick, ilse"}, {MRN, "6620931"}}},
		{"LowerInvertedInitial", "marwick, ilse b. is out on fmla for surgery", []want{{Name, "marwick, ilse b."}}},
		{"LowerInvertedAtEnd", "chart pulled for marwick, ilse b", []want{{Name, "marwick, ilse b"}}},
	})
}

// An age after a name in Markdown; "turn" as an age verb, not a rotation.
func TestScanAgeAfterMarkup(t *testing.T) {
	runCases(t, []scanCase{
		{"StarredName", "VIP: *Mrs. Ilse Marwick*, 95, is on 7 West", []want{{Name, "Ilse Marwick"}, {Age, "95"}}},
		{"Turn", "pt Ilse Marwick will turn 100 on the unit", []want{{Name, "Ilse Marwick"}, {Age, "100"}}},
		{"TurnDegrees", "turn 90 degrees before the transfer", nil},
	})
}

// The date line of a quoted e-mail is no health date.
func TestScanQuotedMailDate(t *testing.T) {
	runCases(t, []scanCase{
		{"Wrote", "> On Tue, Mar 3, Ilse Marwick wrote:\n> my mother was admitted 3/1 with a fall", []want{{Name, "Ilse Marwick"}, {Date, "3/1"}}},
	})
}

func TestScanMailHeaderNotDateLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"SentHeader", "Sent: Tuesday, March 3\npt Ilse Marwick was admitted 3/1", []want{{Name, "Ilse Marwick"}, {Date, "3/1"}}},
		{"DateField", "- Employee: Ilse Marwick\n- Exposure date: 11/22/2026", []want{{Name, "Ilse Marwick"}, {Date, "11/22/2026"}}},
		{"SheWrote", "pt Ilse Marwick (DOB 11.03.1930, she wrote it European style)", []want{{Name, "Ilse Marwick"}, {Date, "11.03.1930"}}},
	})
}

// Inverted names with a rare given name, and lists of inverted names.
func TestScanInvertedRare(t *testing.T) {
	runCases(t, []scanCase{
		{"RareGiven", `{"patient": "Okonkwo, Chidubem", "dob": "03/07/1958"}`, []want{{Name, "Okonkwo, Chidubem"}, {Date, "03/07/1958"}}},
		{"InvertedList", "duplicate charts: Lindgren, Ingrid and Lindgren, Ingrid, MRNs 40019283 / 40019388", []want{{Name, "Lindgren, Ingrid"}, {Name, "Lindgren, Ingrid"}, {MRN, "40019283"}, {MRN, "40019388"}}},
		{"PlainList", "Rose, Hunter, and Grace are on the committee", nil},
	})
}

// A lower-case typo of a frequent word is no name, even when a scraped
// surname list holds it.
func TestScanLowerTypoNotName(t *testing.T) {
	runCases(t, []scanCase{
		{"Chek", "pls chek if pt ilse marwick dob 3/4/51 is right", []want{{Name, "ilse marwick"}, {Date, "3/4/51"}}},
	})
}

// URLs with a patient id in the path or query, even on a meeting host.
func TestScanPersonalURLForms(t *testing.T) {
	runCases(t, []scanCase{
		{"PatientsIDSegment", "link was https://example-health.org/patients/703504863/results", []want{{URL, "https://example-health.org/patients/703504863/results"}}},
		{"PatientsPublic", "see https://example-health.org/patients/visitors for parking", nil},
		{"MeetingWithPt", "video visit: https://example.zoom.us/j/5034893752?pt=okoro", []want{{URL, "https://example.zoom.us/j/5034893752?pt=okoro"}}},
	})
}

// Payer names of several words, plan words between payer and id, plural
// record words before record-shaped values.
func TestScanPayerAndChartsForms(t *testing.T) {
	runCases(t, []scanCase{
		{"PlanWords", "• Tufts Health Plan W100293847", []want{{HealthPlanID, "W100293847"}}},
		{"BlueCross", "coverage: Blue Cross 72810293845", []want{{HealthPlanID, "72810293845"}}},
		{"ChartsLetters", "duplicate charts MR-402918 and QRH7730418 for one pt", []want{{MRN, "MR-402918"}, {MRN, "QRH7730418"}}},
		{"ChartsCount", "we have 12 charts to close", nil},
	})
}

// A listed town someone travels from or to is an address; a hospital is not.
func TestScanTravelTowns(t *testing.T) {
	runCases(t, []scanCase{
		{"VanTo", "pt Ilse Marwick is waiting for the van to Medford", []want{{Name, "Ilse Marwick"}, {Address, "Medford"}}},
		{"DriveFrom", "her son can't drive in from fall river tonight", []want{{Address, "fall river"}}},
		{"Hospital", "hold the bed for the stemi coming from lowell gen", nil},
		{"Clinic", "the van to the Salem clinic leaves at 9", nil},
	})
}

// A given name that is also a word, right after a relative and before a verb.
func TestScanKinWordName(t *testing.T) {
	runCases(t, []scanCase{
		{"DaughterFaith", "pt in 4 is anxious, her daughter faith wrote a note", []want{{Name, "faith"}}},
		{"WifeVerb", "the pt's wife hope drives him home", []want{{Name, "hope"}}},
		{"NotAName", "her daughter will call back", nil},
	})
}

// Spoken day ordinals owned by a close health cue; ordinals that are floors
// or shifts are no days.
func TestScanOrdinalDayCues(t *testing.T) {
	runCases(t, []scanCase{
		{"SurgeryOnTheFifth", "mention his mother's surgery on the fifth went fine", []want{{Date, "fifth"}}},
		{"AdmittedThe9th", "her dad was admitted on the 9th", []want{{Date, "the 9th"}}},
		{"Floor", "pumps are in the 4th floor clean utility room", nil},
		{"GrandRounds", "tell surgery faculty grand rounds on the 14th is cancelled", nil},
	})
}

// An international number with the plus sign spelt out.
func TestScanPlusWord(t *testing.T) {
	runCases(t, []scanCase{
		{"PlusWord", "her dad called from abroad at plus 44 20 7946 0958", []want{{Phone, "plus 44 20 7946 0958"}}},
		{"PlusCount", "we added 12 beds plus 40 chairs", nil},
	})
}

// Identifiers read out with letters among the digits; a ZIP read out.
func TestScanSpeltAlnum(t *testing.T) {
	runCases(t, []scanCase{
		{"MedicareLetters", "his Medicare number is two K F five T eight zero H E six nine", []want{{HealthPlanID, "two K F five T eight zero H E six nine"}}},
		{"PlateLetters", "her license plate is four T Z W eight one", []want{{VehicleID, "four T Z W eight one"}}},
		{"SpeltZip", "his zip code is zero two one three eight", []want{{Address, "zero two one three eight"}}},
		{"Counting", "we need five or six more beds on 4 north", nil},
	})
}

// A date read out with "slash".
func TestScanSlashWordDate(t *testing.T) {
	runCases(t, []scanCase{
		{"SlashWords", "patient name Ilse Marwick date of birth oh three slash two one slash nineteen fifty", []want{{Name, "Ilse Marwick"}, {Date, "oh three slash two one slash nineteen fifty"}}},
		{"NotADate", "use a slash between the two names", nil},
	})
}

// A dictated address: house number and unit in words, a state in two words.
func TestScanDictatedAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"Dictated", "pt address is one twenty six Birch Hill Road apartment four Warwick Rhode Island", []want{{Address, "one twenty six Birch Hill Road apartment four Warwick Rhode Island"}}},
		{"StateTwoWords", "pt Ilse Marwick, 8 Ash St, Nashua, New Hampshire 03060", []want{{Name, "Ilse Marwick"}, {Address, "8 Ash St, Nashua, New Hampshire 03060"}}},
	})
}

// "Surname, Given I." is how records write a person, in any message.
func TestScanRecordStyleName(t *testing.T) {
	runCases(t, []scanCase{
		{"VendorMessage", "O2 order for Marwick, Ilse K., concentrator serial NG6103768W. Vendor needs it by Friday", []want{{Name, "Marwick, Ilse K."}, {DeviceID, "NG6103768W"}}},
		{"List", "Rose, Hunter, and Grace are on the committee", nil},
	})
}

// The dot of a title ends no sentence.
func TestScanTitleDotNotSentence(t *testing.T) {
	s := new(scanner)
	s.reset("call Mrs. Quill today. Then lunch")
	for i := range s.toks {
		switch s.w(i) {
		case "quill":
			if s.sentenceStart(i) {
				t.Errorf("the word after Mrs. starts a sentence")
			}
		case "then":
			if !s.sentenceStart(i) {
				t.Errorf("the word after a full stop does not start a sentence")
			}
		}
	}
}

func TestScanAgeAfterLoneName(t *testing.T) {
	runCases(t, []scanCase{
		{"LoneName", "heads up Oyelaran is 93 and hard of hearing, hearing aid missing", []want{{Name, "Oyelaran"}, {Age, "93"}}},
		{"Metric", "Census is 93 and climbing on the medicine floors", nil},
	})
}

// Staff events (fairs, drills, classes) date the event, not a patient.
func TestScanEventDates(t *testing.T) {
	runCases(t, []scanCase{
		{"SkillsFair", "skills fair 4/22/2027 in the lobby: pumps, restraints, sepsis protocol", nil},
		{"Drill", "code drill 3/3/2027 on 5 west, cellulitis module after", nil},
	})
}

// Form fields: a table's label cell, an address field's line, SUB and SIN.
func TestScanFormFields(t *testing.T) {
	runCases(t, []scanCase{
		{"TableCell", "| MRN | 2200-9147 |", []want{{MRN, "2200-9147"}}},
		{"AddressField", "Agent: Ilse Marwick\nAgent address: Lindenstrasse 12, 10435 Berlin\nRelationship: daughter", []want{{Name, "Ilse Marwick"}, {Address, "Lindenstrasse 12, 10435 Berlin"}}},
		{"AddressFieldFacility", "Clinic address: 55 Fruit St, Boston MA 02114", nil},
		{"Sub", "SUB: WQT90021884 | DOB: 19640317", []want{{HealthPlanID, "WQT90021884"}, {Date, "19640317"}}},
		{"SIN", "SIN: 046 454 286 for the release", []want{{SSN, "046 454 286"}}},
		{"SinWord", "it is a sin to waste 3 hours", nil},
	})
}

// A VIN in groups, a serial a few words after its label.
func TestScanSpacedVINAndSerial(t *testing.T) {
	runCases(t, []scanCase{
		{"SpacedVIN", "vin from the card: 1hg cm826 3ya 004352 for the claim", []want{{VehicleID, "1hg cm826 3ya 004352"}}},
		{"SerialWordsOn", "rep needs the serial - its PJN447120H on her card, pt Ilse Marwick", []want{{DeviceID, "PJN447120H"}, {Name, "Ilse Marwick"}}},
	})
}

// Dates glued to their month, injury words as cues, a personal URL makes
// a message's pending dates a patient's.
func TestScanGluedDatesAndCues(t *testing.T) {
	runCases(t, []scanCase{
		{"Glued", "DOB 27AUG1954 for the death certificate", []want{{Date, "27AUG1954"}}},
		{"GluedLower", "dob 3feb1931, pt Ilse Marwick", []want{{Date, "3feb1931"}, {Name, "Ilse Marwick"}}},
		{"NotGlued", "ticket 12ABC3456 is closed", nil},
		{"Needlestick", "RN had a needlestick on July 29, 2026 in the OR", []want{{Date, "July 29, 2026"}}},
	})
}

// The object of a scheduling verb with an appointment after it is a patient.
func TestScanBookedPatient(t *testing.T) {
	runCases(t, []scanCase{
		{"Book", "Hi team, can you book Ilse Marwick into Dr. Sok's new-patient block", []want{{Name, "Ilse Marwick"}}},
		{"AddWaitlist", "add Ilse Marwick to the waitlist for Thursday", []want{{Name, "Ilse Marwick"}}},
		{"BookRoom", "book Riverside Room for the board dinner", nil},
	})
}

// Licence numbers: a few words after the label, a state registration
// with letters and digits.
func TestScanLicenceForms(t *testing.T) {
	runCases(t, []scanCase{
		{"WordsOn", "license number for Dr. Vance is 271904", []want{{LicenseNumber, "271904"}}},
		{"Registration", "her controlled substance registration MA0192847 is pending", []want{{LicenseNumber, "MA0192847"}}},
		{"RegistrationDesk", "registration 4 is closed for lunch", nil},
	})
}

// Ages set off by dashes or "at" after a name, and "nearly 100".
func TestScanAgeMoreForms(t *testing.T) {
	runCases(t, []scanCase{
		{"Dashes", "Ilse Marwick - 98 - admitted overnight", []want{{Name, "Ilse Marwick"}, {Age, "98"}}},
		{"At", "our oldest pt, Ilse Marwick at 103, went home", []want{{Name, "Ilse Marwick"}, {Age, "103"}}},
		{"Nearly", "she is nearly 100 and sharp, pt Ilse Marwick", []want{{Age, "100"}, {Name, "Ilse Marwick"}}},
		{"Percent", "pt Ilse Marwick at 100% on room air", []want{{Name, "Ilse Marwick"}}},
		{"Clock", "pt Ilse Marwick at 10:30 for the MRI", []want{{Name, "Ilse Marwick"}}},
	})
}

// Towns: "is from", "home is in", "(Town, ST)", a standalone "Town, ST ZIP".
func TestScanTownForms(t *testing.T) {
	runCases(t, []scanCase{
		{"IsFrom", "pt Ilse Marwick is originally from Methuen", []want{{Name, "Ilse Marwick"}, {Address, "Methuen"}}},
		{"HomeIsIn", "the pt's home is in Andover", []want{{Address, "Andover"}}},
		{"ParenState", "pt Ilse Marwick (Haverhill, MA) fell", []want{{Name, "Ilse Marwick"}, {Address, "Haverhill, MA"}}},
		{"TownStateZip", "pt Ilse Marwick - Lowell, MA 01852", []want{{Name, "Ilse Marwick"}, {Address, "Lowell, MA 01852"}}},
		{"FacilityTail", "The new clinic address is 9 Tarbox Rd, Amesbury MA 01913", nil},
	})
}

// Service roles and payroll or IT housekeeping name employees.
func TestScanStaffRoles(t *testing.T) {
	runCases(t, []scanCase{
		{"Firewall", "firewall alert: repeated logins from 10.0.4.7, the account owner is Odile Marwick in IT", []want{{IPAddress, "10.0.4.7"}}},
		{"Payroll", "payroll: Odile Marwick's timesheet is missing two days", nil},
		// ("... owner is Odile Marwick" with nothing after the name is the
		// name model's borderline call, -0.94 log-odds against a threshold
		// the address lowers: not pinned since the refit of the sixth
		// session of 2026-12-06)
	})
}

// A record's town field with its mark ("City –", "*City*:", "Lives in:"),
// a PO box written out, and a town someone is from after an aside with
// their age; not a field of the city's office or a firm after the aside.
func TestScanTownFields(t *testing.T) {
	runCases(t, []scanCase{
		{"CityDash", "Pls verify: Name – Margaret Hughes | Dx – CHF | City – Lowell", []want{{Name, "Margaret Hughes"}, {Address, "Lowell"}}},
		{"CityMarkdown", "pt intake\n• Name: Margaret Hughes\n• *City*: Worcester\n• Dx: COPD", []want{{Name, "Margaret Hughes"}, {Address, "Worcester"}}},
		{"LivesInColon", "intake:\n* Name: Margaret Hughes\n* Lives in: Lowell\n* Dx: CHF", []want{{Name, "Margaret Hughes"}, {Address, "Lowell"}}},
		{"PostOfficeBox", "her home address: Post Office Box 4471, Ayer MA", []want{{Address, "Post Office Box 4471, Ayer MA"}}},
		{"PostOfficeBoxRemit", "remit payments to Post Office Box 4471, Ayer MA", nil},
		{"AgeAside", "the daughter of Margaret Hughes (97) from Lowell called about her meds", []want{{Name, "Margaret Hughes"}, {Age, "97"}, {Address, "Lowell"}}},
		{"CityOffice", "the city - budget office approved the grant", nil},
	})
}

// TestVenueAddresses checks that a hotel's or a venue's street address,
// right after its name, is no one's home (venueNameEnds), while a person
// named like a hotel and a home after "lives at" stay PHI.
func TestVenueAddresses(t *testing.T) {
	runCases(t, []scanCase{
		{"HotelAfterHealthWords", "Donor dinner for the cardiac unit at the Lenox Plaza, 61 Exeter St, Boston; the patient stories deck goes first", nil},
		{"ChainInside", "Sepsis summit at the Hyatt Regency Harborside, 101 Harborside Dr, Boston MA 02128; ICU leads attend", nil},
		{"EventAtAVenue", "Dinner with the Grayson Family Foundation Tuesday at Aria, 490 E Paces Ferry Rd NE, Atlanta; they may fund the NICU", nil},
		{"HomeAfterLivesAt", "her daughter lives at the Pines, 20 Pier Rd, Salem, after the pt's surgery", []want{{Address, "20 Pier Rd, Salem"}}},
		{"PersonNamedLikeAHotel", "pt Mary Hilton, 14 Oak St, Salem, needs a ride to her MRI", []want{{Name, "Mary Hilton"}, {Address, "14 Oak St, Salem"}}},
	})
}

// In a message about a patient's health a family's town counts even beside
// business words; the writer's own whereabouts there are a trip's.
func TestScanTownBesideBusiness(t *testing.T) {
	runCases(t, []scanCase{
		{"Family", "gift shop balloon for pt Peregrine Oakes in Peds, mom is Tamsin, they're from Nashua, invoice to me",
			[]want{{Name, "Peregrine Oakes"}, {Name, "Tamsin"}, {Address, "Nashua"}}},
		{"Writer", "I'm in Boston for the HIMSS conference, pt Ana Ruiz's refill is due, invoice attached",
			[]want{{Name, "Ana Ruiz"}}},
	})
}
