package phi

import (
	"bytes"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Scan returns the PHI findings in text, sorted by Start and not overlapping,
// as byte offsets into text (End exclusive). It is safe for concurrent use,
// never panics, and never logs the text.
//
// The text is first folded (fullwidth forms, invisible characters, odd
// spaces and dashes) into a view that keeps a map back to the original
// offsets. Detectors then propose candidate spans over a token list:
// structured identifiers (validated where a check digit, numbering plan or
// registry format exists), labelled record numbers (labels carried over
// lists), and context types. Person names are found with gazetteers built
// from public data and decided by a learned model over context features
// (namemodel.go); health dates, ages and addresses are kept when the message
// ties them to a person. Overlaps are resolved by priority, then length.
// See README.md in this directory for the method and its measured quality.
func Scan(text string) []Finding { return scan(text, nil) }

func scan(text string, dir *Directory) (out []Finding) {
	if len(text) == 0 {
		return nil
	}
	if len(text) > segmentMax {
		return scanSegments(text, dir)
	}
	if failClosed {
		defer func() {
			// A detector bug must not take the bot down, but an empty result
			// would let PHI through: fail closed by marking the whole message.
			if recover() != nil {
				out = []Finding{{Type: Name, Start: 0, End: len(text)}}
			}
		}()
	}
	s := pool.Get().(*scanner)
	s.dir = dir
	s.reset(text)
	s.run()
	out = s.findings(text)
	if len(s.b) <= 1<<16 { // don't pin huge buffers in the pool
		// Pooled scanners must not keep message text alive or readable.
		clear(s.fs.lo)
		clear(s.fs.buf)
		s.b, s.fs.b, s.lo = nil, nil, ""
		s.dir = nil
		pool.Put(s)
	}
	return out
}

// pool recycles scanners and their buffers; each Scan has its own.
var pool = sync.Pool{New: func() any { return new(scanner) }}

// failClosed turns a panic inside Scan into a whole-message finding. The
// fuzz test switches it off so that panics surface as failures.
var failClosed = true

// priorities: higher wins an overlap; equal priorities prefer the longer span.
const (
	priContext = 1 // names, ages, dates, addresses
	priScript  = 2 // names read by characters in Han, Kana and Hangul text
	priGeneric = 3 // shape-recognised identifiers (phone, card, SSN, IP)
	priBlock   = 4 // values behind a non-PHI label (NPI, PO, invoice, ...)
	priLabel   = 5 // values behind a PHI label (MRN, member, DEA, ...)
	priExact   = 6 // e-mail and URL syntax
)

// blockType marks a span that is known not to be PHI; it suppresses weaker
// candidates and is dropped from the output.
const blockType Type = ""

type tok struct { // 16 bytes
	s, e   int32
	nd, na int16  // digit and letter counts (non-ASCII letter bytes count as letters)
	lex    lexOff // offset of the word's lexicon bitset (see detect_lex.go); 0 for punctuation, numbers and unlisted words
	sp     uint8  // whitespace before the token: 0 none, 1 blanks, 2 line break
	punct  bool   // a single punctuation byte
}

type cand struct {
	t    Type
	s, e int // folded offsets
	pri  int8
}

type scanner struct {
	f       *folded
	b       []byte
	lo      string // lower-cased folded text; substrings of it cost nothing
	toks    []tok
	msgBits []uint64 // union of the tokens' lexicon bitsets: which lists occur at all
	digits  int      // digit count, colons and at-signs: detector prefilters
	colons  int
	slashes int
	mixed   int // tokens of digits and letters typed for digits ("5O8")
	ords    int // day-like tokens with a two-letter suffix ("3rd")
	ats     int
	// shape facts the tokenizer notes for the detectors' pre-filters: a
	// token that can start an IBAN ("DE88..."), a "01" that can start a
	// GS1 UDI
	ibanHeads, udiHeads int
	cands               []cand
	health              bool // the message is about a patient or a health matter
	// healthDate: a date with a strong health cue ("seen 3/4") was found
	healthDate bool
	// the token index (index_tokens.go): tokens an age or a name can
	// start at. The label and address passes walk every token: they read
	// words typed with a slip (fuzzy.go, addr_slip.go), which no set marks.
	ageToks, nameToks   tokSet
	lowerOther          tokSet      // words of other scripts with a lower-case first letter (isUpperStart)
	digitToks           tokSet      // the tokens with a digit (the number passes walk these)
	coverAll, coverOpen []coverSpan // addressCover's buffers
	tokBits             []uint64    // the sets' backing store
	names               []cand
	namesExtended       int    // s.names[:namesExtended] have been through extendNames
	scored              []cand // the spans the name model scored (detectCareNames leaves them alone)
	pending             []cand // dates decided once the names are known
	// addresses and device serials with no personal cue, kept if the
	// message names someone
	pendingPerson []cand
	// pendingStreet: a street address with no personal cue is pending; it
	// tells the name pass the message may be about a person
	pendingStreet bool
	gzc           []gazCache // gazetteer entries of the tokens, looked up on demand
	fs            folded
	gs            []grp      // digit-run scratch
	dig           []byte     // digit scratch
	occ           []bool     // resolve scratch
	kept          []cand     // resolve result
	dir           *Directory // known colleagues, or nil
	typos         typos      // words typed with a slip for a word the identifier passes read (fuzzy.go)
	// candidates' end offsets, by kind: "is there a date (an identifier)
	// ending here" in constant time
	dateEnds, idEnds []uint64
	// train, when set, sees every name candidate the model scores
	// (training only; nil in production)
	train func(i, end int, f []uint16)
	// learning marks a scan that extracts the name model's training
	// examples: its decisions stay at the model's own threshold (see
	// personalMargin)
	learning bool
	// nearNames are the name candidates (token ranges) that nameAbove
	// found below its threshold but above it less personalMargin while
	// the message held no personal data yet (see lateNames)
	nearNames [][2]int
	dates     []dateRec // date candidates, for the date model
	dateSpans []cand    // date findings by start (decideDates scratch)
	dateTable []uint32  // the date classes of the lexicon's entries
	// dateTrain, when set, sees every date candidate with the rules'
	// decision and the model's features (training only)
	dateTrain func(d dateRec, rule bool, f []uint16)
	// msgBag holds the name model's message-word buckets (msgWords),
	// computed for the message's first name candidate; bagged says so
	msgBag []uint16
	bagged bool
	// foreignWords counts the words of other languages foreignText reads,
	// up to 3, once a message (-1 until counted)
	foreignWords int8
	// shout is 1 when the message's words have no lower-case letter (every
	// word in capitals), 0 when they have one, -1 until looked at
	shout int8
	// ageTrain, when set, sees every age candidate the age model scores,
	// with whether the rules found it (training only)
	ageTrain func(i, end int, rule bool, f []uint16)
	// townTrain and identTrain, the same for the town and identifier
	// models' candidates
	townTrain, identTrain func(i, end int, rule bool, f []uint16)
	// spanBuf and spanBuf2: token spans of names and phones (of names and
	// identifiers), the age and town (identifier) models' scratch
	spanBuf, spanBuf2 [][2]int
	rescueFB          rescueFeats // the age, town and identifier models' features (one at a time)
	identBuf          []identCand // the identifier model's candidates
}

// reset prepares s for text, keeping its buffers.
func (s *scanner) reset(text string) {
	lex.table()
	fold(text, &s.fs)
	s.f = &s.fs
	s.b = s.fs.b
	// lo is only read while this Scan runs and never escapes it, so it may
	// share the reusable buffer.
	s.lo = unsafe.String(unsafe.SliceData(s.fs.lo), len(s.fs.lo))
	s.cands = s.cands[:0]
	n := len(s.b)/64 + 1
	if cap(s.dateEnds) < n {
		s.dateEnds, s.idEnds = make([]uint64, n), make([]uint64, n)
	}
	s.dateEnds, s.idEnds = s.dateEnds[:n], s.idEnds[:n]
	clear(s.dateEnds)
	clear(s.idEnds)
	s.names = s.names[:0]
	s.namesExtended = 0
	s.nearNames = s.nearNames[:0]
	s.scored = s.scored[:0]
	s.pending = s.pending[:0]
	s.pendingPerson = s.pendingPerson[:0]
	s.dates = s.dates[:0]
	s.msgBag, s.bagged = s.msgBag[:0], false
	s.foreignWords = -1
	s.shout = -1
	s.health, s.healthDate, s.pendingStreet = false, false, false
	s.tokenize()
	if s.mixed > 0 && s.unconfuse() {
		s.tokenize()
	}
	s.gzc = s.gzc[:0] // empty, or one entry per token (see gz)
	if s.slashes > 0 {
		s.joinSlashed()
	}
}

// joinSlashed gives the last token of a clinical shorthand written with a
// slash ("f/u", "d/c", "y/o", "s/p") the lexicon entry of the whole, so that
// word lists holding "f/u" match it like any word.
func (s *scanner) joinSlashed() {
	var buf [8]byte
	// the slashes are found by a vectorised search, their tokens by a
	// binary search: a message has a few slashes and many tokens
	for p := 0; p < len(s.b); p++ {
		k := bytes.IndexByte(s.b[p:], '/')
		if k < 0 {
			break
		}
		p += k
		i := s.tokAt(p) + 1 // the token after the slash (every '/' is a token of its own)
		if i < 2 || i >= len(s.toks) {
			continue
		}
		sl := &s.toks[i-1]
		a, b := s.toks[i-2], s.toks[i]
		if sl.sp != 0 || b.sp != 0 || a.punct || b.punct ||
			a.nd > 0 || b.nd > 0 || a.e-a.s > 3 || b.e-b.s > 3 {
			continue
		}
		w := append(append(append(buf[:0], s.lo[a.s:a.e]...), '/'), s.lo[b.s:b.e]...)
		e := lex.lookup(string(w))
		if e == 0 || lex.member(e, labelSet) { // labels read their own tokens ("a/c", "s/n")
			continue
		}
		s.toks[i].lex = e
		// (the token sets are supersets: a bit no longer true may stay)
		if lex.member(e, ageStart) {
			s.ageToks.set(i)
		}
		if lex.member(e, nameTriggers) {
			s.nameToks.set(i)
		}
		for k, x := range lex.bitsOf(e) {
			s.msgBits[k] |= x
		}
	}
}

// byte classes, by table: the tokenizer's inner loop.
const (
	cAlnum = 1 << iota
	cDigit
	cSpace
)

var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			t[c] = cAlnum | cDigit
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= 0x80 && c != sub:
			t[c] = cAlnum
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = cSpace
		}
	}
	return
}()

