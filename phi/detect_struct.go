package phi

import (
	"bytes"
	"strings"
	"sync"
	"unsafe"
)

// Structured text pasted into chat: HL7 v2 segments, delimited tables with a
// header row (CSV, TSV, pipe and Markdown tables) and key/value fragments
// (JSON, YAML-like "key: value" records, key=value pairs, XML elements). The structure,
// not sentence cues, gives each value its type: the HL7 field position, the
// column header or the key. A key or header is read as words ("memberId",
// "patient_name", "Date of Birth") and classified with the label lexicon of
// detect_label.go (and its fuzzy matching); organisational headers (NPI, PO,
// invoice, cost center, provider) block their values instead.
//
// The detector runs only when the message has the bytes such structure needs
// (a '|', a quote, a '=', a "</" or a line break), so plain chat pays a few
// byte searches.

// detectStructured finds values typed by the structure around them.
func (s *scanner) detectStructured() {
	b := s.b
	nl := bytes.IndexByte(b, '\n') >= 0
	pipe := bytes.IndexByte(b, '|') >= 0
	colon := s.colons > 0
	if pipe {
		s.detectHL7()
	}
	if s.digits > 0 {
		s.detectHL7Refs() // "PID-5", "PID.7": a number follows the id
		if bytes.IndexByte(b, '*') >= 0 {
			s.detectX12()
		}
	}
	if nl {
		s.detectTables()
		if colon || pipe || bytes.IndexByte(b, '\t') >= 0 {
			s.detectRecords()
		}
	}
	if colon && (bytes.Contains(b, []byte("\":")) || bytes.Contains(b, []byte("':")) || bytes.Contains(b, []byte("\" :"))) {
		s.detectJSON()
	}
	if bytes.IndexByte(b, '=') >= 0 {
		s.detectKeyValues()
	}
	if bytes.Contains(b, []byte("</")) {
		s.detectXML()
	}
}

// keyKind is what a key or column header says of its values.
type keyKind uint8

const (
	keyNone  keyKind = iota // says nothing: the other detectors decide
	keyPHI                  // its values are PHI of the key's type
	keyBlock                // its values are organisational, never PHI
)

// keyClass is a classified key: its kind and type, and whether it is weak:
// a bare name key ("name", "first name") or an address key, which only a
// personal record makes a patient's.
type keyClass struct {
	kind keyKind
	t    Type
	weak bool
	role bool // a job title or role key: the record is about staff
	doc  bool // a document's or a cover's date ("eff date", "expires"): blocked unless the record is a person's and no cover's
}

// Word lists of keys, on top of the label lexicon (labelType, blockLabels).
var (
	keyNameWords = small("name", "names", "first", "last", "full", "given", "family", "surname", "firstname",
		"lastname", "fullname", "fname", "lname", "middle", "maiden", "alias")
	keyPersonWords = small("patient", "pt", "pat", "guarantor", "insured", "subscriber", "member", "nok", "kin",
		"guardian", "poa", "emergency", "relative", "spouse", "mother", "father", "visitor", "resident",
		"decedent", "beneficiary", "enrollee", "client", "responsible", "party", "parent", "caregiver")
	// staff name colleagues: their name keys are blocked, their other keys
	// decided by the other words ("provider phone")
	keyStaffWords = small("provider", "attending", "physician", "doctor", "dr", "nurse", "rn", "md", "staff",
		"user", "username", "userid", "rep", "author", "owner", "assignee", "assigned", "approver",
		"manager", "referring", "pcp", "admitting", "clinician", "surgeon", "prescriber")
	// organisations and places: nothing they key is an individual's
	keyOrgWords = small("vendor", "facility", "clinic", "department", "dept", "payer", "insurer", "company",
		"employer", "organization", "org", "practice", "host", "hostname", "site", "location", "loc")
	// job titles and roles: a table with such a column lists staff
	keyRoleWords  = small("title", "role", "position", "job", "specialty", "credentials", "extension", "ext", "team")
	keyIDWords    = small("id", "no", "num", "nbr", "number", "#", "identifier", "ids")
	keyPhoneWords = small("phone", "cell", "mobile", "tel", "telephone", "fax", "ph", "phn", "cellphone",
		"homephone", "workphone", "contact", "callback", "whatsapp")
	keyEmailWords = small("email", "e-mail", "mail", "emailaddress")
	keyDateWords  = small("dob", "birth", "birthdate", "birthday", "bday", "dod", "death", "deceased",
		"admit", "admission", "admitted", "discharge", "discharged", "dos", "doa", "doi", "injury", "visit",
		"appt", "appointment", "procedure", "surgery", "service", "encounter", "seen", "expired", "dateofbirth")
	keyAddrWords = small("address", "addr", "street", "address1", "address2", "line1", "residence", "home",
		"city", "town", "zip", "zipcode", "postal", "postcode")
	keyDateOnly = small("date", "dt", "dte")
	// the dates of a document, a card or a policy rather than a person's:
	// expiry, renewal, start of cover (PHI-LABELS.md leaves them out)
	keyExpiryWords = small("exp", "expiry", "expires", "expiration", "expiring", "renewal", "renew", "renews",
		"eff", "effective", "lapse", "lapses", "thru", "valid")
)

