package phi

import (
	"fmt"
	"testing"
)

func TestScannerColleagues(t *testing.T) {
	sc := &Scanner{Colleagues: NewDirectory("Marisol Okonkwo-Reyes", "Teodor Vanek")}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"MemberInHealthContext", "Teodor Vanek called about the bed for the patient in 5W, MRN 5520187", []want{{MRN, "5520187"}}},
		{"MemberFirstName", "Teodor said the discharge lounge is short a nurse on Friday", nil},
		{"MemberIsPatient", "Teodor Vanek was admitted overnight, keep it quiet", []want{{Name, "Teodor Vanek"}}},
		{"MemberTriggered", "pt Teodor Vanek in 5W needs a sitter", []want{{Name, "Teodor Vanek"}}},
		{"NonMemberPatient", "Harriet Quibell was admitted overnight, keep it quiet", []want{{Name, "Harriet Quibell"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := got(t, tt.text, sc.Scan(tt.text))
			if fmt.Sprint(g) != fmt.Sprint(tt.want) {
				t.Errorf("Scan(%q)\n got %v\nwant %v", tt.text, g, tt.want)
			}
		})
	}
	// without a directory the same colleague is taken for a patient: the
	// zero Scanner is Scan
	var zero Scanner
	text := "Teodor Vanek called about the bed for the patient in 5W, MRN 5520187"
	if g := zero.Scan(text); fmt.Sprint(g) != fmt.Sprint(Scan(text)) || len(g) != 2 {
		t.Errorf("zero Scanner: %v, Scan: %v", g, Scan(text))
	}
}
