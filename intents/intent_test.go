package intents

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
)

var testNow = time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)

// checkSubjectPeople compares r's subject and people (in any order) with
// the wanted ones.
func checkSubjectPeople(t *testing.T, text string, r delegatebot.Request, subject string, people []string) {
	t.Helper()
	if r.Subject != subject {
		t.Errorf("%q: subject = %q, want %q", text, r.Subject, subject)
	}
	got, want := slices.Clone(r.People), slices.Clone(people)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%q: people = %q, want %q", text, r.People, people)
	}
}

func parseText(t testing.TB, text string) delegatebot.Request {
	t.Helper()
	r, err := Rules{}.Parse(context.Background(), text, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestIntentClassification(t *testing.T) {
	cases := []struct {
		name, text string
		want       delegatebot.Intent
	}{
		{"ScheduleCall", "set up a call with Priya next week about the budget", delegatebot.IntentSchedule},
		{"ScheduleSitDown", "I need to sit down with the CFO on friday", delegatebot.IntentSchedule},
		{"ScheduleTypo", "scedule the ops review tuesday", delegatebot.IntentSchedule},
		{"BookMeetingIsSchedule", "book a leadership huddle for monday", delegatebot.IntentSchedule},
		{"RescheduleMove", "mvoe the budget huddle to friday", delegatebot.IntentReschedule},
		{"RescheduleNegatedCancel", "don't cancel the safety huddle, just push it to monday", delegatebot.IntentReschedule},
		{"RescheduleProposal", "I can't make the finance committee thursday, can it be friday instead?", delegatebot.IntentReschedule},
		{"CancelTypo", "cancle the ethics retreat", delegatebot.IntentCancelMeeting},
		{"CancelFromCalendar", "take the vendor demo off my calendar", delegatebot.IntentCancelMeeting},
		{"CancelCantMake", "I can't make the finance committee on Thursday", delegatebot.IntentCancelMeeting},
		{"CancelFlightIsTravel", "cancel my flight to Denver", delegatebot.IntentTravel},
		{"CancelSlangSkip", "skip the quality council this week", delegatebot.IntentCancelMeeting},
		{"CancelSlangAxe", "axe my 1:1 with Marcus tomorrow", delegatebot.IntentCancelMeeting},
		{"CancelSlangEmbeddedClock", "ugh, scrap the 7am quality huddle tomorrow", delegatebot.IntentCancelMeeting},
		{"CancelSlangBareClock", "please ditch my 3:15 with Omar", delegatebot.IntentCancelMeeting},
		{"CancelSlangPossessiveDay", "skip friday's leadership standup", delegatebot.IntentCancelMeeting},
		{"GrabLunchForIsTask", "could you grab breakfast for the residents tomorrow at 7", delegatebot.IntentTask},
		{"GrabCoffeeWithIsMeeting", "grab coffee w/ Dr. Nguyen next week", delegatebot.IntentSchedule},
		{"GetMeReport", "get me the census report by end of month", delegatebot.IntentPrepareDoc},
		{"DraftReply", "draft a reply to Dr. Okafor's email about the parking garage", delegatebot.IntentDraftReply},
		{"ReplyTypo", "repyl to ingrid about the locum contract", delegatebot.IntentDraftReply},
		{"SendForward", "forward the survey results to the CNO", delegatebot.IntentSend},
		{"SendLetKnow", "let Dr. Ortiz know the meeting moved", delegatebot.IntentSend},
		{"SendNewEmailDraft", "draft an email to the unit managers about parking", delegatebot.IntentSend},
		{"Triage", "go thru my email and delete the newsletters", delegatebot.IntentTriage},
		{"TriageAntecedent", "My email is out of control. clean it up for me", delegatebot.IntentTriage},
		{"PrepareDeck", "put together a deck for the board retreat", delegatebot.IntentPrepareDoc},
		{"PrepareNeed", "I need the brief on the badge access changes by monday", delegatebot.IntentPrepareDoc},
		{"OrganizeFind", "track down the signed affiliation agreements", delegatebot.IntentOrganizeDocs},
		{"OrganizeSignatures", "get the CMO to sign the credentialing packets", delegatebot.IntentOrganizeDocs},
		{"OrganizeWhere", "where's the capital plan?", delegatebot.IntentOrganizeDocs},
		{"TravelFlight", "book me a flight to Chicago on March 20", delegatebot.IntentTravel},
		{"TravelRegistration", "get me registered for the AONL summit", delegatebot.IntentTravel},
		{"ReminderRemindMe", "remind me to sign the payroll approvals at 4", delegatebot.IntentReminder},
		{"ReminderDontForget", "don't let me forget the IRB renewal next friday", delegatebot.IntentReminder},
		{"ReminderMakeSure", "make sure I call the pharmacy tomorrow", delegatebot.IntentReminder},
		{"TaskRoom", "reserve the boardroom tomorrow 2-4pm", delegatebot.IntentTask},
		{"TaskExpense", "submit my mileage for the Tampa site visit", delegatebot.IntentTask},
		{"TaskOrder", "order breakfast for the ethics committee", delegatebot.IntentTask},
		{"StatusDone", "is the bylaws memo done yet?", delegatebot.IntentStatus},
		{"StatusOpen", "what's still open?", delegatebot.IntentStatus},
		{"StatusDidYou", "did you ever get the P&T committee moved?", delegatebot.IntentStatus},
		{"NoneThanks", "great, thanks!", delegatebot.IntentNone},
		{"NoneStatement", "I'm in clinic until 4", delegatebot.IntentNone},
		{"NoneDone", "the town hall went fine", delegatebot.IntentNone},
		{"NoneSelfAction", "I'll tell Bev myself", delegatebot.IntentNone},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			if r.Intent != tc.want {
				t.Errorf("%q: intent = %s, want %s", tc.text, r.Intent, tc.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	cases := []struct {
		name, text, subject string
		people              []string
		prio                delegatebot.Priority
	}{
		{"TopicAfterAbout", "draft a reply to Dr. Okafor's email about the cafeteria hours", "cafeteria hours", []string{"Dr. Okafor"}, delegatebot.PriorityNormal},
		{"ObjectWithModifiers", "prepare the agenda for the ethics committee", "agenda for the ethics committee", nil, delegatebot.PriorityNormal},
		{"RolesAndMentions", "set up a budget review with the chief of staff and <@U07XYZ12>", "budget review", []string{"chief of staff", "<@U07XYZ12>"}, delegatebot.PriorityNormal},
		{"ChannelNotPerson", "post the huddle notes in <#C024BE91L|nursing-leads>", "huddle notes", nil, delegatebot.PriorityNormal},
		{"OrgNotPerson", "mvoe the Aetna rate review with Dr. Sorensen to friday - urgent", "Aetna rate review", []string{"Dr. Sorensen"}, delegatebot.PriorityUrgent},
		{"LowPriority", "cancel the finance committee tuesday, low priority", "finance committee", nil, delegatebot.PriorityLow},
		{"NotUrgentIsLow", "not urgent, but order more toner", "toner", nil, delegatebot.PriorityLow},
		{"UrgentInName", "prepare the urgent care expansion memo", "urgent care expansion memo", nil, delegatebot.PriorityNormal},
		{"TodayIsHigh", "remove the lab turnaround review from my calendar today", "lab turnaround review", nil, delegatebot.PriorityHigh},
		{"CoordinatedRoles", "set up 30 min w/ the CIO and CISO sometime friday morning", "", []string{"CIO", "CISO"}, delegatebot.PriorityNormal},
		{"NameList", "set up a call with Omar, Lena and Dr. Ruiz about the merger", "merger", []string{"Omar", "Lena", "Dr. Ruiz"}, delegatebot.PriorityNormal},
		{"NameBeforeTime", "kill my 1:1 with Gwen tomorrow", "1:1", []string{"Gwen"}, delegatebot.PriorityNormal},
		{"CompoundRole", "email the charge nurses about the new badge policy", "new badge policy", []string{"charge nurses"}, delegatebot.PriorityNormal},
		{"GroupRecipientTopic", "message all unit directors re: the holiday coverage plan", "holiday coverage plan", []string{"unit directors"}, delegatebot.PriorityNormal},
		{"EveryoneTopic", "email everyone on the ethics committee about the retreat date", "retreat date", nil, delegatebot.PriorityNormal},
		{"NameListThenObject", "send Jen, Marco and Dr. Lee the draft bylaws", "draft bylaws", []string{"Jen", "Marco", "Dr. Lee"}, delegatebot.PriorityNormal},
		{"LowerCaseName", "send marguerite the magnet application", "magnet application", []string{"marguerite"}, delegatebot.PriorityNormal},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			checkSubjectPeople(t, tc.text, r, tc.subject, tc.people)
			if r.Priority != tc.prio {
				t.Errorf("%q: priority = %q, want %q", tc.text, r.Priority, tc.prio)
			}
		})
	}
}

func TestDurationAndMissing(t *testing.T) {
	r := parseText(t, "book 45 mins with Dr. Oyelaran next wednesday 10:15 am to review the cafeteria hours")
	if r.DurationMinutes != 45 {
		t.Errorf("duration = %d, want 45", r.DurationMinutes)
	}
	if r := parseText(t, "set up a 1.5 hr budget review friday"); r.DurationMinutes != 90 {
		t.Errorf("duration = %d, want 90", r.DurationMinutes)
	}
	if r := parseText(t, "remind me in 2 hours to call the pharmacy"); r.DurationMinutes != 0 {
		t.Errorf("relative time read as duration: got %d, want 0", r.DurationMinutes)
	}
	if r := parseText(t, "reschedule the ethics retreat"); !slices.Contains(r.Missing, "when") {
		t.Errorf("missing = %q, want it to contain when", r.Missing)
	}
	if r := parseText(t, "send the infection dashboard"); !slices.Contains(r.Missing, "people") {
		t.Errorf("missing = %q, want it to contain people", r.Missing)
	}
	if got := Required(delegatebot.IntentReminder); !slices.Contains(got, "when") {
		t.Errorf("Required(reminder) = %q, want when", got)
	}
	typo, clean := parseText(t, "cancle the ethics retreat"), parseText(t, "cancel the ethics retreat")
	if !(typo.Confidence < clean.Confidence) {
		t.Errorf("typo confidence %.2f, want below clean %.2f", typo.Confidence, clean.Confidence)
	}
}
