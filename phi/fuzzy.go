package phi

import (
	"slices"
	"sync"
)

// The labels of the identifier passes ("acvt", "plte", "mediare",
// "licesne"), their fillers ("numbr") and the cue words they read
// ("softwware", "grroup", "mpbile") typed with one slip of the keyboard
// (slip.go). Their matcher costs the slips (slipCost):
//
//   - two neighbouring letters swapped ("licesne"),
//   - a letter typed twice ("celll", "transmiitter"),
//   - a letter replaced by its neighbour on the keyboard ("acvt"),
//   - for words of five letters or more, any one letter added, dropped or
//     replaced ("plte", "mediare", "anthrm"),
//
// and the first letter stays (people mostly get it right; a swap of the
// first two letters keeps it in the word): a slip there is a costlier
// reading, taken when no cheaper one is. Limits grow with the word's
// length, so short words do not collide: a word of three letters takes a
// swap, a doubled letter or a neighbouring key, and only if it is a label;
// abbreviations ("mbr", "hosp", "tax") take a doubled letter only, their
// other slips being other abbreviations.
//
// A token is read as a slip only if it is in no word list, no dictionary
// and no common list of given names or surnames: "plan" is never "plate",
// "Moore" never "more".

// slipVocab is a list of intended words compiled for slip look-ups.
type slipVocab struct {
	words []string
	index map[string]int // the words' places in words
	// strict[k]: word k takes only a doubled letter
	strict []bool
	// near indexes each word by its hash and the hashes of the word with
	// one letter dropped: a slot holds a hash's high half and a word's
	// place plus one (0: empty), by open addressing on the low half.
	// A word one edit or swap from a vocabulary word has, itself or with
	// one letter dropped, one of that word's hashes (a substitution or a
	// swap drops to the same string from both sides, an added letter
	// drops to the word, a dropped one is the word dropped), so the few
	// words those hashes find are the only candidates.
	near []uint64
}

// maxSlipWord is the longest typed word looked up.
const maxSlipWord = 16

// newSlipVocab compiles ws (lower case; order decides ties); the words of
// strict take a doubled letter only.
func newSlipVocab(ws []string, strict map[string]bool) *slipVocab {
	v := &slipVocab{index: map[string]int{}}
	type key struct {
		h uint64
		k int
	}
	var keys []key
	for _, w := range ws {
		if _, dup := v.index[w]; dup || len(w) < 2 || len(w) > maxSlipWord-1 || !isLetters(w) {
			continue
		}
		k := len(v.words)
		v.index[w] = k
		v.words = append(v.words, w)
		v.strict = append(v.strict, strict[w])
		if len(w) < 3 {
			continue // a word of two letters has no slips ("dl"), but is run together ("dlno")
		}
		keys = append(keys, key{nearHash(polyHash(w)), k})
		for d := 0; d < len(w); d++ {
			if d > 0 && w[d] == w[d-1] {
				continue // the same string as dropping the letter before
			}
			keys = append(keys, key{nearHash(polyHash(w[:d] + w[d+1:])), k})
		}
	}
	n := 1
	for n < 4*len(keys) {
		n <<= 1
	}
	v.near = make([]uint64, n)
	for _, x := range keys {
		p := x.h & uint64(n-1)
		for v.near[p] != 0 {
			p = (p + 1) & uint64(n-1)
		}
		v.near[p] = x.h>>32<<32 | uint64(x.k+1)
	}
	return v
}

// polyBase is the base of polyHash; polyPow its powers.
const polyBase = 0x100000001b3

var polyPow = func() (p [maxSlipWord + 1]uint64) {
	p[0] = 1
	for k := 1; k < len(p); k++ {
		p[k] = p[k-1] * polyBase
	}
	return
}()

// polyHash is the polynomial hash of w, sum of w[i]*polyBase^(len-1-i)
// (mod 2^64): the hash of w with a letter dropped follows from those of
// its prefix and suffix.
func polyHash(w string) uint64 {
	var h uint64
	for k := 0; k < len(w); k++ {
		h = h*polyBase + uint64(w[k])
	}
	return h
}