// keyWords splits a key into lower-case words at non-alphanumeric bytes and
// camelCase boundaries: "memberId" -> member id, "Date of Birth" -> date of
// birth, "PATIENT_DOB" -> patient dob. "#" is kept as a word. lo is k in
// lower case; the words are its substrings, so they cost no allocation.
func keyWords(k []byte, lo string, dst []string) []string {
	dst = dst[:0]
	st := -1
	flush := func(e int) {
		if st >= 0 && e > st {
			dst = append(dst, lo[st:e])
		}
		st = -1
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case isAlnum(c):
			if st >= 0 && c >= 'A' && c <= 'Z' && i > 0 && k[i-1] >= 'a' && k[i-1] <= 'z' {
				flush(i)
			}
			if st < 0 {
				st = i
			}
		case c == '#':
			flush(i)
			dst = append(dst, "#")
		default:
			flush(i)
		}
		if len(dst) > 8 {
			break
		}
	}
	flush(len(k))
	return dst
}

// classifyKey reads a key's words. Conservative types (phone, e-mail, SSN)
// are PHI whoever they belong to; a staff word blocks the other types; then
// addresses and dates, organisational labels, names and record numbers.
func classifyKey(ws []string) keyClass {
	if len(ws) == 0 || len(ws) > 6 {
		return keyClass{}
	}
	if len(ws) > 1 {
		// a label spelt letter by letter: "D.O.B.", "M R N"
		single := true
		for _, w := range ws {
			single = single && len(w) == 1
		}
		if single {
			ws = []string{strings.Join(ws, "")}
		}
	}
	if len(ws) == 1 && (ws[0] == "unit" || ws[0] == "units") {
		// a column of care units ("4W", "ICU"), no one's identifier; a
		// record's "unit no." is the number after the word
		return keyClass{}
	}
	var staff, block, person, name, id, date, addr, visit, health, org, expiry, dated, event bool
	var idLabel, personLabel Type
	index := keyIndex()
	for i, w := range ws {
		kb := index[w] // the lists w is in
		switch {
		case kb&kbSSN != 0 && w != "security" || w == "sin":
			return keyClass{kind: keyPHI, t: SSN}
		case kb&kbEmail != 0:
			return keyClass{kind: keyPHI, t: Email}
		case kb&kbPhone != 0 && !(w == "contact" && i+1 < len(ws) && keyNameWords.has(ws[i+1])):
			return keyClass{kind: keyPHI, t: Phone}
		case w == "ip":
			return keyClass{kind: keyPHI, t: IPAddress}
		case w == "plate" || w == "vin":
			return keyClass{kind: keyPHI, t: VehicleID}
		case w == "funeral":
			return keyClass{} // "Funeral home: Lydon & Sons, fax ...": a firm, its number read as any other
		}
		if keyExpiryWords.has(w) {
			expiry = true
			continue
		}
		switch {
		case kb&kbStaff != 0:
			staff = true
		case kb&kbOrg != 0:
			org = true
		case kb&kbDate != 0:
			date = true
			visit = visit || w == "visit" || w == "encounter"
		case kb&kbAddr != 0:
			addr = true
		case kb&kbPerson != 0:
			person = true
			if kb&kbLabel != 0 && personLabel == "" {
				personLabel = labelType[w] // "member", "subscriber", "insured", "guarantor"
			}
		case kb&kbName != 0:
			name = true
		case kb&kbID != 0:
			id = true
		case kb&kbDateOnly != 0:
			dated = true
		case w == "of":
		case w == "health":
			health = true
		case w == "card" && health:
			idLabel = HealthPlanID // a provincial health card number
		case kb&kbRole != 0 && len(ws) <= 2:
			return keyClass{role: true}
		case w == "age":
			if len(ws) == 1 {
				return keyClass{kind: keyPHI, t: Age}
			}
		default:
			if kb&kbLabel != 0 {
				if idLabel == "" {
					idLabel = labelType[w]
				}
			} else if kb&kbBlock != 0 {
				block = true
				event = event || eventDateWords[w] // "incident", "transfer"
			} else if len(w) >= 4 && len(w) <= 12 && len(ws) <= 3 && idLabel == "" {
				if t := labelType[typedWord(w)]; t != "" && t != DeviceID {
					idLabel = t // "membr id", "acount"
				}
			}
		}
	}
	switch {
	case staff && (name || !addr && !date && !id && idLabel == ""):
		return keyClass{kind: keyBlock, role: true} // "provider", "attending name"
	case org:
		return keyClass{kind: keyBlock} // "facility address", "vendor id"
	case expiry:
		return keyClass{kind: keyBlock, doc: true} // "lic exp", "card expiry", "eff date": a document's dates
	case visit && id:
		return keyClass{kind: keyPHI, t: AccountNumber} // "visit #", "encounter number"
	case addr:
		// a site's or a vendor's address is no PHI: only a personal record
		// makes it a home's
		return keyClass{kind: keyPHI, t: Address, weak: !person}
	case date, dated && event:
		// "date of incident", "transfer date": the day of something that
		// happened to someone, not a ticket's or an order's
		return keyClass{kind: keyPHI, t: Date}
	case block:
		return keyClass{kind: keyBlock} // "cost center", "group number", "PO #"
	case name:
		return keyClass{kind: keyPHI, t: Name, weak: !person}
	case idLabel == DeviceID && !id && ws[0] != "serial" && ws[0] != "sn" && ws[0] != "udi":
		return keyClass{} // "pump", "device": the model, not its serial
	case idLabel != "":
		return keyClass{kind: keyPHI, t: idLabel}
	case person && id:
		if personLabel != "" {
			return keyClass{kind: keyPHI, t: personLabel} // "member id", "guarantor #"
		}
		return keyClass{kind: keyPHI, t: MRN} // "patient id", "pt #"
	case person:
		return keyClass{kind: keyPHI, t: Name} // "patient", "guarantor", "insured"
	}
	return keyClass{}
}

// The key word lists a word is in, as bits of keyIndex: one map look-up
// per word instead of one per list.
const (
	kbSSN = 1 << iota
	kbEmail
	kbPhone
	kbStaff
	kbOrg
	kbDate
	kbAddr
	kbPerson
	kbName
	kbID
	kbDateOnly
	kbRole
	kbLabel // labelType
	kbBlock // blockLabels
)

