package phi

import "testing"

// Dates in the languages families write in, judged like English ones.
func TestScanForeignDates(t *testing.T) {
	runCases(t, []scanCase{
		{"FrenchBirth", "Je suis le fils de Mme Odile Garnier, née le 3 février 1938, elle est au 4e", []want{{Name, "Odile Garnier"}, {Date, "3 février 1938"}}},
		{"GermanDot", "Herr Jonas Brandt, geb. 12. März 1944, wartet auf den Befund", []want{{Name, "Jonas Brandt"}, {Date, "12. März 1944"}}},
		{"PortugueseDe", "pt Conceição Alves, nasceu em 9 de setembro de 1936", []want{{Name, "Conceição Alves"}, {Date, "9 de setembro de 1936"}}},
		// (no date "3 Marc": a month name that is also a given name is read
		// only after "de"; the patient in room 3 is a name)
		{"MarkedNeedsDe", "room 3 Marc Dupont needs a tray", []want{{Name, "Marc Dupont"}}},
		{"AbbrDashed", "Nombre: Rosa Ibarguen / Fecha de nac: 08-ago-1947 / cama 12", []want{{Name, "Rosa Ibarguen"}, {Date, "08-ago-1947"}}},
		{"AbbrNoDate", "the build 3-des-12 failed overnight", nil},
		{"SomaliBirth", "Faadumo Cali taariikhda dhalashada 9 Oktoobar 1934, waxay joogtaa qolka 5", []want{{Name, "Faadumo Cali"}, {Date, "9 Oktoobar 1934"}}},
		{"MeetingDate", "staff potluck 5 de mayo in the cafeteria, bring a dish", nil},
	})
}

func TestForeignMonths(t *testing.T) {
	m := foreignMonths()
	for w, want := range map[string]int{"enero": 1, "février": 2, "fevrier": 2, "märz": 3, "marca": 3, "setembro": 9, "stycznia": 1, "oktòb": 10, "desanm": 12} {
		if m[w].month != want {
			t.Errorf("%q: month %d, want %d", w, m[w].month, want)
		}
	}
	if !m["mayo"].marked || m["enero"].marked {
		t.Errorf("mayo marked %v, enero marked %v: want true, false", m["mayo"].marked, m["enero"].marked)
	}
	if _, ok := m["march"]; ok {
		t.Error("an English month in months.txt")
	}
}

// Dates written with the CJK year, month and day marks.
func TestScanCJKDates(t *testing.T) {
	runCases(t, []scanCase{
		{"Chinese", "I am writing for my mother Li Xiulan. She has an appointment on 2025年3月18日 at cardiology.",
			[]want{{Name, "Li Xiulan"}, {Date, "2025年3月18日"}}},
		{"Korean", "DOB 1948년 2월 3일, surgery 2025년 3월 18일", []want{{Date, "1948년 2월 3일"}, {Date, "2025년 3월 18일"}}},
		// a month mark with no day is no date; nor a month out of range
		{"NoDay", "the 2025年3月 budget review is on the agenda", nil},
		{"BadMonth", "code 13月40日 in the log", nil},
	})
}

// TestDayMonthAfterBlockLabel checks a day and a month's name after a word
// that is also an organisational label ("del", Spanish "of the"): the
// date, not a delivery's number.
func TestDayMonthAfterBlockLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"Spanish", "la señora Rosaura Quintanilla no pudo venir a la cita del 9 de octubre, pide otra",
			[]want{{Name, "Rosaura Quintanilla"}, {Date, "9 de octubre"}}},
		{"DeliveryNumber", "del 48812 left at the dock, signed by receiving", nil},
	})
}