// nearHash mixes a polyHash for slipVocab.near (its low bits pick the
// slot, its high half is the tag).
func nearHash(h uint64) uint64 {
	h ^= h >> 31
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// typedFor returns the index of the word w was typed for with one slip
// (the cheapest slip, then the first word), or -1 (also for a word of the
// vocabulary: "iphone" is no slip of "phone"). It costs a hash per letter
// dropped, each from the hash of the prefix it keeps, and a probe each.
func (v *slipVocab) typedFor(w string) int {
	n := len(w)
	if n < 3 || n > maxSlipWord {
		return -1
	}
	// polynomial hashes of each prefix and suffix: a word with one letter
	// dropped is the prefix before it, shifted, plus the suffix after it
	var pre, suf [maxSlipWord + 1]uint64
	for k := 0; k < n; k++ {
		pre[k+1] = pre[k]*polyBase + uint64(w[k])
	}
	for k := n - 1; k >= 0; k-- {
		suf[k] = uint64(w[k])*polyPow[n-1-k] + suf[k+1]
	}
	best, bestCost := -1, 3
	look := func(h uint64) {
		mask := uint64(len(v.near) - 1)
		for p := h & mask; v.near[p] != 0; p = (p + 1) & mask {
			x := v.near[p]
			if x>>32 != h>>32 {
				continue
			}
			k := int(uint32(x)) - 1
			if c := slipCost(w, v.words[k], v.strict[k]); c < bestCost || c == bestCost && k < best {
				best, bestCost = k, c
			}
		}
	}
	look(nearHash(pre[n]))
	for k := 0; k < n; k++ { // w without its letter k
		if k > 0 && w[k] == w[k-1] {
			continue
		}
		look(nearHash(pre[k]*polyPow[n-1-k] + suf[k+1]))
	}
	if best >= 0 {
		if _, in := v.index[w]; in {
			return -1
		}
	}
	return best
}

// pluralOf returns the index of the label w is the plural of ("accounts",
// "members"), or -1: a plural labels a list of values like its singular.
// Not a licence's: "licenses", "permits" and "registrations" are an
// organisation's as often ("Epic licenses: 1200").
func (v *slipVocab) pluralOf(w string) int {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return -1
	}
	stem := w[:len(w)-1]
	if !pluralStems.has(stem) {
		return -1 // (most words: two bit tests, no map look-up)
	}
	if k, ok := v.index[stem]; ok {
		return k
	}
	return -1
}

// runTogether returns the index of the label w is run together with its
// filler ("accountnumber", "mrnno", "chartid", "dlnum"), or -1.
func (v *slipVocab) runTogether(w string) int {
	if len(w) < 4 {
		return -1
	}
	switch w[len(w)-1] {
	case 'd', 'o', 'r', 'm', 's':
	default:
		return -1 // no filler ends so
	}
	for _, f := range gluedFillers {
		if len(w) > len(f)+1 && w[len(w)-len(f):] == f {
			stem := w[:len(w)-len(f)]
			if labelType[stem] == "" {
				continue
			}
			if k, ok := v.index[stem]; ok {
				return k
			}
		}
	}
	return -1
}

// gluedFillers are the fillers runTogether takes off a label, the longer
// first.
var gluedFillers = []string{"numbers", "number", "nbr", "num", "ids", "no", "id"}

// needsFiller reports a label at token i that counts only with a filler
// ("record", "plan"), unless it was typed run together with one.
func (s *scanner) needsFiller(i int) bool {
	return s.inT(i, needFiller) && !(s.typos.n > 0 && uint(i) < uint(len(s.typos.filled)) && s.typos.filled[i])
}

// pluralStems are the labels pluralOf reads in the plural.
var pluralStems = func() smallSet {
	var ws []string
	for w, t := range labelType {
		if t != LicenseNumber && len(w) >= 3 && isLetters(w) {
			ws = append(ws, w)
		}
	}
	return small(ws...)
}()

