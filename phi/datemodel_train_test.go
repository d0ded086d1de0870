package phi

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// Training the date model (go generate ./phi, see README.md): the examples
// are the date candidates the grammar finds in
//   - testdata/blind-tune.jsonl (hand-written by nine writers),
//   - testdata/generated-tune.jsonl (templates),
//   - testdata/aug-*-tune.jsonl, if present (augmented tune sets),
//
// each labelled by the gold DATE spans. Report halves are never read.
// Everything is deterministic: the corpora in file order, one shuffle from
// a seeded source.
var (
	dateTrainFlag = flag.String("datetrain", "", `train the date model on the tune sets: "write" rewrites datemodel_weights.go, "check" fails if it differs`)
	dateCV        = flag.Bool("datecv", false, "cross-validate the date model's settings by writer folds (TestDateModelCV)")
	dateCVGrid    = flag.String("datecv-grid", "", `settings to cross-validate, "mode lambda epochs threshold rescue veto [refused hashL2];..." (mode: model or hybrid; empty: the defaults)`)
	dateCVDrop    = flag.String("datecv-drop", "", "features to leave out (comma-separated names or name prefixes)")
	dateDump      = flag.String("datedump", "", "print the date candidates of this tune corpus with their label, the rules' decision and the model's score")
)

// dateCfg are the date model's training and combination settings;
// defaultDateCfg was chosen by cross-validation across writers
// (TestDateModelCV).
type dateCfg struct {
	mode           int
	lambda         float64
	epochs         int
	threshold      float64 // model alone: keep above this log-odds (folded into the bias)
	rescue, veto   float64 // hybrid: add a rule reject above rescue, drop a rule accept below veto
	refused        float64 // hybrid: add a date the rules refused for its clock time above this
	blind, gen, au float64 // weights of the corpora
	hashL2         float64 // the L2 of the hashed context words, relative to lambda
	drop           map[int]bool
}

var defaultDateCfg = dateCfg{mode: dateHybrid, lambda: 1e-3, epochs: 30, threshold: 0, rescue: 1.25, veto: -2, refused: 0.5, blind: 1, gen: 1, au: 1, hashL2: 5}

func (c dateCfg) String() string {
	m := map[int]string{dateRulesOnly: "rules", dateModelOnly: "model", dateHybrid: "hybrid"}[c.mode]
	return fmt.Sprintf("%s lambda %g epochs %d thr %g rescue %g veto %g refused %g hashL2 %g", m, c.lambda, c.epochs, c.threshold, c.rescue, c.veto, c.refused, c.hashL2)
}

type dateExample struct {
	lrExample
	rule    bool
	refused bool
	id      string
	s, e    int // original offsets
}

// dateExamples runs the scanner over msgs and labels every date candidate:
// positive when a gold DATE span covers at least half of it, or it at
// least half of a gold DATE span (the scorer's rules).
func dateExamples(msgs []devMsg, weight float32) []dateExample {
	var out []dateExample
	for _, m := range msgs {
		s := new(scanner)
		s.dateTrain = func(d dateRec, rule bool, f []uint16) {
			st, en := s.f.orig(int(d.s), int(d.e))
			y := float32(0)
			in := 0
			for _, g := range m.Spans {
				if g.Type != Date {
					continue
				}
				o := overlap(st, en, g.Start, g.End)
				in += o
				if 2*o >= g.End-g.Start && o > 0 {
					y = 1
				}
			}
			if 2*in >= en-st && in > 0 {
				y = 1
			}
			out = append(out, dateExample{lrExample: lrExample{f: append([]uint16(nil), f...), y: y, weight: weight}, rule: rule, refused: d.refused, id: m.ID, s: st, e: en})
		}
		s.reset(m.Text)
		s.run()
	}
	return out
}

