package intents

import (
	"context"
	"testing"
	"time"
)

// timeCase checks one time phrase. now is "2006-01-02T15:04" in tz; field is
// "when" or "due"; any listed value passes (the ambiguous "next <weekday>").
type timeCase struct {
	name, tz, now, text, field string
	want                       []string
	dur                        int
}

func runTimeCases(t *testing.T, cases []timeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tz := tc.tz
			if tz == "" {
				tz = "America/New_York"
			}
			loc, err := time.LoadLocation(tz)
			if err != nil {
				t.Skipf("no zone data: %v", err)
			}
			now, err := time.ParseInLocation("2006-01-02T15:04", tc.now, loc)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Rules{}.Parse(context.Background(), tc.text, now)
			if err != nil {
				t.Fatal(err)
			}
			got := r.When.String()
			if tc.field == "due" {
				got = r.Due.String()
			}
			ok := false
			for _, w := range tc.want {
				ok = ok || got == w
			}
			if !ok {
				t.Errorf("%q: %s = %q, want one of %q", tc.text, tc.field, got, tc.want)
			}
			if tc.dur != 0 && r.DurationMinutes != tc.dur {
				t.Errorf("%q: duration = %d, want %d", tc.text, r.DurationMinutes, tc.dur)
			}
		})
	}
}