var keyIndex = sync.OnceValue(func() map[string]uint16 {
	m := map[string]uint16{}
	for bit, l := range map[uint16]smallSet{kbEmail: keyEmailWords, kbPhone: keyPhoneWords, kbStaff: keyStaffWords,
		kbOrg: keyOrgWords, kbDate: keyDateWords, kbAddr: keyAddrWords, kbPerson: keyPersonWords, kbName: keyNameWords,
		kbID: keyIDWords, kbDateOnly: keyDateOnly, kbRole: keyRoleWords} {
		for w := range l.m {
			m[w] |= bit
		}
	}
	for w := range labelType {
		m[w] |= kbLabel
	}
	for bit, l := range map[uint16]set{kbSSN: ssnWords, kbBlock: blockLabels} {
		for _, w := range lex.lists[l.id] {
			m[w] |= bit
		}
	}
	return m
})

// noValue lists cell contents that stand for no value.
var noValue = small("n/a", "na", "none", "null", "unknown", "tbd", "redacted", "pending", "self", "same",
	"nil", "true", "false", "yes", "no", "x", "-", "--", "---", "?")

// trimValue strips blanks, quotes and Markdown around a value at [st,en).
func trimValue(b []byte, st, en int) (int, int) {
	for st < en && (isSpace(b[st]) || b[st] == '"' || b[st] == '\'' || b[st] == '*' || b[st] == '`' || b[st] == '_') {
		st++
	}
	for en > st && (isSpace(b[en-1]) || b[en-1] == '"' || b[en-1] == '\'' || b[en-1] == '*' || b[en-1] == '`' ||
		b[en-1] == '_' || b[en-1] == ',' || b[en-1] == ';') {
		en--
	}
	return st, en
}

// addValue adds the value at [st,en) with the key's class if it has the
// shape of its type: digits for numbers, letters for names, and so on.
// personal says the record or table holds a patient's data, which a weak
// key (a bare "name", an address) needs.
func (s *scanner) addValue(kc keyClass, st, en int, personal bool) {
	st, en = trimValue(s.b, st, en)
	if en-st < 2 || en-st > 120 {
		return
	}
	if kc.t == Date && kc.kind == keyPHI {
		en = dateOnly(s.b, st, en)
		en = leadingDate(s.b, st, en) // "Visit: 09/03 podiatry, Dr. Feld": the date, not the note after it
	}
	v := s.b[st:en]
	if noValue.has(string(bytes.ToLower(v))) {
		return
	}
	if kc.kind == keyBlock {
		// a phone is PHI whoever it belongs to: the block ends before a
		// phone's label in the value ("Ref provider: Dr. Ada Roe, NPI
		// 1902837465, ph 603-555-0131")
		s.add(blockType, st, s.phoneLabelIn(st, en), priBlock)
		return
	}
	if kc.kind != keyPHI || kc.weak && !personal {
		return
	}
	nd, na := 0, 0
	for _, c := range v {
		switch {
		case isDigit(c):
			nd++
		case isAlnum(c):
			na++
		}
	}
	if kc.t != Name && kc.t != Address && bytes.Count(v, []byte(" ")) > 5 {
		return // "Plan: f/u cards in 2 wks, repeat BMP 11/29": a note's prose, no identifier
	}
	switch kc.t {
	case Name:
		if nd > 0 || na < 2 || bytes.Count(v, []byte(" "))+bytes.Count(v, []byte("^")) > 5 ||
			(v[0] == '(' || v[0] == '[') && (v[len(v)-1] == ')' || v[len(v)-1] == ']') {
			return // (a note in brackets where a name goes: "(blocked)", "[pending]")
		}
	case Date:
		if nd < 3 || en-st > 30 || na > 0 && !dateWritten(v) {
			return // (not "Procedure: tonsillectomy / 58558": words and a code, no date)
		}
	case Phone:
		if nd < 7 || nd > 15 || !phoneShape(v) {
			return
		}
	case SSN:
		if nd != 9 {
			return
		}
	case Email:
		if bytes.IndexByte(v, '@') < 0 {
			return
		}
	case Age:
		if nd > 3 || na > 0 || atoi(v) < 90 || atoi(v) > 130 {
			return
		}
	case IPAddress:
		if nd < 4 {
			return
		}
	case Address:
		if na+nd < 3 {
			return
		}
	case HealthPlanID:
		if nd < 5 && !(len(v) == 11 && validMBI(string(v))) {
			return
		}
		st = s.idStart(st, en)
	case MRN, AccountNumber:
		if nd < 3 || na+nd < 4 || na+nd > 40 {
			return
		}
		st = s.idStart(st, en)
	default:
		if nd < 3 || na+nd < 4 || na+nd > 40 {
			return
		}
	}
	s.add(kc.t, st, en, priLabel)
	if kc.t == Name {
		s.names = append(s.names, cand{t: Name, s: st, e: en})
	}
}

// idStart skips the words before an identifier in a cell ("MassHealth ID
// 100288419733", "BCBS ID XYP882019443", "HAR # 5530912274", "Aetna,
// member ID XOF168948733"): words and marks without digits, but not a short letter prefix right before the
// digits ("ZGP 8812 0043"). It returns the identifier's start.
func (s *scanner) idStart(st, en int) int {
	p := st
	for p < en {
		q := p
		for q < en && !isSpace(s.b[q]) {
			q++
		}
		w, letters := s.b[p:q], true
		for _, c := range w {
			if !isLetter(c) && c != '#' && c != '.' && c != ':' && c != '-' && c != ',' {
				letters = false
				break
			}
		}
		filler := blockFillerWords[string(bytes.ToLower(bytes.Trim(w, "#.:")))]
		for q < en && isSpace(s.b[q]) {
			q++
		}
		if !letters || q >= en {
			break // the identifier, or nothing after the words: the words are the value
		}
		if len(w) <= 4 && !filler && q < en && isDigit(s.b[q]) {
			break // a letter prefix: "ZGP 8812 0043"
		}
		p = q
	}
	return p
}

