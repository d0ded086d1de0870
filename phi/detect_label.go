package phi

import (
	"bytes"
	"strings"
)

// Labelled identifiers: a field label ("MRN", "member #", "DEA#", "VIN",
// "acct", "SSN is") followed by a value. The label decides the type, which
// is how record numbers with no recognisable shape are found. Organisational
// labels (NPI, PO, invoice, ticket, Zoom meeting ID, ...) block their value
// instead, so a ten-digit NPI is never taken for a phone number.

var labelType = map[string]Type{
	"mrn": MRN, "mr": MRN, "chart": MRN, "record": MRN, "rec": MRN, "mrns": MRN, "emr": MRN, "medrec": MRN,
	"charts": MRN, "records": MRN, "epic": MRN, "hospital": MRN, "hosp": MRN, "empi": MRN, "mpi": MRN, "unit": MRN,
	"nhs": HealthPlanID, "ohip": HealthPlanID, "health": HealthPlanID, "recipient": HealthPlanID,
	"member": HealthPlanID, "subscriber": HealthPlanID, "policy": HealthPlanID, "mbi": HealthPlanID,
	"medicaid": HealthPlanID, "medicare": HealthPlanID, "beneficiary": HealthPlanID, "insurance": HealthPlanID,
	"hicn": HealthPlanID, "mbr": HealthPlanID, "plan": HealthPlanID, "insured": HealthPlanID, "sub": HealthPlanID,
	// abbreviations of the plan labels as typed on forms and in chat
	"memb": HealthPlanID, "mem": HealthPlanID, "subscr": HealthPlanID, "pol": HealthPlanID, "plcy": HealthPlanID, "ins": HealthPlanID,
	// pharmacy cards' and other plans' words for the member ("cardholder ID",
	// "enrollee ID"), TRICARE's DoD Benefits Number
	"cardholder": HealthPlanID, "enrollee": HealthPlanID, "dbn": HealthPlanID,
	"sin": SSN, "itin": SSN, "taxpayer": SSN, "tax": SSN,
	"acct": AccountNumber, "account": AccountNumber, "har": AccountNumber, "guarantor": AccountNumber,
	"acc": AccountNumber, "a/c": AccountNumber, "accnt": AccountNumber,
	// (labels run together with their filler, "memberid", "acctno", are
	// read by the slip matcher: fuzzy.go)
	"dl": LicenseNumber, "license": LicenseNumber, "licence": LicenseNumber, "lic": LicenseNumber,
	"dln": LicenseNumber, "oln": LicenseNumber, // driver's and operator's licence number, as forms abbreviate them
	"cdl": LicenseNumber, "d/l": LicenseNumber,
	"dea": LicenseNumber, "licensure": LicenseNumber, "permit": LicenseNumber, "passport": LicenseNumber, "passports": LicenseNumber,
	"vin": VehicleID, "plate": VehicleID, "plates": VehicleID, "tag": VehicleID,
	"serial": DeviceID, "ser": DeviceID, "sn": DeviceID, "udi": DeviceID, "device": DeviceID, "serials": DeviceID,
	"imei": DeviceID, "transmitter": DeviceID, "pacemaker": DeviceID, "pacer": DeviceID, "aicd": DeviceID, "defibrillator": DeviceID, "lvad": DeviceID, "cgm": DeviceID,
	"pump": DeviceID, "neurostimulator": DeviceID, "stimulator": DeviceID, "implant": DeviceID, "cpap": DeviceID,
	"bipap": DeviceID, "aid": DeviceID, "aids": DeviceID, "sensor": DeviceID, "concentrator": DeviceID,
	"registration": LicenseNumber, "reg": LicenseNumber, "csr": LicenseNumber,
	"checking": AccountNumber, "savings": AccountNumber, "bank": AccountNumber, "iban": AccountNumber, "fin": AccountNumber,
	"csn": AccountNumber, "encounter": AccountNumber, "visit": AccountNumber, "billing": AccountNumber,
	"ssn": SSN, "ss": SSN, "social": SSN, "ssn's": SSN, "soc": SSN,
	// the same labels in the languages of foreign_cues.go: the chart
	// ("expediente", "dossier", "prontuário", Creole "dosye"), the plan
	// ("seguro", "asegurado", "afiliado", "assuré"), the serial ("número de
	// serie", "numéro de série", "numer seryjny"), the plate, the account,
	// the licence
	"expediente": MRN, "dossier": MRN, "prontuario": MRN, "prontuário": MRN, "dosye": MRN,
	"seguro": HealthPlanID, "asegurado": HealthPlanID, "afiliado": HealthPlanID, "assuré": HealthPlanID,
	"serie": DeviceID, "série": DeviceID, "seryjny": DeviceID, "seriennummer": DeviceID,
	"placa": VehicleID, "plaque": VehicleID, "matrícula": VehicleID,
	"cuenta": AccountNumber, "compte": AccountNumber,
	"licencia": LicenseNumber, "permis": LicenseNumber,
}

// englishHomograph are labels of another language that are English words
// of their own: a label only in a message written in that language
// ("plaque AB-123-CD", not "present a plaque 08042026"; "dossier 4471",
// not "the board dossier 2026").
var englishHomograph = map[string]bool{"plaque": true, "dossier": true}

// orgMoney marks messages about the organisation's payments, whose account
// numbers are not an individual's.
var orgMoney = words("wire", "deal", "ach", "remit", "remittance", "payable", "receivable", "vendor", "supplier", "payroll",
	"escrow", "treasury", "invoice", "po")

// cardWords speak of a payment card.
var cardWords = words(append(foreignCard, "card", "visa", "mastercard", "amex", "discover", "cc", "debit", "credit", "maestro", "jcb", "diners",
	"unionpay", "cards")...)

// orgAccounts before "account" make it the organisation's: a ledger, a
// cloud or software vendor's customer account.
var orgAccounts = small("our", "gl", "ledger", "cost", "center", "vendor", "supplier", "project", "fund", "budget", "grant", "expense", "corporate", "company", "business", "merchant", "aws", "azure",
	"google", "salesforce", "slack", "amazon", "microsoft", "oracle", "workday", "fedex", "ups", "usps", "dropbox", "adobe")

// orgLicences around "license" make it a business's or a product's.
var orgLicences = small("business", "software", "site", "volume", "enterprise", "product", "facility", "operating",
	"agreement", "key", "keys", "server", "seat", "seats", "liquor", "microsoft", "oracle", "adobe", "mit", "apache", "gpl")

// cardBrands name a payment card (not "card" alone: an insurance card has
// a member id).
var cardBrands = small("visa", "mastercard", "amex", "discover", "cc", "debit", "credit", "maestro", "jcb", "diners", "unionpay")

// objPronouns say whose value a label names: "ID for him is".
var objPronouns = words("him", "her", "them", "me", "us")

// needFiller lists labels too common as plain words to count without a
// following "#", "no.", "number", "id" or ":".
var needFiller = words("ser", "record", "rec", "chart", "charts", "records", "plan", "insurance", "device", "tag", "social", "ss", "patient", "pt", "mr",
	"epic", "hospital", "insured", "sub", "sin", "hosp", "pol", "ins", "tax", "taxpayer", "unit", "health", "mem", "bank", "recipient",
	"encounter", "visit", "billing",
	"registration")

// strictFiller lists labels that count only with "#", "no.", "number" or
// "id" right after them: "visit # 88120433", not "the site visit is 2/10".
var strictFiller = small("visit", "billing")

// payers name a health plan: before "id", "#", "no." or "number" they label a
// member id ("TRICARE Prime id 1038472910", "Medicaid (MassHealth) ID ...").
var payers = words("tricare", "masshealth", "aetna", "cigna", "humana", "bcbs", "uhc", "anthem", "kaiser",
	"tufts", "wellcare", "molina", "centene", "ambetter", "highmark", "medi", "champva", "medicaid",
	"medicare", "insurer", "payer", "carrier", "aid", "bluecross", "optum", "harvard", "pilgrim",
	"wellsense", "point32health", "carelon", "elevance", "amerigroup", "caresource", "unitedhealthcare",
	"bcbsma", "tricare", "champus", "medigap", "aarp",
	// state Medicaid programmes and regional plans (CMS and state agency
	// names; words that are also English words, given names or surnames are
	// left out: a listed word is no name for the name pass)
	"ahcccs", "tenncare", "soonercare", "badgercare", "kancare", "peachcare", "healthfirst",
	"emblemhealth", "carefirst", "wellmark", "premera", "regence", "upmc", "excellus", "cdphp",
	"healthnet", "allways", "unicare", "healthpartners", "caremark", "bmchp",
	"healthspring", "amerihealth")

// governedByGroup reports a group number's label earlier in the clause of
// the label at token i ("group number for the employee plan is ...",
// "grp # on the Aetna member card"): the value after i is the group's,
// which is no individual's.
func (s *scanner) governedByGroup(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 6 && s.toks[k+1].sp < 2; k, n = k-1, n+1 {
		if s.toks[k].punct {
			if c := s.b[s.toks[k].s]; c == '.' || c == ';' || c == '!' || c == '?' {
				return false
			}
			continue
		}
		if w := s.w(k); w == "grp" || w == "group" && (s.w(k+1) == "number" || s.w(k+1) == "no" || s.is(k+1, '#') || s.w(k+1) == "id") {
			return true
		}
	}
	return false
}

// personalMoney words make an account in a payment message an individual's
// ("wire to his daughter's account", "guarantor set up ACH").
var personalMoney = words("guarantor", "personal", "patient", "pt", "refund", "reimburse", "her", "his", "deposit", "disability",
	"estate", "daughter", "son", "wife", "husband", "checking", "savings", "resident's", "patient's")

var blockLabels = words("npi", "po", "invoice", "inv", "order", "ticket", "shipment", "tracking",
	"confirmation", "contract", "job", "cpt", "icd", "group", "grp", "zoom", "meeting", "webinar",
	"room", "rm", "bed", "version", "ver", "build", "release", "patch", "ref",
	"reference", "incident", "req", "requisition", "batch", "lot", "asset", "cost", "center", "gl",
	"fund", "project", "case", "pin", "passcode", "code", "item", "sku", "part", "model", "catalog",
	"quote", "bid", "rfp", "vendor", "supplier", "badge", "check", "cheque", "wire", "routing",
	"tin", "ein", "taxonomy", "suite", "ste", "bldg", "building", "station",
	"pager", "fy", "q1", "q2", "q3", "q4", "budget", "grant", "award", "pr", "issue", "bug",
	"chg", "inc", "del", "task", "story", "sprint", "pos", "receipt", "transaction", "txn")

var fillerWords = words("no", "nbr", "num", "number", "numbers", "id", "is", "was", "were", "of", "on", "file", "#", "ids", "are", "its",
	"identifier", "identifiers",
	"the", "card",
	"sec", "security")

// blockFiller: an organisational label only claims a value written right
// after it ("unit is 204" says nothing about 204).
var blockFiller = words("no", "nbr", "num", "number", "id", "#", "identifier")

var versionWords = words("version", "ver", "v", "build", "release", "patch", "firmware", "fw", "rev", "revision", "client", "update", "sw",
	"receiver", "citrix", "java", "python", "office", "outlook", "teams", "zoom", "browser", "plugin", "sdk", "installer",
	"software", "running", "runs", "upgrade", "upgraded", "app", "agent", "driver", "os", "ios", "android", "windows", "chrome")

var ssnWords = words("ssn", "social", "security", "ss", "ssn's", "ssns")

var phoneWords = words("phone", "cell", "cel", "mobile", "mob", "tel", "telephone", "fax", "call", "text",
	"reach", "reachable", "contact", "ph", "home", "work", "number", "dial", "ring", "callback", "cb",
	"whatsapp", "sms", "pager", "at", "on", "c", "h", "w", "m", "p", "f", "phn", "tele", "line", "direct",
	"teléfono", "telefono", "téléphone", "telefone", "telefon", "celular", "móvil", "movil",
	// in the scripts that separate words by spaces (Hebrew, Cyrillic,
	// Greek, Devanagari, Arabic, Hangul)
	"טלפון", "נייד", "телефон", "тел", "мобильный", "моб", "τηλέφωνο", "τηλ", "κινητό", "फोन", "फ़ोन", "मोबाइल",
	"هاتف", "جوال", "موبايل", "전화", "휴대폰", "연락처")

