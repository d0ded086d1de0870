package phi

import "strings"

// Word lists are compiled into one lexicon: each list is a bit, and every
// word maps to the bits of the lists that contain it. A token's bits are
// looked up once (in tokenize), so the many context checks cost a mask test
// instead of a map lookup each.

// set is one word list: a single bit of the lexicon.
type set uint64

var (
	lex     = make(map[string]uint64, 2048)
	nextBit uint
)

// words registers a word list (lower case) and returns its bit.
func words(ws ...string) set {
	if nextBit >= 64 {
		panic("phi: too many word lists") // caught by tests at init
	}
	b := set(1) << nextBit
	nextBit++
	for _, w := range ws {
		lex[w] |= uint64(b)
	}
	return b
}

// fieldsSet registers a whitespace-separated word list.
func fieldsSet(list string) set { return words(strings.Fields(list)...) }

// The lexicon is also compiled into an open-addressing table keyed by the
// FNV-1a hash the tokenizer computes while it scans a word, which is cheaper
// than hashing each token again for a map lookup.
const (
	fnvOffset  = 14695981039346656037
	fnvPrime   = 1099511628211
	maxLexWord = 24
)

type lexEntry struct {
	h    uint64
	key  string
	bits uint64
}

var lexTab []lexEntry

func init() {
	n := 1
	for n < 2*len(lex) {
		n <<= 1
	}
	lexTab = make([]lexEntry, n)
	for k, bits := range lex {
		h := uint64(fnvOffset)
		for i := 0; i < len(k); i++ {
			h = (h ^ uint64(k[i])) * fnvPrime
		}
		p := h & uint64(n-1)
		for lexTab[p].key != "" {
			p = (p + 1) & uint64(n-1)
		}
		lexTab[p] = lexEntry{h: h, key: k, bits: bits}
	}
}

// lexLookup returns the list bits of the lower-case word w with hash h.
func lexLookup(h uint64, w string) uint64 {
	mask := uint64(len(lexTab) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		e := &lexTab[p]
		if e.key == "" {
			return 0
		}
		if e.h == h && e.key == w {
			return e.bits
		}
	}
}

// has reports whether w (lower case) is in the list.
func (ws set) has(w string) bool { return lex[w]&uint64(ws) != 0 }

// in reports whether token i is a word in the list.
func (s *scanner) in(i int, ws set) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].cls&uint64(ws) != 0
}

func keys[V any](m map[string]V) set {
	ws := make([]string, 0, len(m))
	for k := range m {
		ws = append(ws, k)
	}
	return words(ws...)
}

var (
	labelSet  = keys(labelType)
	monthSet  = keys(months)
	digitSet  = keys(digitWords)
	numberSet = keys(numberWords)
	spellSet  = words("a", "hundred")
	atSet     = words("at")
	urlSet    = words("http", "https", "www")
	tldSet    = words("org", "com", "net", "edu", "gov", "io")
	addrSet   = words("po", "p", "lives", "living", "resides", "resident", "moved", "home", "zip", "zipcode", "staying", "address")
)
