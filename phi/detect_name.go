package phi

import (
	"unicode/utf8"
	"unsafe"
)

// Person names. A name is PHI when it belongs to a patient, relative or
// visitor, or anyone discussed in a health context; colleagues, executives,
// vendors and clinicians acting as staff are not. The scanner therefore:
//   - always takes a name after a patient/relative trigger ("pt", "patient:",
//     "son", "visitor for", "Mr."), including first-only and lower-case ones;
//   - takes other capitalised name sequences only when the message is about a
//     health matter or carries a personal identifier, and nothing marks the
//     person as staff ("Dr.", "CEO", "(Stryker)", "join the call");
//   - accepts lower-case names only when they start with a known given name.

// lowerGiven reports a given name that may start a lower-case name: a real
// given name that is not also an everyday word ("will", "hope", "may"), or
// one the word table ranks with everyday words only because people bear it
// and no dictionary writes in small letters ("pooja", "nazir"; g.proper).
func lowerGiven(g gaz) bool { return g.isGiven() && (g.given >= g.word+6 || g.proper) }

// capStop are words that end or prevent a name even when capitalised
// (the relatives and the patient of the scripts without capitals too:
// "환자 김영숙 딸 이미정" is two names).
var capStop = words(append(append([]string{}, scriptKin...), append(scriptPatient, "dos", "doi", "the", "a", "an", "please", "pls", "can", "could", "would", "will", "should", "is", "are",
	"was", "has", "have", "had", "do", "does", "did", "our", "we", "i", "you", "he", "she", "they", "his", "her",
	"their", "it", "this", "that", "these", "those", "there", "here", "what", "when", "where", "who", "why", "how",
	"hi", "hello", "hey", "thanks", "thank", "yes", "no", "ok", "okay", "fyi", "re", "fwd", "per", "also", "and",
	"or", "but", "if", "so", "just", "any", "all", "some", "new", "morning", "afternoon", "evening", "today",
	"tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
	"tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon",
	"tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "patient", "pt", "mr", "mrs", "ms", "miss",
	"mx", "dr", "doctor", "nurse", "rn", "md", "np", "pa", "prof", "sir", "hospital", "health", "medical",
	"center", "centre", "clinic", "care", "foundation", "board", "unit", "team", "teams", "room", "floor", "north",
	"south", "east", "west", "nicu", "icu", "er", "ed", "or", "mrn", "ssn", "dob", "vip", "ceo", "cfo", "cmo", "phi", "pii", "hipaa", "ehr", "emr",
	"cno", "coo", "cio", "it", "hr", "him", "po", "npi", "dea", "vin", "mbi", "dl", "id", "visit", "referral", "dod",
	"home", "cell", "phone", "fax", "email", "contact", "member", "policy", "plan", "account", "records", "record",
	"change", "address", "fall", "complaint", "grievance", "charge", "card", "corporate", "amex", "visa", "aetna",
	"cigna", "medicare", "medicaid", "humana", "unusual", "mychart", "epic", "zoom", "slack", "outlook", "lot",
	"plate", "hospice", "family", "legal", "visitor", "write", "pull", "call", "ring", "forward", "book", "send",
	"remove", "open", "post", "print", "approve", "need", "get", "set", "let", "make", "take", "tell", "ask",
	"check", "see", "add", "update", "move", "find", "schedule", "cancel", "confirm", "note", "summary", "link",
	"statement", "balance", "bill", "billing", "refund", "deposit", "surgery", "lab", "pharmacy", "emergency",
	"urgent", "street", "avenue", "road", "lane", "drive", "way", "court", "blvd", "st", "ave", "rd", "ln", "ct",
	"box", "apt", "suite", "eligibility", "pacemaker", "pacer", "morning", "list", "dept", "department", "office", "ward",
	"icd", "cpt", "hipaa", "covid", "q1", "q2", "q3", "q4", "fy", "jan", "feb", "mar", "apr", "may", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "birthdate", "birthday", "admit", "discharge", "vehicle",
	"serial", "device", "license", "tel", "mailto", "http", "https", "www", "my", "your", "me", "us", "not",
	"great", "good", "urgent", "important", "reminder", "update", "attn", "cc", "bcc", "subject", "from", "to",
	"for", "with", "about", "on", "in", "at", "by", "of", "via", "re:", "rm", "bed", "grp", "group", "inc", "llc",
	"mom", "dad", "son", "daughter", "wife", "husband", "spouse", "mother", "father", "nephew", "niece",
	"grandson", "granddaughter", "brother", "sister", "aunt", "uncle", "guardian", "poa", "caregiver", "ssn#",
	"deceased", "expired", "pts", "pt's", "dx", "rx", "hx", "vs", "ps", "p.s", "asap", "eod", "eta",
	"ooo", "pto", "tbd", "n/a", "ma", "ny", "ca", "tx", "fl", "wa", "il", "oh", "pa", "nj", "ga", "nc", "va", "az",
	// public titles: "the Senator's mother", "Mayor Ruiz"
	"senator", "governor", "mayor", "councilor", "councillor", "councilwoman", "councilman", "congressman",
	"congresswoman", "ambassador", "commissioner", "sheriff", "alderman")...)...)