// function words do not count towards prevWordIn's distance.
var function = words("the", "a", "an", "of", "her", "his", "their", "our", "my", "this", "that", "your")

// prevWordIn reports whether one of the n words before token ti (in the same
// clause) is in ws.
func (s *scanner) prevWordIn(ti int, ws set, n int) bool {
	if !s.mentions(ws) {
		return false // no word of the list in the whole message
	}
	return s.prevWordAt(ti, ws, n, false, nil)
}

// prevWordInT is prevWordIn, also for a word typed with a slip (fuzzy.go).
func (s *scanner) prevWordInT(ti int, ws set, n int) bool {
	if !s.mentionsT(ws) {
		return false
	}
	return s.prevWordAt(ti, ws, n, s.typos.n > 0, nil)
}

// prevWordAt reports a word of ws among the n words before token ti in its
// clause (function words not counted); with typed, a word the label pass
// read as a slip of one (inT); with x, an unlisted word one slip from a
// word that x indexes (slipOfCue).
func (s *scanner) prevWordAt(ti int, ws set, n int, typed bool, x *slipList) bool {
	return s.prevWordExcept(ti, ws, n, typed, x, nil)
}

// prevWordExcept is prevWordAt passing over the words of ws that skip
// reports (nil: none).
func (s *scanner) prevWordExcept(ti int, ws set, n int, typed bool, x *slipList, skip func(k int) bool) bool {
	// ti may be len(s.toks): the place after the last token (tokAt of an
	// offset inside it, as in a value glued to its cue: "tel5551234")
	for k, seen := min(ti, len(s.toks))-1, 0; k >= 0 && seen < n; k-- {
		t := s.toks[k]
		if k+1 < len(s.toks) && s.toks[k+1].sp == 2 {
			return false
		}
		if t.punct {
			c := s.b[t.s]
			if c == ';' || c == '!' || c == '?' || c == '|' || c == '>' {
				return false
			}
			continue
		}
		if (s.in(k, ws) || typed && s.inT(k, ws)) && (skip == nil || !skip(k)) || x != nil && t.lex == 0 && s.slipOfCue(k, x) != "" {
			return true
		}
		if !s.in(k, function) {
			seen++
		}
	}
	return false
}

// detectLabelled scans for labels and the values they introduce.
// labelStarts are the words the label pass looks at whatever follows
// them: one bit test instead of four.
var labelStarts = union(labelSet, blockLabels, patientTrig, payers)

