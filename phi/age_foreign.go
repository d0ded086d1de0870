package phi

import "strings"

// Ages over 89 spelled out in Spanish, Portuguese or Italian, as families
// write them: "tiene noventa y nueve años", "cumple noventa y cinco",
// "tem noventa e dois anos", "compie novantacinque anni". The number is
// an age only with a word of years after it or a birthday's verb before
// it: "noventa y cinco" alone may be a count.

// foreignUnits are the units after "noventa y" / "noventa e" / "ciento".
var foreignUnits = map[string]int{"uno": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2, "duas": 2, "tres": 3,
	"três": 3, "cuatro": 4, "quatro": 4, "cinco": 5, "seis": 6, "siete": 7, "sete": 7, "ocho": 8, "oito": 8,
	"nueve": 9, "nove": 9}

// italianNineties are the Italian words of 91 to 99, written as one.
var italianNineties = map[string]int{"novanta": 90, "novantuno": 91, "novantadue": 92, "novantatré": 93, "novantatre": 93,
	"novantaquattro": 94, "novantacinque": 95, "novantasei": 96, "novantasette": 97, "novantotto": 98, "novantanove": 99}

// foreignYears follow an age; foreignAgeVerbs come before one.
var (
	foreignYears    = plainWords("años", "anos", "anni", "ans", "año", "ano", "anno")
	foreignAgeVerbs = plainWords("cumple", "cumplió", "cumplio", "cumplirá", "cumplira", "cumplir", "compie", "compirà",
		"compira", "fait", "faz", "fará", "fara", "completa", "completou", "tiene", "tem", "ha")
)

// foreignSpelledAge reads a spelled number of 90 to 109 at token i and
// returns its last token and value, or -1.
func (s *scanner) foreignSpelledAge(i int) (int, int) {
	w := s.w(i)
	if v, ok := italianNineties[w]; ok {
		return i, v
	}
	base := 0
	switch w {
	case "noventa":
		base = 90
	case "cien", "cem":
		return i, 100
	case "ciento", "cento":
		base = 100
	default:
		return -1, 0
	}
	k := i + 1
	if c := s.w(k); c == "y" || c == "e" {
		k++
	}
	if u, ok := foreignUnits[s.w(k)]; ok {
		return k, base + u // "noventa y nueve", "ciento dos"
	}
	if base == 100 {
		return -1, 0 // "ciento veinte", "ciento noventa": no age
	}
	return i, base
}

// foreignAges adds the spelled ages of foreignSpelledAge that a word of
// years follows or a birthday's verb precedes.
func (s *scanner) foreignAges() {
	if !s.mentionsAny(foreignAgeStarts) {
		return
	}
	for i := range s.toks {
		if s.toks[i].punct || s.toks[i].nd > 0 {
			continue
		}
		e, v := s.foreignSpelledAge(i)
		if e < i || v < 90 || v > maxBareAge {
			continue
		}
		if foreignYears[s.w(e+1)] || foreignAgeVerbs[s.w(i-1)] {
			s.addTok(Age, i, e, priContext)
		}
	}
}

// foreignAgeStarts are the first words of foreignSpelledAge, to skip the
// pass in a message with none.
var foreignAgeStarts = []string{"noventa", "cien", "cem", "ciento", "cento", "novant"}

// mentionsAny reports one of the prefixes ws in the message's lower-case
// text.
func (s *scanner) mentionsAny(ws []string) bool {
	for _, w := range ws {
		if strings.Contains(s.lo, w) {
			return true
		}
	}
	return false
}
