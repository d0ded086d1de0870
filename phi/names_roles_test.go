package phi

import (
	"strings"
	"testing"
)

// Names whose role (patient or colleague) the clause decides.
func TestScanNameRoles(t *testing.T) {
	runCases(t, []scanCase{
		// a clinician's licence or login is no sign that they are the patient
		{"StaffLicense", "credentialing verified Dr. Okonjo's license 771-2210 with the board today", []want{{LicenseNumber, "771-2210"}}},
		{"StaffAccount", "IT reset Dr. Okonjo's account after sign-ins from 198.51.100.7", []want{{IPAddress, "198.51.100.7"}}},
		// a firm set off after a name is the person's employer (staffAfter,
		// which the name model weighs)
		{"FirmInParens", "the pump rep (Tavita Lealaiauloto, Boston Scientific) is on call this weekend", nil},
		// whoever answers an internal extension works here; a home phone's
		// extension says nothing
		{"InternalExtension", "the refill forms are with Marisol Vega at ext 2210, pt in 4B is waiting on them", nil},
		{"HomeExtension", "Mrs. Teodoro is at home, call her daughter at (508) 555-0187 ext 4", []want{{Name, "Teodoro"}, {Phone, "(508) 555-0187 ext 4"}}},
		// a staff member's surname with its particles after the role
		{"StaffParticles", "Dr. van der Hoek is ok with it, sats 94 on 2L", nil},
		{"StaffParticle", "Dr. de Almeida admitted the patient in 12 with sepsis", nil},
		{"OfficerParticle", "security: officer de Oliveira will escort the family to the chapel", nil},
		// a bed or room number after a name in a patient message
		{"SurnameInBed", "Brannigan in bed 4 is refusing his insulin again tonight", []want{{Name, "Brannigan"}}},
		{"SurnameInRoom", "Ostrowski in rm 12 spiked a fever again, page the resident", []want{{Name, "Ostrowski"}}},
		// a colleague from a department who is the patient this time
		{"ColleagueAdmitted", "our own Marisol from Scheduling was admitted last night with chest pain", []want{{Name, "Marisol"}}},
		// a surname that is also a street word, after a given name and no house number
		{"StreetSurname", "patient Harlan Lane was admitted overnight with a hip fracture", []want{{Name, "Harlan Lane"}}},
		{"StreetNoName", "the shuttle now stops on Harlan Lane near the post office", nil},
		// a given name that is also a place word, before a frequent surname
		{"PlaceGiven", "her husband River Jones called twice about the bill, she is in 4W", []want{{Name, "River Jones"}}},
		// a surname that is a stop word or a street word, after a title
		{"TitleStreetSurname", "the pump in 7 (Mrs. Lane) keeps alarming, can someone check it", []want{{Name, "Lane"}}},
		{"TitleStopSurname", "Mr. Ward in 4B is asking for his daughter again", []want{{Name, "Ward"}}},
		// a patient by initials after a trigger; not a time of day
		{"PatientInitials", "pt R.K. (MRN 5520931) refused the evening draw", []want{{Name, "R.K."}, {MRN, "5520931"}}},
		{"NoInitialsTime", "pt A.M. meds given at 9", nil},
		// an apostrophe name that a personal link spells joined
		{"JoinedNameInLink", "friends made a meal page for D'Shawn after the surgery: https://www.example.org/trains/dshawn-ruiz",
			[]want{{Name, "D'Shawn"}, {URL, "https://www.example.org/trains/dshawn-ruiz"}}},
		// police and volunteers on duty are no patients
		{"PoliceRank", "Sgt. Dorian Pike (state police) wants the visitor log for Friday night", nil},
		{"Volunteer", "volunteer Marisol Beaumont found a patient's hearing aid in the lobby", nil},
		// a surname before a relative word: "the X family", "the X kid"
		{"SurnameKid", "the insulin pump the Achterberg-Diallo kid had is cracked, need the serial", []want{{Name, "Achterberg-Diallo"}}},
		// a medication someone is on makes the message clinical; a supply does not
		{"DrugTreatment", "night shift: Orla Brennan is the one on apixaban, not her roommate", []want{{Name, "Orla Brennan"}}},
		// a role after a name and a comma, not an address
		{"RoleAppositive", "new badge photo for Workday: Adaeze Nwankwo, 6W RN, starts nights Monday", nil},
		{"AddressNoRole", "the refund check goes to Hollis Pembrook, 2201 Riverside Dr, Lowell after the surgery bill", []want{{Name, "Hollis Pembrook"}, {Address, "2201 Riverside Dr, Lowell"}}},
		// a new line ends the clause: an organisation word on the next field's label is no employer
		{"NextLineOrgWord", "Patient: Carol Hughes\nGroup #: 77120", []want{{Name, "Carol Hughes"}}},
		// an acronym after a full name labels what follows; an organisation's stays part of it
		{"AcronymLabel", "Dariusz Okonjo HAR 8812094 needs the payer corrected", []want{{Name, "Dariusz Okonjo"}, {AccountNumber, "8812094"}}},
		{"AcronymOrg", "the Boston EMS crew dropped off the stretcher", nil},
		// a double-barrelled surname with an organisation word in it
		{"DoubleBarrel", "incident report for Lucinda Bank-Okafor: slipped near the cafeteria, admitted", []want{{Name, "Lucinda Bank-Okafor"}}},
		// after "mrs" or "mr" a rare dictionary word is a surname for the model; a filler word is none
		{"TitleRareWord", "can someone check whether mrs pennyworth is still in recovery?", []want{{Name, "pennyworth"}}},
		// a lower-case word before a capitalised name is no part of it (a slip of the keyboard, a title in another language)
		{"LowerHeadSlip", "can you forwrd Walter Okafor the portal link, he asked twice", []want{{Name, "Walter Okafor"}}},
		{"LowerHeadSlipCall", "call bck Walter Okafor about the MRI", []want{{Name, "Walter Okafor"}}},
		// an acronym after a lower-case surname ends it
		{"LowerThenAcronym", "rm 9 castellanos BG 41 at 0300, gave d50, recheck in 15", []want{{Name, "castellanos"}}},
		// kin shorthand of chat and notes
		{"KinShorthand", "pt in 12 is anxious, dtr Adaeze Nwosu at bedside, wants an update", []want{{Name, "Adaeze Nwosu"}}},
		// a staff word after a title is a surname
		{"TitleStaffWord", "Mr. Dean in 3S-10 is medically cleared, just needs a SNF bed", []want{{Name, "Dean"}}},
		// a person before a worn device's acronyms and serial (a maker's name is blocked)
		{"TitledBeforeDevice", "Mrs Okoro CPAP SN AB1234567 came in with her, label it", []want{{Name, "Okoro"}, {DeviceID, "AB1234567"}}},
		{"InitialBeforeDevice", "Zainab K. Okoro CGM SN BGX77547V, pls note in flowsheet", []want{{Name, "Zainab K. Okoro"}, {DeviceID, "BGX77547V"}}},
		// a lower-case surname of the scraped list, no dictionary word, in a clinical message; not shorthand
		{"LowerScrapedSurname", "can someone draw a repeat lactate on hakobyan before 0600, last one was 3.1", []want{{Name, "hakobyan"}}},
		{"LowerShorthand", "vanco trough due at 0500, pharm aware", nil},
		// a name whose word is in a private mail address of the message names its owner; a colleague's work address does not
		{"PersonalMail", "pls resend the invite for Megan Collins to megcollins4@gmail.com", []want{{Name, "Megan Collins"}, {Email, "megcollins4@gmail.com"}}},
		// a name written surname first, whatever the surname also means; not a list, a month or a place
		{"InvertedWordSurname", "fax came in, Patient: Church, Vernon, routed to the HIM queue", []want{{Name, "Church, Vernon"}}},
		{"InvertedCapsNoSpace", "SSN typed into a free-text note for WALKER,BENJAMIN: 091-24-9443, pls correct", []want{{Name, "WALKER,BENJAMIN"}, {SSN, "091-24-9443"}}},
		{"InvertedTwoGiven", "new referral: DUONG, THI HANH / wound care 3x wk", []want{{Name, "DUONG, THI HANH"}}},
		{"InvertedMonth", "pull the top-box scores for 7 West, Jan–Jun, for the forum", nil},
		// what happens only to a patient, right after a full name
		{"PatientEventAfter", "Kwame Oduya no-showed again", []want{{Name, "Kwame Oduya"}}},
		{"PatientEventActive", "Kwame Oduya eloped from 5W at 0300", []want{{Name, "Kwame Oduya"}}},
		// a birth date labelled later in the clause is the named person's; an organisation's name has no given name
		{"BirthDateNear", "acct note: verified with Imelda Quispe by phone, DOB 8/12/46", []want{{Name, "Imelda Quispe"}, {Date, "8/12/46"}}},
		{"BirthDateNearCaps", "AGENDA:\n1. BUDGET\n2. HOLLIS WINTER GRIEVANCE (DOB 05/26/1923)\n3. OPEN ITEMS", []want{{Name, "HOLLIS WINTER"}, {Date, "05/26/1923"}}},
		{"BirthDateOrg", "records request from Lakeside Dermatology for the patient, DOB Mar. 7, 1997", []want{{Date, "Mar. 7, 1997"}}},
		// the clause makes the name the patient: what only a patient undergoes, a record asked for
		{"CareObjectDropped", "the Lowell Fire crew dropped off Nakashima at 2:40, no paperwork", []want{{Name, "Nakashima"}}},
		{"CareObjectQuestion", "what time was Oyelowo discharged yesterday?", []want{{Name, "Oyelowo"}}},
		{"RecordFor", "whats the MRN for Kaczmarek? the one in bay 4", []want{{Name, "Kaczmarek"}}},
		{"RecordForDrug", "outside refill for Ozempic needs a PA", nil},
		// a lower-case scraped-list surname of six letters or more alone, where the writer capitalises other words
		{"LowerScrapedSurnameAlone", "nakashima in 31 desat to 86 on 2L, RT aware", []want{{Name, "nakashima"}}},
		// a world city after "in" is a place, not a name
		{"WorldCityIn", "her phone in Haifa 04-812-3456", []want{{Phone, "04-812-3456"}}},
		// an initial makes an organisation word a surname
		{"InitialOrgSurname", "critical K 6.9 for M. Church (MRN 4195797), called to RN", []want{{Name, "M. Church"}, {MRN, "4195797"}}},
		// a lower-case given name and surname that a record's value follows, whatever the words mean
		{"LowerRecordName", "pls check marisol white (9376726), cultures from friday", []want{{Name, "marisol white"}, {MRN, "9376726"}}},
		{"LowerRecordDOB", "rich gray dob 09/09/1979", []want{{Name, "rich gray"}, {Date, "09/09/1979"}}},
		{"LowerSlipFunction", "portal sign-up linkde to MRN MR944870 today", []want{{MRN, "MR944870"}}},
		// one lower-case given name that is no word, in a person's frame, is for the model
		{"LowerGivenFrame", "yolanda is back in hall 1, asking for ginger ale again", []want{{Name, "yolanda"}}},
		// a surname that is also a town, before an identifier's label and its value
		{"PlaceSurnameBeforeLabel", "Gonzalez MRN 44019928? cannot find her in the ED list", []want{{Name, "Gonzalez"}, {MRN, "44019928"}}},
		{"SurnameBeforeLabelAlone", "Okonkwo-Bright MRN 44019928? cannot find her", []want{{Name, "Okonkwo-Bright"}, {MRN, "44019928"}}},
		// a disease named after a person is no one's name; the same surname's belongings are
		{"EponymDisease", "her mom has Alzheimer's, pls be patient with her on the phone", nil},
		{"EponymKinPossessive", "mom's Parkinson's is worse, she fell twice", nil},
		{"EponymSurnameBelongs", "housekeeping found a hearing aid, prob Wilson's", []want{{Name, "Wilson"}}},
		// a colleague who has been diagnosed is an employee-health case
		{"StaffDiagnosed", "Dr. Abernathy mentioned she was diagnosed with lupus last month, keep it off the calendar", []want{{Name, "Abernathy"}}},
		// Slack's _italics_ around a name read as its *bold* does; an underscore inside a handle is none
		// an organisation set off by commas after a name is the person's employer, unless a trigger makes them the patient
		{"OrgAppositive", "Halvard Osei, Brookline Dental Group, returned my call about the lease", nil},
		{"OrgAppositivePatient", "pt Halvard Osei, Brookline Dental Group, called about his bill", []want{{Name, "Halvard Osei"}}},
		// a name word in no list, in the local part of a work address, is a contact at work
		{"UnlistedWorkMail", "our new rep is Tenzin Wangchuk-Adeyemo, t.wangchukadeyemo@medsupplyco.com", []want{{Email, "t.wangchukadeyemo@medsupplyco.com"}}},
		// a label's plural in capitals names no one
		{"LabelPlural", "the SSNs on the two forms do not match, please recheck", nil},
		// a rarer given name alone in brackets after a name is what the person goes by, no employer
		{"NickInBrackets", "complaint from the son of Mrs. Vandersloot-Ames (Ilse), 94, about the discharge", []want{{Name, "Vandersloot-Ames"}, {Name, "Ilse"}, {Age, "94"}}},
		// the holder of a car or a card found in the message
		{"VehicleOwner", "valet stub 4411: plate 7KT 209, owner Desmond Achterberg", []want{{VehicleID, "7KT 209"}, {Name, "Desmond Achterberg"}}},
		{"LowerRecordSeparator", "guarantor update: new one is marisol hall / ssn# 401-66-6638", []want{{Name, "marisol hall"}, {SSN, "401-66-6638"}}},
		// a faith is no name
		{"Faith", "Please tell the chaplain the Brennan family is Anglican, not Catholic, before his surgery", []want{{Name, "Brennan"}}},
		// a nickname after "aka" or "goes by", whatever the word means
		{"AkaNickname", "client is dorian achebe aka tank, DOB 3.3.1990, his counselor called", []want{{Name, "dorian achebe"}, {Name, "tank"}, {Date, "3.3.1990"}}},
		{"GoesBy", "pt Ignatius Berg, goes by 'Iggy', wants his son called", []want{{Name, "Ignatius Berg"}, {Name, "Iggy"}}},
		// in brackets after a cue or in quotes, in lower case too
		{"GoesByInBracketsLower", "pt: wilhelmina strand (goes by mina), dob 3/14/1931", []want{{Name, "wilhelmina strand"}, {Name, "mina"}, {Date, "3/14/1931"}}},
		{"PrefInBracketsLower", "mr. ignatius berg (pref. 'iggy') wants to leave ama", []want{{Name, "ignatius berg"}, {Name, "iggy"}}},
		{"QuotedInBracketsLower", "ignatius berg (\"iggy\"), 94, hard of hearing", []want{{Name, "ignatius berg"}, {Name, "iggy"}, {Age, "94"}}},
		// after "by" or "from" the clinician refers: the birth date and the
		// patient of the clause are someone else's
		{"ReferredByDr", "pt Ashdown referred by Dr. Okonkwo, DOB 5/12/1978, needs appt asap", []want{{Name, "Ashdown"}, {Date, "5/12/1978"}}},
		{"ReferralFromDr", "grateful patient referral from Dr. Lindqvist: Odile Fairweather, seen in clinic 3/4, wants to talk about a gift",
			[]want{{Name, "Odile Fairweather"}, {Date, "3/4"}}},
		{"FlowersToDrAtHome", "Please send flowers to Dr. Quist at 309 Mammoth Rd, Dracut, MA 01826 — discharged 10/25", []want{{Name, "Quist"}, {Address, "309 Mammoth Rd, Dracut, MA 01826"}, {Date, "10/25"}}},
		// a professional's letters in brackets are no nickname
		{"CredentialInBrackets", "license renewals due:\n- Odile Fairweather (RPh) lic PH771205, exp 12/31/2026\n- Tomas Quist (CPhT) PT889102",
			[]want{{Name, "Odile Fairweather"}, {LicenseNumber, "PH771205"}, {Name, "Tomas Quist"}, {LicenseNumber, "PT889102"}}},
		{"QuotedPhraseNoName", "Ann Roe (\"the boss\") called about the budget", nil},
		// titles in other languages
		{"Madame", "His wife speaks only Creole, Madame Nadège, please get the interpreter for the discharge", []want{{Name, "Nadège"}}},
		// a relative named after the name: "X (pt's wife)"
		{"KinAfter", "Obiageli's cell: 617-555-0139 (pt's wife), call her after the MRI", []want{{Name, "Obiageli"}, {Phone, "617-555-0139"}}},
		// a birth date or an age set off right after a name
		{"DOBAfterName", "faith okonjo-reyes (dob 21/02/1975) says nobody returned her call", []want{{Name, "faith okonjo-reyes"}, {Date, "21/02/1975"}}},
		{"AgeInBrackets", "Dorcas Ebbs (95) needs a wheelchair at the main entrance", []want{{Name, "Dorcas Ebbs"}, {Age, "95"}}},
		// a lower-case name of rare words outside a personal message
		{"LowerRareNameNoContext", "tell the chair that the patient from the crash ximena lucia ortega ruiz is asking for her mom", []want{{Name, "ximena lucia ortega ruiz"}}},
		{"LowerOneWordNoContext", "ask ximena whether the deck is final", nil},
		// bedside shorthand makes a message clinical
		{"BedsideShorthand", "bed 3 - Ines Castellano - NPO after midnight", []want{{Name, "Ines Castellano"}}},
		// a given name that is a listed word, after a title and before a surname
		{"TitleListedGiven", "mrs may hartigan in 4b wants her glasses before the scan", []want{{Name, "may hartigan"}}},
		{"TitleListedNoSurname", "ask mr will if he can cover", nil},
		// a staff-titled name tied to a private life: a home address, a birth date
		{"StaffHomeAddress", "Please send flowers to Dr. Wainwright at 4770 Tarbox Road, Mattapan, MA 02126 from all of us",
			[]want{{Name, "Wainwright"}, {Address, "4770 Tarbox Road, Mattapan, MA 02126"}}},
		{"StaffDOB", "ask Dr. Okafor (dob 3/3/1950) to sign the consent", []want{{Name, "Okafor"}, {Date, "3/3/1950"}}},
		{"StaffAtClinic", "Dr. Patel at 55 Fruit St clinic is covering", nil},
		// a public title is no name
		{"PublicTitle", "VIP on 5W: the Senator's mother, Mrs. Constance Whitlow, 94, needs a quiet room", []want{{Name, "Constance Whitlow"}, {Age, "94"}}},
		// a passive health verb later in the clause makes the name the patient's
		{"ReadmittedLater", "Please hold the thank-you letter for Mr. Tobias Renwick, he was readmitted 2/3 and the family asked for privacy",
			[]want{{Name, "Tobias Renwick"}, {Date, "2/3"}}},
		{"ColleagueAtWork", "Marisol from Scheduling will cover the front desk this afternoon", nil},
	})
}