// firmSuffixes are the acronyms a firm's name ends with: "Tanaka Nwosu
// PC", "Reyes Abbott LLP". Two name words before one are a partnership's
// name, not a person's.
var firmSuffixes = words("pc", "pa", "llp", "llc", "pllc", "lp", "inc", "ltd", "plc", "co", "corp")

var orgWords = words("temple", "synagogue", "mosque", "parish", "mt", "foundation", "rehab", "home", "sq", "square", "bank", "trust", "fund", "pharmacy", "health", "hospital", "medical", "center", "centre", "clinic", "inc", "llc", "llp", "pllc",
	"group", "partners", "associates", "university", "college", "institute", "systems", "solutions", "pharma",
	"bank", "insurance", "services", "network", "corp", "company", "co", "healthcare", "labs", "capital", "trust",
	"fund", "society", "association", "council", "committee", "board", "ltd", "plc", "law", "legal", "street",
	"avenue", "road", "lane", "drive", "pkwy", "parkway", "blvd", "building", "tower", "wing", "pavilion")

var relatives = words(append(append(foreignKin, scriptKin...), "son", "daughter", "wife", "husband", "spouse", "partner", "mother", "father", "mom", "dad",
	"brother", "sister", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "grandma",
	"grandpa", "aunt", "uncle", "cousin", "guardian", "poa", "caregiver", "fiancee", "stepson",
	"stepdaughter", "sibling", "parent", "child", "kid", "baby", "infant", "newborn", "widow", "widower",
	"proxy", "surrogate", "kin", "stepmother", "stepfather", "boyfriend", "girlfriend", "friend", "neighbor",
	"neighbour", "roommate", "grandchild", "twin",
	// a patient's legal representatives: "executor Ann Roe", "conservator (Ann)"
	"executor", "executrix", "conservator",
	// the shorthand of notes and chat: "dtr at bedside", "dil Marisol"
	"dtr", "dau", "dil", "hubby", "mum", "stepmom", "stepdad", "granddad", "grandkid", "fiancé")...)

var patientTrig = words(append(append(foreignPatient, scriptPatient...), "patient", "pt", "pt.", "resident", "decedent", "visitor", "visiting", "client",
	"patients", "pts", "name", "named", "deceased", "inpatient", "outpatient", "newborn", "baby", "mrs", "mr", "ms",
	"miss", "mx", "mister", "madame", "mme", "monsieur", "senora", "señora", "senor", "señor", "sra", "frau", "herr",
	"guarantor", "subscriber", "insured", "policyholder", "enrollee", "beneficiary",
	"decedent's")...)

var honorifics = words("mr", "mrs", "ms", "miss", "mx", "mister", "madame", "mme", "monsieur", "senora", "señora",
	"senor", "señor", "sra", "frau", "herr")

var staffBefore = words("dr", "doctor", "nurse", "rn", "np", "pa", "prof", "professor", "attn", "cc", "ceo", "cfo",
	"cmo", "cno", "coo", "cio", "vp", "svp", "evp", "director", "manager", "chair", "colleague", "surgeon",
	"physician", "provider", "hospitalist", "rep", "md", "pharmacist", "therapist", "coordinator", "dir",
	"supervisor", "chaplain", "resident", "intern", "fellow", "attending", "cardiologist", "anesthesiologist",
	"president", "trustee", "exec", "executive", "assistant", "boss", "recruiter", "consultant", "counsel",
	"attorney", "lawyer", "auditor", "vendor", "candidate", "dean", "chief", "officer", "admin", "administrator",
	// people who work for the hospital or its vendors
	"driver", "courier", "technician", "tech", "contractor", "installer", "electrician", "plumber", "locksmith",
	"engineer", "analyst", "developer", "architect",
	// hospital staff, police and volunteers on duty
	"volunteer", "receptionist", "clerk", "registrar", "scheduler", "secretary", "dietitian", "nutritionist",
	"navigator", "liaison", "phlebotomist", "sonographer", "technologist", "paramedic", "emt", "radiologist",
	"pathologist", "neurologist", "oncologist", "psychiatrist", "psychologist", "pediatrician", "midwife", "crna",
	"lpn", "cna", "aide", "sgt", "sergeant", "detective", "deputy", "trooper", "lieutenant", "lt", "captain", "capt",
	"imam", "rabbi", "pastor", "reverend", "rev", "notary", "paralegal", "interpreter", "translator")

