package delegatebot_test

import (
	"slices"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
)

func TestParseTicketID(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"DEL-42", 42}, {"del-7", 7}, {"#12", 12}, {"3", 3}, {" DEL-1 ", 1},
		{"DEL-", 0}, {"DEL-0", 0}, {"DEL--1", 0}, {"tomorrow", 0}, {"DEL-99999999999999", 0}, {"", 0},
	} {
		got, err := delegatebot.ParseTicketID(tc.in)
		if got != tc.want || (err == nil) != (tc.want != 0) {
			t.Errorf("ParseTicketID(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
		if err != nil && delegatebot.ErrorCode(err) != delegatebot.EINVALID {
			t.Errorf("ParseTicketID(%q) error code = %s, want EINVALID", tc.in, delegatebot.ErrorCode(err))
		}
	}
}

func TestMoment(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	at := delegatebot.At(time.Date(2026, 12, 3, 15, 0, 0, 0, ny))
	day := delegatebot.DateOf(time.Date(2026, 12, 3, 15, 0, 0, 0, ny))
	for _, tc := range []struct {
		m          delegatebot.Moment
		str, human string
		json       string
	}{
		{at, "2026-12-03T15:00:00-05:00", "Thu Dec 3 15:00", `"2026-12-03T15:00:00-05:00"`},
		{day, "2026-12-03", "Thu Dec 3", `"2026-12-03"`},
		{delegatebot.Moment{}, "", "", "null"},
	} {
		b, _ := tc.m.MarshalJSON()
		if tc.m.String() != tc.str || tc.m.Human() != tc.human || string(b) != tc.json {
			t.Errorf("moment %v: got %q %q %s, want %q %q %s", tc.m.T, tc.m.String(), tc.m.Human(), b, tc.str, tc.human, tc.json)
		}
		var back delegatebot.Moment
		if err := back.UnmarshalJSON(b); err != nil || back.String() != tc.str {
			t.Errorf("round trip of %s = %q (err %v)", b, back.String(), err)
		}
	}
}

func TestSummary(t *testing.T) {
	tk := &delegatebot.Ticket{
		Number: 1, Intent: delegatebot.IntentReschedule, Subject: "board meeting", Status: delegatebot.StatusOpen,
		When: delegatebot.At(time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)),
	}
	if got, want := tk.Summary(), "DEL-1 · calendar.reschedule · board meeting · Thu Dec 3 15:00 · open"; got != want {
		t.Fatalf("Summary() = %q, want %q", got, want)
	}
}

func TestErrors(t *testing.T) {
	err := delegatebot.Errorf(delegatebot.ECONFLICT, "DEL-%d is done.", 3)
	if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT || delegatebot.ErrorMessage(err) != "DEL-3 is done." {
		t.Fatalf("coded error: %s / %s", delegatebot.ErrorCode(err), delegatebot.ErrorMessage(err))
	}
	var plain error = &time.ParseError{}
	if delegatebot.ErrorCode(plain) != delegatebot.EINTERNAL || delegatebot.ErrorMessage(plain) != "Internal error." {
		t.Fatal("an uncoded error must read as internal")
	}
	if delegatebot.ErrorCode(nil) != "" {
		t.Fatal("nil error has a code")
	}
}

// TestActionTable: every action is fully described, offers its button only
// where it may be taken, and the life cycle follows the table.
func TestActionTable(t *testing.T) {
	seen := map[delegatebot.Action]bool{}
	for _, s := range delegatebot.ActionTable {
		if seen[s.Action] {
			t.Errorf("%s listed twice", s.Action)
		}
		seen[s.Action] = true
		if len(s.From) == 0 || !s.To.Valid() || s.Verb == "" || s.Past == "" || s.Label == "" {
			t.Errorf("%s is incomplete: %+v", s.Action, s)
		}
		for _, st := range s.Buttons {
			if _, err := s.Action.Next("DEL-1", st, ""); err != nil {
				t.Errorf("%s has a button on %s cards but cannot be taken from %s", s.Action, st, st)
			}
		}
		for _, st := range s.From {
			if got, err := s.Action.Next("DEL-1", st, ""); err != nil || got != s.To {
				t.Errorf("%s from %s = %s, %v; want %s", s.Action, st, got, err, s.To)
			}
		}
	}
	if _, ok := delegatebot.ParseAction("frob"); ok {
		t.Error("ParseAction accepted an unknown action")
	}
	var got []delegatebot.Action
	for _, s := range delegatebot.ButtonsFor(delegatebot.StatusInProgress) {
		got = append(got, s.Action)
	}
	if want := []delegatebot.Action{delegatebot.ActionDone, delegatebot.ActionWait, delegatebot.ActionRelease}; !slices.Equal(got, want) {
		t.Errorf("in progress buttons = %v, want %v", got, want)
	}
}

func TestTicketUpdate(t *testing.T) {
	tk := &delegatebot.Ticket{Subject: "board meeting", Priority: delegatebot.PriorityNormal}
	urgent, people := delegatebot.PriorityUrgent, []string{"Dr. Kim"}
	u := delegatebot.TicketUpdate{Priority: &urgent, People: &people}
	if got := u.Names(); !slices.Equal(got, []string{"people", "priority"}) {
		t.Errorf("Names() = %v", got)
	}
	u.Apply(tk)
	if tk.Priority != urgent || !slices.Equal(tk.People, people) || tk.Subject != "board meeting" {
		t.Errorf("after Apply: %+v", tk)
	}
	if !(delegatebot.TicketUpdate{}).IsZero() {
		t.Error("the empty update is not zero")
	}
}
