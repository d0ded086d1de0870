package intents

import "testing"

// Thursday 2026-03-05 10:00 New York (EST, -05:00).
const gThu = "2026-03-05T10:00"

func TestGrammarClockWords(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "HalfPast", now: gThu, text: "set up a call with Omar tomorrow at half past two", field: "when", want: []string{"2026-03-06T14:30:00-05:00"}},
		{name: "QuarterTo", now: gThu, text: "book the boardroom friday quarter to 9", field: "when", want: []string{"2026-03-06T08:45:00-05:00"}},
		{name: "TenThirty", now: gThu, text: "move the ops sync to monday at ten thirty", field: "when", want: []string{"2026-03-09T10:30:00-04:00"}},
		{name: "Compact", now: gThu, text: "push the budget review to tuesday at 1030", field: "when", want: []string{"2026-03-10T10:30:00-04:00"}},
		{name: "Spaced", now: gThu, text: "schedule the vendor demo friday at 3 15", field: "when", want: []string{"2026-03-06T15:15:00-05:00"}},
		{name: "EveningWords", now: gThu, text: "dinner with the foundation chair tomorrow at 8 in the evening", field: "when", want: []string{"2026-03-06T20:00:00-05:00"}},
		{name: "ZoneAbbrev", now: gThu, tz: "America/Chicago", text: "set up a call with the Epic team tomorrow at 2pm ET", field: "when", want: []string{"2026-03-06T13:00:00-06:00"}},
		{name: "ZoneRegion", now: gThu, text: "call with the Seattle office friday at 11 Pacific", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}},
		{name: "Between", now: gThu, text: "hold monday between 2 and 4 for interviews", field: "when", want: []string{"2026-03-09T14:00:00-04:00"}},
		{name: "MovedClockIsNotRange", now: gThu, text: "move my 3pm to 4pm", field: "when", want: []string{"2026-03-05T16:00:00-05:00"}},
	})
}

func TestGrammarDays(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "WeekdayOfNextWeek", now: gThu, text: "schedule the site visit wednesday of next week", field: "when", want: []string{"2026-03-11"}},
		{name: "NthWeekdayOfMonth", now: gThu, text: "schedule the retreat on the first Tuesday of April", field: "when", want: []string{"2026-04-07"}},
		{name: "LastWeekdayOfMonth", now: gThu, text: "hold the last friday of the month for the town hall", field: "when", want: []string{"2026-03-27"}},
		{name: "OrdinalWords", now: gThu, text: "book a car for march twenty-first", field: "when", want: []string{"2026-03-21"}},
		{name: "Holiday", now: gThu, text: "book me a flight home the day after Thanksgiving", field: "when", want: []string{"2026-11-27"}},
		{name: "DurationAfterDay", now: gThu, text: "schedule the debrief two days after memorial day", field: "when", want: []string{"2026-05-27"}},
		{name: "WeekFromDay", now: gThu, text: "set up the follow-up a week from friday", field: "when", want: []string{"2026-03-13"}},
		{name: "WeekdayRange", now: gThu, text: "block Tue-Thu next week for the survey", field: "when", want: []string{"2026-03-10", "2026-03-17"}},
		{name: "ISO", now: gThu, text: "move the audit kickoff to 2026-04-02", field: "when", want: []string{"2026-04-02"}},
		{name: "InQuarterHour", now: gThu, text: "remind me in a quarter of an hour to call the lab", field: "when", want: []string{"2026-03-05T10:15:00-05:00"}},
	})
}

// A date the PHI detector marks as a person's is never when or due.
func TestPersonalDates(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "DOBNotWhen", now: gThu, text: "set up a call with the patient's son, DOB 4/2/1949, on 3/9 at 2", field: "when", want: []string{"2026-03-09T14:00:00-04:00"}},
		{name: "AdmissionNotWhen", now: gThu, text: "schedule a case review for the patient admitted 3/12", field: "when", want: []string{""}},
		{name: "DischargeNotDue", now: gThu, text: "prepare the summary for Mr. Alvarez, discharged 3/20", field: "due", want: []string{""}},
	})
}
