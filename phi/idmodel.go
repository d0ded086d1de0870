package phi

import (
	"slices"
	"strconv"
)

// The identifier model finds the record, member, claim and account numbers
// that no label typed and no shape proves: a number written where a
// person's number goes ("her card says 892694130-00", a table row of a
// name, a payer and a number, "claim # AMT-1548-11486 (Stewart)"). Every
// run of digits and letters that looks like an identifier and that no
// other pass has claimed is a candidate: at least five digits, or four
// with letters, in one token or in groups joined by dashes or single
// spaces. The model scores it from its shape (digits, letters, groups, a
// year or a date inside), the punctuation around it, the words around it
// (hashed, as the age and town models read them, and the nearest word
// before it, which is where a label goes: "claim", "card", "ticket",
// "order" need no list) and what the message holds (found names on its
// line or near, other identifiers, health words, payers), and adds an
// identifier where the log-odds pass identRescue. Weights are learned
// offline from the tuning halves of the corpora (idmodel_train_test.go)
// and embedded in idmodel_weights.go.

//go:generate go test -run TestTrainIdentModel -identtrain write .

// Identifier model features.
const (
	ifBias = iota
	ifD5   // digits: five (or four, with letters)
	ifD6
	ifD7
	ifD8
	ifD9
	ifD10
	ifD11
	ifD12
	ifD13 // thirteen or more
	ifNoLetters
	ifLetterHead // letters, then digits: "W962396582", "INC0050702"
	ifLetterTail // digits, then a letter: "1100483726B"
	ifLetterMix  // letters elsewhere: "4TE5", "2gk3n31de95"
	ifLower      // a lower-case letter
	ifOneLetter  // one letter only
	ifLetters3   // three letters or more
	ifDashes     // groups joined by dashes
	ifSpaces     // groups joined by spaces
	ifGroups3    // three groups or more
	ifZero       // a leading zero
	ifYear       // a four-digit group that reads as a year (1900-2039)
	ifDate8      // eight digits that read as a date (yyyymmdd, mmddyyyy)
	ifPhone10    // ten digits: a phone's length
	ifPrevHash
	ifPrevColon
	ifPrevParen
	ifPrevMark // a backtick or an asterisk: markup
	ifPrevBar
	ifPrevComma
	ifPrevDash
	ifPrevStart // the line starts with it
	ifNextParen
	ifNextComma
	ifNextStop
	ifNextBar
	ifNextEnd    // the line ends with it
	ifNameBefore // a found name ends within three tokens before, on its line
	ifNameAfter  // a found name starts within three tokens after, on its line
	ifNameLine   // a found name elsewhere on its line
	ifNameNear   // a found name within twelve tokens
	ifNoName     // the message has no found name
	ifNames2     // two found names or more
	ifIDs        // another personal identifier is found in the message
	ifIDLine     // another identifier on the same line
	ifDateFound  // a date is found in the message
	ifHealth
	ifKinNear // a relative within six tokens
	ifPayerLine
	ifLabelMRN // a label word of a type within five tokens before (a label the label pass did not take)
	ifLabelPlan
	ifLabelAccount
	ifLabelLicense
	ifLabelDevice
	ifLabelOther // a label of the other types (SSN, plate)
	ifBlockBefore
	ifVersionBefore
	ifNumbers4     // four identifier candidates or more in the message
	ifTable        // its line holds two bars: a table row
	ifMoney        // a dollar amount on its line
	ifPhoneWord    // a phone's or an extension's word right before: the phone pass has judged it
	ifEquipment    // a serial label after a word of equipment: an asset's serial
	ifHash         // hashed words: before, after, two before, two after, the nearest word before
	nIdentFeatures = ifHash + 5*contextBuckets
)

