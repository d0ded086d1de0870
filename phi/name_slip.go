package phi

import "slices"

// Slips of the keyboard around names. People type "patinet", "cleint" and
// "guarrantor" for the words that introduce a patient, and "beforre",
// "wroet" and "pendibg" next to a name; a slip is no name, and a slipped
// trigger still introduces one. Both tests take only words that no
// dictionary, word list or name list holds.

// slipTriggers are the patient words long enough to be read through one
// slip: a swap of neighbouring letters, or any slip in a word of six
// letters or more (slipTriggerIndex).
var slipTriggers = []string{"patient", "patients", "client", "resident", "visitor", "guarantor", "subscriber",
	"beneficiary", "policyholder", "enrollee", "decedent", "inpatient", "outpatient"}

// slipTriggerIndex finds the patient word a token is typed for.
var slipTriggerIndex = newSlipList(slipSwap, 6, slipTriggers...)

// slippedTrigger returns the patient word that token i is typed for with
// one slip, or "".
func (s *scanner) slippedTrigger(i int) string {
	return s.slipOfCue(i, slipTriggerIndex)
}

// slipWord reports a word at token k that is one slip from a frequent
// English word and itself no word or name (typoOfWord, keySlipOfWord):
// "beforre", "wroet", "pendibg".
func (s *scanner) slipWord(k int) bool {
	t := s.toks[k]
	return !t.punct && t.nd == 0 && !s.listed(k) && (typoOfWord(s.w(k)) || keySlipOfWord(s.w(k)))
}

// wordsNoName reports words of the candidate i..end (capitalised when
// upper) that make it no name whatever the model scored: a slip of the
// keyboard ("chek", "wroet"), or in lower case a drug, an illness or a
// procedure ("two doses of alprazolam went to ..."). A name the model takes
// at once and one it takes late (lateNames) pass the same test.
func (s *scanner) wordsNoName(i, end int, upper bool) bool {
	return s.slipInName(i, end, upper) || !upper && s.clinicalWordIn(i, end)
}

// slipInName reports a slip of the keyboard among the words of the
// candidate i..end: in lower case its first word (as before) and any
// other of five letters or more ("wroet", "pendibg"), in capitals a lone
// word of six letters or more ("Experiecne", "Remindr"). A shorter capitalised
// word one slip from a word is a name as often as not ("Prak", "Okoro",
// "Tagle"), and so is a short lower-case one after a name ("jin-ho baek")
// or the tail of a hyphenated one ("Villanueva-Storrs"). Right after a
// title the word is a surname whatever word it is one slip from ("mr.
// thant", "Mrs. Chek").
func (s *scanner) slipInName(i, end int, upper bool) bool {
	if upper && end > i || s.afterHonorific(i) {
		return false // a capitalised name of several words (its rare words are surnames, and the check costs), or a titled one
	}
	if i > 0 && s.in(i-1, patientTrig) && (s.gz(i).sur > 0 || censusSurnames()[s.w(i)]) {
		return false // "pt okoro": after a patient's word, a surname the lists hold, whatever word it is one slip from
	}
	for k := i; k <= end; k++ {
		t := s.toks[k]
		if t.punct || upper && t.e-t.s < 6 || !upper && k > i && t.e-t.s < 5 || k > i && t.sp == 0 {
			continue
		}
		if !(k > i && s.surnameOfGiven(i, k)) && !(k == i && end > i && (s.surnameAnnounced(k+1) || s.particleSurname(k+1, end))) && s.slipWord(k) {
			return true
		}
	}
	return false
}

// particleSurname reports a surname's particles at token k, then its
// word, ending the candidate at end: "van der berg", "de la cruz". A
// word typed with a slip is seldom followed by them, so the word before is
// a given name ("losa van der berg").
func (s *scanner) particleSurname(k, end int) bool {
	n := 0
	for ; k < end && s.in(k, particle); k++ {
		n++
	}
	return n > 0 && k == end && !s.toks[k].punct
}

// surnameOfGiven reports a listed surname at token k after a given name
// at token i that is no everyday word ("gideon frankl", "sammy okoro"): one
// letter from a word, it is the surname the given name announces, not a
// slip of the keyboard.
func (s *scanner) surnameOfGiven(i, k int) bool {
	g := s.gz(i)
	return !g.isCommonWord() && g.isGiven() && s.gz(k).sur > 0
}

// surnameAnnounced reports a surname at token k that no dictionary holds
// (lowerSurname: "chaudhry", "okonkwo"): the word before it, though one
// letter from an everyday word, is the given name it follows ("tunde
// chaudhry"), not a slip of the keyboard.
func (s *scanner) surnameAnnounced(k int) bool {
	return k < len(s.toks) && s.toks[k].sp == 1 && !s.toks[k].punct && s.lowerSurname(k)
}

