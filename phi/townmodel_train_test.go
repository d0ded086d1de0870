package phi

import (
	"flag"
	"testing"
)

var (
	townTrainFlag = flag.String("towntrain", "", "fit the town model: write townmodel_weights.go, or check that it is current")
	townCV        = flag.Bool("towncv", false, "cross-validate the town model's settings across writers")
	townCVShow    = flag.Bool("towncv-show", false, "log the out-of-fold candidates near the rescue threshold (tune halves: hand-written ones only)")
	townCVGrid    = flag.String("towncv-grid", "", `town model settings to cross-validate, "lambda epochs rescue;..." (empty: the defaults)`)
	townExplain   = flag.String("townexplain", "", "print the town model's features for each town candidate in this text")
)

var defaultTownCfg = rescueCfg{lambda: 1e-3, epochs: 30, rescue: 1.5}

// townModel is the town model (townmodel.go) to the rescue trainer.
var townModel = rescueModel{
	name: "town", test: "TestTrainTownModel", file: "townmodel_weights.go", golds: []Type{Address},
	weights: townWeights[:], rescue: &townRescue, features: nTownFeatures,
	featureName: townFeatureName, hashed: func(k int) bool { return k >= tfHash },
	hook: func(s *scanner, f func(i, end int, rule bool, f []uint16)) { s.townTrain = f },
}

// TestTrainTownModel fits the town model's weights and writes
// townmodel_weights.go (or, with -towntrain check, compares).
func TestTrainTownModel(t *testing.T) {
	if *townTrainFlag == "" {
		t.Skip("run with -towntrain write|check (go generate ./phi)")
	}
	townModel.train(t, defaultTownCfg, *townTrainFlag == "check")
}

// TestTownModelCV cross-validates the town model's settings by writer
// folds (rescueModel.crossValidate).
func TestTownModelCV(t *testing.T) {
	if !*townCV {
		t.Skip("run with -towncv")
	}
	townModel.crossValidate(t, parseRescueGrid(t, *townCVGrid, defaultTownCfg), *townCVShow)
}

// TestExplainTown prints the feature weights behind each town candidate
// of the text given with -townexplain (a debugging aid).
func TestExplainTown(t *testing.T) {
	if *townExplain == "" {
		t.Skip("run with -townexplain TEXT")
	}
	townModel.explain(t, *townExplain)
}
