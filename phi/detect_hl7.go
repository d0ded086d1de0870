package phi

import "bytes"

// HL7 v2 segments pasted from an interface log ("PID|1||4410293^^^MRH^MR||
// ROE^JANE^M||19520314|F|||12 Elm St^^Lowell^MA^01852||(978)555-0101").
// The segment's field positions give each value its type; the components
// inside a field ('^') say which part is the value: the identifier of an
// id list, family to suffix of a name, street to ZIP of an address.

// hl7Part says which components of a field make the value.
type hl7Part uint8

const (
	hl7First   hl7Part = iota // component 1 of each repetition (ids, dates)
	hl7Name                   // components 1-4: family, given, middle, suffix
	hl7Addr                   // components 1-5: street, other, city, state, ZIP
	hl7Phone                  // component 1, or 5-8 (country, area, local, ext); 4 is an e-mail
	hl7Blocked                // organisational: the field's text is no PHI
)

type hl7Field struct {
	t    Type
	part hl7Part
}

// hl7Fields maps segment and field number to the PHI the field holds
// (HL7 v2.5 field definitions). Fields of a listed segment that are not in
// its map are blocked (sex, codes, staff, locations, plan ids, group
// numbers); other segments (OBX, NTE, ...) are left to the other detectors.
var hl7Fields = map[string]map[int]hl7Field{
	"PID": {2: {MRN, hl7First}, 3: {MRN, hl7First}, 4: {MRN, hl7First}, 5: {Name, hl7Name},
		6: {Name, hl7Name}, 7: {Date, hl7First}, 9: {Name, hl7Name}, 11: {Address, hl7Addr},
		13: {Phone, hl7Phone}, 14: {Phone, hl7Phone}, 18: {AccountNumber, hl7First}, 19: {SSN, hl7First},
		20: {LicenseNumber, hl7First}, 21: {MRN, hl7First}, 29: {Date, hl7First}},
	"NK1": {2: {Name, hl7Name}, 4: {Address, hl7Addr}, 5: {Phone, hl7Phone}, 6: {Phone, hl7Phone},
		16: {Date, hl7First}, 30: {Name, hl7Name}, 31: {Phone, hl7Phone}, 32: {Address, hl7Addr},
		37: {SSN, hl7First}},
	"PV1": {19: {AccountNumber, hl7First}, 44: {Date, hl7First}, 45: {Date, hl7First},
		50: {AccountNumber, hl7First}},
	"IN1": {16: {Name, hl7Name}, 18: {Date, hl7First}, 19: {Address, hl7Addr},
		36: {HealthPlanID, hl7First}, 49: {HealthPlanID, hl7First}},
	"IN2": {2: {SSN, hl7First}, 6: {HealthPlanID, hl7First}, 8: {HealthPlanID, hl7First}},
	"GT1": {2: {AccountNumber, hl7First}, 3: {Name, hl7Name}, 4: {Name, hl7Name}, 5: {Address, hl7Addr},
		6: {Phone, hl7Phone}, 7: {Phone, hl7Phone}, 8: {Date, hl7First}, 12: {SSN, hl7First}},
	"MRG": {1: {MRN, hl7First}, 3: {AccountNumber, hl7First}, 5: {AccountNumber, hl7First},
		7: {Name, hl7Name}},
	"MSH": {}, // header: applications, facilities, message time and id
	"EVN": {}, // event type and time of the message
}

// hl7Segments lists segment ids that start a segment (and end the one
// before) though their fields are not read.
var hl7Segments = map[string]bool{"PD1": true, "PV2": true, "OBR": true, "OBX": true, "ORC": true,
	"NTE": true, "AL1": true, "DG1": true, "PR1": true, "ROL": true, "SCH": true, "AIL": true, "AIP": true,
	"TXA": true, "FT1": true, "ACC": true, "UB1": true, "UB2": true, "SPM": true, "RXE": true, "RXO": true,
	"RXA": true, "RXR": true, "MSA": true, "ERR": true, "QRD": true, "QAK": true, "DSP": true}

// hl7Start reports whether a segment id starts at p: three upper-case
// letters or digits, then '|', at the start of a line or after a blank,
// quote or other punctuation that is no HL7 separator.
func (s *scanner) hl7Start(p int) (string, bool) {
	b := s.b
	if p+4 > len(b) || b[p+3] != '|' || p > 0 && (isAlnum(b[p-1]) || b[p-1] == '|' || b[p-1] == '^' || b[p-1] == '~' || b[p-1] == '&' || b[p-1] == '\\') {
		return "", false
	}
	// the id in capitals, or all in lower case as typed into a message
	// in lower case ("pid|1||...")
	lower := b[p] >= 'a' && b[p] <= 'z'
	for k := p; k < p+3; k++ {
		c := b[k]
		if k > p && isDigit(c) || !lower && c >= 'A' && c <= 'Z' || lower && c >= 'a' && c <= 'z' {
			continue
		}
		return "", false
	}
	id := string(b[p : p+3])
	if lower {
		id = upperASCII(id)
		if _, ok := hl7Fields[id]; !ok {
			return "", false // a read segment's id; no other lower-case word before a bar
		}
	}
	if _, ok := hl7Fields[id]; !ok && !hl7Segments[id] && id[0] != 'Z' {
		return "", false
	}
	return id, true
}

