package phi

import "testing"

// The items of a patient-flow list (admits, discharges, transfers) are
// patients, after a bed or alone; a count, a ward's capacity line and a
// singular label before a dash are no list of names.
func TestFlowLists(t *testing.T) {
	runCases(t, []scanCase{
		{"CensusLines", "5W census 31/36 @ 0700\nAdmits: Rosalind Vukovic, Thaddeus Obi, Marchetti\nTransfers: 1",
			[]want{{Name, "Rosalind Vukovic"}, {Name, "Thaddeus Obi"}, {Name, "Marchetti"}}},
		{"ArrowsAndBeds", "admits → Whitcombe, 14 Brandt / dc: Kaczmarek", []want{{Name, "Whitcombe"}, {Name, "Brandt"}, {Name, "Kaczmarek"}}},
		{"Counts", "Admits: none. DCs: 2 (both before noon)", nil},
		{"CapacityBoard", "*Capacity update*\n• ED: 12 boarders\n• 6N: 3 pending dc\n• Transfers in queue: 4", nil},
		{"SingularDash", "discharge - Tuesday is the planning meeting, agenda attached", nil},
	})
}