func (s *scanner) detectLabelled() {
	s.retype()
	// (the tokens retype did not mark leave the loop at its first tests)
	labels, n := s.typos.labels, len(s.toks)
	for at := labels.next(0, n); at < n; at = labels.next(at+1, n) {
		i := at
		t, start := s.toks[i], i
		if t.punct {
			continue
		}
		if t.nd > 0 {
			s.shapeToken(i)
			if i > 0 && s.toks[i-1].nd == 0 {
				s.carPlateAt(i)
			}
			continue
		}
		if t.na <= 4 && i > 0 && i+2 < len(s.toks) && s.toks[i+1].nd+s.toks[i+2].nd > 0 && s.toks[i-1].nd == 0 && s.digits > 1 {
			s.carPlateAt(i) // a plate starting with letters: "TBD-1258"
		}
		if t.e-t.s == 2 && s.w(i) == "id" {
			s.bareID(i)
			continue
		}
		spelt, spEnd := "", i
		if t.e-t.s == 1 && t.na == 1 {
			// a label spelt letter by letter: "M.R.N.", "m r n", "S S N"
			spelt, spEnd = s.letterLabel(i)
		}
		// (the cheap tests of each clause first; a label typed with a
		// slip is one of labelStarts through inT)
		if spelt == "" && !s.inT(i, labelStarts) && !(t.e-t.s <= 2 && s.is(i+1, '/')) &&
			!((t.e-t.s == 5 || t.e-t.s == 6) && (s.word(i) == "cross" || s.word(i) == "shield") && s.blueAt(i-1)) {
			continue
		}
		w := s.word(i)
		if spelt != "" {
			w, i = spelt, spEnd
			if s.is(i+1, '.') && s.toks[i+1].sp == 0 {
				i++ // the final dot of "M.R.N."
			}
		}
		if i > 1 && t.sp == 0 && s.is(i-1, '-') && !s.toks[i-2].punct && s.toks[i-1].sp == 0 &&
			(s.is(i+1, '-') && s.toks[i+1].sp == 0 || s.toks[i-2].nd > 0 || s.toks[i-2].na > 2) {
			continue // part of a code: "NB-REG-0042", "2024-DEA" (not a prefixed label: "X-DEA XF0021734")
		}
		if s.typedAs(i) != "" && s.is(i+1, '-') && s.toks[i+1].sp == 0 {
			continue // the head of a code ("FSN-2026-14"), not a misspelt label
		}
		joined := false
		if w == "s" && s.is(i+1, '/') && s.word(i+2) == "n" && s.toks[i+1].sp == 0 {
			w, i = "sn", i+2 // "s/n"
		} else if s.is(i+1, '/') && s.toks[i+1].sp == 0 && i+2 < len(s.toks) && s.toks[i+2].sp == 0 {
			if _, ok := labelType[w+"/"+s.w(i+2)]; ok {
				w, i, joined = w+"/"+s.w(i+2), i+2, true // "a/c"
			}
		}
		var lt Type
		payerDirect := false
		isLabel := s.inT(i, labelSet) && !(englishHomograph[w] && !s.foreignText(i)) || w == "sn" || joined || spelt != ""
		if isLabel {
			lt = labelType[w]
		} else if s.inT(i, payers) && (w != "medi" || s.is(i+1, '-') && s.word(i+2) == "cal") || (w == "cross" || w == "shield") && s.blueAt(i-1) {
			payerFirst := i
			if w == "cross" || w == "shield" {
				payerFirst = i - 1
			}
			if w == "medi" {
				i += 2 // "Medi-Cal"
			}
			payerLast := i
			// a payer, then up to three plan words or a parenthesis, then "id"
			k := i + 1
			for n := 0; n < 4 && k < len(s.toks) && s.toks[k].sp < 2 && !s.inT(k, blockFiller) && s.toks[k].nd == 0; n++ {
				k++
			}
			if s.inT(k, blockFiller) || s.is(k, '#') {
				lt, isLabel, i = HealthPlanID, true, k-1
				w = s.word(i)
			} else if i+1 < len(s.toks) && s.toks[i+1].nd >= 8 && s.toks[i+1].sp == 1 {
				lt, isLabel = HealthPlanID, true // "MassHealth 100293847561"
			} else if v := s.payerValue(i); v > i {
				// "Tricare DBN 1234567890", "Tufts Health Plan W100997485"
				lt, isLabel, i, payerDirect = HealthPlanID, true, v-1, true
				w = s.word(i)
			}
			if isLabel && (payerLast > payerFirst || s.typedAs(payerFirst) != "") {
				// the payer's name before its member's id is no person's,
				// however typed ("Bule Cross member ID ...")
				s.addTok(blockType, payerFirst, payerLast, priBlock)
			}
		}
		// after a payer, i is its "group" or "id"; an area code is part of a
		// phone number, a ZIP code is an address's
		block := s.inT(i, blockLabels) && !(w == "code" && (s.word(i-1) == "area" || s.word(i-1) == "zip" || s.word(i-1) == "postal")) &&
			!(w == "center" && !s.inT(i-1, blockLabels) && s.word(i-1) != "profit" && s.word(i-1) != "responsibility") // "transfer center: 555-..."
		if w == "patient" || w == "pt" {
			lt, isLabel = MRN, true
		}
		if isLabel && !block && s.governedByGroup(i) {
			block, isLabel = true, false // "group number for the employee plan is 0068829": the plan word is the group's
		}
		if isLabel && strictFiller.has(w) && !s.is(i+1, '#') && !s.inT(i+1, blockFiller) {
			continue
		}
		if isLabel && (w == "records" || w == "charts" || w == "accounts" || w == "claims") && s.is(i+1, '.') && s.toks[i+1].sp == 0 &&
			i+2 < len(s.toks) && s.toks[i+2].sp > 0 {
			continue // "error on 212 records. TKT-82409": a plural word ends its sentence, no label of the next
		}
		if w == "mr" && s.is(i+1, '.') && s.isUpperStart(i+2) && s.toks[i+2].nd == 0 {
			continue // "Mr. Okeke's Mastercard ...": the title, not "MR."
		}
		if isLabel && w == "tag" && (s.inT(start-1, blockLabels) || s.inStrT(start-1, &thingTags)) {
			continue // "asset tag is HH-00419", "biomed tag bm-22817": a thing's tag, no car's plate
		}
		if (w == "health" || w == "unit" || w == "bank") && !(s.inT(i+1, blockFiller) || s.is(i+1, '#') || w == "health" && s.word(i+1) == "card") {
			continue // "health card number", "unit no."; not "the health of 12345 patients"
		}
		if w == "aid" && s.word(i-1) == "medical" {
			lt = HealthPlanID // "medical aid no.": a health plan outside the US
		}
		if w == "payer" && s.inT(i+1, blockFiller) {
			lt, isLabel, block = blockType, false, true // "Payer ID 60054": the plan's electronic id, not a member's
		}
		if !isLabel && !block {
			continue
		}
		if isLabel {
			// the value first: "4410293 is her MRN", "`4410293` was his acct",
			// "4410293 is the chart" (a word that needs a filler, only
			// after a long number)
			k := i - 1
			for n := 0; n < 2 && k > 0 && s.inAnyT(k, pronouns, function); n++ {
				k--
			}
			if w := s.w(k); (w == "is" || w == "was") && k > 0 {
				v := k - 1
				if s.is(v, '`') || s.is(v, '"') {
					v--
				}
				if v >= 0 && s.toks[v].nd >= 5 && s.toks[v].na <= 2 && !(s.toks[v].nd == 5 && s.toks[v].na == 0) && (!s.needsFiller(i) || s.toks[v].nd >= 6 && s.toks[v].na == 0) && (v == 0 || s.toks[v-1].punct || s.toks[v].sp == 2 || s.toks[v-1].nd == 0 && !s.inT(v-1, blockLabels)) {
					s.addTok(lt, v, v, priLabel)
				}
			}
		}
		if isLabel && lt != DeviceID && (!s.needsFiller(i) || s.inT(i+1, blockFiller) || s.typedNumber(i+1)) {
			if v, e := s.valueBefore(start, i, lt); e >= 0 {
				s.addTok(lt, v, e, priLabel)
			}
		}
		j, fill := i+1, 0
		for j < len(s.toks) && fill < 6 {
			if s.toks[j].sp == 2 {
				// "MRN:\n4410293": a label ending its line labels the value
				// that starts the next
				if isLabel && !block && s.startsValue(j) && (s.is(j-1, ':') || s.is(j-1, '#') || j == i+1 || s.word(j-1) == "is") {
					fill++
				}
				break
			}
			if isLabel && !block && s.is(j, '(') {
				if q := s.qualifier(j); q > j {
					j = q + 1 // a qualifier: "MRN (Epic) 4410293", "license (driver's) S1234567"
					fill++
					continue
				}
			}
			if s.toks[j].punct {
				c := s.b[s.toks[j].s]
				if c == '.' && j == i+1 && s.toks[j].sp == 0 && j+1 < len(s.toks) && s.toks[j+1].sp > 0 && s.gz(i).isWord() && w != "no" && !s.inT(i, blockFiller) {
					break // "a hospice house bed. 92 and declining": the sentence ends after a word, not an abbreviation ("rm. 12", "No. 4417")
				}
				if c != '#' && c != ':' && c != '-' && c != '.' && c != '=' && c != '(' && c != '`' && c != '*' && c != '_' && c != '"' &&
					!((c == sub || c == '[') && isLabel && !block) && // a symbol ("MRN → 4410293", "MRN «4410293»") or a bracket
					!(c == '|' && isLabel && !block) && // a table: "| MRN | 2200-9147 |"
					!(c == '>' && isLabel && !block) && // "member id --> ..."
					!(c == '?' && isLabel && !block && (s.startsValue(j+1) || s.is(j+1, '?') || s.word(j+1) == "it")) && // "MRN? 2201944"
					!(c == '\'' && lt == VehicleID && j+1 < len(s.toks) && s.toks[j+1].sp == 0) && // a plate in quotes: "plate 'LUV-NRSE'"
					!(c == ',' && isLabel && !block && (!s.needsFiller(i) || fill > 0) && j+1 < len(s.toks) && s.toks[j+1].nd >= 5) {
					break
				}
			} else if isLabel && !block && s.word(j) == "for" && s.inT(j+1, objPronouns) && s.inT(j+2, fillerWords) {
				j++ // "Humana ID for him is ...": whose id, then the verb
			} else if isLabel && !block && s.word(j) == "it" && s.is(j+1, '\'') && s.word(j+2) == "s" && s.toks[j+1].sp == 0 {
				j += 2 // "account number? it's 7700220194"
			} else if !s.inT(j, fillerWords) && !s.typedNumber(j) && !(lt == LicenseNumber && (s.word(j) == "dea" || s.word(j) == "state")) ||
				block && !s.inT(j, blockFiller) && !s.typedNumber(j) {
				break
			}
			j++
			fill++
		}
		if isLabel && (!s.needsFiller(i) || fill > 0 || s.word(i+1) == "for") && !s.startsValue(j) {
			// "Driver's license for the visitor: MA S1234", "Social for
			// Kwame Mensah-Bonsu: ...": skip a few words up to a colon on
			// the same line.
			found := false
			limit := j + 7
			for k := j; k < len(s.toks) && k < limit && s.toks[k].sp < 2; k++ {
				if s.is(k, '(') {
					// an aside in parentheses does not count: "MRNs for
					// the audit sample (not the batch): ..."
					if c := s.closingParen(k, 8); c > k {
						limit += c - k + 1
						k = c
						continue
					}
				}
				if k > j && s.inT(k, labelSet) && !s.needsFiller(k) && labelType[s.word(k)] != lt && s.word(k-1) != "for" && s.word(k-2) != "for" {
					break // "plate? no, his license: ...": the colon is the other label's (not "tax id for the guarantor: ...")
				}
				if s.is(k, ':') {
					j, fill, found = k+1, fill+1, true
					break
				}
			}
			// "the MRN on the wristband reads 4410293", "MRN ending
			// 4410293": a long number a few words on in the clause
			if !found && (lt == MRN || lt == AccountNumber || lt == HealthPlanID || lt == DeviceID && !deviceNoun(w) || lt == LicenseNumber || lt == SSN) && !s.copulaBetween(i, j) {
				other := false // another label on the way: "Guarantor SSN is ..."
				for k := j; k < len(s.toks) && k < j+6 && s.toks[k].sp < 2; k++ {
					if s.toks[k].nd == 0 && s.inT(k, dobWords) {
						break // "Subscriber: ROE, JANE DOB 19520314": the next field's value
					}
					other = other || s.toks[k].nd == 0 && s.inT(k, labelSet) && !s.needsFiller(k) && labelType[s.word(k)] != lt
					if other && (w == "patient" || w == "pt") {
						break // "pt is Ann Lee, acct 66100214": the account's label owns the number
					}
					if t := s.toks[k]; t.punct && s.b[t.s] != ',' && s.b[t.s] != '\'' && !(s.b[t.s] == '-' && t.sp > 0) &&
						!(s.b[t.s] == '.' && t.sp == 0 && s.inAnyT(k-1, honorifics, staffBefore)) { // "for Dr. Vance is ..."
						break
					}
					if s.inT(k, blockLabels) && !s.nounCompound(k) || s.inStrT(k, &amountWords) || s.inStrT(k, &cardBrands) || (s.word(k) == "ending" || s.word(k) == "last" || s.word(k) == "ends") && s.shortNumberAfter(k) {
						break // "acct ending 0042 routing 011000138": a last-4, then someone else's label
					}
					if t := s.toks[k]; t.nd >= 6 && (t.na <= 2 || s.letterPrefix(k)) || lt == DeviceID && t.nd >= 3 && t.nd+t.na >= 6 {
						j, fill = k, fill+1
						break
					}
					if t := s.toks[k]; (t.nd >= 2 || t.nd == 0 && t.na <= 4 && s.codeTok(k) && !s.inAnyT(k, blockFiller, idLabels)) && !other && lt != DeviceID && lt != LicenseNumber {
						// a value in groups: "H1209-4488-17", "4417 8820 93",
						// an MBI "4KF5-T80-HE69"
						if e, ok := s.idValue(k, false); ok && e > k {
							v := s.b[t.s:s.toks[e].e]
							if len(s.dig) >= 6 && alnumCount(v) <= len(s.dig)+3 && !otherGroups(v) && !zipGroups(v) && !phoneGroups(v) ||
								lt == HealthPlanID && (validMBIForm(v) || medicaidCIN(v)) || lt == SSN && len(s.dig) == 9 && alnumCount(v) == 9 {
								j, fill = k, fill+1
								break
							}
							if t.nd > 0 || isUpperTok(s.b[t.s:t.e]) {
								k = e // a value of another shape: not its tail either
							}
						}
					}
				}
				if !s.startsValue(j) && lt != DeviceID && !s.copulaBetween(i, j) {
					// "the account we have on file for her is 6620931447":
					// the value after a verb later in the clause
					if v := s.farValue(j, lt); v > j {
						j, fill = v, fill+1
					}
				}
			}
		}
		if isLabel && !block && (lt != DeviceID || !deviceNoun(w)) && j < len(s.toks) && (!s.startsValue(j) || s.toks[j].e-s.toks[j].s == 1) && !(w == "license" && s.word(i+1) == "plate") {
			// a value read out or spaced character by character, right
			// after the label or after its "is" a few words on: "member
			// number x q d 4 4 1 9", "plate ... is south dakota 3 A B 1 4 7",
			// "serial # 1 Q 8 8 4 5 5 2 1"
			if k, e := s.spelledAfter(j, lt, w != "patient" && w != "pt"); e >= 0 {
				if lt == DeviceID && !s.devicePersonal() {
					s.pendingPerson = append(s.pendingPerson, cand{t: DeviceID, s: int(s.toks[k].s), e: int(s.toks[e].e), pri: priLabel})
					continue
				}
				s.addTok(lt, k, e, priLabel)
				continue
			}
		}
		if isLabel && (lt == LicenseNumber || lt == VehicleID) && s.inT(j, states) && s.toks[j].e-s.toks[j].s == 2 {
			if s.startsValue(j + 1) {
				j++ // issuing state before a licence number
			} else if (s.is(j+1, '#') || s.is(j+1, ':')) && s.startsValue(j+2) {
				j += 2 // "license MA #2298114"
			}
		}
		// "chart 4410293 is locked": a record word right before a long number
		bareRecord := lt == MRN && j < len(s.toks) && (s.toks[j].nd >= 6 && (s.toks[j].na == 0 || s.toks[j].na == 1 && isLetter(s.b[s.toks[j].s])) || s.dashedRecord(j)) && w != "unit" ||
			// "controlled substance registration MA0192847": a state
			// registration number has letters and digits
			lt == LicenseNumber && j < len(s.toks) && s.toks[j].nd >= 5 && s.toks[j].na >= 1 && s.toks[j].na <= 3 && s.toks[j].sp == 1
		if lt == MRN && !bareRecord && j < len(s.toks) && s.startsValue(j) && s.toks[j].sp == 1 && (w == "charts" || w == "records" || w == "mrns") {
			// "duplicate charts MR-358037 and LRH9258130": a plural record
			// word before a list of record-shaped values
			if e, ok := s.idValue(j, false); ok && len(s.dig) >= 6 && alnumCount(s.b[s.toks[j].s:s.toks[e].e]) <= len(s.dig)+4 {
				bareRecord = true
			}
		}
		// "device HYS98712G": a serial of letters and digits right after the word
		bareSerial := w == "device" && j < len(s.toks) && s.toks[j].sp == 1 && s.toks[j].nd >= 4 && s.toks[j].na >= 1 &&
			int(s.toks[j].nd)+int(s.toks[j].na) >= 7 && int(s.toks[j].nd)+int(s.toks[j].na) == int(s.toks[j].e-s.toks[j].s)
		// "ins 843902461-03": a plan label's abbreviation right before a
		// long number
		bareLong := lt == HealthPlanID && w != "plan" && w != "health" && j < len(s.toks) && s.toks[j].sp == 1 && s.toks[j].nd >= 8
		if j >= len(s.toks) || (isLabel && s.needsFiller(i) && fill == 0 && !s.bareTag(i, j) && !bareRecord && !payerDirect && !bareSerial && !bareLong) {
			continue
		}
		if w == "license" && s.word(i+1) == "plate" {
			continue
		}
		if (w == "epic" || w == "hospital") && !s.inT(i+1, blockFiller) && !s.is(i+1, '#') {
			continue // "Epic ID 4410293", "hospital # 4410293"; not "Epic (v2024.2)"
		}
		if w == "udi" && j < len(s.toks) {
			// a UDI carries GS1 application identifiers: "(01)0088...(17)2501"
			st, en := int(s.toks[j].s), int(s.toks[j].s)
			if st > 0 && s.b[st-1] == '(' {
				st--
			}
			for en < len(s.b) && !isSpace(s.b[en]) {
				en++
			}
			for en > st && (s.b[en-1] == '.' || s.b[en-1] == ',' || s.b[en-1] == ';') {
				en--
			}
			if alnumCount(s.b[st:en]) >= 6 {
				s.add(DeviceID, st, en, priLabel)
			}
			continue
		}
		if lt == VehicleID && (w == "vin" || w == "vins") {
			if e := s.spacedVIN(j); e > j {
				s.addTok(VehicleID, j, e, priLabel) // "wba y1f 7u2 ps9 06044"
				continue
			}
		}
		if lt == VehicleID && w != "vin" && w != "vins" {
			if e := s.vanityPlate(j); e >= j {
				s.addTok(VehicleID, j, e, priLabel) // "plate 'LUV-NRSE'"
				continue
			}
		}
		end, ok := s.idValue(j, lt == VehicleID)
		if !ok {
			continue
		}
		if block && s.slashDateIn(j, end) && (!roomWords[w] || s.nearestCue(j, 6) == 2) {
			// "next INR check 12/2": a month and day with a slash is no
			// order's or ticket's number, the date pass judges it; after
			// a room only a health event's ("fell in the dining room
			// 12/01"), as "in room 12/3" stays a room
			continue
		}
		if v := s.b[s.toks[j].s:s.toks[end].e]; block && (w != "room" && w != "rm" && (yearDate(v) || end == j && (validPlainDate(v) || s.dayMonthAt(j)) || dashDayPair(v)) ||
			len(v) == 10 && v[4] == '-' && v[7] == '-' && yearDate(v)) {
			// "incident 02-Feb-2025", "next check 2026-04-12", "incident
			// 03022025", "visita del 14 de mayo", "incident 6-20": a whole
			// date, judged as one (after a room only a year-first one:
			// "fell in the waiting room 2024-05-26")
			continue
		}
		if block {
			if d := s.dig; len(d) >= 13 && len(d) <= 19 && (luhn(d) || fourFours(s.b[s.toks[j].s:s.toks[end].e])) && s.mentionsT(cardWords) {
				continue // "Amex for the Staples order: 3714 496353 98431": the card, not the order's number
			}
			if v := s.b[s.toks[j].s:s.toks[end].e]; w != "zoom" && w != "meeting" && w != "webinar" && bytes.IndexByte(v, ' ') < 0 &&
				phoneGroups(v) && validNANP(s.dig) { // (idValue left v's digits in s.dig)
				// "story 541-899-6061", "case 603-555-0131": a phone written
				// as one, which the phone pass judges (a meeting's id is
				// written in blank-separated groups: "zoom 707 689 0672")
				continue
			}
			if (w == "release" || w == "build" || w == "patch") && bytes.IndexByte(s.b[s.toks[j].s:s.toks[end].e], '.') < 0 && len(s.dig) >= 6 {
				continue // "QA these before release: E1339268 (Roe)": a record's number, not a release's (those have dots: "2024.8.2")
			}
			if end == j && ageSex(s.b[s.toks[j].s:s.toks[j].e]) {
				continue // "new ref: 93M from ...": an age and a sex in shorthand, which the age pass judges
			}
			if w != "zoom" && w != "meeting" && w != "webinar" && s.areaInParens(j) {
				continue // "benefit fund: (312)555-0184": an area code in parentheses starts a phone number, which the phone pass judges
			}
			s.addTok(blockType, j, end, priBlock)
			continue
		}
		v := s.b[s.toks[j].s:s.toks[end].e]
		s.dig = digitsOf(s.dig, v)
		d := s.dig
		if len(d) >= 4 && len(d) <= 8 && len(v) > len(d) && dateShaped(v) || monthDayShaped(v) {
			// "records 2024-09-06 to 3/3/26": a date after a record word;
			// "the ACC summit is 4/24-4/26": days, no account
			continue
		}
		if lt == AccountNumber && (s.inStrT(start-1, &orgAccounts) || s.orgAfter(end)) {
			continue // "GL account 61002000", "our AWS account ...", "account # 4410-88213 is the org one": the organisation's
		}
		if lt == HealthPlanID && (w == "policy" || w == "pol" || w == "plcy") && (s.mentionsStr(&orgPolicies) || strings.Contains(s.lo, "d&o")) {
			continue // "D&O renewal, policy # NSH-DO-2025-0448", "umbrella liability policy 88-2231-09": the organisation's cover
		}
		if lt == LicenseNumber && (s.inStrT(start-1, &orgLicences) || s.inStrT(i+1, &orgLicences) || s.orgLicenceBetween(i+2, j)) {
			continue // "business license 2024-0012", "license agreement 7720913", "license for the site is ..."
		}
		if tollFree(v) {
			continue // "carrier # 800-555-0146": a toll-free line, not an id
		}
		if s.needsFiller(i) && len(d) >= 13 && len(d) <= 19 && len(d) == alnumCount(v) && luhn(d) && s.mentionsT(cardWords) {
			continue // "card on file for her payment plan: 5291-...", "Amex for the registrations: 3759 ...": a payment card
		}
		if lt == AccountNumber && s.mentionsT(orgMoney) && !s.mentionsT(personalMoney) {
			continue // the organisation's own bank details in a payment
		}
		switch lt {
		case SSN:
			if len(d) != 9 || w == "tax" && !ssnGroups(v) || w == "taxpayer" && einGroups(v) {
				continue // a tax id in another shape is an employer's EIN ("04-1234567")
			}
		case MRN, AccountNumber:
			if ssnGroups(v) && s.prevWordInT(j, ssnWords, 8) {
				continue // "The SSN for the guarantor is 078-05-1120": the SSN's
			}
			if end == j && len(d) <= 6 && len(d) == alnumCount(v) && s.street(j) > j {
				continue // "new address per pt: 7310 Elm Ave": a house number and its street, which the address pass reads
			}
			if len(d) < 4 || w == "unit" && len(d) < 6 || (w == "checking" || w == "savings") && len(d) < alnumCount(v) {
				continue // "checking 1EG4TE5MK73 eligibility" is the verb
			}
		case HealthPlanID:
			if len(d) < 5 && !(len(v) == 11 && validMBI(string(v))) {
				continue // "policy INT-009" is a document number
			}
		case LicenseNumber:
			if alnumCount(v) < 4 || w == "dl" && alnumCount(v) < 5 {
				continue // "DL 1187 BOS→ATL": a Delta flight; no state's driver's licence is so short
			}
		default:
			if alnumCount(v) < 4 {
				continue
			}
		}
		if deviceNoun(w) && !(len(d) >= 1 && alnumCount(v) >= 6 && (len(d) < alnumCount(v) || len(d) >= 7)) {
			continue // "pump 3", "2 pacemakers": a device noun takes only a serial-shaped value (six characters or more, one a digit: "transmitter 8RK4QT")
		}
		if lt == DeviceID && s.equipmentBefore(start) && !s.mentionsT(patientTrig) {
			continue // "the CT scanner serial 88711-CT", "iPhone 15, IMEI ...": the organisation's equipment, a phone
		}
		if lt == DeviceID && !s.devicePersonal() {
			// an asset's serial, unless the message names the device's patient
			s.pendingPerson = append(s.pendingPerson, cand{t: DeviceID, s: int(s.toks[j].s), e: int(s.toks[end].e), pri: priLabel})
			continue
		}
		if lt == DeviceID {
			s.blockMaker(start)
		}
		s.addTok(lt, j, end, priLabel)
		s.carryLabel(lt, j, end, pluralLabel(w, lt))
	}
}

