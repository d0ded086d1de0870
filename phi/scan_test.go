package phi

import (
	"fmt"
	"strings"
	"testing"
)

// want is an expected finding: its type and the exact text it covers.
type want struct {
	t Type
	v string
}

func (w want) String() string { return fmt.Sprintf("%s:%q", w.t, w.v) }

// got renders findings as type:text pairs, checking offsets on the way.
func got(t *testing.T, text string, fs []Finding) []want {
	t.Helper()
	var out []want
	last := 0
	for _, f := range fs {
		if f.Start < last || f.Start >= f.End || f.End > len(text) {
			t.Fatalf("Scan(%q): bad or overlapping offsets %+v", text, fs)
		}
		last = f.End
		out = append(out, want{f.Type, text[f.Start:f.End]})
	}
	return out
}

type scanCase struct {
	name string
	text string
	want []want
}

func runCases(t *testing.T, cases []scanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := got(t, c.text, Scan(c.text))
			if fmt.Sprint(g) != fmt.Sprint(c.want) {
				t.Errorf("Scan(%q)\n got %v\nwant %v", c.text, g, c.want)
			}
			// every wanted value must be found at its first occurrence
			for _, w := range c.want {
				if !strings.Contains(c.text, w.v) {
					t.Fatalf("bad test: %q not in text", w.v)
				}
			}
		})
	}
}

func TestScanSSN(t *testing.T) {
	runCases(t, []scanCase{
		{"SSNDashed", "her SSN is 219-09-9999 on file", []want{{SSN, "219-09-9999"}}},
		{"SSNSpaces", "social 219 09 9999.", []want{{SSN, "219 09 9999"}}},
		{"SSNMixedSeparators", "ss# 219.09-9999", []want{{SSN, "219.09-9999"}}},
		{"SSNLabelledPlain", "ssn is 219099999", []want{{SSN, "219099999"}}},
		{"SSNFullwidth", "ssn: ２１９－０９－９９９９", []want{{SSN, "２１９－０９－９９９９"}}},
		{"SSNZeroWidth", "SSN 219\u200b09\u200b9999", []want{{SSN, "219\u200b09\u200b9999"}}},
		{"SSNSpelled", "ssn two one nine, zero nine, nine nine nine nine", []want{{SSN, "two one nine, zero nine, nine nine nine nine"}}},
		{"SSNInvalidAreaUnlabelled", "ref 666-12-3456 is a test value", nil},
		{"SSNTopic", "drop the SSN column from the export", nil},
		{"SSNLastFour", "last 4 of her SSN (6620) match", nil},
	})
}

func TestScanPhone(t *testing.T) {
	runCases(t, []scanCase{
		{"PhoneDashed", "call 617-555-0142 today", []want{{Phone, "617-555-0142"}}},
		{"PhoneParens", "reach her at (617) 555-0142.", []want{{Phone, "(617) 555-0142"}}},
		{"PhonePlusOne", "cell +1 617 555 0142", []want{{Phone, "+1 617 555 0142"}}},
		{"PhoneLeadingOne", "dial 1-617-555-0142 now", []want{{Phone, "1-617-555-0142"}}},
		{"PhoneDots", "fax 617.555.0142", []want{{Phone, "617.555.0142"}}},
		{"PhoneExtension", "office (617) 555-0142 ext. 204, ask for billing", []want{{Phone, "(617) 555-0142 ext. 204"}}},
		{"PhonePlainWithCue", "mobile: 6175550142", []want{{Phone, "6175550142"}}},
		{"PhoneSpacedDigits", "call 6 1 7 5 5 5 0 1 4 2 please", []want{{Phone, "6 1 7 5 5 5 0 1 4 2"}}},
		{"PhoneSpelled", "call six one seven, five five five, zero one four two", []want{{Phone, "six one seven, five five five, zero one four two"}}},
		{"PhoneSlackTel", "<tel:6175550142|617-555-0142>", []want{{Phone, "6175550142"}, {Phone, "617-555-0142"}}},
		{"ExtensionAlone", "dial x4410 or ext. 2953 for the desk", nil},
		{"ZoomMeetingID", "Meeting ID 812 3344 5566 for the sync", nil},
		{"NPITenDigits", "NPI 1234567893 is wrong", nil},
		{"PONumber", "approve PO#4502219088 today", nil},
	})
}

