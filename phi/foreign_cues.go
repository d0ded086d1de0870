package phi

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cue words in the languages a US hospital's families write in besides
// English (Spanish, French, Portuguese, Haitian Creole, Polish, German,
// Italian, Vietnamese): the relatives, the words of birth, the record and
// plan labels, the phone words and the verbs and labels of where someone
// lives. They join the English lists they translate, so every rule and
// model that reads "daughter", "born", "chart #" or "lives in" reads them
// too. Words that are also English words or common given names ("padre",
// "lola", "mari", "tia", "brat", "syn", "pan") are left out.

// foreignKin are relatives (singular and plural; accents as written and
// without them, as people type on an English keyboard).
var foreignKin = []string{
	// Spanish
	"hija", "hijo", "hijas", "hijos", "esposa", "esposo", "madre", "abuela", "abuelo", "nieta", "nieto",
	"sobrina", "sobrino", "hermana", "hermano", "suegra", "suegro", "nuera", "yerno", "mamá", "papá",
	// French
	"fille", "fils", "mère", "mere", "père", "pere", "épouse", "epouse", "époux", "epoux", "nièce", "niece",
	"neveu", "sœur", "soeur", "frère", "frere", "belle-fille", "petite-fille", "petit-fils",
	// Portuguese
	"filha", "filho", "mãe", "avó", "avô", "neta", "sobrinha", "irmã", "irmão", "marido",
	// Haitian Creole ("pitit", a child, takes its possessive after it:
	// "pitit fi li", so it is left out)
	"manman", "madanm",
	// Somali, with the possessives "-kiisa/-diisa" his and "-keeda" her
	// as they are written: "hooyo" mother, "aabe" father, "gabadha" the
	// daughter, "wiilka" the son
	"hooyo", "hooyadiis", "hooyadeed", "aabe", "aabbe", "aabihiis", "aabaheed", "gabadha", "gabadhiisa", "wiilka", "wiilkiisa",
	// Polish
	"córka", "corka", "babcia", "dziadek", "wnuczka", "wnuk", "żona", "zona", "mąż", "siostra",
	// German
	"tochter", "sohn", "ehefrau", "ehemann", "enkelin",
	// Italian
	"figlia", "figlio", "moglie", "marito", "nonna", "nonno",
}

// scriptKin are relatives in the scripts that separate words by spaces:
// Russian and Ukrainian (with the commonest case forms), Greek, Hebrew
// (with the possessive), Hindi, Arabic (with the possessive), Korean.
// They introduce a name as the English relatives do, but make no message
// personal of their own: every word of a script without capitals reads
// as a capitalised one. titleCased adds the capitalised forms, as the
// scanner lower-cases ASCII only.
var scriptKin = titleCased([]string{
	"мама", "мамы", "маме", "мать", "матери", "папа", "отец", "отца", "дочь", "дочери", "сын", "сына", "жена", "жены",
	"муж", "мужа", "бабушка", "бабушки", "дедушка", "дедушки", "сестра", "брат", "внук", "внучка", "мати", "батько",
	"донька", "дружина", "бабуся", "дідусь",
	"πατέρας", "μητέρα", "μητέρας", "κόρη", "γιος", "σύζυγος", "γιαγιά", "παππούς", "αδελφή", "αδερφή", "αδελφός", "αδερφός",
	"אמא", "אמי", "אבא", "אבי", "בתי", "בני", "אשתי", "בעלי", "סבתא", "סבא", "אחותי", "אחי",
	"पिता", "पिताजी", "माता", "माताजी", "माँ", "दादी", "दादा", "नानी", "नाना", "बेटा", "बेटी", "पति", "पत्नी", "बहन", "भाई",
	"والدي", "والدتي", "أمي", "أبي", "ابني", "ابنتي", "زوجي", "زوجتي", "جدتي", "جدي", "أختي", "أخي",
	// with "her" and "his": "ابنها" her son, "زوجته" his wife
	"ابنها", "ابنه", "ابنتها", "ابنته", "بنتها", "بنته", "زوجها", "زوجته", "أمها", "أمه", "أبوها", "أبوه",
	"والدها", "والده", "والدتها", "والدته", "أخوها", "أخوه", "أختها", "أخته", "جدتها", "جدته", "جدها", "جده",
	"어머니", "아버지", "딸", "아들", "남편", "아내", "할머니", "할아버지",
})

