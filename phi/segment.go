package phi

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// segmentMax is the longest text scanned in one piece. Several passes of
// the scan look over a message's other candidates for each one they add
// (repeats, addresses, the e-mail owners of names), which is cheap for a
// chat message and grows with the square of a long paste: a megabyte took
// seconds. A longer text is scanned in segments of at most this size,
// cut at a blank line, else a line break, else a space (segmentEnd), so
// the time grows with the length; a value found in one segment is marked
// wherever it recurs in another (crossRepeats), as a message's repeats
// are. At 16 kB a segment holds some forty chat messages' worth of
// context, and the scan runs at about the speed of short messages.
const segmentMax = 16 << 10

// scanSegments scans a text longer than segmentMax segment by segment.
func scanSegments(text string, dir *Directory) []Finding {
	var out []Finding
	var seg []int32  // the segment of each finding of out
	var starts []int // where each segment starts
	for st := 0; st < len(text); {
		n := int32(len(starts))
		starts = append(starts, st)
		en := segmentEnd(text, st)
		for _, f := range scan(text[st:en], dir) {
			f.Start += st
			f.End += st
			out = append(out, f)
			seg = append(seg, n)
		}
		st = en
	}
	return crossRepeats(text, out, seg, starts)
}

// segmentEnd returns the end of the segment of text that starts at st:
// the whole rest if it is short enough, else the last blank line, line
// break or space in the second half of the longest segment, else the
// last character boundary within it (a text with no break at all).
func segmentEnd(text string, st int) int {
	if len(text)-st <= segmentMax {
		return len(text)
	}
	lo, hi := st+segmentMax/2, st+segmentMax
	w := text[lo:hi]
	if i := strings.LastIndex(w, "\n\n"); i >= 0 {
		return lo + i + 2
	}
	if i := strings.LastIndexByte(w, '\n'); i >= 0 {
		return lo + i + 1
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		return lo + i + 1
	}
	e := hi
	for e > lo && !utf8.RuneStart(text[e]) {
		e--
	}
	return e
}

// crossRepeats adds to fs (found in the segments seg of text, which
// start at starts) every whole-word occurrence, in another segment, of a
// value of repeatMin bytes or more found in one, or of a word of a name
// found in one: the repeats a scan of the whole text as one message would
// mark. As there, a name written
// with a capital is marked only where it is capitalised again, and an
// occurrence that overlaps a finding is left. One pass over the text
// looks for all the values at once, by their first three bytes.
func crossRepeats(text string, fs []Finding, seg []int32, starts []int) []Finding {
	type value struct {
		v     string // lower case (ASCII)
		t     Type
		upper bool
		segs  []int32 // the segments that found it, in order
	}
	var vals []value
	index := map[string]int{}       // value (with case class and type) -> vals
	byPrefix := map[[3]byte][]int{} // first three bytes -> vals
	addValue := func(raw string, t Type, sg int32) {
		if len(raw) < repeatMin {
			return
		}
		v := lowerASCII(raw)
		upper := t == Name && isUpperASCII(raw[0])
		key := string(t) + "\x00" + v
		if upper {
			key += "\x00U"
		}
		k, ok := index[key]
		if !ok {
			k = len(vals)
			index[key] = k
			vals = append(vals, value{v: v, t: t, upper: upper})
			p := [3]byte{v[0], v[1], v[2]}
			byPrefix[p] = append(byPrefix[p], k)
		}
		if ss := vals[k].segs; len(ss) == 0 || ss[len(ss)-1] != sg {
			vals[k].segs = append(ss, sg)
		}
	}
	for i, f := range fs {
		// a name's words too, as the scan repeats them ("pt Maria Lopez …
		// ask Lopez"): NameTerms
		for _, term := range NameTerms(f.Type, text[f.Start:f.End]) {
			addValue(term.Value, f.Type, seg[i])
		}
	}
	if len(vals) == 0 || len(starts) < 2 {
		return fs
	}
	sorted := slices.Clone(fs)
	slices.SortFunc(sorted, func(a, b Finding) int { return a.Start - b.Start })
	var added []Finding
	cur, sg := 0, int32(0) // the first finding that may end after i; the segment of i
	for i := 0; i+repeatMin <= len(text); i++ {
		if i > 0 && wordByte(lowerByte(text[i-1])) {
			continue // not at a word's start
		}
		for int(sg)+1 < len(starts) && starts[sg+1] <= i {
			sg++
		}
		ks := byPrefix[[3]byte{lowerByte(text[i]), lowerByte(text[i+1]), lowerByte(text[i+2])}]
		for _, k := range ks {
			v := &vals[k]
			e := i + len(v.v)
			if e > len(text) || !equalLowerASCII(text[i:e], v.v) || e < len(text) && wordByte(lowerByte(text[e])) {
				continue
			}
			if v.upper && !isUpperASCII(text[i]) {
				continue
			}
			if _, found := slices.BinarySearch(v.segs, sg); found {
				continue // that segment's own scan decided it
			}
			for cur < len(sorted) && sorted[cur].End <= i {
				cur++
			}
			if cur < len(sorted) && sorted[cur].Start < e || len(added) > 0 && added[len(added)-1].End > i {
				continue
			}
			added = append(added, Finding{Type: v.t, Start: i, End: e})
			break
		}
	}
	if len(added) == 0 {
		return fs
	}
	out := append(sorted, added...)
	slices.SortFunc(out, func(a, b Finding) int { return a.Start - b.Start })
	return out
}

// equalLowerASCII reports whether s, its ASCII letters lowered, is lo.
func equalLowerASCII(s, lo string) bool {
	if len(s) != len(lo) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != lo[i] {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