func TestScanEmail(t *testing.T) {
	runCases(t, []scanCase{
		{"EmailPlain", "send it to j.roe@gmail.com please", []want{{Email, "j.roe@gmail.com"}}},
		{"EmailSlackMailto", "use <mailto:a.b@c.org|a.b@c.org> now", []want{{Email, "a.b@c.org"}, {Email, "a.b@c.org"}}},
		{"EmailBracketAt", "j.roe [at] gmail [dot] com", []want{{Email, "j.roe [at] gmail [dot] com"}}},
		{"EmailWordsAt", "write to kim_lee at outlook dot com", []want{{Email, "kim_lee at outlook dot com"}}},
		{"AtInSentence", "meet at noon at the cafe dot matrix", nil},
		// a full stop after the top-level domain ends the address
		{"SpelledBeforeFullStop", "her email is kim_lee at outlook dot com. She prefers it", []want{{Email, "kim_lee at outlook dot com"}}},
		{"BracketsBeforeFullStop", "reply to kim.lee [at] outlook [dot] net. Thanks", []want{{Email, "kim.lee [at] outlook [dot] net"}}},
		{"SpacedDotsBeforeFullStop", "it is klee77 @ verizon . net. Call first", []want{{Email, "klee77 @ verizon . net"}}},
		{"BracketedAtSign", "use kim_lee [@] proton.me for the receipt", []want{{Email, "kim_lee [@] proton.me"}}},
		{"DomainAfterAt", "it went to the vendor group at @supplyco.com. Recall it", nil},
	})
}

func TestScanRecordNumbers(t *testing.T) {
	runCases(t, []scanCase{
		{"MRNColon", "MRN: 00482231 needs merging", []want{{MRN, "00482231"}}},
		{"MRNHashPrefix", "MR# A77120 pulled", []want{{MRN, "A77120"}}},
		{"ChartNumber", "chart # 5512093", []want{{MRN, "5512093"}}},
		{"MRNTopic", "the 10-digit MRNs project is late", nil},
		{"MemberID", "member id XQZ440192231", []want{{HealthPlanID, "XQZ440192231"}}},
		{"MedicareMBIUnlabelled", "checking 1EG4TE5MK73 eligibility", []want{{HealthPlanID, "1EG4TE5MK73"}}},
		{"GroupNumber", "group # 0044120 is the employer plan", nil},
		{"HospitalAccount", "HAR 300112233 balance", []want{{AccountNumber, "300112233"}}},
		{"InvoiceNotAccount", "invoice 7712093 for $4k", nil},
		{"TicketID", "see DEL-1042 and INC0048213", nil},
		{"FuzzyLabelSwap", "her mnr is 3305127, please merge", []want{{MRN, "3305127"}}},
		{"FuzzyLabelDrop", "accont 66120544 for her refund", []want{{AccountNumber, "66120544"}}},
		{"FuzzyLabelWordNot", "plant 3305127 shipped", nil},
	})
}