// foreignPatient are the patient in the same languages, scriptPatient in
// those scripts.
var (
	foreignPatient = []string{"paciente", "patiente", "pacjent", "pacjentka", "paziente", "patientin",
		// Tagalog, Somali ("bukaanka", the patient)
		"pasyente", "bukaanka", "bukaan"}
	scriptPatient = titleCased([]string{"пациент", "пациентка", "пациента", "больной", "больная", "пацієнт", "пацієнтка",
		"ασθενής", "ασθενούς", "ασθενή", "המטופל", "המטופלת", "החולה", "מטופל", "מטופלת",
		"मरीज़", "मरीज", "रोगी", "المريض", "المريضة", "مريض", "مريضة", "환자",
		// with a clitic preposition: "for the patient", "and the patient"
		"للمريض", "للمريضة", "والمريض", "والمريضة", "بالمريض", "بالمريضة"})
)

// titleCased returns ws with the capitalised form of every word that has
// one ("Пациент", "Μητέρα").
func titleCased(ws []string) []string {
	out := ws
	for _, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		if u := unicode.ToUpper(r); u != r {
			out = append(out, string(u)+w[n:])
		}
	}
	return out
}

// foreignBirth are the words of a date of birth ("nacida el", "né le",
// "data de nascimento", "urodzona", "ngày sinh").
var foreignBirth = []string{
	"nacimiento", "nacido", "nacida", "nació", "nacio", "naissance", "né", "née", "nascimento", "nascido",
	"nascida", "nasceu", "urodzony", "urodzona", "urodzenia", "geboren", "geburtsdatum", "nascita", "fèt",
	"sinh",
	// Haitian Creole ("dat nesans"), Cape Verdean, Somali ("taariikhda
	// dhalashada", "dhashay" born), Tagalog ("petsa ng kapanganakan",
	// "ipinanganak" born)
	"nesans", "nasimentu", "dhalashada", "dhalasho", "dhashay", "kapanganakan", "ipinanganak",
	// Spanish and Portuguese abbreviations: "fecha de nac.", "data de nasc."
	"nac", "nasc",
}

// foreignHealth are a patient's events and care in the same languages:
// appointments, admissions, discharges, surgery, falls, deaths ("tiene
// cita el 3 de marzo", "hospitalisée depuis le 28 février", "wypisany 3
// marca"). They join the health words and the date model's health cues.
// English words ("alta", "chute", "sortie") are left out.
var foreignHealth = []string{
	// Spanish
	"cita", "citas", "consulta", "ingresó", "ingreso", "ingresado", "ingresada", "hospitalizado", "hospitalizada",
	"internado", "internada", "operado", "operada", "cirugía", "cirugia", "falleció", "fallecio", "caída", "caida",
	"cayó", "urgencias", "diálisis", "dialisis", "paciente",
	// French
	"hospitalisé", "hospitalisée", "hospitalise", "hospitalisee", "admis", "admise", "opéré", "opérée", "chirurgie",
	"décédé", "décédée", "urgences", "rendez-vous", "dialyse", "accouchement",
	// Portuguese
	"internação", "internacao", "cirurgia", "faleceu", "queda", "emergência", "diálise",
	// Polish
	"wypisany", "wypisana", "przyjęty", "przyjęta", "operacja", "zmarł", "zmarła", "upadek", "wizyta", "szpital", "pacjent", "pacjentka",
	// German, Italian
	"aufgenommen", "entlassen", "operiert", "gestorben", "sturz", "ricoverato", "ricoverata", "dimesso", "dimessa",
	"deceduto", "deceduta", "caduta", "appuntamento",
	// Haitian Creole
	"tonbe", "lopital", "randevou", "mouri",
}

// foreignCard are the words for a payment card, read as "card"
// ("tarjeta 4532 ...", "cartão", "carte bancaire", "karta", "карта").
var foreignCard = []string{"tarjeta", "tarjetas", "carte", "cartes", "cartão", "cartao", "cartões", "karta", "karty",
	"kartę", "karte", "carta", "kaart", "thẻ", "карта", "карты", "картка", "κάρτα"}

// foreignStay are the verbs of where someone lives, the writer too ("vive
// en Chelsea", "habite à Lowell", "moro em Luanda", "mieszka w
// Hamtramck"), read as
// "lives"; foreignAddress are the words for an address, read as
// "address".
var (
	foreignStay = []string{"vive", "viven", "vivía", "vivo", "vivimos", "habite", "habitent", "habitait", "habito",
		"mora", "moram", "morava", "moro", "mieszka", "mieszkają", "mieszkam", "wohnt", "wohne", "woont", "woon", "abita",
		"abito",
		// Haitian Creole, with no preposition before the town: "li rete Lynn"
		"rete", "abite"}
	foreignAddress = []string{"dirección", "direccion", "domicilio", "adresse", "endereço", "endereco", "adres", "adrès", "anschrift", "indirizzo"}
)

