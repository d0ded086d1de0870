package intents

import (
	"context"
	"testing"
	"time"
)

// 2026-12-02 is a Wednesday.
const wedDec2 = "2026-12-02T10:00"

func TestThirdPersonNeedPointedBack(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "She", now: wedDec2, text: "She needs the cost model by Friday. Can you pull it together?", field: "due", want: []string{"2026-12-04"}},
		{name: "He", now: wedDec2, text: "He needs the rota by Monday. Could you sort them out for him?", field: "due", want: []string{"2026-12-07"}},
		{name: "They", now: wedDec2, text: "They want the site visit packet by Thursday. Please put it together.", field: "due", want: []string{"2026-12-03"}},
	})
}

func TestThirdPersonNeedSubject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"She needs the budget deck by Friday. Can you pull it together?", "budget deck"},
		{"He wants the vendor contracts by Monday. Could you pull them together?", "vendor contracts"},
	} {
		r, err := Rules{}.Parse(context.Background(), tc.text, time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if r.Subject != tc.want {
			t.Errorf("%q: subject %q, want %q", tc.text, r.Subject, tc.want)
		}
	}
}

func TestFortnight(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "In", now: wedDec2, text: "set up a catch-up with the lab director in a fortnight", field: "when", want: []string{"2026-12-16"}},
		{name: "FromNow", now: wedDec2, text: "book a site visit with Keanu a fortnight from now", field: "when", want: []string{"2026-12-16"}},
		{name: "Within", now: wedDec2, text: "I need the credentialing packet within a fortnight", field: "due", want: []string{"2026-12-16"}},
		{name: "Two", now: wedDec2, text: "remind me in two fortnights to renew the parking permits", field: "when", want: []string{"2026-12-30"}},
	})
}

func TestQuickMeetingLength(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "Quick15", now: wedDec2, text: "grab a quick 15 with Lucia tomorrow about the linen contract", field: "when", want: []string{"2026-12-03"}, dur: 15},
		{name: "Quick30Clock", now: wedDec2, text: "find a quick 30 with the unit leads friday at 11", field: "when", want: []string{"2026-12-04T11:00:00-05:00"}, dur: 30},
		{name: "NoDay", now: wedDec2, text: "set up a quick 15 with Bartholomew", field: "when", want: []string{""}, dur: 15},
		{name: "HalfAnHour", now: wedDec2, text: "put half an hour on my calendar with Ingrid on monday", field: "when", want: []string{"2026-12-07"}, dur: 30},
		{name: "HourAndAHalf", now: wedDec2, text: "hold an hour and a half on thursday afternoon for the capital planning session", field: "when", want: []string{"2026-12-03T14:00:00-05:00"}, dur: 90},
	})
}

func TestWeekends(t *testing.T) {
	const sun = "2026-12-06T10:00"
	runTimeCases(t, []timeCase{
		{name: "Next", now: wedDec2, text: "set up a call with the foundation board chair next weekend", field: "when", want: []string{"2026-12-12"}},
		{name: "NextOnSunday", now: sun, text: "set up a call with the foundation board chair next weekend", field: "when", want: []string{"2026-12-12"}},
		{name: "ThisComing", now: wedDec2, text: "book a dinner with Yusuf and Hana this coming weekend", field: "when", want: []string{"2026-12-05"}},
		{name: "AfterNext", now: wedDec2, text: "schedule the leadership retreat the weekend after next", field: "when", want: []string{"2026-12-19"}},
		{name: "TheComing", now: wedDec2, text: "schedule the server cutover for the coming weekend", field: "when", want: []string{"2026-12-05"}},
	})
}

func TestRestOfThisWeek(t *testing.T) {
	const sun = "2026-12-06T10:00"
	runTimeCases(t, []timeCase{
		{name: "Later", now: wedDec2, text: "set up a walkthrough with Dolores later this week", field: "when", want: []string{"2026-12-03"}},
		{name: "Sometime", now: wedDec2, text: "get the wound care vendor on my calendar sometime this week", field: "when", want: []string{"2026-12-03"}},
		{name: "SomeTime", now: wedDec2, text: "find some time this week for me and Anneliese to go over the grant", field: "when", want: []string{"2026-12-03"}},
		{name: "SundayNone", now: sun, text: "set up a walkthrough with Dolores later this week", field: "when", want: []string{""}},
		{name: "BareThisWeekNone", now: wedDec2, text: "cancel my check-in with Rosalind this week", field: "when", want: []string{""}},
		{name: "EarlyNext", now: wedDec2, text: "book a debrief with the sim lab team early next week", field: "when", want: []string{"2026-12-07"}},
		{name: "EndOfNext", now: wedDec2, text: "set up a budget review with Tobias end of next week", field: "when", want: []string{"2026-12-11"}},
		{name: "EndOfNextDue", now: wedDec2, text: "pull together the vendor scorecards by end of next week", field: "due", want: []string{"2026-12-11"}},
	})
}

// March 2027 starts on a Monday; May 2027 on a Saturday; December 2026 on a
// Tuesday.
func TestWeekOfMonth(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "First", now: wedDec2, text: "schedule the leadership retreat the first week of March", field: "when", want: []string{"2027-03-01"}},
		{name: "FirstStartsOnThe1st", now: "2027-05-20T10:00", text: "schedule the leadership retreat the first week of June", field: "when", want: []string{"2027-06-01"}},
		{name: "SecondMay", now: wedDec2, text: "hold the second week of May for the Joint Commission mock survey", field: "when", want: []string{"2027-05-10"}},
		{name: "Last", now: wedDec2, text: "schedule the volunteer luncheon for the last week of March", field: "when", want: []string{"2027-03-22"}},
		{name: "LastOfTheMonth", now: wedDec2, text: "set up the town hall the last week of the month", field: "when", want: []string{"2026-12-28"}},
		{name: "Digits", now: wedDec2, text: "book the auditorium the 3rd week in January", field: "when", want: []string{"2027-01-18"}},
		{name: "Due", now: wedDec2, text: "I need the accreditation binder by the second week of January", field: "due", want: []string{"2027-01-11"}},
		{name: "Year", now: wedDec2, text: "book the auditorium the first week of March 2028", field: "when", want: []string{"2028-03-01"}},
		{name: "Fifth", now: wedDec2, text: "book the auditorium the fifth week of February", field: "when", want: []string{""}},
		{name: "WeekOfThe14th", now: wedDec2, text: "set up the vendor fair the week of the 14th", field: "when", want: []string{"2026-12-14"}},
	})
}

func TestDurationsAndRelativeWeeks(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "CoupleOut", now: wedDec2, text: "book a follow-up with Ines a couple of weeks out", field: "when", want: []string{"2026-12-16"}},
		{name: "WeeksTime", now: wedDec2, text: "book a follow-up with Ines in two weeks' time", field: "when", want: []string{"2026-12-16"}},
		{name: "FortnightsTime", now: wedDec2, text: "book a follow-up with Ines in a fortnight's time", field: "when", want: []string{"2026-12-16"}},
		{name: "ForHourAndAHalf", now: wedDec2, text: "set up a meeting with Ines on monday for an hour and a half", field: "when", want: []string{"2026-12-07"}, dur: 90},
	})
}

func TestLengthIsNotSubject(t *testing.T) {
	for _, text := range []string{
		"set up a meeting with Ines for an hour and a half",
		"set up a meeting with Ines for half an hour",
	} {
		r, err := Rules{}.Parse(context.Background(), text, time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if r.Subject != "meeting" {
			t.Errorf("%q: subject %q, want %q", text, r.Subject, "meeting")
		}
	}
}