// slipCost is how typed stands for word through one slip, by the limits of
// the word's length (see above): 1 for the slips people make most (a swap,
// a doubled or dropped letter, a neighbouring key), 2 for any other one
// edit; 3 for none.
func slipCost(typed, word string, strict bool) int {
	n := len(word)
	k := slipEdit(typed, word)
	if typed[0] != word[0] && k != slipSwap {
		// people mostly get the first letter right: a slip there is
		// the likelier reading of nothing else ("nrn" for "mrn")
		if strict || k == 0 || n < 5 && k != slipNeighbour {
			return 3
		}
		return 2
	}
	switch {
	case k == slipDoubled:
		return 1
	case strict:
		return 3
	case k == slipSwap || k == slipNeighbour:
		return 1
	case n >= 5 && k == slipDropped:
		return 1
	case n == 4 && k == slipStray:
		return 1 // "acvct": the extra letter a neighbour of the one beside it
	case n >= 5 && k != 0:
		return 2
	}
	return 3
}

// typedWords is the vocabulary the identifier passes read through slips:
// their labels first (a tie goes to a label), then their fillers and cue
// words. Built on first use, once every list is registered.
var typedWords = sync.OnceValue(func() *slipVocab {
	var labels, ws []string
	for w := range labelType {
		labels = append(labels, w)
	}
	slices.Sort(labels)
	for _, x := range []set{payers, fillerWords, blockLabels, versionWords, phoneNouns, phoneWords, cardWords,
		personalMoney, orgMoney, planWords, recordWords, ssnWords, sinWords, dobWords} {
		for _, w := range lex.lists[x.id] {
			if len(w) > 3 {
				ws = append(ws, w) // short words of other lists are abbreviations
			}
		}
	}
	for _, m := range []*smallSet{&amountWords, &orgAccounts, &orgLicences, &cardBrands, &equipment, &worn, &stillOpen} {
		for w := range m.m {
			if len(w) > 3 {
				ws = append(ws, w)
			}
		}
	}
	slices.Sort(ws) // (map order above: ties are decided the same way in every run)
	strict := map[string]bool{}
	for w := range abbrevLabels {
		strict[w] = true
	}
	for w, t := range labelType {
		if t == DeviceID && len(w) < 6 {
			strict[w] = true // "pump", "aid", "cgm": their slips are other words and names
		}
	}
	return newSlipVocab(append(labels, ws...), strict)
})

// commonSlip reports whether typed is as likely a slip of an everyday
// English word as of intended: a cheaper slip (by slipCost) of such a
// word, or one as cheap of a clearly more frequent word. "haf" is "had"
// rather than "har", "paer" "paper" rather than "pager", "tiem" "time"
// rather than "item"; "pateint" is "patient" (a swap) though "patent" is
// another edit away. It runs on the rare tokens typedFor matched.
func commonSlip(typed, intended string) bool {
	gz := gazetteer()
	cost, freq := slipCost(typed, intended, false), gz.lookup(intended).word
	var buf [maxSlipWord + 2]byte
	frequent := func(b []byte) bool {
		if string(b) == intended || len(b) < 3 {
			return false
		}
		h := uint64(fnvOffset)
		for _, c := range b {
			h = (h ^ uint64(c)) * fnvPrime
		}
		if !gz.likelyCommon(h) {
			return false
		}
		f := gz.lookupBytes(b).word
		if f < 6 {
			return false
		}
		c := slipCost(typed, string(b), false)
		return c < cost || c == cost && f >= freq+2
	}
	n := len(typed)
	for k := 0; k < n; k++ {
		// a letter too many (doubled, or added), or a neighbouring key's
		b := append(append(buf[:0], typed[:k]...), typed[k+1:]...)
		if frequent(b) {
			return true
		}
		b = append(buf[:0], typed...)
		if k+1 < n {
			b[k], b[k+1] = b[k+1], b[k]
			if frequent(b) {
				return true
			}
			b[k], b[k+1] = b[k+1], b[k]
		}
		if cost == 1 {
			// only a neighbouring key (after the first letter) is as
			// cheap a reading as the intended word's
			if k > 0 && typed[k] >= 'a' && typed[k] <= 'z' {
				for _, c := range []byte(qwerty[typed[k]-'a']) {
					b[k] = c
					if frequent(b) {
						return true
					}
				}
			}
			continue
		}
		for c := byte('a'); c <= 'z'; c++ {
			if c == typed[k] {
				continue
			}
			b[k] = c
			if frequent(b) {
				return true
			}
		}
	}
	if n+1 < 5 {
		return false // a letter dropped only from words of five letters or more
	}
	for k := 1; k <= n; k++ {
		for c := byte('a'); c <= 'z'; c++ {
			b := append(append(append(buf[:0], typed[:k]...), c), typed[k:]...)
			if frequent(b) {
				return true
			}
		}
	}
	return false
}