// qualifier returns the ')' of a short qualifier in parentheses at token j
// ("(Epic)", "(driver's)", "(state of MA)": up to four words, no digits),
// or -1.
func (s *scanner) qualifier(j int) int {
	for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
		t := s.toks[k]
		if s.is(k, ')') {
			if k == j+1 {
				return -1
			}
			return k
		}
		if t.nd > 0 || t.sp == 2 || t.punct && !s.is(k, '\'') && !s.is(k, '-') && !s.is(k, '.') {
			return -1
		}
	}
	return -1
}

// orgOwners after an account's value say it is the organisation's.
var orgOwners = small("org", "organization", "organisation", "corporate", "company", "business", "vendor", "merchant",
	"institutional", "departmental", "hospital-paid")

// orgAfter reports a word of orgOwners in the few words after the value
// ending at token e, in its sentence ("... is the org one", "... is
// hospital-paid").
func (s *scanner) orgAfter(e int) bool {
	for k := e + 1; k < len(s.toks) && k <= e+6 && s.toks[k].sp < 2; k++ {
		if t := s.toks[k]; t.punct && (s.b[t.s] == '.' || s.b[t.s] == ';' || s.b[t.s] == '?' || s.b[t.s] == '!') {
			return false
		}
		if s.inStrT(k, &orgOwners) || s.w(k) == "paid" && s.is(k-1, '-') && s.inStrT(k-2, &orgAccounts) || s.w(k) == "hospital" && s.is(k+1, '-') && s.w(k+2) == "paid" {
			return true
		}
	}
	return false
}

// orgLicenceBetween reports a word of orgLicences among tokens k..j-1: the
// clause between a licence label and its value makes it a business's.
func (s *scanner) orgLicenceBetween(k, j int) bool {
	for ; k < j; k++ {
		if s.inStrT(k, &orgLicences) {
			return true
		}
	}
	return false
}

// sameShape reports whether a and b have letters, digits and other bytes
// in the same places.
func sameShape(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if isDigit(x) != isDigit(y) || isLetter(x) != isLetter(y) || !isAlnum(x) && x != y {
			return false
		}
	}
	return true
}

// amountWords name a sum of money: a number after them is no identifier
// ("the license fee of 125000").
var amountWords = small("fee", "fees", "cost", "costs", "price", "amount", "balance", "premium", "payment", "charge",
	"charges", "dollars", "usd", "total", "owed", "owes", "due", "copay", "deductible", "paid", "budget", "salary")

// nounCompound reports an organisational label used as the first noun of
// a compound ("her claim form", "the order sheet"): a word follows it, not
// a value or a filler, so it labels nothing here.
func (s *scanner) nounCompound(k int) bool {
	n := k + 1
	return n < len(s.toks) && !s.toks[n].punct && s.toks[n].nd == 0 && s.toks[n].sp == 1 && !s.inT(n, blockFiller) &&
		!s.inT(n, fillerWords) && !s.startsValue(n)
}

// inStr reports whether token k is a word of m. The small lists of the
// identifier passes are maps, not lexicon lists: a lexicon entry would make
// their words "listed" for the name pass ("Price", "Grant", "Key" are
// surnames too).
func (s *scanner) inStr(k int, m *smallSet) bool {
	return k >= 0 && k < len(s.toks) && !s.toks[k].punct && s.toks[k].nd == 0 && s.tokIn(k, m)
}

// tokIn reports whether token k's text is a word of m (punctuation and
// numbers too): m.has(s.w(k)), with a bit test for a word that has a
// lexicon entry (lexicon.small) instead of a map look-up.
func (s *scanner) tokIn(k int, m *smallSet) bool {
	if uint(k) >= uint(len(s.toks)) {
		return false
	}
	// (the word after the slash of "f/u" has the entry of the whole:
	// joinSlashed)
	if t := &s.toks[k]; t.lex != 0 && !(t.sp == 0 && k > 0 && s.is(k-1, '/')) {
		return lex.small[t.lex]&m.bit != 0
	}
	return m.has(s.w(k))
}

// smallSet is a short word list kept out of the scanner's lexicon
// (registering its words there would make them "listed" words for the name
// pass), with the lengths and first bytes of its words as bit masks so
// that most words are rejected without a map look-up. The lexicon notes
// which of its entries' words are in each (bit).
type smallSet struct {
	m     map[string]bool
	lens  uint64
	first [4]uint64
	bit   uint64 // the set's bit in lexicon.small
}

func small(ws ...string) smallSet {
	if len(lex.smalls) == 64 || lex.index != nil {
		panic("phi: a small set past 64 or after the lexicon's table")
	}
	m := smallSet{m: make(map[string]bool, len(ws)), bit: 1 << len(lex.smalls)}
	lex.smalls = append(lex.smalls, m.m)
	for _, w := range ws {
		m.m[w] = true
		m.lens |= 1 << min(len(w), 63)
		m.first[w[0]>>6] |= 1 << (w[0] & 63)
	}
	return m
}

func (m *smallSet) has(w string) bool {
	if uint(len(w)-1) >= 62 {
		return false // empty, or longer than the masks note
	}
	// the length and the first byte in one test: a branch the processor
	// guesses wrong half as often as two
	c := w[0]
	return (m.lens>>len(w))&(m.first[c>>6]>>(c&63))&1 != 0 && m.m[w]
}

// mentionsStr reports whether the message has a word of m.
func (s *scanner) mentionsStr(m *smallSet) bool {
	for k := range s.toks {
		if s.inStr(k, m) {
			return true
		}
	}
	return false
}

// orgPolicies name the insurance an organisation buys for itself, whose
// policy numbers are no one's health plan: liability, directors' and
// officers' (D&O), malpractice, property, cyber, workers' compensation.
var orgPolicies = small("liability", "umbrella", "malpractice", "d&o", "cyber", "property", "casualty", "underwriter",
	"underwriters", "workers", "comp", "wc", "fiduciary", "crime", "fleet", "reinsurance")

// shortNumberAfter reports a number of at most four digits within the
// three tokens after k: the last-4 of "ending in 0042".
func (s *scanner) shortNumberAfter(k int) bool {
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		if t := s.toks[n]; t.nd > 0 {
			return t.nd <= 4 && t.na == 0
		}
	}
	return false
}

// letterPrefix reports a token of up to three letters then digits only:
// the alpha prefix of a member id ("QMX44120988").
func (s *scanner) letterPrefix(k int) bool {
	t := s.toks[k]
	if t.na > 3 {
		return false
	}
	for p := t.s; p < t.s+int32(t.na); p++ {
		if !isLetter(s.b[p]) {
			return false
		}
	}
	return true
}

// copulaBetween reports an "is" or "was" among the fillers after the label
// at i (up to token j): the clause has said what the label is ("her
// license is suspended, ..."), so no value further on is the label's.
func (s *scanner) copulaBetween(i, j int) bool {
	if s.inStrT(j, &stillOpen) {
		return false // "MRN is now 8801944", "acct is listed as ..."
	}
	for k := i + 1; k < j; k++ {
		if w := s.w(k); w == "is" || w == "was" || w == "are" {
			return true
		}
	}
	return false
}

// stillOpen words after "is" leave the value to come.
var stillOpen = small("now", "still", "actually", "currently", "also", "probably", "likely", "apparently", "listed",
	"showing", "shown", "written", "typed", "entered", "keyed", "recorded", "given", "printed", "correct", "right",
	"supposed", "definitely", "either", "under", "as")