// stopLower ends a lower-case name: function words and frequent verbs.
var stopLower = words("ve", "ll", "ty", "thx", "vm", "vms", "min", "mins", "hr", "hrs", "plz", "tmrw", "abt", "bc", "idk", "lmk", "is", "was", "has", "had", "have", "asked", "asks", "wants", "needs", "says", "said",
	"called", "calls", "came", "on", "in", "at", "to", "for", "from", "with", "and", "or", "the", "a", "an", "of",
	"by", "about", "re", "who", "which", "that", "this", "will", "would", "can", "could", "should", "be", "been",
	"are", "were", "its", "died", "turns", "turned", "wrote", "gave", "left", "reports", "reported", "states",
	"mrn", "dob", "ssn", "pt", "patient", "son", "daughter", "wife", "husband", "mother", "father", "is", "just",
	"also", "still", "not", "no", "yes", "today", "tomorrow", "yesterday", "now", "again", "here", "there",
	"please", "pls", "thanks", "needs", "got", "gets", "did", "does", "do", "may", "might", "must", "shall",
	"passed", "fell", "lives", "living", "arrived", "went", "goes", "going", "being", "room", "bed", "unit",
	"admitted", "discharged", "reachable", "says", "re:", "x", "ext", "phone", "cell", "email", "chart", "account",
	"acct", "bill", "billing", "visit", "family", "meeting", "complaint", "if", "but", "so", "as", "than", "then",
	"when", "while", "after", "before", "since", "until", "via", "per", "into", "onto", "over", "under", "up",
	"down", "out", "off", "back", "it", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my",
	// contractions typed without the apostrophe
	"thats", "whats", "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "im", "ive", "youre", "theyre",
	"theres", "heres", "wheres", "lets", "shouldnt", "couldnt", "wouldnt", "hasnt", "havent", "arent", "werent")

var followCue = words("has", "had", "was", "is", "died", "passed", "turns", "turned", "wrote", "from", "on", "in",
	"says", "said", "called", "needs", "wants", "asked", "gave", "left", "fell", "came", "arrived", "lives", "age",
	"aged", "dob", "mrn", "requested", "reported", "complained", "expired", "celebrates", "admitted",
	"discharged", "transferred", "underwent", "refused", "refuses", "coded", "insists", "threatened", "dod", "ssn")

var followStaff = words("join", "joins", "joining", "foundation", "wants", "reschedule")

