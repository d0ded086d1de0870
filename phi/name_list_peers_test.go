package phi

import "testing"

// The items of a comma list before a name found are names too, written as
// it is; a note, a payer or a language in the list is none.
func TestScanListPeers(t *testing.T) {
	runCases(t, []scanCase{
		{"ItemsBefore", "Pemberton, Chu, Delgado: all three still on home O2 from Apria, reorder PO 5512093",
			[]want{{Name, "Pemberton"}, {Name, "Chu"}, {Name, "Delgado"}}},
		{"GivenNames", "Rosalind, Everett, Maribel, Sione — all need PPDs read before 3:30",
			[]want{{Name, "Rosalind"}, {Name, "Everett"}, {Name, "Maribel"}, {Name, "Sione"}}},
		{"NoteAfter", "Irene Bouchard (recert due 12/19/25), GIP?", []want{{Name, "Irene Bouchard"}, {Date, "12/19/25"}}},
		{"Payer", "pt Ana Ruiz, Tricare, sponsor SSN 229-01-8847", []want{{Name, "Ana Ruiz"}, {SSN, "229-01-8847"}}},
	})
}

// A surname with particles and a given name after a comma are one
// inverted name, as one-word surnames are.
func TestScanInvertedParticleSurname(t *testing.T) {
	runCases(t, []scanCase{
		{"DuPont", "UDI for the explanted pacer: (01)01494256364376(17)290108(21)8AQZ3T514 - pt Du Pont, Marisol",
			[]want{{DeviceID, "(01)01494256364376(17)290108(21)8AQZ3T514"}, {Name, "Du Pont, Marisol"}}},
	})
}

// An acronym after a capitalised name is the next word, not a surname in
// capitals; a care site's acronym makes the words before it the site's.
func TestScanAcronymEndsName(t *testing.T) {
	runCases(t, []scanCase{
		{"Clinical", "pt Rosalind Achebe PICC dressing chg due 7/1", []want{{Name, "Rosalind Achebe"}, {Date, "7/1"}}},
		{"Site", "fax for Spaulding IPR intake changed to 339-363-1976", []want{{Phone, "339-363-1976"}}},
	})
}

// A schedule's time after each item's name does not break the list.
func TestScanListPeersWithTimes(t *testing.T) {
	runCases(t, []scanCase{
		{"Times", "Clinic list 2/22/2025: Oleksandr Price 9:00, Joy Zhang 9:30, Reginald Sato 10:15 (new)",
			[]want{{Date, "2/22/2025"}, {Name, "Oleksandr Price"}, {Name, "Joy Zhang"}, {Name, "Reginald Sato"}}},
	})
}

// A lab's abbreviation before its reading is no name ("Na was 124"), and
// the reading no age; after a title it is a surname.
func TestScanLabReadingNoName(t *testing.T) {
	runCases(t, []scanCase{
		{"Sodium", "can you add urine lytes on Haverty before the 4am labs? Na was 124 on Jan 4, now 119",
			[]want{{Name, "Haverty"}, {Date, "Jan 4"}}},
		{"Title", "Mr Na was 94 on admission", []want{{Name, "Na"}, {Age, "94"}}},
	})
}

// A health plan's name is no one's name, beside a name or alone.
func TestScanPayerNoName(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterName", "hospice pt Adaeze Nair, 100, fall w/ rib fx, home w/ niece Shirin, BCBSMA MBI 1JD3CP4EJ27",
			[]want{{Name, "Adaeze Nair"}, {Age, "100"}, {Name, "Shirin"}, {HealthPlanID, "1JD3CP4EJ27"}}},
	})
}

// "Surname, Given" beside a full name of a list stays one inverted name.
func TestScanInvertedBesideFullName(t *testing.T) {
	s := new(scanner)
	s.reset("Implant record - Grabowski, Grażyna, Medtronic Azure, UDI (01)00226095811959(17)260422(21)E48FC4, implanted Jan 18")
	s.run()
	for _, c := range s.cands {
		if c.t == Name && string(s.b[c.s:c.e]) == "Grabowski, Grażyna" {
			return
		}
	}
	t.Fatalf("no joined name %q among the candidates", "Grabowski, Grażyna")
}

// One name a line under a header is a list of people; a header about
// colleagues, and lines of codes, are none.
func TestScanLineNameLists(t *testing.T) {
	runCases(t, []scanCase{
		{"Surnames", "weights due today:\nmcbride\nokonkwo\nhaldane-ruiz\nnwachukwu",
			[]want{{Name, "mcbride"}, {Name, "okonkwo"}, {Name, "haldane-ruiz"}, {Name, "nwachukwu"}}},
		{"Staff", "Attendees:\nSarah\nJohn", nil},
		{"Codes", "open tickets:\n- cs-72009\n- tkt-76675\n- del-5561", nil},
	})
}

// A list's line that goes on after its name (a number, "| plan |", a dash)
// is an item when another line of the list has a name found already; a
// staff row is none.
func TestScanLineListRows(t *testing.T) {
	runCases(t, []scanCase{
		{"Numbers", "chart pulls for friday:\nOkonkwo 44817265\nTeodora Vasquez 30197742\nAbernathy 2219043\nthanks",
			[]want{{Name, "Okonkwo"}, {MRN, "44817265"}, {Name, "Teodora Vasquez"}, {MRN, "30197742"}, {Name, "Abernathy"}, {MRN, "2219043"}}},
		{"Staff", "license check:\nOksana Pryor | RN | rn0812235\nDale Fenwick | paramedic | pm1976329", nil},
	})
}
