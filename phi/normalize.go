package phi

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// folded is the scanner's view of a message: an ASCII-centred byte string in
// which look-alike characters are folded to their plain forms, invisible
// characters are dropped, and every byte remembers which original bytes
// produced it, so spans found in the folded text map back to the original.
type folded struct {
	b  []byte // folded text
	lo []byte // b with ASCII letters lower-cased, for keyword matching
	// spans maps b back to the text, in order of b: a run of ASCII copied
	// byte for byte, or the bytes one rune folded to (see foldSpan)
	spans []foldSpan
	id    bool   // b is the original text byte for byte (spans unused)
	buf   []byte // backing store for b when it is not the text itself
}

// foldSpan is a piece of the folded text that starts at b[at]: a run of
// ASCII copied from text[os:] (run), or the bytes of one rune text[os:oe]
// that all map back to the whole rune. Most messages have a few non-ASCII
// characters, so a few spans map the text instead of two offsets a byte.
type foldSpan struct {
	at, os, oe int32
	run        bool
}

// sub stands for a non-letter, non-ASCII rune (symbols, emoji, bullets,
// invalid bytes): one byte the scanners treat as punctuation.
const sub = 0x1a

// fold builds the folded view in f, reusing its buffers. Pure ASCII, the
// common case, is not copied or mapped at all: b aliases the text, which is
// safe because nothing writes to b.
func fold(text string, f *folded) {
	f.lo = grow(f.lo, len(text))
	asciiTo := lowerIfASCII(f.lo, unsafe.Slice(unsafe.StringData(text), len(text)))
	if asciiTo == len(text) {
		f.id = true
		f.b = unsafe.Slice(unsafe.StringData(text), len(text))
		return
	}
	f.id = false
	// The folded text is never longer than the original (a rune gives at
	// most its own bytes), so the buffer is sized once and written by
	// index.
	if cap(f.buf) < len(text) {
		f.buf = make([]byte, len(text))
	}
	b, spans := f.buf[:len(text)], f.spans[:0]
	n := 0
	emit := func(c byte, s, e int) {
		spans = append(spans, foldSpan{at: int32(n), os: int32(s), oe: int32(e)})
		b[n] = c
		n++
	}
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			// a run of ASCII, copied whole (n <= i: b is long enough)
			j := asciiRunEnd(text, i)
			spans = append(spans, foldSpan{at: int32(n), os: int32(i), oe: int32(j), run: true})
			n += copy(b[n:], text[i:j])
			i = j
			continue
		}
		r, rn := utf8.DecodeRuneInString(text[i:])
		e := i + rn
		switch {
		case r == utf8.RuneError && rn == 1:
			emit(sub, i, e)
		case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
			emit(byte(r-0xFEE0), i, e)
		case invisible(r):
			// dropped: a zero-width space inside "123<ZWSP>45" must not split it
		case r == 0x3000 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) ||
			r == 0x202F || r == 0x205F:
			emit(' ', i, e)
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			emit('\n', i, e)
		case (r >= 0x2010 && r <= 0x2015) || r == 0x2212 || r == 0xFE58 || r == 0xFE63 || r == 0x2043:
			emit('-', i, e)
		case r == 0x2018 || r == 0x2019 || r == 0x02BC || r == 0x2032 || r == 0xFF07:
			emit('\'', i, e)
		case r == 0x201C || r == 0x201D:
			emit('"', i, e)
		case r == 0x2044 || r == 0x2215:
			emit('/', i, e)
		case r >= 0xBC && r <= 0xBE || r >= 0x2150 && r <= 0x215E:
			// a vulgar fraction ends the number before it ("337½ Mesquite
			// St", "2½ tabs"): read as a blank, the number stays a number
			emit(' ', i, e)
		case r == 0xFE6B:
			emit('@', i, e)
		case r == 0x2024 || r == 0xFE52 || r == 0xB7 || r == 0x2027 || r == 0x2219 || r == 0x22C5 || r == 0x30FB:
			emit('.', i, e)
		default:
			if d, ok := digitOf(r); ok {
				emit('0'+d, i, e)
			} else if a, ok := asciiLetterOf(r); ok {
				emit(a, i, e)
			} else if unicode.IsLetter(r) || unicode.IsMark(r) {
				// keep letters so accented names scan as words: all the
				// rune's bytes map back to the rune
				spans = append(spans, foldSpan{at: int32(n), os: int32(i), oe: int32(e)})
				n += copy(b[n:], text[i:e])
			} else {
				emit(sub, i, e)
			}
		}
		i = e
	}
	f.b, f.spans = b[:n], spans
	f.buf = f.b // its length is what Scan clears before pooling
	f.lo = grow(f.lo, n)
	// text[:asciiTo] is ASCII, so the fold copied it to b[:asciiTo] as it
	// is, and lo[:asciiTo] holds it lower-cased already
	lowerInto(f.lo[asciiTo:], f.b[asciiTo:])
}

