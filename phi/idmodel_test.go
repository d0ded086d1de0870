package phi

import "testing"

// Identifiers no label typed, in the places a person's number goes, and
// numbers of the same shapes that are an organisation's.
func TestScanIdentModel(t *testing.T) {
	runCases(t, []scanCase{
		{"OldNumber", "Harold Pettibone needs his chart merged, the old number was K4492817 before the conversion",
			[]want{{Name, "Harold Pettibone"}, {MRN, "K4492817"}}},
		{"OnHerLetter", "Lucinda Marsh's son says the number on her letter is 7730192854B, can we match it",
			[]want{{Name, "Lucinda Marsh"}, {MRN, "7730192854B"}}},
		{"ChangeRef", "Dana Whitfield moved the Q3 review, ref CHG0032120, 2pm Thursday", nil},
		{"Ticket", "printer on 4 is jammed again, opened INC0050702 with the help desk", nil},
		{"PurchaseOrder", "PO 4500689693 for the new chairs was approved by Dana this morning", nil},
		{"Zoom", "board prep moved, same link, meeting 921 6857 1997 at 3", nil},
		{"Amount", "the grant came in at $125000 and the match is 25000 dollars", nil},
		{"Equipment", "the laptop serial 5CG2417KXQ was reimaged, Dana has it now", nil},
	})
}

// The candidates: runs of digits and letters joined by dashes or grouped
// by spaces, never part of an amount, a decimal, a path or an address.
func TestIdentCands(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"claim WC-2024-544282 and 157 546 077", []string{"wc-2024-544282", "157 546 077"}},
		{"id XQH812337401, group 00417", []string{"xqh812337401", "00417"}},
		{"$125000 or 3.14159 or /files/20250921 or 44.2%", nil},
		{"room 4412 and FY2026 and 12-34", []string{"fy2026"}},
	} {
		s := new(scanner)
		s.reset(c.text)
		var got []string
		for _, ic := range s.identCands() {
			got = append(got, s.lo[s.toks[ic.i].s:s.toks[ic.end].e])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: candidates %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: candidates %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

// A number the model leans towards by less than a log-odds of one is a
// person's in a message that names someone (ownedIdentRescue), and left
// in a message with no one in it.
func TestScanOwnedIdentBar(t *testing.T) {
	// (the number is read after a colon: in brackets after the name the
	// record-number pass takes it, and the model is not asked)
	const named, nobody = "pt Teodora Vasquez: 6-757-803, surgery 2/22, cell saver only",
		"moms license lapsed but the # is K55120398 if the form needs it"
	for _, text := range []string{named, nobody} {
		var z float32
		s := new(scanner)
		s.identTrain = func(i, end int, rule bool, f []uint16) {
			for _, k := range f {
				z += identWeights[k]
			}
		}
		s.reset(text)
		s.run()
		if z <= ownedIdentRescue || z > identRescue {
			t.Fatalf("%q no longer tests the band between the bars: z=%.2f", text, z)
		}
	}
	runCases(t, []scanCase{
		{"Named", named, []want{{Name, "Teodora Vasquez"}, {MRN, "6-757-803"}, {Date, "2/22"}}},
		{"Nobody", nobody, nil},
	})
}