var identBaseNames = [ifHash]string{"bias", "d5", "d6", "d7", "d8", "d9", "d10", "d11", "d12", "d13",
	"no_letters", "letter_head", "letter_tail", "letter_mix", "lower", "one_letter", "letters3",
	"dashes", "spaces", "groups3", "zero", "year", "date8", "phone10",
	"prev_hash", "prev_colon", "prev_paren", "prev_mark", "prev_bar", "prev_comma", "prev_dash", "prev_start",
	"next_paren", "next_comma", "next_stop", "next_bar", "next_end",
	"name_before", "name_after", "name_line", "name_near", "no_name", "names2", "ids", "id_line", "date_found",
	"health", "kin_near", "payer_line",
	"label_mrn", "label_plan", "label_account", "label_license", "label_device", "label_other",
	"block_before", "version_before", "numbers4", "table", "money", "phone_word", "equipment"}

// identFeatureName names the features in the weights file.
func identFeatureName(k int) string {
	if k < ifHash {
		return identBaseNames[k]
	}
	if k >= ifHash+4*contextBuckets {
		return "label#" + strconv.Itoa(k-ifHash-4*contextBuckets)
	}
	return contextFeatureName(k, ifHash)
}

// identCand is an identifier candidate: tokens i..end, its shape.
type identCand struct {
	i, end          int
	digits, letters int
	groups          int
	dashes, spaced  bool
	head, tail, mix bool
	lower, zero     bool
	year, date8     bool
	phone10         bool
}

// identCands returns the runs of tokens that may be an unlabelled
// identifier and that no candidate claims yet (in s.identBuf: valid until
// the next call). The runs are disjoint, so a finding added over one
// leaves the others candidates.
func (s *scanner) identCands() []identCand {
	n := len(s.toks)
	s.identBuf = s.identBuf[:0]
	for i := s.digitToks.next(0, n); i < n; i = s.digitToks.next(i+1, n) {
		// the run may start with a letter group joined by a dash: "WC-2024-544282"
		st := i
		if st >= 2 && s.is(st-1, '-') && s.toks[st-1].sp == 0 && s.toks[st].sp == 0 && !s.toks[st-2].punct && s.toks[st-2].nd == 0 &&
			s.toks[st-2].e-s.toks[st-2].s <= 4 && (st < 3 || !(s.toks[st-2].sp == 0 && s.toks[st-3].punct)) {
			st -= 2
		}
		if st > 0 && s.toks[st].sp == 0 && s.toks[st-1].punct && s.glueBefore(st-1) {
			continue // part of a path, a decimal, an amount, a time, a file name
		}
		var c identCand
		c.i = st
		end := st
		for k := st; ; {
			t := s.toks[k]
			c.digits += int(t.nd)
			c.letters += int(t.na)
			c.groups++
			end = k
			if k+2 < n && s.is(k+1, '-') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 && !s.toks[k+2].punct && c.groups < 6 &&
				(s.toks[k+2].nd > 0 || s.toks[k+2].e-s.toks[k+2].s <= 3) {
				c.dashes = true
				k += 2
				continue
			}
			if k+1 < n && s.toks[k+1].sp == 1 && !s.toks[k+1].punct && t.na == 0 && t.nd >= 2 && s.toks[k+1].na == 0 &&
				s.toks[k+1].nd >= 2 && s.toks[k+1].nd <= 5 && c.groups < 5 {
				c.spaced = true
				k++
				continue
			}
			break
		}
		c.end = end
		i = max(i, end)
		size := int(s.toks[end].e - s.toks[c.i].s)
		if c.digits < 4 || c.digits < 5 && (c.letters < 1 || size < 6) || size > 30 {
			continue
		}
		if end+1 < n && s.toks[end+1].sp == 0 && s.toks[end+1].punct && s.glueAfter(end+1) {
			continue
		}
		st0, en0 := int(s.toks[c.i].s), int(s.toks[end].e)
		if s.claimed(st0, en0) {
			continue
		}
		s.identShape(&c)
		s.identBuf = append(s.identBuf, c)
	}
	return s.identBuf
}