// blockFillerWords are the filler words a cell may hold before its value.
var blockFillerWords = map[string]bool{"id": true, "no": true, "nbr": true, "num": true, "number": true, "identifier": true, "": true}

// lineAt returns the line starting at p: its end without the line break,
// and the start of the next line (len(b)+1 after the last).
func (s *scanner) lineAt(p int) (e, next int) {
	b := s.b
	e = bytes.IndexByte(b[p:], '\n')
	if e < 0 {
		e, next = len(b), len(b)+1
	} else {
		e += p
		next = e + 1
	}
	if e > p && b[e-1] == '\r' {
		e--
	}
	return e, next
}

// kv is a key's class and its value's extent.
type kv struct {
	kc     keyClass
	vs, ve int
}

// addPairs adds the values of a record, table or object once the keys are
// known: a weak key counts only in a personal record, and a table with a
// role or an organisational column and no patient's column lists staff,
// whose names it blocks.
func (s *scanner) addPairs(ps []kv, minPHI int, table bool) {
	n := 0
	for _, p := range ps {
		if p.kc.kind == keyPHI {
			n++
		}
	}
	// an employee-health log's staff column names the cases: "| staff |
	// event | date |" under "employee health log"
	cases := table && s.employeeHealthLog()
	if n < minPHI {
		if table {
			// a meeting list's owners, a vendor table's contacts: a table
			// with no patient's column still names its staff
			for _, p := range ps {
				if cases && p.kc.kind == keyBlock && p.kc.role {
					s.addValue(keyClass{kind: keyPHI, t: Name}, p.vs, p.ve, true)
				} else if p.kc.kind == keyBlock {
					s.addValue(p.kc, p.vs, p.ve, false)
				}
			}
		}
		return
	}
	personal := false
	for _, p := range ps {
		if p.kc.kind == keyPHI && !p.kc.weak {
			switch p.kc.t {
			case MRN, SSN, HealthPlanID, AccountNumber, Date, Address, Age, Name:
				personal = true
			}
		}
	}
	// a table with a role or staff column lists staff: the health words
	// of its cells ("ICU", "Cardiology") are their units', no patient's
	staff, roster := false, false
	for _, p := range ps {
		staff = staff || table && (p.kc.role || p.kc.kind == keyBlock)
		roster = roster || table && p.kc.role
	}
	personal = personal || s.health && !roster
	// a cover's or a licence's record: its effective and expiry dates are
	// the document's
	cover := false
	for _, p := range ps {
		cover = cover || p.kc.kind == keyPHI && (p.kc.t == HealthPlanID || p.kc.t == LicenseNumber || p.kc.t == AccountNumber)
	}
	for _, p := range ps {
		kc := p.kc
		if cases && kc.kind == keyBlock && kc.role {
			kc = keyClass{kind: keyPHI, t: Name}
		}
		if kc.doc && personal && !cover && !staff {
			// "Patient: ... / Effective: 7.20.24": a transfer's or a
			// discharge's day in a person's record with no cover in it
			kc = keyClass{kind: keyPHI, t: Date}
		}
		if !personal && staff && kc.kind == keyPHI && kc.weak && kc.t == Name {
			// a roster, a vendor list, a provider table: the names are
			// colleagues'
			kc = keyClass{kind: keyBlock}
		}
		s.addValue(kc, p.vs, p.ve, personal)
	}
}

// employeeHealthLog reports a message about staff members' own health:
// "employee health" or "occupational health" written out, or a word of
// occHealth, with a word of an employee-health case (employeeCase).
func (s *scanner) employeeHealthLog() bool {
	named := s.mentions(occHealth)
	for k := 1; k < len(s.toks) && !named; k++ {
		if s.w(k) == "health" && s.toks[k].sp == 1 {
			named = s.w(k-1) == "employee" || s.w(k-1) == "occupational" || s.w(k-1) == "staff"
		}
	}
	return named && s.employeeCase()
}

// classifyAt classifies the key at [st,en).
func (s *scanner) classifyAt(st, en int) keyClass {
	st, en = trimValue(s.b, st, en)
	if en-st < 2 || en-st > 40 {
		return keyClass{}
	}
	var buf [8]string
	return classifyKey(keyWords(s.b[st:en], s.lo[st:en], buf[:0]))
}

// labelLike reports whether [st,en) reads as a column header or key: a few
// words of letters, no digits but a trailing index ("address1").
func (s *scanner) labelLike(st, en int) bool {
	st, en = trimValue(s.b, st, en)
	if en <= st || en-st > 40 {
		return false
	}
	words, nd := 1, 0
	for k := st; k < en; k++ {
		c := s.b[k]
		switch {
		case c == ' ':
			words++
		case isDigit(c):
			nd++
		case c == '.' || c == '#' || c == '_' || c == '-' || c == '/' || c == '(' || c == ')' || c == ',' || isAlnum(c):
		default:
			return false
		}
	}
	return words <= 5 && nd <= 1 && !isDigit(s.b[st])
}

