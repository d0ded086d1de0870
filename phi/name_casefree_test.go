package phi

import "testing"

// Names typed in lower case: the same people as in capitals, found by
// what the words are rather than how they are written.
func TestScanLowerCaseNames(t *testing.T) {
	runCases(t, []scanCase{
		// inverted names in a personal message, whatever the words also mean
		{"InvertedWords", "audit: the chart for walker, tamsin was opened twice from the same terminal", []want{{Name, "walker, tamsin"}}},
		{"InvertedInitial", "guarantor vu, miles m. disputes the balance on the statement", []want{{Name, "vu, miles m."}}},
		{"InvertedHyphen", "pt is park, min-ji. her husband is on the way", []want{{Name, "park, min-ji"}}},
		// a given name that is also a rarer word before a surname
		{"GivenPair", "complaint: the family of tuan dinh says the interpreter was rude", []want{{Name, "tuan dinh"}}},
		{"TriggerGivenWord", "pt river ramos is waiting at the main entrance for transport", []want{{Name, "river ramos"}}},
		{"TriggerInitialSurname", "pt star s. moon is waiting at the main entrance for transport", []want{{Name, "star s. moon"}}},
		// names joined by "and" share their role, a note in brackets between
		{"CoordinatedNote", "pt list for the audit: orla quigley (mrn 55019287) and teodor lupu (mrn 55019311)",
			[]want{{Name, "orla quigley"}, {MRN, "55019287"}, {Name, "teodor lupu"}, {MRN, "55019311"}}},
		// colleagues with a staff title stay colleagues in lower case
		{"StaffTitled", "pls send the credentialing packet for dr. felix ambrosetti to the medical staff office", nil},
		{"StaffRole", "the chart was opened by driver jose doherty on the night shift, pt was upset", nil},
		// words of a drug, an illness or a nationality are no names
		{"DrugWord", "two doses of lorazepam went missing from the cabinet for the pt in 4b", nil},
		{"Nationality", "pls book a somali interpreter for the pt in 4b tomorrow", nil},
		// a titled person with an age set off after the name is a patient
		{"TitledAge", "pls call mrs lundqvist (94, hip) about tuesday", []want{{Name, "lundqvist"}, {Age, "94"}}},
		{"TitledAgeStaff", "for dr. lundqvist (94 slides) re the board deck", nil},
		// after a title, a listed word that starts a surname
		{"TitledParticle", "pt in 6 is mrs al-mansour, she wants her pain meds", []want{{Name, "al-mansour"}}},
		// and so is one in a bed
		{"TitledBed", "mr. quillfeather (bed 7) says his wallet went missing overnight", []want{{Name, "quillfeather"}}},
		// a listed surname that is no word, alone in a ward's shorthand;
		// the model weighs the message (a lunch order is no patient's)
		{"LoneSurnameBed", "need a repeat lactate on przybylski in 14 before the next bolus", []want{{Name, "przybylski"}}},
		{"LoneSurnameSitter", "can someone sit with yamaguchi in 22, he keeps pulling at his iv", []want{{Name, "yamaguchi"}}},
		{"LoneSurnameLunch", "lunch order for the huddle: grubhub from panera, pruitt pays", nil},
		{"LoneProductWord", "the kronos upgrade is friday, badge in before 7", nil},
		// an everyday word that is also a name, alone in a message about
		// care, for the model; the same words as words are not
		{"WordSurnameSubject", "woods just extubated himself in 7. sat 91 on 6L nc", []want{{Name, "woods"}}},
		{"WordNameSays", "pt in 4 is npo, price says her mom is on the way", []want{{Name, "price"}}},
		{"WordAsVerb", "temp rose to 39.2 overnight, blood cx sent", nil},
		{"WordAsModal", "will someone grab the ekg on 12", nil},
		{"WordAsVerbHope", "hope the pump gets fixed before the 0800 infusion", nil},
		// a word at the head of a ward's line followed by a bed
		{"BedHeadComma", "knight, bed 15: sbp 82, 500 bolus running, hospitalist aware", []want{{Name, "knight"}}},
		{"BedHeadStep", "step 2 of the audit is due friday", nil},
		{"BedHeadHall", "hall 4 needs a new tele box", nil},
	})
}