// glueBefore reports punctuation at token k, glued to the run after it,
// that makes the run part of something else: "$", ".", "/", ":", "@",
// "+", "=", "_", "%", "&", "~", "\".
func (s *scanner) glueBefore(k int) bool {
	switch s.b[s.toks[k].s] {
	case '$', '.', '/', ':', '@', '+', '=', '_', '&', '~', '\\':
		return true
	case '-':
		return k > 0 && s.toks[k].sp == 0 && !s.toks[k-1].punct
	}
	return false
}

// glueAfter reports punctuation at token k, glued to the run before it,
// that makes the run part of something else: a decimal, a path, a
// percent, an e-mail, a time.
func (s *scanner) glueAfter(k int) bool {
	c := s.b[s.toks[k].s]
	switch c {
	case '%', '/', '@', '_', '=', '+', '&', '\\':
		return true
	case '.', ':', '-':
		return k+1 < len(s.toks) && s.toks[k+1].sp == 0 && !s.toks[k+1].punct
	}
	return false
}

// identShape reads the shape facts of candidate c.
func (s *scanner) identShape(c *identCand) {
	sawDigit := false
	for k := c.i; k <= c.end; k++ {
		if s.toks[k].punct {
			continue
		}
		v := s.b[s.toks[k].s:s.toks[k].e]
		run := 0
		for j, ch := range v {
			switch {
			case isDigit(ch):
				if !sawDigit && ch == '0' {
					c.zero = true
				}
				sawDigit = true
				run++
			default:
				if run == 4 {
					c.year = c.year || yearRun(v[j-4:j])
				}
				run = 0
				if ch >= 'a' && ch <= 'z' {
					c.lower = true
				}
				switch {
				case !sawDigit:
					c.head = true
				case k == c.end && j == len(v)-1:
					c.tail = true
				default:
					c.mix = true
				}
			}
		}
		if run == 4 {
			c.year = c.year || yearRun(v[len(v)-4:])
		}
	}
	if c.letters == 0 && c.digits == 8 {
		var d [8]byte
		n := 0
		for k := c.i; k <= c.end; k++ {
			if !s.toks[k].punct {
				n += copy(d[n:], s.b[s.toks[k].s:s.toks[k].e])
			}
		}
		c.date8 = validPlainDate(d[:])
	}
	c.phone10 = c.letters == 0 && (c.digits == 10 || c.digits == 11 && s.b[s.toks[c.i].s] == '1')
}

// yearRun reports four digits that read as a year from 1900 to 2039.
func yearRun(v []byte) bool {
	y := atoi(v)
	return y >= 1900 && y <= 2039
}

// identMsg holds what the identifier model reads of the whole message.
type identMsg struct {
	names   [][2]int // token spans of the names found
	ids     [][2]int // token spans of the other identifiers found
	dates   bool
	numbers int
}

func (s *scanner) identMessage(numbers int) (m identMsg) {
	m.numbers = numbers
	m.names, m.ids = s.spanBuf[:0], s.spanBuf2[:0]
	defer func() { s.spanBuf, s.spanBuf2 = m.names, m.ids }()
	for _, c := range s.cands {
		switch c.t {
		case Name:
			m.names = append(m.names, [2]int{s.tokAt(c.s), s.tokAt(c.e) - 1})
		case Date:
			m.dates = true
		case blockType, Age:
		default:
			m.ids = append(m.ids, [2]int{s.tokAt(c.s), s.tokAt(c.e) - 1})
		}
	}
	return m
}