// copulas introduce a value later in a label's clause.
var copulas = small("is", "was", "reads", "read", "says", "shows", "number", "no", "num")

// farValue looks further along a label's clause, from token j, for a value
// after a verb or a colon: "the account we have on file for her is
// 6620931447", "member id, per the card he showed at check-in, is
// QMX44120988". The clause ends at a sentence's punctuation, a line
// break, an organisational label or a label of another type (which owns
// what follows). It returns the value's token, or -1.
func (s *scanner) farValue(j int, lt Type) int {
	for k := j; k < len(s.toks) && k < j+16 && s.toks[k].sp < 2; k++ {
		t := s.toks[k]
		if t.punct {
			c := s.b[t.s]
			if c == ',' || c == '\'' && !s.is(k-1, '\'') || c == '-' || c == '.' && t.sp == 0 && s.inAnyT(k-1, honorifics, staffBefore) {
				continue
			}
			if (c == '(' || c == '`') && s.startsValue(k+1) && s.toks[k+1].sp == 0 {
				// "the sub ID he gave (88120433901)", "the MRN in the
				// handoff `9012 7743` is wrong"
				close := byte(')')
				if c == '`' {
					close = '`'
				}
				if e, ok := s.idValue(k+1, false); ok && s.is(e+1, close) && len(s.dig) >= 6 {
					return k + 1
				}
			}
			if c != ':' && c != '=' {
				return -1
			}
		} else if t.nd > 0 {
			return -1 // a number in between: "seen 3 times, the acct is ..." belongs to nothing
		} else if s.inT(k, blockLabels) && !s.is(k+1, '-') || s.inT(k, dobWords) || s.inStrT(k, &amountWords) || s.inStrT(k, &cardBrands) || s.inT(k, phoneNouns) && s.word(k) != "number" ||
			s.inT(k, labelSet) && !s.needsFiller(k) && labelType[s.word(k)] != lt {
			return -1
		} else if !s.inStrT(k, &copulas) && !(s.word(k) == "s" && s.is(k-1, '\'')) {
			continue
		} else if s.inT(k, blockFiller) && (!s.toks[k-1].punct || s.word(k+1) == "of" || s.inT(k+1, function) && !(k+2 < len(s.toks) && s.toks[k+2].nd > 0)) {
			if k > j && !s.toks[k-1].punct {
				return -1 // "the claim number is ...": another field's label
			}
			continue // "number of visits"
		}
		v := k + 1
		if s.is(v, '`') || s.is(v, '"') || s.is(v, '*') {
			v++
		}
		if (lt == LicenseNumber || lt == VehicleID) && s.inT(v, states) && s.toks[v].e-s.toks[v].s == 2 && s.startsValue(v+1) {
			v++ // the issuing state first: "...: NY 123 456 789"
		}
		if v >= len(s.toks) || s.toks[v].punct || s.toks[v].sp == 2 {
			return -1
		}
		if !s.startsValue(v) && (lt != LicenseNumber || s.toks[v].e-s.toks[v].s != 1) &&
			!(s.toks[v].nd == 0 && s.toks[v].na <= 3 && s.codeTok(v) && v+1 < len(s.toks) && s.toks[v+1].nd > 0 && s.toks[v+1].sp == 1) { // "is AY 1182093"
			continue // "name is Ann Lee, number ...": not this verb's value (a licence may start with a letter apart)
		}
		if e, ok := s.idValue(v, false); ok && s.toks[v].sp < 2 {
			val := s.b[s.toks[v].s:s.toks[e].e]
			if d := len(s.dig); (d >= 6 && alnumCount(val) <= d+3 || lt == LicenseNumber && d >= 4 && alnumCount(val) >= 6 || lt == HealthPlanID && medicaidCIN(val)) &&
				!dateShaped(val) && !zipGroups(val) && !phoneGroups(val) && !(d == 10 && validNANP(s.dig) && d == alnumCount(val)) {
				return v
			}
		}
		return -1
	}
	return -1
}

// beforeGap are the words that may stand between a value and the label
// after it: "use 5566778899 as the account", "D7730912 - that's his DL".
var beforeGap = small("is", "was", "as", "that", "thats", "it", "its", "which", "s", "being")

// valueBefore finds an identifier written before its label, the label
// (tokens first..i) closing the clause: "W28847103 (member id)",
// "88120433 = acct", "XJH889102344, her Aetna member number". Between
// them only a few function words, pronouns, a payer and the punctuation of
// an apposition. It returns the value's first and last tokens, or -1.
func (s *scanner) valueBefore(first, i int, lt Type) (int, int) {
	// the label must not introduce a value of its own
	j := i + 1
	for n := 0; n < 4 && j < len(s.toks) && (s.inT(j, blockFiller) || s.toks[j].punct && !s.is(j, ')')) && s.toks[j].sp < 2; n++ {
		j++
	}
	if s.startsValue(j) && s.toks[j].sp < 2 {
		return -1, -1
	}
	k := first - 1
	for n := 0; n < 5 && k > 0 && s.toks[k+1].sp < 2; n++ {
		if t := s.toks[k]; t.punct {
			if c := s.b[t.s]; c != '(' && c != '=' && c != '-' && c != ',' && c != ':' && c != '\'' && c != '`' && c != '"' {
				return -1, -1
			}
		} else if t.nd > 0 {
			break
		} else if !s.inAnyT(k, pronouns, function, payers) && !s.inStrT(k, &beforeGap) {
			return -1, -1
		}
		k--
	}
	if k < 0 || s.toks[k].nd < 5 || s.toks[k].na > 3 || s.toks[k].nd == 5 && s.toks[k].na == 0 || s.toks[k+1].sp == 2 {
		return -1, -1 // five digits alone are as likely a ZIP
	}
	e := k
	// the value's first token: "4410-2930-11" is three
	for k >= 2 && s.toks[k].sp == 0 && s.toks[k-1].sp == 0 && !s.toks[k-2].punct &&
		(s.is(k-1, '-') || s.is(k-1, '.') || s.is(k-1, '/')) {
		k -= 2
	}
	p := k - 1
	if p >= 0 && !s.toks[p].punct && (s.toks[p].nd > 0 || s.inAnyT(p, labelStarts)) || s.is(p, '$') {
		return -1, -1 // an amount, or a value another label owns ("order 5566778899 as ...")
	}
	for p >= 0 && (s.is(p, '\'') || s.is(p, '"')) {
		p--
	}
	if (s.is(p, ':') || s.is(p, '=')) && p > 0 && !s.toks[p-1].punct {
		return -1, -1 // the value of a key: "'npi': '1326047718', 'acct_no': ..."
	}
	if end, ok := s.idValue(k, false); !ok || end != e {
		return -1, -1
	}
	v := s.b[s.toks[k].s:s.toks[e].e]
	d := s.dig
	if dateShaped(v) || zipGroups(v) || phoneGroups(v) || lt != SSN && otherGroups(v) ||
		len(d) >= 10 && len(d) <= 11 && len(d) == alnumCount(v) && validNANP(d) && s.mentionsT(phoneNouns) {
		return -1, -1
	}
	if lt == SSN && len(d) != 9 {
		return -1, -1
	}
	return k, e
}

// spelledAfter looks from token j, up to eight words on in the line, for a
// value spelt out after the label: at j itself, or after "is", "was" or
// ':'; a plate or licence may have its state first. It returns the value's
// first and last tokens, or -1; a plate in letters and digits after "is" or
// "was" counts too ("plate on the car was 7KTR-482").
func (s *scanner) spelledAfter(j int, lt Type, far bool) (int, int) {
	try := func(k int) (int, int) {
		if lt == VehicleID || lt == LicenseNumber {
			if s.inT(k, directions) || s.word(k) == "new" || s.word(k) == "rhode" {
				k++ // "south dakota", "new york"
			}
			if _, dw := digitWords[s.w(k)]; s.inT(k, states) && !dw || stateSeconds[s.w(k)] {
				k++
			}
		}
		if e := s.spelledID(k); e >= 0 {
			return k, e
		}
		if lt == VehicleID && k < len(s.toks) && s.toks[k].nd > 0 && s.toks[k].na > 0 {
			if e, ok := s.idValue(k, true); ok {
				if n := alnumCount(s.b[s.toks[k].s:s.toks[e].e]); n >= 5 && n <= 8 {
					return k, e
				}
			}
		}
		return -1, -1
	}
	if k, e := try(j); e >= 0 || !far {
		return k, e
	}
	for k := j; k < len(s.toks) && k < j+8 && s.toks[k].sp < 2; k++ {
		if t := s.toks[k]; t.punct && s.b[t.s] != ':' && s.b[t.s] != '\'' || s.inT(k, labelSet) {
			return -1, -1 // the clause ends, or another label takes over
		}
		if w := s.w(k); w == "is" || w == "was" || s.is(k, ':') {
			return try(k + 1)
		}
	}
	return -1, -1
}

// stateSeconds end two-word state names after "north", "new", "rhode".
// (a map, not a lexicon list: "Dakota" is also a given name)
var stateSeconds = map[string]bool{"dakota": true, "carolina": true, "york": true, "jersey": true, "hampshire": true,
	"mexico": true, "island": true}

// spelledID reads an identifier read out or spaced character by character
// from token j: single letters, single digits and digit words ("x q d 4 4 1
// 9", "seven X R K four four one"), at least five of them and three digits.
// It returns the last token, or -1.
func (s *scanner) spelledID(j int) int {
	n, digits, end := 0, 0, -1
	for k := j; k < len(s.toks) && n < 24; k++ {
		t := s.toks[k]
		if t.punct || k > j && t.sp != 1 {
			break
		}
		if t.e-t.s == 1 && t.nd == 1 {
			digits++
		} else if _, ok := digitWords[s.w(k)]; ok && t.nd == 0 {
			digits++
		} else if !(t.e-t.s == 1 && t.na == 1) {
			break
		}
		n++
		end = k
	}
	if n >= 5 && digits >= 3 {
		return end
	}
	return -1
}

// letterLabel reads a label spelt as single letters from token i, joined by
// dots or single spaces ("M.R.N.", "m r n", "s.s.n"), and returns it with
// its last letter's token, or "".
func (s *scanner) letterLabel(i int) (string, int) {
	var buf [6]byte
	w := buf[:0]
	end := i
	for k := i; k < len(s.toks) && len(w) < len(buf); {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.e-t.s != 1 || k > i && t.sp == 2 {
			break
		}
		w = append(w, s.lo[t.s])
		end = k
		k++
		if s.is(k, '.') && s.toks[k].sp == 0 {
			k++
		}
	}
	if len(w) < 2 || end == i {
		return "", i
	}
	if _, ok := labelType[string(w)]; !ok {
		return "", i
	}
	return string(w), end
}

// payerValue finds a member id a few words after a payer at token i, on the
// same line: up to three words ("DBN", "card has"), then a value of at least
// six digits, or of eight characters mixing letters and digits. It returns
// the value's token, or -1.
func (s *scanner) payerValue(i int) int {
	for k, n := i+1, 0; k < len(s.toks) && n < 4 && s.toks[k].sp < 2; k, n = k+1, n+1 {
		t := s.toks[k]
		if t.punct {
			// "Aetna: ...", "Cigna # ...", "Cigna (U7741 28893)"
			if c := s.b[t.s]; c != ':' && c != '#' && c != '(' {
				return -1
			}
			continue
		}
		if t.nd > 0 {
			if end, ok := s.idValue(k, false); ok {
				v := s.b[t.s:s.toks[end].e]
				if d := len(s.dig); d >= 6 || alnumCount(v) >= 8 && d >= 4 {
					return k
				}
			}
			return -1
		}
		if s.inAnyT(k, blockLabels, ageMetric, phoneWords) || s.inT(k, schedWords) && s.word(k) != "card" || s.inT(k, stopLower) && s.word(k) != "has" && s.word(k) != "is" {
			return -1 // "Aetna claims line 1-800-...": the payer's phone
		}
	}
	return -1
}

// blueAt reports "blue" at token k before "Cross" or "Shield", also typed
// with a slip ("Bleu Cross", "Bule Shield"): the payer's second word
// makes the first, whatever else it may be ("Bleu" is a given name too).
func (s *scanner) blueAt(k int) bool {
	w := s.w(k)
	return w == "blue" || len(w) >= 4 && len(w) <= 5 && slipCost(w, "blue", false) == 1
}