// detectHL7 reads every HL7 segment of the message.
func (s *scanner) detectHL7() {
	b := s.b
	for p := 0; p+4 <= len(b); p++ {
		if b[p+3] != '|' {
			continue
		}
		id, ok := s.hl7Start(p)
		if !ok {
			continue
		}
		// the segment runs to the line's end or the next segment
		e := p + 4
		for e < len(b) && b[e] != '\n' && b[e] != '\r' {
			if isSpace(b[e]) && e+5 <= len(b) {
				if _, ok := s.hl7Start(e + 1); ok {
					break
				}
			}
			e++
		}
		s.hl7Segment(id, p, e)
		p = e - 1
	}
}

// hl7Segment types the fields of the segment id at [p,e).
func (s *scanner) hl7Segment(id string, p, e int) {
	fields, known := hl7Fields[id]
	if !known {
		return
	}
	b := s.b
	if id == "MSH" {
		// the header names systems and facilities: nothing in it is PHI,
		// and its control id or timestamp must not pass for a record number
		s.add(blockType, p, e, priExact)
		return
	}
	n := 1 // the field after "PID|" is PID-1
	for st := p + 4; st <= e; n++ {
		en := st
		for en < e && b[en] != '|' {
			en++
		}
		if en > st {
			if f, ok := fields[n]; ok {
				s.hl7Value(f, st, en)
			} else if hl7AddrShape(b[st:en]) {
				// a postal address one bar off its field (a pasted segment
				// that lost or gained a bar): its components say what it is
				s.hl7Value(hl7Field{Address, hl7Addr}, st, en)
			} else {
				s.add(blockType, st, en, priBlock)
			}
		}
		st = en + 1
	}
}

// hl7Value adds the value of field f at [st,en), one per repetition ('~').
func (s *scanner) hl7Value(f hl7Field, st, en int) {
	b := s.b
	kc := keyClass{kind: keyPHI, t: f.t}
	for rs := st; rs < en; {
		re := rs
		for re < en && b[re] != '~' {
			re++
		}
		// component boundaries of this repetition
		var cs [9][2]int
		nc := 0
		for c := rs; nc < len(cs); nc++ {
			ce := c
			for ce < re && b[ce] != '^' {
				ce++
			}
			cs[nc] = [2]int{c, ce}
			if ce >= re {
				nc++
				break
			}
			c = ce + 1
		}
		var used [len(cs)]bool // the components that make a value
		span := func(from, to int) {
			for k := from; k < to && k < nc; k++ {
				used[k] = true
			}
			first, last := -1, -1
			for k := from; k < to && k < nc; k++ {
				if cs[k][1] > cs[k][0] {
					if first < 0 {
						first = k
					}
					last = k
				}
			}
			if first >= 0 {
				s.addValue(kc, cs[first][0], cs[last][1], true)
			}
		}
		switch f.part {
		case hl7First:
			span(0, 1)
		case hl7Name:
			span(0, 4)
		case hl7Addr:
			span(0, 5)
		case hl7Phone:
			if nc > 0 && cs[0][1] > cs[0][0] {
				span(0, 1)
			} else {
				span(4, 8)
			}
			if nc > 3 {
				used[3] = true
				s.addValue(keyClass{kind: keyPHI, t: Email}, cs[3][0], cs[3][1], true)
			}
		}
		// the other components are codes (an id's assigning authority and
		// type, a phone's use and equipment): no PHI
		for k := range nc {
			if !used[k] && cs[k][1] > cs[k][0] {
				s.add(blockType, cs[k][0], cs[k][1], priBlock)
			}
		}
		rs = re + 1
	}
}

// hl7RefSegments are the segments whose fields a message may cite by
// number: "PID-5 came through as ROE^JANE", "PID.3 = 4410293^^^MRH".
var hl7RefSegments = [...]string{"PID", "NK1", "PV1", "IN1", "IN2", "GT1", "MRG"}