// listedSlips maps the lexicon's entries (by offset) to the index in
// typedWords of the word they are a swap of, or the label they are the
// plural of, or -1: some listed words are
// abbreviations of other passes that are no dictionary word, and typed for
// a label as often ("mnr", a street suffix, is "mrn" swapped). Only a swap
// overrides a listed word ("suv" is no "sub", "sats" no "seats").
// Computed once, so listed tokens cost a table look-up.
var listedSlips = sync.OnceValue(func() []int16 {
	lex.table()
	v := typedWords()
	t := make([]int16, len(lex.bits)) // by offset: a token's lex indexes it without a division
	for i := range t {
		t[i] = -1
	}
	gz := gazetteer()
	for w, e := range lex.index {
		if _, in := v.index[w]; in || len(w) > maxSlipWord || !isLetters(w) {
			continue
		}
		o := int(e) * lex.width
		if k := v.pluralOf(w); k >= 0 && labelType[w] == "" {
			t[o] = int16(k)
			continue
		}
		k := v.typedFor(w)
		if k < 0 || slipEdit(w, v.words[k]) != slipSwap {
			continue // only a swap overrides another pass's word
		}
		if g := gz.lookup(w); g.isWord() || g.isGiven() || g.sur >= 2 || commonSlip(w, v.words[k]) {
			continue
		}
		t[o] = int16(k)
	}
	return t
})

// labelLooks are the listed words the label pass reads: labels, payers
// and the rest of labelStarts, "id", and "cross" and "shield" of a payer
// (other lists hold these three: TestPrefilterListsAddNoWord).
var (
	labelExtra = words("id", "cross", "shield")
	labelLooks = union(labelStarts, labelExtra)
)

// typos are the tokens of a message typed for a word of typedWords.
type typos struct {
	n   int
	idx []int16 // by token: the word's index in typedWords, -1 for none
	// filled[i]: token i is a label run together with its filler
	// ("accountnumber", "mrnno"), which it needs no more
	filled []bool
	// lex is by token the lexicon entry of the word as read: the token's
	// own, or the intended word's for a slip (0 for a word of a small list
	// only); set for every token of the message, so that inT is one load
	// like in
	lex   []lexOff
	bits  []uint64 // union of the intended words' lexicon bitsets
	vocab *slipVocab
	// labels holds the tokens the label pass can start at: retype, which
	// reads every token and knows its slips, notes them (and some more) so
	// that the pass skips the rest
	labels tokSet
	addrs  tokSet // the same for the address pass and kinTowns
	cands  tokSet // the words retype reads for a slip
}

// walkEvery makes retype mark every token for the label and address
// passes: TestMarksCoverTriggers sets it to check that the marks leave out
// no token a pass would start at.
var walkEvery = false