// cells splits [st,en) at the delimiter d, honouring double quotes for
// commas and semicolons; a pipe row's outer pipes are dropped. A blank
// delimiter splits at runs of two blanks or more (fixed-width columns).
func (s *scanner) cells(st, en int, d byte, dst [][2]int) [][2]int {
	dst = dst[:0]
	b := s.b
	if d == '|' {
		a, z := trimValue(b, st, en)
		if a < z && b[a] == '|' {
			st = a + 1
		}
		if z > st && b[z-1] == '|' {
			en = z - 1
		}
	}
	if d == ' ' {
		// fixed-width columns: cells apart by two blanks or more
		for st < en && isSpace(b[st]) {
			st++
		}
		c := st
		for k := st; k+1 < en; k++ {
			if b[k] == ' ' && (b[k+1] == ' ' || b[k+1] == '\t') {
				dst = append(dst, [2]int{c, k})
				for k < en && isSpace(b[k]) {
					k++
				}
				c = k
			}
		}
		return append(dst, [2]int{c, en})
	}
	if d == '/' {
		// cells apart by a slash with a blank on each side ("1 / Roe, Ann /
		// 12 Elm St"): a slash inside a cell ("w/", "3/4") has none
		c := st
		for {
			k := bytes.Index(b[c:en], slashCell)
			if k < 0 {
				return append(dst, [2]int{c, en})
			}
			dst = append(dst, [2]int{c, c + k})
			c += k + len(slashCell)
		}
	}
	if d == '|' || d == '\t' || bytes.IndexByte(b[st:en], '"') < 0 {
		// no quotes to honour: from one delimiter to the next
		c := st
		for {
			k := bytes.IndexByte(b[c:en], d)
			if k < 0 {
				return append(dst, [2]int{c, en})
			}
			dst = append(dst, [2]int{c, c + k})
			c += k + 1
		}
	}
	quoted := false
	c := st
	for k := st; k < en; k++ {
		switch {
		case b[k] == '"' && d != '|' && d != '\t':
			quoted = !quoted
		case b[k] == d && !quoted:
			dst = append(dst, [2]int{c, k})
			c = k + 1
		}
	}
	return append(dst, [2]int{c, en})
}

// slashCell parts the cells of a row written with slashes.
var slashCell = []byte(" / ")

// blankField finds, in b[from:to], a run of two blanks or more (or a tab)
// followed by a key and its ':' ("   DOB: 3/4/50"), and returns where the
// run starts and where the key does; 0, 0 if there is none.
func (s *scanner) blankField(from, to int) (int, int) {
	b := s.b
	if !doubleBlank(b[from:to]) && bytes.IndexByte(b[from:to], '\t') < 0 {
		return 0, 0 // (most lines: one search)
	}
	for k := from; k < to; k++ {
		if b[k] != '\t' && !(b[k] == ' ' && k+1 < to && (b[k+1] == ' ' || b[k+1] == '\t')) {
			continue
		}
		q := k
		for q < to && (b[q] == ' ' || b[q] == '\t') {
			q++
		}
		if c := bytes.IndexByte(b[q:to], ':'); c > 0 && s.labelLike(q, q+c) {
			return k, q
		}
		k = q
	}
	return 0, 0
}

// doubleBlank reports whether v has two blanks in a row. (bytes.Contains
// would call its byte search once per blank.) Eight pairs of neighbouring
// bytes are tested at a time: a word of the bytes from k and one of those
// from k+1, each xor-ed with blanks, or-ed, has a zero byte where both
// bytes of a pair are blanks.
func doubleBlank(v []byte) bool {
	const ones, highs, blanks = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	k, p := 0, unsafe.Pointer(unsafe.SliceData(v))
	for ; k+9 <= len(v); k += 8 {
		// (byte order does not matter: the two words' lanes line up)
		z := *(*uint64)(unsafe.Add(p, k)) ^ blanks | *(*uint64)(unsafe.Add(p, k+1)) ^ blanks
		if (z-ones)&^z&highs != 0 {
			return true
		}
	}
	for k++; k < len(v); k++ {
		if v[k] == ' ' && v[k-1] == ' ' {
			return true
		}
	}
	return false
}

// rowCells splits a table row as cells does; a comma row with one cell
// more than its header whose extra cell is the year of the cell before
// it has a date written with its comma, unquoted ("September 9, 2021"):
// the two are one cell.
func (s *scanner) rowCells(st, en int, d byte, dst [][2]int, want int) [][2]int {
	dst = s.cells(st, en, d, dst)
	if d != ',' || len(dst) != want+1 {
		return dst
	}
	for c := 1; c < len(dst); c++ {
		a, z := trimValue(s.b, dst[c][0], dst[c][1])
		if z-a != 4 || !isDigit(s.b[a]) || !isDigit(s.b[a+1]) || !isDigit(s.b[a+2]) || !isDigit(s.b[a+3]) {
			continue
		}
		if y := atoi(s.b[a:z]); y < 1880 || y > 2099 || !s.monthDayCell(dst[c-1]) {
			continue
		}
		dst[c-1][1] = dst[c][1]
		return append(dst[:c], dst[c+1:]...)
	}
	return dst
}

// monthDayCell reports a cell that is a month's name and a day: "Sep 9",
// "September 9th".
func (s *scanner) monthDayCell(c [2]int) bool {
	a, z := trimValue(s.b, c[0], c[1])
	sp := bytes.IndexByte(s.b[a:z], ' ')
	if sp < 3 || months[strings.TrimSuffix(s.lo[a:a+sp], ".")] == 0 {
		return false
	}
	day := bytes.TrimRight(bytes.TrimSpace(s.b[a+sp:z]), "stndrh")
	return len(day) >= 1 && len(day) <= 2 && isDigit(day[0]) && isDigit(day[len(day)-1])
}

