package intents

import (
	"context"
	"testing"
	"time"
)

// TestPersonDates: a date the PHI detector marks as a person's (a DOB, an
// admission) never becomes a request's when or due; the request's own time
// still does.
func TestPersonDates(t *testing.T) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	p := PersonDates{Parser: Rules{}}
	for _, tc := range []struct {
		text, when string
	}{
		{"Schedule a family meeting for pt Maria Lopez, DOB 03/14/1962, MRN 4482913, tomorrow at 2pm", "2026-11-28T14:00:00Z"},
		{"remind me about pt Harold Finch born 12/1/1950, DOB 12/1/1950", ""},
		{"Reschedule the discharge planning meeting for patient James Okafor, DOB 7/22/1949, to next week", "2026-11-30"},
		{"move my board meeting to Thursday at 3", "2026-12-03T15:00:00Z"},
		// The requester's own appointment is the time of the task, even
		// when the detector marks its date.
		{"please cancel my physical therapy appointment on 12/9, I'm traveling", "2026-12-09"},
		{"Set up a call with the family of pt Rosa Diaz, admitted 11/20, on 12/2 at 10", "2026-12-02T10:00:00Z"},
	} {
		req, err := p.Parse(context.Background(), tc.text, now)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !req.When.IsZero() {
			got = req.When.String()
		}
		if got != tc.when {
			t.Errorf("%q: when = %q, want %q", tc.text, got, tc.when)
		}
		if !req.Due.IsZero() && req.Due.T.Year() < 2026 {
			t.Errorf("%q: due = %v, a person's date", tc.text, req.Due)
		}
	}
}