// calendarWords are the weekdays and the months of five letters or more.
// Everyone types them, but the word list that typoOfWord and keySlipOfWord
// generate slips from holds lower-case words only, and the given-name list
// holds several ("sunday", "april"), so those tests found no slip of one;
// these lists find them instead (a month of three or four letters takes
// no slip: "mya", "jnue" are names as often).
var calendarWords = func() []string {
	ws := slices.Clone(lex.lists[fullWeekdays.id])
	for _, m := range fullMonths {
		if len(m) >= 5 {
			ws = append(ws, m)
		}
	}
	return ws
}()

var (
	// calendarKeySlips: a key struck for its neighbour (keySlipOfWord)
	calendarKeySlips = newSlipList(slipNeighbour, maxSlipWord+1, calendarWords...)
	// calendarTypos: the slips typoOfWord tests
	calendarTypos = newSlipList(slipSwap|slipDoubled|slipStray|slipAdded|slipDropped, maxSlipWord+1, calendarWords...)
)

// tailHash continues the FNV hash h over t.
func tailHash(h uint64, t string) uint64 {
	for i := 0; i < len(t); i++ {
		h = (h ^ uint64(t[i])) * fnvPrime
	}
	return h
}

// keySlipOfWord reports whether w, itself no name and no word, is a
// frequent English word of five letters or more with one letter after the
// first struck for its neighbour on the keyboard ("probabky"): the slip
// typoOfWord does not test (it tests letters added, dropped and swapped).
// (lackFilter holds no word of four letters: reading "ftom" as "from"
// would make slipInName drop the name after a slipped "from".)
func keySlipOfWord(w string) bool {
	if len(w) < 5 || len(w) > 20 {
		return false
	}
	gz := gazetteer()
	if g := gz.lookup(w); g.given > 0 || g.sur > 1 || g.isWord() {
		return false
	}
	if calendarKeySlips.match(w) != "" {
		return true
	}
	var buf [24]byte
	b := append(buf[:0], w...)
	h0 := uint64(fnvOffset) // the hash of w[:k]
	for k := 0; k < len(w); k++ {
		c := w[k]
		// a word with its k-th letter changed, and w, are the same
		// without it: the letters are tried only where the filter of
		// frequent words less a letter holds w less its k-th
		if k > 0 && c >= 'a' && c <= 'z' && mayLackLetter(tailHash(h0, w[k+1:])) {
			for _, r := range []byte(qwerty[c-'a']) {
				h := (h0 ^ uint64(r)) * fnvPrime
				for _, x := range b[k+1:] {
					h = (h ^ uint64(x)) * fnvPrime
				}
				b[k] = r
				if gz.likelyCommon(h) && gz.lookupBytes(b).word >= 6 {
					return true
				}
			}
			b[k] = c
		}
		h0 = (h0 ^ uint64(c)) * fnvPrime
	}
	return false
}

// lackFilter is a Bloom filter of the words that a dictionary word of some
// frequency (the word list's entries typoOfWord calls frequent) becomes
// with one letter dropped: "hopital" for "hospital". typoOfWord tries the
// 26 letters at each place of a word only when the filter holds the word,
// which it does for a few in a hundred of the rare words it sees (a filter
// has no false negatives, so the answer is the same). The gazetteer fills
// it as it loads (noteLackVariants), 512 kB.
var lackFilter []uint64

const lackBits = 1 << 22

func lackBitsOf(h uint64) (uint64, uint64) {
	return h & (lackBits - 1), (h >> 32) & (lackBits - 1)
}

// mayLackLetter reports whether the word with FNV hash h may be a
// frequent word with one letter dropped. The gazetteer must be loaded.
func mayLackLetter(h uint64) bool {
	a, b := lackBitsOf(h)
	return lackFilter[a/64]&(1<<(a%64)) != 0 && lackFilter[b/64]&(1<<(b%64)) != 0
}

// noteLackVariants adds to lackFilter the words w becomes with one letter
// dropped, for a word of the word list with entry g (the gazetteer calls
// it for each of its words once, while it loads).
func noteLackVariants(w []byte, g gaz) {
	if lackFilter == nil {
		lackFilter = make([]uint64, lackBits/64)
	}
	if g.word < 6 || len(w) < 5 || len(w) > 21 {
		return // typoOfWord reads words of 4 to 20 letters and calls a word entry of 6 or more frequent
	}
	pre := uint64(fnvOffset)
	for k := range w { // w without its k-th letter
		h := pre
		for _, c := range w[k+1:] {
			h = (h ^ uint64(c)) * fnvPrime
		}
		a, b := lackBitsOf(h)
		lackFilter[a/64] |= 1 << (a % 64)
		lackFilter[b/64] |= 1 << (b % 64)
		pre = (pre ^ uint64(w[k])) * fnvPrime
	}
}