// identFeatures adds the features of candidate c.
func (s *scanner) identFeatures(fb *rescueFeats, c *identCand, m *identMsg) {
	fb.add(ifBias)
	fb.add(ifD5 + min(max(c.digits, 5), 13) - 5)
	if c.letters == 0 {
		fb.add(ifNoLetters)
	}
	for _, f := range [...]struct {
		on bool
		k  int
	}{{c.head, ifLetterHead}, {c.tail, ifLetterTail}, {c.mix, ifLetterMix}, {c.lower, ifLower},
		{c.letters == 1, ifOneLetter}, {c.letters >= 3, ifLetters3}, {c.dashes, ifDashes}, {c.spaced, ifSpaces},
		{c.groups >= 3 && (c.dashes || c.spaced), ifGroups3}, {c.zero, ifZero}, {c.year, ifYear}, {c.date8, ifDate8},
		{c.phone10, ifPhone10}} {
		if f.on {
			fb.add(f.k)
		}
	}
	i, end := c.i, c.end
	p, nx := i-1, end+1
	switch {
	case p < 0 || s.toks[i].sp == 2:
		fb.add(ifPrevStart)
	case s.is(p, '#'):
		fb.add(ifPrevHash)
	case s.is(p, ':'):
		fb.add(ifPrevColon)
	case s.is(p, '('):
		fb.add(ifPrevParen)
	case s.is(p, '`') || s.is(p, '*'):
		fb.add(ifPrevMark)
	case s.is(p, '|'):
		fb.add(ifPrevBar)
	case s.is(p, ','):
		fb.add(ifPrevComma)
	case s.is(p, '-') || s.longDash(p):
		fb.add(ifPrevDash)
	}
	switch {
	case nx >= len(s.toks) || s.toks[nx].sp == 2:
		fb.add(ifNextEnd)
	case s.is(nx, ')'):
		fb.add(ifNextParen)
	case s.is(nx, ','):
		fb.add(ifNextComma)
	case s.is(nx, '.') || s.is(nx, ';'):
		fb.add(ifNextStop)
	case s.is(nx, '|'):
		fb.add(ifNextBar)
	}
	a, b := s.identLine(c, 40)
	before, after, line, near := false, false, false, false
	for _, nm := range m.names {
		switch {
		case nm[1] < i && i-nm[1] <= 4 && nm[1] >= a:
			before = true
		case nm[0] > end && nm[0]-end <= 4 && nm[0] <= b:
			after = true
		case nm[0] >= a && nm[1] <= b:
			line = true
		}
		if nm[1] < i && i-nm[1] <= 12 || nm[0] > end && nm[0]-end <= 12 {
			near = true
		}
	}
	for _, f := range [...]struct {
		on bool
		k  int
	}{{before, ifNameBefore}, {after, ifNameAfter}, {line, ifNameLine}, {near, ifNameNear},
		{len(m.names) == 0, ifNoName}, {len(m.names) >= 2, ifNames2}, {len(m.ids) > 0, ifIDs},
		{m.dates, ifDateFound}, {s.health, ifHealth}, {m.numbers >= 4, ifNumbers4}} {
		if f.on {
			fb.add(f.k)
		}
	}
	for _, id := range m.ids {
		if id[0] >= a && id[1] <= b {
			fb.add(ifIDLine)
			break
		}
	}
	bars, money, payer := 0, false, false
	for k := a; k <= b; k++ {
		switch {
		case s.is(k, '|'):
			bars++
		case s.is(k, '$'):
			money = true
		case s.in(k, payers):
			payer = true
		}
	}
	if bars >= 2 {
		fb.add(ifTable)
	}
	if money {
		fb.add(ifMoney)
	}
	if payer {
		fb.add(ifPayerLine)
	}
	for k := max(0, i-6); k <= min(len(s.toks)-1, end+6); k++ {
		if (k < i || k > end) && s.inAny(k, relatives, kinPlural) {
			fb.add(ifKinNear)
			break
		}
	}
	// the words before it on its line, up to five and not past another
	// value (the label there is that value's): the nearest that is no
	// filler, hashed, and the first of a label's, an organisation's label's
	// or a version's word, with a phone's word among the first two
	label, typed := -1, false
	for k, seen := i-1, 0; k >= a && seen < 5 && (label < 0 || !typed); k-- {
		if s.toks[k].nd > 0 {
			break
		}
		if s.toks[k].punct {
			continue
		}
		seen++
		if label < 0 && !s.in(k, fillerWords) {
			label = int(fnv(s.w(k)) % contextBuckets)
		}
		if typed {
			continue
		}
		if seen <= 2 && (s.in(k, phoneWords) || s.in(k, extWords)) && !s.in(k, fillerWords) {
			fb.add(ifPhoneWord)
		}
		lt, ok := labelType[s.w(k)]
		switch {
		case ok:
			if lt == DeviceID && s.equipmentBefore(k) {
				fb.add(ifEquipment)
			}
			fb.add(labelFeature(lt))
		case s.in(k, blockLabels):
			fb.add(ifBlockBefore)
		case s.in(k, versionWords):
			fb.add(ifVersionBefore)
		default:
			continue
		}
		typed = true
	}
	for slot, bk := range s.contextWords(i, end) {
		fb.add(ifHash + slot*contextBuckets + bk)
	}
	if label >= 0 {
		fb.add(ifHash + 4*contextBuckets + label)
	}
}

