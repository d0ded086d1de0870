package phi

import "strings"

// Context features of the name model that do not depend on capitals: the
// words around a candidate that make it a person in someone's care. In a
// message typed in lower case, or in the shorthand of a ward ("bob in 638
// is asking for you", "check on okafor", "mimi's sats are dropping",
// "b12 fields - cellulitis"), these words are what tells a name from a
// word; the model learns how much each one weighs.

// The word lists here are small sets, not lexicon lists: a listed word is no
// name candidate, and "walker", "page" or "cast" are surnames too.

// careVerbs take a person in someone's care as their object: "check on X",
// "sit with X", "round on X", "visiting X", "watch X".
var careVerbs = small("visit", "visiting", "visited", "watch", "watching", "bathe", "turn", "feed", "feeding",
	"transport", "transporting", "discharge", "discharging", "admit", "admitting", "triage", "triaged", "book", "schedule", "reschedule", "r/s", "reposition", "ambulate", "walk", "sedate", "restrain",
	"settle", "settled", "assess", "assessed", "evaluate", "consent", "consented", "prep",
	"prepped", "draw", "swab", "swabbed", "transfer", "transferring")

// carePreps are the second word of two-word care verbs: "check on X",
// "sit with X", "round on X", "look in on X", "ask for X".
var carePreps = small("on", "with", "in", "for")

// careHeads are the first word of those two-word verbs.
var careHeads = small("check", "checked", "checking", "sit", "sat", "sitting", "round", "rounded", "rounding", "look",
	"peek", "stay", "stayed", "staying", "ask", "pray", "praying")

// callVerbs reach a person by telephone: "called X, she'll be here".
var callVerbs = small("call", "called", "calling", "phone", "phoned", "ring", "rang", "reach", "reached", "page",
	"paged", "notify", "notified", "text", "texted", "tell", "told", "update", "updated", "remind", "reminded")

// careNouns are what a patient has: after "X's" they make X the patient
// or a visitor ("X's sats", "X's meds", "X's keys", "X's daughter").
var careNouns = small("sats", "vitals", "labs", "lab", "bp", "o2", "pain", "wound", "dressing", "foley", "iv", "line",
	"picc", "drain", "tele", "monitor", "pump", "implant", "pacemaker", "pacer", "keys", "belongings", "wallet", "glasses",
	"dentures", "hearing", "ride", "family", "kids", "meds", "medication", "insulin", "dose", "diet", "tray", "sugar",
	"sugars", "glucose", "fluids", "weight", "temp", "fever", "mri", "ct", "echo", "cath", "port", "trach", "vent",
	"cxr", "xray", "x-ray", "ekg", "ecg", "potassium", "hgb", "inr", "a1c", "proxy", "poa", "guardian", "caregiver",
	"nurse", "pcp", "results", "scan", "surgery", "procedure", "appt", "appointment", "discharge", "admission",
	"stay", "visit", "bed", "code", "dnr", "cultures", "urine", "biopsy", "chemo", "dialysis", "infusion", "rehab",
	"pt/ot", "consent", "mom", "dad", "son", "daughter", "wife", "husband", "mother", "father", "sister", "brother",
	"niece", "nephew", "grandson", "granddaughter", "chart", "mrn", "dob", "bill", "account", "insurance", "cell",
	"phone", "address", "room", "walker", "wheelchair", "cane", "oxygen", "catheter", "blood", "heart", "hip",
	"knee", "leg", "arm", "lungs", "kidney", "liver", "skin", "bowel", "diagnosis", "condition", "prognosis",
	"follow-up", "f/u", "bloodwork", "swab", "test", "tests", "stitches", "staples", "cast", "sling")

// stateWords say how a person in care is doing: "X is asking for you",
// "X is back from ct", "X refused her meds".
var stateWords = small("asking", "refusing", "refused", "requesting", "sleeping", "asleep", "awake", "agitated",
	"confused", "npo", "stable", "comfortable", "crying", "yelling", "eating", "ambulating", "desatting",
	"febrile", "afebrile", "hypotensive", "tachy", "brady", "vomiting", "nauseous", "sundowning", "combative",
	"delirious", "lethargic", "restless", "incontinent", "bedbound", "c/o", "complaining", "coughing",
	"bleeding", "fell", "fallen", "wandering", "pulled", "pulling", "no-showed", "noshowed", "no-show")

// backFrom are the places a patient comes back from: "X is back from ct".
var backFrom = small("ct", "mri", "or", "surgery", "dialysis", "xray", "x-ray", "cath", "ir", "endo", "pacu",
	"imaging", "procedure", "radiology", "scan", "echo", "ultrasound", "us", "pt", "therapy", "rehab", "er", "ed",
	"icu", "hospital", "nuclear", "gi", "bronch", "ekg")