// detectHL7Refs types values written after a field reference: SEG-N or
// SEG.N (a component may follow, "PID-5.1"), then ':', '=', "is", "was" or
// "as", then the value up to a blank.
func (s *scanner) detectHL7Refs() {
	for _, sep := range [...]byte{'-', '.'} {
		// the separators are found by a vectorised search; the segment id
		// is checked before each
		for from := 3; from < len(s.b); {
			k := bytes.IndexByte(s.b[from:], sep)
			if k < 0 {
				break
			}
			from = s.hl7Ref(from+k-3) + 1
		}
	}
}

// hl7Ref reads a field reference whose separator is at p+3 and returns the
// offset where the search goes on.
func (s *scanner) hl7Ref(p int) int {
	b := s.b
	if p+4 >= len(b) || !isDigit(b[p+4]) || b[p] < 'A' || b[p] > 'Z' || p > 0 && isAlnum(b[p-1]) {
		return p + 3
	}
	seg := ""
	for _, id := range hl7RefSegments {
		if string(b[p:p+3]) == id {
			seg = id
		}
	}
	if seg == "" {
		return p + 3
	}
	q := p + 4
	n := 0
	for q < len(b) && isDigit(b[q]) && n < 100 {
		n = n*10 + int(b[q]-'0')
		q++
	}
	comp := false
	if q+1 < len(b) && (b[q] == '.' || b[q] == '-') && isDigit(b[q+1]) {
		comp = true // a component: the value is that part alone
		for q++; q < len(b) && isDigit(b[q]); q++ {
		}
	}
	f, ok := hl7Fields[seg][n]
	if !ok {
		return p + 3
	}
	// the verb or sign before the value
	v := q
	for v < len(b) && (b[v] == ' ' || b[v] == ':' || b[v] == '=' || b[v] == '(' || b[v] == ')') {
		v++
	}
	for _, w := range [...]string{"is ", "was ", "as ", "came through as ", "shows ", "has "} {
		if v+len(w) <= len(b) && s.lo[v:v+len(w)] == w {
			v += len(w)
			break
		}
	}
	for v < len(b) && (b[v] == ' ' || b[v] == '"' || b[v] == '\'' || b[v] == '`') {
		v++
	}
	e := v
	for e < len(b) && !isSpace(b[e]) && b[e] != '"' && b[e] != '\'' && b[e] != '`' && b[e] != ',' && b[e] != ';' && b[e] != ')' {
		e++
	}
	for e > v && (b[e-1] == '.' || b[e-1] == ':') {
		e--
	}
	if e-v < 2 || e-v > 80 || v == q {
		return p + 3
	}
	if (f.t == Name || f.t == Address) && bytes.IndexByte(b[v:e], '^') < 0 && !isUpperTok(b[v:e]) {
		return p + 3 // "PID-5 is empty": names in HL7 are written upper case
	}
	if comp {
		f.part = hl7First
	}
	s.hl7Value(f, v, e)
	return e
}

// X12 837/835 claim and remittance segments pasted from a clearinghouse
// ("NM1*IL*1*ROE*JANE****MI*W123456789~", "CLP*4410293*1*250*0**MC*9900~"):
// '*' separates the elements, '~' or a line break ends a segment. The
// segment id and its qualifiers give each element its type (X12 005010
// implementation guides); provider, payer and claim-control elements are
// organisational and blocked.

// x12Person are the NM1 entity codes of an individual: insured or
// subscriber, patient, responsible party.
var x12Person = map[string]bool{"IL": true, "QC": true, "QD": true}

// x12Dates are the DTP/DTM qualifiers of a patient's dates: service,
// admission, discharge, statement period, onset, accident, last seen, LMP.
var x12Dates = map[string]bool{"472": true, "435": true, "096": true, "434": true, "431": true, "454": true,
	"304": true, "439": true, "484": true, "232": true, "233": true, "150": true, "151": true, "471": true}

// x12Refs type REF elements by qualifier: SSN, record, member and patient
// account numbers.
var x12Refs = map[string]Type{"SY": SSN, "EA": MRN, "1W": HealthPlanID, "IG": HealthPlanID, "EJ": AccountNumber,
	"1L": blockType, "6P": blockType, "F8": blockType, "G1": blockType, "9F": blockType, "D9": blockType}

// x12Start reports a segment id of two or three upper-case letters or
// digits ending at the '*' at p, at the start of a line, after a blank or
// after the '~' that ends the segment before.
func (s *scanner) x12Start(p int) int {
	b := s.b
	for n := 2; n <= 3; n++ {
		st := p - n
		if st < 0 {
			return -1
		}
		// capitals, or all in lower case ("nm1*il*1*...")
		lower := b[st] >= 'a' && b[st] <= 'z'
		ok := b[st] >= 'A' && b[st] <= 'Z' || lower
		for k := st + 1; k < p && ok; k++ {
			ok = !lower && b[k] >= 'A' && b[k] <= 'Z' || lower && b[k] >= 'a' && b[k] <= 'z' || isDigit(b[k])
		}
		if !ok {
			return -1
		}
		if st == 0 || isSpace(b[st-1]) || b[st-1] == '~' || b[st-1] == '`' || b[st-1] == '"' {
			return st
		}
	}
	return -1
}

