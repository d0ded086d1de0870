package phi

import (
	"math/bits"
	"sync"
	"unsafe"
)

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
	width int // uint64 words in one entry's bitset
	// slots is the open-addressing table, keyed by wordHash:
	// tag<<32 | len<<16 | entry (0: empty). With the words
	// concatenated in keys (entry e at keys[off[e]:]), the whole table is
	// a few tens of kB that stay in cache.
	slots []uint64
	keys  string
	off   []uint32
	k8    []uint64 // entry e's word if it has at most 8 bytes, little-endian
	// short is a second table for the words of at most 8 bytes, keyed by
	// the packed word itself (0: empty; no word has a zero byte), with the
	// offset of slot p's bitset in shortOff[p]: a probe compares one word
	short    []uint64
	shortOff []lexOff
	bits     []uint64 // entry e's bitset is bits[e*width : (e+1)*width]; entry 0 is no word
	index    map[string]int32
	// smalls are the small sets (smallSet), by bit; small[o] has the bits
	// of those that hold the word whose bitset starts at bits[o], so that a
	// listed token's membership is a bit test (see tokIn)
	smalls []map[string]bool
	small  []uint64
}

// lex is the scanner's lexicon; lists register at package initialisation and
// the table is built on first use.
var lex lexicon

// plainWords is a word list kept out of the lexicon, looked up by the
// word: its words stay unlisted (a listed word is never a lower-case
// name's candidate: see listedWord), so a list that one rule reads does
// not change what the name pass sees.
func plainWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// words registers a word list (lower case) and returns its set.
func words(ws ...string) set {
	lex.lists = append(lex.lists, ws)
	return set{len(lex.lists) - 1}
}

const (
	fnvOffset  = 14695981039346656037
	fnvPrime   = 1099511628211
	maxLexWord = 24
)

// wordHash is the lexicon table's hash of a lower-case word. A word of at
// most 8 bytes (nearly every token) is hashed from its bytes packed into
// one machine word, which the tokenizer loads in one go: a multiply
// instead of a multiply per byte. Longer words take FNV-1a.
func wordHash(w string) uint64 {
	if len(w) <= 8 {
		return packedHash(word8(w))
	}
	return fnv(w)
}

// packedHash mixes a packed word (see word8). A product's high bits
// depend on every byte, its low bits only on the first ones, so the
// rotation brings the high bits down to where they pick the slot.
func packedHash(w8 uint64) uint64 {
	return bits.RotateLeft64(w8*0x9E3779B97F4A7C15, 24)
}

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
		if (len(l.index)+1)*l.width > 1<<16 {
			panic("phi: lexicon too large") // a token keeps its bitset's offset in 16 bits
		}
		l.small = make([]uint64, len(l.bits))
		for id, m := range l.smalls {
			for w := range m {
				if e, ok := l.index[w]; ok {
					l.small[int(e)*l.width] |= 1 << id
				}
			}
		}
		n := 1
		for n < 2*len(l.index) {
			n <<= 1
		}
		l.slots = make([]uint64, n)
		l.off = make([]uint32, len(l.index)+1)
		l.k8 = make([]uint64, len(l.index)+1)
		var keys []byte
		for k, e := range l.index {
			if len(k) > 255 {
				continue // longer than any token looked up
			}
			l.off[e] = uint32(len(keys))
			if len(k) <= 8 {
				l.k8[e] = word8(k)
			}
			keys = append(keys, k...)
			h := wordHash(k)
			p := h & uint64(n-1)
			for l.slots[p] != 0 {
				p = (p + 1) & uint64(n-1)
			}
			l.slots[p] = h>>32<<32 | uint64(len(k))<<16 | uint64(e)
		}
		l.keys = string(keys)
		ns := 1
		for k := range l.index {
			if len(k) <= 8 {
				ns++
			}
		}
		for n = 1; n < 2*ns; n <<= 1 {
		}
		l.short, l.shortOff = make([]uint64, n), make([]lexOff, n)
		for k, e := range l.index {
			if len(k) == 0 || len(k) > 8 {
				continue
			}
			w8 := word8(k)
			p := packedHash(w8) & uint64(n-1)
			for l.short[p] != 0 {
				p = (p + 1) & uint64(n-1)
			}
			l.short[p], l.shortOff[p] = w8, lexOff(int(e)*l.width)
		}
	})
}

