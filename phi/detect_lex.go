package phi

import "sync"

// The lexicon is the registry of the scanner's word lists. Each list is
// registered once (words, keys) and gets a set number; the
// registry then compiles every word into one hash table whose entries carry
// a bitset of the lists holding the word, as wide as the number of lists
// needs. The tokenizer looks each word up once, so the many context checks
// cost a bit test instead of a map lookup each.

// set is one registered word list. It is a struct so that sets cannot be
// or-ed together like the bit masks they once were.
type set struct{ id int }

// lexicon holds the registered lists and, once built, their table.
type lexicon struct {
	lists [][]string // by set
	once  sync.Once
	width int      // uint64 words in one entry's bitset
	tab   []lexEnt // open addressing, keyed by the tokenizer's FNV-1a hash
	bits  []uint64 // entry e's bitset is bits[e*width : (e+1)*width]; entry 0 is no word
	index map[string]int32
}

type lexEnt struct {
	h   uint64
	key string
	e   int32
}

// lex is the scanner's lexicon; lists register at package initialisation and
// the table is built on first use.
var lex lexicon

// words registers a word list (lower case) and returns its set.
func words(ws ...string) set {
	lex.lists = append(lex.lists, ws)
	return set{len(lex.lists) - 1}
}

// The lexicon's table is keyed by the FNV-1a hash the tokenizer computes
// while it scans a word, which is cheaper than hashing each token again.
const (
	fnvOffset  = 14695981039346656037
	fnvPrime   = 1099511628211
	maxLexWord = 24
)

// table builds the lexicon's table once.
func (l *lexicon) table() {
	l.once.Do(func() {
		l.width = (len(l.lists) + 63) / 64
		l.index = make(map[string]int32, 4096)
		l.bits = make([]uint64, l.width) // entry 0: no word
		for id, ws := range l.lists {
			for _, w := range ws {
				e, ok := l.index[w]
				if !ok {
					e = int32(len(l.bits) / l.width)
					l.bits = append(l.bits, make([]uint64, l.width)...)
					l.index[w] = e
				}
				l.bits[int(e)*l.width+id/64] |= 1 << (id % 64)
			}
		}
		n := 1
		for n < 2*len(l.index) {
			n <<= 1
		}
		l.tab = make([]lexEnt, n)
		for k, e := range l.index {
			h := fnv(k)
			p := h & uint64(n-1)
			for l.tab[p].key != "" {
				p = (p + 1) & uint64(n-1)
			}
			l.tab[p] = lexEnt{h: h, key: k, e: e}
		}
	})
}

// lookup returns the entry of the lower-case word w with hash h; 0 if w is
// in no list.
func (l *lexicon) lookup(h uint64, w string) int32 {
	mask := uint64(len(l.tab) - 1)
	for p := h & mask; ; p = (p + 1) & mask {
		e := &l.tab[p]
		if e.key == "" {
			return 0
		}
		if e.h == h && e.key == w {
			return e.e
		}
	}
}

// member reports whether entry e is in list ws.
func (l *lexicon) member(e int32, ws set) bool {
	return e != 0 && l.bits[int(e)*l.width+ws.id/64]&(1<<(ws.id%64)) != 0
}

// has reports whether w (lower case) is in the list.
func (ws set) has(w string) bool {
	lex.table()
	return lex.member(lex.index[w], ws)
}

// in reports whether token i is a word in the list.
func (s *scanner) in(i int, ws set) bool {
	return i >= 0 && i < len(s.toks) && lex.member(s.toks[i].lex, ws)
}

// inAny reports whether token i is a word in one of the lists.
func (s *scanner) inAny(i int, sets ...set) bool {
	for _, ws := range sets {
		if s.in(i, ws) {
			return true
		}
	}
	return false
}

// listed reports whether token i is a word of any list.
func (s *scanner) listed(i int) bool { return s.toks[i].lex != 0 }

// mentions reports whether some word of the message is in the list.
func (s *scanner) mentions(ws set) bool {
	return s.msgBits[ws.id/64]&(1<<(ws.id%64)) != 0
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
	slashWord = words("slash")
	addrSet   = words("po", "pob", "p", "rr", "rural", "hc", "lives", "living", "resides", "resident", "moved", "home", "zip", "zipcode", "staying", "address")
)