// heShe are the pronouns a note about a person goes on with.
var heShe = small("she", "he", "she's", "he's", "she'll", "he'll", "shes", "hes", "she'd", "he'd")

// contextFeatures adds the care-context features of the candidate i..end.
func (s *scanner) contextFeatures(fb *features, i, end int) {
	if s.roomAfter(end) {
		fb.add(fRoomAfter)
	}
	if s.roomBefore(i) {
		fb.add(fRoomBefore)
	}
	switch p := i - 1; {
	case s.tokIn(p, &careVerbs) || s.tokIn(p, &carePreps) && s.tokIn(p-1, &careHeads) || s.tokIn(p, &carePreps) && s.tokIn(p-1, &carePreps) && s.tokIn(p-2, &careHeads):
		fb.add(fPrevCare) // "check on X", "sit with X", "look in on X"
	case s.tokIn(p, &callVerbs) || s.w(p) == "back" && s.tokIn(p-1, &callVerbs):
		fb.add(fPrevCall) // "called X", "call back X"
	}
	if s.possessive(end) && s.tokIn(end+3, &careNouns) {
		fb.add(fPossCare)
	}
	if s.stateAfter(end) {
		fb.add(fStateAfter)
	}
	if s.quotedNick(end+1) || s.is(end+1, '(') && s.toks[end+1].sp == 1 && (s.w(end+2) == "aka" || s.w(end+2) == "goes") {
		fb.add(fNickAfter) // `X "dima"`, "X (aka bobby)"
	}
	if s.is(end+1, ',') && s.tokIn(end+2, &heShe) {
		fb.add(fPronounAfter) // "called X, she'll be here"
	}
	if s.clinicalAfterDash(end) {
		fb.add(fDashClinical)
	}
}

// roomCode reports a token that is a bed or room number: "638", "28a",
// "b12", "4w", "13b" (digits, at most two letters, no more than five
// characters).
func (s *scanner) roomCode(k int) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	t := s.toks[k]
	return !t.punct && t.nd > 0 && t.nd <= 4 && t.na <= 2 && t.e-t.s <= 5 && (t.na > 0 || t.nd >= 2)
}

// roomAfter reports where a person lies, right after the candidate ending at
// end: "X in 638", "X is in 28a", "X (13b)", "X in bed 4", "X, 4b,".
func (s *scanner) roomAfter(end int) bool {
	k := end + 1
	if w := s.w(k); w == "is" || w == "was" || w == "still" || w == "now" {
		k++
		if s.w(k) == "still" || s.w(k) == "now" {
			k++
		}
	}
	if s.inRoom(k) {
		return true
	}
	if s.is(k, '(') && s.roomCode(k+1) && s.is(k+2, ')') {
		return s.toks[k+1].na > 0 || s.toks[k+1].nd >= 3 // "(13b)", "(540)"; not an age "(93)"
	}
	return false
}

// roomBefore reports a bed or room number right before the candidate at i at
// the start of a line or after a bed word, as ward lists write a patient:
// "b12 fields - cellulitis", "bed 12 yang", "657a pereira"; or a bed or
// room designation at the head of a list item, bulleted or numbered ("2.
// 730-A Ignatius Polk", "• triage 7 Okafor", "- pod C 7 Ruiz", "4W-17
// (Brannigan)"), or after a list's comma or colon when a bed word or a
// dashed code leaves no doubt ("admits: 608-A Thibodeaux, triage 3
// Ferreira").
func (s *scanner) roomBefore(i int) bool {
	p := i - 1
	paren := false
	if s.is(p, '(') && s.toks[p].sp == 1 && s.toks[i].sp == 0 {
		p, paren = p-1, true // "4W-17 (Brannigan)", "- rm 12 (Ferreira J)"
	} else if s.toks[i].sp != 1 {
		return false
	}
	if !paren && s.roomCode(p) && (s.in(p-1, bedWords) || s.lineStart(p) || s.lineStart(p-1) && s.toks[p-1].punct) {
		return true
	}
	q, strong := s.roomStart(p)
	return q >= 0 && (s.itemStart(q) || !paren && strong && q > 0 && s.toks[q-1].punct && itemSeps[s.b[s.toks[q-1].s]])
}

