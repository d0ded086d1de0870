package testkit

import "testing"

func TestContainsValue(t *testing.T) {
	for _, tc := range []struct {
		s, v string
		want bool
	}{
		{"seen in endo today", "endo", true},
		{"a vendor list", "endo", false},
		{"endo", "endo", true},
		{"MRN 1234567.", "1234567", true},
		{"order 112345678", "1234567", false},
		{"call (555) 201-3344", "(555) 201-3344", true},
		{"x(555) 201-3344", "(555) 201-3344", true},
		{`"text":"Ana Ruiz"`, "Ana Ruiz", true},
		{"Anabel", "Ana", false},
		{"", "x", false},
	} {
		if got := ContainsValue(tc.s, tc.v); got != tc.want {
			t.Errorf("ContainsValue(%q, %q) = %v, want %v", tc.s, tc.v, got, tc.want)
		}
	}
}