// trainDateWeights fits the weights by logistic regression (averaged SGD,
// L2) on the examples in order, shuffled by a fixed seed. With the model
// deciding alone the threshold is folded into the bias, so that its test
// stays "score > 0".
func trainDateWeights(ex []dateExample, c dateCfg) [nDateFeatures]float64 {
	var w [nDateFeatures]float64
	copy(w[:], fitLR(lrExamples(ex), w[:], func(k uint16) (float64, bool) {
		if int(k) >= dfHash {
			return c.lambda * c.hashL2, !c.drop[int(k)]
		}
		return c.lambda, !c.drop[int(k)]
	}, c.epochs, 1))
	if c.mode == dateModelOnly {
		w[dfBias] -= c.threshold
	}
	roundWeights(w[:])
	return w
}

// setDateModel installs weights and settings in the scanner.
func setDateModel(w [nDateFeatures]float64, c dateCfg) {
	for k := range w {
		dateWeights[k] = float32(w[k])
	}
	dateCombine, dateRescue, dateVeto, dateRescueRefused = c.mode, float32(c.rescue), float32(c.veto), float32(c.refused)
}

// tuneSets reads the tuning corpora: blind, generated and the augmented
// sets (whatever aug-*-tune.jsonl files exist).
func tuneSets(tb testing.TB) (blind, gen, aug []devMsg) {
	blind = readCorpus(tb, "testdata/blind-tune.jsonl")
	gen = readCorpus(tb, "testdata/generated-tune.jsonl")
	files, _ := filepath.Glob("testdata/aug-*-tune.jsonl")
	sort.Strings(files)
	for _, f := range files {
		aug = append(aug, readCorpus(tb, f)...)
	}
	return blind, gen, aug
}

func dateWeightsSource(w [nDateFeatures]float64, c dateCfg) []byte {
	decl := fmt.Sprintf("// dateWeights are the date model's weights, indexed by feature\n// (trained with %s).\nvar dateWeights = [nDateFeatures]float32", c)
	mode := map[int]string{dateRulesOnly: "dateRulesOnly", dateModelOnly: "dateModelOnly", dateHybrid: "dateHybrid"}[c.mode]
	tail := "\n// dateCombine, dateRescue, dateVeto and dateRescueRefused combine the model with the cue rules.\n" +
		fmt.Sprintf("var (\n\tdateCombine = %s\n\tdateRescue float32 = %g\n\tdateVeto float32 = %g\n\tdateRescueRefused float32 = %g\n)\n", mode, c.rescue, c.veto, c.refused)
	return weightsSource("TestTrainDateModel", decl, w[:], func(k int) string { return dateFeatureNames[k] }, func(k int) bool { return k >= dfHash }, tail)
}

// allDateExamples extracts the training examples of the tune sets with
// the weights of c.
func allDateExamples(blind, gen, aug []devMsg, c dateCfg) []dateExample {
	ex := dateExamples(blind, float32(c.blind))
	ex = append(ex, dateExamples(gen, float32(c.gen))...)
	return append(ex, dateExamples(aug, float32(c.au))...)
}

// TestTrainDateModel fits the date model's weights and writes
// datemodel_weights.go (or, with -datetrain check, compares).
func TestTrainDateModel(t *testing.T) {
	if *dateTrainFlag == "" {
		t.Skip("run with -datetrain write|check (go generate ./phi)")
	}
	c := defaultDateCfg
	c.drop = dropFeatures(*dateCVDrop)
	blind, gen, aug := tuneSets(t)
	ex := allDateExamples(blind, gen, aug, c)
	w := trainDateWeights(ex, c)
	logFit(t, c, lrExamples(ex), w[:], func(k int) string { return dateFeatureNames[k] })
	writeWeights(t, "datemodel_weights.go", dateWeightsSource(w, c), *dateTrainFlag == "check")
}

func dropFeatures(list string) map[int]bool {
	drop := map[int]bool{}
	for _, d := range strings.Split(list, ",") {
		if d == "" {
			continue
		}
		for k, n := range dateFeatureNames {
			if n == d || strings.HasPrefix(n, d) {
				drop[k] = true
			}
		}
	}
	return drop
}