// planWords and recordWords type a bare "ID" by its clause: "ID# 88291004
// on her Tufts card" is a member id, "ID 4410293 on the wristband" a record.
var (
	planWords   = words("insurance", "insurer", "card", "plan", "coverage", "member", "eligibility", "copay", "payer", "benefits")
	recordWords = words("mrn", "chart", "record", "records", "epic", "wristband", "armband", "registration")
)

// bareID reads "ID", "ID#", "ID no." standing alone (not "member ID") before
// a long value, and types the value by the words of its clause.
func (s *scanner) bareID(i int) {
	if p := i - 1; p >= 0 && s.toks[i].sp < 2 && !s.toks[p].punct && (s.inAnyT(p, labelSet, blockLabels, payers, patientTrig) || s.toks[p].nd > 0 || s.isUpperStart(p) && !s.inT(p, function)) {
		return // someone else's label ("member ID", "Zoom ID", "Acme ID")
	}
	j := i + 1
	for n := 0; n < 3 && (s.is(j, '#') || s.is(j, ':') || s.is(j, '.') || s.word(j) == "is" || s.word(j) == "no" || s.word(j) == "number"); n++ {
		j++
	}
	if j >= len(s.toks) || s.toks[j].sp == 2 || !s.startsValue(j) && !(s.toks[j].nd == 0 && s.toks[j].na <= 4 && j+1 < len(s.toks) && s.toks[j+1].nd > 0) {
		return // (a value, or a short prefix before digits: "ID cbc 114495641 01")
	}
	end, ok := s.idValue(j, false)
	if !ok || len(s.dig) < 6 {
		return
	}
	var lt Type
	for k := max(i-20, 0); k < len(s.toks) && k <= end+20; k++ {
		if k > i && s.toks[k].sp == 2 || k < i && s.toks[k+1].sp == 2 {
			if k > i {
				break
			}
			continue
		}
		near := k >= i-10 && k <= end+10
		switch {
		case near && s.inT(k, planWords) || s.inT(k, payers) || s.word(k) == "cross" && s.blueAt(k-1):
			// a payer named in the line ("Blue Cross member ID for the
			// baby isn't active yet; mom's ID is ...")
			lt = HealthPlanID
		case lt == "" && near && s.inT(k, recordWords):
			lt = MRN
		}
	}
	if lt == "" && s.toks[i].sp == 2 {
		// "ID" starting its line in a block of lines: the lines above say
		// whose ("Ins card / Cigna / Member: ... / ID UKJ986B67911")
		lt = s.blockAbove(i)
	}
	if lt != "" {
		s.addTok(lt, j, end, priLabel)
	}
}

// blockAbove types a value by the few short lines above token i (a card
// or a record transcribed a field a line): plan words or a payer make it a
// member id, record words a record number; "" if they say neither.
func (s *scanner) blockAbove(i int) Type {
	lines, words := 0, 0
	var lt Type
	for k := i - 1; k >= 0 && lines < 5; k-- {
		if s.toks[k+1].sp == 2 {
			lines++
			words = 0
		}
		if words++; words > 8 {
			return lt // a line of prose, not a field's
		}
		switch {
		case s.inT(k, planWords) || s.inT(k, payers) || s.word(k) == "cross" && s.blueAt(k-1):
			return HealthPlanID
		case lt == "" && s.inT(k, recordWords):
			lt = MRN
		}
	}
	return lt
}

// carryLabel extends a label over a list of values of the same shape:
// "MRNs 40019283 / 40019388", "serials 2219X0447 (L) and 2219X0452 (R)",
// values on the following lines of a labelled list. A plural label
// announces a list of its kind, whatever the values' lengths: "two MRNs,
// 1960306 and 4616939517".
func (s *scanner) carryLabel(lt Type, j, end int, plural bool) {
	first := s.b[s.toks[j].s:s.toks[end].e]
	nd, n := len(digitsOf(nil, first)), alnumCount(first)
	same := func(v []byte) bool {
		d2, n2 := len(digitsOf(nil, v)), alnumCount(v)
		return d2 >= nd-2 && d2 <= nd+2 && n2 >= n-2 && n2 <= n+2 || plural && d2 >= 5 && !dateShaped(v)
	}
	for rounds := 0; rounds < 10; rounds++ {
		k, e2, ok := s.nextListValue(lt, end)
		if !ok {
			return
		}
		if v := s.b[s.toks[k].s:s.toks[e2].e]; !same(v) {
			// a value of another length between two of the list's own is
			// the list's too ("MRNs 4471902, 8812 and 5590213"); one at
			// the list's end is a different kind of number: a date, an
			// amount
			k3, e3, ok := s.nextListValue(lt, e2)
			if !ok || len(digitsOf(nil, v)) < 3 || dateShaped(v) || !same(s.b[s.toks[k3].s:s.toks[e3].e]) {
				return
			}
			s.addTok(lt, k, e2, priLabel)
			k, e2 = k3, e3
		}
		s.addTok(lt, k, e2, priLabel)
		end = e2
	}
}

// nextListValue finds the value of a labelled list that follows the value
// ending at token end: after a separator (a comma, a slash, "and", "or",
// "vs", ...) or on the next line, past a short qualifier in parentheses
// ("(L)", "(old)") or another credential's label.
func (s *scanner) nextListValue(lt Type, end int) (k, e2 int, ok bool) {
	k = end + 1
	// a short qualifier in parentheses: "(L)", "(old)"
	if s.is(k, '(') && k+2 < len(s.toks) && s.is(k+2, ')') && s.toks[k+1].nd == 0 {
		k += 3
	}
	sep := false
	for m := 0; m < 4 && k < len(s.toks); m++ {
		if sep && !s.toks[k].punct && s.toks[k].nd == 0 && s.toks[k].na <= 5 && isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) && (s.is(k+1, '#') || s.is(k+1, ':')) {
			k += 2 // another credential's label: "RN license #RN2291847 and APRN #NP40127"
			continue
		}
		if s.is(k, ',') || s.is(k, '/') || s.is(k, '&') || s.is(k, ';') || s.word(k) == "and" || s.word(k) == "or" ||
			s.word(k) == "not" || s.word(k) == "vs" || s.word(k) == "into" || s.word(k) == "to" || s.word(k) == "plus" || s.word(k) == "then" ||
			s.is(k, '-') && s.toks[k].sp > 0 || s.is(k, '*') || s.is(k, sub) {
			k++
			sep = true
			continue
		}
		break
	}
	if k >= len(s.toks) || !sep && s.toks[k].sp != 2 || !s.startsValue(k) {
		return 0, 0, false
	}
	e2, ok = s.idValue(k, lt == VehicleID)
	return k, e2, ok
}

// pluralLabel reports a label word w of type lt in the plural ("mrns",
// "charts", "accounts", "serials").
func pluralLabel(w string, lt Type) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && labelType[w] == lt && labelType[w[:len(w)-1]] == lt
}

// vehicleNouns name a car; colours describe one ("silver Odyssey").
// Small lists, not lexicon ones: "Black", "Gray" and "Silver" are
// surnames for the name pass.
var (
	vehicleNouns = small("car", "vehicle", "van", "truck", "suv", "minivan", "sedan", "pickup", "jeep", "motorcycle",
		"ambulette", "taxi", "cab")
	carColours = small("silver", "black", "white", "red", "blue", "gray", "grey", "green", "tan", "gold", "maroon",
		"beige", "brown", "orange", "yellow", "purple")
)

// carPlateAt finds a plate written after the car it is on, with no plate
// label, from token i, the plate's first part: "car 1FS 946 in the
// ambulance bay", "black Civic, 2EKT44", "grey subaru 9XZW06" (a make or
// model of vehicle.txt names a car in any message), "the vehicle in the
// fire lane: 4PS 8226".
func (s *scanner) carPlateAt(i int) {
	if s.toks[i].sp == 0 && !s.is(i-1, '*') && !s.is(i-1, '`') && !s.is(i-1, '(') {
		return // set apart from the word before: not "1/2"
	}
	// back over markup or a field's colon, dash or equals sign: "car
	// *1FS 946*", "car: ...", "vehicle – 1CXA83", "*Vehicle* = `428 WBL`"
	k, colon := i-1, false
	if k > 0 && s.toks[k].e-s.toks[k].s == 2 && s.in(k, states) && isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) && s.toks[i].sp == 1 {
		k-- // the state that issued it: "a gray Altima, MA 4TRW19", "car: NH 2KX991"
	}
	for n := 0; n < 3 && k > 0 && (s.is(k, '*') || s.is(k, '`') || s.is(k, ':') || s.is(k, '#') || s.is(k, '=') ||
		(s.is(k, '-') || s.is(k, sub) || s.is(k, '/')) && s.toks[k].sp == 1 || s.is(k, '(') ||
		(s.w(k) == "is" || s.w(k) == "was") && !s.toks[k].punct); n++ {
		// (a plate in brackets, after a slash or after "is": "her car
		// (7KLM-221)", "Vehicle: Kia Soul / 7KLM221", "the van is 7KLM221")
		colon = colon || s.is(k, ':') || s.is(k, '/')
		k--
	}
	model := -1
	switch {
	case s.inStr(k, &vehicleNouns):
	case s.inStr(k, &vehicleMakes):
		model = k // the make is no name ("white Camry 4VGD47")
	case colon && s.carInClause(k):
	case !(s.is(k, ',') && k > 1 || s.isUpperStart(k) && s.toks[k].lex == 0):
		return // (most numbers: after a label or a word in lower case)
	default:
		// "<colour> <Model>, PLATE", "<colour> <Make> <Model> PLATE"
		if s.is(k, ',') {
			k--
		}
		if !s.isUpperStart(k) || s.toks[k].lex != 0 || isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) {
			return // a model in title case ("Odyssey"), no listed word nor a label in capitals
		}
		m := k
		for m > 0 && k-m < 2 && s.isUpperStart(m) && s.toks[m].nd == 0 && !s.inStr(m-1, &carColours) {
			m--
		}
		if !s.isUpperStart(m) || !s.inStr(m-1, &carColours) {
			return
		}
		model = m
	}
	if model >= 0 && s.gz(model).place && s.stateZipAt(i) {
		return // a town that is also a car's name, its state and ZIP: "67 Elm Rd Tucson AZ 85705"
	}
	if e := s.plateOrCaps(i); e >= i {
		s.addTok(VehicleID, i, e, priLabel)
		if model >= 0 {
			s.addTok(blockType, model, k, priBlock) // the make and model are no name
		}
	}
}

// plateOrCaps returns the last token of a plate from token i, plate-shaped
// (plateShape) or one word in capitals with a digit (capsPlate: "car
// (GOSOX7)", "Car is GRAMS1"), or -1.
func (s *scanner) plateOrCaps(i int) int {
	if e := s.plateShape(i); e >= i || !s.capsPlate(i) {
		return e
	}
	return i
}

// capsPlate reports a plate at token i written as one word in capitals
// with a digit: five to eight letters and digits, two letters at least,
// no listed word, nothing glued after it ("GOSOX7", "GRAMS1").
func (s *scanner) capsPlate(i int) bool {
	t := s.toks[i]
	n := int(t.na + t.nd)
	return !t.punct && n >= 5 && n <= 8 && t.nd >= 1 && t.na >= 2 && t.lex == 0 && int(t.e-t.s) == n &&
		isUpperTok(s.b[t.s:t.e]) && !(i+1 < len(s.toks) && s.toks[i+1].sp == 0 && !s.toks[i+1].punct)
}

// stateZipAt reports a state's code in capitals at token i and a ZIP
// after it (stateZipAfter): "AZ 85705", "TX 78570-1234".
func (s *scanner) stateZipAt(i int) bool {
	t := s.toks[i]
	return t.e-t.s == 2 && isUpperTok(s.b[t.s:t.e]) && s.stateZipAfter(i-1) > i
}

