package phi

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// The age and town models are rescues: logistic regressions that add a
// finding the rules left when its log-odds pass a threshold. What their
// trainers share is here; agemodel_train_test.go and
// townmodel_train_test.go describe each model.

// rescueModel describes one rescue model to its trainer.
type rescueModel struct {
	name     string // "age", "town", "ident": the flags' prefix and the messages'
	test     string // the training test, named in the generated file
	file     string // the weights file
	golds    []Type // the types of the gold spans a candidate is positive over
	weights  []float32
	rescue   *float32
	features int
	// featureName names a weight; hashed says which weights are hashed
	// words' (left out of the file when zero)
	featureName func(k int) string
	hashed      func(k int) bool
	// hook sets (or, with nil, clears) the scanner's training callback
	hook func(s *scanner, f func(i, end int, rule bool, f []uint16))
	// refused reports a candidate the model may never add (nil: none)
	refused func(f []uint16) bool
}

// rescueCfg are a rescue model's training settings.
type rescueCfg struct {
	lambda float64
	epochs int
	rescue float64 // the log-odds above which a finding is added
}

func (c rescueCfg) String() string {
	return fmt.Sprintf("lambda %g epochs %d rescue %g", c.lambda, c.epochs, c.rescue)
}

// parseRescueGrid reads "lambda epochs rescue;..." (empty: def alone).
func parseRescueGrid(t *testing.T, grid string, def rescueCfg) []rescueCfg {
	if grid == "" {
		return []rescueCfg{def}
	}
	var cfgs []rescueCfg
	for _, g := range strings.Split(grid, ";") {
		var c rescueCfg
		if _, err := fmt.Sscanf(g, "%g %d %g", &c.lambda, &c.epochs, &c.rescue); err != nil {
			t.Fatalf("grid %q: %v", g, err)
		}
		cfgs = append(cfgs, c)
	}
	return cfgs
}

// rescueExample is a candidate with its gold label, whether the rules
// found it, and (for logs) the message's id and the candidate's text.
type rescueExample struct {
	lrExample
	rule bool
	what string
}

// examples scans msgs and returns their candidates; a candidate is
// positive when it overlaps a gold span of the model's type.
func (r rescueModel) examples(msgs []devMsg, weight float32) []rescueExample {
	saved := *r.rescue
	*r.rescue = 0 // (anything below 100 runs the pass)
	defer func() { *r.rescue = saved }()
	var out []rescueExample
	for _, m := range msgs {
		s := new(scanner)
		r.hook(s, func(i, end int, rule bool, f []uint16) {
			st, en := s.f.orig(int(s.toks[i].s), int(s.toks[end].e))
			y := float32(0)
			for _, g := range m.Spans {
				if slices.Contains(r.golds, g.Type) && overlap(st, en, g.Start, g.End) > 0 {
					y = 1
				}
			}
			out = append(out, rescueExample{lrExample{append([]uint16(nil), f...), y, weight}, rule, m.ID + " " + s.lo[s.toks[i].s:s.toks[end].e]})
		})
		s.reset(m.Text)
		s.run()
	}
	return out
}

func (r rescueModel) fit(ex []rescueExample, c rescueCfg) []float64 {
	w := fitLR(lrExamples(ex), make([]float64, r.features), func(uint16) (float64, bool) { return c.lambda, true }, c.epochs, 1)
	roundWeights(w)
	return w
}

// train fits the weights on the tuning sets and writes the weights file
// (or, with check, compares it).
func (r rescueModel) train(t *testing.T, c rescueCfg, check bool) {
	blind, gen, aug := tuneSets(t)
	ex := r.examples(blind, 1)
	ex = append(ex, r.examples(gen, 1)...)
	ex = append(ex, r.examples(aug, 1)...)
	w := r.fit(ex, c)
	logFit(t, c, lrExamples(ex), w, r.featureName)
	decl := fmt.Sprintf("// %sWeights are the %s model's weights, indexed by feature\n// (trained with %s).\nvar %sWeights = [n%sFeatures]float32",
		r.name, r.name, c, r.name, strings.ToUpper(r.name[:1])+r.name[1:])
	tail := fmt.Sprintf("\n// %sRescue is the log-odds above which the model adds a finding.\nvar %sRescue float32 = %g\n", r.name, r.name, c.rescue)
	writeWeights(t, r.file, weightsSource(r.test, decl, w, r.featureName, r.hashed, tail), check)
}

// crossValidate holds out each writer fold of the date model's folds in
// turn, trains on the rest and counts, over the held-out candidates the
// rules leave, the gold findings the model adds and the false ones, against
// the gold ones still missed; with show it logs the hand-written
// candidates near the threshold.
func (r rescueModel) crossValidate(t *testing.T, cfgs []rescueCfg, show bool) {
	blind, gen, aug := tuneSets(t)
	type part struct{ test, train []rescueExample }
	parts := make([]part, len(dateFolds))
	for f, fold := range dateFolds {
		test, tb := holdOut(blind, func(i int) bool { return inDateFold(blind[i].ID, fold, false) })
		gtest, tg := holdOut(gen, func(i int) bool { return inDateFold(gen[i].ID, fold, true) })
		_, ta := holdOut(aug, func(i int) bool { return inDateFold(aug[i].ID, fold, false) })
		parts[f].test = append(r.examples(test, 1), r.examples(gtest, 1)...)
		parts[f].train = append(append(r.examples(tb, 1), r.examples(tg, 1)...), r.examples(ta, 1)...)
	}
	for _, c := range cfgs {
		var tp, fp, missed, ruleTP, ruleFP int
		for _, p := range parts {
			w := r.fit(p.train, c)
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
				if r.refused != nil && r.refused(e.f) {
					z = math.Inf(-1)
				}
				if show && z > c.rescue-1 && !strings.HasPrefix(e.what, "g") {
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
		t.Logf("%s: rules %d right %d wrong; model adds %d right, %d wrong; %d gold %ss still missed among the candidates",
			c, ruleTP, ruleFP, tp, fp, missed, r.name)
	}
}

// explain logs the feature weights behind each candidate of text.
func (r rescueModel) explain(t *testing.T, text string) {
	s := new(scanner)
	r.hook(s, func(i, end int, rule bool, f []uint16) {
		var z float32
		var parts []string
		for _, k := range f {
			z += r.weights[k]
			parts = append(parts, fmt.Sprintf("%s=%.2f", r.featureName(int(k)), r.weights[k]))
		}
		t.Logf("%q (rules: %v): %.2f  %s", s.lo[s.toks[i].s:s.toks[end].e], rule, z, strings.Join(parts, " "))
	})
	s.reset(text)
	s.run()
}
