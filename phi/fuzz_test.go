package phi

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScan checks Scan's contract on arbitrary input: no panic, valid
// sorted non-overlapping offsets on rune boundaries, and a redaction that
// removes every finding.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"",
		"pt Maria Gonzalez, SSN 219-09-9999, DOB 03/14/1952",
		"<mailto:a@b.org|a@b.org> <tel:+16175550142|617-555-0142>",
		"ssn: ２１９－０９－９９９９ and 3424\u200b104264\u200b18123",
		"j.roe [at] gmail [dot] com, nine two two, four one seven, eight eight one",
		"BRANNIGAN, WILLA M\nD.O.B. 1/2/1930\nHome: 9 Oak Ln, Dracut, MA 01826",
		"\xff\xfe\xfd 2001:db8::1 10.0.0.1 \u00a0\u202f\u2060 ninety-four",
		strings.Repeat("1-", 40) + strings.Repeat("a@", 20) + "@@@...:::",
		"patient \u0301\u0301 Jos\u00e9 Mar\u00eda O'Brien-Smith's 𝟗𝟏𝟕 y/o",
	} {
		f.Add(s)
	}
	failClosed = false // let a panic fail the fuzz run instead of being masked
	f.Fuzz(func(t *testing.T, text string) {
		fs := Scan(text)
		last := 0
		for _, x := range fs {
			if x.Start < last || x.Start >= x.End || x.End > len(text) {
				t.Fatalf("Scan(%q): bad offsets %+v", text, fs)
			}
			last = x.End
			if utf8.ValidString(text) && (!utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("Scan(%q): finding %+v splits a rune", text, x)
			}
			if Placeholder(x.Type) == "[]" {
				t.Fatalf("Scan(%q): empty type in %+v", text, x)
			}
		}
		red := Redact(text, fs)
		// Walk the redacted text: each finding's bytes are replaced by its
		// placeholder and the text between findings is unchanged.
		pos, r := 0, 0
		for _, x := range fs {
			gap := text[pos:x.Start]
			if !strings.HasPrefix(red[r:], gap) {
				t.Fatalf("Redact changed unflagged text of %q", text)
			}
			r += len(gap)
			ph := Placeholder(x.Type)
			if !strings.HasPrefix(red[r:], ph) {
				t.Fatalf("Redact(%q) = %q: finding %+v not replaced", text, red, x)
			}
			r += len(ph)
			pos = x.End
		}
		if red[r:] != text[pos:] {
			t.Fatalf("Redact(%q) = %q: tail changed", text, red)
		}
		if again := Scan(text); len(again) != len(fs) {
			t.Fatalf("Scan(%q) not deterministic: %v then %v", text, fs, again)
		}
	})
}
