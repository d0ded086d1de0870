package phi

import "testing"

// TestScanCareContextNames checks lower-case names that only the ward's
// words around them mark as people, and the words the same cues leave
// alone.
func TestScanCareContextNames(t *testing.T) {
	runCases(t, []scanCase{
		{"RoomAfter", "heads up, kowalczyk in 512b keeps pressing the call light", []want{{Name, "kowalczyk"}}},
		{"RoomAfterIs", "nope, szabo is in 14c now", []want{{Name, "szabo"}}},
		{"ValueForName", "ride service wants the home addy for mckinnon: 9 Quarry Rd, Rockport MA 01966", []want{{Name, "mckinnon"}, {Address, "9 Quarry Rd, Rockport MA 01966"}}},
		{"AgendaFor", "agenda for tuesday: budget, staffing", nil},
		{"WardListRow", "handover\nb7 quillan - cellulitis, abx started\nb9 empty", []want{{Name, "quillan"}}},
		{"TitledListedSurname", "mrs. lane from 4 west keeps asking about her hip x-ray", []want{{Name, "lane"}}},
		{"NoRoomNoName", "the fridge in 512b is leaking again", nil},
		{"OrderInRoom", "the order in 512b is wrong, facilities pls", nil},
		{"RoomPlanNotPerson", "swap the monitor in 14c before friday", nil},
	})
}

// TestCareContextFeatures checks the features the care cues fire.
func TestCareContextFeatures(t *testing.T) {
	cases := []struct {
		text string
		cand string
		f    int
	}{
		{"pls check on ridley after lunch", "ridley", fPrevCare},
		{"called ottoline, she'll be here by 6", "ottoline", fPronounAfter},
		{"ottoline's sats dipped overnight", "ottoline", fPossCare},
		{"ottoline is back from ct", "ottoline", fStateAfter},
	}
	for _, c := range cases {
		s := new(scanner)
		s.reset(c.text)
		i := -1
		for k := range s.toks {
			if s.w(k) == c.cand {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("bad test: %q not a token of %q", c.cand, c.text)
		}
		var fb features
		s.contextFeatures(&fb, i, i)
		found := false
		for _, k := range fb.f[:fb.n] {
			found = found || int(k) == c.f
		}
		if !found {
			t.Errorf("%q in %q: feature %s not set", c.cand, c.text, nameFeatureNames[c.f])
		}
	}
}

// A capitalised everyday word opening the sentence is no part of the name
// after it; a word that is also a given name may be.
func TestNameAfterLeadWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Called", "Called Maria Lopez about her bill, she wants a payment plan", []want{{Name, "Maria Lopez"}}},
		{"Sent", "Sent Carlos Vega to the ED for eval after the fall", []want{{Name, "Carlos Vega"}}},
		{"GivenNameFirst", "Rose Ortiz called about her refill, DOB 3/4/1950", []want{{Name, "Rose Ortiz"}, {Date, "3/4/1950"}}},
		// an acronym after the word is no name
		{"Acronym", "RPM hub stopped reporting Sunday. Last IP was 10.44.18.203, probably the router", []want{{IPAddress, "10.44.18.203"}}},
	})
}

// A lab or vital sign's reading makes a message ward talk about a patient:
// an everyday word that is also a name, before a bed, is a candidate.
func TestLabReadingMakesCare(t *testing.T) {
	runCases(t, []scanCase{
		{"BedAndReading", "fox in 12 bs 287, covering per ss?", []want{{Name, "fox"}}},
		// an organisation's measure is no reading
		{"Census", "fox in the census is 98 today", nil},
	})
}

// A word that is a host label of a web address in the message is the
// site's name; a name in an e-mail's local part or written out is no host.
func TestNameSiteWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Site", "GoFundMe for Elizabeth Parker: https://www.gofundme.com/f/elizabeth-parker-medical-bills",
			[]want{{Name, "Elizabeth Parker"}, {URL, "https://www.gofundme.com/f/elizabeth-parker-medical-bills"}}},
		{"SpeltEmail", "can you send Susan LeBlanc the visit link, her email is susan.leblanc at yahoo dot com",
			[]want{{Name, "Susan LeBlanc"}, {Email, "susan.leblanc at yahoo dot com"}}},
	})
}

