package phi

import (
	"context"
	"errors"
	"testing"
)

// TestGuardColleagues: the guard scans with the destination workspace's
// directory when it can read one, and without it otherwise (more redaction,
// never less); model prompts, logs and external channels never use it.
func TestGuardColleagues(t *testing.T) {
	ctx := context.Background()
	dest := Destination{Workspace: "T1", Channel: "C1", Kind: KindChannel}
	const (
		business = "Teodor Vanek called about the discharge lounge, it is short a nurse"
		patient  = "Teodor Vanek was admitted overnight, keep it quiet"
	)
	dirs := func(ctx context.Context, ws string) (*Directory, error) {
		if ws == "T1" {
			return NewDirectory("Teodor Vanek", "Marisol Okonkwo-Reyes"), nil
		}
		return nil, nil
	}
	down := func(ctx context.Context, ws string) (*Directory, error) { return nil, errors.New("redis down") }
	tests := []struct {
		name string
		g    *Guard
		dest Destination
		text string
		want string
	}{
		{"MemberInBusinessContext", &Guard{Colleagues: dirs}, dest, business, business},
		{"MemberIsPatient", &Guard{Colleagues: dirs}, dest, patient, "[NAME] was admitted overnight, keep it quiet"},
		{"NoDirectory", &Guard{}, dest, business, Redact(business, Scan(business))},
		{"OtherWorkspace", &Guard{Colleagues: dirs}, Destination{Workspace: "T2", Channel: "C1", Kind: KindChannel}, business, Redact(business, Scan(business))},
		{"ErrDirectoryUnreadable", &Guard{Colleagues: down}, dest, business, Redact(business, Scan(business))},
		{"ModelPrompt", &Guard{Colleagues: dirs}, Destination{Workspace: "T1", Kind: KindLLM}, business, Redact(business, Scan(business))},
		{"LogLine", &Guard{Colleagues: dirs}, Destination{Workspace: "T1", Kind: KindLog}, business, Redact(business, Scan(business))},
		{"ExternalChannel", &Guard{Colleagues: dirs}, Destination{Workspace: "T1", Channel: "C9", Kind: KindExternal}, business, Redact(business, Scan(business))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.g.Clear(ctx, tt.dest, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Texts()[0]; got != tt.want {
				t.Errorf("Clear(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
	// the test's premise: without a directory the colleague is redacted
	if Redact(business, Scan(business)) == business {
		t.Fatal("premise: Scan finds no name in the business message")
	}
}

// TestClearTermsColleagues: a ticket's known PHI values are redacted as
// ever, and the scan beside them uses the directory too.
func TestClearTermsColleagues(t *testing.T) {
	g := &Guard{Colleagues: func(context.Context, string) (*Directory, error) { return NewDirectory("Teodor Vanek"), nil }}
	dest := Destination{Workspace: "T1", Channel: "C1", Kind: KindChannel}
	text := "Teodor Vanek called about the discharge lounge for Lopez"
	c, err := g.ClearTerms(context.Background(), dest, []Term{{Type: Name, Value: "Lopez"}}, text)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Texts()[0], "Teodor Vanek called about the discharge lounge for [NAME]"; got != want {
		t.Fatalf("ClearTerms = %q, want %q", got, want)
	}
}
