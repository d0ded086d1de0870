package phi

import "testing"

// TestScanForeignCues checks the cue words of other languages
// (foreign_cues.go): relatives, words of birth, record and plan labels,
// where someone lives, and that "de" after a relative is "of".
func TestScanForeignCues(t *testing.T) {
	runCases(t, []scanCase{
		{"SpanishBirth", "Fecha de nacimiento: 14/07/1939", []want{{Date, "14/07/1939"}}},
		// Arabic kin and patient words with a clitic: "her son", "for the patient"
		{"ArabicHerSon", "ابنها محمد", []want{{Name, "محمد"}}},
		{"ArabicForPatient", "للمريض أحمد", []want{{Name, "أحمد"}}},
		{"PortugueseBirth", "data de nascimento 02/11/1944, prontuário 7730418", []want{{Date, "02/11/1944"}, {MRN, "7730418"}}},
		{"SpanishChart", "el expediente de la paciente es 5520913", []want{{MRN, "5520913"}}},
		{"SpanishPlan", "número de asegurado 88213377001", []want{{HealthPlanID, "88213377001"}}},
		{"SpanishKin", "su nieta Graciela pide que la llamen al 555-210-8841", []want{{Name, "Graciela"}, {Phone, "555-210-8841"}}},
		{"FrenchKinOf", "Je suis la fille de Mme Odette Lavoie, hospitalisée au 5e", []want{{Name, "Odette Lavoie"}}},
		{"SpanishLives", "La paciente vive en Chelsea con su hijo", []want{{Address, "Chelsea"}}},
		{"SpanishLivesAlone", "La paciente vive sola en Chelsea desde marzo", []want{{Address, "Chelsea"}}},
		{"PortugueseLivesAlone", "a paciente mora sozinha em Framingham", []want{{Address, "Framingham"}}},
		{"CreoleLives", "pasyan an bezwen yon entèprèt, li rete Brockton", []want{{Address, "Brockton"}}},
		{"FrenchFirstPerson", "je suis la fille de Mme Awa Ndiaye, je suis à Dakar", []want{{Name, "Awa Ndiaye"}, {Address, "Dakar"}}},
		{"FrenchMeeting", "je suis à la réunion, ma fille appelle", nil},
		{"PolishLives", "babcia mieszka w Hamtramck", []want{{Address, "Hamtramck"}}},
		{"PortugueseFirstPerson", "sou a neta dela, moro em Lowell", []want{{Address, "Lowell"}}},
		{"SpanishAddressLabel", "Dirección: 41 Calle Sol, Lawrence", []want{{Address, "41 Calle Sol, Lawrence"}}},
		{"SpanishAppointment", "la señora Quispe tiene cita el 3 de marzo con el cardiólogo", []want{{Name, "Quispe"}, {Date, "3 de marzo"}}},
		{"FrenchAdmission", "Mme Dorsainvil est hospitalisée depuis le 28 février", []want{{Name, "Dorsainvil"}, {Date, "28 février"}}},
		{"PortugueseCard", "pago com o cartão 4024 0071 8890 1234, validade 03/28", []want{{CreditCard, "4024 0071 8890 1234"}}},
		{"RussianCard", "оплата картой? нет: карта 5521-9040 3318-0076", []want{{CreditCard, "5521-9040 3318-0076"}}},
		{"HebrewPhone", "טלפון: 052-3318804", []want{{Phone, "052-3318804"}}},
		{"GreekPhone", "τηλ. 210 555 0182", []want{{Phone, "210 555 0182"}}},
		{"RussianPatient", "Пациент Иван Петров, палата 5, нужен переводчик", []want{{Name, "Иван Петров"}}},
		{"ArabicPatient", "المريضة فاطمة الزهراء - تحتاج مترجم", []want{{Name, "فاطمة الزهراء"}}},
		{"KoreanDaughter", "통역 필요: 환자 김영숙 딸 이미정", []want{{Name, "김영숙"}, {Name, "이미정"}}},
		{"BusinessDireccion", "la reunión de la dirección es el martes a las 3", nil},
		{"LivesWord", "el equipo vive en la oficina esta semana", nil},
	})
}