func TestDrugMention(t *testing.T) {
	for w, want := range map[string]bool{
		"apixaban": true, "lorazepam": true, "metoprolol": true, "lisinopril": true, "oxycodone": true,
		"vancomycin": true, "atorvastatin": true, "omeprazole": true,
		"tomorrow": false, "discussion": false, "balloon": false, "marathon": false, "Jasmine": false,
	} {
		var s scanner
		s.reset("she is on " + w + " now")
		if got := s.drugMention(); got != want {
			t.Errorf("drugMention(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestDrugSupplyNoTreatment(t *testing.T) {
	var s scanner
	s.reset("the apixaban shortage memo went out, switch per the formulary")
	if s.drugMention() {
		t.Error("a drug shortage counted as a treatment")
	}
}

// A name in capitals ends with its name words, not at the next capitalised
// word of a message typed in capitals.
func TestScanNameCapsEnd(t *testing.T) {
	runCases(t, []scanCase{
		{"CapsVerbAfterName", "PT DESMOND ACHTERBERG ADMITTED TO 5 NORTH OVERNIGHT", []want{{Name, "DESMOND ACHTERBERG"}}},
		{"CapsRareSurname", "PT MIREILLE QUAGHEBEUR TRANSFERRED FROM THE ER", []want{{Name, "MIREILLE QUAGHEBEUR"}}},
		{"CapsSurnameWord", "PATIENT HOLLIS BAKER DISCHARGED HOME TODAY", []want{{Name, "HOLLIS BAKER"}}},
	})
}

// A staff-titled name is the patient or a patient's relative when the clause
// says so; a clinician at work keeps their title's role.
func TestScanStaffAsPatientOrKin(t *testing.T) {
	runCases(t, []scanCase{
		{"StaffAsPatient", "Dr. Ottoline Varga is on 3 South as a patient since the weekend, keep it quiet", []want{{Name, "Ottoline Varga"}}},
		{"StaffAboutOwnKin", "Dr. Quintavalle phoned about his mother again, she is still waiting in the ED", []want{{Name, "Quintavalle"}}},
		{"StaffAboutPatient", "Dr. Quintavalle phoned about the patient in bay 4 again", nil},
		{"StaffAsConsult", "Dr. Quintavalle will see her as a consult this afternoon", nil},
	})
}

// A worklist's line names a patient by surname and record number
// (recordNumberAfter); a label or an everyday word before a number does not.
func TestScanRecordNumberAfterName(t *testing.T) {
	runCases(t, []scanCase{
		{"SurnameAndNumber", "Tremblay 8950473 7N, needs a sitter", []want{{Name, "Tremblay"}, {MRN, "8950473"}}},
		{"WorkOrder", "WO 118842 sent to facilities for the gate arm", nil},
		{"Invoice", "Invoice 2281934 is overdue again", nil},
	})
}

// Colleagues named by their work: an on-call field, a request to book
// someone else.
func TestScanColleagueFrames(t *testing.T) {
	runCases(t, []scanCase{
		{"OnCallField", "Boiler engineer on call this weekend: Ravindra Olufemi, 617-555-0142", []want{{Phone, "617-555-0142"}}},
		{"OnCallIs", "HVAC on-call is Ravindra Olufemi until Monday", nil},
		{"AskedToBookOther", "Morning, Tamsin Achebe asked me to book Ms. Quaghebeur into the Tuesday cardiology clinic",
			[]want{{Name, "Quaghebeur"}}},
		{"AskedToBookOwn", "Tamsin Achebe asked me to book her follow-up after the biopsy", []want{{Name, "Tamsin Achebe"}}},
		// a case passed on to a colleague
		{"EscalatingTo", "pt Ashdown says she was billed twice for 3/14, escalating to Odile Fairweather", []want{{Name, "Ashdown"}, {Date, "3/14"}}},
		// IT and HR housekeeping name an employee
		{"ResetMFA", "reset MFA for Odile Fairweather, she wants a call back at 207-555-0190 ext 7378", []want{{Phone, "207-555-0190 ext 7378"}}},
		{"UnlockVPN", "can you unlock the VPN for Bertil Haugland before his 9:00 board call", nil},
	})
}

// TestRoleInParens checks that a role or a department in parentheses
// after a name reads as a colleague's (roleInParens), and a relative or
// a bed there does not.
func TestRoleInParens(t *testing.T) {
	for _, c := range []struct {
		text string
		name string
		want bool
	}{
		{"book 1hr with Priya Menon (quality) about the report", "Priya Menon", true},
		{"cc Marcus Tran (gift officer) on the letter", "Marcus Tran", true},
		{"ask Esther Joseph (our interpreter lead) for a second cart", "Esther Joseph", true},
		{"call Lucia Ortiz (daughter) about the discharge", "Lucia Ortiz", false},
		{"move Ezekiel Strand (6W-14) to tele", "Ezekiel Strand", false},
		{"lunch and learn presented by Tamara Okafor, CCS, on Thursday", "Tamara Okafor", true},
		{"Ines Varga (Patient Experience) will join the huddle", "Ines Varga", true},
		{"Dov Amsel (bed mgmt) has the list", "Dov Amsel", true},
		{"Ines Varga (patient) needs a sitter", "Ines Varga", false},
	} {
		s := new(scanner)
		s.reset(c.text)
		end := -1
		for k := range s.toks {
			if int(s.toks[k].e) == strings.Index(c.text, c.name)+len(c.name) {
				end = k
			}
		}
		if end < 0 {
			t.Fatalf("%q: no token ends %q", c.text, c.name)
		}
		if got := s.staffAfter(end); got != c.want {
			t.Errorf("%q: staffAfter(%q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestRoleIsName checks the colleague frame "<role> [today] is <name>"
// (colleagueFrame): the patient's nurse of the day is staff, a relative
// or the patient named the same way is not.
func TestRoleIsName(t *testing.T) {
	runCases(t, []scanCase{
		{"NurseToday", "pt Ana Ruiz, MRN 4417720, her nurse today is Keisha", []want{{Name, "Ana Ruiz"}, {MRN, "4417720"}}},
		{"SonIs", "pt Ana Ruiz, MRN 4417720, her son is Luis", []want{{Name, "Ana Ruiz"}, {MRN, "4417720"}, {Name, "Luis"}}},
	})
}

func TestConsumerMail(t *testing.T) {
	for d, want := range map[string]bool{"comcast.net": true, "AOL.com": true, "yahoo.co.uk": true,
		"lowellgeneral.org": false, "hcahealthcare.com": false, "": false} {
		if got := consumerMail(d); got != want {
			t.Errorf("consumerMail(%q) = %v, want %v", d, got, want)
		}
	}
}