func isAlnum(c byte) bool { return class[c]&cAlnum != 0 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpace(c byte) bool { return class[c]&cSpace != 0 }

// tokenize splits the folded text into alphanumeric runs and single
// punctuation bytes, noting the whitespace before each, and looks every word
// up in the lexicon while its bytes are hot.
func (s *scanner) tokenize() {
	// Lower-casing changes no byte's class, so the loop reads lo alone. It
	// keeps few values live (locals, written back once); the message's
	// counts and list bits are taken in a second pass over the tokens.
	lo := s.lo
	toks := s.toks[:0]
	var sp uint8
	var counts [4]int // by countOf: other, ':', '@', '/'
	for i := 0; i < len(lo); {
		c := lo[i]
		k := class[c]
		if k&cSpace != 0 {
			if c == '\n' || c == '\r' {
				sp = 2
			} else if sp == 0 {
				sp = 1
			}
			i++
			continue
		}
		if k&cAlnum == 0 {
			counts[countOf[c]]++
			toks = append(toks, tok{s: int32(i), e: int32(i + 1), sp: sp, punct: true})
			sp = 0
			i++
			if i < len(lo) && lo[i] == ' ' {
				sp, i = 1, i+1 // the common blank after a comma or a colon
			}
			continue
		}
		j, nd := i, 0
		// letters first, the common case; digits from the first one on.
		// A word of ASCII letters is measured eight bytes at a time, and a
		// word of at most seven is then looked up from the same load.
		var w8 uint64
		if i+8 <= len(lo) && littleEndian {
			x := *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(lo)), i)) // i+8 <= len(lo)
			if x&highBits == 0 {
				// the high bit of each byte of x in 'a'..'z' (no byte of lo is
				// an upper-case letter)
				l := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) & highBits
				n := bits.TrailingZeros64(^l&highBits) >> 3
				j = i + n
				if n < 8 {
					w8 = x & (1<<(8*uint(n)&63) - 1)
				}
			}
		}
		if w8 == 0 {
			for j < len(lo) && class[lo[j]] == cAlnum {
				j++
			}
		}
		for ; j < len(lo); j++ {
			k := class[lo[j]]
			if k&cAlnum == 0 {
				break
			}
			nd += int(k >> 1) // cDigit (cSpace is clear in a word)
		}
		t := tok{s: int32(i), e: int32(j), nd: int16(nd), na: int16(j - i - nd), sp: sp}
		if j-i > 1<<15-1 {
			// counts saturate: a 40 kB "word" must not wrap to a negative count
			t.nd, t.na = int16(min(nd, 1<<15-1)), int16(min(j-i-nd, 1<<15-1))
		}
		sp = 0
		// Word lists hold no digits, so only letter tokens are looked up.
		if nd == 0 {
			if w8 != 0 {
				t.lex = lex.lookup8(w8)
			} else if j-i <= maxLexWord {
				t.lex = lex.lookupIn(lo, i, j)
			}
		}
		toks = append(toks, t)
		if j < len(lo) && lo[j] == ' ' {
			sp, j = 1, j+1 // the common blank after a word
		}
		i = j
	}
	s.toks = toks
	b := s.b
	// every ':', '@' and '/' is a punctuation token of its own
	s.colons, s.ats, s.slashes = counts[1], counts[2], counts[3]
	if len(s.msgBits) != lex.width {
		s.msgBits = make([]uint64, lex.width)
	}
	msgBits := s.msgBits
	clear(msgBits)
	ages, names, digits := s.tokSets()
	// (the sets' first words, for the loop: one register a set)
	pa, pn, pd := setPtr(ages), setPtr(names), setPtr(digits)
	// (the counts of tokens with digits go to the scanner at once: the
	// loop keeps its registers for the others)
	s.digits, s.mixed, s.ords, s.ibanHeads, s.udiHeads = 0, 0, 0, 0, 0
	// three words of list bits (up to 192 lists) are or-ed without a loop
	w3 := lex.width == 3
	mb := unsafe.Pointer(unsafe.SliceData(msgBits)) // (three words long when w3)
	for i := range toks {
		t := &toks[i]
		if t.lex != 0 {
			if w3 {
				// t.lex is an entry's offset: its three words are inside bits
				p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(lex.bits)), uintptr(t.lex)*8)
				*(*uint64)(mb) |= *(*uint64)(p)
				*(*uint64)(unsafe.Add(mb, 8)) |= *(*uint64)(unsafe.Add(p, 8))
				*(*uint64)(unsafe.Add(mb, 16)) |= *(*uint64)(unsafe.Add(p, 16))
			} else {
				for k, b := range lex.bitsOf(t.lex) {
					msgBits[k] |= b
				}
			}
			if lex.member(t.lex, ageStart) {
				setAt(pa, i)
			}
			// every word but a listed lower-case one of two letters or
			// more that triggers no name
			// (a token lies inside b: its first byte needs no bounds check)
			// (or one glued to the next word: "al-sayed", "min-jun")
			if c := *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), t.s)); c < 'a' || c > 'z' || t.na < 2 || lex.member(t.lex, nameTriggers) ||
				int(t.e) < len(b) && (b[t.e] == '-' || b[t.e] == '\'') {
				setAt(pn, i)
				if t.na == 1 && i > 0 && c|0x20 != 'a' && c|0x20 != 'i' {
					setAt(pn, i-1) // a listed given name before a middle initial: "jun f. monteiro"
				}
			}
			if lex.member(t.lex, honorifics) {
				// and the word after a title or its dot: "mrs okafor", "mr. will
				// hardy" (the dot too: the pass skips punctuation itself)
				for k := i + 1; k <= i+2 && k < len(toks); k++ {
					setAt(pn, k)
				}
			}
			continue
		}
		if t.nd == 0 {
			// a misspelt "ninety" (see ninetyTypo); na is 0 for punctuation
			if uint(t.na-5) <= 2 && *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(lo)), t.s)) == 'n' { // (a token lies inside lo)
				setAt(pa, i)
			}
			if !t.punct {
				setAt(pn, i)
				if t.na == 1 && i > 0 && b[t.s]|0x20 != 'a' && b[t.s]|0x20 != 'i' {
					setAt(pn, i-1) // a listed given name before a middle initial: "hope z. bah"
				}
			}
			continue
		}
		// (a listed word has no digit: only words of letters are looked up)
		setAt(pd, i)
		if (t.nd == 2 || t.nd == 3) && isDigit(b[t.s]) && ageValue(b[t.s:t.e]) {
			setAt(pa, i) // an age from 90 to 125, suffixed or not ("93", "101st", "96F")
		}
		s.digits += int(t.nd) // saturated counts: detectors test only digits > 0, >= 12, >= 14
		if t.nd == 2 && t.na == 0 && b[t.s] == '0' && b[t.s+1] == '1' {
			s.udiHeads++
		}
		if t.na >= 2 && t.nd >= 2 && isLetter(b[t.s]) && isLetter(b[t.s+1]) && isDigit(b[t.s+2]) {
			s.ibanHeads++
		}
		if t.na > 0 && t.na <= 2 {
			if t.nd <= 2 && t.na == 2 {
				s.ords++ // "3rd", "24th" (and "4pm")
			}
			if lookalikeDigits(b[t.s:t.e]) {
				s.mixed++
			}
		}
	}
	if !s.fs.id {
		// the words of other scripts that start with a lower-case letter
		// ("élodie", "палата"): isUpperStart reads this set, not the rune
		pl := setPtr(s.lowerOther)
		for i := range toks {
			if t := &toks[i]; b[t.s] >= utf8.RuneSelf && !t.punct {
				if r, _ := utf8.DecodeRune(b[t.s:t.e]); unicode.IsLower(r) {
					setAt(pl, i)
				}
			}
		}
	}
}

