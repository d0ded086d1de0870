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

// Which of several times is when, which is due, which only dates context.
func TestGrammarRoles(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "LeadBeforeMeeting", now: gThu, text: "ping me 20 minutes before my 4pm with the auditors", field: "when", want: []string{"2026-03-05T15:40:00-05:00"}},
		{name: "BeforeEventClock", now: gThu, text: "I need the packet before Friday's board meeting at 9", field: "due", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "BeforeEventNoWhen", now: gThu, text: "I need the packet before Friday's board meeting at 9", field: "when", want: []string{""}},
		{name: "BeforeItGoes", now: gThu, text: "get the signed waiver to legal before it goes to the committee on monday", field: "due", want: []string{"2026-03-09"}},
		{name: "InsteadOf", now: gThu, text: "can we move the ops review to 11 instead of 10 on tuesday", field: "when", want: []string{"2026-03-10T11:00:00-04:00"}},
		{name: "SameTime", now: gThu, text: "push Monday's 2pm budget review to Wednesday, same time", field: "when", want: []string{"2026-03-11T14:00:00-04:00"}},
		{name: "DayBeforeClock", now: gThu, text: "set up the Mon 3/16 vendor demo for 1:30", field: "when", want: []string{"2026-03-16T13:30:00-04:00"}},
		{name: "DayAfterClockPart", now: gThu, text: "book me a seat on the 6:40 train Friday morning", field: "when", want: []string{"2026-03-06T06:40:00-05:00"}},
		{name: "MoveFromTo", now: gThu, text: "move the town hall from the 12th to the 19th at 4", field: "when", want: []string{"2026-03-19T16:00:00-04:00"}},
		{name: "MoveFromClockTo", now: gThu, text: "shift the safety huddle from 7 to half past 7 on monday", field: "when", want: []string{"2026-03-09T07:30:00-04:00"}},
		{name: "CorrectionBareHour", now: gThu, text: "set up a call with Omar tomorrow at 2, no wait, 3", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "MorningSettlesAm", now: gThu, text: "book the 6:10 train tmrw am", field: "when", want: []string{"2026-03-06T06:10:00-05:00"}},
	})
}

// A recurrence is labelled with its first occurrence.
func TestGrammarRecurrence(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "EveryStarting", now: gThu, text: "book the small conference room every Monday at 8, starting next week", field: "when", want: []string{"2026-03-09T08:00:00-04:00"}},
		{name: "PluralWeekday", now: gThu, text: "set up a weekly check-in with Priya on Tuesdays at 3", field: "when", want: []string{"2026-03-10T15:00:00-04:00"}},
		{name: "EveryInMonth", now: gThu, text: "reserve the auditorium every Thursday in April", field: "when", want: []string{"2026-04-02"}},
		{name: "EveryOtherStartingDate", now: gThu, text: "hold every other Friday at noon for the finance sync starting the 13th", field: "when", want: []string{"2026-03-13T12:00:00-04:00"}},
	})
}

func TestGrammarZonesAndClocks(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "LowerCaseRegion", now: gThu, text: "set up a call with the Cleveland team tomorrow at 10 central", field: "when", want: []string{"2026-03-06T11:00:00-05:00"}},
		{name: "TheirTime", now: gThu, text: "schedule a call with our Seattle partners Monday at 9 their time", field: "when", want: []string{"2026-03-09T12:00:00-04:00"}},
		{name: "HawaiiTime", now: gThu, text: "call with the clinic Friday 8am Hawaii time", field: "when", want: []string{"2026-03-06T13:00:00-05:00"}},
		{name: "MilitaryHrs", now: gThu, text: "set the EOC briefing for 0615 hrs Monday", field: "when", want: []string{"2026-03-09T06:15:00-04:00"}},
		{name: "MilitaryTonight", now: gThu, text: "remind me 2130 tonight to sign off the schedule", field: "when", want: []string{"2026-03-05T21:30:00-05:00"}},
		{name: "NoonRange", now: gThu, text: "hold the auditorium friday noon-2:30", field: "when", want: []string{"2026-03-06T12:00:00-05:00"}},
		{name: "RangeToNoon", now: gThu, text: "book the training room on 3/20, 9 to noon", field: "when", want: []string{"2026-03-20T09:00:00-04:00"}},
		{name: "SpanishHalf", now: gThu, text: "set up a call with Dra. Soto el lunes a las diez y media", field: "when", want: []string{"2026-03-09T10:30:00-04:00"}},
		{name: "SpanishEvening", now: gThu, text: "remind me mañana a las 7 de la tarde to call Elena", field: "when", want: []string{"2026-03-06T19:00:00-05:00"}},
	})
}

