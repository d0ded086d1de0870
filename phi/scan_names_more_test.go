package phi

import "testing"

// Names from the gazetteers' frequencies and the rest of the message.
func TestScanNamesFromData(t *testing.T) {
	runCases(t, []scanCase{
		// a frequent census surname that is also a word, after a lower-case given name
		{"LowerSurnameWord", "denial came back for renata hill, dob 4/2/1950, resubmit pls", []want{{Name, "renata hill"}, {Date, "4/2/1950"}}},
		{"LowerJoinedTail", "pt wants the bill sent to her sister, this is for tomasz o'hara dob 3/9/1941", []want{{Name, "tomasz o'hara"}, {Date, "3/9/1941"}}},
		{"ContractionNoName", "Name on file Ilse Brandt, MRN 4410293. Don't post it here", []want{{Name, "Ilse Brandt"}, {MRN, "4410293"}}},
		{"RecordCaps", "the wristband printed MOON, GRETA T with the wrong DOB 2/2/1944", []want{{Name, "MOON, GRETA T"}, {Date, "2/2/1944"}}},
		{"RecordMixed", "duplicate chart for Lane, Orla K. flagged by HIM, MRN 5520931", []want{{Name, "Lane, Orla K."}, {MRN, "5520931"}}},
		{"RecordLower", "registered as okafor, beatrix m but her card says beatrice, dob 5/6/1950", []want{{Name, "okafor, beatrix m"}, {Name, "beatrice"}, {Date, "5/6/1950"}}},
		{"InitialSurname", "re: T. Whitfield - fall on 5W overnight, family notified", []want{{Name, "T. Whitfield"}}},
		{"LowerTriggeredEnds", "pls page the patient lucinda marsh waiting in the lobby since 9, dob 2/3/1961", []want{{Name, "lucinda marsh"}, {Date, "2/3/1961"}}},
		{"NameInRoom", "overnight: keep an eye on ngozi in 14b, her insulin drip runs till 6", []want{{Name, "ngozi"}}},
		{"AgeAfterName", "fyi Teodora is ninety-six and needs a sitter tonight on 4W", []want{{Name, "Teodora"}, {Age, "ninety-six"}}},
		{"AgeAfterRoom", "Mrs Abernethy in 12C, 97, family visiting at 3, hip fracture", []want{{Name, "Abernethy"}, {Age, "97"}}},
		{"NameSlugURL", "her family made an update page after the stroke: https://www.example.org/p/renata-okonkwo", []want{{URL, "https://www.example.org/p/renata-okonkwo"}}},
		{"NoSlugForWords", "the stroke unit posted https://www.example.org/p/annual-report for everyone", nil},
		// after a relative, what the relative does is no colleague's work
		{"KinSigned", "consent form: her son Tobias signed at 3, copy to the chart", []want{{Name, "Tobias"}}},
		{"KinApproved", "the dnr is back, his wife marguerite approved it this morning", []want{{Name, "marguerite"}}},
		{"KinRoleStaff", "my brother Anselm, our CFO, approved the budget", nil},
		// a given name that is also a small word, capitalised after a relative
		{"KinSmallWordName", "his son Will is on the phone about the discharge", []want{{Name, "Will"}}},
		{"KinSmallWordLower", "his son will call back about the discharge", nil},
		{"KinMonthName", "his wife June called about the discharge", []want{{Name, "June"}}},
		{"KinMonthDate", "his wife June 3 visit was moved", []want{{Date, "June 3"}}},
		// relatives in the plural before their names
		{"KinPluralList", "her parents, Tavita and Grace Leota, consented to the treatment", []want{{Name, "Tavita"}, {Name, "Grace Leota"}}},
		{"KinPluralStart", "Parents Tavita and Grace Leota consented", []want{{Name, "Tavita"}, {Name, "Grace Leota"}}},
		{"KinPluralGroup", "our parents Association meets Tuesday", nil},
		// a name before an email address that repeats it is no inverted name
		{"KinBeforeEmail", "granddaughter is roxana, roxana.v77@example.com, she drives him", []want{{Name, "roxana"}, {Email, "roxana.v77@example.com"}}},
		{"KinEquals", "contact: daughter = Wilhelmina, 617-555-0114", []want{{Name, "Wilhelmina"}, {Phone, "617-555-0114"}}},
		{"KinParen", "his aunt (Perpetua Oyelaran, 91) is moving to 5E", []want{{Name, "Perpetua Oyelaran"}, {Age, "91"}}},
		// a given name shares the surname of the full name after "&"
		{"SharedAfterCapWord", "Siblings Tendai & Rufaro Moyo were admitted overnight with flu", []want{{Name, "Tendai"}, {Name, "Rufaro Moyo"}}},
		// a birth date after a record's later field is that person's, not the field's
		{"RecordFieldBeforeDOB", "new admit: KOWALCZYK, IRENA, 71F, CHF, DOB 04/11/1953, bed 12", []want{{Name, "KOWALCZYK, IRENA"}, {Date, "04/11/1953"}}},
		// a middle initial makes a name of words that are also everyday ones
		{"InitialCommonSurname", "intake for tobias k. english tomorrow, dob 3/3/1951", []want{{Name, "tobias k. english"}, {Date, "3/3/1951"}}},
		{"InitialMonthGiven", "the ct for june r. okafor got bumped, mrn 4417702", []want{{Name, "june r. okafor"}, {MRN, "4417702"}}},
		{"NoInitialInChat", "will b there by 5, may b late tho", nil},
		// a listed surname after a given name that is no word is no slip
		{"SurnameNotSlip", "dialysis chair 4 is for leopold frankl tomorrow, pt asked for the window", []want{{Name, "leopold frankl"}}},
	})
}

// Ages in more of the ways clinicians write them.
func TestScanAgeClinicalForms(t *testing.T) {
	runCases(t, []scanCase{
		{"SexSlash", "Orla Byrne, F/97, CHF exacerbation on 6W", []want{{Name, "Orla Byrne"}, {Age, "97"}}},
		{"SlashSex", "bed 4: 93/M, fall at home, family at bedside", []want{{Age, "93"}}},
		{"HyphenYO", "Orla Byrne is a 97-y-o female with CHF", []want{{Name, "Orla Byrne"}, {Age, "97"}}},
		{"SuffixYr", "Orla Byrne - 96yr - fall at home", []want{{Name, "Orla Byrne"}, {Age, "96"}}},
		{"Brackets", "Orla Byrne [95] fell on 6W last night", []want{{Name, "Orla Byrne"}, {Age, "95"}}},
		{"RatioNoAge", "f/u with cardiology, BP 130/95, sat 97/100", nil},
	})
}