// labelFeature is the feature of a label word of type lt before a
// candidate.
func labelFeature(lt Type) int {
	switch lt {
	case MRN:
		return ifLabelMRN
	case HealthPlanID:
		return ifLabelPlan
	case AccountNumber:
		return ifLabelAccount
	case LicenseNumber:
		return ifLabelLicense
	case DeviceID:
		return ifLabelDevice
	}
	return ifLabelOther
}

// extWords name a phone extension.
var extWords = words("ext", "extension", "extn", "x")

// refusedIdent reports the candidates the model may never add: an asset's
// serial (the device pass refuses equipment, equipmentBefore).
func refusedIdent(f []uint16) bool {
	return slices.Contains(f, ifEquipment)
}

// identLine returns the first and last tokens of candidate c's line, or
// of pad tokens either side of it where the line is too long to read.
func (s *scanner) identLine(c *identCand, pad int) (int, int) {
	if a, b := s.lineOf(c.i, 400); a >= 0 {
		return a, b
	}
	return max(0, c.i-pad), min(len(s.toks)-1, c.end+pad)
}

// identType is the type a rescued identifier is given: the nearest label's
// before it on its line, a payer's on the line, else a record number.
func (s *scanner) identType(c *identCand) Type {
	a, b := s.identLine(c, 12)
	for k := c.i - 1; k >= a && k >= c.i-8; k-- {
		if lt, ok := labelType[s.w(k)]; ok && lt != VehicleID {
			return lt
		}
	}
	for k := a; k <= b; k++ {
		if s.in(k, payers) {
			return HealthPlanID
		}
	}
	return MRN
}

// ownedIdentRescue is identRescue in a message that names someone or
// holds a personal identifier already (ownerInMessage): the number has a
// person to belong to, as a date there has (ownedRescue). On the writer
// folds of TestIdentModelCV (-identcv-grid "3e-3 30 1;3e-3 30 0.5;3e-3 30
// 0;3e-3 30 -0.5;3e-3 30 -1", every message) the model adds 267 right and
// 14 wrong identifiers at 1, 303 and 32 at 0.5, 335 and 48 at 0, 358 and
// 81 at -0.5, 371 and 134 at -1: past 0 a right one costs more than a
// wrong one. A message with no one in it keeps identRescue: "our AWS
// account 772091335512", "the ID is 660193822" at the kiosk.
var ownedIdentRescue float32 = 0

// rescueIdents adds the identifiers the model finds among the runs no
// pass has claimed.
func (s *scanner) rescueIdents() {
	if identRescue >= 100 {
		return
	}
	cands := s.identCands()
	if len(cands) == 0 {
		return
	}
	m := s.identMessage(len(cands))
	bar := identRescue
	if s.ownerInMessage() {
		bar = min(bar, ownedIdentRescue)
	}
	for c := range cands {
		c := &cands[c]
		fb := &s.rescueFB
		*fb = rescueFeats{w: identWeights[:]}
		s.identFeatures(fb, c, &m)
		if s.identTrain != nil {
			s.identTrain(c.i, c.end, false, fb.f[:fb.n])
		}
		if fb.z > bar && !refusedIdent(fb.f[:fb.n]) {
			s.addTok(s.identType(c), c.i, c.end, priContext)
		}
	}
}