// plateShape returns the last token of a licence plate from token j:
// parts of capitals (or lower-case code) and digits, five to eight
// characters, with letters and at least two digits; -1 if there is none.
func (s *scanner) plateShape(j int) int {
	if j >= len(s.toks) || s.toks[j].punct || s.toks[j].sp == 2 {
		return -1
	}
	end, ok := s.idValue(j, true)
	if !ok {
		return -1
	}
	letters, digits, n := 0, 0, 0
	for k := j; k <= end; k++ {
		t := s.toks[k]
		if t.punct {
			continue
		}
		if !s.codeTok(k) {
			return -1
		}
		letters += int(t.na)
		digits += int(t.nd)
	}
	n = letters + digits
	if n < 5 || n > 8 || letters == 0 || digits < 2 || end+1 < len(s.toks) && !s.toks[end+1].punct && s.toks[end+1].sp == 0 {
		return -1
	}
	return end
}

// vanityPlate reads a plate of letters alone from token j, as a vanity
// plate is: parts joined by dashes ("LUV-NRSE") or one part in capitals
// that is no name ("MDMOM"), five to eight letters, in quotes or in
// capitals, one part at least no dictionary word. It returns the last
// token, or -1.
func (s *scanner) vanityPlate(j int) int {
	quoted := j > 0 && (s.is(j-1, '\'') || s.is(j-1, '"')) && s.toks[j].sp == 0
	n, end, nonWord := 0, -1, false
	for k := j; k < len(s.toks) && k < j+7; k += 2 {
		t := s.toks[k]
		if t.punct || t.nd > 0 || k > j && t.sp != 0 || !quoted && !isUpperTok(s.b[t.s:t.e]) {
			return -1
		}
		n += int(t.na)
		end = k
		nonWord = nonWord || !s.gz(k).isWord()
		if !(s.is(k+1, '-') && s.toks[k+1].sp == 0) {
			break
		}
	}
	if end < 0 || n < 5 || n > 8 || !nonWord {
		return -1
	}
	if g := s.gz(j); end == j && (!isUpperTok(s.b[s.toks[j].s:s.toks[j].e]) || g.given > 0 || g.sur > 0) {
		return -1 // one part alone: in capitals and no name ("my plate is MDMOM")
	}
	return end
}

// spacedVIN reads a VIN written in space-separated groups from token j:
// exactly seventeen letters and digits, with digits among them. It returns
// the last token, or -1.
func (s *scanner) spacedVIN(j int) int {
	n, d := 0, 0
	for k := j; k < len(s.toks) && k < j+8; k++ {
		t := s.toks[k]
		if t.punct || k > j && t.sp != 1 || t.e-t.s > 8 {
			return -1
		}
		n += int(t.e - t.s)
		d += int(t.nd)
		if n == 17 {
			if d == 0 || k == j {
				return -1
			}
			return k
		}
		if n > 17 {
			return -1
		}
	}
	return -1
}

// equipment nouns before a serial label name an asset of the organisation.
var equipment = small("scanner", "printer", "laptop", "desktop", "workstation", "server", "router", "analyzer", "analyser",
	"copier", "fridge", "freezer", "refrigerator", "centrifuge", "microscope", "autoclave", "tablet", "ipad", "iphone", "pc")

// worn devices are someone's: with a personal pronoun or a possessive in
// the message their serial is a person's ("oxygen concentrator serial ...
// at her home", "Wei's Dexcom transmitter 0MRFA1PL4NS", "the ICD SN ...,
// he is due").
var (
	worn = small("pacemaker", "pacer", "aicd", "defibrillator", "lvad", "cgm", "pump", "neurostimulator", "implant", "cpap", "bipap",
		"hearing", "concentrator", "transmitter", "insulin", "oxygen", "o2", "nebulizer", "wheelchair", "dexcom", "omnipod",
		"icd", "ppm", "crt", "lead", "leads", "libre", "sensor", "stimulator", "implanted",
		"monitor", "monitoring", "telemetry", "holter", "controller",
		// the machines and pumps a patient takes home: a dialysis cycler, a
		// home ventilator, a feeding or an ambulatory infusion pump, a
		// cochlear implant's processor
		"cycler", "ventilator", "vent", "feeding", "infusion", "cadd", "pdm", "cochlear", "processor")
	herHis = small("her", "his", "he", "she", "him", "hers")
)

// blockMaker blocks the capitalised words right before a device's label
// at token i, its maker and model ("Boston Sci ICD SN ...", "Medtronic
// Azure pacemaker"): no person's name, unless the first is a given name
// ("Ruby West ICD ...").
func (s *scanner) blockMaker(i int) {
	k := i - 1
	for k >= 0 && i-k <= 3 && !s.toks[k].punct && s.toks[k].nd == 0 && s.isUpperStart(k) && s.toks[k+1].sp == 1 {
		k--
	}
	if g := s.gz(k + 1); k == i-1 || g.isGiven() && !g.place || s.is(k, '\'') {
		return
	}
	// nor after a title or a middle initial: "Mrs Okafor CPAP SN ...",
	// "Ana L. Okafor CGM SN ..." are a person and the device
	if s.inAny(k+1, honorifics) || s.afterHonorific(k+1) || s.is(k, '.') && s.toks[k].sp == 0 && k > 0 && s.toks[k-1].e-s.toks[k-1].s == 1 && s.toks[k-1].na == 1 {
		return
	}
	s.addTok(blockType, k+1, i-1, priBlock)
}

// devicePersonal reports a message that makes a device's serial a
// person's: a health message, one with identifiers or a patient word, or
// a worn device with someone's pronoun, possessive or name.
func (s *scanner) devicePersonal() bool {
	return s.health || s.hasIDs() || s.mentionsT(patientTrig) || s.mentionsStrT(&worn) && s.someonesDevice()
}

// equipmentBefore reports a word of equipment among the few words before
// the label at token i, in its clause ("iPhone 15, IMEI ...").
func (s *scanner) equipmentBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 4 && s.toks[k+1].sp < 2; k, n = k-1, n+1 {
		if s.inStrT(k, &equipment) {
			return true
		}
		if t := s.toks[k]; t.punct && s.b[t.s] != ',' && s.b[t.s] != '(' && s.b[t.s] != '-' {
			return false
		}
	}
	return false
}

// someonesDevice reports a personal pronoun, a possessive after a
// capitalised word ("Gordon Lyle's lead") or "for" before a full name
// ("remote transmission for Ruby West: ICD SN ...") in the message.
// (It reads the words as written: it also runs before retype.)
func (s *scanner) someonesDevice() bool {
	if s.mentionsStr(&herHis) {
		return true
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if k > 0 && s.is(k, '\'') && s.toks[k].sp == 0 && s.w(k+1) == "s" && s.toks[k+1].sp == 0 && s.isUpperStart(k-1) {
			return true
		}
		if s.w(k) == "for" && s.isUpperStart(k+1) && s.gz(k+1).isGiven() && s.isUpperStart(k+2) && !s.toks[k+2].punct {
			return true
		}
	}
	return false
}

// deviceNoun reports a device named by its noun rather than a serial label.
func deviceNoun(w string) bool {
	switch w {
	case "serial", "serials", "ser", "sn", "udi", "device":
		return false
	}
	return labelType[w] == DeviceID
}

// gluedLabels may be written without a space before their digits: the
// labels of two to four letters that need no filler and name no device.
var gluedLabels = func() map[string]Type {
	m := map[string]Type{}
	for w, t := range labelType {
		if len(w) >= 2 && len(w) <= 4 && isLetters(w) && t != DeviceID && w != "acc" { // ("ACC" is also a lab's accession number)
			m[w] = t
		}
	}
	for _, w := range lex.lists[needFiller.id] { // (the list itself: the lexicon is built on first use)
		delete(m, w)
	}
	return m
}()

// startsValue reports whether token j could begin an identifier.
func (s *scanner) startsValue(j int) bool {
	return j < len(s.toks) && !s.toks[j].punct && (s.toks[j].nd > 0 ||
		s.is(j+1, '-') && s.toks[j+1].sp == 0 && j+2 < len(s.toks) && s.toks[j+2].sp == 0 || // "MR-4410293", not "slowly - 4410293"
		// "RN.2298114", "MD_0123456": a short prefix glued to digits
		(s.is(j+1, '.') || s.is(j+1, '_')) && s.toks[j].na <= 3 && s.toks[j+1].sp == 0 && j+2 < len(s.toks) && s.toks[j+2].sp == 0 && s.toks[j+2].nd > 0)
}

func alnumCount(v []byte) int {
	n := 0
	for _, c := range v {
		if isAlnum(c) {
			n++
		}
	}
	return n
}

