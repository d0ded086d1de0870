package phi

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Gazetteers built from public data by scripts/gen_phi_gazetteer.py (sources
// and licences in gazetteer/README.md): given names with US birth counts,
// surnames, English words with a frequency rank, and US towns. They tell a
// name from a word; the context model decides whether a name is PHI.

//go:embed gazetteer/*.tsv.gz gazetteer/proper.txt
var gazetteerFS embed.FS

// countries are country names and nationalities of one word, sorted
// (scripts/gen_phi_countries.py). They stay out of the lexicon: a listed
// word counts as everyday vocabulary there, and "jordan" is a name too.
var countries = strings.Fields(countryList)

// countryHash indexes countries by the FNV-1a hash of their name (see hash).
var countryHash = func() map[uint64]string {
	m := make(map[uint64]string, len(countries))
	for _, c := range countries {
		if o, dup := m[fnv(c)]; dup && o != c {
			panic("phi: country hash collision") // never for real words; keeps the index exact
		}
		m[fnv(c)] = c
	}
	return m
}()

// countryBits is a one-probe filter in front of countryHash: bit h%2^16 of
// every country's hash. Most words of a message are no country, and a bit
// test rules them out without a map look-up.
var countryBits = func() (t [1 << 16 / 64]uint64) {
	for h := range countryHash {
		t[h%(1<<16)/64] |= 1 << (h % 64)
	}
	return
}()

// nationality reports a country, nationality or language at token i that
// is no common given name too: "Somali", "Korean", but not "Georgia".
func (s *scanner) nationality(i int) bool {
	return s.country(i) && s.gz(i).given < 13
}

// country reports whether token i is a country or nationality.
func (s *scanner) country(i int) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	h := s.hash(i)
	if countryBits[h%(1<<16)/64]&(1<<(h%64)) == 0 {
		return false
	}
	c, ok := countryHash[h]
	return ok && c == s.w(i)
}

// wordTable returns the set of the first tab-separated field of each line
// of an embedded word list, built once on first use.
func wordTable(list string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool)
		for _, line := range strings.Split(list, "\n") {
			if w, _, _ := strings.Cut(line, "\t"); w != "" {
				m[w] = true
			}
		}
		return m
	})
}

//go:embed gazetteer/country.txt
var countryList string

// gaz is what the gazetteers know about one lower-case word. Zero means
// absent from that table.
type gaz struct {
	given uint8 // log2 of US births with this given name (1..~22)
	sur   uint8 // surname list tier: 3 common English, 2 other locales, 1 scraped
	word  uint8 // English word: 1 + frequency bucket (1 = in the dictionary only, up to 21 = "the")
	place bool  // a US city or town
	// proper: a name the word table holds that a general dictionary writes
	// only with a capital ("tuan", "wang"; gazetteer/proper.txt)
	proper bool
}

// isGiven reports a given name with some real use (>= 256 US births).
func (g gaz) isGiven() bool { return g.given >= 8 }

// isCommonWord reports an everyday English word (roughly the 4,000 most
// frequent).
func (g gaz) isCommonWord() bool { return g.word >= 9 }

// isWord reports a dictionary word of any frequency.
func (g gaz) isWord() bool { return g.word > 0 }

// gazTable holds about 520k words in two open-addressing hash tables built
// once on first use: hot, the everyday English words and the frequent given
// names and surnames (about 14k words in 256 kB, which stay in cache), and
// cold, the rest (about 5 MB at a load of 3/4). A word is in exactly one of
// them; a lookup tries hot first. A slot holds a word's 32-bit hash tag, its
// length and its entry packed in one word, so a probe reads no key: two
// words share a slot's tag and length about once in 10^9 lookups, harmless
// for the features it feeds.
type gazTable struct {
	hot, cold gazSlots
	// common is a Bloom filter of the everyday English words that are no
	// name: 128 kB that stay in cache, so most words of a message are ruled
	// out without touching the table.
	common []uint64
}

// gazSlots is one table: tag<<32 | len<<24 | given<<16 | word<<8 | proper<<3 | sur<<1 |
// place per slot, 0 = empty. A word's probe starts at its hash, remixed
// (the top bits of FNV's low half are poorly mixed in short words), scaled
// to the table size: any size, no power of two needed.
type gazSlots []uint64

func (t gazSlots) start(h uint64) int {
	return int((h * 0x9E3779B97F4A7C15 >> 32) * uint64(len(t)) >> 32)
}

// hotGaz reports the entries that go to the hot table.
func hotGaz(g gaz) bool { return g.word >= 9 || g.given >= 12 || g.sur >= 3 }

const commonBits = 1 << 20

func (t *gazTable) bloomBits(h uint64) (uint64, uint64) {
	return h & (commonBits - 1), (h >> 32) & (commonBits - 1)
}

// likelyCommon reports whether the word with FNV hash h is (very likely) an
// everyday English word that is no given name or surname.
func (t *gazTable) likelyCommon(h uint64) bool {
	a, b := t.bloomBits(h)
	return t.common[a/64]&(1<<(a%64)) != 0 && t.common[b/64]&(1<<(b%64)) != 0
}