func TestScanLicenceVehicleDevice(t *testing.T) {
	runCases(t, []scanCase{
		{"DEALabelled", "DEA# AB1234563 on file", []want{{LicenseNumber, "AB1234563"}}},
		{"DEAUnlabelledChecksum", "registration BJ6125341 renewed", []want{{LicenseNumber, "BJ6125341"}}},
		{"DEAUnlabelledBadChecksum", "code BJ6125342 renewed", nil},
		{"DriversLicence", "DL S530-4417-2231 scanned", []want{{LicenseNumber, "S530-4417-2231"}}},
		{"VINUnlabelled", "towed 1HGCM82633A004352 from lot B", []want{{VehicleID, "1HGCM82633A004352"}}},
		// (a VIN's shape whose check digit fails is a VIN still: the
		// corpora's writers label it one)
		{"VINBadCheckDigit", "towed 1HGCM82635A004352 from lot B", []want{{VehicleID, "1HGCM82635A004352"}}},
		// the issuing state between the car and its plate
		{"PlateAfterState", "Vehicle is a gray Altima, MA 4TRW19, barred from the garage", []want{{VehicleID, "4TRW19"}}},
		{"StateCodeAlone", "the MA 4TRW19 form is due", nil},
		// a check digit outweighs the block label before it ("lot" no.)
		{"VINAfterLot", "the car left in the ED lot: 1HGCM82633A004352, tow co needs it", []want{{VehicleID, "1HGCM82633A004352"}}},
		// a passport's number is a certificate's, as a licence's is
		{"Passport", "passport number X12345678 for the travel clinic file", []want{{LicenseNumber, "X12345678"}}},
		{"PassportPhotos", "bring 2 passport photos and the renewal form", nil},
		// "device" takes a serial of letters and digits with no "#"; a count stays a count
		{"DeviceSerial", "Tyler Bell's pacemaker needs to be deactivated per hospice, device HYS98712G",
			[]want{{Name, "Tyler Bell"}, {DeviceID, "HYS98712G"}}},
		{"DeviceCount", "we have device 3 of 4 charging in the lab", nil},
		// "pacer", the ward's word for a pacemaker, makes its serial someone's
		{"PacerSerial", "lindqvist pacer interrogated, medtronic serial PJN604413S, battery fine", []want{{Name, "lindqvist"}, {DeviceID, "PJN604413S"}}},
		{"PlateLabelled", "plate 7ABC 123 in bay 2", []want{{VehicleID, "7ABC 123"}}},
		{"DeviceSerial", "pump serial PX-88120-Q", []want{{DeviceID, "PX-88120-Q"}}},
		{"AssetTag", "asset tag 44120 for the monitor", nil},
	})
}

func TestScanCardAndIP(t *testing.T) {
	runCases(t, []scanCase{
		{"CardSpaced", "card 4111 1111 1111 1111 declined", []want{{CreditCard, "4111 1111 1111 1111"}}},
		{"CardPlainLuhn", "charge 5500005555555559 again", []want{{CreditCard, "5500005555555559"}}},
		{"CardFailsLuhn", "ref 4111 1111 1111 1112", nil},
		{"IPv4", "login from 10.20.30.40 flagged", []want{{IPAddress, "10.20.30.40"}}},
		{"IPv4OutOfRange", "value 10.20.300.40", nil},
		{"VersionString", "upgrade to v10.4.2 and build 2024.11.0.3", nil},
		{"VersionWordRightBefore", "firmware is 4.2.1.0 on the infusion pumps", nil},
		{"VersionWordFurtherBack", "app server 172.26.57.129 is down again", []want{{IPAddress, "172.26.57.129"}}},
		// a version's clause: its word further back or right after, no network word
		{"VersionClause", "we are upgrading the badge kiosks in the lobby to 7.3.0.14 tonight", nil},
		{"VersionAfter", "dictation crashes since the 4.1.2.9 patch", nil},
		{"VersionClauseAddressAt", "the update stalls on the kiosk at 52.14.7.201 every night", []want{{IPAddress, "52.14.7.201"}}},
		{"VersionClauseNetWordAfter", "update failed on 52.14.7.201, the print server", []want{{IPAddress, "52.14.7.201"}}},
		{"VersionClausePrivate", "after the update last night 192.168.4.20 stopped answering", []want{{IPAddress, "192.168.4.20"}}},
		{"IPv6", "from 2001:db8::8a2e:370:7334 again", []want{{IPAddress, "2001:db8::8a2e:370:7334"}}},
		{"ClockTime", "offsite 8:30 then 12:00:00", nil},
	})
}

