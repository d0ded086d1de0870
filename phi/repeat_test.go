package phi_test

import (
	"testing"

	"github.com/delegatebot/delegatebot/phi"
)

// A value found once is found wherever else it recurs in the message, even
// where the second mention has no context of its own.
func TestRepeatedValues(t *testing.T) {
	count := func(text, value string) (n int) {
		for _, f := range phi.Scan(text) {
			if text[f.Start:f.End] == value {
				n++
			}
		}
		return n
	}
	cases := []struct {
		text, value string
		want        int
	}{
		{"patient is ninety-three years old; the chart still says seventy so fix it to ninety-three", "ninety-three", 2},
		{"MRN 84420917 was merged; please close 84420917 in the old system", "84420917", 2},
		// values this short recur by chance: only the one with context counts
		{"the patient is 93 years old and the visit took 93 minutes", "93", 1},
	}
	for _, c := range cases {
		if got := count(c.text, c.value); got != c.want {
			t.Errorf("%q: %d findings of %q, want %d (%v)", c.text, got, c.value, c.want, phi.Scan(c.text))
		}
	}
}
