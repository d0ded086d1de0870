package phi

import "testing"

func TestScanRoomDates(t *testing.T) {
	runCases(t, []scanCase{
		{"FellInRoom", "resident Ada Lowe fell in the dining room 11/02 at 06:15, no injury", []want{{Name, "Ada Lowe"}, {Date, "11/02"}}},
		{"FellInHerRoom", "patient Ada Lowe fell in her room 3/7 around midnight", []want{{Name, "Ada Lowe"}, {Date, "3/7"}}},
		{"RoomAndBed", "patient Ann Lee is in room 12/3, admitted yesterday with pneumonia", []want{{Name, "Ann Lee"}}},
		{"MeetingRoom", "the meeting in conference room 4/12 is at noon", nil},
	})
}
