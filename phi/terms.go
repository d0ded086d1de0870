package phi

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Term is a value known to be PHI in a message's subject — a name or number
// found in a ticket's request when it was opened — so that it is redacted
// wherever it appears in that message, even where a scan of the shorter
// text alone would miss it ("Lopez oncology consult").
type Term struct {
	Type  Type
	Value string
}

// TermsOf returns the values of findings in text as terms. A name also
// gives its parts ("Maria", "Lopez") of three letters or more, so that each
// is redacted on its own too.
func TermsOf(text string, findings []Finding) []Term {
	var out []Term
	for _, f := range findings {
		out = append(out, NameTerms(f.Type, text[f.Start:f.End])...)
	}
	return out
}

// NameTerms returns value as a term of type t, and, when t is Name, its
// parts of three letters or more other than titles.
func NameTerms(t Type, value string) []Term {
	value = strings.TrimSpace(value)
	if len(value) < 2 {
		return nil
	}
	out := []Term{{Type: t, Value: value}}
	if t != Name {
		return out
	}
	parts := strings.FieldsFunc(value, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\t' })
	if len(parts) < 2 {
		return out
	}
	for _, p := range parts {
		if len(p) >= 3 && !titles[strings.ToLower(p)] {
			out = append(out, Term{Type: t, Value: p})
		}
	}
	return out
}

// titles are words of a name that name nobody.
var titles = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "prof": true,
	"pt": true, "patient": true, "the": true, "and": true, "jr": true, "sr": true}

// FindTerms returns a finding for every occurrence of a term's value in
// text: case-insensitively (ASCII letters) and as whole words.
func FindTerms(text string, terms []Term) []Finding {
	if len(terms) == 0 || text == "" {
		return nil
	}
	lt := lowerASCII(text)
	var out []Finding
	for _, t := range terms {
		v := lowerASCII(strings.TrimSpace(t.Value))
		if len(v) < 2 {
			continue
		}
		for from := 0; from < len(lt); {
			i := strings.Index(lt[from:], v)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(v)
			if !wordBefore(lt, s) && !wordAfter(lt, e) {
				out = append(out, Finding{Type: t.Type, Start: s, End: e})
			}
			from = s + 1
		}
	}
	return out
}

// wordBefore and wordAfter report a letter or digit right before offset s
// or at offset e of lt: a term inside a longer word is not that term. A
// character of another script is decoded, so that fullwidth brackets, CJK
// full stops and dashes set a term off as blanks do ("（Kenichi Sato）",
// "。父の佐藤健一").
func wordBefore(lt string, s int) bool {
	if s == 0 {
		return false
	}
	if c := lt[s-1]; c < utf8.RuneSelf {
		return wordByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(lt[:s])
	return wordRune(r)
}

func wordAfter(lt string, e int) bool {
	if e >= len(lt) {
		return false
	}
	if c := lt[e]; c < utf8.RuneSelf {
		return wordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(lt[e:])
	return wordRune(r)
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// wordRune reports a letter, a digit or a combining mark: a character a
// word goes on with.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// RedactTerms returns text redacted for both its own findings and every
// occurrence of terms.
func RedactTerms(text string, findings []Finding, terms []Term) string {
	return Redact(text, append(append([]Finding(nil), findings...), FindTerms(text, terms)...))
}

// ClearTerms is Clear for a message about something whose PHI values are
// already known (a ticket's): outside approved destinations each occurrence
// of a term is treated as a finding of its type, as well as what the scan
// finds.
func (g *Guard) ClearTerms(ctx context.Context, dest Destination, terms []Term, texts ...string) (Cleared, error) {
	if len(terms) == 0 {
		return g.Clear(ctx, dest, texts...)
	}
	scan := g.scanFor(ctx, dest)
	withTerms := *g
	withTerms.Scan = func(s string) []Finding { return mergeFindings(scan(s), FindTerms(s, terms)) }
	return withTerms.Clear(ctx, dest, texts...)
}

// ScanTerms is Scan for a text whose PHI values are partly known already
// (a ticket's): every occurrence of a term is a finding of its type as
// well as what the scan finds.
func ScanTerms(text string, terms []Term) []Finding {
	return mergeFindings(Scan(text), FindTerms(text, terms))
}

// mergeFindings joins two lists of findings into one sorted list without
// overlaps: a span overlapping an earlier one widens it.
func mergeFindings(a, b []Finding) []Finding {
	if len(b) == 0 {
		return a
	}
	all := append(append([]Finding(nil), a...), b...)
	for i := 1; i < len(all); i++ { // insertion sort: lists are short
		for j := i; j > 0 && all[j].Start < all[j-1].Start; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := all[:0]
	for _, f := range all {
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, f.End)
			continue
		}
		out = append(out, f)
	}
	return out
}
