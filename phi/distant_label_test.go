package phi

import "testing"

// A strong label further back in the sentence types an identifier that
// nothing else claimed, in a message about someone.
func TestScanDistantLabels(t *testing.T) {
	runCases(t, []scanCase{
		{"ChartSticker", "the band says MRN 5512093 but the sticker on the chart says 5512039, pls fix before transfer",
			[]want{{MRN, "5512093"}, {MRN, "5512039"}}},
		// a question's answer right after it; not a ticket after a question about a field
		{"QuestionAnswer", "who has the old MRN for Mrs Abara? new one is 0906699", []want{{Name, "Abara"}, {MRN, "0906699"}}},
		{"QuestionTicket", "why does the indexer read the MRN field as the DOB? TASK5421730", nil},
		{"SerialClaimForm", "lost her hearing aid at the bedside, the serial on the insurance form is KQ7-33018452",
			[]want{{DeviceID, "KQ7-33018452"}}},
		{"MemberAfterPayerWords", "the member number for Odalys Ferreira from the back of her card: WQX5520184431",
			[]want{{Name, "Odalys Ferreira"}, {HealthPlanID, "WQX5520184431"}}},
		// another value in between owns the label
		{"ValueBetween", "pt Ines Varga, chart 4410293, callback 88120433 after 5", []want{{Name, "Ines Varga"}, {MRN, "4410293"}}},
		{"CodeQuoted", "the MRN on the handoff sheet `5520 9134` is wrong", []want{{MRN, "5520 9134"}}},
		// an organisational label in between: the number is the organisation's
		{"TicketBetween", "the chart scanner for bed 4 broke again, ticket opened as 88120433", nil},
		// a sentence's end cuts the label off
		{"SentenceEnd", "the chart under MRN 4410293 is merged. Reply 88120433 to confirm", []want{{MRN, "4410293"}}},
		// a label right before its value is the label rules' to read
		{"AdjacentRefused", "the interpreter line account # 4410-88213 is the org one", nil},
		// a message about no one: a device label and a number are equipment
		{"NoOne", "the pump fleet upgrade goes out Tuesday, firmware bundle 20318842", nil},
		// a payer's name before the field noun
		{"PayerID", "MassHealth ID for Benedetta Russo won't verify — 100338274519, portal down?",
			[]want{{Name, "Benedetta Russo"}, {HealthPlanID, "100338274519"}}},
		// an honorific's full stop ends no sentence
		{"HonorificStop", "the serial on Ms. Abara's power chair is WC88-31-0042, vendor says recall",
			[]want{{Name, "Abara"}, {DeviceID, "WC88-31-0042"}}},
		// a Slack mention is no value
		{"Mention", "send the seating chart for the gala to <@U09PL4421> by Friday", nil},
	})
}

// A payer's name before its member id in parentheses.
func TestScanPayerParen(t *testing.T) {
	runCases(t, []scanCase{
		{"PayerParen", "that card is her husband's Cigna (U7741 28893), not hers", []want{{HealthPlanID, "U7741 28893"}}},
		{"PayerPhone", "Aetna (1-800-555-0100) is closed today", []want{{Phone, "1-800-555-0100"}}},
		{"PayerYear", "the Cigna (2024) contract renewal is on the agenda", nil},
	})
}

// The items of a list under a header that names their kind take its type.
func TestScanListedIDs(t *testing.T) {
	runCases(t, []scanCase{
		{"MemberList", "member IDs to re-verify:\n- KQX 4410 2291\n- H80442197",
			[]want{{HealthPlanID, "KQX 4410 2291"}, {HealthPlanID, "H80442197"}}},
		{"NumberedMRNs", "MRNs to merge:\n1. 5520931\n2) 7710042\nthanks", []want{{MRN, "5520931"}, {MRN, "7710042"}}},
		{"Invoices", "vendor invoices to pay:\n- 44120931\n- 55120933", nil},
		// (a device's serials are PHI with a person only)
		{"RecallSerials", "pump serials on the recall list:\n- 4412093\n- PX-5512093", nil},
	})
}

// "mr" before a name is a title, not the label "MR#", and a blood
// pressure is no record's number; a label further back still types a
// value.
func TestDistantLabelTitleAndPressure(t *testing.T) {
	runCases(t, []scanCase{
		{"Pressure", "lpn visit mr okafor done, 156/110, 161/110, no edema", []want{{Name, "okafor"}}},
		{"TitleThenLabel", "power chair serial on Mr. Eriksen-Abara's chair is WC88-31-0042 — vendor says it's under recall",
			[]want{{Name, "Eriksen-Abara"}, {DeviceID, "WC88-31-0042"}}},
	})
}

// A value that starts with a short prefix of letters joined by a dash is
// typed whole by a label further back: the prefix is part of it.
func TestDistantLabelLetterPrefix(t *testing.T) {
	runCases(t, []scanCase{
		{"SerialOnLabel", "Mr. Abernathy's insulin pump: the serial on the label reads PX-4471-2093",
			[]want{{Name, "Abernathy"}, {DeviceID, "PX-4471-2093"}}},
		{"MemberOffCard", "Ines Calloway called, the member number she read off the card is QM-88412093",
			[]want{{Name, "Ines Calloway"}, {HealthPlanID, "QM-88412093"}}},
	})
}

// A device's serial mixes letters and digits as often as it is digits; a
// device's label further back types it when the device is someone's.
func TestDistantSerialShape(t *testing.T) {
	runCases(t, []scanCase{
		{"FewDigits", "transmitter serial for pt Odile Marchand is on the box: 8GK5YR", []want{{Name, "Odile Marchand"}, {DeviceID, "8GK5YR"}}},
		{"NoOnesDevice", "the serial for the lobby kiosk is KQ4X9Z7M", nil},
	})
	for v, want := range map[string]bool{"8GK5YR": true, "0NKS3QP7X": true, "ABCDEF": false, "123456": false, "A1B": false, "8GK-5YR": false} {
		if got := serialShape([]byte(v)); got != want {
			t.Errorf("serialShape(%q) = %v, want %v", v, got, want)
		}
	}
}
