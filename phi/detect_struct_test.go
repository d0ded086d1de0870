package phi

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Invented structured pastes: HL7 segments, tables, JSON, records.
func TestScanStructured(t *testing.T) {
	runCases(t, []scanCase{
		{"HL7PID", "PID|1||30917724^^^NSH^MR||QUILLEN^MARISOL^T||19470822|F|||88 Juniper Way^^Haverhill^MA^01830||(978)555-0164|(978)555-0187||||40088213|031-44-8812",
			[]want{{MRN, "30917724"}, {Name, "QUILLEN^MARISOL^T"}, {Date, "19470822"}, {Address, "88 Juniper Way^^Haverhill^MA^01830"},
				{Phone, "(978)555-0164"}, {Phone, "(978)555-0187"}, {AccountNumber, "40088213"}, {SSN, "031-44-8812"}}},
		{"HL7MessageHeaderBlocked", "MSH|^~\\&|CERNER|NSH|PHARM|NSH|202703150930||ADT^A01|CTL77120|P|2.3\nPID|1||30917724^^^NSH^MR||QUILLEN^MARISOL||19470822",
			[]want{{MRN, "30917724"}, {Name, "QUILLEN^MARISOL"}, {Date, "19470822"}}},
		{"HL7NextOfKinAndInsurance", "NK1|1|QUILLEN^DOROTEO|HUS|88 Juniper Way^^Haverhill^MA^01830|^PRN^PH^^1^978^5550133\n" +
			"IN1|1|PPO4|88120|NORTHSHORE HEALTH PLAN||||GRP-5521||||||||QUILLEN^MARISOL^T|01|19470822||||||||||||||||||ZHX99120457",
			[]want{{Name, "QUILLEN^DOROTEO"}, {Address, "88 Juniper Way^^Haverhill^MA^01830"}, {Phone, "1^978^5550133"},
				{Name, "QUILLEN^MARISOL^T"}, {Date, "19470822"}, {HealthPlanID, "ZHX99120457"}}},
		{"HL7VisitStaffBlocked", "PV1|1|I|4W^412^B||||88213^ABERNATHY^COLM^^^DR|||MED||||1|||||VN5520771",
			[]want{{AccountNumber, "VN5520771"}}},
		{"HL7OneLinePaste", "feed rejects this: PID|1||66120934^^^NSH||OYELARAN^TUNDE||19580301 GT1|1|G4410|OYELARAN^FOLAKE",
			[]want{{MRN, "66120934"}, {Name, "OYELARAN^TUNDE"}, {Date, "19580301"}, {AccountNumber, "G4410"}, {Name, "OYELARAN^FOLAKE"}}},
		{"HL7FieldReferences", "interface rejected it: PID-5 came through as ROE^AUGUSTINA^P and PID.7 = 19390416, PID-3.1 is 66201934",
			[]want{{Name, "ROE^AUGUSTINA^P"}, {Date, "19390416"}, {MRN, "66201934"}}},
		{"HL7FieldReferenceNoValue", "PID-5 is empty and PID-8 is F on that feed", nil},
		{"SlashTable", "deliveries today:\nstop / patient / address / item / phone\n1 / Okafor, Grace / 14 Linden Rd Apt 2 / walker / 978-555-0143\n2 / (cancelled) / — / commode / —",
			[]want{{Name, "Okafor, Grace"}, {Address, "14 Linden Rd Apt 2"}, {Phone, "978-555-0143"}}},
		{"BracketedNoteInNameColumn", "| patient | bed |\n|---|---|\n| (held for transfer) | 4 |\n| Okafor, Grace | 5 |",
			[]want{{Name, "Okafor, Grace"}}},
		{"SlashesInProse", "pt / family meeting moved w/ the team / 3 pm", nil},
		{"HL7AddressOneBarOff", "`PID|1||55102933^^^NSH||ABARA^CHINEDU||19410312|||14 LINDEN RD^^DRACUT^MA^01826`",
			[]want{{MRN, "55102933"}, {Name, "ABARA^CHINEDU"}, {Date, "19410312"}, {Address, "14 LINDEN RD^^DRACUT^MA^01826"}}},
		{"HL7CodedFieldNoAddress", "PID|1||55102933^^^NSH||ABARA^CHINEDU||19410312|M||2106-3^White^HL70005",
			[]want{{MRN, "55102933"}, {Name, "ABARA^CHINEDU"}, {Date, "19410312"}}},
		{"HL7AfterQuote", `log line: "PID|1||55102933^^^NSH||ABARA^CHINEDU"`, []want{{MRN, "55102933"}, {Name, "ABARA^CHINEDU"}}},
		{"CSVHeader", "mrn,patient,dob,cell\n5591023,Pettigrew Ansel,1939-05-14,617-555-0132\n5591288,Ostrowska Lena,1951-10-02,781-555-0190",
			[]want{{MRN, "5591023"}, {Name, "Pettigrew Ansel"}, {Date, "1939-05-14"}, {Phone, "617-555-0132"},
				{MRN, "5591288"}, {Name, "Ostrowska Lena"}, {Date, "1951-10-02"}, {Phone, "781-555-0190"}}},
		{"CSVQuotedCell", "acct;guarantor;zip\n77120934;\"Haverford, Imelda\";01945",
			[]want{{AccountNumber, "77120934"}, {Name, "Haverford, Imelda"}, {Address, "01945"}}},
		{"TSVHeader", "Member ID\tSubscriber\tDOS\nWKT551920377\tLindqvist Oskar\t03/02/2027",
			[]want{{HealthPlanID, "WKT551920377"}, {Name, "Lindqvist Oskar"}, {Date, "03/02/2027"}}},
		{"MarkdownTableNPIExempt", "| Patient | Member # | NPI |\n|---|---|---|\n| Castellanos, Orrin | HPX7720193 | 1326047718 |",
			[]want{{Name, "Castellanos, Orrin"}, {HealthPlanID, "HPX7720193"}}},
		{"OrganisationalTable", "vendor,po,cost center,amount\nMedline,4410023391,6120,1200.00", nil},
		{"InvoiceColumnNotPhone", "invoice|ship date\n6175550132|03/02/2027", nil},
		{"JSONCamelCase", `{"patientName": "Ilse Bramwell", "birthDate": "1941-07-19", "memberId": "QXR55201934", "homePhone": "978-555-0122"}`,
			[]want{{Name, "Ilse Bramwell"}, {Date, "1941-07-19"}, {HealthPlanID, "QXR55201934"}, {Phone, "978-555-0122"}}},
		{"PythonDict", "{'pt_id': 'A7712093', 'npi': '1326047718', 'acct_no': 99120455}",
			[]want{{MRN, "A7712093"}, {AccountNumber, "99120455"}}},
		{"KeyValueLog", "WARN dedupe mrn=7712093 name=Solveig Arntzen dob=1944-02-28 retrying",
			[]want{{MRN, "7712093"}, {Name, "Solveig Arntzen"}, {Date, "1944-02-28"}}},
		{"RecordLines", "Name: Thaddeus Okorafor\nDOB: 06/11/1950\nPhone: 617-555-0177",
			[]want{{Name, "Thaddeus Okorafor"}, {Date, "06/11/1950"}, {Phone, "617-555-0177"}}},
		{"RecordTimeCut", "Patient: Brunhilde Ashgrove\nProcedure date: 04/22/2027 7:30am",
			[]want{{Name, "Brunhilde Ashgrove"}, {Date, "04/22/2027"}}},
		{"RecordLonePhoneInternational", "Caller: the neighbour\nCallback: +33 (0)1 44 55 66 77\nTopic: parking", []want{{Phone, "+33 (0)1 44 55 66 77"}}},
		{"RecordPhoneWithWordsLeftAlone", "Phone: ask the front desk", nil},
		{"RecordProxyAgent", "Agent: Marguerite Oyelowo\nAgent address: 14 Tamarack Ct, Salem NH 03079\nDOB: 02/19/1936",
			[]want{{Name, "Marguerite Oyelowo"}, {Address, "14 Tamarack Ct, Salem NH 03079"}, {Date, "02/19/1936"}}},
		{"RecordHealthCard", "Provincial health card: BXLK 7720 1194\nDate of birth: 1949-08-03",
			[]want{{HealthPlanID, "BXLK 7720 1194"}, {Date, "1949-08-03"}}},
		{"FixedWidthColumns", "MRN        PATIENT              ADMIT\n4471209    Rosenthal, Ida       02/14/2027\n4471388    Mbeki, Thandiwe      02/15/2027",
			[]want{{MRN, "4471209"}, {Name, "Rosenthal, Ida"}, {Date, "02/14/2027"}, {MRN, "4471388"}, {Name, "Mbeki, Thandiwe"}, {Date, "02/15/2027"}}},
		{"XMLElements", "<Patient><ns:FamilyName>Okonedo</ns:FamilyName><BirthDate>1938-04-30</BirthDate><SSN>219-44-0981</SSN></Patient>",
			[]want{{Name, "Okonedo"}, {Date, "1938-04-30"}, {SSN, "219-44-0981"}}},
		{"SiteAddressColumn", "site,address,phone ext\nNorth Campus,12 Foundry Way,x4410", nil},
		{"StaffRosterNamesBlocked", "name,title,email\nGwendolyn Price,VP Nursing,gwendolyn.price@example.org",
			[]want{{Email, "gwendolyn.price@example.org"}}},
		{"FamilyContactRecordKeepsName", "Name: Rosalind Achterberg\nRole: daughter\nPhone: 617-555-0199",
			[]want{{Name, "Rosalind Achterberg"}, {Phone, "617-555-0199"}}},
		{"FHIRPatient", `{"resourceType": "Patient", "identifier": [{"system": "urn:example:ids:mrn", "value": "55120934"}], ` +
			`"name": [{"family": "Thistlewood", "given": ["Agathe"]}], "telecom": [{"system": "phone", "value": "413-555-0166"}], "gender": "female"}`,
			[]want{{MRN, "55120934"}, {Name, "Thistlewood"}, {Name, "Agathe"}, {Phone, "413-555-0166"}}},
		{"JSONSystemOrganisational", `{"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1326047718"}}`, nil},
		{"TwoColumnNoHeader", "Patient\tCorisande Whitfield\nD.O.B.\t1933-01-09\nAcct\t99201334",
			[]want{{Name, "Corisande Whitfield"}, {Date, "1933-01-09"}, {AccountNumber, "99201334"}}},
		{"FieldValueTable", "| Field | Value |\n|---|---|\n| Guarantor | Emeric Salvesen |\n| Home phone | 508-555-0114 |",
			[]want{{Name, "Emeric Salvesen"}, {Phone, "508-555-0114"}}},
		{"HeaderCellsNeverValues", "Name\tTitle\nRenata Obi\tCNO", nil},
		{"LoneKeyInProse", "Note: the vendor name is on the PO", nil},
		{"StaffNameColumnUnpersonal", "name,role,extension\nGwendolyn Price,Director,x4410", nil},
		// a roster's units are wards: no patient's
		{"StaffRosterDatesUnits", "name,role,CPR_exp,unit\nOdalys Brennan,RN,2025-06,4W\nTeodor Halvorsen,RT,2026-01,ICU", nil},
		// a table with no patient's column still names its staff
		{"MeetingOwnersBlocked", "date,time,meeting,owner\n2024-05-02,09:00,Budget review,Priya Castellanos\n2024-05-03,13:00,Falls committee,Hector Lindqvist", nil},
		{"PatientUnitTable", "patient,unit,admit\nOdalys Brennan,4W,3/2/24", []want{{Name, "Odalys Brennan"}, {Date, "3/2/24"}}},
		{"CaseColumnPatients", "CASE  NAME                DOB         PHONE\n0451  Tembo, Ruthanne     1948-02-11  +260 97 7123456",
			[]want{{Name, "Tembo, Ruthanne"}, {Date, "1948-02-11"}, {Phone, "+260 97 7123456"}}},
		{"DatesWithoutRoster", "name,dob,unit\nOdalys Brennan,1950-02-01,ICU", []want{{Name, "Odalys Brennan"}, {Date, "1950-02-01"}}},
	})
}

func TestKeyWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"memberId", "[member id]"},
		{"PATIENT_DOB", "[patient dob]"},
		{"Date of Birth", "[date of birth]"},
		{"homePhone", "[home phone]"},
		{"Member #", "[member #]"},
	} {
		if got := fmt.Sprint(keyWords([]byte(c.in), strings.ToLower(c.in), nil)); got != c.want {
			t.Errorf("keyWords(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestClassifyKey(t *testing.T) {
	for _, c := range []struct {
		key  string
		kind keyKind
		t    Type
	}{
		{"patient_name", keyPHI, Name},
		{"dob", keyPHI, Date},
		{"Date of Birth", keyPHI, Date},
		{"mrn", keyPHI, MRN},
		{"memberId", keyPHI, HealthPlanID},
		{"Subscriber ID", keyPHI, HealthPlanID},
		{"guarantor", keyPHI, Name},
		{"Guarantor #", keyPHI, AccountNumber},
		{"visit number", keyPHI, AccountNumber},
		{"zip code", keyPHI, Address},
		{"facility address", keyBlock, ""},
		{"attending", keyBlock, ""},
		{"health card #", keyPHI, HealthPlanID},
		{"provider phone", keyPHI, Phone},
		{"provider name", keyBlock, ""},
		{"npi", keyBlock, ""},
		{"cost center", keyBlock, ""},
		{"group number", keyBlock, ""},
		{"membr id", keyPHI, HealthPlanID},
		{"date", keyNone, ""},
		{"status", keyNone, ""},
		{"unit", keyNone, ""},
		{"unit no", keyPHI, MRN},
		// a document's, a card's or a policy's dates are no one's
		{"Lic exp", keyBlock, ""},
		{"card expiry", keyBlock, ""},
		{"Eff Date", keyBlock, ""},
		{"expired", keyPHI, Date}, // (a death)
		{"state lic", keyPHI, LicenseNumber},
	} {
		kc := classifyKey(keyWords([]byte(c.key), strings.ToLower(c.key), nil))
		if kc.kind != c.kind || kc.t != c.t {
			t.Errorf("classifyKey(%q) = %v %q, want %v %q", c.key, kc.kind, kc.t, c.kind, c.t)
		}
	}
}

// TestStructuredTruncated scans every prefix and suffix of structured
// pastes: a cut segment, cell or quote must not panic or yield bad offsets.
func TestStructuredTruncated(t *testing.T) {
	saved := failClosed
	failClosed = false
	defer func() { failClosed = saved }()
	for _, text := range []string{
		"MSH|^~\\&|A|B\rPID|1||30917724^^^NSH~4410^^^X||QUILLEN^MARISOL^T||19470822|||||^PRN^PH^a@b.org^1^978^5550133~(978)555-0101",
		"| Patient | DOB |\n|---|---|\n| \"Roe, Jo\" | 3/4/1940 |",
		"{\"dob\": \"1940-03-04\", \"name\": \"Jo \\\"R\\\" Roe\", 'mrn': 4410293}",
		"mrn=4410293&name=Jo Roe&dob='1940-03-04'",
		"<a:MRN attr=\"1\">4410293</a:MRN><Name>Jo</Name",
		"Name: Jo Roe (x)\nPhone: +1 (617) 555-0101 - cell\nDOB  MRN\n3/4/40  4410293",
	} {
		for k := 0; k <= len(text); k++ {
			for _, v := range []string{text[:k], text[k:]} {
				last := 0
				for _, f := range Scan(v) {
					if f.Start < last || f.Start >= f.End || f.End > len(v) {
						t.Fatalf("Scan(%q): bad finding %+v", v, f)
					}
					last = f.End
				}
			}
		}
	}
}

// BenchmarkStructuredShare reports the structured detectors' CPU time as a
// share of a whole scan over the blind corpus, both measured in the same
// run: "structured-%" (run with -cpu 1 on a busy machine; cpu time, not
// wall time).
func BenchmarkStructuredShare(b *testing.B) {
	msgs := append(loadCorpus(b, "testdata/blind-tune.jsonl"), loadCorpus(b, "testdata/blind-report.jsonl")...)
	gazetteer()
	var sc scanner
	var part, whole time.Duration
	for i := 0; i < b.N; i++ {
		c0 := cpuTime()
		for _, m := range msgs {
			Scan(m.Text)
		}
		c1 := cpuTime()
		for _, m := range msgs {
			sc.reset(m.Text)
		}
		c2 := cpuTime()
		for _, m := range msgs {
			sc.reset(m.Text)
			sc.detectStructured()
			sc.cands = sc.cands[:0]
			sc.names = sc.names[:0]
		}
		c3 := cpuTime()
		whole += c1 - c0
		part += (c3 - c2) - (c2 - c1)
	}
	if whole > 0 {
		b.ReportMetric(100*float64(part)/float64(whole), "structured-%")
	}
}

func TestDoubleBlank(t *testing.T) {
	vs := []string{"", " ", "  ", "a  b", "a b c", " a", "a ", "ab  ", "  ab", "a b  c", "a\t b", "abc d e f  "}
	// a pair at every place of the eight-byte blocks and across them, in
	// text of blanks apart and of other bytes near a blank's ("!", "`",
	// 0xa0)
	for n := 0; n <= 20; n++ {
		for p := 0; p+1 < n; p++ {
			for _, fill := range []string{"a b", " \xa0", "!` "} {
				b := []byte(strings.Repeat(fill, n)[:n])
				for k := range b {
					if b[k] == ' ' && k > 0 && b[k-1] == ' ' {
						b[k] = 'x'
					}
				}
				vs = append(vs, string(b))
				b[p], b[p+1] = ' ', ' '
				vs = append(vs, string(b))
			}
		}
	}
	for _, v := range vs {
		if got, want := doubleBlank([]byte(v)), strings.Contains(v, "  "); got != want {
			t.Errorf("doubleBlank(%q) = %v, want %v", v, got, want)
		}
	}
}

// A date key's value is a date only where it holds one: a procedure's name
// and code is none, and a note after the date is no part of it.
func TestRecordDateKeyValueShape(t *testing.T) {
	runCases(t, []scanCase{
		{"Form", "Booking form\nPatient name: Bridget Okafor\nDOB: 1975-01-02\nProcedure: tonsillectomy / 58558\nVisit: 09/03 podiatry, Dr. Feld",
			[]want{{Name, "Bridget Okafor"}, {Date, "1975-01-02"}, {Date, "09/03"}}},
	})
}

// TestEventDateKeys checks a record's key of an event's date whose event
// word is also an organisational label ("incident"): the day is the
// person's, while the same word before a number keys a ticket.
func TestEventDateKeys(t *testing.T) {
	runCases(t, []scanCase{
		{"DateOfIncident", "Resident: Walburga Ostrander\nDOB: 03/02/1939\nDate of incident: 9 March 2025\nType: fall from chair",
			[]want{{Name, "Walburga Ostrander"}, {Date, "03/02/1939"}, {Date, "9 March 2025"}}},
		{"TransferDate", "Patient: Walburga Ostrander\nTransfer date: 2/14/2025\nReceiving unit: 5 West",
			[]want{{Name, "Walburga Ostrander"}, {Date, "2/14/2025"}}},
		{"IncidentNumber", "Incident #: INC0048821\nOpened: 9 March 2025\nQueue: desktop support", nil},
	})
}

// TestBlockLabelLeavesDates checks that an organisational label's value
// holds no month and day: "chg" before "done 7/1" is a change made that
// day, which the date pass judges.
func TestBlockLabelLeavesDates(t *testing.T) {
	runCases(t, []scanCase{
		{"ChangeDone", "Theodora Quist wound vac chg dne 4/9, next chg 4/12",
			[]want{{Name, "Theodora Quist"}, {Date, "4/9"}, {Date, "4/12"}}},
		{"TicketStays", "chg CHG0041187 approved for the 4/9 window", nil},
		{"DashPair", "*incident* 7-14, lobby: pt Walburga Ostrander slipped by the elevators, no injury",
			[]want{{Date, "7-14"}, {Name, "Walburga Ostrander"}}},
		{"RoomThenDate", "Pruitt fell in room 2025-03-14 per the night rn",
			[]want{{Name, "Pruitt"}, {Date, "2025-03-14"}}},
		{"ReleaseOfRecord", "check the chart before release: R4471902 (Quintanilla) has two DOBs",
			[]want{{MRN, "R4471902"}, {Name, "Quintanilla"}}},
		{"ReleaseVersion", "Epic release 2025.3.1 goes live tonight, downtime 0100-0300", nil},
		{"DayMonth", "la señora Rosaura Quintanilla pide cambiar la cita del 23/04 por la tarde",
			[]want{{Name, "Rosaura Quintanilla"}, {Date, "23/04"}}},
	})
}

// TestLabelWordEndsSentence checks that a label that is a word ("bed")
// labels nothing after the full stop that ends its sentence, while an
// abbreviation's stop ("rm.", "No.") stays part of the label.
func TestLabelWordEndsSentence(t *testing.T) {
	runCases(t, []scanCase{
		{"SentenceEnd", "Pruitt's son asked again about a hospital bed. 97 and failing, so soon please",
			[]want{{Name, "Pruitt"}, {Age, "97"}}},
		{"Abbreviation", "moved Pruitt to rm. 12 after the fall, son aware",
			[]want{{Name, "Pruitt"}}},
	})
}

// TestStaffKeyPhone checks that a staff key's value is no one's except for
// the phone in it, which is PHI whoever it belongs to.
func TestStaffKeyPhone(t *testing.T) {
	runCases(t, []scanCase{
		{"ProviderPhone", "Referral: cardiology\nRef provider: Dr. Ines Varga, NPI 1457329981, ph 978-555-0142\nPt: Osric Lindgren, DOB 02/09/1947\nIns: Aetna ID W8812094471",
			[]want{{Phone, "978-555-0142"}, {Name, "Osric Lindgren"}, {Date, "02/09/1947"}, {HealthPlanID, "W8812094471"}}},
	})
}

// TestEffectiveDateOfPerson checks an "Effective" key in a person's record
// with no cover in it (a transfer's day) and in a cover's record (the
// policy's, no one's).
func TestEffectiveDateOfPerson(t *testing.T) {
	runCases(t, []scanCase{
		{"Transfer", "Unit transfer\nPatient: Walburga Ostrander\nDOB: 03/02/1939\nNew unit: 4 East\nEffective: 11.14.25",
			[]want{{Name, "Walburga Ostrander"}, {Date, "03/02/1939"}, {Date, "11.14.25"}}},
		{"Cover", "Coverage update\nMember: Walburga Ostrander\nMember ID: W8812094471\nEffective: 11.14.25",
			[]want{{Name, "Walburga Ostrander"}, {HealthPlanID, "W8812094471"}}},
	})
}

// TestEmployeeHealthTable: a staff column names colleagues, unless the
// table is an employee-health log, whose rows are the staff's own cases.
func TestEmployeeHealthTable(t *testing.T) {
	runCases(t, []scanCase{
		{"HealthLog", "occupational health tracker, do not forward:\n| staff | issue | since |\n|---|---|---|\n| Marisol Quintana | needlestick exposure | 2/3 |\n| Dev Anand | shingles | 2/9 |\n",
			[]want{{Name, "Marisol Quintana"}, {Date, "2/3"}, {Name, "Dev Anand"}, {Date, "2/9"}}},
		{"Roster", "weekend coverage:\n| staff | unit | shift |\n|---|---|---|\n| Marisol Quintana | 4 West | nights |\n| Dev Anand | ICU | days |\n", nil},
	})
}

// TestCSVDateWithComma: a CSV row whose date keeps its comma unquoted
// ("March 3, 1950") has one cell more than its header; the row is still
// read, the date and the year as one cell.
func TestCSVDateWithComma(t *testing.T) {
	runCases(t, []scanCase{
		{"UnquotedDate", "export for review:\npatient,dob,zip\n\"OKONJO, ADA\",4/2/1951,01852\n\"VARGA, ILSE\",March 3, 1950,01904\n",
			[]want{{Name, "OKONJO, ADA"}, {Date, "4/2/1951"}, {Address, "01852"}, {Name, "VARGA, ILSE"}, {Date, "March 3, 1950"}, {Address, "01904"}}},
	})
	s := new(scanner)
	s.reset("a,b\n\"x\",Sept 9th, 2021\n\"y\",Suite 9, 2021\n")
	row := s.rowCells(4, 22, ',', nil, 2)
	if len(row) != 2 || s.lo[row[1][0]:row[1][1]] != "sept 9th, 2021" {
		t.Errorf("month-day and year cells not joined: %d cells", len(row))
	}
	if row := s.rowCells(23, len(s.b)-1, ',', nil, 2); len(row) != 3 {
		t.Errorf("a cell that is no month and day joined to the year after it: %d cells", len(row))
	}
}
