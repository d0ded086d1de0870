package phi

import (
	"strings"
	"testing"
)

// TestScanForeignCues checks the cue words of other languages
// (foreign_cues.go): relatives, words of birth, record and plan labels,
// where someone lives, and that "de" after a relative is "of".
func TestScanForeignCues(t *testing.T) {
	runCases(t, []scanCase{
		{"SpanishBirth", "Fecha de nacimiento: 14/07/1939", []want{{Date, "14/07/1939"}}},
		{"PortugueseBirth", "data de nascimento 02/11/1944, prontuário 7730418", []want{{Date, "02/11/1944"}, {MRN, "7730418"}}},
		{"SpanishChart", "el expediente de la paciente es 5520913", []want{{MRN, "5520913"}}},
		{"SpanishPlan", "número de asegurado 88213377001", []want{{HealthPlanID, "88213377001"}}},
		{"SpanishKin", "su nieta Graciela pide que la llamen al 555-210-8841", []want{{Name, "Graciela"}, {Phone, "555-210-8841"}}},
		{"FrenchKinOf", "Je suis la fille de Mme Odette Lavoie, hospitalisée au 5e", []want{{Name, "Odette Lavoie"}}},
		{"SpanishLives", "La paciente vive en Chelsea con su hijo", []want{{Address, "Chelsea"}}},
		{"PolishLives", "babcia mieszka w Hamtramck", []want{{Address, "Hamtramck"}}},
		{"PortugueseFirstPerson", "sou a neta dela, moro em Lowell", []want{{Address, "Lowell"}}},
		{"SpanishAddressLabel", "Dirección: 41 Calle Sol, Lawrence", []want{{Address, "41 Calle Sol, Lawrence"}}},
		{"SpanishAppointment", "la señora Quispe tiene cita el 3 de marzo con el cardiólogo", []want{{Name, "Quispe"}, {Date, "3 de marzo"}}},
		{"FrenchAdmission", "Mme Dorsainvil est hospitalisée depuis le 28 février", []want{{Name, "Dorsainvil"}, {Date, "28 février"}}},
		{"BusinessDireccion", "la reunión de la dirección es el martes a las 3", nil},
		{"LivesWord", "el equipo vive en la oficina esta semana", nil},
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