type gazEnt struct {
	off uint32
	n   uint8
	g   gaz
}

func packGaz(h uint64, n int, g gaz) uint64 {
	v := h>>32<<32 | uint64(n&0xff)<<24 | uint64(g.given)<<16 | uint64(g.word)<<8 | uint64(g.sur&3)<<1
	if g.place {
		v |= 1
	}
	if g.proper {
		v |= 1 << 3
	}
	return v
}

func unpackGaz(v uint64) gaz {
	return gaz{given: uint8(v >> 16), word: uint8(v >> 8), sur: uint8(v>>1) & 3, place: v&1 != 0, proper: v&(1<<3) != 0}
}

var (
	gazOnce sync.Once
	gazTab  atomic.Pointer[gazTable]
)

// gazetteer returns the loaded table; the embedded files are decoded once.
// The loaded case is one load, inlined at every caller.
func gazetteer() *gazTable {
	if t := gazTab.Load(); t != nil {
		return t
	}
	return loadOnce()
}

func loadOnce() *gazTable {
	gazOnce.Do(func() { gazTab.Store(loadGazetteer()) })
	return gazTab.Load()
}

// gazLoadSlots is the size of the table that collects the entries while
// the files are read: a power of two, at least twice the number of
// distinct words in the embedded files.
const gazLoadSlots = 1 << 21