// healthWords make a message about a patient or a person's health; words
// that also name departments or topics ("patient safety", "MRN merge",
// "pharmacy", "billing") are left out so colleagues there stay unflagged.
var healthWords = words(append(foreignHealth, "pt", "born", "dob", "dobs", "admit", "admitted", "admission", "discharge", "discharged", "chart",
	"hospice", "died", "death", "mychart", "pacemaker", "pacer", "aicd", "defibrillator", "implant", "implanted", "diagnosis",
	"surgery", "referral", "referring", "family", "son", "daughter", "mother", "father", "wife", "husband",
	"spouse", "nephew", "niece", "grandson", "granddaughter", "guardian", "poa", "visitor", "complaint",
	"grievance", "refund", "records", "fall", "vip", "meds", "medication", "appointment", "appt", "sympathy",
	"condolence", "deceased", "birthday", "birthdate", "turns", "yrs", "y/o", "pts", "dispute", "intake",
	"passed", "funeral", "cancer", "diabetes", "dementia", "pregnant", "overdose", "ambulance",
	"pump", "cgm", "wheelchair", "transplant", "step-down", "bedside", "allergy", "allergic", "prescription",
	"rx", "refill", "refills", "refilled", "prescribed", "mri", "xray", "wrote", "apologize", "waive", "itemized",
	"tested", "positive", "sick", "illness",
	"injury", "injured", "exposure", "exposed", "quarantine", "isolation", "fmla", "hospitalized", "disability",
	"ems", "biopsy", "diagnosed", "surgical", "readmitted", "dob:", "mrn:", "chaplain", "bereavement",
	"obituary", "fell", "get-well", "flowers", "condolences", "recovery", "recovering", "yo", "upset",
	"furious", "angry", "unhappy", "frustrated", "complained", "complaining", "dissatisfied", "yelp", "lawsuit",
	"sued", "suing", "threatening", "grievances", "billed", "charged", "copay", "visiting", "snf", "triage",
	"admitting", "homebound", "caregiver", "prognosis", "comfort", "palliative", "cath", "pain", "fracture",
	"fractured", "stroke", "seizure", "covid", "fever", "sepsis", "infection", "wound", "cardiac", "chemo",
	"dialysis", "sitter", "dentures", "insulin", "concussion", "bleeding", "stitches", "ultrasound", "hip",
	"knee", "collapsed", "needlestick", "shingles", "afebrile", "symptoms", "rehab", "hearing", "mammo",
	"colonoscopy", "mastectomy", "post-op", "postop", "pre-op", "icu", "nicu", "er", "interpreter", "proxy",
	"portal", "guarantor", "copay", "deductible", "claim", "ambulance", "ems", "bedside", "discharged",
	"neurostimulator", "lvad", "cpap", "bipap", "hearing-aid", "stent", "catheter", "picc",
	// common conditions, symptoms and states of a patient
	"pneumonia", "influenza", "uti", "copd", "chf", "asthma", "dehydrated", "dehydration", "nausea", "vomiting",
	"dizzy", "dizziness", "confused", "delirium", "delirious", "fainted", "syncope", "unresponsive", "intubated",
	"antibiotics", "rash", "cellulitis", "abscess", "sprain", "sprained", "laceration", "crutches", "dnr", "dni",
	"tumor", "leukemia", "lymphoma", "arrhythmia", "afib", "diabetic", "kidney", "liver", "contractions",
	"miscarriage", "stillbirth", "preemie", "jaundice", "suicidal", "psychiatric", "withdrawal", "detox",
	"relapse", "intoxicated", "alzheimer's", "parkinson's", "paramedics", "mrsa", "c-diff", "norovirus", "measles",
	"hepatitis", "hiv", "cough", "headache", "migraine", "biopsied", "metastatic", "terminal",
	// bedside shorthand of a patient's care
	"npo", "vitals", "cxr", "abx", "telemetry", "troponin", "inr", "cbc", "bmp", "a1c", "hgb", "bili",
	"nebulizer", "inhaler", "foley", "sats", "oxygen", "incontinent", "ambulating", "bedbound", "sbar",
	// one person's tests, consents, history, pregnancy and return to work
	"consent", "consents", "labs", "checkup", "dx", "hx", "tx", "rtw", "hospitalization", "immunization", "vaccinated", "ekg", "ecg", "x-ray", "sutures", "splint", "epidural", "baby", "newborn", "pregnancy", "prenatal", "postpartum")...)

func (s *scanner) isUpperStart(i int) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false // a candidate's neighbour past either end of the message
	}
	// Tokens lie inside b (see is): no bounds check on the byte.
	c := *(*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.b)), s.toks[i].s))
	if c >= utf8.RuneSelf {
		// a word of another script: capitalised unless it starts with a
		// lower-case letter of a script with capitals ("élodie", "палата",
		// "μου" are lower case; every word of Hangul, Arabic or Hebrew
		// counts as capitalised, as those scripts have no case)
		return !s.lowerOther.has(i)
	}
	return c-'A' < 26
}

// stopGivenHead reports a capitalised stop word that the given-name
// counts hold as a name ("June", "Bill", "Will", "Lane", "April"), before
// a capitalised surname that is no everyday word: "June Oyelaran", "Lane
// Abernathy", "Will Okafor" head a name, where "June 3", "Bill Pay" and
// "Lane Road" do not. The name model decides the candidate as any other.
func (s *scanner) stopGivenHead(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].punct || s.toks[i].nd > 0 || !s.isUpperStart(i) || !s.in(i, capStop) ||
		!s.gz(i).isGiven() || s.toks[i+1].sp != 1 || !s.isUpperStart(i+1) || s.in(i+1, capStop) {
		return false
	}
	if w := s.b[s.toks[i].s:s.toks[i].e]; len(w) > 1 && isUpperTok(w) {
		return false // "MAY", "WILL": a heading's capitals
	}
	if _, ok := s.nameWord(i+1, false); !ok {
		return false
	}
	g := s.gz(i + 1)
	return g.sur > 0 && !g.isCommonWord() && !g.place
}