// tightColons reports two ':' in one run of text without blanks
// ("fe80::1", "2001:db8:..."), which an IPv6 address needs.
func (s *scanner) tightColons() bool {
	run := 0
	for _, t := range s.toks {
		if t.sp != 0 {
			run = 0
		}
		if t.punct && s.b[t.s] == ':' {
			if run++; run >= 2 {
				return true
			}
		}
	}
	return false
}

// highBits is the high bit of every byte of a machine word.
const highBits = 0x8080808080808080

// countOf numbers the punctuation bytes the tokenizer counts.
var countOf = [256]uint8{':': 1, '@': 2, '/': 3}

// hash is the FNV-1a hash of token i lower-cased, as the gazetteer tables
// compute it.
func (s *scanner) hash(i int) uint64 { return fnv(s.w(i)) }

// w is token i lower-cased; "" outside the token list.
func (s *scanner) w(i int) string {
	if uint(i) >= uint(len(s.toks)) {
		return ""
	}
	// Tokens lie inside lo (the tokenizer made them from it), so the
	// slice needs no bounds checks: this is the detectors' hottest helper.
	// Nor does it need the checks unsafe.String makes (a negative length, a
	// pointer that wraps around), which a token's bounds rule out too: the
	// string is put together from its two words.
	t := &s.toks[i]
	h := stringHeader{unsafe.Add(unsafe.Pointer(unsafe.StringData(s.lo)), t.s), int(t.e - t.s)}
	return *(*string)(unsafe.Pointer(&h))
}

