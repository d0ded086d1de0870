package phi

import (
	"slices"
	"testing"
)

// TestScoreRange holds scoreRange to the features it bounds: for every
// outcome of the clause walk, the weights of colleagueFacts.features sum
// to a change between its least and greatest, and both are reached.
func TestScoreRange(t *testing.T) {
	for fixed := 0; fixed < 1<<6; fixed++ {
		c := colleagueFacts{poss: fixed&1 != 0, firm: fixed&2 != 0, patient: fixed&4 != 0}
		ctx, had, lower := fixed&8 != 0, fixed&16 != 0, fixed&32 != 0
		lo, hi := c.scoreRange(ctx, had, lower)
		var glo, ghi float32
		for o := 0; o < 8; o++ {
			c.role, c.frame, c.clin = o&1 != 0, o&2 != 0, o&4 != 0
			var d float32
			for _, k := range c.features(nil, ctx, had) {
				d += nameWeights[k]
				if lower {
					d += nameWeights[nNameFeatures+int(k)]
				}
			}
			if o == 0 || d < glo {
				glo = d
			}
			if o == 0 || d > ghi {
				ghi = d
			}
		}
		if diff(lo, glo) > 1e-5 || diff(hi, ghi) > 1e-5 {
			t.Errorf("facts %06b: scoreRange %v..%v, features %v..%v", fixed, lo, hi, glo, ghi)
		}
	}
}

func diff(a, b float32) float32 { return max(a-b, b-a) }

// TestNameAboveSkipsNothing scans the tuning halves twice, once scoring
// every candidate in full (as training does) and once leaving out the
// clause walk where it cannot change the decision: the findings must be
// the same.
func TestNameAboveSkipsNothing(t *testing.T) {
	for _, path := range []string{"testdata/blind-tune.jsonl", "testdata/generated-tune.jsonl"} {
		for _, m := range loadCorpus(t, path) {
			s := new(scanner)
			s.train = func(int, int, []uint16) {} // the full score for every candidate
			s.reset(m.Text)
			s.run()
			full := s.findings(m.Text)
			if got := Scan(m.Text); !slices.Equal(got, full) {
				t.Errorf("%s %s: %v, scored in full %v", path, m.ID, got, full)
			}
		}
	}
}

// A surname's particles before the candidate are its own: the title before
// them is the word before the name ("dr. van der berg", read as "berg").
func TestTitleBeforeParticles(t *testing.T) {
	runCases(t, []scanCase{
		{"StaffLower", "dr. van der berg is ok with 90-day fills for maintenance meds going forward", nil},
		{"PatientLower", "mrs. van der berg wants her refill sent to the cvs on elm", []want{{Name, "van der berg"}}},
	})
}