func TestGrammarPeriods(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "EndOfQ2", now: gThu, text: "I need the accreditation binder by the end of Q2", field: "due", want: []string{"2026-06-30"}},
		{name: "QuarterEnd", now: gThu, text: "please prepare the capital plan memo by quarter end", field: "due", want: []string{"2026-03-31"}},
		{name: "WeekAfterHoliday", now: gThu, text: "schedule the offsite the week after Memorial Day", field: "when", want: []string{"2026-06-01"}},
		{name: "WeekAfterNextDay", now: gThu, text: "book the flight for the week after next, Wednesday", field: "when", want: []string{"2026-03-18"}},
	})
}

func TestGrammarRelativeDays(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "FollowingMorning", now: gThu, text: "the quality huddle is friday at 2 but Ana is out, push it to 10 the following morning", field: "when", want: []string{"2026-03-07T10:00:00-05:00"}},
		{name: "NthWeekdayNoMonth", now: gThu, text: "move the finance committee to the fourth Wednesday", field: "when", want: []string{"2026-03-25"}},
		{name: "NthWeekdayNextMonth", now: gThu, text: "move the finance committee to the first Wednesday", field: "when", want: []string{"2026-04-01"}},
		{name: "NthAfterHoliday", now: gThu, text: "schedule the kickoff for the second Monday after Labor Day", field: "when", want: []string{"2026-09-21"}},
		{name: "Easter", now: gThu, text: "book me a flight home the day after Easter", field: "when", want: []string{"2026-04-06"}},
	})
}

// Misspelt weekday and month names, and hours as dictation hears them.
func TestGrammarTypos(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "WeekdayTwoEdits", now: gThu, text: "set up the vendor call wensday at 11", field: "when", want: []string{"2026-03-11T11:00:00-04:00"}},
		{name: "MonthTwoEdits", now: gThu, text: "book the offsite for Setpember 22", field: "when", want: []string{"2026-09-22"}},
		{name: "NotAName", now: gThu, text: "set up the vendor call with Thursby at 11", field: "when", want: []string{"2026-03-05T11:00:00-05:00"}},
		{name: "HomophoneOclock", now: gThu, text: "cancel the too o'clock with facilities", field: "when", want: []string{"2026-03-05T14:00:00-05:00"}},
		{name: "HomophoneAt", now: gThu, text: "set up a call with Lena tomorrow at for", field: "when", want: []string{"2026-03-06T16:00:00-05:00"}},
	})
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"wensday", "wednesday", 2}, {"thrusday", "thursday", 1}, {"octopus", "october", 3}, {"same", "same", 0}} {
		if got := editDistance(tc.a, tc.b, 2); got != min(tc.want, 3) {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, min(tc.want, 3))
		}
	}
}

func TestGrammarClockShades(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "IMean", now: gThu, text: "book the call Friday at 3, I mean 4", field: "when", want: []string{"2026-03-06T16:00:00-05:00"}},
		{name: "NoComma", now: gThu, text: "push the huddle to 2, no 2:30", field: "when", want: []string{"2026-03-05T14:30:00-05:00"}},
		{name: "HyphenWords", now: gThu, text: "set up a call with Dana tomorrow at two-thirty", field: "when", want: []string{"2026-03-06T14:30:00-05:00"}},
		{name: "OhFive", now: gThu, text: "set up a call with Dana tomorrow at nine oh five", field: "when", want: []string{"2026-03-06T09:05:00-05:00"}},
		{name: "Ish", now: gThu, text: "set up a call with Dana tomorrow around 4ish", field: "when", want: []string{"2026-03-06T16:00:00-05:00"}},
		{name: "AfterLunch", now: gThu, text: "set up a call with Dana tomorrow after lunch", field: "when", want: []string{"2026-03-06T13:00:00-05:00"}},
		{name: "LateMorning", now: gThu, text: "set up a call with Dana friday late morning", field: "when", want: []string{"2026-03-06T11:00:00-05:00"}},
		{name: "DayByClock", now: gThu, text: "I have to be in Tampa for the summit Monday by 10am, find me a flight", field: "due", want: []string{"2026-03-09T10:00:00-04:00"}},
	})
}

