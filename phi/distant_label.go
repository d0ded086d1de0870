package phi

import "bytes"

// Identifiers whose label stands further back in the sentence than the
// label rules look: "ID for Benedetta Russo won't verify — 100338274519",
// "the serial on her claim form is RX4-77120938" read with the verb, but
// "sticker on the chart says 30028817", "the member number she read me off
// the back of the card, QMX44120988" do not. In a message about someone,
// a value shaped like an identifier that nothing has claimed takes the
// type of the nearest strong label before it in its sentence, when nothing
// between them owns it: no other value, no organisational label (a PO, a
// ticket), no label of a number that is no PHI.

// distantLabels are the labels strong enough to type a value some words on:
// each names one kind of personal number (not "plan", "unit", "visit" or
// "record", which name other things as often).
var distantLabels = words("mrn", "mr", "chart", "medrec", "empi", "member", "subscriber", "policy", "mbi",
	"medicaid", "medicare", "beneficiary", "hicn", "mbr", "acct", "account", "har", "guarantor", "dl", "license",
	"licence", "lic", "dea", "vin", "plate", "plates", "serial", "sn", "udi", "pacemaker", "pacer", "aicd", "defibrillator", "lvad",
	"cgm", "pump", "transmitter", "implant", "sensor", "concentrator", "imei", "ssn", "social")

// distantIDs adds the identifiers that a label further back in the
// sentence types (see above). It runs once names are known.
func (s *scanner) distantIDs() {
	if !s.mentions(distantLabels) && !s.mentions(payers) || !(s.health || len(s.names) > 0 || s.hasIDs()) {
		return // no strong label; a message about no one: its numbers are the organisation's
	}
	for j := 0; j < len(s.toks); j++ {
		t := s.toks[j]
		if t.nd == 0 && !s.letterPrefixed(j) || t.punct || !s.startsValue(j) || j > 0 && s.toks[j-1].sp == 0 && (!s.toks[j-1].punct || s.is(j-1, '@')) {
			continue
		}
		end, ok := s.idValue(j, false)
		if !ok {
			continue
		}
		val := s.b[t.s:s.toks[end].e]
		if zipGroups(val) || s.claimed(int(t.s), int(s.toks[end].e)) {
			j = end
			continue
		}
		// (a serial is letters and digits mixed as often as digits:
		// "0NKS3QP7X"; only a device's label types one so shaped)
		personal := s.personalShape(val)
		if !personal && !serialShape(val) {
			j = end
			continue
		}
		// (a device's serial only where the message makes the device
		// someone's: the pump fleet's numbers are the hospital's)
		if lt := s.distantLabel(j); lt != "" && (personal || lt == DeviceID) && (lt != DeviceID || len(s.names) > 0 || s.someonesDevice()) {
			s.addTok(lt, j, end, priContext)
		}
		j = end
	}
}

// letterPrefixed reports a value at token j that starts with a short
// prefix of letters joined to its digits by a dash: "HA-0092-7731",
// "KS-4453-496" (startsValue tests that nothing stands between them).
func (s *scanner) letterPrefixed(j int) bool {
	return s.toks[j].na <= 4 && s.is(j+1, '-') && j+2 < len(s.toks) && s.toks[j+2].nd > 0
}

// personalShape reports a value idValue just read (its digits in s.dig)
// that a label away from it may type: six digits or more, few letters, and
// no date, phone grouping or valid ten-digit phone number.
func (s *scanner) personalShape(val []byte) bool {
	d := len(s.dig)
	return d >= 6 && alnumCount(val) <= d+4 && !dateShaped(val) && !phoneGroups(val) && !(d == 10 && validNANP(s.dig) && d == alnumCount(val)) &&
		!ratioShaped(val)
}

// serialShape reports a value of one word that mixes letters and digits,
// two or more of each, six to twenty characters: a device's serial
// ("0NKS3QP7X", "8GK5YR"), which personalShape's six digits leave out.
func serialShape(val []byte) bool {
	d := digitCount(val)
	return len(val) >= 6 && len(val) <= 20 && alnumCount(val) == len(val) && d >= 2 && len(val)-d >= 2
}

// ratioShaped reports two numbers of two or three digits joined by a
// slash: a blood pressure or a ratio ("156/110"), not a record's number.
func ratioShaped(v []byte) bool {
	i := bytes.IndexByte(v, '/')
	if i < 0 || bytes.IndexByte(v[i+1:], '/') >= 0 {
		return false
	}
	a, b := v[:i], v[i+1:]
	return len(a) >= 2 && len(a) <= 3 && len(b) >= 2 && len(b) <= 3 && digitCount(a) == len(a) && digitCount(b) == len(b)
}