// nameWord matches one name word at token i, joined over "-" and "'" as in
// "Ji-woo" and "O'Brien"; it returns the last token used.
func (s *scanner) nameWord(i int, lowerOK bool) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	w := s.w(i)
	apos := len(w) == 1 && s.is(i+1, '\'') && s.toks[i+1].sp == 0 && i+2 < len(s.toks) && s.toks[i+2].sp == 0 &&
		s.toks[i+2].e-s.toks[i+2].s > 1 // "O'Neill"
	// a listed word heads a name when a hyphen joins it to a tail that is
	// no word: "Jun-seo", "Min-ji"
	if t.punct || t.nd > 0 || len(w) < 2 && !apos ||
		(s.in(i, capStop) || !s.isUpperStart(i) && (!lowerOK || s.in(i, stopLower))) &&
			!(s.is(i+1, '-') && s.hyphenTail(i) && (lowerOK || s.isUpperStart(i))) {
		return 0, false
	}
	if s.is(i+1, '\'') && s.toks[i+1].sp == 0 && s.in(i+2, contractionTail) && s.toks[i+2].sp == 0 {
		return 0, false // "Don't", "Won't", "Bill'll": a verb, not a name
	}
	if camelBrand(s.b[t.s:t.e]) {
		return 0, false // "CaringBridge", "YouTube": a brand's capital inside the word
	}
	last := i
	words := true // every part an everyday word and no given name: "Walk-in", "Follow-up"
	for last+2 < len(s.toks) && (s.is(last+1, '-') || s.is(last+1, '\'')) && s.toks[last+1].sp == 0 &&
		s.toks[last+2].sp == 0 && !s.toks[last+2].punct && s.toks[last+2].nd == 0 && s.toks[last+2].e-s.toks[last+2].s > 1 {
		words = words && s.is(last+1, '-') && s.commonNotGiven(last+2)
		last += 2
	}
	if last > i && words && s.commonNotGiven(i) {
		return 0, false
	}
	return last, true
}

// camelBrand reports a word with a capital inside it after a head of
// three letters or more that is no given name and no surname particle:
// "CaringBridge", "PowerPoint", "FaceTime". Names with inner capitals have
// a particle or a given name before it: "McDonald", "MacArthur",
// "DeShawn", "LaToya", "MaryBeth".
func camelBrand(w []byte) bool {
	for p := 1; p < len(w); p++ {
		if w[p] >= 'A' && w[p] <= 'Z' && w[p-1] >= 'a' && w[p-1] <= 'z' {
			if p < 3 {
				return false
			}
			if p > 24 {
				return true
			}
			var buf [24]byte
			for k := range p {
				buf[k] = w[k] | 0x20 // ASCII letters: the head is all lower case or capitalised
			}
			// (a map index of a converted string does not allocate, nor does
			// a short one that does not escape)
			return !nameParticleHead[string(buf[:p])] && !gazetteer().lookup(string(buf[:p])).isGiven()
		}
	}
	return false
}

// nameParticleHead are the heads that join a surname with a capital:
// "MacArthur", "VanBuren", "DelVecchio", "BinLaden".
var nameParticleHead = map[string]bool{"mac": true, "van": true, "von": true, "del": true, "des": true, "dos": true,
	"das": true, "ben": true, "bin": true, "abu": true, "ibn": true, "della": true, "dela": true, "fitz": true}

func (s *scanner) isInitial(i int, lowerOK bool) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].punct || s.toks[i].e-s.toks[i].s != 1 || s.toks[i].nd > 0 {
		return false
	}
	return s.isUpperStart(i) || lowerOK
}