// retype finds the tokens typed for a word of typedWords: a word of
// letters in no list, no dictionary and no common name list; and the
// plurals of labels.
func (s *scanner) retype() {
	ty := &s.typos
	ty.n = 0
	if cap(ty.lex) < len(s.toks) {
		ty.lex = make([]lexOff, len(s.toks), 2*len(s.toks))
	}
	ty.lex = ty.lex[:len(s.toks)]
	nw := (len(s.toks) + 63) / 64
	if cap(ty.labels) < nw {
		ty.labels = make(tokSet, nw, 2*nw)
	}
	ty.labels = ty.labels[:nw]
	if cap(ty.addrs) < nw {
		ty.addrs = make(tokSet, nw, 2*nw)
	}
	ty.addrs = ty.addrs[:nw]
	if s.digits == 0 && !s.mentions(digitSet) {
		for i := range s.toks {
			ty.lex[i] = s.toks[i].lex
		}
		for k := range ty.labels {
			// (rare: the label and address passes read every token)
			ty.labels[k], ty.addrs[k] = ^uint64(0), ^uint64(0)
		}
		return // no value to label: no digit, no digit word
	}
	clear(ty.labels)
	clear(ty.addrs)
	if cap(ty.cands) < nw {
		ty.cands = make(tokSet, nw, 2*nw)
	}
	ty.cands = ty.cands[:nw]
	clear(ty.cands)
	if ty.vocab == nil {
		ty.vocab = typedWords()
	}
	listed := listedSlips()
	// First the marks, in a loop without calls (a call inside a loop makes
	// it keep its values on the stack): the tokens the label and address
	// passes look at (see addressPass), and the words that may be slips,
	// which the second loop reads.
	toks, b, lab, adr, cnd := s.toks, s.b, setPtr(ty.labels), setPtr(ty.addrs), setPtr(ty.cands)
	slashes, resident := s.slashes > 0, s.mentions(residentWords)
	tl := ty.lex[:len(toks)]
	for i := range toks {
		t := &toks[i]
		tl[i] = t.lex
		if t.nd > 0 {
			// a value, and the two words before it (a plate's letters:
			// "TBD-1258")
			setAt(lab, i)
			setAt(adr, i)
			if i > 1 {
				setAt(lab, i-2)
			}
			if i > 0 {
				setAt(lab, i-1)
			}
			continue
		}
		if t.punct {
			if slashes && i > 0 && b[t.s] == '/' {
				// "a/c", "s/n"; and the word after, whose lexicon entry
				// may be the whole's (joinSlashed)
				setAt(lab, i-1)
				if i+1 < len(toks) {
					setAt(lab, i+1)
				}
			}
			continue
		}
		if t.lex != 0 {
			if lex.member(t.lex, labelLooks) {
				setAt(lab, i)
			}
			if lex.member(t.lex, addrStarts) {
				setAt(adr, i)
			}
			if resident && i > 0 && lex.member(t.lex, residentWords) {
				setAt(adr, i-1) // "a Salem resident"
			}
		} else if t.na >= 4 && t.na <= 14 && i+1 < len(toks) && (toks[i+1].lex != 0 || toks[i+1].punct && b[toks[i+1].s] == ':') {
			setAt(adr, i) // a residence verb or a relative typed with a slip: "lievs in", "faamily is"
		}
		if t.e-t.s == 1 && i+1 < len(toks) && toks[i+1].e-toks[i+1].s == 1 {
			setAt(lab, i) // a label spelt letter by letter: "M.R.N.", "m r n"
		}
		if t.na < 3 || t.na > maxSlipWord || int(t.na) != int(t.e-t.s) {
			continue
		}
		if t.lex == 0 || listed[t.lex] >= 0 {
			setAt(cnd, i)
		}
	}
	if walkEvery {
		for k := range ty.labels {
			ty.labels[k], ty.addrs[k] = ^uint64(0), ^uint64(0)
		}
	}
	// an unknown word is looked up only near a number (eight tokens
	// before it, two after): the gazetteer and the slip search cost most,
	// and a label or cue far from any value labels nothing
	nextDig := -1
	for i := ty.cands.next(0, len(toks)); i < len(toks); i = ty.cands.next(i+1, len(toks)) {
		t := &s.toks[i]
		k := -1
		if t.lex != 0 {
			k = int(listed[t.lex])
		} else if s.lo[t.e-1] == 's' && t.na >= 4 {
			if k = ty.vocab.pluralOf(s.w(i)); k >= 0 && i > 0 && (s.toks[i-1].nd > 0 || s.in(i-1, numberSet)) {
				continue // a count: "12 accounts 2024 to date"
			}
		}
		filled := false
		if k < 0 && t.lex == 0 {
			if nextDig < i {
				for nextDig = i + 1; nextDig < len(s.toks) && s.toks[nextDig].nd == 0 && !s.in(nextDig, digitSet); nextDig++ {
				}
			}
			if nextDig-i > 8 && !(i > 0 && s.toks[i-1].nd > 0 || i > 1 && s.toks[i-2].nd > 0) {
				continue
			}
			// (the gazetteer first: a word or a name is neither a slip nor
			// a label run together, and the name pass reads the entry again)
			if g := s.gz(i); g.isWord() || g.isGiven() || g.sur >= 2 || g.place && s.titleCase(i) {
				continue
			} else if k = ty.vocab.runTogether(s.w(i)); k >= 0 {
				// nor a rarer name ("Mcdeano"), nor a word capitalised as
				// names are ("Deano": a label run together is typed in
				// lower case or in capitals)
				if g.sur > 0 || s.b[t.s] >= 'A' && s.b[t.s] <= 'Z' && !isUpperTok(s.b[t.s:t.e]) {
					continue
				}
				filled = true
			} else {
				k = s.slipAt(i, ty.vocab)
			}
		}
		if k < 0 {
			continue
		}
		if ty.n == 0 {
			if cap(ty.idx) < len(s.toks) {
				ty.idx, ty.filled = make([]int16, len(s.toks)), make([]bool, len(s.toks))
			}
			ty.idx, ty.filled = ty.idx[:len(s.toks)], ty.filled[:len(s.toks)]
			for j := range ty.idx {
				ty.idx[j], ty.filled[j] = -1, false
			}
			if len(ty.bits) != lex.width {
				ty.bits = make([]uint64, lex.width)
			}
			clear(ty.bits)
		}
		ty.n++
		ty.idx[i], ty.filled[i] = int16(k), filled
		ty.lex[i] = 0 // a word of a small list only (inStrT reads it by its text)
		if e := lex.index[ty.vocab.words[k]]; e != 0 {
			o := lexOff(int(e) * lex.width)
			ty.lex[i] = o
			for j, x := range lex.bitsOf(o) {
				ty.bits[j] |= x
			}
		}
		ty.labels.set(i) // typed for a label, a payer or "cross"
	}
}

