package phi

import "testing"

func TestFindTerms(t *testing.T) {
	terms := NameTerms(Name, "Dr. Maria Lopez")
	terms = append(terms, Term{Type: MRN, Value: "4482913"})
	for _, tc := range []struct{ in, want string }{
		{"Lopez oncology consult", "[NAME] oncology consult"},
		{"family meeting for MARIA lopez", "family meeting for [NAME] [NAME]"},
		{"Lopezville and Mariachi stay", "Lopezville and Mariachi stay"},
		{"MRN 4482913, room 44829135", "MRN [MRN], room 44829135"},
		{"Dr. Kim", "Dr. Kim"},
		// characters of other scripts set a term off as blanks do, letters
		// of them go on with the word
		{"（Lopez）の件です", "（[NAME]）の件です"},
		{"Lopez—oncology", "[NAME]—oncology"},
		{"Lopezé consult", "Lopezé consult"},
	} {
		if got := Redact(tc.in, mergeFindings(nil, FindTerms(tc.in, terms))); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