func TestGrammarDeadlines(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "AheadOf", now: gThu, text: "please prepare the talking points ahead of Monday's board meeting", field: "due", want: []string{"2026-03-09"}},
		{name: "PriorToEvent", now: gThu, text: "please prepare the talking points prior to the quality council on the 12th", field: "due", want: []string{"2026-03-12"}},
		{name: "DeadlineIs", now: gThu, text: "register me for the AONL conference, the deadline is the 20th", field: "due", want: []string{"2026-03-20"}},
		{name: "WantedIn", now: gThu, text: "Could you prepare a variance analysis of the ED overtime? I'd like it in ten days.", field: "due", want: []string{"2026-03-15"}},
		{name: "OnMyDesk", now: gThu, text: "I need the capital request memo on my desk Friday morning", field: "due", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "DocForEventNotDue", now: gThu, text: "prepare the agenda for Monday's retreat", field: "due", want: []string{""}},
	})
}

func TestGrammarMore(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "DaysBeforeEvent", now: gThu, text: "The auditors arrive on the 20th. Please prepare the binder, ideally three days before.", field: "due", want: []string{"2026-03-17"}},
		{name: "WeekdayBareDay", now: gThu, text: "move the research committee to Friday 27 at 9:30", field: "when", want: []string{"2026-03-27T09:30:00-04:00"}},
		{name: "SpacedBeforeDay", now: gThu, text: "1:1 with Deb 2 45 tmrw", field: "when", want: []string{"2026-03-06T14:45:00-05:00"}},
		{name: "ToWordsAfterMove", now: gThu, text: "the design review on friday at nine, can you move it to eleven", field: "when", want: []string{"2026-03-06T11:00:00-05:00"}},
		{name: "OrDays", now: gThu, text: "find a slot for Raj and me, either Monday or Tuesday at 8", field: "when", want: []string{"2026-03-09T08:00:00-04:00"}},
	})
}

func TestGrammarOrdinals(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "OrdinalThenWord", now: gThu, text: "cancel the book club on the 12th nobody finished it", field: "when", want: []string{"2026-03-12"}},
		{name: "OrdinalFloorNotDate", now: gThu, text: "book the room on the 3rd floor for Friday", field: "when", want: []string{"2026-03-06"}},
		{name: "OrdinalRange", now: gThu, text: "book me a hotel in Reno 18th-20th", field: "when", want: []string{"2026-03-18"}},
		{name: "MidMonth", now: gThu, text: "book me a flight to Reno mid-May", field: "when", want: []string{"2026-05-15"}},
	})
}

func TestGrammarNotCorrections(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NotButClock", now: gThu, text: "set up the call with Omar friday, not 2 but 3", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "ClockNotClock", now: gThu, text: "set up the call with Omar friday at 3, not 2", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "DayNotDay", now: gThu, text: "push the huddle to Tuesday, not Monday", field: "when", want: []string{"2026-03-10"}},
		{name: "DuckRangeMonth", now: gThu, text: "book me a hotel in Austin 9-12 april", field: "when", want: []string{"2026-04-09"}},
	})
}

func TestGrammarSendAndNamedHours(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "SendAfterTopic", now: gThu, text: "Please email the nurse managers about the new badge policy tomorrow at 9.", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "SendContentNotWhen", now: gThu, text: "tell the team that the drill is on Tuesday", field: "when", want: []string{""}},
		{name: "ScheduledSendEOD", now: gThu, text: "write an email to the CNO about staffing and schedule it to go out eod friday", field: "when", want: []string{"2026-03-06T17:00:00-05:00"}},
		{name: "BeforeMyHour", now: gThu, text: "need a reply drafted to Ines about the locum contract before my 4", field: "due", want: []string{"2026-03-05T16:00:00-05:00"}},
		{name: "NYE", now: gThu, text: "route the CON application for signature by nye", field: "due", want: []string{"2026-12-31"}},
		{name: "DayThenWordHour", now: gThu, text: "get my badge reprinted by Friday three, no hurry", field: "due", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "MoveToThenRange", now: gThu, text: "bump the service line review to Monday from 2 to 3:30", field: "when", want: []string{"2026-03-09T14:00:00-04:00"}},
		{name: "FromOldDayNotLent", now: gThu, text: "could someone shift the check-in from tuesday at 2 to 8?", field: "when", want: []string{"2026-03-06T08:00:00-05:00"}},
		{name: "SelfBusyIve", now: gThu, text: "I've got back-to-backs until noon -- please cancel the ops huddle today at 3", field: "due", want: []string{""}},
	})
}