// slipAt returns the index in v of the word token i was typed for with
// one slip, or -1: token i is a word of letters in no dictionary and no
// common list of names, and no likelier slip of an everyday word. The
// caller checks that it is in no word list (t.lex == 0) if it must be.
// Any pass may build its own slipVocab (newSlipVocab) and ask this of
// its tokens: dates of month names and cues, addresses of street
// suffixes and residence verbs, names of relatives.
func (s *scanner) slipAt(i int, v *slipVocab) int {
	t := s.toks[i]
	if t.nd > 0 || t.punct || t.na < 3 || t.na > maxSlipWord || int(t.na) != int(t.e-t.s) {
		return -1
	}
	// (the gazetteer first: the name pass reads the entry again)
	if g := s.gz(i); g.isWord() || g.isGiven() || g.sur >= 2 || g.place && s.titleCase(i) {
		return -1 // a word, a name (the scraped surnames hold typos: "chek", "hoem") or a place capitalised as one ("North Platte" is no plate)
	}
	k := v.typedFor(s.w(i))
	if k < 0 || commonSlip(s.w(i), v.words[k]) {
		return -1 // none, or as likely a slip of an everyday word ("haf", "remid", "tiem")
	}
	return k
}

// typedAs returns the word token i was typed for, or "".
func (s *scanner) typedAs(i int) string {
	if s.typos.n == 0 || uint(i) >= uint(len(s.typos.idx)) || s.typos.idx[i] < 0 {
		return ""
	}
	return s.typos.vocab.words[s.typos.idx[i]]
}

// word returns token i's text, or the word it was typed for.
func (s *scanner) word(i int) string {
	if x := s.typedAs(i); x != "" {
		return x
	}
	return s.w(i)
}

// inT is in, also for a token typed for a word of the list. (Small enough
// to inline: the label pass asks it of every word.)
func (s *scanner) inT(i int, ws set) bool {
	if uint(i) >= uint(len(s.typos.lex)) {
		return false
	}
	return lex.member(s.typos.lex[i], ws) // (entry 0 has every bit clear: see in)
}

// inAnyT is inAny, also for a token typed for a word of the lists.
func (s *scanner) inAnyT(i int, sets ...set) bool {
	for _, ws := range sets {
		if s.inT(i, ws) {
			return true
		}
	}
	return false
}