// detectX12 reads the X12 segments of the message.
func (s *scanner) detectX12() {
	b := s.b
	var el [12][2]int
	person := false // the last NM1 named an individual: N3/N4 are their address
	for from := 0; from < len(b); {
		k := bytes.IndexByte(b[from:], '*')
		if k < 0 {
			return
		}
		p := from + k
		st := s.x12Start(p)
		if st < 0 {
			from = p + 1
			continue
		}
		id := upperASCII(string(b[st:p]))
		lower := b[st] >= 'a' && b[st] <= 'z'
		// the elements up to the segment's end
		n := 0
		e := p
		for e < len(b) && b[e] != '~' && b[e] != '\n' && b[e] != '\r' && n < len(el) {
			q := e + 1
			for q < len(b) && b[q] != '*' && b[q] != '~' && b[q] != '\n' && b[q] != '\r' {
				q++
			}
			el[n] = [2]int{e + 1, q}
			n++
			e = q
			if e < len(b) && b[e] != '*' {
				break
			}
		}
		from = e
		if n < 2 || lower && n < 3 {
			continue // (a segment in lower case with three elements at least: "ref*ea*4410293" is one, "per*..." in a sentence is not)
		}
		get := func(i int) string { // element i (1-based) as text, in capitals
			if i > n {
				return ""
			}
			return upperASCII(string(b[el[i-1][0]:el[i-1][1]]))
		}
		val := func(t Type, i int) {
			if i > n {
				return
			}
			kc := keyClass{kind: keyPHI, t: t}
			if t == blockType {
				kc = keyClass{kind: keyBlock}
			}
			s.addValue(kc, el[i-1][0], el[i-1][1], true)
		}
		switch id {
		case "NM1":
			person = x12Person[get(1)] && get(2) == "1"
			if !person {
				val(blockType, 3)
				val(blockType, 9)
				continue
			}
			for i := 3; i <= 5; i++ {
				val(Name, i)
			}
			switch get(8) {
			case "MI", "II", "N":
				val(HealthPlanID, 9)
			case "34":
				val(SSN, 9)
			default:
				val(MRN, 9)
			}
		case "N3":
			if person {
				val(Address, 1)
				val(Address, 2)
			}
		case "N4":
			if person && n >= 1 {
				last := min(n, 3)
				s.addValue(keyClass{kind: keyPHI, t: Address}, el[0][0], el[last-1][1], true)
			}
		case "DMG":
			val(Date, 2)
		case "DTP":
			if x12Dates[get(1)] {
				val(Date, 3)
			}
		case "DTM":
			if x12Dates[get(1)] {
				val(Date, 2)
			}
		case "REF":
			if t, ok := x12Refs[get(1)]; ok {
				val(t, 2)
			}
		case "CLP":
			val(AccountNumber, 1)
			val(blockType, 7)
		case "CLM":
			val(AccountNumber, 1)
		case "SBR":
			val(blockType, 3)
		case "PER":
			for i := 3; i+1 <= n; i += 2 {
				switch get(i) {
				case "TE", "FX", "CP", "HP", "WP":
					val(Phone, i+1)
				case "EM":
					val(Email, i+1)
				}
			}
		}
	}
}

// upperASCII returns w with its ASCII letters in capitals.
func upperASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			b := []byte(w)
			for k := i; k < len(b); k++ {
				b[k] = upper(b[k])
			}
			return string(b)
		}
	}
	return w
}

// hl7AddrShape reports a field value shaped as an HL7 address (XAD):
// street^other^city^state^ZIP with a house number, a two-letter state and
// a five-digit ZIP ("840 ELM ST^^SALEM^MA^01970").
func hl7AddrShape(v []byte) bool {
	var cs [6][]byte
	n := 0
	for len(v) > 0 && n < len(cs) {
		k := bytes.IndexByte(v, '^')
		if k < 0 {
			cs[n], n = v, n+1
			break
		}
		cs[n], n, v = v[:k], n+1, v[k+1:]
	}
	if n < 5 || len(cs[0]) < 4 || !isDigit(cs[0][0]) || len(cs[2]) < 2 || len(cs[3]) != 2 || !isLetter(cs[3][0]) || !isLetter(cs[3][1]) {
		return false
	}
	z := cs[4]
	return len(z) >= 5 && allDigits(string(z[:5])) && (len(z) == 5 || z[5] == '-' || !isAlnum(z[5])) // (ZIP+4, or a closing mark: "01970`")
}
