package phi

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var (
	townTrainFlag = flag.String("towntrain", "", "fit the town model: write townmodel_weights.go, or check that it is current")
	townCV        = flag.Bool("towncv", false, "cross-validate the town model's settings across writers")
	townCVShow    = flag.Bool("towncv-show", false, "log the out-of-fold candidates near the rescue threshold (tune halves: hand-written ones only)")
	townCVGrid    = flag.String("towncv-grid", "", `town model settings to cross-validate, "lambda epochs rescue;..." (empty: the defaults)`)
)

// townCfg are the town model's training settings.
type townCfg struct {
	lambda float64
	epochs int
	rescue float64 // the log-odds above which a town is added
}

func (c townCfg) String() string {
	return fmt.Sprintf("lambda %g epochs %d rescue %g", c.lambda, c.epochs, c.rescue)
}

var defaultTownCfg = townCfg{lambda: 1e-3, epochs: 30, rescue: 1.5}

// townExample is a candidate with its gold label and whether the rules
// found it.
type townExample struct {
	lrExample
	rule bool
	what string // the message's id and the candidate (for -towncv-show)
}

// townExamples scans msgs and returns their town candidates; a candidate
// is positive when it overlaps a gold AGE span.
func townExamples(msgs []devMsg, weight float32) []townExample {
	saved := townRescue
	townRescue = 0 // (anything below 100 runs the pass)
	defer func() { townRescue = saved }()
	var out []townExample
	for _, m := range msgs {
		s := new(scanner)
		s.townTrain = func(i, end int, rule bool, f []uint16) {
			st, en := s.f.orig(int(s.toks[i].s), int(s.toks[end].e))
			y := float32(0)
			for _, g := range m.Spans {
				if g.Type == Address && overlap(st, en, g.Start, g.End) > 0 {
					y = 1
				}
			}
			out = append(out, townExample{lrExample{append([]uint16(nil), f...), y, weight}, rule, m.ID + " " + s.lo[s.toks[i].s:s.toks[end].e]})
		}
		s.reset(m.Text)
		s.run()
	}
	return out
}

func trainTownWeights(ex []townExample, c townCfg) [nTownFeatures]float64 {
	var w [nTownFeatures]float64
	copy(w[:], fitLR(lrExamples(ex), w[:], func(uint16) (float64, bool) { return c.lambda, true }, c.epochs, 1))
	roundWeights(w[:])
	return w
}

func allTownExamples(tb testing.TB) (blind, gen, aug []devMsg, ex []townExample) {
	blind, gen, aug = tuneSets(tb)
	ex = townExamples(blind, 1)
	ex = append(ex, townExamples(gen, 1)...)
	return blind, gen, aug, append(ex, townExamples(aug, 1)...)
}

// TestTrainTownModel fits the town model's weights and writes
// townmodel_weights.go (or, with -towntrain check, compares).
func TestTrainTownModel(t *testing.T) {
	if *townTrainFlag == "" {
		t.Skip("run with -towntrain write|check (go generate ./phi)")
	}
	c := defaultTownCfg
	_, _, _, ex := allTownExamples(t)
	w := trainTownWeights(ex, c)
	logFit(t, c, lrExamples(ex), w[:], townFeatureName)
	decl := fmt.Sprintf("// townWeights are the town model's weights, indexed by feature\n// (trained with %s).\nvar townWeights = [nTownFeatures]float32", c)
	tail := fmt.Sprintf("\n// townRescue is the log-odds above which the model adds a town.\nvar townRescue float32 = %g\n", c.rescue)
	src := weightsSource("TestTrainTownModel", decl, w[:], townFeatureName, func(k int) bool { return k >= tfHash }, tail)
	writeWeights(t, "townmodel_weights.go", src, *townTrainFlag == "check")
}

// TestTownModelCV holds out each writer fold in turn, trains on the rest
// and counts, over the held-out candidates the rules leave, the gold towns
// the model adds and the words it takes for towns wrongly, against the
// gold towns the rules miss.
func TestTownModelCV(t *testing.T) {
	if !*townCV {
		t.Skip("run with -towncv")
	}
	cfgs := []townCfg{defaultTownCfg}
	if *townCVGrid != "" {
		cfgs = nil
		for _, g := range strings.Split(*townCVGrid, ";") {
			var c townCfg
			if _, err := fmt.Sscanf(g, "%g %d %g", &c.lambda, &c.epochs, &c.rescue); err != nil {
				t.Fatalf("towncv-grid %q: %v", g, err)
			}
			cfgs = append(cfgs, c)
		}
	}
	blind, gen, aug := tuneSets(t)
	type part struct{ test, train []townExample }
	parts := make([]part, len(dateFolds))
	for f, fold := range dateFolds {
		test, tb := holdOut(blind, func(i int) bool { return inDateFold(blind[i].ID, fold, false) })
		gtest, tg := holdOut(gen, func(i int) bool { return inDateFold(gen[i].ID, fold, true) })
		_, ta := holdOut(aug, func(i int) bool { return inDateFold(aug[i].ID, fold, false) })
		parts[f].test = append(townExamples(test, 1), townExamples(gtest, 1)...)
		parts[f].train = append(append(townExamples(tb, 1), townExamples(tg, 1)...), townExamples(ta, 1)...)
	}
	for _, c := range cfgs {
		var tp, fp, missed, ruleTP, ruleFP int
		for _, p := range parts {
			w := trainTownWeights(p.train, c)
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
				if *townCVShow && z > c.rescue-1 && !strings.HasPrefix(e.what, "g") {
					t.Logf("%.2f y=%v %s", z, e.y, e.what)
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
		t.Logf("%s: rules %d right %d wrong; model adds %d right, %d wrong; %d gold towns still missed among the candidates", c, ruleTP, ruleFP, tp, fp, missed)
	}
}

var townExplain = flag.String("townexplain", "", "print the town model's features for each town candidate in this text")

// TestExplainTown prints the feature weights behind each town candidate
// of the text given with -townexplain (a debugging aid).
func TestExplainTown(t *testing.T) {
	if *townExplain == "" {
		t.Skip("run with -townexplain TEXT")
	}
	s := new(scanner)
	s.townTrain = func(i, end int, rule bool, f []uint16) {
		var z float32
		var parts []string
		for _, k := range f {
			z += townWeights[k]
			parts = append(parts, fmt.Sprintf("%s=%.2f", townFeatureName(int(k)), townWeights[k]))
		}
		t.Logf("%q (rules: %v): %.2f  %s", s.lo[s.toks[i].s:s.toks[end].e], rule, z, strings.Join(parts, " "))
	}
	s.reset(*townExplain)
	s.run()
}