// stringHeader is the layout of a string.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// is reports whether token i is the punctuation byte c.
func (s *scanner) is(i int, c byte) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	// Tokens lie inside b, as in w: no bounds check on the byte. A word
	// starts with a letter or a digit, so a token that starts with the
	// punctuation byte c is that byte: the test needs no branch on punct
	// (one the processor often guesses wrong: is is asked of every kind
	// of token). The test of c folds away when c is a constant.
	return *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.b)), s.toks[i].s)) == c && class[c]&cAlnum == 0
}

// tokAt returns the index of the first token starting at or after folded
// offset p.
func (s *scanner) tokAt(p int) int {
	// A binary search whose halving takes no branch (the compiler makes
	// the step a conditional move): the steps of a search go either way
	// at random, and a processor that guesses a branch guesses them
	// wrong half the time.
	toks := s.toks
	if len(toks) == 0 {
		return 0
	}
	base, n := 0, len(toks)
	for n > 1 {
		half := n / 2
		base += half & -b2i(int(toks[base+half].s) < p)
		n -= half
	}
	return base + b2i(int(toks[base].s) < p)
}

// b2i is 1 for true and 0 for false; the compiler makes it a flag set by
// the comparison, with no branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// add records a candidate at folded offsets [st,en); empty or out-of-range
// spans are ignored so detectors need not check.
func (s *scanner) add(t Type, st, en int, pri int8) {
	if st < 0 || en > len(s.b) || st >= en {
		return
	}
	if t == Name && s.handleAt(st) {
		return // "@dana": a workspace member's handle, never a patient
	}
	if t == Date {
		if s.mentions(numberSet) {
			en = s.spelledYearAfter(en) // "March third, nineteen forty-eight"
		}
		st = s.weekdayBefore(st)
	}
	s.cands = append(s.cands, cand{t: t, s: st, e: en, pri: pri})
	switch t {
	case Date:
		setBit(s.dateEnds, en)
		setBit(s.idEnds, en)
	case blockType, Name:
	default:
		setBit(s.idEnds, en)
	}
}