func loadGazetteer() *gazTable {
	// The table is filled while the files are read, so no map of 450k keys
	// is built and thrown away.
	var blob []byte
	ents := make([]gazEnt, 0, 1<<20)
	slots := make([]uint32, gazLoadSlots) // 1 + the entry index; 0 = empty
	t := &gazTable{common: make([]uint64, commonBits/64)}
	add := func(k []byte, set func(*gaz)) {
		if len(k) == 0 || len(k) > 255 {
			return
		}
		h := fnv(unsafe.String(unsafe.SliceData(k), len(k)))
		p := h & (gazLoadSlots - 1)
		for ; slots[p] != 0; p = (p + 1) & (gazLoadSlots - 1) {
			e := &ents[slots[p]-1]
			if int(e.n) == len(k) && string(blob[e.off:e.off+uint32(e.n)]) == string(k) {
				set(&e.g)
				return
			}
		}
		if 2*len(ents) >= gazLoadSlots {
			panic("phi: gazetteer table too small") // the embedded files grew: raise gazLoadSlots
		}
		ents = append(ents, gazEnt{off: uint32(len(blob)), n: uint8(len(k))})
		blob = append(blob, k...)
		slots[p] = uint32(len(ents))
		set(&ents[len(ents)-1].g)
	}
	read := func(name string, set func(*gaz, uint8)) {
		f, err := gazetteerFS.Open("gazetteer/" + name)
		if err != nil {
			panic("phi: gazetteer " + name + ": " + err.Error()) // embedded: a build error
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			panic("phi: gazetteer " + name + ": " + err.Error())
		}
		br := bufio.NewReaderSize(zr, 1<<16)
		for {
			line, err := br.ReadSlice('\n')
			if len(line) > 0 {
				line = bytes.TrimRight(line, "\n")
				if tab := bytes.IndexByte(line, '\t'); tab > 0 {
					v := 0
					for _, c := range line[tab+1:] {
						v = v*10 + int(c-'0')
					}
					v8 := uint8(min(max(v, 0), 250))
					add(line[:tab], func(g *gaz) { set(g, v8) })
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				panic("phi: gazetteer " + name + ": " + err.Error())
			}
		}
	}
	read("given.tsv.gz", func(g *gaz, v uint8) { g.given = v })
	read("surname.tsv.gz", func(g *gaz, v uint8) { g.sur = v })
	read("word.tsv.gz", func(g *gaz, v uint8) { g.word = v + 1 })
	read("place.tsv.gz", func(g *gaz, _ uint8) { g.place = true })
	proper, err := gazetteerFS.ReadFile("gazetteer/proper.txt")
	if err != nil {
		panic("phi: gazetteer proper.txt: " + err.Error()) // embedded: a build error
	}
	for _, w := range bytes.Fields(proper) {
		add(w, func(g *gaz) { g.proper = true })
	}
	nhot := 0
	for _, e := range ents {
		if hotGaz(e.g) {
			nhot++
		}
	}
	t.hot = make(gazSlots, nhot*5/2+1)
	t.cold = make(gazSlots, (len(ents)-nhot)*4/3+1)
	slots = nil // done with: the tables are built from the entries
	for _, e := range ents {
		h := fnv(string(blob[e.off : e.off+uint32(e.n)]))
		tab := t.cold
		if hotGaz(e.g) {
			tab = t.hot
		}
		p := tab.start(h)
		for tab[p] != 0 {
			if p++; p == len(tab) {
				p = 0
			}
		}
		tab[p] = packGaz(h, int(e.n), e.g)
		noteLackVariants(blob[e.off:e.off+uint32(e.n)], e.g) // (name_slip.go)
		// everyday words that are no given name, surnames among them
		// ("short", "check"): the lower-case and typo tests rule them out
		if g := e.g; g.word >= 6 && g.given == 0 && (g.sur == 0 || g.word >= 9) {
			a, b := t.bloomBits(h)
			t.common[a/64] |= 1 << (a % 64)
			t.common[b/64] |= 1 << (b % 64)
		}
	}
	return t
}

func fnv(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// lookup returns what the gazetteers know about the lower-case word w.
func (t *gazTable) lookup(w string) gaz {
	if len(w) == 0 || len(w) > 255 {
		return gaz{}
	}
	return t.lookupHash(fnv(w), len(w))
}

// lookupHash is lookup for a word of n bytes whose FNV-1a hash is h (the
// tokenizer computes it while it scans the word).
func (t *gazTable) lookupHash(h uint64, n int) gaz {
	if n == 0 || n > 255 {
		return gaz{}
	}
	want := h>>32<<32 | uint64(n)<<24
	if g, ok := t.hot.find(h, want); ok {
		return g
	}
	g, _ := t.cold.find(h, want)
	return g
}

// find probes for the word with hash h whose tag and length are want.
func (t gazSlots) find(h, want uint64) (gaz, bool) {
	for p := t.start(h); ; {
		v := t[p]
		if v == 0 {
			return gaz{}, false
		}
		if v&^(1<<24-1) == want {
			return unpackGaz(v), true
		}
		if p++; p == len(t) {
			p = 0
		}
	}
}

// lookupBytes is lookup for a byte slice, without copying it.
func (t *gazTable) lookupBytes(w []byte) gaz {
	return t.lookup(unsafe.String(unsafe.SliceData(w), len(w)))
}

// gz returns the gazetteer entry of token i (lower case); zero outside the
// token list or for punctuation and numbers. Entries are cached per scan.
func (s *scanner) gz(i int) gaz {
	// the common case first: a word looked up before (the cache is empty
	// or has one entry per token)
	if uint(i) < uint(len(s.gzc)) && s.gzc[i].ok {
		return s.gzc[i].g
	}
	return s.gzLookup(i)
}

// gzLookup is gz of a token not looked up yet.
func (s *scanner) gzLookup(i int) gaz {
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].nd > 0 {
		return gaz{}
	}
	if len(s.gzc) != len(s.toks) {
		s.gzc = append(s.gzc[:0], make([]gazCache, len(s.toks))...)
	}
	c := &s.gzc[i]
	if !c.ok {
		// one pass hashes the word and notes any non-ASCII byte
		w := s.w(i)
		h, or := uint64(fnvOffset), byte(0)
		for k := 0; k < len(w); k++ {
			or |= w[k]
			h = (h ^ uint64(w[k])) * fnvPrime
		}
		if or >= 0x80 {
			var buf [64]byte
			c.g = gazetteer().lookup(string(foldLatin(buf[:0], w))) // the gazetteers are ASCII-folded
		} else {
			c.g = gazetteer().lookupHash(h, len(w))
		}
		c.ok = true
	}
	return c.g
}

func hasNonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// foldLatin appends w to dst with the accented Latin letters of names
// ("ó", "ñ", "ś", "ø", "ł") replaced by their base letters.
func foldLatin(dst []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r < 0x80:
			dst = append(dst, byte(r))
		case r >= 0xC0 && r <= 0x17F:
			if b := latinBase[r-0xC0]; b != 0 {
				dst = append(dst, b)
			}
		}
	}
	return dst
}

// latinBase maps U+00C0..U+017F to lower-case ASCII base letters (0: drop).
var latinBase = func() (t [0x17F - 0xC0 + 1]byte) {
	const latin1 = "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
	for i := 0; i < len(latin1); i++ {
		if latin1[i] != '.' {
			t[i] = latin1[i]
		}
	}
	// Latin Extended-A (U+0100..U+017F)
	const extA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
	for i := 0; i < len(extA); i++ {
		if extA[i] != '.' {
			t[0x40+i] = extA[i]
		}
	}
	return
}()

type gazCache struct {
	g  gaz
	ok bool
}

// GivenName reports whether the lower-case word w is a given name in real
// use (>= 256 US births) and no everyday English word, so other packages can
// tell "kalani" or "gómez" from "review" without a list of their own.
func GivenName(w string) bool {
	if hasNonASCII(w) {
		var buf [64]byte
		w = string(foldLatin(buf[:0], w))
	}
	g := gazetteer().lookup(w)
	return g.isGiven() && !g.isCommonWord()
}

// Surname reports whether the lower-case word w is on the surname lists and
// in no English dictionary ("okonkwo", not "rota" or "brown").
func Surname(w string) bool {
	if hasNonASCII(w) {
		var buf [64]byte
		w = string(foldLatin(buf[:0], w))
	}
	g := gazetteer().lookup(w)
	return g.sur > 0 && !g.isWord()
}