// roomStart returns the first token of a bed or room designation that
// ends at token p, and whether it is unmistakable (a bed word or a dash in
// it: "bed 6", "triage 7", "pod C 7", "730-A", "4W-9"; not "540", "340b",
// "2nd"), or -1.
func (s *scanner) roomStart(p int) (int, bool) {
	if uint(p) >= uint(len(s.toks)) || s.toks[p].punct {
		return -1, false
	}
	t := s.toks[p]
	// "730-A", "4W-9", "10-2": a dashed code, its parts glued (not a
	// spine level, "L4-5", "C5-6")
	dashed := p >= 2 && s.is(p-1, '-') && t.sp == 0 && s.toks[p-1].sp == 0 && !spineLevel(s.lo[s.toks[p-2].s:s.toks[p-2].e])
	if dashed && (t.e-t.s <= 3 && (t.nd > 0 || t.na == 1) && s.roomCode(p-2) ||
		t.nd > 0 && t.nd <= 3 && t.na == 0 && s.toks[p-2].nd > 0 && s.toks[p-2].e-s.toks[p-2].s <= 4) {
		q := p - 2
		if s.in(q-1, bedWords) || roomHeads[s.w(q-1)] {
			q--
		}
		return q, true
	}
	if t.nd == 0 || t.nd > 4 || t.na > 2 || t.e-t.s > 5 {
		return -1, false
	}
	// "bed 6", "triage 7", "chair 8", "pod C 7"
	if s.in(p-1, bedWords) || roomHeads[s.w(p-1)] {
		return p - 1, true
	}
	if p >= 2 && s.toks[p-1].na == 1 && s.toks[p-1].e-s.toks[p-1].s == 1 && (s.w(p-2) == "pod" || s.w(p-2) == "bay") {
		return p - 2, true
	}
	if s.roomCode(p) {
		return p, false
	}
	return -1, false
}