func TestGrammarFollowingAndRecurring(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "FollowingWeekday", now: gThu, text: "please move my haircut from Saturday to the following Saturday", field: "when", want: []string{"2026-03-14"}},
		{name: "FollowingWeekSameDay", now: gThu, text: "the vendor review on monday -- push it to the following week, same day", field: "when", want: []string{"2026-03-16"}},
		{name: "TodayCommaBefore", now: gThu, text: "SET UP A CALL WITH THE CFO RE: PAYROLL. TODAY, BEFORE 5.", field: "due", want: []string{"2026-03-05T17:00:00-05:00"}},
		{name: "FirstFlightNotDate", now: gThu, text: "Book me on the first flight to Austin on Friday", field: "when", want: []string{"2026-03-06"}},
		{name: "AnyWeekdayIsContext", now: gThu, text: "I'm fine with it if it's on a Tuesday. Set it up for Tuesday the 17th, noon to 1", field: "when", want: []string{"2026-03-17T12:00:00-04:00"}},
		{name: "NthOfEachMonth", now: gThu, text: "set up monthly 1:1s with the CNO, first tuesday of each month at 7:30", field: "when", want: []string{"2026-04-07T07:30:00-04:00"}},
		{name: "FirstOne", now: gThu, text: "Set a recurring Wednesday 7:30 breakfast with the chairs, first one the week after next", field: "when", want: []string{"2026-03-18T07:30:00-04:00"}},
	})
}

func TestGrammarNightsAndZonedRanges(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "HotelNight", now: gThu, text: "book me a hotel in Tulsa for the night of the 12th", field: "when", want: []string{"2026-03-12"}},
		{name: "DinnerNight", now: gThu, text: "set up dinner with the trustees the night of the 12th at 7", field: "when", want: []string{"2026-03-12T19:00:00-04:00"}},
		{name: "ZonedRange", now: gThu, tz: "America/Chicago", text: "set a working session with the controller Friday 9-11 am Pacific", field: "when", want: []string{"2026-03-06T11:00:00-06:00"}},
	})
}

func TestGrammarEventLead(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "RemindBeforeEventLater", now: gThu, text: "remind me an hour before the gala, it's at 7pm Saturday", field: "when", want: []string{"2026-03-07T18:00:00-05:00"}},
		{name: "BlockBeforeEventLater", now: gThu, text: "hold twenty minutes before the board meeting friday for me to prep, it starts at nine", field: "when", want: []string{"2026-03-06T08:40:00-05:00"}},
	})
}

func TestGrammarAnaphoraAndMonthly(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "DayOfEveryMonth", now: gThu, text: "set a reminder for the 1st of every month to review the dashboard", field: "when", want: []string{"2026-04-01"}},
		{name: "OClockSpaced", now: gThu, text: "let's say four o clock monday for the interview with the candidate", field: "when", want: []string{"2026-03-09T16:00:00-04:00"}},
		{name: "DueToMe", now: gThu, text: "draft the monthly update memo, due to me the last Friday of the month", field: "due", want: []string{"2026-03-27"}},
		{name: "OrdinalThenPronoun", now: gThu, text: "the exec committee on the twelfth I can't make it", field: "when", want: []string{"2026-03-12"}},
		{name: "ForThen", now: gThu, text: "Nope, it's Friday the 13th not Tuesday. Book the car for then, 6am.", field: "when", want: []string{"2026-03-13T06:00:00-04:00"}},
	})
}

