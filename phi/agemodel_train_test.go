package phi

import (
	"flag"
	"testing"
)

var (
	ageTrainFlag = flag.String("agetrain", "", "fit the age model: write agemodel_weights.go, or check that it is current")
	ageCV        = flag.Bool("agecv", false, "cross-validate the age model's settings across writers")
	ageCVGrid    = flag.String("agecv-grid", "", `age model settings to cross-validate, "lambda epochs rescue;..." (empty: the defaults)`)
	ageExplain   = flag.String("ageexplain", "", "print the age model's features for each candidate in this text")
)

var defaultAgeCfg = rescueCfg{lambda: 1e-3, epochs: 30, rescue: 0.5}

// ageModel is the age model (agemodel.go) to the rescue trainer.
var ageModel = rescueModel{
	name: "age", test: "TestTrainAgeModel", file: "agemodel_weights.go", golds: []Type{Age},
	weights: ageWeights[:], rescue: &ageRescue, features: nAgeFeatures,
	featureName: ageFeatureName, hashed: func(k int) bool { return k >= afHash },
	hook:    func(s *scanner, f func(i, end int, rule bool, f []uint16)) { s.ageTrain = f },
	refused: refusedAge,
}

// TestTrainAgeModel fits the age model's weights and writes
// agemodel_weights.go (or, with -agetrain check, compares).
func TestTrainAgeModel(t *testing.T) {
	if *ageTrainFlag == "" {
		t.Skip("run with -agetrain write|check (go generate ./phi)")
	}
	ageModel.train(t, defaultAgeCfg, *ageTrainFlag == "check")
}

// TestAgeModelCV cross-validates the age model's settings by writer
// folds (rescueModel.crossValidate).
func TestAgeModelCV(t *testing.T) {
	if !*ageCV {
		t.Skip("run with -agecv")
	}
	ageModel.crossValidate(t, parseRescueGrid(t, *ageCVGrid, defaultAgeCfg), false)
}

// TestExplainAge prints the feature weights behind each age candidate of
// the text given with -ageexplain (a debugging aid).
func TestExplainAge(t *testing.T) {
	if *ageExplain == "" {
		t.Skip("run with -ageexplain TEXT")
	}
	ageModel.explain(t, *ageExplain)
}
