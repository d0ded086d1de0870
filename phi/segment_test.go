package phi

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSegmentEnd checks where a long text is cut: at a blank line, else a
// line break, else a space, else a character boundary, every segment at
// most segmentMax bytes and the segments covering the text exactly.
func TestSegmentEnd(t *testing.T) {
	line := strings.Repeat("word ", 19) + "end\n" // 99 bytes
	cases := []struct {
		name string
		text string
		cut  func(text string, st, en int) bool // what the text holds just before a cut
	}{
		{"BlankLine", strings.Repeat(line+line+"\n", 300), func(x string, _, en int) bool { return strings.HasSuffix(x[:en], "\n\n") }},
		{"LineBreak", strings.Repeat(line, 600), func(x string, _, en int) bool { return x[en-1] == '\n' }},
		{"Space", strings.Repeat("word ", 12000), func(x string, _, en int) bool { return x[en-1] == ' ' }},
		{"NoBreak", strings.Repeat("é漢字", 9000), func(x string, _, en int) bool { return utf8.RuneStart(x[en]) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			starts := segmentStarts(c.text)
			if len(starts) < 2 {
				t.Fatalf("%d bytes in %d segment(s), want several", len(c.text), len(starts))
			}
			for i, st := range starts {
				en := len(c.text)
				if i+1 < len(starts) {
					en = starts[i+1]
				}
				if en <= st || en-st > segmentMax {
					t.Fatalf("segment %d is [%d,%d): %d bytes, want 1..%d", i, st, en, en-st, segmentMax)
				}
				if en < len(c.text) && !c.cut(c.text, st, en) {
					t.Errorf("segment %d ends at %d before %q, not at the expected break", i, en, c.text[max(en-8, 0):en])
				}
			}
		})
	}
}

// cleanFill returns n bytes or more of lines that hold no PHI.
func cleanFill(t *testing.T, n int) string {
	t.Helper()
	lines := []string{
		"the budget review moved to the big conference room on the third floor",
		"can someone restock the printer paper by the nurses station please",
		"reminder that the parking garage closes early for cleaning this week",
		"thanks all for covering the extra shifts, lunch is on the unit manager",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(lines[i%len(lines)])
		b.WriteString("\n\n")
	}
	fill := b.String()
	for _, l := range lines {
		if fs := Scan(l); len(fs) > 0 {
			t.Fatalf("filler line %q has findings %v", l, fs)
		}
	}
	return fill
}

// TestScanSegments checks a text longer than segmentMax: each segment's
// findings as a scan of that segment alone finds them, at their offsets
// in the whole text; and a name found in the first segment is marked
// where it recurs, bare, in the last one, which alone says nothing of it.
func TestScanSegments(t *testing.T) {
	head := "Pt Ingrid Lindgren, MRN 40019283, DOB 3/14/1952, needs a ride home after the scope"
	tail := "ask Lindgren about the parking voucher"
	if fs := Scan(tail); len(fs) > 0 {
		t.Fatalf("precondition: %q alone has findings %v", tail, fs)
	}
	text := head + "\n\n" + cleanFill(t, 3*segmentMax) + tail + "\n\n" + "lindgren is also a street name we use for the shuttle\n"
	got := Scan(text)
	starts := segmentStarts(text)
	if len(starts) < 3 {
		t.Fatalf("%d segments, want at least 3", len(starts))
	}
	for i, st := range starts {
		en := len(text)
		if i+1 < len(starts) {
			en = starts[i+1]
		}
		for _, f := range Scan(text[st:en]) {
			f.Start += st
			f.End += st
			if !slices.Contains(got, f) {
				t.Errorf("segment %d finds %s %q at %d, the whole scan does not", i, f.Type, text[f.Start:f.End], f.Start)
			}
		}
	}
	for i, f := range got {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || i > 0 && got[i-1].End > f.Start {
			t.Fatalf("finding %d %+v out of order or out of range", i, f)
		}
	}
	at := strings.Index(text, tail) + len("ask ")
	want := Finding{Type: Name, Start: at, End: at + len("Lindgren")}
	if !slices.Contains(got, want) {
		t.Errorf("the repeat of the name in the last segment is not marked: findings after it %v", after(got, at))
	}
	low := strings.LastIndex(text, "lindgren")
	for _, f := range got {
		if f.Start <= low && low < f.End {
			t.Errorf("the lower-case word %q of another sentence is marked as %s", "lindgren", f.Type)
		}
	}
	red := Redact(text, got)
	for _, v := range []string{"Lindgren, MRN", "40019283", "ask Lindgren"} {
		if strings.Contains(red, v) {
			t.Errorf("redacted text still holds %q", v)
		}
	}
}

func after(fs []Finding, at int) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Start >= at {
			out = append(out, f)
		}
	}
	return out
}

// segmentStarts returns the offsets at which scanSegments starts its
// segments of text, in order.
func segmentStarts(text string) []int {
	var starts []int
	for st := 0; st < len(text); st = segmentEnd(text, st) {
		starts = append(starts, st)
	}
	return starts
}
