package phi

import "testing"

// A name the model scored just below its threshold, before anything
// personal was found, is taken once a later pass finds something
// personal in the message (lateNames): the baby's name, found after the
// mother's was scored, makes hers a name too.
func TestScanLateNamesAnyFinding(t *testing.T) {
	runCases(t, []scanCase{
		{"Consent", "donor milk consent signed by Ifeoma da Costa for baby Tobenna. lot L4350-81 to pod C",
			[]want{{Name, "Ifeoma da Costa"}, {Name, "Tobenna"}}},
	})
}
