package phi

import (
	"flag"
	"testing"
)

var (
	identTrainFlag = flag.String("identtrain", "", "fit the identifier model: write idmodel_weights.go, or check that it is current")
	identCV        = flag.Bool("identcv", false, "cross-validate the identifier model's settings across writers")
	identCVGrid    = flag.String("identcv-grid", "", `identifier model settings to cross-validate, "lambda epochs rescue;..." (empty: the defaults)`)
	identCVShow    = flag.Bool("identcv-show", false, "with -identcv: log the hand-written candidates near the threshold")
	identExplain   = flag.String("identexplain", "", "print the identifier model's features for each candidate in this text")
)

var defaultIdentCfg = rescueCfg{lambda: 3e-3, epochs: 30, rescue: 1}

// identModel is the identifier model (idmodel.go) to the rescue trainer:
// a candidate is positive over a gold identifier of any type.
var identModel = rescueModel{
	name: "ident", test: "TestTrainIdentModel", file: "idmodel_weights.go",
	golds:   []Type{MRN, HealthPlanID, AccountNumber, LicenseNumber, DeviceID, VehicleID, SSN, CreditCard},
	weights: identWeights[:], rescue: &identRescue, features: nIdentFeatures,
	featureName: identFeatureName, hashed: func(k int) bool { return k >= ifHash },
	hook:    func(s *scanner, f func(i, end int, rule bool, f []uint16)) { s.identTrain = f },
	refused: refusedIdent,
}

// TestTrainIdentModel fits the identifier model's weights and writes
// idmodel_weights.go (or, with -identtrain check, compares).
func TestTrainIdentModel(t *testing.T) {
	if *identTrainFlag == "" {
		t.Skip("run with -identtrain write|check (go generate ./phi)")
	}
	identModel.train(t, defaultIdentCfg, *identTrainFlag == "check")
}

// TestIdentModelCV cross-validates the identifier model's settings by
// writer folds (rescueModel.crossValidate).
func TestIdentModelCV(t *testing.T) {
	if !*identCV {
		t.Skip("run with -identcv")
	}
	identModel.crossValidate(t, parseRescueGrid(t, *identCVGrid, defaultIdentCfg), *identCVShow)
}

// TestExplainIdent prints the feature weights behind each identifier
// candidate of the text given with -identexplain (a debugging aid).
func TestExplainIdent(t *testing.T) {
	if *identExplain == "" {
		t.Skip("run with -identexplain TEXT")
	}
	identModel.explain(t, *identExplain)
}