// 2026-03-05 is a Thursday; 2026-03-08 is the US spring-forward Sunday.
func TestTimeTable(t *testing.T) {
	const thu = "2026-03-05T10:00"
	runTimeCases(t, []timeCase{
		{name: "BareWeekday", now: thu, text: "cancel the ops huddle friday", field: "when", want: []string{"2026-03-06"}},
		{name: "BareWeekdaySameDay", now: thu, text: "cancel the ops huddle thursday", field: "when", want: []string{"2026-03-12"}},
		{name: "WeekdayAbbrev", now: thu, text: "cancel the ops huddle on tues", field: "when", want: []string{"2026-03-10"}},
		{name: "ThisWeekday", now: thu, text: "move the ops huddle to this saturday", field: "when", want: []string{"2026-03-07"}},
		{name: "NextWeekdayToday", now: thu, text: "move the ops huddle to next thursday", field: "when", want: []string{"2026-03-12"}},
		{name: "NextWeekdayThisWeek", now: thu, text: "move the ops huddle to next saturday", field: "when", want: []string{"2026-03-07", "2026-03-14"}},
		{name: "NextWeekdayTomorrow", now: thu, text: "move the ops huddle to next friday", field: "when", want: []string{"2026-03-06", "2026-03-13"}},
		{name: "NextWeekdayFollowingWeek", now: thu, text: "move the ops huddle to next tuesday", field: "when", want: []string{"2026-03-10"}},
		{name: "Today", now: thu, text: "cancel the ops huddle today", field: "when", want: []string{"2026-03-05"}},
		{name: "Tomorrow", now: thu, text: "cancel the ops huddle tomorrow", field: "when", want: []string{"2026-03-06"}},
		{name: "Tmrw", now: thu, text: "cancel the ops huddle tmrw", field: "when", want: []string{"2026-03-06"}},
		{name: "BareHourPM", now: thu, text: "move the ops huddle to friday at 3", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "BareHourAM", now: thu, text: "move the ops huddle to friday at 9", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "BareHourNoon", now: thu, text: "move the ops huddle to friday at 12", field: "when", want: []string{"2026-03-06T12:00:00-05:00"}},
		{name: "WeekdayClock", now: thu, text: "move the ops huddle to fri 4:30", field: "when", want: []string{"2026-03-06T16:30:00-05:00"}},
		{name: "ClockAheadToday", now: thu, text: "remind me at 4 to call the pharmacy", field: "when", want: []string{"2026-03-05T16:00:00-05:00"}},
		{name: "ClockPassedTomorrow", now: thu, text: "remind me at 9 to call the pharmacy", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "PMSuffix", now: thu, text: "schedule the ops huddle friday 3pm", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "TwentyFourHour", now: thu, text: "schedule the ops huddle friday 15:00", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "Military", now: thu, text: "schedule the ops huddle friday 1430", field: "when", want: []string{"2026-03-06T14:30:00-05:00"}},
		{name: "MilitaryEarly", now: thu, text: "schedule the ops huddle friday 0745", field: "when", want: []string{"2026-03-06T07:45:00-05:00"}},
		{name: "Morning", now: thu, text: "remind me tomorrow morning to sign the forms", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "FirstThing", now: thu, text: "remind me first thing tomorrow to sign the forms", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "Noon", now: thu, text: "remind me at noon to sign the forms", field: "when", want: []string{"2026-03-05T12:00:00-05:00"}},
		{name: "Afternoon", now: thu, text: "cancel the ops huddle friday afternoon", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}},
		{name: "Tonight", now: thu, text: "remind me tonight to sign the forms", field: "when", want: []string{"2026-03-05T19:00:00-05:00"}},
		{name: "TonightExact", now: thu, text: "remind me tonight at 8 to sign the forms", field: "when", want: []string{"2026-03-05T20:00:00-05:00"}},
		{name: "Night", now: thu, text: "remind me friday night to sign the forms", field: "when", want: []string{"2026-03-06T19:00:00-05:00"}},
		{name: "BareEOD", now: thu, text: "prepare the budget memo EOD", field: "due", want: []string{"2026-03-05T17:00:00-05:00"}},
		{name: "EODWeekday", now: thu, text: "prepare the budget memo by EOD monday", field: "due", want: []string{"2026-03-09T17:00:00-04:00"}},
		{name: "COB", now: thu, text: "prepare the budget memo by COB tomorrow", field: "due", want: []string{"2026-03-06T17:00:00-05:00"}},
		{name: "InHours", now: thu, text: "remind me in 2 hours to sign the forms", field: "when", want: []string{"2026-03-05T12:00:00-05:00"}},
		{name: "InMinutes", now: thu, text: "remind me in 30 min to sign the forms", field: "when", want: []string{"2026-03-05T10:30:00-05:00"}},
		{name: "InDays", now: thu, text: "remind me in 3 days to sign the forms", field: "when", want: []string{"2026-03-08"}},
		{name: "InTwoWeeks", now: thu, text: "remind me in two weeks to sign the forms", field: "when", want: []string{"2026-03-19"}},
		{name: "CoupleWeeks", now: thu, text: "schedule the ops review in a couple of weeks", field: "when", want: []string{"2026-03-19"}},
		{name: "EmbeddedClockThenDay", now: thu, text: "ditch the 11am vendor demo on monday", field: "when", want: []string{"2026-03-09T11:00:00-04:00"}},
		{name: "EmbeddedClockToday", now: thu, text: "nix the 4:30 with the architects", field: "when", want: []string{"2026-03-05T16:30:00-05:00"}},
		{name: "LeadBeforeEvent", now: thu, text: "nudge me 20 minutes before the ethics call friday at 3", field: "when", want: []string{"2026-03-06T14:40:00-05:00"}},
		{name: "LeadHourBefore", now: thu, text: "remind me an hour before my 2pm", field: "when", want: []string{"2026-03-05T13:00:00-05:00"}},
		{name: "BeforeEventIsDue", now: thu, text: "prepare the budget memo before the board call tomorrow at 2", field: "due", want: []string{"2026-03-06T14:00:00-05:00"}},
		{name: "NextWeek", now: thu, text: "schedule the ops review next week", field: "when", want: []string{"2026-03-09"}},
		{name: "SometimeNextWeek", now: thu, text: "prepare the budget memo by sometime next week", field: "due", want: []string{"2026-03-09"}},
		{name: "EndOfWeek", now: thu, text: "prepare the budget memo by end of week", field: "due", want: []string{"2026-03-06"}},
		{name: "EOW", now: thu, text: "prepare the budget memo by EOW", field: "due", want: []string{"2026-03-06"}},
		{name: "EndOfNextWeek", now: thu, text: "prepare the budget memo by the end of next week", field: "due", want: []string{"2026-03-13"}},
		{name: "EndOfMonth", now: thu, text: "prepare the budget memo by end of month", field: "due", want: []string{"2026-03-31"}},
		{name: "EOM", now: thu, text: "prepare the budget memo by EOM", field: "due", want: []string{"2026-03-31"}},
		{name: "NextMonth", now: thu, text: "schedule the ops review next month", field: "when", want: []string{"2026-04-01"}},
		{name: "WeekAfterNext", now: thu, text: "schedule the ops review the week after next", field: "when", want: []string{"2026-03-16"}},
		{name: "WeekAfterDate", now: thu, text: "schedule the ops review the week after March 20", field: "when", want: []string{"2026-03-23"}},
		{name: "DayOfMonthAhead", now: thu, text: "cancel the ops huddle on the 15th", field: "when", want: []string{"2026-03-15"}},
		{name: "DayOfMonthPassed", now: thu, text: "cancel the ops huddle on the 2nd", field: "when", want: []string{"2026-04-02"}},
		{name: "MonthDay", now: thu, text: "cancel the ops huddle Dec 3", field: "when", want: []string{"2026-12-03"}},
		{name: "MonthDayOrdinal", now: thu, text: "cancel the ops huddle December 3rd", field: "when", want: []string{"2026-12-03"}},
		{name: "MonthDayRollsYear", now: thu, text: "cancel the ops huddle Feb 2", field: "when", want: []string{"2027-02-02"}},
		{name: "SlashDate", now: thu, text: "cancel the ops huddle 12/3", field: "when", want: []string{"2026-12-03"}},
		{name: "SlashDateClock", now: thu, text: "move the ops huddle to 4/14, 4", field: "when", want: []string{"2026-04-14T16:00:00-04:00"}},
		{name: "RangeDuration", now: thu, text: "schedule the ops review friday 2-3pm", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}, dur: 60},
		{name: "MilitaryRange", now: thu, text: "book the boardroom friday 1430-1600", field: "when", want: []string{"2026-03-06T14:30:00-05:00"}, dur: 90},
		{name: "DueBy", now: thu, text: "send the deck to Dr. Shah by friday", field: "due", want: []string{"2026-03-06"}},
		{name: "DueNoLaterThan", now: thu, text: "prepare the budget memo no later than monday", field: "due", want: []string{"2026-03-09"}},
		{name: "DueLatest", now: thu, text: "prepare the budget memo friday at the latest", field: "due", want: []string{"2026-03-06"}},
		{name: "DueBeforeEvent", now: thu, text: "prepare the budget memo before the board meeting at 3", field: "due", want: []string{"2026-03-05T15:00:00-05:00"}},
		{name: "Correction", now: thu, text: "move the ops huddle to Tuesday -- sorry, Wednesday", field: "when", want: []string{"2026-03-11"}},
		{name: "MakeThat", now: thu, text: "move the ops huddle to friday at 10, actually make that 9", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "Strikethrough", now: thu, text: "move the ops huddle to ~monday~ tuesday", field: "when", want: []string{"2026-03-10"}},
		{name: "ContextTimeIgnored", now: thu, text: "I was out yesterday. draft the agenda for tmrw's MEC", field: "when", want: []string{""}},
	})
}