// nameAt parses a name starting at token i and returns its last token and
// the number of name words (initials and particles not counted).
func (s *scanner) nameAt(i int, lowerOK bool) (end, nw int) {
	end = -1
	if s.labelPlural(i) {
		return -1, 0 // "she has two MRNs, ...": a label's plural names no one
	}
	for k := i; nw < 4 && k < len(s.toks); {
		if k > i && s.toks[k].sp == 2 {
			break
		}
		if nw == 1 && lowerOK && s.isUpperStart(i) {
			lowerOK = false // "John Doe transferred": keep the case the name began with
		}
		if nw > 0 && s.toks[k].sp == 1 && !s.isUpperStart(i) && s.isUpperStart(k) && !s.in(i, particle) {
			// nor does a lower-case one go on in capitals: "pls sned Ana
			// Ruiz the link", "doña Inés Ortega": the name starts there,
			// and one lower-case word before it is none (an acronym only
			// ends it: "cabrera BG 42")
			if nw == 1 && !asciiUpper(s.b[s.toks[k].s:s.toks[k].e]) {
				return -1, 0
			}
			break
		}
		if nw > 0 && s.in(k, nameSuffix) && s.toks[k].sp == 1 {
			end = k // "Ashcroft III", "Reyes Jr"
			break
		}
		if nw > 0 && s.monthWithDay(k) {
			break // "Keanu Thomas Dec. 7, 1962": a month and its day after the name, though "Dec" is a surname too
		}
		if nw > 0 && s.capsWordAfterName(i, end, k) {
			break // "JOHN OKAFOR ADMITTED": the name ends with its name words
		}
		if nw > 0 && s.unlistedAcronym(k) && !isUpperTok(s.b[s.toks[i].s:s.toks[end].e]) && !s.inAny(k, orgWords, facilityWords, careUnits, deptWords, hospitalWords) && !careSiteAcronyms[s.w(k)] {
			break // "Kathleen Chee PICC dressing": an acronym after a name is the next word, not a surname in capitals
		}
		last, ok := s.nameWord(k, lowerOK)
		if !ok && k < len(s.toks) && s.toks[k].lex != 0 && s.listedNameWord(i, k, nw) { // (stop words are listed)
			last, ok = k, true
		}
		if !ok && nw == 0 && s.stopGivenHead(k) {
			last, ok = k, true
		}
		if ok {
			end, nw, k = last, nw+1, last+1
			// inverted "BRANNIGAN, WILLA M"
			if nw <= 3 && s.is(k, ',') && isUpperTok(s.b[s.toks[i].s:s.toks[last].e]) && k+1 < len(s.toks) &&
				!s.toks[k+1].punct && isUpperTok(s.b[s.toks[k+1].s:s.toks[k+1].e]) && s.toks[k+1].nd == 0 &&
				(s.gz(k+1).isGiven() || !s.gz(k+1).isCommonWord()) { // not "WELLS FARGO, ACCOUNTS PAYABLE"
				if l2, ok := s.nameWord(k+1, false); ok {
					end, nw, k = l2, nw+1, l2+1
					if s.isInitial(k, false) && s.toks[k].sp == 1 {
						end, k = k, k+1
					}
				}
			}
			continue
		}
		if s.isInitial(k, lowerOK) {
			nk := k + 1
			if s.is(nk, '.') && s.toks[nk].sp == 0 {
				nk++
			}
			if _, ok := s.nameWord(nk, lowerOK); ok && s.toks[nk].sp < 2 {
				k = nk
				continue
			}
			break
		}
		if nw > 0 && s.quotedNick(k) {
			if _, ok := s.nameWord(k+3, lowerOK); ok && s.toks[k+3].sp == 1 {
				k += 3 // a nickname in quotes inside the name: "wilhelmina 'billie' strand"
				continue
			}
		}
		if nw > 0 && s.in(k, particle) {
			// a lower-case name takes lower-case particles: "maria de souza",
			// "marguerite st. pierre"
			if _, ok := s.nameWord(k+1, lowerOK); ok {
				k++
				continue
			}
			// "St. Clair"
			if _, ok := s.nameWord(k+2, lowerOK); ok && s.is(k+1, '.') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 1 {
				k += 2
				continue
			}
			// "de la Cruz", "van der Berg": two particles
			if _, ok := s.nameWord(k+2, lowerOK); ok && s.in(k+1, particle) && s.toks[k+1].sp == 1 {
				k += 2
				continue
			}
		}
		break
	}
	return end, nw
}

// careSiteAcronyms name the kinds of care sites and agencies: after a
// capitalised name they make it the site's ("Spaulding IPR", "Mount
// Pleasant LTACH", "Westford HHD").
var careSiteAcronyms = plainWords("snf", "ltach", "ltac", "irf", "ipr", "alf", "hha", "ltc", "icf", "ccrc", "asc", "hhd",
	"dme", "vna", "pace", "ecf", "rtc", "php", "iop", "fqhc", "chc")

// capsWordAfterName reports an all-caps dictionary word at token k, after
// the all-caps name words i..end, that no gazetteer lists as a given name or
// a surname. In a message typed in capitals every word is capitalised, so
// the next verb or noun ("ADMITTED", "CALLED") would otherwise run on into
// the name; a rare surname that is no word still continues it.
func (s *scanner) capsWordAfterName(i, end, k int) bool {
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || s.toks[k].e-s.toks[k].s < 2 {
		return false
	}
	if !isUpperTok(s.b[s.toks[k].s:s.toks[k].e]) || !isUpperTok(s.b[s.toks[i].s:s.toks[end].e]) {
		return false // (the case tests before the gazetteer's)
	}
	g := s.gz(k)
	return !(g.sur > 0 || g.given > 0 || !g.isWord())
}

