package phi

import "testing"

// The street line before a found town and ZIP joins the address, whatever
// its suffix; a count or a clause before the town line does not.
func TestScanStreetLine(t *testing.T) {
	runCases(t, []scanCase{
		{"SuffixThenCompass", "pt moved in with her son Bartholomew, new address 4471 Quarry Ridge Rd SW, Millersburg OH 44654",
			[]want{{Name, "Bartholomew"}, {Address, "4471 Quarry Ridge Rd SW, Millersburg OH 44654"}}},
		{"NoSuffix", "discharge packet for Ottoline Farquhar-Reyes goes to 908 Grand Concourse, Bronx NY 10451",
			[]want{{Name, "Ottoline Farquhar-Reyes"}, {Address, "908 Grand Concourse, Bronx NY 10451"}}},
	})
	s := new(scanner)
	s.reset("we have 3 beds open, Salem MA 01970")
	if h := s.streetLineStart(4); h >= 0 {
		t.Errorf("streetLineStart took %q as a street line", s.b[s.toks[h].s:s.toks[4].e])
	}
	s.reset("12 Quarry Ridge Rd, Millersburg OH 44654")
	if h := s.streetLineStart(3); h != 0 {
		t.Errorf("streetLineStart = %d, want the house number (token 0)", h)
	}
}

// TestStreetLineUnitsAndTwoWordTowns checks a lower-case street line that
// ends in a unit before the comma, and a town of two words the town model
// found from its second.
func TestStreetLineUnitsAndTwoWordTowns(t *testing.T) {
	runCases(t, []scanCase{
		{"HashUnitTwoWordTown", "walt finch moved to 418 cedar way #2c, port ludlow wa 98365",
			[]want{{Name, "walt finch"}, {Address, "418 cedar way #2c, port ludlow wa 98365"}}},
		{"AptUnit", "walt finch moved to 418 cedar way apt 2c, spokane wa 99201",
			[]want{{Name, "walt finch"}, {Address, "418 cedar way apt 2c, spokane wa 99201"}}},
	})
}

// TestHyphenatedTowns checks a town joined by hyphens before its state and
// ZIP, capitalised and in small letters.
func TestHyphenatedTowns(t *testing.T) {
	runCases(t, []scanCase{
		{"Capitalised", "mail the statement to Walt Finch at 8 Lantern Ln, Sedro-Woolley WA 98284",
			[]want{{Name, "Walt Finch"}, {Address, "8 Lantern Ln, Sedro-Woolley WA 98284"}}},
		{"Lower", "mail the statement to walt finch at 8 lantern ln, sedro-woolley wa 98284",
			[]want{{Name, "walt finch"}, {Address, "8 lantern ln, sedro-woolley wa 98284"}}},
	})
}
