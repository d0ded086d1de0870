package intents

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
)

// TestAskEntities: subjects and people of the ask, from the list.
func TestAskEntities(t *testing.T) {
	cases := []struct {
		name, text, subject string
		people              []string
	}{
		{"LateToIsTheSubject", "let Raj know I'll be late to the budget review", "budget review", []string{"Raj"}},
		{"WriteBackHasNoSubjectBack", "write back to Dr. Imani", "", []string{"Dr. Imani"}},
		{"ReligiousTitle", "email Sister Mary Clare about the chapel schedule", "chapel schedule", []string{"Sister Mary Clare"}},
		{"TravelNounPhrase", "get me on a flight to DC Sunday night", "flight to DC", nil},
		{"ReminderAction", "remind me to call the CFO tomorrow at 9", "call the CFO", []string{"CFO"}},
		{"RoleAbbreviation", "send our GC the BAA", "BAA", []string{"GC"}},
		{"ListWithMe", "set up a call with Raj, Linda and me about the merger", "merger", []string{"Raj", "Linda"}},
		{"PossessiveGivenName", "push marisol's budget check-in to Friday", "budget check-in", []string{"marisol"}},
		{"LowerCaseNameAfterTitle", "email doctor okonkwo about the sepsis bundle", "sepsis bundle", []string{"doctor okonkwo"}},
		{"TitleBeforeNounIsNoPerson", "send the chaplain rota to the unit managers", "chaplain rota", []string{"unit managers"}},
		{"RoleWithWorkplace", "set up a call with the CFO at Riverside about the merger", "merger", []string{"CFO at Riverside"}},
		{"RoleWithUnit", "email the 7 West charge nurses about the float rules", "float rules", []string{"7 West charge nurses"}},
		{"AskPointsBack", "The capital committee on Monday. Please decline it.", "capital committee", nil},
		{"PurposeAfterModifier", "prepare a brief on the lab backlog for the board", "brief on the lab backlog", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkSubjectPeople(t, tc.text, parseText(t, tc.text), tc.subject, tc.people)
		})
	}
}

// TestGuess: Guess reads the likeliest ask, even of a message Parse would
// call chatter, so the bot can ask "did you want me to ...?".
func TestGuess(t *testing.T) {
	r, ok, err := Guess(context.Background(), "move the ops huddle to friday", gNow(t))
	if err != nil || !ok || r.Intent != delegatebot.IntentReschedule {
		t.Fatalf("Guess = %s, %v, %v; want a reschedule", r.Intent, ok, err)
	}
	if r, ok, _ := Guess(context.Background(), "thanks so much!", gNow(t)); ok && r.Intent == delegatebot.IntentNone {
		t.Fatalf("Guess returned none with ok")
	}
}

func gNow(t *testing.T) time.Time {
	t.Helper()
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	return time.Date(2026, 3, 5, 10, 0, 0, 0, loc)
}