// digitCount counts the ASCII digits of v.
func digitCount(v []byte) int {
	n := 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// idValue finds the extent of an identifier starting at token j: alphanumeric
// tokens joined by '-', '.', '/' without spaces, or digit groups separated by
// single spaces ("512 40 9921"). It returns the last token's index.
func (s *scanner) idValue(j int, plate bool) (int, bool) {
	t := s.toks[j]
	joined := j+2 < len(s.toks) && s.toks[j+1].sp == 0 && s.toks[j+2].sp == 0 && !s.toks[j+2].punct &&
		(s.is(j+1, '-') || s.is(j+1, '.') || s.is(j+1, '/') || s.is(j+1, '_'))
	// "ZGP 8812 0043": a short prefix of letters before digit groups (in
	// lower case "zgp 8812 0043"; one letter, "a 234 567 890 123", or an
	// abbreviation another list holds, "cbc 114495641 01", before eight
	// digits or more)
	prefix := t.nd == 0 && t.na <= 4 && j+1 < len(s.toks) && s.toks[j+1].sp == 1 && s.toks[j+1].nd > 0 &&
		s.toks[j+1].na == 0 && (s.codeTok(j) || (t.na == 1 || !s.gz(j).isWord()) && s.groupDigits(j+1) >= 8) && !s.inT(j, labelStarts) // (not "CPT 99457")
	if t.punct || (t.nd == 0 && !plate && !joined && !prefix) || t.nd+t.na > 40 {
		return 0, false
	}
	end := j
	for n := 0; n < 10; n++ {
		k := end + 1
		if k >= len(s.toks) {
			break
		}
		nt := s.toks[k]
		if nt.sp == 0 && nt.punct {
			c := s.b[nt.s]
			// joined by a dash, dot, slash or underscore ("8812_0433_55"),
			// not to a label ("4410293/Acct:88120433")
			if (c == '-' || c == '.' || c == '/' || c == '_') && k+1 < len(s.toks) && s.toks[k+1].sp == 0 && !s.toks[k+1].punct &&
				!(s.toks[k+1].nd == 0 && s.inT(k+1, labelStarts)) {
				end = k + 1
				continue
			}
			// digits split by an odd mark, no blank on either side:
			// "8812~0433", "441,0293", "441•0293" (a comma before three
			// digits groups thousands: "1,240")
			if (c == '~' || c == ',' || c == sub) && !plate && k+1 < len(s.toks) && s.toks[k+1].sp == 0 && s.toks[k+1].nd > 0 && s.toks[k+1].na == 0 &&
				!(c == ',' && s.toks[k+1].nd == 3) &&
				s.toks[end].na == 0 && !(k+2 < len(s.toks) && s.toks[k+2].sp == 0 && s.is(k+2, '.')) { // (not a sum: "1,250.00")
				end = k + 1
				continue
			}
			break
		}
		cur := s.toks[end]
		if nt.sp == 2 && !plate && s.brokenValue(j, end, k) {
			end = k // "MRN E404⏎7164": the line ran out in the value
			continue
		}
		if nt.sp == 1 && !nt.punct && nt.nd > 0 && nt.na == 0 && (cur.na == 0 || prefix && end == j || (cur.nd >= 3 || end == j && cur.nd > 0) && cur.na <= 2) {
			end = k
			continue
		}
		if plate && nt.sp == 1 && !nt.punct && nt.na+nt.nd <= 4 && s.toks[end].e-t.s <= 4 && s.codeTok(k) {
			end = k
			continue
		}
		break
	}
	v := s.b[t.s:s.toks[end].e]
	if s.dig = digitsOf(s.dig, v); len(s.dig) == 0 {
		return 0, false
	}
	return end, true
}

// brokenValue reports an identifier j..end that a line break cut short:
// too short to be one on its own (six letters and digits or fewer), with
// digits on it, and the next line (token k) opening with the rest, digits
// alone or a few letters with them, that end where the value would
// ("MRN NF08⏎38942 ZIELINSKI", "MRN E392⏎8028 — consent"). A value long
// enough before the break is whole: what the next line starts with is
// something else ("MRN 4410293⏎12 pts").
func (s *scanner) brokenValue(j, end, k int) bool {
	nt := s.toks[k]
	if nt.punct || nt.nd < 2 || nt.na > 2 || s.toks[j].nd == 0 {
		return false
	}
	before := alnumCount(s.b[s.toks[j].s:s.toks[end].e])
	if before > 6 || before+int(nt.nd+nt.na) < 7 || before+int(nt.nd+nt.na) > 20 {
		return false
	}
	n := k + 1
	return n >= len(s.toks) || s.toks[n].sp > 0 || s.toks[n].punct && !s.is(n, '-') && !s.is(n, '/') && !s.is(n, '.')
}

// codeTok reports a token that reads as a part of a code: in capitals
// ("ZGP", "7XR"); in lower case as people type in a hurry, digits with a
// few letters ("7x2") or a short run of letters that is in no list, no
// dictionary and no list of given names ("zgp", "uxc"; not "the", "ann").
func (s *scanner) codeTok(k int) bool {
	t := s.toks[k]
	if t.punct {
		return false
	}
	if isUpperTok(s.b[t.s:t.e]) {
		return true
	}
	if t.nd > 0 {
		return t.na <= 3
	}
	if t.na < 2 || t.na > 4 || t.lex != 0 || int(t.na) != int(t.e-t.s) {
		return false // (a letter alone is spelt: "z k q 5 5 1")
	}
	g := s.gz(k)
	return !g.isWord() && g.given == 0
}

// groupDigits counts the digits of the digit groups from token j on,
// separated by single blanks ("234 567 890 123"; digits one by one are
// spelt, not grouped).
func (s *scanner) groupDigits(j int) int {
	n := 0
	for k := j; k < len(s.toks) && k < j+8; k++ {
		t := s.toks[k]
		if t.punct || t.na > 0 || t.nd < 2 || k > j && t.sp != 1 {
			break
		}
		n += int(t.nd)
	}
	return n
}

func isUpperTok(v []byte) bool {
	for _, c := range v {
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// shapeToken recognises unlabelled identifiers with a check digit or a strict
// format inside one alphanumeric token: DEA numbers, VINs, Medicare MBIs.
func (s *scanner) shapeToken(i int) {
	t := s.toks[i]
	if t.na == 3 && t.nd >= 5 && t.nd <= 6 && s.gluedDate(i) {
		s.dateCand(int(t.s), int(t.e), true) // "27AUG1954", "11feb1933"
		return
	}
	if t.na >= 2 && t.na <= 4 && t.nd >= 5 && isLetter(s.b[t.s]) {
		// a label glued to its value: "MRN1234567", "acct88120433"
		k := t.s
		for k < t.e && isLetter(s.b[k]) {
			k++
		}
		if lt, ok := gluedLabels[s.lo[t.s:k]]; ok && int(t.e-k) == int(t.nd) {
			s.add(lt, int(k), int(t.e), priLabel)
			return
		}
	}
	if t.e-t.s == 4 && t.na > 0 {
		s.groupedMBI(i)
		return
	}
	if n := t.e - t.s; n != 9 && n != 11 && n != 17 {
		return
	}
	v := s.lo[t.s:t.e] // the validators are case-blind
	switch {
	case len(v) == 9 && t.na == 2 && validDEA(v) && v[:2] != "kb": // "KB5044273" is a knowledge-base article
		s.addTok(LicenseNumber, i, i, priGeneric)
	case len(v) == 17 && t.na > 0 && (validVIN(v) || vinShape(v)):
		// a VIN, or one whose check digit fails (mistyped, or of a vehicle
		// made outside North America, where position 9 is no check digit):
		// the shape alone (17 characters of the VIN alphabet, letters and
		// digits, digits at the end) is a vehicle's; the tune halves hold
		// 105 such runs, every one labelled a VIN, 70 of them failing the
		// check digit. It outweighs a block label before it: "the car left
		// in the ED lot: 1HGCM82633A004352" is no lot number.
		s.addTok(VehicleID, i, i, priLabel)
	case len(v) == 11 && validMBI(v):
		s.addTok(HealthPlanID, i, i, priGeneric)
	}
}

// groupedMBI recognises a Medicare Beneficiary Identifier printed in its
// three groups, 4-3-4, joined by dashes or single spaces ("1EG4-TE5-MK73",
// "5RT9 QE2 JM41"), from token i. The format (fixed places for letters and
// digits, no S L O I B Z) is strict enough to need no label.
func (s *scanner) groupedMBI(i int) {
	if i+2 >= len(s.toks) || s.toks[i].e-s.toks[i].s != 4 || !isDigit(s.b[s.toks[i].s]) {
		return
	}
	var buf [11]byte
	v, k := append(buf[:0], s.lo[s.toks[i].s:s.toks[i].e]...), i
	for _, n := range [2]int32{3, 4} {
		k++
		if s.is(k, '-') && s.toks[k].sp == 0 {
			k++
			if k >= len(s.toks) || s.toks[k].sp != 0 {
				return
			}
		} else if k >= len(s.toks) || s.toks[k].sp != 1 {
			return
		}
		if k >= len(s.toks) || s.toks[k].punct || s.toks[k].e-s.toks[k].s != n {
			return
		}
		v = append(v, s.lo[s.toks[k].s:s.toks[k].e]...)
	}
	if len(v) == 11 && validMBI(string(v)) && (k+1 >= len(s.toks) || !s.toks[k+1].punct || s.toks[k+1].sp > 0 || !s.is(k+1, '-')) {
		s.addTok(HealthPlanID, i, k, priGeneric)
	}
}

// gluedDate reports a day, a month abbreviation and a year written as one
// token: "27AUG1954", "3jan2025".
func (s *scanner) gluedDate(i int) bool {
	mon, y, ok := dayMonthYear([]byte(s.w(i)))
	return ok && len(mon) == 3 && (len(y) == 4 || len(y) == 2)
}

// dayMonthYear splits v, written without spaces, into a day of one or two
// digits, a month's name of the months table and a year of digits
// ("27aug1954", "18Nov1955"); it reports whether v is so made.
func dayMonthYear(v []byte) (mon, year []byte, ok bool) {
	d := 0
	for d < len(v) && d < 2 && isDigit(v[d]) {
		d++
	}
	y := len(v)
	for y > d && isDigit(v[y-1]) {
		y--
	}
	if d == 0 || y == len(v) || y-d < 3 {
		return nil, nil, false
	}
	if m, known := monthWord(v[d:y]); !known || m == 0 {
		return nil, nil, false
	}
	day := atoi(v[:d])
	return v[d:y], v[y:], day >= 1 && day <= 31
}

// monthWord looks up a month's name of any case in the months table
// without allocating ("AUG", "Nov", "september").
func monthWord(v []byte) (int, bool) {
	var buf [9]byte // the longest month's name
	if len(v) > len(buf) {
		return 0, false
	}
	for k, c := range v {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	m, ok := months[string(buf[:len(v)])] // (no allocation: the compiler reads the map with the bytes)
	return m, ok
}

// validMBI checks the Medicare Beneficiary Identifier format
// (C A AN N A AN N A A N N, letters excluding S L O I B Z).
func validMBI(v string) bool {
	const pat = "CAXNAXNAANN"
	for i := 0; i < 11; i++ {
		c := upper(v[i])
		letter := c >= 'A' && c <= 'Z' && c != 'S' && c != 'L' && c != 'O' && c != 'I' && c != 'B' && c != 'Z'
		switch pat[i] {
		case 'C':
			if c < '1' || c > '9' {
				return false
			}
		case 'N':
			if !isDigit(c) {
				return false
			}
		case 'A':
			if !letter {
				return false
			}
		case 'X':
			if !letter && !isDigit(c) {
				return false
			}
		}
	}
	return true
}

// thingTags name the tags that things carry, besides blockLabels' asset
// and badge: "biomed tag", "equipment tag", "price tag".
var thingTags = small("biomed", "bme", "equipment", "inventory", "property", "price", "name", "luggage", "bag", "toe", "ear")

// bareTag accepts "tag ABC-1234", "tag 7ABC123": a plate written right after
// "tag" with no "#" or ":", when the value is plate-shaped (upper-case
// letters and digits, 5-8 of them) and "tag" is not a thing's ("asset
// tag", "price tag", "biomed tag": blockLabels, thingTags).
func (s *scanner) bareTag(i, j int) bool {
	if s.word(i) != "tag" || s.toks[j].punct || s.inT(i-1, blockLabels) || s.inStrT(i-1, &thingTags) {
		return false
	}
	end, ok := s.idValue(j, true)
	if !ok {
		return false
	}
	for k := j; k <= end; k++ {
		if !s.toks[k].punct && !s.codeTok(k) {
			return false // "tag ABC-1234", "tag lkp 9920"; not "tag 4 them"
		}
	}
	v := s.b[s.toks[j].s:s.toks[end].e]
	n, letters := alnumCount(v), 0
	for _, c := range v {
		if isLetter(c) {
			letters++
		}
	}
	return n >= 5 && n <= 8 && letters > 0 && letters < n
}

// typedNumber reports the filler "number" typed with one slip at token j
// ("nubmer", "numbr", "nmber"), or "security" after "social" ("securty").
func (s *scanner) typedNumber(j int) bool {
	x := s.typedAs(j)
	return x == "number" || x == "security" && (s.word(j-1) == "social" || s.word(j-1) == "soc")
}

// closingParen returns the ")" that closes the "(" at token k within n
// tokens on the same line, or -1.
func (s *scanner) closingParen(k, n int) int {
	for c := k + 1; c < len(s.toks) && c <= k+n && s.toks[c].sp < 2; c++ {
		if s.is(c, ')') {
			return c
		}
		if s.is(c, '(') {
			return -1
		}
	}
	return -1
}

// dashedRecord reports a record number written in dashed groups at token
// j ("417-600-16", "00-44871"): two to four groups of digits joined by
// dashes, seven to ten digits in all, in no date's, phone's or SSN's shape.
func (s *scanner) dashedRecord(j int) bool {
	var lens [4]int
	n, digits := 0, 0
	for k := j; k < len(s.toks) && n < 4; k += 2 {
		t := s.toks[k]
		if t.punct || t.na > 0 || t.nd == 0 || k > j && t.sp != 0 {
			return false
		}
		lens[n], digits, n = int(t.nd), digits+int(t.nd), n+1
		if !s.is(k+1, '-') || s.toks[k+1].sp != 0 {
			break
		}
	}
	if n < 2 || digits < 7 || digits > 10 {
		return false
	}
	switch {
	case n == 3 && lens[0] == 3 && (lens[1] == 3 && lens[2] == 4 || lens[1] == 2 && lens[2] == 4):
		return false // a phone, an SSN
	case n == 3 && (lens[0] <= 2 && lens[1] <= 2 || lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2):
		return false // a date
	}
	return true
}

// medicaidCIN reports New York Medicaid's client id form: two letters,
// five digits and a letter ("AB12345C"), too few digits for the generic
// identifier test.
func medicaidCIN(v []byte) bool {
	if len(v) != 8 {
		return false
	}
	for k, c := range v {
		letter := c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
		if (k < 2 || k == 7) != letter || !letter && !isDigit(c) {
			return false
		}
	}
	return true
}

// areaInParens reports token j as three digits in parentheses followed by
// three more: the area code of a phone number, "(312)555-0184",
// "(312) 555 0184".
func (s *scanner) areaInParens(j int) bool {
	return j > 0 && j+2 < len(s.toks) && s.toks[j].nd == 3 && s.toks[j].na == 0 && s.toks[j].sp == 0 && s.is(j-1, '(') &&
		s.is(j+1, ')') && s.toks[j+1].sp == 0 && s.toks[j+2].sp <= 1 && s.toks[j+2].nd == 3 && s.toks[j+2].na == 0
}
