package phi

import "testing"

func TestScanRecognisers(t *testing.T) {
	runCases(t, []scanCase{
		{"IBANGrouped", "refund to her account GB82 WEST 1234 5698 7654 32 please", []want{{AccountNumber, "GB82 WEST 1234 5698 7654 32"}}},
		{"IBANWhole", "wire it to NL91ABNA0417164300 today", []want{{AccountNumber, "NL91ABNA0417164300"}}},
		{"IBANBadCheck", "reference NL92ABNA0417164300 in the memo", nil},
		{"UDIParens", "pump UDI (01)00614141999996(17)280101(21)SN77-A1 logged", []want{{DeviceID, "(01)00614141999996(17)280101(21)SN77-A1"}}},
		{"UDISpaced", "label reads 01 10884521062856 17 290630 21 K88120 on the box", []want{{DeviceID, "01 10884521062856 17 290630 21 K88120"}}},
		{"UDIBadGTIN", "label reads 01 10884521062857 17 290630 on the box", nil},
		// a group number is no individual's, whatever plan word stands before it
		{"GroupNumberPlan", "fyi the group number for the staff health plan is 0071234 for 2027", nil},
		{"GroupThenMember", "group number is 4471, member id for Ana Ruiz is W22831940", []want{{Name, "Ana Ruiz"}, {HealthPlanID, "W22831940"}}},
		// a plural record word that ends its sentence labels nothing after it
		{"RecordsSentenceEnd", "the state bounced the staffing file, error on 212 records. TKT-82409", nil},
		// a New York Medicaid client id after a plan label; not a code elsewhere
		{"MedicaidCIN", "her medicaid id is KL48203M per the card", []want{{HealthPlanID, "KL48203M"}}},
		{"CINShapeNoLabel", "ticket KL48203M is closed", nil},
		// a plan label's abbreviation right before a long number needs no filler
		{"InsAbbrevBare", "send-out for the pt, ins 843902461-03, req faxed", []want{{HealthPlanID, "843902461-03"}}},
		// a record-shaped value right after a name: blank-separated before a lower-case word, or digit groups in brackets
		{"RecordAfterNameBlank", "OKONJO, ADAEZE 3281250343 pls verify", []want{{Name, "OKONJO, ADAEZE"}, {MRN, "3281250343"}}},
		{"RecordAfterNameGroups", "LOS > 7: Farah L. Oyelowo (44-04-263), no dispo yet", []want{{Name, "Farah L. Oyelowo"}, {MRN, "44-04-263"}}},
		{"RecordAfterNameAmount", "bad debt list for review: Okonkwo, Vikram 30302-007 $16,910.05", []want{{Name, "Okonkwo, Vikram"}, {MRN, "30302-007"}}},
		{"RecordBeforeName", "`92-51-582` ANDERSEN, LINH - need ROI before release", []want{{MRN, "92-51-582"}, {Name, "ANDERSEN, LINH"}}},
		// a second record value tied to a found one by a merge or a correction takes its type, whatever its shape
		{"MergedInto", "HAR 5930829574 merged into 0829-319088, dup reg fixed", []want{{AccountNumber, "5930829574"}, {AccountNumber, "0829-319088"}}},
		{"LinkedNoDate", "acct 88120433 was due 12/14/2025", []want{{AccountNumber, "88120433"}}},
		{"UDIBadGTINBracketed", "implant UDI (01)10884521062857(17)290630(21)K88120", []want{{DeviceID, "(01)10884521062857(17)290630(21)K88120"}}},
		{"LabelCarryOver", "MRN 5520187 and 5520934 are the same person", []want{{MRN, "5520187"}, {MRN, "5520934"}}},
		{"LabelCarryOverSlash", "acct 88120433 / 88120455 both on hold", []want{{AccountNumber, "88120433"}, {AccountNumber, "88120455"}}},
		{"CarryOverStopsAtAmount", "MRN 5520187 and $40 copay", []want{{MRN, "5520187"}}},
		// a plural label announces its list, whatever the lengths
		{"PluralLabelList", "she has two MRNs, 1960306 and 4616939517, which one is current", []want{{MRN, "1960306"}, {MRN, "4616939517"}}},
		{"ShortValueMidList", "MRN 4471902, 8812 and 5590213 all need the new banner", []want{{MRN, "4471902"}, {MRN, "8812"}, {MRN, "5590213"}}},
		{"ShortValueAtEnd", "MRN 4471902 and 8812 more in the queue", []want{{MRN, "4471902"}}},
		{"SingularLabelOtherLength", "MRN 1960306 and extension 4616939517 in the directory", []want{{MRN, "1960306"}}},
		{"PayerCue", "Aetna Choice id W55102938 for the claim", []want{{HealthPlanID, "W55102938"}}},
		{"PayerLastWord", "the clinic now takes Humana", nil},
		{"NANPInvalidExchange", "order 617-055-0199 shipped", nil},
		{"NANPValid", "call 617-455-0199 tonight", []want{{Phone, "617-455-0199"}}},
		{"KnowledgeBaseNotDEA", "install KB5031455 before Friday", nil},
		{"VersionNotIP", "the app is running 4.2.0.7 on all units", nil},
		{"GluedLabel", "MRN7730418 for the merge", []want{{MRN, "7730418"}}},
		{"LabelWordsBeforeValue", "the MRN on her band reads 7730418", []want{{MRN, "7730418"}}},
		{"BareRecordWord", "chart 7730418 is locked", []want{{MRN, "7730418"}}},
		{"RecordAfterName", "pt Rosalind Achterberg (7730418) in 4B", []want{{Name, "Rosalind Achterberg"}, {MRN, "7730418"}}},
		{"LastFourNotRecord", "last 4 of her SSN 6620", nil},
		{"MRNTopic", "the MRN merge project kicks off 3/4", nil},
		{"DeviceNounSerial", "pt Rosalind Achterberg pacemaker KQZ551207R needs interrogation", []want{{Name, "Rosalind Achterberg"}, {DeviceID, "KQZ551207R"}}},
		{"DeviceNounCount", "we have 2 pumps on 4B and pump 3 is down", nil},
		{"AssetSerial", "the scanner at registration, serial SC-4471, is broken", nil},
		{"QualifiedLabel", "MRN (Epic) 7730418 for the merge", []want{{MRN, "7730418"}}},
		{"ValueBeforeLabel", "7730418 is her MRN", []want{{MRN, "7730418"}}},
		{"LabelCommaValue", "her medical record number, 7730418, is wrong", []want{{MRN, "7730418"}}},
		{"RecordsCommaYear", "the records, 2024 budget", nil},
		{"TownResident", "pt Rosalind Achterberg is a Beverly resident", []want{{Name, "Rosalind Achterberg"}, {Address, "Beverly"}}},
		{"LivesWithIn", "pt Rosalind Achterberg lives with her son in Peabody", []want{{Name, "Rosalind Achterberg"}, {Address, "Peabody"}}},
		{"NewAddress", "her new address: 9 Quarry Rd, Rockport MA", []want{{Address, "9 Quarry Rd, Rockport MA"}}},
		{"IPv6Zone", "ip fe80::1ff:fe23:4567:890a%eth0 on the vlan", []want{{IPAddress, "fe80::1ff:fe23:4567:890a%eth0"}}},
		{"IPv6EmbeddedIPv4", "host ::ffff:192.168.10.4 is the gateway", []want{{IPAddress, "::ffff:192.168.10.4"}}},
		{"IPv6Brackets", "connect to [2001:db8::7]:8443 from the kiosk", []want{{IPAddress, "2001:db8::7"}}},
		{"PhoneDoubleZero", "call 0044 7700 900482 after 5", []want{{Phone, "0044 7700 900482"}}},
		{"PhoneTrunkPrefix", "her mobile is 07700 900 482", []want{{Phone, "07700 900 482"}}},
		{"InvoiceNotPhone", "invoice 0100 2233 4455 paid", nil},
		{"SpelledDate", "pt Rosalind Achterberg has her biopsy on april eleventh", []want{{Name, "Rosalind Achterberg"}, {Date, "april eleventh"}}},
		{"SpelledOrdinalNotDate", "the fifth floor renovation starts soon", nil},
		{"DoubledLetterAgeCue", "her aunt turrns ninety-seven on Sunday", []want{{Age, "ninety-seven"}}},
		{"LowerCaseSurnameContinues", "agnes whitcombe died on the unit last night, family notified", []want{{Name, "agnes whitcombe"}}},
		{"Nickname", "pt Rosalind Achterberg (goes by Roz) wants her records", []want{{Name, "Rosalind Achterberg"}, {Name, "Roz"}}},
		{"AgeAggregate", "Q3 census was 412 patients, 95 over age 90", nil},
		{"VendorAtEmployer", "Call Priya Natarajan at Medline about the pump contract", nil},
		{"FamilyFoundation", "Thank the Hartwell Family Foundation for the NICU gift", nil},
		{"TownAfterRelative", "pt Rosalind Achterberg asked us to call her son Tobias in Beverly", []want{{Name, "Rosalind Achterberg"}, {Name, "Tobias"}, {Address, "Beverly"}}},
		{"PhoneParenGlued", "ph (617)4550142 after 6", []want{{Phone, "(617)4550142"}}},
		{"PhoneCountryParen", "her number +1 (617) 455-0142", []want{{Phone, "+1 (617) 455-0142"}}},
		{"CardDots", "card 4111.1111.1111.1111 was declined", []want{{CreditCard, "4111.1111.1111.1111"}}},
	})
}

// TestLexiconUnbounded registers more lists than a 64-bit mask could hold
// and checks that membership still works for each.
func TestLexiconUnbounded(t *testing.T) {
	lex.table()
	if n := len(lex.lists); n <= 64 {
		t.Skipf("only %d lists registered", n)
	}
	last := lex.lists[len(lex.lists)-1]
	if len(last) == 0 || !(set{len(lex.lists) - 1}).has(last[0]) {
		t.Errorf("list %d: %q not found", len(lex.lists)-1, last)
	}
	if months := monthSet; !months.has("march") || months.has("marsh") {
		t.Errorf("monthSet membership wrong")
	}
}