// separatorRow reports a Markdown rule row: "|---|:--:|".
func separatorRow(v []byte) bool {
	dash := false
	for _, c := range v {
		switch c {
		case '-':
			dash = true
		case '|', ':', ' ', '\t', '+', '=':
		default:
			return false
		}
	}
	return dash
}

// detectTables finds a header row of labels followed by rows with as many
// cells, and types every cell by its column.
func (s *scanner) detectTables() {
	var hb, rb [16][2]int
	var kb [16]keyClass
	hdr, row, kcs := hb[:0], rb[:0], kb[:0]
	var ps []kv
	for ls := 0; ls < len(s.b); {
		le, next := s.lineAt(ls)
		if next >= len(s.b) {
			break // a header needs a row after it
		}
		for _, d := range [...]byte{'\t', '|', ',', ';', ' ', '/'} {
			if d == ' ' && !doubleBlank(s.b[ls:le]) || d != ' ' && bytes.IndexByte(s.b[ls:le], d) < 0 ||
				d == '/' && !bytes.Contains(s.b[ls:le], slashCell) {
				continue
			}
			// the first row must have as many cells, or there is no table
			// whatever the header says (the cheap tests first: a row
			// without the delimiter is one cell)
			k := next
			if ke, kn := s.lineAt(k); separatorRow(s.b[k:ke]) {
				k = kn
			}
			if k >= len(s.b) {
				continue
			}
			ke, _ := s.lineAt(k)
			if d != ' ' && bytes.IndexByte(s.b[k:ke], d) < 0 || d == '/' && !bytes.Contains(s.b[k:ke], slashCell) {
				continue
			}
			hdr = s.cells(ls, le, d, hdr)
			if len(hdr) < 2 || len(hdr) > 40 {
				continue
			}
			if len(s.rowCells(k, ke, d, row, len(hdr))) != len(hdr) {
				continue
			}
			kcs = kcs[:0]
			typed, ok := 0, true
			for _, c := range hdr {
				if !s.labelLike(c[0], c[1]) {
					ok = false
					break
				}
				kc := s.classifyAt(c[0], c[1])
				if kc.kind != keyNone {
					typed++
				}
				kcs = append(kcs, kc)
			}
			if !ok || typed == 0 {
				continue
			}
			if len(hdr) == 2 {
				// a two-column key/value table whose first row is a field:
				// its rows are read as records
				re, _ := s.lineAt(next)
				row = s.cells(next, re, d, row)
				if len(row) == 2 && s.labelLike(row[0][0], row[0][1]) && s.classifyAt(row[0][0], row[0][1]).kind != keyNone {
					continue
				}
			}
			ps = ps[:0]
			last := -1
			for k < len(s.b) {
				ke, kn := s.lineAt(k)
				row = s.rowCells(k, ke, d, row, len(hdr))
				if len(row) != len(hdr) {
					break
				}
				for c, r := range row {
					ps = append(ps, kv{kcs[c], r[0], r[1]})
				}
				last, k = kn, kn
			}
			if last < 0 {
				continue
			}
			s.addPairs(ps, 1, true)
			for _, c := range hdr {
				st, en := trimValue(s.b, c[0], c[1])
				s.add(blockType, st, en, priBlock) // a header is labels, never a value
			}
			next = last
			break
		}
		ls = next
	}
}

// detectRecords reads runs of "key: value" lines (a form, a YAML fragment,
// a screen copied field by field), and "KEY: value | KEY: value" rows. A
// run needs two keys of PHI types before its values count, so a lone
// "Note: ..." in prose is left alone.
func (s *scanner) detectRecords() {
	var ps []kv
	b := s.b
	flush := func() {
		// two keys of PHI types make a record; one will do if its type
		// is kept whoever it belongs to and its value has the shape
		minPHI := 2
		for _, p := range ps {
			if p.kc.kind == keyPHI && (p.kc.t == Phone || p.kc.t == SSN || p.kc.t == Email) {
				minPHI = 1
			}
		}
		s.addPairs(ps, minPHI, false)
		ps = ps[:0]
	}
	for ls := 0; ls <= len(b); {
		en, next := s.lineAt(ls)
		st := ls
		ls = next
		for st < en && (isSpace(b[st]) || b[st] == '-' || b[st] == '*' || b[st] == '>' || b[st] == '`') {
			st++ // indentation, bullets, quoting
		}
		if st >= en {
			flush()
			continue
		}
		found := false
		for seg := st; seg < en; {
			se := en // the segment ends at the first '|' or ';'
			if k := bytes.IndexByte(b[seg:en], '|'); k >= 0 {
				se = seg + k
			}
			if k := bytes.IndexByte(b[seg:se], ';'); k >= 0 {
				se = seg + k
			}
			c := se // its first ':'
			if k := bytes.IndexByte(b[seg:se], ':'); k >= 0 {
				c = seg + k
			}
			next := se + 1
			if c < se {
				// fields set apart by a run of blanks on one line:
				// "MRN: 4410293   DOB: 3/4/50   Age: 92"
				if k, q := s.blankField(c+1, se); k > 0 {
					se, next = k, q
				}
			}
			if c < se && c > seg && s.labelLike(seg, c) && c+1 < len(b) && (c+1 == se || b[c+1] == ' ' || b[c+1] == '\t') {
				kc := s.classifyAt(seg, c)
				vs, ve := c+1, se
				// a remark after the value: "(son)", " - per family"
				for k := vs; k < ve; k++ {
					if b[k] == '(' && k > vs && b[k-1] == ' ' && k+1 < ve && !isDigit(b[k+1]) || b[k] == ' ' && k+2 < ve && b[k+1] == '-' && b[k+2] == ' ' {
						ve = k
						break
					}
				}
				if kc.kind != keyNone {
					ps = append(ps, kv{kc, vs, ve})
				}
				found = true
			}
			seg = next
		}
		if !found {
			// a two-column table without a header: "MRN<TAB>4410293",
			// "| DOB | 3/4/1940 |"
			for _, d := range [...]byte{'\t', '|'} {
				if bytes.IndexByte(b[st:en], d) < 0 {
					continue
				}
				var cb [3][2]int
				if cs := s.cells(st, en, d, cb[:0]); len(cs) == 2 && s.labelLike(cs[0][0], cs[0][1]) {
					if kc := s.classifyAt(cs[0][0], cs[0][1]); kc.kind != keyNone {
						ps = append(ps, kv{kc, cs[1][0], cs[1][1]})
						found = true
					}
				}
				break
			}
		}
		if !found {
			flush()
		}
	}
	flush()
}