// handleAt reports whether folded offset st starts a chat handle: right
// after an '@' that does not end an e-mail's local part ("@dana", "(@dana",
// but not "x@dana.org", which the e-mail detector owns).
func (s *scanner) handleAt(st int) bool {
	if st == 0 || s.b[st-1] != '@' {
		return false
	}
	if st == 1 {
		return true
	}
	c := s.b[st-2]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' || c == '+' || c >= 0x80)
}

func setBit(bs []uint64, p int) { bs[p/64] |= 1 << (p % 64) }

func hasBit(bs []uint64, p int) bool { return p >= 0 && p/64 < len(bs) && bs[p/64]&(1<<(p%64)) != 0 }

// sentenceMark reports a mark at token k that ends a sentence or a clause
// of one: '.', ';', '!' or '?'.
func (s *scanner) sentenceMark(k int) bool {
	if t := s.toks[k]; t.punct {
		switch s.b[t.s] {
		case '.', ';', '!', '?':
			return true
		}
	}
	return false
}

// claimed reports a candidate of any type (a block too) over bytes [st,en).
func (s *scanner) claimed(st, en int) bool {
	for _, c := range s.cands {
		if c.s < en && st < c.e {
			return true
		}
	}
	return false
}

// addTok adds a candidate covering tokens i..j inclusive.
func (s *scanner) addTok(t Type, i, j int, pri int8) {
	if i < 0 || j >= len(s.toks) || i > j {
		return
	}
	s.add(t, int(s.toks[i].s), int(s.toks[j].e), pri)
}