// foreignIn are the prepositions a foreign residence verb takes for "in".
var foreignIn = map[string]bool{"en": true, "à": true, "a": true, "em": true, "no": true, "na": true, "w": true,
	"in": true, "nan": true, "au": true}

// englishCue is the English cue a foreign residence or address word
// stands for ("vive" is "lives"), else w itself.
func englishCue(w string) string {
	for _, f := range foreignStay {
		if w == f {
			return "lives"
		}
	}
	for _, f := range foreignAddress {
		if w == f {
			return "address"
		}
	}
	return w
}

// prepAfter is the word at token j, or "in" for a foreign preposition
// after a foreign residence verb ("vive en", "mora em").
func (s *scanner) prepAfter(j int, foreign bool) string {
	if foreign && foreignIn[s.w(j)] {
		return "in"
	}
	return s.w(j)
}

// frequentGiven is the given-name frequency (log2 of US births) from
// which a foreign function word in lower case may still be a name:
// "ella", "della", "elle" are; "dela", "ela", "lei" are read as words.
const frequentGiven = 14

// foreignKinSet holds foreignKin for a look-up by word.
var foreignKinSet = func() map[string]bool {
	m := make(map[string]bool, len(foreignKin))
	for _, w := range foreignKin {
		m[w] = true
	}
	return m
}()

// ofForeign reports the word for "of" after a foreign relative ("hija de",
// "fils du", "figlia di", "filha da").
func ofForeign(w string) bool {
	switch w {
	case "de", "del", "du", "des", "di", "da", "do", "dos", "das":
		return true
	}
	return false
}

// foreignStop holds the function words of other languages
// (gazetteer/stopwords.txt, built by scripts/gen_phi_stopwords.py from
// stopwords-iso): a lower-case word on it is a word of the sentence, not a
// name ("llamó su nieta", "dit que sa fille"), unless the given-name list
// says otherwise.
//
//go:embed gazetteer/stopwords.txt
var foreignStopList string

var foreignStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(foreignStopList) {
		m[w] = true
	}
	return m
}()

// otherLanguageRun reports lower-case words i..end none of which is a
// listed given name or surname in a message written in another language.
func (s *scanner) otherLanguageRun(i, end int) bool {
	for k := i; k <= end; k++ {
		if t := s.toks[k]; !t.punct && (s.gz(k).isGiven() || s.gz(k).sur >= 2) {
			return false
		}
	}
	return s.foreignText(i)
}

// foreignText reports a message written (in part) in another language:
// two words besides token i that are a relative, a residence verb or an
// address word of foreign_cues' languages, or one of their function words
// that is no everyday English word ("neta", "moro", "sou", "dela"; not
// "a", "no", "me").
func (s *scanner) foreignText(i int) bool {
	if s.foreignWords < 0 {
		// counted once a message: the words of the other languages
		n := int8(0)
		for k := range s.toks {
			if s.foreignWordAt(k) {
				if n++; n == 3 {
					break // (enough to answer for any i)
				}
			}
		}
		s.foreignWords = n
	}
	n := s.foreignWords
	if n < 3 && n > 0 && s.foreignWordAt(i) {
		n-- // besides token i
	}
	return n >= 2
}

// foreignWordAt reports a word at token k that foreignText counts.
func (s *scanner) foreignWordAt(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.punct || t.nd > 0 {
		return false
	}
	if s.in(k, foreignAddr) {
		return true
	}
	w := s.w(k)
	if h := wordHash(w); foreignFilter[h>>6&(1<<10-1)]&(1<<(h&63)) == 0 {
		return false // (most words: one bit, not two map look-ups)
	}
	return foreignKinSet[w] || foreignStop[w] && s.gz(k).word < 6
}

// foreignFilter has a bit set for the wordHash of every word of
// foreignKin and foreignStop: a word whose bit is clear is on neither.
var foreignFilter = func() (f [1 << 10]uint64) {
	for _, ws := range [][]string{foreignKin, strings.Fields(foreignStopList)} {
		for _, w := range ws {
			h := wordHash(w)
			f[h>>6&(1<<10-1)] |= 1 << (h & 63)
		}
	}
	return
}()