func TestGrammarWeekOfNamedDay(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "WeekdayMeetingNextWeek", now: gThu, text: "can we get the Tuesday safety huddle moved up to 7:15 starting next week", field: "when", want: []string{"2026-03-10T07:15:00-04:00"}},
	})
}

func TestGrammarSelfStatusDay(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "OwnDayThenAskClock", now: gThu, text: "I'm off Monday -- remind me at quarter to four to call the bank", field: "when", want: []string{"2026-03-05T15:45:00-05:00"}},
		{name: "OwnDayIsTheDay", now: gThu, text: "I'm out Friday, cancel my 1:1s", field: "when", want: []string{"2026-03-06"}},
	})
}

func TestGrammarDaysBeforeEvent(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "RemindDaysBefore", now: gThu, text: "remind me 3 days before the survey on the 20th", field: "when", want: []string{"2026-03-17"}},
		{name: "RemindDayBefore", now: gThu, text: "remind me the day before the gala on the 20th", field: "when", want: []string{"2026-03-19"}},
		{name: "PrepareWeekBefore", now: gThu, text: "please prepare the binder a week before the audit on the 20th", field: "due", want: []string{"2026-03-13"}},
		{name: "HalfAnHourBefore", now: gThu, text: "remind me half an hour before the board meeting at 2", field: "when", want: []string{"2026-03-05T13:30:00-05:00"}},
	})
}

func TestGrammarShortRelative(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "InTwenty", now: gThu, text: "remind me in 20", field: "when", want: []string{"2026-03-05T10:20:00-05:00"}},
		{name: "TopOfHour", now: gThu, text: "remind me at the top of the hour to call Ana", field: "when", want: []string{"2026-03-05T11:00:00-05:00"}},
	})
}

func TestGrammarDeadlineNextSentence(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NeedItBefore", now: gThu, text: "can u dig up the signed offer letters? need them before the ops council at 2:45pm", field: "due", want: []string{"2026-03-05T14:45:00-05:00"}},
	})
}

func TestGrammarMilitarySuffix(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "HSuffix", now: gThu, text: "schedule the drill debrief 1330h Friday", field: "when", want: []string{"2026-03-06T13:30:00-05:00"}},
		{name: "LocalSuffix", now: gThu, text: "schedule the EOC brief tomorrow at 1800L", field: "when", want: []string{"2026-03-06T18:00:00-05:00"}},
		{name: "DurationStays", now: gThu, text: "book the sim lab for a 2h session friday at 9", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
	})
}

func TestGrammarMonthThenNth(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NextMonthOnNth", now: gThu, text: "schedule the retreat next month on the 2nd Tuesday", field: "when", want: []string{"2026-04-14"}},
		{name: "MonthThenNth", now: gThu, text: "schedule the retreat in May, the first Monday", field: "when", want: []string{"2026-05-04"}},
	})
}

func TestGrammarWeekAfterNextForms(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NoArticle", now: gThu, text: "book the retreat week after next", field: "when", want: []string{"2026-03-16"}},
		{name: "WeekdayThenWeek", now: gThu, text: "book the retreat Wednesday the week after next", field: "when", want: []string{"2026-03-18"}},
		{name: "AfterHour", now: gThu, text: "set up a call with Raj tomorrow after 3", field: "when", want: []string{"2026-03-06T15:00:00-05:00"}},
		{name: "HourThenToday", now: gThu, text: "set up a call with Raj 4 today", field: "when", want: []string{"2026-03-05T16:00:00-05:00"}},
	})
}

func TestGrammarIshWords(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "NineIsh", now: gThu, text: "set up a call with Raj tomorrow at nine-ish", field: "when", want: []string{"2026-03-06T09:00:00-05:00"}},
		{name: "Noonish", now: gThu, text: "set up a call with Raj tomorrow noonish", field: "when", want: []string{"2026-03-06T12:00:00-05:00"}},
	})
}

func TestGrammarThatMorning(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "ThatMorningAt", now: gThu, text: "Our retreat is on the 20th. Please book the bus for that morning at 7.", field: "when", want: []string{"2026-03-20T07:00:00-04:00"}},
		{name: "ThatAfternoon", now: gThu, text: "The CEO is in town Friday. Get me 30 minutes with her that afternoon.", field: "when", want: []string{"2026-03-06T14:00:00-05:00"}},
	})
}
