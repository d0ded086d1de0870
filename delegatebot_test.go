package delegatebot_test

import (
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