func TestScanURL(t *testing.T) {
	runCases(t, []scanCase{
		{"PatientPortalURL", "link https://portal.example.org/patient/4412093/summary ok", []want{{URL, "https://portal.example.org/patient/4412093/summary"}}},
		{"SlackURLLabel", "<https://mychart.example.org/visit?pt=88123|here>", []want{{URL, "https://mychart.example.org/visit?pt=88123"}}},
		{"BoardPortal", "<https://board.example.org/q3-packet|Q3 packet>", nil},
		{"ZoomLink", "join https://zoom.us/j/98765432101", nil},
		// a portal's front page or a section of a site names no one
		{"PortalHome", "Patient portal is https://mychart.bayside.org, send folks there for refills", nil},
		{"SiteSection", "minutes are on https://boardportal.example.org/meetings/2026-03 as usual", nil},
		// an id in the path does
		{"ProxyPage", "proxy page for pt is https://mychart.example.org/proxy/0092214 now", []want{{URL, "https://mychart.example.org/proxy/0092214"}}},
	})
}

func TestScanDates(t *testing.T) {
	runCases(t, []scanCase{
		{"DOBSlashes", "DOB 03/14/1952 confirmed", []want{{Date, "03/14/1952"}}},
		{"DOBISO", "born 1952-03-14", []want{{Date, "1952-03-14"}}},
		{"DOBPlainDigits", "dob 03141952", []want{{Date, "03141952"}}},
		{"YearInWords", "pt born April ninth, nineteen thirty-one", []want{{Date, "April ninth, nineteen thirty-one"}}},
		{"YearInWordsThousand", "dob May 2nd two thousand and six", []want{{Date, "May 2nd two thousand and six"}}},
		{"AdmitMonthName", "admitted March 14, 2025 via the ED", []want{{Date, "March 14, 2025"}}},
		{"DischargeDayMonth", "discharged 14-Mar-2025", []want{{Date, "14-Mar-2025"}}},
		{"VisitAfter", "about the Mar 14th visit", []want{{Date, "Mar 14th"}}},
		{"MeetingDate", "board meeting moved to 3/14 at 2pm", nil},
		{"EnrollmentDates", "enrollment opens 10/3 and closes 10/24", nil},
		{"CardExpiry", "card exp 12/27", nil},
		{"FiscalPeriod", "FY2027 Q3 numbers", nil},
	})
}

func TestScanAge(t *testing.T) {
	runCases(t, []scanCase{
		{"AgeYearsOld", "pt Ruth is 94 years old", []want{{Name, "Ruth"}, {Age, "94"}}},
		{"AgeYO", "a 97 y/o woman fell", []want{{Age, "97"}}},
		{"AgeSpelled", "he turns ninety-six next week", []want{{Age, "ninety-six"}}},
		{"AgeHundred", "she turns a hundred and one", []want{{Age, "a hundred and one"}}},
		{"AgeHundredNoDigits", "our resident turns a hundred on Sunday", []want{{Age, "a hundred"}}},
		{"AgeOrdinalNoDigits", "grandpa celebrates his hundredth birthday on the ward", []want{{Age, "hundredth"}}},
		{"AgeNinetiethNoDigits", "the patient had her ninetieth birthday last week", []want{{Age, "ninetieth"}}},
		{"AgeEightyNine", "a 89 y/o man", nil},
		{"AgeAggregate", "patients 90 and older were 4%", nil},
		{"NinetyDay", "the 90-day readmission rate", nil},
	})
}

func TestScanAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"StreetCityZip", "send it to her at 42 Maple Street, Lowell, MA 01852 today", []want{{Address, "42 Maple Street, Lowell, MA 01852"}}},
		{"StreetUnit", "she lives at 9 Oak Ln Apt 4B", []want{{Address, "9 Oak Ln Apt 4B"}}},
		{"POBox", "mail to P.O. Box 77, Dracut, MA", []want{{Address, "P.O. Box 77, Dracut, MA"}}},
		{"TownOfResidence", "she lives in Dracut with her son", []want{{Address, "Dracut"}}},
		{"FacilityAddress", "the new clinic at 2250 Harbor Pkwy opens Friday", nil},
		{"ZipLikeCount", "we saw 10482 visits in 2024", nil},
		{"ZipBeforeWord", "Mr. Ruiz says 02139-4411 is his zip now", []want{{Name, "Ruiz"}, {Address, "02139-4411"}}},
		{"ZipCountNoPerson", "zip 01852 has the highest self-pay volume", nil},
		{"TripFromFacility", "pt discharged, cab from the hospital to 12 Quarry Ln, Groton", []want{{Address, "12 Quarry Ln, Groton"}}},
		{"LowerTown", "pt moved into 4 mill pond rd in salem with her son", []want{{Address, "4 mill pond rd"}, {Address, "salem"}}},
	})
}

func TestScanNames(t *testing.T) {
	runCases(t, []scanCase{
		{"PatientTrigger", "pt Maria Gonzalez needs a wheelchair", []want{{Name, "Maria Gonzalez"}}},
		{"Honorific", "Mr. Okafor's MRI is delayed", []want{{Name, "Okafor"}}},
		{"PatientInitial", "records for patient J. Smith", []want{{Name, "J. Smith"}}},
		{"Inverted", "patient BRANNIGAN, WILLA M in bed 4", []want{{Name, "BRANNIGAN, WILLA M"}}},
		{"Relative", "her daughter Priya Raman called twice", []want{{Name, "Priya Raman"}}},
		{"LowerCase", "patient oliver brandt, mrn 5520193", []want{{Name, "oliver brandt"}, {MRN, "5520193"}}},
		{"PossessiveOutside", "Nadia Petrov's discharge is today", []want{{Name, "Nadia Petrov"}}},
		{"ColleagueScheduling", "Can you find a time for Priya Raman and Dr. Lee next week?", nil},
		{"VendorContact", "Kim Lee (Medtronic) wants to reschedule", nil},
		{"DoctorStaff", "Dr. Okafor will cover the clinic", nil},
		{"Nationality", "the Somali interpreter is late for pt Ana Ruiz", []want{{Name, "Ana Ruiz"}}},
		{"Country", "The Nigeria delegation arrives Tuesday", nil},
		{"Foundation", "The Whitfield Foundation gift will be announced", nil},
		{"SlackMention", "<@U12345> can you join?", nil},
	})
}

// TestScanOffsetsNonASCII checks that offsets refer to the original bytes
// around multi-byte and invisible characters.
func TestScanOffsetsNonASCII(t *testing.T) {
	runCases(t, []scanCase{
		{"EmojiBefore", "🎉🎉 call 617-555-0142", []want{{Phone, "617-555-0142"}}},
		{"NoBreakSpaces", "SSN 219\u00a009\u00a09999", []want{{SSN, "219\u00a009\u00a09999"}}},
		{"FullwidthDate", "DOB １１／１５／１９６７", []want{{Date, "１１／１５／１９６７"}}},
		{"InvalidUTF8", "\xff\xfe call 617-555-0142 \xff", []want{{Phone, "617-555-0142"}}},
	})
}

func TestScanEmpty(t *testing.T) {
	if g := Scan(""); g != nil {
		t.Errorf("Scan(\"\") = %v, want nil", g)
	}
}