// detectJSON reads "key": value pairs (double or single quotes, as JSON and
// Python dicts print them).
func (s *scanner) detectJSON() {
	b := s.b
	var ps []kv
	var sys keyClass // the type named by an object's "system" (FHIR identifiers, telecoms)
	for p := 0; p < len(b); p++ {
		q := b[p]
		if q == '}' {
			sys = keyClass{}
		}
		if q != '"' && q != '\'' {
			continue
		}
		ke := p + 1
		for ke < len(b) && b[ke] != q && b[ke] != '\n' && ke-p <= 41 {
			ke++
		}
		if ke >= len(b) || b[ke] != q {
			continue
		}
		c := ke + 1
		for c < len(b) && (b[c] == ' ' || b[c] == '\t') {
			c++
		}
		if c >= len(b) || b[c] != ':' {
			continue
		}
		c++
		for c < len(b) && (b[c] == ' ' || b[c] == '\t') {
			c++
		}
		if c >= len(b) {
			break
		}
		vs, ve := c, c
		if v := b[c]; v == '"' || v == '\'' {
			ve = c + 1
			for ve < len(b) && b[ve] != v && b[ve] != '\n' {
				if b[ve] == '\\' {
					ve++
				}
				ve++
			}
			ve = min(ve, len(b))
			vs++
		} else if v == '[' {
			// an array of strings takes the key's type: "given": ["Ada", "R"]
			kc := s.classifyAt(p+1, ke)
			k, n := c+1, 0
			for ; n < 16; n++ {
				for k < len(b) && (b[k] == ' ' || b[k] == ',' || b[k] == '\t') {
					k++
				}
				if k >= len(b) || b[k] != '"' && b[k] != '\'' {
					break
				}
				e := k + 1
				for e < len(b) && b[e] != b[k] && b[e] != '\n' {
					if b[e] == '\\' {
						e++
					}
					e++
				}
				e = min(e, len(b))
				if kc.kind != keyNone {
					ps = append(ps, kv{kc, k + 1, e})
				}
				k = e + 1
			}
			if n == 0 {
				p = c - 1 // an array of objects: read their keys
			} else {
				p = k - 1
			}
			continue
		} else if v == '{' {
			p = c - 1
			continue
		} else {
			for ve < len(b) && b[ve] != ',' && b[ve] != '}' && b[ve] != ']' && b[ve] != '\n' {
				ve++
			}
		}
		switch key := s.lo[p+1 : ke]; {
		case key == "system" || key == "type" || key == "code":
			// "urn:oid:example:mrn", "http://hl7.org/fhir/sid/us-ssn", "phone"
			seg := vs
			for k := vs; k < ve; k++ {
				if b[k] == '/' || b[k] == ':' || b[k] == '#' {
					seg = k + 1
				}
			}
			if sys = s.classifyAt(seg, ve); sys.kind != keyPHI {
				sys = keyClass{}
			}
		case key == "value" && sys.kind == keyPHI:
			ps = append(ps, kv{sys, vs, ve})
		default:
			if kc := s.classifyAt(p+1, ke); kc.kind != keyNone {
				ps = append(ps, kv{kc, vs, ve})
			}
		}
		p = ve
	}
	s.addPairs(ps, 1, false)
}

// detectKeyValues reads key=value pairs: log lines, query strings,
// "mrn=4410293 dob=1952-03-14".
func (s *scanner) detectKeyValues() {
	b := s.b
	var ps []kv
	for p := 1; p < len(b); p++ {
		if b[p] != '=' || b[p-1] == '=' || p+1 < len(b) && b[p+1] == '=' {
			continue
		}
		ks := p
		for ks > 0 && (isAlnum(b[ks-1]) || b[ks-1] == '_' || b[ks-1] == '-' || b[ks-1] == '.') {
			ks--
		}
		if ks == p || p+1 >= len(b) {
			continue
		}
		vs, ve := p+1, p+1
		if q := b[vs]; q == '"' || q == '\'' {
			ve++
			for ve < len(b) && b[ve] != q && b[ve] != '\n' {
				ve++
			}
			vs++
		} else {
			for ve < len(b) && !isSpace(b[ve]) && b[ve] != '&' && b[ve] != ';' && b[ve] != ',' {
				ve++
			}
		}
		kc := s.classifyAt(ks, p)
		if kc.kind == keyPHI && kc.t == Name {
			// an unquoted name runs over its capitalised words: "name=Ada Roe"
			for ve+1 < len(b) && b[ve] == ' ' && b[ve+1] >= 'A' && b[ve+1] <= 'Z' {
				k := ve + 1
				for k < len(b) && isAlnum(b[k]) {
					k++
				}
				if k < len(b) && (b[k] == '=' || isDigit(b[k])) {
					break
				}
				ve = k
			}
		}
		if kc.kind != keyNone {
			ps = append(ps, kv{kc, vs, ve})
		}
		p = ve
	}
	s.addPairs(ps, 1, false)
}

