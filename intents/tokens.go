package intents

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	kWord    tokKind = iota // letters/digits, possibly with inner ' & - / : .
	kPunct                  // sentence and clause punctuation
	kMention                // a person mention: <@U123>, <at>Name</at>, @Name
	kChannel                // a channel reference: <#C123|name>, #name
	kSym                    // emoji and other symbols
)

// tok is one token of the message. The message is tokenised once and every
// rule works on these.
type tok struct {
	raw   string // as written
	low   string // lower case, possessive 's removed
	w     string // canonical: alias- and typo-corrected low
	k     tokKind
	cap   bool // first letter upper case
	poss  bool // written with a possessive 's
	fixed bool // w is a typo correction
	sent  int  // sentence index
	off   int  // byte offset of raw in the text (words only)
}

// contractions end in 's but are not possessives.
var contractions = set("what's how's where's it's that's let's there's here's who's he's she's when's why's")

// titleAbbrev are words that keep a following period ("Dr. Shah").
var titleAbbrev = set("dr mr mrs ms prof st jr sr rev fr sra srta dra a.m p.m vs approx dept jan feb mar apr jun jul aug sep sept oct nov dec")

// tokenize splits text into tokens, appending to buf. Slack strikethrough
// (~deleted~) is dropped: it is text the writer took back.
func tokenize(text string, buf []tok) []tok {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			buf = append(buf, tok{raw: "\n", low: "\n", w: "\n", k: kPunct})
			i += n
		case unicode.IsSpace(r):
			i += n
		case r == '~':
			// ~struck~ : skip to the closing tilde on the same line.
			j := strings.IndexAny(text[i+1:], "~\n")
			if j > 0 && text[i+1+j] == '~' {
				i += j + 2
			} else {
				i++
			}
		case r == '<':
			j := strings.IndexByte(text[i:], '>')
			if j < 0 {
				buf = append(buf, tok{raw: "<", low: "<", w: "<", k: kPunct})
				i++
				break
			}
			inner := text[i : i+j+1]
			switch {
			case strings.HasPrefix(inner, "<@"):
				buf = append(buf, tok{raw: inner, low: inner, w: "@", k: kMention})
			case strings.HasPrefix(inner, "<#"), strings.HasPrefix(inner, "<!"):
				buf = append(buf, tok{raw: inner, low: inner, w: "#", k: kChannel})
			case strings.HasPrefix(inner, "<at>"):
				end := strings.Index(text[i:], "</at>")
				if end < 0 {
					end = j + 1 - 5
					if end < 4 {
						end = 4
					}
				}
				name := strings.TrimSpace(text[i+4 : i+end])
				buf = append(buf, tok{raw: name, low: strings.ToLower(name), w: "@", k: kMention})
				j = end + 4
			default:
				buf = append(buf, tok{raw: inner, low: inner, w: "<>", k: kSym})
			}
			i += j + 1
		case r == '@' || r == '#':
			// @Name (Teams/chat mention) or #channel.
			j := i + 1
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '.' || r2 == '_' || r2 == '-') {
					break
				}
				j += n2
			}
			if j == i+1 {
				buf = append(buf, tok{raw: text[i : i+1], low: text[i : i+1], w: text[i : i+1], k: kSym})
				i++
				break
			}
			raw := strings.TrimRight(text[i:j], ".")
			k := kMention
			if r == '#' {
				k = kChannel
			}
			buf = append(buf, tok{raw: raw, low: strings.ToLower(raw), w: string(r), k: k})
			i += len(raw)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i)
			raw := text[i:j]
			low := strings.ToLower(raw)
			if j < len(text) && text[j] == '.' && titleAbbrev[low] {
				j++
				raw = text[i:j]
			} else if low == "w" && j < len(text) && text[j] == '/' {
				j++
				raw, low = text[i:j], "w/"
			}
			t := wordTok(raw, low)
			t.off = i
			buf = append(buf, t)
			i = j
		case r == '*':
			// Markdown bold ("any movement on *budget narrative*?"): the
			// words read as if unmarked.
			i += n
		case unicode.IsPunct(r) || r == '`' || r == '|':
			buf = append(buf, tok{raw: text[i : i+n], low: text[i : i+n], w: text[i : i+n], k: kPunct})
			i += n
		default:
			if r == 0xFE0F || r == 0x200D || r == utf8.RuneError && n == 1 {
				i += n
				break
			}
			buf = append(buf, tok{raw: text[i : i+n], low: text[i : i+n], w: text[i : i+n], k: kSym})
			i += n
		}
	}
	markSentences(buf)
	return buf
}

// wordEnd returns the end of the word starting at i. Inner joiners are kept
// when a letter or digit follows ("P&T", "W-9s", "11:30", "1/06", "Renee's").
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		switch r {
		case '\'', '’', '&', '-', '/', ':', '.', '_':
			if j+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
			if (r == '\'' || r == '’') && j > i+1 && (text[j-1] == 's' || text[j-1] == 'S') {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if j+n == len(text) || unicode.IsSpace(r2) {
					return j + n // "the residents' journal club": a plural possessive
				}
			}
		}
		break
	}
	return j
}

func wordTok(raw, low string) tok {
	t := tok{raw: raw, k: kWord}
	if r, _ := utf8.DecodeRuneInString(raw); unicode.IsUpper(r) {
		t.cap = true
	}
	low = strings.ReplaceAll(low, "’", "'")
	if contractions[low] {
		// "what's", "it's": not possessives.
	} else if strings.HasSuffix(low, "'s") && len(low) > 2 {
		t.poss = true
		low = low[:len(low)-2]
	} else if strings.HasSuffix(low, "s'") {
		t.poss = true
		low = low[:len(low)-1]
	}
	t.low = low
	t.w, t.fixed = canon(low)
	return t
}

// markSentences numbers sentences: they end at . ? ! ; and line breaks.
func markSentences(ts []tok) {
	s := 0
	for i := range ts {
		ts[i].sent = s
		if ts[i].k == kPunct {
			switch ts[i].w {
			case ".", "?", "!", ";", "\n", "…":
				// A run of terminators is one boundary.
				if i+1 < len(ts) && !(ts[i+1].k == kPunct && isTerm(ts[i+1].w)) {
					s++
				}
			}
		}
	}
}

func isTerm(w string) bool {
	switch w {
	case ".", "?", "!", ";", "\n", "…":
		return true
	}
	return false
}