// spineLevel reports a vertebra's name: "l4", "c5", "t12", "s1".
func spineLevel(w string) bool {
	if len(w) < 2 || len(w) > 3 || !strings.ContainsRune("clts", rune(w[0])) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// roomHeads name a place a patient is numbered by, besides bedWords.
var roomHeads = map[string]bool{"triage": true, "chair": true, "hall": true, "crib": true, "isolette": true,
	"bassinet": true, "cubicle": true, "cube": true, "station": true, "slot": true}

// itemSeps separate the items of a list written on one line.
var itemSeps = [256]bool{',': true, ';': true, ':': true, '|': true}

// itemStart reports a token that starts a line or a list item: after a
// bullet ("-", "*", "•", ">") or a number ("2.", "3)") that starts the line.
func (s *scanner) itemStart(q int) bool {
	if s.lineStart(q) {
		return true
	}
	if q < 1 || !s.toks[q-1].punct {
		return false
	}
	if s.lineStart(q - 1) {
		return true // "- bed 4 ...", "• 12b ..."
	}
	// "2. 730-A ...", "3) bed 6 ..."
	return q >= 2 && (s.is(q-1, '.') || s.is(q-1, ')')) && s.toks[q-2].nd > 0 && s.toks[q-2].na == 0 && s.toks[q-2].nd <= 2 && s.lineStart(q-2)
}

// lineStart reports a token that starts the message or a line.
func (s *scanner) lineStart(k int) bool {
	return k == 0 || k > 0 && k < len(s.toks) && s.toks[k].sp == 2
}

// stateAfter reports how a person in care is doing, said right after the
// candidate ending at end: "X is asking for you", "X refused", "X is back
// from ct", "X still npo".
func (s *scanner) stateAfter(end int) bool {
	k := end + 1
	for n := 0; n < 2; n++ {
		if w := s.w(k); w == "is" || w == "was" || w == "still" || w == "now" || w == "has" || w == "been" ||
			w == "keeps" || s.is(k, '\'') && s.toks[k].sp == 0 && (s.w(k+1) == "s") {
			if s.is(k, '\'') {
				k++
			}
			k++
			continue
		}
		break
	}
	if s.tokIn(k, &stateWords) {
		return true
	}
	return s.w(k) == "back" && s.w(k+1) == "from" && s.tokIn(k+2, &backFrom)
}

// clinicalAfterDash reports a ward list row: the candidate ending at end,
// a dash or a colon, then a clinical word ("fields - cellulitis", "ortiz:
// colonoscopy", "yang - hip fx"), not a person.
func (s *scanner) clinicalAfterDash(end int) bool {
	k := end + 1
	if !(s.is(k, '-') || s.is(k, ':')) || s.toks[k].sp == 0 && s.is(k, '-') {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+2; n++ {
		if s.toks[n].punct {
			return false
		}
		if s.in(n, clinicalWords) || s.toks[n].lex == 0 && conditionWords[s.w(n)] ||
			s.in(n, healthWords) && !s.inAny(n, relatives, kinPlural, patientTrig) {
			return true // (not a person: "clearance - pt is ...", "favor: her father")
		}
	}
	return false
}

// detectCareNames takes lower-case names that the name pass leaves out
// because they are typed where no capital and no health word marks a
// person, when the words around them are a ward's words for someone in
// care: a room after ("bob in 638 is asking for you", "no, deluca is in
// 28a now"), a room before at the start of a line ("b12 fields -
// cellulitis"), a care verb before ("check on okafor"), a patient's thing
// after the possessive ("mimi's sats"), a state ("kaur is back from ct"),
// a nickname in quotes; and a frequent surname that is also a listed word
// after a title ("mrs. lane"). The name model decides each.
func (s *scanner) detectCareNames(m nameMsg) {
	// (the tokens the name pass can start at: careName turns down the
	// others, listed lower-case words after no title)
	for n, i := len(s.toks), s.nameToks.next(0, len(s.toks)); i < n; i = s.nameToks.next(i+1, n) {
		t := s.toks[i]
		if t.punct || t.nd > 0 || t.e-t.s < 3 || s.isUpperStart(i) ||
			t.sp == 0 && i > 0 && !s.toks[i-1].punct || t.sp == 0 && (s.is(i-1, '-') || s.is(i-1, '\'') || s.is(i-1, '/') || s.is(i-1, '@') || s.is(i-1, '.')) {
			continue
		}
		// (a token inside a span scored or found is left by the test of
		// the candidate's span below; careName rules out most words first)
		end, ok := s.careName(i)
		if !ok || s.covered(int(s.toks[i].s), int(s.toks[end].e)) || s.staffAfter(end) || s.deptAfter(end) ||
			s.orgLike(i, end) || s.clinicalWordIn(i, end) || s.misspelt(i, end) {
			continue
		}
		nw := 1
		if end > i {
			nw = 2
		}
		titled := s.afterHonorific(i) && m.ctx && !m.biz
		if titled || s.nameAbove(i, end, nw, m, 0) {
			s.addName(i, end)
		}
		i = end
	}
}

// covered reports a span the name model scored over bytes st..en, or an
// identifier or address found there. (Names, ages and dates found around a
// name depend on the model's decisions: ignoring them keeps the candidates
// of this pass, and so the model's training examples, the same whatever
// the weights; a name found twice is one finding.)
func (s *scanner) covered(st, en int) bool {
	for _, c := range s.scored {
		if c.s < en && st < c.e {
			return true
		}
	}
	for _, c := range s.cands {
		if c.s < en && st < c.e && c.t != Name && c.t != Age && c.t != Date {
			return true
		}
	}
	return false
}

// careName parses a lower-case candidate at token i for detectCareNames:
// a surname after a title that is also a listed word ("mrs. lane"), or a
// given name, a surname (of the lists or the census: "pt brannigan") or a
// word in no dictionary with a care cue around it. It returns the last
// token.
func (s *scanner) careName(i int) (int, bool) {
	if s.afterHonorific(i) && s.w(i-1) != "dr" && s.w(i-2) != "dr" {
		if s.listedWord(i) && s.gz(i).sur >= 2 && !s.in(i, stopLower) && s.toks[i].sp == 1 {
			l, _ := s.nameWord(i, true)
			return max(l, i), true // "mrs. lane", "ms. hill"
		}
		return 0, false // the name pass reads the rest after a title
	}
	if s.listedWord(i) || s.in(i, stopLower) || s.in(i, capStop) {
		return 0, false // (before the gazetteer: most lower-case words are listed)
	}
	if g := s.gz(i); !(g.isGiven() || g.sur > 0 || !g.isWord() || censusSurnames()[s.w(i)]) || (g.isCommonWord() || g.word >= 6) && !lowerGiven(g) && g.sur < 2 {
		return 0, false
	}
	end := i
	if e, nw := s.lowerName(i); nw > 0 && e > i {
		end = e // "brittany swift"
	} else if l, ok := s.nameWord(i, true); ok {
		end = l // "o'hara"
	}
	if !s.careCue(i, end) {
		return 0, false
	}
	return end, true
}

// careCue reports a strong care cue around the candidate i..end.
func (s *scanner) careCue(i, end int) bool {
	p := i - 1
	return s.roomAfter(end) || s.roomBefore(i) || s.possessive(end) && s.tokIn(end+3, &careNouns) || s.stateAfter(end) ||
		s.w(p) == "for" && s.is(end+1, ':') && s.toks[end+1].sp == 0 || // a value given for someone: "the MBI for halvorsen: 1EG4-...", "home addy for okafor: 14 ..."
		s.quotedNick(end+1) || s.clinicalAfterDash(end) ||
		s.tokIn(p, &careVerbs) || s.tokIn(p, &carePreps) && s.tokIn(p-1, &careHeads) ||
		(s.w(p) == "pt" && !s.isUpperStart(p) || s.w(p) == "patient") && s.toks[i].sp == 1 // "pt wang says no street mail" (not "PT eval", physical therapy)
}