// dateMetrics counts DATE spans (the scorer's recall and precision of
// dates) and the corpus figures.
type dateMetrics struct {
	spanCounts
	all cvMetrics
}

func (a *dateMetrics) add(msgs []devMsg, full bool) {
	for _, m := range msgs {
		a.count(m, Scan(m.Text), Date)
	}
	if full {
		a.all.add(msgs)
	}
}

func (a dateMetrics) String() string {
	return fmt.Sprintf("DATE rec %.3f prec %.3f (%d/%d, %d/%d)", a.rec(), a.prec(), a.found, a.gold, a.good, a.pred)
}

// dateFolds are the cross-validation folds: writers of blind-tune by id
// prefix, and the generated messages as a fold of their own.
var dateFolds = []string{"wa,wb,wc,wd", "we,wf", "wg,wh,wp", "wl,wm,wn", "wq,wr", "ws", "wy,wz", "wo,xa", "xb,xc", "xf,xg", "xh,xi", "xj,xk", "xl,xm", "xn,xo", "xp,xq", "xr,xs", "xt,xu", "xv,xw", "xx,xy", "ya,yb", "yc,yd", "ye,yf", "yg,yh", "yi,yj", "yk,yl", "za,zb", "zc,zd", "ze,zf", "zm,zn", "zo,zp", "zq,zr", "zs,zt", "qb,qd", "qe,qh", "qi,ql", "qm,qn", "va,vb", "vc,vd", "ve,vf", "vg,vh", "ua,ud", "ue,ug", "ta,tb,tc", "td,te", "tf,tg", "th,ti", "tj,tk", "generated"}

// inDateFold reports a message of fold f; aug messages belong to the fold
// of the message they were made from when their id carries its prefix.
func inDateFold(id, fold string, generated bool) bool {
	if fold == "generated" {
		return generated || strings.HasPrefix(id, "g") // an aug copy of a generated message ("gg0123-lc")
	}
	if generated {
		return false
	}
	for _, p := range strings.Split(fold, ",") {
		if strings.HasPrefix(id, p) || strings.Contains(id, "-"+p) || strings.Contains(id, "_"+p) {
			return true
		}
	}
	return false
}