// ageCue lets the age pass run on a message with no digits: spelled numbers,
// "a hundred", and the ordinal ages ("her ninetieth birthday").
var ageCue = union(numberSet, words("hundred"), ageOrdWords)

// run calls the detectors in dependency order: identifiers first (they make
// a message personal), then names, which towns and ages build on.
func (s *scanner) run() {
	// Each detector runs only if the message has what it looks for.
	s.health = s.mentions(healthWords)
	if !s.health {
		s.health = s.slippedHealthWord() // "dsicharge", "interpretr": the message is about care however typed
	}
	if s.ats > 0 || s.mentions(atSet) {
		s.detectEmails()
	}
	if s.mentions(urlSet) {
		s.detectURLs()
	}
	if s.slashes > 0 && s.mentions(tldSet) {
		s.detectBareURLs()
	}
	s.detectLabelled()
	s.detectStructured() // HL7, tables, JSON: its own byte pre-check
	if s.digits > 0 {
		s.detectNumbers()
	}
	if s.digits >= 14 && s.udiHeads > 0 {
		s.detectUDI()
	}
	if s.digits >= 12 && s.ibanHeads > 0 {
		s.detectIBAN()
	}
	if s.mentions(digitSet) {
		s.detectSpelled()
	}
	if s.ats > 0 || s.mentions(dobWords) {
		s.detectSpacedValues() // "j o . r o e @ g m a i l . c o m", "DOB 1 0 1 0 1 9 7 7"
	}
	if s.colons >= 2 && s.tightColons() {
		s.detectIPv6()
	}
	if s.mentions(monthSet) || s.digits > 0 {
		s.detectMonthDates() // misspelt months too: "Febuary 12"
	}
	if s.ords > 0 {
		s.detectOrdinalDays()
	}
	if s.digits > 0 {
		s.detectForeignDates() // "2 de enero", "14 juillet 1931"
		s.detectAbbrDates()    // "08-ago-1990"
		s.detectCJKDates()     // "2025年3月18日", "3月31日"
	}
	if s.mentions(ordinalWords) || s.mentions(monthSet) && s.mentions(numberSet) {
		s.detectSpelledDates()
	}
	if s.mentions(slashWord) {
		s.detectSlashWords()
	}
	if s.mentions(numberSet) {
		s.detectReadDates() // "eleven twenty six twenty six"
	}
	if s.mentions(dobWords) {
		s.detectDOBForms()
	}
	if s.mentions(holidays) {
		s.detectHolidays()
	}
	if s.digits >= 2 && s.dateLabelled() {
		s.detectSpacedEventDates()
	}
	if s.digits > 0 || s.mentions(addrEntry) || s.mentions(travelWords) || s.addrSlipCue() {
		s.detectAddresses()
	}
	ages := s.digits > 0 || s.mentions(ageCue)
	s.foreignAges() // "tiene noventa y nueve años": with or without a digit or an English cue
	if ages {
		s.detectAges() // an age over 89 also tells the name pass this is about a person
	}
	s.addressee()
	s.speakers()
	s.detectNames()
	s.householdNames()
	if hasCJK(s.b) {
		s.detectCJKNames()
	}
	if s.digits >= 3 {
		s.censusNames()
	}
	if s.digits >= 7 {
		s.recordRowNames() // "7724069  Reed  6/7  Tuan  weather"
	}
	townNames := len(s.names) // the names whose towns are read here
	if len(s.names) > 0 {
		s.detectTowns()
		s.idsAfterNames()
	} else if s.health {
		s.kinTowns() // a patient's family's town needs no name: "pt lives alone, daughter is in Nashua"
		s.onStreetAfterPerson()
	}
	s.firstPersonTowns()
	if len(s.names) > 0 {
		s.townsAfterNames()
	}
	s.townsFromPerson()
	s.rescueTowns()
	if s.digits >= 5 {
		s.zipAfterTowns()
	}
	if ages {
		s.rescueAges()
	}
	if s.digits >= 2 {
		s.distantIDs() // (a device's serial may hold two digits: "0NKS3QP7X")
	}
	if s.digits >= 6 {
		s.listedIDs()
	}
	if s.digits >= 10 {
		s.siblingIDs() // "MRN 2290417 and 2290533": a second one written as the first
		s.linkedIDs()  // "HAR 5930829574 merged into 0829-319088"
	}
	if s.digits >= 7 && len(s.names) > 0 {
		s.rowIDs()     // what no label typed: "1. 513503347 Grewal, Yanique $2787.45"
		s.ledgerRows() // "- lin, ioane h325499116 $5,518.70" under a found row
	}
	s.settleDates()
	if s.digits >= 4 {
		s.rescueIdents()
	}
	if s.digits >= 10 {
		s.idListPeers() // "two charts, BL385192 and 81696", after the identifiers the model found
	}
	s.lateNames(false)
	if len(s.dates) > 0 {
		s.ownerlessDates()
	}
	if s.digits >= 2 && s.mentions(plateWords) {
		s.platesAfterWord()
	}
	if s.mentions(plateListWords) {
		s.namedPlates() // "valet list: Niamh Whitfield — 4FSA71; Piotr Katz — YFN-2280"
	}
	if s.digits >= 2 && s.mentions(states) {
		s.statePlates() // "who owns MA 2FTR88?"
	}
	if s.digits >= 6 {
		s.recordRows() // "Levy, Shoshana / 12-MAY-58 / 63371605"
	}
	if s.digits >= 5 {
		s.streetLines() // the street line before a town and its ZIP, found by whichever pass
	}
	if s.digits >= 10 {
		s.barePhones() // what is left of ten dialable digits
	}
	s.lateNames(true)
	if len(s.names) > s.namesExtended {
		// the names found once the dates and identifiers were known
		// (lateNames) are cut short as the others are
		s.extendNames(s.namesExtended)
	}
	if len(s.names) > townNames {
		// and their towns are read as the others' were: "set up for <name
		// found late> in Woburn, SN ..."
		s.namesTowns(townNames)
	}
	if len(s.names) > 0 && s.slashes > 0 {
		s.namedURLs()
	}
}

