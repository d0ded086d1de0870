package phi

import "testing"

// Dates next to a dash: a day and month set off by a dash that follows
// them, and a month and day joined by one that the date model weighs
// where no cue rule reads it; pairs of numbers that are hours, targets,
// counts or rooms stay numbers.
func TestScanDashDates(t *testing.T) {
	runCases(t, []scanCase{
		{"DayMonthThenDash", "Oriana Vance fell on 4 March - no injury, family notified",
			[]want{{Name, "Oriana Vance"}, {Date, "4 March"}}},
		{"DayDashMonthThenDash", "billing q: VANCE, ORIANA, har H149708365, dos 25-Apr - implant charge missing",
			[]want{{Name, "VANCE, ORIANA"}, {AccountNumber, "H149708365"}, {Date, "25-Apr"}}},
		{"MonthDayForTheModel", "IDG list: 1. Vance, Oriana - recert 8-27", []want{{Name, "Vance, Oriana"}, {Date, "8-27"}}},
		// still a year after a glued dash
		{"GluedDashYear", "dob 14-Mar-1952 per the face sheet", []want{{Date, "14-Mar-1952"}}},
		// hours after a date, a target, a count, a room, a score
		{"HoursAfterDate", "can someone sit with Oriana Vance April 14 1-4 so her son can go to his own appt",
			[]want{{Name, "Oriana Vance"}, {Date, "April 14"}}},
		{"Target", "daily INR for Mrs. Vance, target 2-3", []want{{Name, "Vance"}}},
		{"Count", "told her it takes 7-10 business days", nil},
		{"Room", "Oriana Vance is in 5-13, needs a sitter", []want{{Name, "Oriana Vance"}}},
		{"Score", "the score was 4-2 at halftime", nil},
	})
}

// A month and day with a dash glued inside brackets or markup, or before
// a colon that a blank follows, is set off as one with blanks is.
func TestScanDashDatesMarked(t *testing.T) {
	runCases(t, []scanCase{
		{"Backticks", "overnight oximetry for Oriana Vance done `11-23`, doesn't qualify", []want{{Name, "Oriana Vance"}, {Date, "11-23"}}},
		{"ClockColon", "Oriana Vance's pump alarmed 11-23:15, reset", []want{{Name, "Oriana Vance"}}},
	})
}

// "may" before a day in lower case is the month after a date's cue word
// or with its dot, and stays the verb elsewhere.
func TestScanLowerMay(t *testing.T) {
	runCases(t, []scanCase{
		{"AfterCue", "re wang - adm april 22, d/c may 5, home w/ vna", []want{{Date, "april 22"}, {Date, "may 5"}}},
		{"Dotted", "pt oriana vance fell again, last fall may. 22", []want{{Name, "oriana vance"}, {Date, "may. 22"}}},
		{"Verb", "you may 2x the dose if needed", nil},
	})
}