// DST: the offset is the one in force on the resolved day.
func TestTimeDST(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NewYorkSpringForward", now: "2026-03-06T16:00", text: "move the ops huddle to monday at 9", field: "when", want: []string{"2026-03-09T09:00:00-04:00"}},
		{name: "NewYorkFallBack", now: "2026-10-30T16:00", text: "move the ops huddle to monday at 9", field: "when", want: []string{"2026-11-02T09:00:00-05:00"}},
		{name: "NewYorkInHoursAcrossChange", now: "2026-03-08T00:30", text: "remind me in 3 hours to call the pharmacy", field: "when", want: []string{"2026-03-08T04:30:00-04:00"}},
		{name: "ChicagoSameDayAfterChange", tz: "America/Chicago", now: "2027-03-13T11:52", text: "tidy up the volunteer rosters by end of day tomorrow", field: "due", want: []string{"2027-03-14T17:00:00-05:00"}},
		{name: "LondonSummerTime", tz: "Europe/London", now: "2026-03-27T10:00", text: "move the ops huddle to monday at 3pm", field: "when", want: []string{"2026-03-30T15:00:00+01:00"}},
		{name: "SydneyDSTEnds", tz: "Australia/Sydney", now: "2026-04-03T10:00", text: "move the ops huddle to tuesday at 10", field: "when", want: []string{"2026-04-07T10:00:00+10:00"}},
		{name: "PhoenixNoDST", tz: "America/Phoenix", now: "2026-03-06T10:00", text: "move the ops huddle to monday at 9", field: "when", want: []string{"2026-03-09T09:00:00-07:00"}},
	})
}

