package phi

import "regexp"

// A first, deliberately small detector: the PHI guard issue replaces it.
var simple = []struct {
	t  Type
	re *regexp.Regexp
}{
	{SSN, regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`)},
	{Email, regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)},
	{Phone, regexp.MustCompile(`\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b`)},
}

// Scan returns the PHI findings in text, sorted by Start and not overlapping.
func Scan(text string) []Finding {
	var out []Finding
	for _, s := range simple {
		for _, m := range s.re.FindAllStringIndex(text, -1) {
			out = append(out, Finding{Type: s.t, Start: m[0], End: m[1]})
		}
	}
	return out
}