// listedNameWord reports a capitalised word of the stop list at token k
// that is a name here: a given name before a surname ("Will Hardy", "June
// Öztürk", "May Fairweather") or a surname after a name word that is not
// at the start of a sentence ("Salvatore Ma", "José He", "Hu Lane").
func (s *scanner) listedNameWord(i, k, nw int) bool {
	// the cheap tests first: nameWord refuses most words for other reasons,
	// and most capitalised stop words start a sentence before a small word
	if k >= len(s.toks) || s.toks[k].punct || s.toks[k].nd > 0 || !s.isUpperStart(k) || !s.in(k, capStop) {
		return false
	}
	if nw == 0 {
		n := k + 1
		if k == i && s.titleCase(k) && s.afterHonorific(k) && s.gz(k).sur >= 2 && !s.inAny(k, honorifics, staffBefore) &&
			!(n < len(s.toks) && s.toks[n].sp == 1 && s.isUpperStart(n)) {
			return true // "Ms. Lane", "Mr. Ward": a surname after a title
		}
		if k != i || n >= len(s.toks) || s.toks[n].sp != 1 || !s.titleCase(n) || !s.titleCase(k) || s.gz(k).given < 8 {
			return false
		}
		if _, ok := s.nameWord(n, false); !ok {
			return false
		}
		ng := s.gz(n)
		return ng.sur >= 2 || ng.sur > 0 && !ng.isCommonWord() || !ng.isWord()
	}
	if s.toks[k].sp != 1 || s.sentenceStart(k) || !s.titleCase(k) || s.inAny(k, honorifics, staffBefore) ||
		k+1 < len(s.toks) && s.toks[k+1].nd > 0 { // not "Bailey August 25"
		return false
	}
	// a given name ends a name of two words or more: "Nguyen Van An"
	g := s.gz(k)
	return g.sur >= 2 || nw >= 2 && g.isGiven() && !s.in(k, monthSet)
}

// afterHonorific reports a word right after "Mr", "Mrs." and the like.
func (s *scanner) afterHonorific(k int) bool {
	return s.in(k-1, honorifics) || s.is(k-1, '.') && s.toks[k-1].sp == 0 && s.in(k-2, honorifics)
}

// titleCase reports a word at token k written with a capital and small
// letters ("Will", "Öztürk", not "WILL" or "will").
func (s *scanner) titleCase(k int) bool {
	t := s.toks[k]
	if t.punct || t.e-t.s < 2 || !s.isUpperStart(k) {
		return false
	}
	for _, c := range s.b[t.s+1 : t.e] {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// commonNotGiven reports an everyday word at token k that is no given name.
func (s *scanner) commonNotGiven(k int) bool {
	g := s.gz(k)
	return g.isCommonWord() && !g.isGiven()
}

// quotedNick reports one word in quotes at token k: 'billie', "Bud".
func (s *scanner) quotedNick(k int) bool {
	if k+3 >= len(s.toks) || s.toks[k].sp != 1 || !(s.is(k, '\'') || s.is(k, '"')) {
		return false
	}
	w, q := s.toks[k+1], s.toks[k+2]
	return w.sp == 0 && !w.punct && w.nd == 0 && w.e-w.s >= 2 && q.sp == 0 && q.punct && s.b[q.s] == s.b[s.toks[k].s]
}

var contractionTail = words("t", "ll", "ve", "re", "m")

var nameSuffix = words("jr", "sr", "ii", "iii", "iv")

var particle = words("de", "la", "del", "della", "dela", "des", "van", "von", "der", "den", "da", "di", "le", "du", "bin", "ibn",
	"al", "el", "ter", "ten", "dos", "das", "st")

// sentenceStart reports whether token i starts a sentence, line or list item.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 || s.toks[i].sp == 2 {
		return true
	}
	p := s.toks[i-1]
	if !p.punct {
		return false
	}
	c := s.b[p.s]
	if c == '.' && i >= 2 && p.sp == 0 && s.inAny(i-2, honorifics, staffBefore) {
		return false // the dot of "Mrs.", "Dr." ends no sentence
	}
	return c == '.' || c == '!' || c == '?' || c == '>' || c == sub || c == '*' || c == '-' || c == '"' || c == '(' || c == ':' || c == '\n'
}

