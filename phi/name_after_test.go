package phi

import "testing"

// An acronym after a name ends it: a person's name before a test or a
// device keeps its words, a town's name after a title is a surname, and two
// name words before a firm's suffix are the firm's.
func TestScanNameBeforeAcronym(t *testing.T) {
	runCases(t, []scanCase{
		{"TitledTown", "Ms. Orlando MRI at 3, bring her glasses", []want{{Name, "Orlando"}}},
		{"TitledTownNoDot", "Mr Lancaster EKG done, wife waiting", []want{{Name, "Lancaster"}}},
		{"SurnameAWord", "Priya Summers MRI moved to 4pm, she is anxious", []want{{Name, "Priya Summers"}}},
		{"GivenSurname", "Tomasz Rivers ECG shows afib, his daughter called", []want{{Name, "Tomasz Rivers"}}},
		// firms and services
		{"FirmPC", "Nadia Castillo PC sent the invoice for the lease", nil},
		{"FirmLLP", "Hollis Brandt LLP wants the contract by Friday", nil},
		{"TownService", "Boston EMS dropped off a stretcher", nil},
	})
}

// A note in brackets after a relative's name is about the relative, not
// their work, unless it names an employer.
func TestScanKinNoteInBrackets(t *testing.T) {
	runCases(t, []scanCase{
		{"CourtAppointed", "Ansel's guardian is Greta Vollmer (court appointed), call her before any consent",
			[]want{{Name, "Ansel"}, {Name, "Greta Vollmer"}}},
		{"OnlyFamily", "pt in 12 is confused; her niece Orla Brennagh (only family nearby) is on the way",
			[]want{{Name, "Orla Brennagh"}}},
		{"OurChaplain", "Father Ioane Vea (our chaplain) asked for the prayer room", nil},
		{"LawGroup", "the guardian, Pim Dekker (Hollis Law Group), wants copies", nil},
	})
}

// A vehicle's word after a make or model ends a vehicle; after a given
// name and a surname it ends a person's name.
func TestScanNameBeforeVehicleWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Pickup", "- Teodora Vasquez pickup 6:40 at 19 Quarry Rd, Lowell MA 01852",
			[]want{{Name, "Teodora Vasquez"}, {Address, "19 Quarry Rd, Lowell MA 01852"}}},
		{"Plate", "Teodora Vasquez plate 7TRK442 parked in the ED lot", []want{{Name, "Teodora Vasquez"}, {VehicleID, "7TRK442"}}},
		{"Model", "a silver Tacoma pickup is blocking the ambulance bay", nil},
		{"MakeModel", "whose Honda Odyssey plate is 4KDX21? it's in the bay", []want{{VehicleID, "4KDX21"}}},
	})
}

// A town's name before "'s" and a relative is a person's: the relative is
// theirs ("Lake's stepdaughter"); a town's officials are no relatives.
func TestScanPlaceNamePossessiveKin(t *testing.T) {
	runCases(t, []scanCase{
		{"Stepdaughter", "complaint from Lake's stepdaughter about the call light, pls call back", []want{{Name, "Lake"}}},
		{"Neighbor", "call from Dolores's neighbor, she found her on the floor", []want{{Name, "Dolores"}}},
		{"Mayor", "voicemail from Lowell's mayor about the parade route", nil},
	})
}

// The particles before a surname found are the surname's, in small
// letters before a capitalised one too; not a preposition before a given
// name and a surname.
func TestScanSurnameParticlesBefore(t *testing.T) {
	runCases(t, []scanCase{
		{"DeLa", "MBI 5TR2AA1XK39 – pls add to de la Fuente's face sheet",
			[]want{{HealthPlanID, "5TR2AA1XK39"}, {Name, "de la Fuente"}}},
		{"LowerBeforeCapital", "the loaner walker belongs to le Roux's daughter, bring it to bay 4", []want{{Name, "le Roux"}}},
		{"CapitalisedInverted", "the 9:15 in OR 2 — Du Pont, Annelies — pt is here, partner parked", []want{{Name, "Du Pont, Annelies"}}},
		{"Preposition", "la visita de Marisol Quintero fue ayer, pregunta por la factura", []want{{Name, "Marisol Quintero"}}},
	})
}