// resolve keeps the best non-overlapping candidates.
func (s *scanner) resolve() []cand {
	cs := s.cands
	if len(cs) == 0 {
		return nil
	}
	better := func(a, b cand) bool { // a must be tried before b
		return a.pri > b.pri || a.pri == b.pri && a.e-a.s > b.e-b.s
	}
	if len(cs) <= 8 {
		// the common case: a few candidates, sorted and checked by hand
		for i := 1; i < len(cs); i++ {
			for j := i; j > 0 && better(cs[j], cs[j-1]); j-- {
				cs[j], cs[j-1] = cs[j-1], cs[j]
			}
		}
		kept := s.kept[:0]
	next:
		for _, c := range cs {
			for _, k := range kept {
				if c.s < k.e && k.s < c.e {
					continue next
				}
			}
			kept = append(kept, c)
		}
		for i := 1; i < len(kept); i++ {
			for j := i; j > 0 && kept[j].s < kept[j-1].s; j-- {
				kept[j], kept[j-1] = kept[j-1], kept[j]
			}
		}
		s.kept = kept
		return kept
	}
	// ties broken by position, so an unstable sort stays deterministic
	slices.SortFunc(cs, func(a, b cand) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return a.s - b.s
	})
	// occ marks bytes already taken; candidates are short, so checking
	// their bytes is linear overall.
	if cap(s.occ) < len(s.b) {
		s.occ = make([]bool, len(s.b))
	}
	occ := s.occ[:len(s.b)]
	clear(occ)
	kept := s.kept[:0]
	defer func() { s.kept = kept }()
	for _, c := range cs {
		free := true
		for p := c.s; p < c.e; p++ {
			if occ[p] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for p := c.s; p < c.e; p++ {
			occ[p] = true
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b cand) int { return a.s - b.s })
	return kept
}

