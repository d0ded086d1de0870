package phi

import (
	"regexp"
	"strconv"
	"strings"
)

// Pseudonyms replaces PHI with numbered placeholders ("[NAME_1]", "[MRN_1]")
// that stay the same for the same value across every text given to one
// Pseudonyms, so a language model can still tell that two mentions are one
// person without ever seeing who. Use one Pseudonyms per prompt: numbering
// across prompts would let a model correlate them. The zero value is ready
// to use; it is not safe for concurrent use.
type Pseudonyms struct {
	// Scan finds PHI; nil means the package's Scan.
	Scan func(string) []Finding

	byValue map[string]string // type + normalised value -> placeholder
	restore map[string]string // placeholder -> the first original spelling
	next    map[Type]int
}

// Replace returns text with each finding replaced by its stable placeholder.
func (p *Pseudonyms) Replace(text string) string {
	scan := p.Scan
	if scan == nil {
		scan = Scan
	}
	fs := scan(text)
	if len(fs) == 0 {
		return text
	}
	if p.byValue == nil {
		p.byValue, p.restore, p.next = map[string]string{}, map[string]string{}, map[Type]int{}
	}
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for _, f := range fs {
		if f.Start < pos || f.End > len(text) || f.Start > f.End {
			continue // Scan promises sorted, disjoint spans; stay safe if not
		}
		b.WriteString(text[pos:f.Start])
		b.WriteString(p.placeholder(f.Type, text[f.Start:f.End]))
		pos = f.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// placeholder returns the placeholder of value, numbering a new one. Values
// are compared case- and space-insensitively, so "John  Smith" and "john
// smith" share one.
func (p *Pseudonyms) placeholder(t Type, value string) string {
	key := string(t) + "\x00" + strings.ToLower(strings.Join(strings.Fields(value), " "))
	if ph, ok := p.byValue[key]; ok {
		return ph
	}
	p.next[t]++
	ph := "[" + string(t) + "_" + strconv.Itoa(p.next[t]) + "]"
	p.byValue[key] = ph
	p.restore[ph] = value
	return ph
}

// Restore returns a copy of the placeholder -> original value map. It holds
// PHI: never log it, store it or send it to a model.
func (p *Pseudonyms) Restore() map[string]string {
	out := make(map[string]string, len(p.restore))
	for k, v := range p.restore {
		out[k] = v
	}
	return out
}

// Pseudonymize replaces the PHI in one text with stable placeholders and
// returns the map that undoes it (see Pseudonyms).
func Pseudonymize(text string) (redacted string, restore map[string]string) {
	var p Pseudonyms
	redacted = p.Replace(text)
	return redacted, p.Restore()
}

// pseudonym matches a numbered placeholder of any type, known or not.
var pseudonym = regexp.MustCompile(`\[[A-Z][A-Z_]*_[0-9]+\]`)

// Restore puts original values back for the placeholders in text that
// restore knows. Only call it for text bound for a destination approved for
// PHI: the guard scans what it is given but restores nothing.
func Restore(text string, restore map[string]string) string {
	if len(restore) == 0 {
		return text
	}
	return pseudonym.ReplaceAllStringFunc(text, func(ph string) string {
		if v, ok := restore[ph]; ok {
			return v
		}
		return ph
	})
}

// HasPseudonym reports whether text still holds a numbered placeholder, for
// example one a model made up that no restore map knows.
func HasPseudonym(text string) bool { return pseudonym.MatchString(text) }