// afterIDField reports a name that follows a personal identifier across a
// field separator: "MRN: 8812203 • Wilhelmina Dreyer", "DOB 3/4/1931 | Ann Lee".
func (s *scanner) afterIDField(i int) bool {
	if i < 2 || !s.toks[i-1].punct || s.toks[i-2].punct {
		return false
	}
	if c := s.b[s.toks[i-1].s]; c != sub && c != '|' && c != ';' && c != ',' && c != '-' {
		return false
	}
	return hasBit(s.idEnds, int(s.toks[i-2].e))
}

// drugStems end the generic names of medications (USAN stems): "apixaban",
// "lorazepam", "metoprolol", "lisinopril", "oxycodone".
var drugStems = []string{"xaban", "gatran", "parin", "farin", "azepam", "azolam", "olol", "pril", "sartan", "dipine",
	"statin", "prazole", "conazole", "cillin", "mycin", "micin", "floxacin", "cycline", "penem", "ciclovir",
	"codone", "morphone", "fentanil", "tidine", "gliptin", "gliflozin", "glitazone", "formin", "semide",
	"thiazide", "triptan", "setron", "oxetine", "pramine", "triptyline", "peridol", "apine", "profen", "nisone",
	"nisolone", "lukast", "tropium", "terol", "caine", "curonium", "dronate", "thyroxine", "zodone", "ridone",
	"vudine", "navir", "pentin", "gabalin", "tiapine", "azosin"}

// drugMention reports a medication someone takes: a word of seven letters
// or more, in no word list, no everyday word and no name, ending in a drug
// stem, written as a treatment ("on apixaban", "gave lorazepam", "heparin
// 5000 units") rather than as a supply ("the warfarin shortage"). It runs
// once per message, only where no health word was found.
func (s *scanner) drugMention() bool {
	for k := range s.toks {
		t := s.toks[k]
		if t.punct || t.nd > 0 || t.e-t.s < 7 || t.lex != 0 {
			continue
		}
		// the cheap tests first: the words around, the ending, then the gazetteer
		if !(s.in(k-1, doseVerbs) || k+1 < len(s.toks) && (s.toks[k+1].nd > 0 || s.in(k+1, doseUnits))) ||
			!drugEnding(s.w(k)) {
			continue
		}
		if g := s.gz(k); !g.isCommonWord() && !g.isGiven() && g.sur == 0 {
			return true
		}
	}
	return false
}

// doseVerbs before a medication and doseUnits after it make it a treatment.
var (
	doseVerbs = words("on", "of", "gave", "give", "given", "giving", "start", "started", "starting", "stop", "stopped",
		"hold", "held", "restart", "restarted", "increase", "increased", "decrease", "decreased", "taper", "tapered",
		"takes", "took", "taking", "needs", "needed", "prescribed", "refill", "dose", "iv", "po", "prn")
	doseUnits = words("mg", "mcg", "g", "units", "unit", "ml", "drip", "dose", "doses", "infusion", "gtt", "bid", "tid",
		"qid", "daily", "nightly", "prn")
)

func drugEnding(w string) bool {
	switch w[len(w)-1] {
	case 'n', 'm', 'l', 'e', 'r', 't':
	default:
		return false // no stem ends in this letter
	}
	for _, x := range drugStems {
		if hasSuffix(w, x) {
			return true
		}
	}
	return false
}

// labelPlural reports an identifier's label in capitals with a plural "s"
// at token i: "MRNs", "SSNs", "DOBs".
func (s *scanner) labelPlural(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	w := s.b[t.s:t.e]
	n := len(w)
	return n >= 3 && w[n-1] == 's' && asciiUpper(w[:n-1]) && labelType[s.lo[t.s:t.e-1]] != ""
}

// monthWithDay reports a month's name at token k followed, after its
// abbreviation's point, by a day of one or two digits (an ordinal's
// letters glued on) or a four-digit year: "Dec. 7", "Mar 3rd", "Jun 2024".
func (s *scanner) monthWithDay(k int) bool {
	if !s.in(k, monthSet) {
		return false
	}
	n := k + 1
	if s.is(n, '.') && s.toks[n].sp == 0 {
		n++
	}
	if n >= len(s.toks) || s.toks[n].sp != 1 || s.toks[n].punct {
		return false
	}
	t := s.toks[n]
	if t.na == 0 {
		return t.nd >= 1 && t.nd <= 2 && atoi(s.b[t.s:t.e]) <= 31 || t.nd == 4
	}
	// "3rd": a day and its ordinal's two letters
	return t.nd >= 1 && t.nd <= 2 && t.na == 2 && int(t.e-t.s) == int(t.nd)+2 && isOrdinal(s.b[:t.e], int(t.s)+int(t.nd))
}