// TestScanConcurrent runs Scan from several goroutines (the scanners come
// from a shared pool) and checks every result matches a sequential run.
func TestScanConcurrent(t *testing.T) {
	texts := []string{
		"pt Maria Gonzalez, SSN 219-09-9999, DOB 03/14/1952",
		"Board meeting moved to 4/1 at 2pm",
		"ssn: ２１９－０９－９９９９ and card 4111 1111 1111 1111",
		strings.Repeat("call 617-555-0142 about Mr. Okafor's MRI. ", 50),
	}
	want := make([]string, len(texts))
	for i, x := range texts {
		want[i] = fmt.Sprint(Scan(x))
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for n := 0; n < 200; n++ {
				i := (g + n) % len(texts)
				if got := fmt.Sprint(Scan(texts[i])); got != want[i] {
					done <- fmt.Sprintf("Scan(%q) = %s concurrently, want %s", texts[i], got, want[i])
					return
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// A person a car carries is no make or model, and a common given name in
// parentheses after a name is what the person goes by, not an employer.
func TestScanNameAfterCarAndNickname(t *testing.T) {
	runCases(t, []scanCase{
		{"DroveTitled", "we drove Mrs. Jane Okafor home after her visit on 10/26",
			[]want{{Name, "Jane Okafor"}, {Date, "10/26"}}},
		{"DrovesModel", "he drives a silver Camry, parked on level 2", nil},
		{"NicknameParen", "pt Robert Haddad (Bob) is NPO after midnight", []want{{Name, "Robert Haddad"}, {Name, "Bob"}}},
		{"EmployerParen", "set up a call with Robert Haddad (Stryker) about the drill demo", nil},
	})
}

// A household is named by the word before "family", a town's name too; a
// family foundation is not.
func TestScanFamilyNames(t *testing.T) {
	runCases(t, []scanCase{
		{"TownNamedFamily", "hospice meeting for the Kaplan family moved to 3pm, chaplain will join", []want{{Name, "Kaplan"}}},
		{"FamilyFoundation", "The Young family foundation check goes to the Development office", nil},
		{"FamilyMedicine", "Kaplan Family Medicine called about the referral fax line", nil},
	})
}

// After a patient word, an acronym of three letters or more that no name
// list holds is no name, and "PT" before a lower-case word is physical
// therapy; initials and names in capitals stay names.
func TestScanAcronymAfterPatientWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Outpatient", "Outpatient MRI request for Thursday, ortho wants it read same day", nil},
		{"PTEval", "outpatient PT eval next week, ortho referral attached", nil},
		{"CapitalName", "Pt: LEE, ANN", []want{{Name, "LEE, ANN"}}},
		{"Initials", "pt KM in bed 4 wants her glasses", []want{{Name, "KM"}}},
	})
}

// An acronym among words in lower case is no name, in any frame; a name in
// capitals in a form is.
func TestScanUnlistedAcronym(t *testing.T) {
	runCases(t, []scanCase{
		{"ForProcedure", "Eleanor Ashby-Grant is booked for ORIF 10/2, son Thomas wants a call",
			[]want{{Name, "Eleanor Ashby-Grant"}, {Date, "10/2"}, {Name, "Thomas"}}},
		{"InParens", "HR case: Shondra Willis (EVS) disclosed a pregnancy", []want{{Name, "Shondra Willis"}}},
		{"Code", "Topic for the staff meeting: no-show policy PT-ADM-003", nil},
		{"PluralEnds", "huddle before first pts. Topic: the new no-show policy", nil},
		{"Shouted", "PT OBI ADMITTED FOR CHF", []want{{Name, "OBI"}}},
	})
}

// Two one-word names side by side with a comma are one name as records
// write it.
func TestScanJoinInverted(t *testing.T) {
	runCases(t, []scanCase{
		{"Inverted", "ninety-six y/o gentleman at the desk, Papadopoulos, Konstantinos, son Nikos is with him",
			[]want{{Age, "ninety-six"}, {Name, "Papadopoulos, Konstantinos"}, {Name, "Nikos"}}},
	})
}