// A name found in part is extended over the words a hyphen joins to it.
func TestScanNameHyphenParts(t *testing.T) {
	runCases(t, []scanCase{
		{"ListedHead", "recert due april 2 for wood-okafor; d/c planned for brandvold on june 9, 2025.",
			[]want{{Date, "april 2"}, {Name, "wood-okafor"}, {Name, "brandvold"}, {Date, "june 9, 2025"}}},
		{"SignIn", "visitor sign-in for banks-papadakis in 4c-12: lorenzo fitch, arrived 3:40",
			[]want{{Name, "banks-papadakis"}, {Name, "lorenzo fitch"}}},
	})
}

// A record's inverted name with no space after its comma is one name.
func TestScanInvertedGlued(t *testing.T) {
	runCases(t, []scanCase{
		{"Referral", "new ref: baker,tariq, dob 03-12-41, copd, 4l concentrator",
			[]want{{Name, "baker,tariq"}, {Date, "03-12-41"}}},
	})
}

// The surname before a comma is found after a word a name follows in a
// sentence or in a list of names, an everyday word too when both words
// are capitalised (or, after a lead word, when it is a listed surname);
// not after any other word.
func TestSurnameBeforeCommaLeads(t *testing.T) {
	for _, c := range []struct{ text, given, want string }{
		{"refill exception: res fairweather,imani, mrn 4471902", "imani", "fairweather"},
		{"found: Okafor, Grace (171924898), Abernathy, Winona (00224439)", "Winona", "Abernathy"},
		{"subscriber is her father, Hope, Kwabena, subscriber # JKZ 044120391", "Kwabena", "Hope"},
		{"records for Dove, Kwabena, DOS 10102024", "Kwabena", "Dove"},
		{"we went ahead anyway Fairweather, Kwabena said", "Kwabena", "Kwabena"},
		{"subscriber is her father, hope, kwabena", "kwabena", "kwabena"},
	} {
		s := new(scanner)
		s.reset(c.text)
		i := -1
		for k := range s.toks {
			if string(s.b[s.toks[k].s:s.toks[k].e]) == c.given {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no token %q", c.text, c.given)
		}
		b := s.surnameBeforeComma(i, i)
		if got := string(s.b[s.toks[b].s:s.toks[b].e]); got != c.want {
			t.Errorf("%q: the name starts at %q, want %q", c.text, got, c.want)
		}
	}
}

// A record-shaped value after a name and a comma may end its sentence.
func TestScanNumberAfterNameFullStop(t *testing.T) {
	runCases(t, []scanCase{
		{"Phone", "HCP for bed 9: Ingrid Solberg, 6175550142. the pt is her brother",
			[]want{{Name, "Ingrid Solberg"}, {Phone, "6175550142"}}},
		{"Record", "refund approved for Ingrid Solberg, 4471902. close the ticket",
			[]want{{Name, "Ingrid Solberg"}, {MRN, "4471902"}}},
	})
}

// An estate's executor or a court's conservator acts for the patient, as a
// relative does.
func TestScanLegalRepresentatives(t *testing.T) {
	runCases(t, []scanCase{
		{"Executor", "the estate paid in full; executor Lorna Beckwith asked for a zero-balance letter",
			[]want{{Name, "Lorna Beckwith"}}},
		{"ExecutorInBrackets", "the executor (Ignatius) sent the death certificate with a different DOD",
			[]want{{Name, "Ignatius"}}},
	})
}

// What a visitor does after their name ("signed in") is no colleague's
// work, as for a patient or a relative.
func TestScanVisitorSignedIn(t *testing.T) {
	runCases(t, []scanCase{
		{"SignedIn", "visitor Maria Lopez signed in at 7:10, is she on the approved list?", []want{{Name, "Maria Lopez"}}},
	})
}