// findings maps the kept candidates back to original offsets.
func (s *scanner) findings(text string) []Finding {
	kept := s.resolve()
	if s.repeats(kept) {
		kept = s.resolve()
	}
	kept = s.joinDateRanges(kept)
	n := 0
	for _, c := range kept {
		if c.t != blockType {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Finding, 0, n) // one allocation
	last := 0
	for _, c := range kept {
		if c.t == blockType {
			continue
		}
		st, en := s.f.orig(c.s, c.e)
		if st < last {
			st = last
		}
		if st >= en || en > len(text) {
			continue
		}
		out = append(out, Finding{Type: c.t, Start: st, End: en})
		last = en
	}
	if len(out) == 0 {
		return nil // as when nothing is kept
	}
	return out
}

// healthSlips index healthWords for slippedHealthWord.
var healthSlips = keySlipList(healthWords)

// slippedHealthWord reports a word of five letters or more that no list
// and no dictionary holds, and that is a health word typed with one slip of
// the keyboard ("dsicharge", "interpretr").
func (s *scanner) slippedHealthWord() bool {
	for k := range s.toks {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.lex != 0 || t.e-t.s < 5 || int(t.na) != int(t.e-t.s) {
			continue
		}
		if m := healthSlips.match(s.w(k)); len(m) < 5 {
			continue // (none, or a short word: "sarts" is as often "starts" as "sats")
		}
		if g := s.gz(k); !g.isWord() && g.given == 0 && g.sur == 0 {
			return true
		}
	}
	return false
}