// distantLabel returns the type of the strong label before the value at
// token j in its sentence, or "" when there is none or something between
// owns the value.
func (s *scanner) distantLabel(j int) Type {
	words := 0 // the words between the label and the value
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		t := s.toks[k]
		if s.toks[k+1].sp == 2 {
			return "" // the line ends: another field's
		}
		if s.inAny(k, fieldNouns) && k > 0 && !s.in(k-1, distantLabels) {
			if words > 0 && s.in(k-1, payers) && !orgPayerWords[s.w(k-1)] {
				return HealthPlanID // "MassHealth ID for Ana Ruiz won't verify — 100338274519"
			}
			return "" // "the claim number is ...": another field's label
		}
		if t.punct {
			switch s.b[t.s] {
			case '.', '?', '!', ';':
				if s.b[t.s] == '?' && words <= 3 && s.toks[j].na == 0 {
					continue // a question's answer right after it: "two charts for X? 9284933 and ...", "old MRN? new one is 0906699"
				}
				if (t.sp > 0 || k+1 < len(s.toks) && s.toks[k+1].sp > 0) && !s.abbrevStop(k) {
					return "" // a sentence's end
				}
			}
			continue
		}
		if t.nd > 0 {
			return "" // another value: the label is its
		}
		if s.inT(k, blockLabels) || s.inT(k, orgMoney) {
			return ""
		}
		if s.in(k, distantLabels) {
			if words == 0 {
				return "" // a label right before its value is the label rules' to read
			}
			if s.w(k) != "mr" || !(s.is(k+1, '.') || !s.toks[k+1].punct && s.toks[k+1].nd == 0) {
				return labelType[s.w(k)]
			}
			// "visit mr moua done, 156/110", "serial on Mr. Abara's chair is
			// ...": a title before a name, not "MR#"; the label may be
			// further back
		}
		words++
	}
	return ""
}

// orgPayerWords name the payer, not the plan: their "ID" is the payer's own
// electronic id ("payer ID 60054").
var orgPayerWords = plainWords("payer", "insurer", "carrier")

// fieldNouns follow the noun of a field's label: "claim number", "case #".
var fieldNouns = words("number", "num", "no", "#", "id", "code")

// abbrevStop reports a full stop at token k that ends an honorific or an
// initial, not a sentence: "the serial on Mr. Abara's chair is ...",
// "J. Roe's pump".
func (s *scanner) abbrevStop(k int) bool {
	if !s.is(k, '.') || k == 0 || s.toks[k].sp != 0 || s.toks[k-1].punct {
		return false
	}
	return s.in(k-1, honorifics) || s.toks[k-1].e-s.toks[k-1].s == 1 && s.isUpperStart(k-1)
}

// listHeadType maps the plural labels that head a list of values of their
// kind ("MRNs to merge:") to their type; a singular distant label heads
// one too ("member IDs to re-verify:"). (A plain map, not a
// lexicon set: a word listed there would change how other passes read it.)
var listHeadType = map[string]Type{"mrns": MRN, "charts": MRN, "serials": DeviceID, "ssns": SSN, "accounts": AccountNumber,
	"accts": AccountNumber, "policies": HealthPlanID, "vins": VehicleID, "plates": VehicleID, "subscribers": HealthPlanID, "members": HealthPlanID}

// listedIDs types the items of a list under a header line that names
// their kind and ends with a colon, one value at the head of each item
// (after a bullet or an item number), the items on the lines right after:
// "member IDs to re-verify:\n- KQX 4410 2291\n- H80442197",
// "MRNs to merge:\n1. 5520931\n2. 7710042". The label rules read a value
// on the label's own line only. The first line that holds no such value
// ends the list; a device's serials need someone in the message.
func (s *scanner) listedIDs() {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.is(k, ':') || s.toks[k+1].sp != 2 {
			continue
		}
		lt := s.headType(k)
		if lt == "" || lt == DeviceID && len(s.names) == 0 && !s.someonesDevice() {
			continue
		}
		for j := k + 1; j < len(s.toks) && s.toks[j].sp == 2; {
			v := s.listItemValue(j)
			if v < 0 {
				break
			}
			end, ok := s.idValue(v, false)
			if !ok || end+1 < len(s.toks) && s.toks[end+1].sp == 0 && !s.toks[end+1].punct {
				break
			}
			if !s.personalShape(s.b[s.toks[v].s:s.toks[end].e]) {
				break
			}
			if !s.claimed(int(s.toks[v].s), int(s.toks[end].e)) {
				s.addTok(lt, v, end, priContext)
			}
			for j = end + 1; j < len(s.toks) && s.toks[j].sp != 2; j++ {
			}
		}
	}
}

// headType returns the type of the list header that ends with the colon
// at token k: a distant label or a plural head among the line's words
// (the last one), or "".
func (s *scanner) headType(k int) Type {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if t, ok := listHeadType[s.w(i)]; ok {
			return t
		}
		if s.in(i, distantLabels) {
			return labelType[s.w(i)]
		}
		if s.toks[i].sp == 2 {
			break
		}
	}
	return ""
}

// listItemValue returns the first token of an item's value on the line that
// starts at token j, after a bullet ("-", "•", "*") or an item number
// ("1.", "2)"), or -1 when no digit-bearing value starts it.
func (s *scanner) listItemValue(j int) int {
	v := j
	if t := s.toks[v]; t.punct && (s.is(v, '-') || s.is(v, '*') || s.b[t.s] >= 0x80) {
		v++ // a bullet ("•" is one token of its own)
	} else if t.nd > 0 && t.na == 0 && t.e-t.s <= 2 && (s.is(v+1, '.') || s.is(v+1, ')')) && s.toks[v+1].sp == 0 {
		v += 2 // "1." "2)"
	}
	if v >= len(s.toks) || v > j && s.toks[v].sp == 2 {
		return -1
	}
	// (a short prefix of letters before digit groups: "KQX 4410 2291")
	if !s.startsValue(v) && !(s.toks[v].nd == 0 && !s.toks[v].punct && s.toks[v].na <= 4 && v+1 < len(s.toks) && s.toks[v+1].nd > 0 && s.toks[v+1].sp == 1) {
		return -1
	}
	return v
}