// lowerInto writes src with ASCII letters lower-cased to dst (as long as
// src) and reports whether src is pure ASCII. Eight bytes at a time: the
// bytes of a word in 'A'..'Z' get their 0x20 bit set.
func lowerInto(dst, src []byte) bool {
	const hi, ones = 0x8080808080808080, 0x0101010101010101
	dst = dst[:len(src)]
	var seen uint64
	i := 0
	for ; i+8 <= len(src); i += 8 {
		v := binary.LittleEndian.Uint64(src[i:])
		if v&hi != 0 {
			seen |= v
			for k := i; k < i+8; k++ {
				dst[k] = lowerTab[src[k]]
			}
			continue
		}
		ge := v + (0x80-'A')*ones   // high bit set where byte >= 'A'
		gt := v + (0x80-'Z'-1)*ones // high bit set where byte > 'Z'
		binary.LittleEndian.PutUint64(dst[i:], v|(ge&^gt&hi)>>2)
	}
	for ; i < len(src); i++ {
		c := src[i]
		seen |= uint64(c)
		dst[i] = lowerTab[c]
	}
	return seen&hi == 0
}

// lowerIfASCII is lowerInto for a text expected to be ASCII: it returns
// len(src) when src is ASCII, else it gives up at the first eight bytes
// with a non-ASCII one and returns where they start (dst[:that] is done,
// the rest unfinished).
func lowerIfASCII(dst, src []byte) int {
	const hi, ones = 0x8080808080808080, 0x0101010101010101
	dst = dst[:len(src)]
	i := 0
	for ; i+8 <= len(src); i += 8 {
		v := binary.LittleEndian.Uint64(src[i:])
		if v&hi != 0 {
			return i
		}
		ge := v + (0x80-'A')*ones   // high bit set where byte >= 'A'
		gt := v + (0x80-'Z'-1)*ones // high bit set where byte > 'Z'
		binary.LittleEndian.PutUint64(dst[i:], v|(ge&^gt&hi)>>2)
	}
	if !lowerInto(dst[i:], src[i:]) {
		return i
	}
	return len(src)
}

// grow returns buf resized to n, reallocating only when it is too small.
func grow(buf []byte, n int) []byte {
	if cap(buf) < n {
		return make([]byte, n)
	}
	return buf[:n]
}

// asciiRunEnd returns the end of the run of ASCII bytes at text[i:],
// eight bytes at a time.
func asciiRunEnd(text string, i int) int {
	const hi = 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		if v := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(text[i:]), 8)); v&hi != 0 {
			return i + bits.TrailingZeros64(v&hi)/8
		}
	}
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// orig maps a folded span [s,e) to original byte offsets: from the start
// of the rune that produced b[s] to the end of the one that produced b[e-1].
func (f *folded) orig(s, e int) (int, int) {
	if f.id {
		return s, e
	}
	a, z := f.spanAt(s), f.spanAt(e-1)
	st := int(a.os)
	if a.run {
		st += s - int(a.at)
	}
	en := int(z.oe)
	if z.run {
		en = int(z.os) + e - int(z.at)
	}
	return st, en
}

// spanAt returns the span holding folded byte p.
func (f *folded) spanAt(p int) foldSpan {
	// the last span starting at or before p (the first starts at 0)
	lo, hi := 0, len(f.spans)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if int(f.spans[m].at) <= p {
			lo = m
		} else {
			hi = m
		}
	}
	return f.spans[lo]
}