// TestDateModelCV chooses the date model's settings by cross-validation
// across writers: each fold is held out in turn, the model trained on the
// others, and the held-out messages scanned with the whole scanner. It
// prints DATE recall and precision per fold and pooled, before (the cue
// rules alone) and after.
func TestDateModelCV(t *testing.T) {
	if !*dateCV {
		t.Skip("run with -datecv")
	}
	savedW, savedC, savedR, savedV, savedF := dateWeights, dateCombine, dateRescue, dateVeto, dateRescueRefused
	defer func() {
		dateWeights, dateCombine, dateRescue, dateVeto, dateRescueRefused = savedW, savedC, savedR, savedV, savedF
	}()
	blind, gen, aug := tuneSets(t)
	type part struct {
		test  []devMsg
		train []dateExample // unweighted: weights set per setting
		src   []int8        // 0 blind, 1 gen, 2 aug
	}
	parts := make([]part, len(dateFolds))
	for f, fold := range dateFolds {
		test, tb := holdOut(blind, func(i int) bool { return inDateFold(blind[i].ID, fold, false) })
		gtest, tg := holdOut(gen, func(i int) bool { return inDateFold(gen[i].ID, fold, true) })
		_, ta := holdOut(aug, func(i int) bool { return inDateFold(aug[i].ID, fold, false) })
		parts[f].test = append(test, gtest...)
		for i, ms := range [][]devMsg{tb, tg, ta} {
			ex := dateExamples(ms, 1)
			parts[f].train = append(parts[f].train, ex...)
			for range ex {
				parts[f].src = append(parts[f].src, int8(i))
			}
		}
	}
	// before: the cue rules alone
	dateCombine = dateRulesOnly
	var before []dateMetrics
	var pooledBefore dateMetrics
	for f := range dateFolds {
		var m dateMetrics
		m.add(parts[f].test, true)
		before = append(before, m)
		pooledBefore.add(parts[f].test, true)
	}
	t.Logf("%-58s %s | %s", "rules", pooledBefore, pooledBefore.all)
	for f := range dateFolds {
		t.Logf("\t%-14s %s | %s", dateFolds[f], before[f], before[f].all)
	}
	var out *os.File
	if *dateCVOut != "" {
		var err error
		if out, err = os.Create(*dateCVOut); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range dateCVConfigs() {
		logLoss, nLoss := 0.0, 0
		var pooled dateMetrics
		var per []string
		for f := range dateFolds {
			ex := make([]dateExample, len(parts[f].train))
			for i, e := range parts[f].train {
				e.weight = float32([]float64{c.blind, c.gen, c.au}[parts[f].src[i]])
				ex[i] = e
			}
			w := trainDateWeights(ex, c)
			setDateModel(w, c)
			for _, e := range dateExamples(parts[f].test, 1) {
				z := 0.0
				for _, k := range e.f {
					z += w[k]
				}
				if c.mode == dateModelOnly {
					z += c.threshold // the unshifted log-odds
				}
				p := 1 / (1 + math.Exp(-z))
				p = math.Min(math.Max(p, 1e-6), 1-1e-6)
				if e.y > 0 {
					logLoss -= math.Log(p)
				} else {
					logLoss -= math.Log(1 - p)
				}
				nLoss++
			}
			if out != nil {
				writeHeldOut(out, parts[f].test, w)
			}
			var m dateMetrics
			m.add(parts[f].test, testing.Verbose())
			pooled.add(parts[f].test, testing.Verbose())
			per = append(per, fmt.Sprintf("\t%-14s %s | %s", dateFolds[f], m, m.all))
		}
		if out != nil {
			out.Close()
			out = nil // the first setting only
		}
		t.Logf("%-58s %s | %s | log-loss %.4f", c, pooled, pooled.all, logLoss/float64(max(nLoss, 1)))
		if testing.Verbose() {
			t.Log(strings.Join(per, "\n"))
		}
	}
}

// dateCVConfigs lists the settings to compare (-datecv-grid).
func dateCVConfigs() []dateCfg {
	var out []dateCfg
	for _, s := range strings.Split(*dateCVGrid, ";") {
		c := defaultDateCfg
		if s = strings.TrimSpace(s); s != "" {
			var mode string
			n, err := fmt.Sscanf(s, "%s %g %d %g %g %g %g %g", &mode, &c.lambda, &c.epochs, &c.threshold, &c.rescue, &c.veto, &c.refused, &c.hashL2)
			if n < 6 {
				panic(fmt.Sprintf("datecv-grid %q: %v", s, err))
			}
			c.mode = map[string]int{"rules": dateRulesOnly, "model": dateModelOnly, "hybrid": dateHybrid}[mode]
		}
		c.drop = dropFeatures(*dateCVDrop)
		out = append(out, c)
	}
	return out
}

// TestDateDump prints the date candidates of a tune corpus (-datedump)
// with their gold label, the rules' decision and the committed model's
// score: a tool for studying the tuning halves, never the report halves.
func TestDateDump(t *testing.T) {
	if *dateDump == "" {
		t.Skip("run with -datedump FILE")
	}
	if strings.Contains(*dateDump, "report") || strings.Contains(*dateDump, "raw") {
		t.Fatal("tune corpora only")
	}
	msgs := readCorpus(t, *dateDump)
	byID := map[string]devMsg{}
	for _, m := range msgs {
		byID[m.ID] = m
	}
	for _, e := range dateExamples(msgs, 1) {
		z := float32(0)
		var names []string
		for _, k := range e.f {
			z += dateWeights[k]
			names = append(names, dateFeatureNames[k])
		}
		m := byID[e.id]
		lo, hi := max(0, e.s-70), min(len(m.Text), e.e+40)
		ctx := strings.ReplaceAll(m.Text[lo:e.s]+"[["+m.Text[e.s:e.e]+"]]"+m.Text[e.e:hi], "\n", "⏎")
		fmt.Printf("%s %d %d y=%v rule=%v refused=%v z=%.2f %s\n\t%s\n", e.id, e.s, e.e, e.y > 0, e.rule, e.refused, z, ctx, strings.Join(names, " "))
	}
}

var dateCover = flag.String("datecover", "", "print, for this corpus, how many gold DATE spans a date candidate covers (aggregate counts only)")

// TestDateCover counts the gold DATE spans that some date candidate
// covers by half: the most the date model can find. It prints aggregate
// counts only, so it may be run on any corpus.
func TestDateCover(t *testing.T) {
	if *dateCover == "" {
		t.Skip("run with -datecover FILE")
	}
	var gold, covered, candPos, cands int
	for _, m := range readCorpus(t, *dateCover) {
		ex := dateExamples([]devMsg{m}, 1)
		for _, e := range ex {
			cands++
			if e.y > 0 {
				candPos++
			}
		}
		for _, g := range m.Spans {
			if g.Type != Date {
				continue
			}
			gold++
			for _, e := range ex {
				if 2*overlap(e.s, e.e, g.Start, g.End) >= g.End-g.Start {
					covered++
					break
				}
			}
		}
	}
	t.Logf("gold DATE %d, covered by a candidate %d (%.3f); candidates %d, positive %d", gold, covered, float64(covered)/float64(max(gold, 1)), cands, candPos)
}

var dateCVOut = flag.String("datecv-out", "", "write the held-out date candidates of the first setting (label, rules, out-of-fold score, context) to this file")

// writeHeldOut writes the date candidates of held-out tune messages with
// their out-of-fold scores under weights w.
func writeHeldOut(out *os.File, msgs []devMsg, w [nDateFeatures]float64) {
	for _, m := range msgs {
		for _, e := range dateExamples([]devMsg{m}, 1) {
			z := 0.0
			var names []string
			for _, k := range e.f {
				z += w[k]
				if w[k] > 0.3 || w[k] < -0.3 {
					names = append(names, fmt.Sprintf("%s=%.1f", dateFeatureNames[k], w[k]))
				}
			}
			lo, hi := max(0, e.s-80), min(len(m.Text), e.e+50)
			ctx := strings.ReplaceAll(m.Text[lo:e.s]+"[["+m.Text[e.s:e.e]+"]]"+m.Text[e.e:hi], "\n", "⏎")
			fmt.Fprintf(out, "%s y=%v rule=%v refused=%v timed=%v z=%.2f %s\n\t%s\n", m.ID, e.y > 0, e.rule, e.refused, slices.Contains(e.f, dfTimeAfter), z, ctx, strings.Join(names, " "))
		}
	}
}

var dateExplain = flag.String("dateexplain", "", "print the date model's features for each date candidate in this text")

// TestExplainDate prints the feature weights behind each date decision for
// the text given with -dateexplain (a debugging aid).
func TestExplainDate(t *testing.T) {
	if *dateExplain == "" {
		t.Skip("run with -dateexplain TEXT")
	}
	s := new(scanner)
	s.dateTrain = func(d dateRec, rule bool, f []uint16) {
		var z float32
		var parts []string
		for _, k := range f {
			z += dateWeights[k]
			parts = append(parts, fmt.Sprintf("%s=%.2f", dateFeatureNames[k], dateWeights[k]))
		}
		t.Logf("%q: rules %v, score %.2f  %s", s.lo[d.s:d.e], rule, z, strings.Join(parts, " "))
	}
	s.reset(*dateExplain)
	s.run()
}