// mentionsT is mentions, also for the words the message's typos stand for.
func (s *scanner) mentionsT(ws set) bool {
	if s.mentions(ws) {
		return true
	}
	id := uint(ws.id)
	return s.typos.n > 0 && s.typos.bits[id>>6]&(1<<(id&63)) != 0
}

// inStrT is inStr, also for a token typed for a word of m.
func (s *scanner) inStrT(k int, m *smallSet) bool {
	if s.inStr(k, m) {
		return true
	}
	x := s.typedAs(k)
	return x != "" && m.has(x)
}

// mentionsStrT is mentionsStr, also for the words the message's typos
// stand for.
func (s *scanner) mentionsStrT(m *smallSet) bool {
	for k := range s.toks {
		if s.inStrT(k, m) {
			return true
		}
	}
	return false
}

// slipOf returns the word of ws that token k is typed for with one slip of
// the keyboard ("lievs" for "lives", "truned" for "turned"), or "": a swap
// of neighbouring letters, or any slip in a word of six letters or more
// (swapOrEdit), the first or the second letter kept. Token k must be in no
// list, no dictionary and no common name list.
func (s *scanner) slipOf(k int, ws []string) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	t := s.toks[k]
	if t.punct || t.lex != 0 || t.nd > 0 || t.na < 4 || t.na > 14 || int(t.na) != int(t.e-t.s) {
		return ""
	}
	w := s.w(k)
	for _, x := range ws {
		if len(w) < len(x)-1 || len(w) > len(x)+1 || w[0] != x[0] && w[1] != x[1] {
			continue
		}
		if swapOrEdit(w, x, 6) {
			if g := s.gz(k); !g.isWord() && !g.isGiven() && g.sur < 2 {
				return x
			}
			return ""
		}
	}
	return ""
}

// fuzzyIn reports whether token k is in the list, or is an unlisted word
// with one doubled letter too many whose repair is ("turrns", "agged").
func (s *scanner) fuzzyIn(k int, ws set) bool {
	if s.in(k, ws) {
		return true
	}
	if k < 0 || k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.listed(k) {
		return false
	}
	w := s.w(k)
	if len(w) < 4 || len(w) > 20 || !hasDouble(w) {
		return false
	}
	var buf [24]byte
	return ws.has(string(undouble(buf[:0], w)))
}

func hasDouble(w string) bool {
	for k := 1; k < len(w); k++ {
		if w[k] == w[k-1] {
			return true
		}
	}
	return false
}

// undouble appends w to dst without its first doubled letter.
func undouble(dst []byte, w string) []byte {
	for k := 1; k < len(w); k++ {
		if w[k] == w[k-1] {
			return append(append(dst, w[:k]...), w[k+1:]...)
		}
	}
	return append(dst, w...)
}

// abbrevLabels are short forms whose one-letter slips are other words
// ("ind", "pop", "tad"): they take a doubled letter only.
var abbrevLabels = map[string]bool{"bank": true, "mem": true, "nhs": true, "empi": true, "ohip": true, "unit": true, "health": true, "mbr": true, "memb": true, "pol": true, "plcy": true, "ins": true, "tax": true,
	"cdl": true, "sin": true, "hosp": true, "accnt": true, "subscr": true, "itin": true, "dln": true, "oln": true, "mpi": true}

// typedWord returns the word of typedWords a word of letters outside the
// token list (a structured key's) was typed for, with the checks retype
// makes: w is no dictionary word, no name and no likelier slip of an
// everyday word; or the label it runs together with a filler. "" if none.
func typedWord(w string) string {
	if len(w) < 3 || len(w) > maxSlipWord || !isLetters(w) {
		return ""
	}
	v := typedWords()
	g := gazetteer().lookup(w)
	if g.isWord() || g.isGiven() || g.sur >= 2 {
		return ""
	}
	if k := v.runTogether(w); k >= 0 {
		return v.words[k] // "memberid", "acctno"
	}
	k := v.typedFor(w)
	if k < 0 || commonSlip(w, v.words[k]) {
		return ""
	}
	return v.words[k]
}
