package phi

import "testing"

// A bare identifier in a record's row beside the person's name or birth
// date is theirs; a row about no one keeps its numbers.
func TestScanRecordRows(t *testing.T) {
	runCases(t, []scanCase{
		{"SlashRow", "merge queue: Okereke, Tobenna / 03-14-1941 / 48120775 - dup chart",
			[]want{{Name, "Okereke, Tobenna"}, {Date, "03-14-1941"}, {MRN, "48120775"}}},
		{"PipeRow", "Wilhelmina Saar | 1933-02-27 | 77-41-902 | 5 North",
			[]want{{Name, "Wilhelmina Saar"}, {Date, "1933-02-27"}, {MRN, "77-41-902"}}},
		{"BusinessRow", "Q3 / capital review 2025-01-15 / PO 4410293", nil},
	})
}

// A plate written a few words after the word "plate", in the same
// sentence, is the plate; other numbers after the word are not.
func TestScanPlateAfterWord(t *testing.T) {
	runCases(t, []scanCase{
		{"WordsBetween", "the plate on her visitor pass is 7KD-2290, black Civic", []want{{VehicleID, "7KD-2290"}}},
		{"CommaBetween", "his plate is on the tow list, QXT 5518", []want{{VehicleID, "QXT 5518"}}},
		{"StateFirst", "the plate on the van out back is NH 4TG821", []want{{VehicleID, "4TG821"}}},
		{"CountAfter", "the plate reader in garage B logged 4,210 cars", nil},
	})
}

// A row whose field is a whole date with a birth year and whose other
// field is a record's number is a person's record: the date is the birth
// date, and a first field "Surname, Given" the name.
func TestRecordRowBirthDateAndInvertedName(t *testing.T) {
	runCases(t, []scanCase{
		{"Row", "Rogers, Goodness / 3/14/1941 / 552-3318-07 / H88211904",
			[]want{{Name, "Rogers, Goodness"}, {Date, "3/14/1941"}, {MRN, "552-3318-07"}, {MRN, "H88211904"}}},
		{"NoID", "Budget, Finance / 3/14/1941 / Q3 review", nil},
	})
}
