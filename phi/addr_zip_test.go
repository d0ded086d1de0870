package phi

import "testing"

// A new ZIP is where someone moved, as a new address is; a facility's ZIP
// is no one's.
func TestScanNewZip(t *testing.T) {
	runCases(t, []scanCase{
		{"NewZip", "pt Ingeborg Straub moved — new ZIP is 03862, pls update the statement",
			[]want{{Name, "Ingeborg Straub"}, {Address, "03862"}}},
		{"ClinicZip", "our new clinic zip 01810 is on the flyer", nil},
	})
}

// A house number after a patient's or an account's label starts the
// street it is on, not a record number.
func TestScanStreetAfterRecordLabel(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterPt", "mailing address per pt: 4418 Larkspur Ave, Dracut", []want{{Address, "4418 Larkspur Ave, Dracut"}}},
		{"RecordStays", "pt: 4418 needs a wheelchair", []want{{MRN, "4418"}}},
	})
}