// Slips of the keyboard: a slipped patient word still introduces a name,
// and a slipped word next to a name is no part of it.
func TestScanNameSlips(t *testing.T) {
	runCases(t, []scanCase{
		{"SlippedPatient", "the patinet Orsolya Brandvik in bed 4 asked for her glasses", []want{{Name, "Orsolya Brandvik"}}},
		{"SlippedClient", "our cleint Temperance Oyelowo missed group again", []want{{Name, "Temperance Oyelowo"}}},
		{"SlippedGuarantor", "guarrantor Kasimir Wendeborn won't give his ssn over chat", []want{{Name, "Kasimir Wendeborn"}}},
		{"DictionaryWordNoTrigger", "the patent office called back about the device filing", nil},
		{"SlipAfterName", "her daughter leocadia wroet it on the card for the nurses", []want{{Name, "leocadia"}}},
		{"SlipAfterGivenWord", "her daughter faith wroet it on the card for the nurses", []want{{Name, "faith"}}},
		{"SlipCapitalised", "Reminder: the Experiecne team meets on the 3rd floor about the pt", nil},
	})
}

// Abbreviations of everyday words typed in lower case are words, however
// rare they look (gazetteer/abbrev.txt).
func TestScanLowerAbbreviations(t *testing.T) {
	runCases(t, []scanCase{
		{"PendingAuth", "rehab bed on hold pending auth, his member id is xkq448120375", []want{{HealthPlanID, "xkq448120375"}}},
		{"WaitingOnAuth", "mrs okafor (mrn 4471902) still waiting on auth for the pet scan", []want{{Name, "okafor"}, {MRN, "4471902"}}},
	})
}

// A lower-case name takes a surname that looks like a slip of a word after
// a given name that is no everyday word, the word after a particle, and
// is not swallowed by a contraction typed without its apostrophe.
func TestScanLowerFullNames(t *testing.T) {
	runCases(t, []scanCase{
		{"SurnameLikeSlip", "auth denied for sammy okoro, payer says PT last visit 12/12/24",
			[]want{{Name, "sammy okoro"}, {Date, "12/12/24"}}},
		{"GivenLikeSlip", "dapo okonkwo phone 617-555-0143 wants a callback", []want{{Name, "dapo okonkwo"}, {Phone, "617-555-0143"}}},
		{"SlipBeforeWord", "the monitr screen in bay 4 is dark again", nil},
		{"AfterParticle", "pt angelina van der meer in 4 wants her glasses", []want{{Name, "angelina van der meer"}}},
		{"Contraction", "talked to the POA today, thats marisa gallo (niece), she's ok with snf for her aunt",
			[]want{{Name, "marisa gallo"}}},
	})
}

// A surname written with an apostrophe head after a lower-case given name
// is a name word of its own ("fiona o'hara" is two words, as "Fiona
// O'Hara" is), so the name model reads the pair as a full name.
func TestLowerApostropheSurnameCounts(t *testing.T) {
	s := new(scanner)
	s.reset("write to fiona o'hara today")
	if end, nw := s.rareName(2); nw != 2 || s.w(end) != "hara" {
		t.Fatalf("rareName(fiona o'hara) = %q, %d words; want it to end at hara with 2 words", s.w(end), nw)
	}
	runCases(t, []scanCase{
		{"LetterTo", "assistant: write to fiona o'hara, 88 elm st, lowell ma 01852, confirming the 4/2 visit",
			[]want{{Name, "fiona o'hara"}, {Address, "88 elm st, lowell ma 01852"}, {Date, "4/2"}}},
	})
}

// A frequent given name that is an everyday word before a frequent surname,
// in small letters, is a candidate the model weighs; a modal before a verb
// is neither.
func TestWordGivenPair(t *testing.T) {
	runCases(t, []scanCase{
		{"Dob", "can we rebook sky fisher (dob 3/3/80) for tuesday", []want{{Name, "sky fisher"}, {Date, "3/3/80"}}},
		{"Modal", "we will price the kits once the pump recall clears", nil},
	})
}

// In a message typed without capitals, a frequent given name that the
// lists hold as a word is a relative's name right after the relative.
func TestLowerKinListedGiven(t *testing.T) {
	runCases(t, []scanCase{
		{"Month", "his niece april checks in on him tuesdays", []want{{Name, "april"}}},
		{"Modal", "her husband will pick her up at 5 after dialysis", nil},
		{"Date", "her daughter june 3 appt got moved", []want{{Date, "june 3"}}},
	})
}