// lookup returns where the bitset of the lower-case word w starts in bits
// (its entry times width); 0 if w is in no list.
func (l *lexicon) lookup(w string) lexOff {
	if len(w) <= 8 {
		return l.lookup8(word8(w))
	}
	h := wordHash(w)
	mask := uint64(len(l.slots) - 1)
	want := h>>32<<16 | uint64(len(w)&0xff)
	for p := h & mask; ; p = (p + 1) & mask {
		v := l.slots[p]
		if v == 0 {
			return 0
		}
		if v>>16 == want {
			e := uint16(v)
			if len(w) <= 8 {
				if word8(w) == l.k8[e] {
					return lexOff(int(e) * l.width)
				}
			} else if o := l.off[e]; len(w) <= 255 && l.keys[o:o+uint32(len(w))] == w {
				return lexOff(int(e) * l.width)
			}
		}
	}
}

// lookupIn is lookup of the word lo[i:j]. A word of at most 8 bytes is
// hashed and compared as one machine word, read in one load when 8 bytes
// of lo are there to read.
func (l *lexicon) lookupIn(lo string, i, j int) lexOff {
	n := j - i
	if n > 8 || i+8 > len(lo) || !littleEndian {
		return l.lookup(lo[i:j])
	}
	// one load; i+8 <= len(lo) keeps it inside the text
	// (n is 1..8: the shift, masked so the compiler knows it below 64)
	w8 := *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(lo)), i)) & (^uint64(0) >> ((64 - 8*uint(n)) & 63))
	return l.lookup8(w8)
}

// lookup8 is lookup of the word of at most 8 bytes packed in w8 (see
// word8), small enough to be inlined in the tokenizer's loop.
func (l *lexicon) lookup8(w8 uint64) lexOff {
	m := uint64(len(l.short) - 1)
	p := packedHash(w8) & m
	for l.short[p] != w8 {
		if l.short[p] == 0 {
			return 0
		}
		p = (p + 1) & m
	}
	return l.shortOff[p]
}

// littleEndian: a machine word loaded from memory has its first byte low,
// as word8 packs it.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// word8 packs a word of at most 8 bytes into a uint64, little-endian.
func word8(w string) uint64 {
	if n := len(w); n >= 4 && n <= 8 {
		// two overlapping four-byte loads: the bytes they share are the same
		lo := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		hi := uint32(w[n-4]) | uint32(w[n-3])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
		return uint64(lo) | uint64(hi)<<(8*(n-4))
	}
	var v uint64
	for k := 0; k < len(w) && k < 8; k++ {
		v |= uint64(w[k]) << (8 * k)
	}
	return v
}

// lexOff is where a word's bitset starts in bits.
type lexOff uint16

// bitsOf is the bitset that starts at offset o (see lookup).
func (l *lexicon) bitsOf(o lexOff) []uint64 { return l.bits[o : int(o)+l.width] }

// member reports whether the word whose bitset starts at bits[o] (see
// lookup; 0 for no word, whose bits are all clear) is in list ws.
func (l *lexicon) member(o lexOff, ws set) bool {
	id := uint(ws.id)
	// o is an entry's offset from lookup (or 0) and id a registered set,
	// so the word is inside bits: the hottest test of the detectors goes
	// without a bounds check.
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(l.bits)), (uint(o)+id>>6)*8))&(1<<(id&63)) != 0
}

// has reports whether w (lower case) is in the list.
func (ws set) has(w string) bool {
	lex.table()
	return lex.member(lexOff(int(lex.index[w])*lex.width), ws)
}

// in reports whether token i is a word in the list.
func (s *scanner) in(i int, ws set) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	// (no test of lex != 0: entry 0, no word, has every bit clear, and a
	// branch on it is one the processor often guesses wrong)
	return lex.member(s.toks[i].lex, ws)
}

// inAny reports whether token i is a word in one of the lists.
func (s *scanner) inAny(i int, sets ...set) bool {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].lex == 0 {
		return false
	}
	o := s.toks[i].lex
	for _, ws := range sets {
		if lex.member(o, ws) {
			return true
		}
	}
	return false
}

// listed reports whether token i is a word of any list.
func (s *scanner) listed(i int) bool { return s.toks[i].lex != 0 }

// mentions reports whether some word of the message is in the list.
func (s *scanner) mentions(ws set) bool {
	id := uint(ws.id)
	return s.msgBits[id>>6]&(1<<(id&63)) != 0
}

// union registers a list of the words of the given lists, so that one bit
// test answers "in any of them".
func union(ss ...set) set {
	var ws []string
	for _, x := range ss {
		ws = append(ws, lex.lists[x.id]...)
	}
	return words(ws...)
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
	// numberOrSpell is numberSet and spellSet in one bit test
	numberOrSpell = union(numberSet, spellSet)
	addrSet       = words("po", "pob", "p", "rr", "rural", "hc", "lives", "lived", "living", "resides", "resident", "moved", "home", "zip", "zipcode", "staying", "address", "relocated", "live", "town", "city")
	foreignAddr   = words(append(foreignStay, foreignAddress...)...)
)