// dateOnly cuts a time of day off a date value at [st,en): "10.02.2024
// 10am", "6 December 2026 2:30 pm". It returns the new end.
func dateOnly(b []byte, st, en int) int {
	for k := st + 1; k < en; k++ {
		if b[k-1] != ' ' && b[k-1] != 'T' || !isDigit(b[k]) && b[k] != '@' {
			continue
		}
		if b[k] == '@' {
			return trimEnd(b, st, k)
		}
		m := k
		for m < en && isDigit(b[m]) {
			m++
		}
		if m < en && (b[m] == ':' || b[m] == 'a' || b[m] == 'p' || b[m] == 'A' || b[m] == 'P' || b[m] == 'h') {
			return trimEnd(b, st, k)
		}
	}
	return en
}

func trimEnd(b []byte, st, en int) int {
	for en > st && (isSpace(b[en-1]) || b[en-1] == 'T' || b[en-1] == ',') {
		en--
	}
	return en
}

// phoneShape reports a value made only of a phone number's characters:
// digits, separators, a '+' and an extension word ("x", "ext").
func phoneShape(v []byte) bool {
	for k := 0; k < len(v); k++ {
		c := v[k]
		switch {
		case isDigit(c), c == ' ', c == '(', c == ')', c == '+', c == '-', c == '.', c == '/', c == ',', c == '^':
		case c == 'x' || c == 'X':
		case (c == 'e' || c == 'E') && k+2 < len(v) && (v[k+1] == 'x' || v[k+1] == 'X') && (v[k+2] == 't' || v[k+2] == 'T'):
			k += 2
		default:
			return false
		}
	}
	return true
}

// detectXML reads <key>value</key> elements (CCD and interface payloads,
// "<PatientName>...</PatientName>"); a namespace prefix is dropped.
func (s *scanner) detectXML() {
	b := s.b
	var ps []kv
	for p := 0; p+3 < len(b); p++ {
		if b[p] != '<' || b[p+1] == '/' {
			continue
		}
		ns := p + 1
		ne := ns
		for ne < len(b) && (isAlnum(b[ne]) || b[ne] == '_' || b[ne] == '-' || b[ne] == ':' || b[ne] == '.') && ne-ns < 48 {
			ne++
		}
		if ne == ns || ne >= len(b) || b[ne] != '>' && b[ne] != ' ' {
			continue
		}
		gt := bytes.IndexByte(b[ne:], '>')
		if gt < 0 {
			return
		}
		vs := ne + gt + 1
		ve := vs
		for ve < len(b) && b[ve] != '<' && b[ve] != '\n' {
			ve++
		}
		name := b[ns:ne]
		if ve+3+len(name) > len(b) || b[ve] != '<' || b[ve+1] != '/' || !bytes.Equal(b[ve+2:ve+2+len(name)], name) ||
			b[ve+2+len(name)] != '>' {
			continue
		}
		ks := ns
		if c := bytes.LastIndexByte(name, ':'); c >= 0 {
			ks = ns + c + 1
		}
		if kc := s.classifyAt(ks, ne); kc.kind != keyNone {
			ps = append(ps, kv{kc, vs, ve})
		}
		p = ve + 1
	}
	s.addPairs(ps, 1, false)
}

// leadingDate returns the end of a numeric date that starts the value at
// [st,en) and is followed by a blank and words ("09/03 podiatry", "8/19
// light duty"), or en.
func leadingDate(b []byte, st, en int) int {
	j := dateRunEnd(b[:en], st)
	if j == st || j >= en || b[j] != ' ' || !(dateShaped(b[st:j]) || monthDayShaped(b[st:j])) {
		return en
	}
	for k := j; k < en; k++ {
		if c := b[k] | 0x20; c >= 'a' && c <= 'z' {
			return j
		}
	}
	return en
}

// dateRunEnd returns the end of the run of digits and date separators
// ("/", "-", ".") that starts at v[i].
func dateRunEnd(v []byte, i int) int {
	for i < len(v) && (isDigit(v[i]) || v[i] == '/' || v[i] == '-' || v[i] == '.') {
		i++
	}
	return i
}

// dateWritten reports a value with letters that still holds a date: a
// month's name, or a run of digits and separators shaped as a date
// ("3/14/25 (admit)", "12 March 2024", "14-Mar-1952").
func dateWritten(v []byte) bool {
	for i := 0; i < len(v); {
		j := dateRunEnd(v, i)
		if j > i {
			if dateShaped(v[i:j]) || monthDayShaped(v[i:j]) {
				return true
			}
			i = j
			continue
		}
		for j < len(v) && (v[j]|0x20 >= 'a' && v[j]|0x20 <= 'z') {
			j++
		}
		if j > i {
			if _, ok := monthWord(v[i:j]); ok {
				return true
			}
			i = j
			continue
		}
		i++
	}
	return false
}

// phoneLabelIn returns the folded offset of the first phone label word
// ("ph", "phone", "tel", "cell", "fax", "mobile") in [st, en) that a digit
// follows, or en.
func (s *scanner) phoneLabelIn(st, en int) int {
	k := s.tokAt(st)
	for ; k < len(s.toks) && int(s.toks[k].e) <= en; k++ {
		if int(s.toks[k].s) < st || s.toks[k].punct || s.toks[k].nd > 0 || !keyPhoneWords.has(s.w(k)) || s.w(k) == "contact" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+3 && int(s.toks[j].s) < en; j++ {
			if s.toks[j].nd > 0 {
				if int(s.toks[k].s) > st {
					return int(s.toks[k].s)
				}
				return en
			}
			if !s.toks[j].punct {
				break
			}
		}
	}
	return en
}