// A medication with its dose or after "on" makes a message about someone's
// health as a health word does (the names' context, ctx).
func TestScanDrugMessageNames(t *testing.T) {
	runCases(t, []scanCase{
		{"OutOfDrug", "Ottoline Brandvold is out of metoprolol, wants a 90-day supply sent to the pharmacy", []want{{Name, "Ottoline Brandvold"}}},
		{"OnDrug", "long night. nope, that's the other one — wilhelmina quist is the one on lorazepam", []want{{Name, "wilhelmina quist"}}},
	})
}

// A lower-case name right after "pt" or "patient" is scored as a care
// name; "PT" in capitals is physical therapy.
func TestScanAfterPt(t *testing.T) {
	runCases(t, []scanCase{
		{"Pt", "pt wang declined the flu shot", []want{{Name, "wang"}}},
		{"Therapy", "PT eval for bed 4 after lunch", nil},
	})
}

// TestCareWordsContext checks words of one person's care (consents, labs,
// a pregnancy, a return-to-work note) that make a message about a patient
// as the other health words do, and a colleague in a message without them.
func TestCareWordsContext(t *testing.T) {
	runCases(t, []scanCase{
		{"Consents", "Theodora Quaintance needs her consents signed before 2", []want{{Name, "Theodora Quaintance"}}},
		{"Postpartum", "Corwin Mbatha, postpartum day 2, wants a lactation visit", []want{{Name, "Corwin Mbatha"}}},
		{"BudgetColleague", "Priya Sandhu is presenting the Q3 budget tomorrow", nil},
	})
}

// TestStaffEventWords checks colleagues named in a message that welcomes,
// invites, thanks or sends them off, clinical words around or not, and a
// patient named beside such a word or at a conference about their care.
func TestStaffEventWords(t *testing.T) {
	runCases(t, []scanCase{
		{"NewEducator", "Ondine Ferreira — new educator for the ICU, say hi", nil},
		{"Invited", "✅ Invite sent: sepsis huddle 3/4 10:00. Invited: Cosmo Adeyemi, Linnea Vasquez, Tamsin Hale", nil},
		{"Farewell", "farewell lunch for Ulrike Brandt, our dialysis charge nurse, Friday at noon", nil},
		{"Kudos", "kudos to Rutger Ekwueme for the chemo teaching", nil},
		{"PatientBeside", "Ulrike Brandt fell in the lobby, kudos to security for the quick response", []want{{Name, "Ulrike Brandt"}}},
		{"FamilyConference", "Ottilie Brannagh asked to move the family conference to Friday", []want{{Name, "Ottilie Brannagh"}}},
		{"NursingConference", "Ottilie Brannagh is presenting at the nursing conference Friday", nil},
	})
}

// TestBusinessProjectWords checks a vendor's or a colleague's name in a
// message about an upgrade, a go-live, pricing or the fiscal year, or
// about IT housekeeping (lockouts, badges, the helpdesk's systems): the
// organisation's business, as a contract or an invoice is.
func TestBusinessProjectWords(t *testing.T) {
	runCases(t, []scanCase{
		{"Upgrade", "Tobias Ferreira from Corvane Infusion is onsite Monday October 2nd for the Pyxis upgrade", nil},
		{"PatientFell", "Odalys Etienne fell in the cath lab during the upgrade, she's in the ED", []want{{Name, "Odalys Etienne"}}},
		{"ITHousekeeping", "Account lockout: Tobias Ferreira (tferreira) locked after 3 attempts. Reset through Imprivata, INC0417720.", nil},
	})
}

// TestFamilyNamedThings checks a family's surname before what the family
// endowed or is honoured by, and a patient's family.
func TestFamilyNamedThings(t *testing.T) {
	runCases(t, []scanCase{
		{"Foundation", "the Brown family foundation gave $311k toward the new ambulance", nil},
		{"Pavilion", "the Oduya family pavilion opens Monday", nil},
		{"PatientsFamily", "the Oduya family is asking if their dad can go home with hospice", []want{{Name, "Oduya"}}},
	})
}

// TestPatientTriggerSurnames checks a lower-case surname after "pt" that
// is one slip from a word, or a rare dictionary word, as a name.
func TestPatientTriggerSurnames(t *testing.T) {
	runCases(t, []scanCase{
		{"SlipLike", "pt okoro asked for the chaplain again tonight",
			[]want{{Name, "okoro"}}},
		{"CensusWord", "pt brannigan refused the 2200 heparin, md aware",
			[]want{{Name, "brannigan"}}},
		{"SlipStays", "pt wnats to go home today, family on the way", nil},
	})
}
