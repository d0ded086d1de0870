package intents_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/intents"
)

func TestAnswer(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, ny) // a Friday
	for _, tc := range []struct {
		name, text string
		in         delegatebot.Intent
		when, due  string
		wantPerson string
	}{
		{"WeekdayAndHour", "thursday at 3", delegatebot.IntentReschedule, "2026-12-03T15:00:00-05:00", "", ""},
		{"BareClock", "4pm", delegatebot.IntentSchedule, "2026-11-27T16:00:00-05:00", "", ""},
		{"Deadline", "by Tuesday", delegatebot.IntentPrepareDoc, "", "2026-12-01", ""},
		{"Person", "Dr. Kim", delegatebot.IntentDraftReply, "", "", "Dr. Kim"},
		{"PersonWithTo", "to Dr. Kim please", delegatebot.IntentSend, "", "", "Dr. Kim"},
		{"Nothing", "no idea", delegatebot.IntentReschedule, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := intents.Rules{}.Answer(context.Background(), tc.text, now, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.When.String() != tc.when || r.Due.String() != tc.due {
				t.Fatalf("when/due = %q/%q, want %q/%q", r.When, r.Due, tc.when, tc.due)
			}
			if tc.wantPerson != "" && !slices.Contains(r.People, tc.wantPerson) {
				t.Fatalf("people = %v, want %q", r.People, tc.wantPerson)
			}
		})
	}
}
