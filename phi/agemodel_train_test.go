package phi

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"
)

var (
	ageTrainFlag = flag.String("agetrain", "", "fit the age model: write agemodel_weights.go, or check that it is current")
	ageCV        = flag.Bool("agecv", false, "cross-validate the age model's settings across writers")
	ageCVGrid    = flag.String("agecv-grid", "", `age model settings to cross-validate, "lambda epochs rescue;..." (empty: the defaults)`)
)

// ageCfg are the age model's training settings.
type ageCfg struct {
	lambda float64
	epochs int
	rescue float64 // the log-odds above which an age is added
}

func (c ageCfg) String() string {
	return fmt.Sprintf("lambda %g epochs %d rescue %g", c.lambda, c.epochs, c.rescue)
}

var defaultAgeCfg = ageCfg{lambda: 1e-3, epochs: 30, rescue: 1}

// ageExample is a candidate with its gold label and whether the rules
// found it.
type ageExample struct {
	lrExample
	rule bool
}

// ageExamples scans msgs and returns their age candidates; a candidate
// is positive when it overlaps a gold AGE span.
func ageExamples(msgs []devMsg, weight float32) []ageExample {
	saved := ageRescue
	ageRescue = 0 // (anything below 100 runs the pass)
	defer func() { ageRescue = saved }()
	var out []ageExample
	for _, m := range msgs {
		s := new(scanner)
		s.ageTrain = func(i, end int, rule bool, f []uint16) {
			st, en := s.f.orig(int(s.toks[i].s), int(s.toks[end].e))
			y := float32(0)
			for _, g := range m.Spans {
				if g.Type == Age && overlap(st, en, g.Start, g.End) > 0 {
					y = 1
				}
			}
			out = append(out, ageExample{lrExample{append([]uint16(nil), f...), y, weight}, rule})
		}
		s.reset(m.Text)
		s.run()
	}
	return out
}

func trainAgeWeights(ex []ageExample, c ageCfg) [nAgeFeatures]float64 {
	var w [nAgeFeatures]float64
	copy(w[:], fitLR(lrExamples(ex), w[:], func(uint16) (float64, bool) { return c.lambda, true }, c.epochs, 1))
	roundWeights(w[:])
	return w
}

func allAgeExamples(tb testing.TB) (blind, gen, aug []devMsg, ex []ageExample) {
	blind, gen, aug = tuneSets(tb)
	ex = ageExamples(blind, 1)
	ex = append(ex, ageExamples(gen, 1)...)
	return blind, gen, aug, append(ex, ageExamples(aug, 1)...)
}

// TestTrainAgeModel fits the age model's weights and writes
// agemodel_weights.go (or, with -agetrain check, compares).
func TestTrainAgeModel(t *testing.T) {
	if *ageTrainFlag == "" {
		t.Skip("run with -agetrain write|check (go generate ./phi)")
	}
	c := defaultAgeCfg
	_, _, _, ex := allAgeExamples(t)
	w := trainAgeWeights(ex, c)
	logFit(t, c, lrExamples(ex), w[:], ageFeatureName)
	decl := fmt.Sprintf("// ageWeights are the age model's weights, indexed by feature\n// (trained with %s).\nvar ageWeights = [nAgeFeatures]float32", c)
	tail := fmt.Sprintf("\n// ageRescue is the log-odds above which the model adds an age.\nvar ageRescue float32 = %g\n", c.rescue)
	src := weightsSource("TestTrainAgeModel", decl, w[:], ageFeatureName, func(k int) bool { return k >= afHash }, tail)
	writeWeights(t, "agemodel_weights.go", src, *ageTrainFlag == "check")
}

// TestAgeModelCV holds out each writer fold in turn, trains on the rest
// and counts, over the held-out candidates the rules leave, the gold ages
// the model adds and the numbers it takes for ages wrongly, against the
// gold ages the rules miss.
func TestAgeModelCV(t *testing.T) {
	if !*ageCV {
		t.Skip("run with -agecv")
	}
	cfgs := []ageCfg{defaultAgeCfg}
	if *ageCVGrid != "" {
		cfgs = nil
		for _, g := range strings.Split(*ageCVGrid, ";") {
			var c ageCfg
			if _, err := fmt.Sscanf(g, "%g %d %g", &c.lambda, &c.epochs, &c.rescue); err != nil {
				t.Fatalf("agecv-grid %q: %v", g, err)
			}
			cfgs = append(cfgs, c)
		}
	}
	blind, gen, aug := tuneSets(t)
	type part struct{ test, train []ageExample }
	parts := make([]part, len(dateFolds))
	for f, fold := range dateFolds {
		test, tb := holdOut(blind, func(i int) bool { return inDateFold(blind[i].ID, fold, false) })
		gtest, tg := holdOut(gen, func(i int) bool { return inDateFold(gen[i].ID, fold, true) })
		_, ta := holdOut(aug, func(i int) bool { return inDateFold(aug[i].ID, fold, false) })
		parts[f].test = append(ageExamples(test, 1), ageExamples(gtest, 1)...)
		parts[f].train = append(append(ageExamples(tb, 1), ageExamples(tg, 1)...), ageExamples(ta, 1)...)
	}
	for _, c := range cfgs {
		var tp, fp, missed, ruleTP, ruleFP int
		for _, p := range parts {
			w := trainAgeWeights(p.train, c)
			for _, e := range p.test {
				if e.rule {
					if e.y > 0 {
						ruleTP++
					} else {
						ruleFP++
					}
					continue
				}
				z := 0.0
				for _, k := range e.f {
					z += w[k]
				}
				if refusedAge(e.f) {
					z = math.Inf(-1)
				}
				switch {
				case z > c.rescue && e.y > 0:
					tp++
				case z > c.rescue:
					fp++
				case e.y > 0:
					missed++
				}
			}
		}
		t.Logf("%s: rules %d right %d wrong; model adds %d right, %d wrong; %d gold ages still missed among the candidates", c, ruleTP, ruleFP, tp, fp, missed)
	}
}