// Relative shifts, a day said in the sentence before, a month said alone.
// 2026-03-05 is a Thursday.
func TestTimeShiftsAndContext(t *testing.T) {
	const thu = "2026-03-05T10:00"
	runTimeCases(t, []timeCase{
		{name: "BackAnHour", now: thu, text: "the budget review is at 2 tomorrow. push it back an hour", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "HourLater", now: thu, text: "can we do the 3pm huddle an hour later", field: "when", want: []string{"2026-03-05T16:00:00-05:00"}},
		{name: "UpMinutes", now: thu, text: "move the friday 9:30 standup up 15 minutes", field: "when", want: []string{"2026-03-06T09:15:00-05:00"}},
		{name: "PushNoDirection", now: thu, text: "the safety huddle is Monday at 9. Please push it 30 minutes", field: "when", want: []string{"2026-03-09T09:30:00-04:00"}},
		{name: "OutAWeek", now: thu, text: "bump the finance committee on the 12th out a week", field: "when", want: []string{"2026-03-19"}},
		{name: "ClockOutADay", now: thu, text: "slide my 4:00 with Raj out by a day", field: "when", want: []string{"2026-03-06T16:00:00-05:00"}},
		{name: "BackAHalfHour", now: thu, text: "push the town hall tomorrow at noon back a half hour", field: "when", want: []string{"2026-03-06T12:30:00-05:00"}},
		{name: "MinutesLate", now: thu, text: "can we start the 3:00 ops review 20 minutes late", field: "when", want: []string{"2026-03-05T15:20:00-05:00"}, dur: 0},
		{name: "DayEarlier", now: thu, text: "the board dinner on the 21st, can we move it a day earlier", field: "when", want: []string{"2026-03-20"}},
		{name: "ToAnyTime", now: thu, text: "reschedule tomorrow's 9am with Dr. Park to any time Monday morning", field: "when", want: []string{"2026-03-09T09:00:00-04:00"}},
		{name: "NeedItFor", now: thu, text: "pull the overtime data for the ICU, I need it for Monday", field: "due", want: []string{"2026-03-09"}},
		{name: "DueBeforeAPointingAsk", now: thu, text: "The auditors want the signed engagement letters by Friday. Can you pull them together?", field: "due", want: []string{"2026-03-06"}},
		{name: "NewTimeSaidBefore", now: thu, text: "The CEO called. She wants the strategic plan update moved to Monday. Can you make that happen?", field: "when", want: []string{"2026-03-09"}},
		{name: "ThroughIsARange", now: thu, text: "get me a rental car at the Phoenix airport for Monday through Wednesday", field: "due", want: []string{""}},
		{name: "IsNowA", now: thu, text: "the 2:15 is now a 2:45, let everyone know", field: "when", want: []string{"2026-03-05T14:45:00-05:00"}},
		{name: "ElectionDay", now: thu, text: "set up a call with Dana on Election Day", field: "when", want: []string{"2026-11-03"}},
		{name: "StPatricks", now: thu, text: "book lunch with the board on St. Patrick's Day", field: "when", want: []string{"2026-03-17"}},
		{name: "EndOfNamedMonth", now: thu, text: "set up a call with Dana at the end of April", field: "when", want: []string{"2026-04-30"}},
		{name: "ThisWeekend", now: thu, text: "book the boardroom for the retreat prep this weekend", field: "when", want: []string{"2026-03-07"}},
		{name: "PastWeekendIsContext", now: thu, text: "I was out over the weekend, can you book the boardroom", field: "when", want: []string{""}},
		{name: "CompactMinutes", now: thu, text: "set up a call with Dana Friday at 2, 15m", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}, dur: 15},
		{name: "HourAndMinutes", now: thu, text: "set up a call with Dana Friday at 2 for 1 hr 30 min", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}, dur: 90},
		{name: "ShiftWithoutAnchor", now: thu, text: "push the budget review back an hour", field: "when", want: []string{""}},
		{name: "ShiftThenCorrection", now: thu, text: "the huddle on monday, can we push it back a week, actually no make it tuesday the 17th", field: "when", want: []string{"2026-03-17"}},
		{name: "DaySaidBefore", now: thu, text: "the board meeting is Tuesday. Can you move it to the afternoon", field: "when", want: []string{"2026-03-10T14:00:00-04:00"}},
		{name: "OwnBusyDayNotTheMeetings", now: thu, text: "I'm out Monday. Can you move my 1:1 with Raj to 3?", field: "when", want: []string{"2026-03-05T15:00:00-05:00"}},
		{name: "ClockFragmentAfter", now: thu, text: "no wait, Wednesday not Tuesday for the ops huddle. 9am.", field: "when", want: []string{"2026-03-11T09:00:00-04:00"}},
		{name: "PutItOnMyCalendar", now: thu, text: "I want to sit in on their huddle on Monday at 7:45 to show support. Put it on my calendar.", field: "when", want: []string{"2026-03-09T07:45:00-04:00"}},
		{name: "SometimeInMonth", now: thu, text: "set up the strategy offsite sometime in May", field: "when", want: []string{"2026-05-01"}},
		{name: "EarlyMonth", now: thu, text: "book a flight to Denver in early April", field: "when", want: []string{"2026-04-01"}},
		{name: "PastMonthIsContext", now: thu, text: "schedule a review of what we did in February", field: "when", want: []string{""}},
	})
}
