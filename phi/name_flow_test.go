package phi

import "testing"

// The items of a patient-flow list (admits, discharges, transfers) are
// patients, after a bed or alone; a count, a ward's capacity line and a
// singular label before a dash are no list of names.
func TestFlowLists(t *testing.T) {
	runCases(t, []scanCase{
		{"CensusLines", "4 East census 28/32 at 7am\nAdmits: Rosalind Vukovic, Thaddeus Obi, Marchetti\nTransfers: 1",
			[]want{{Name, "Rosalind Vukovic"}, {Name, "Thaddeus Obi"}, {Name, "Marchetti"}}},
		{"ArrowsAndBeds", "admits → Whitcombe, 14 Brandt / dc: Kaczmarek", []want{{Name, "Whitcombe"}, {Name, "Brandt"}, {Name, "Kaczmarek"}}},
		{"Counts", "Admits: none. DCs: 2 (both before noon)", nil},
		{"CapacityBoard", "bed huddle 1500\n- ER holding: 9 boarders\n- 5 West: 2 pending dc\n- Transfers waiting: 3", nil},
		{"SingularDash", "discharge - Tuesday is the planning meeting, agenda attached", nil},
	})
}
