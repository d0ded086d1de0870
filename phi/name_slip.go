package phi

// Slips of the keyboard around names. People type "patinet", "cleint" and
// "guarrantor" for the words that introduce a patient, and "beforre",
// "wroet" and "pendibg" next to a name; a slip is no name, and a slipped
// trigger still introduces one. Both tests take only words that no
// dictionary, word list or name list holds.

// slipTriggers are the patient words long enough to be read through one
// slip: a swap of neighbouring letters, or one letter added, dropped or
// changed in a word of six letters or more (slipOf).
var slipTriggers = []string{"patient", "patients", "client", "resident", "visitor", "guarantor", "subscriber",
	"beneficiary", "policyholder", "enrollee", "decedent", "inpatient", "outpatient"}

// slippedTrigger returns the patient word that token i is typed for with
// one slip, or "".
func (s *scanner) slippedTrigger(i int) string {
	return s.slipOf(i, slipTriggers)
}

// slipWord reports a word at token k that is one slip from a frequent
// English word and itself no word or name (typoOfWord, keySlipOfWord):
// "beforre", "wroet", "pendibg", "ftom".
func (s *scanner) slipWord(k int) bool {
	t := s.toks[k]
	return !t.punct && t.nd == 0 && !s.listed(k) && (typoOfWord(s.w(k)) || keySlipOfWord(s.w(k)))
}

// slipInName reports a slip of the keyboard among the words of the
// candidate i..end: in lower case its first word (as before) and any
// other of five letters or more ("wroet", "pendibg"), in capitals a word of
// six letters or more ("Experiecne", "Remindr"). A shorter capitalised
// word one slip from a word is a name as often as not ("Prak", "Okoro",
// "Tagle"), and so is a short lower-case one after a name ("jin-ho baek")
// or the tail of a hyphenated one ("Villanueva-Storrs").
func (s *scanner) slipInName(i, end int, upper bool) bool {
	for k := i; k <= end; k++ {
		t := s.toks[k]
		if t.punct || upper && t.e-t.s < 6 || !upper && k > i && t.e-t.s < 5 || k > i && t.sp == 0 {
			continue
		}
		if s.slipWord(k) {
			return true
		}
	}
	return false
}

// keySlipOfWord reports whether w, itself no name and no word, is a
// frequent English word with one letter after the first struck for its
// neighbour on the keyboard ("ftom", "ligjt"): the slip typoOfWord does not
// test (it tests letters added, dropped and swapped).
func keySlipOfWord(w string) bool {
	if len(w) < 4 || len(w) > 20 {
		return false
	}
	gz := gazetteer()
	if g := gz.lookup(w); g.given > 0 || g.sur > 1 || g.isWord() {
		return false
	}
	var buf [24]byte
	b := append(buf[:0], w...)
	h0 := uint64(fnvOffset) // the hash of w[:k]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k > 0 && c >= 'a' && c <= 'z' {
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
