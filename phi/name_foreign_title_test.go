package phi

import "testing"

// A title of another language before a capitalised name makes a person of
// it in any message; the English titles leave it to the model.
func TestForeignTitles(t *testing.T) {
	runCases(t, []scanCase{
		{"Spanish", "la Sra. Okonkwo llamó otra vez, quiere hablar con la enfermera", []want{{Name, "Okonkwo"}}},
		{"French", "Mme Dufresne attend sa fille dans le hall", []want{{Name, "Dufresne"}}},
		{"StaffAfter", "Mme Dufresne, our new nurse manager, starts Monday", nil},
	})
}