var lowerTab = func() (t [256]byte) {
	for i := range t {
		t[i] = lower(byte(i))
	}
	return
}()

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// disguised reports a folded span [st,en) that its original writes in more
// bytes: invisible characters dropped inside it or look-alike forms folded
// ("1<ZWSP>612<ZWSP>378...", fullwidth digits), a value typed to slip past
// a filter.
func (s *scanner) disguised(st, en int) bool {
	if s.f.id {
		return false
	}
	os, oe := s.f.orig(st, en)
	return oe-os > en-st
}

// invisible reports format and zero-width characters used to break up values.
func invisible(r rune) bool {
	switch {
	case r == 0xAD, r == 0x34F, r == 0x61C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F:
		return true
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
		return true
	}
	return false
}

// digitOf folds the decimal digits of other scripts and compatibility forms
// (superscripts, circled and mathematical digits) to 0-9.
func digitOf(r rune) (byte, bool) {
	switch {
	case r == 0xB9:
		return 1, true
	case r == 0xB2 || r == 0xB3:
		return byte(r - 0xB0), true
	case r == 0x2070:
		return 0, true
	case r >= 0x2074 && r <= 0x2079:
		return byte(r - 0x2070), true
	case r >= 0x2080 && r <= 0x2089:
		return byte(r - 0x2080), true
	case r >= 0x2460 && r <= 0x2468: // circled 1-9
		return byte(r - 0x2460 + 1), true
	case r >= 0x1D7CE && r <= 0x1D7FF: // mathematical digits, five styles
		return byte((r - 0x1D7CE) % 10), true
	}
	if unicode.IsDigit(r) {
		// Arabic-Indic, Devanagari, ... : Unicode keeps each script's zero at a
		// code point ending in 0, so the value is the distance from it.
		for z := r; z > r-10; z-- {
			if !unicode.IsDigit(z) {
				return byte(r - z - 1), true
			}
		}
		return byte(r % 16 % 10), true
	}
	return 0, false
}

// asciiLetterOf folds mathematical alphanumeric letters (bold, italic, ...)
// to ASCII, as NFKC would.
func asciiLetterOf(r rune) (byte, bool) {
	if r >= 0x1D400 && r <= 0x1D6A3 {
		k := (r - 0x1D400) % 52
		if k < 26 {
			return byte('A' + k), true
		}
		return byte('a' + k - 26), true
	}
	return 0, false
}

// unconfuse rewrites letters typed for digits ("5O8-555-O199", "l23-45-6789")
// inside number-like tokens: only O, o, l or I (at most two) among digits,
// and at least two digits or a joined digit group ("OO1-23-4567"). It
// reports whether it changed anything. Offsets are unchanged, since each
// letter becomes one digit.
func (s *scanner) unconfuse() bool {
	changed := false
	for i, t := range s.toks {
		if t.nd == 0 || t.na == 0 || t.na > 2 || t.nd < 2 && !s.joinedDigits(i) {
			continue
		}
		if !lookalikeDigits(s.b[t.s:t.e]) {
			continue
		}
		if !changed && s.fs.id {
			// b aliases the caller's text: switch to a private copy.
			s.fs.buf = append(s.fs.buf[:0], s.b...)
			s.fs.b = s.fs.buf
			s.b = s.fs.b
		}
		changed = true
		for k := t.s; k < t.e; k++ {
			switch s.b[k] {
			case 'O', 'o':
				s.b[k], s.fs.lo[k] = '0', '0'
			case 'l', 'I':
				s.b[k], s.fs.lo[k] = '1', '1'
			}
		}
	}
	return changed
}

// lookalikeDigits reports a token made of digits and the letters O, o, l, I.
func lookalikeDigits(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) && c != 'O' && c != 'o' && c != 'l' && c != 'I' {
			return false
		}
	}
	return true
}

// joinedDigits reports a group of two or more plain digits joined to token i
// by '-', '.' or '/' with no spaces: "O4/12", "OO1-23".
func (s *scanner) joinedDigits(i int) bool {
	for _, d := range [2]int{-1, 1} {
		p, q := i+d, i+2*d
		if q >= 0 && q < len(s.toks) && (s.is(p, '-') || s.is(p, '.') || s.is(p, '/')) &&
			s.toks[max(p, q)].sp == 0 && s.toks[max(i, p)].sp == 0 && s.toks[q].nd >= 2 && s.toks[q].na == 0 {
			return true
		}
	}
	return false
}
