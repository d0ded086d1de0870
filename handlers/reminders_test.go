package handlers_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

// withReminders rewires e's bot with reminders at a controllable clock and
// returns the reminders and the clock.
func withReminders(e *env, rec bot.Sender) (*handlers.Reminders, *time.Time) {
	clock := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	e.store.Now = func() time.Time { return clock }
	r := &handlers.Reminders{
		Store: e.store, Senders: map[string]bot.Sender{"test": rec}, Queues: map[string]string{"test": "CQUEUE"},
		EscalateAfter: 2 * time.Hour, DigestHour: 8, Now: func() time.Time { return clock },
	}
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Queues: r.Queues, Reminders: r, Users: testUsers})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
	r.Bot = e.bot
	return r, &clock
}

func TestReminders(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	rec := &testkit.Recorder{}
	r, clock := withReminders(e, rec)
	e.send("dana", "prepare the board deck by today 3pm") // DEL-1, due 15:00
	e.send("dana", "order new badges for the front desk") // DEL-2, no deadline
	e.send("alice", "/claim DEL-1")
	// A second replica over the same Redis ticks at the same moments.
	rec2 := &testkit.Recorder{}
	r2 := *r
	r2.Senders = map[string]bot.Sender{"test": rec2}

	tick := func(at time.Time) []bot.Outgoing {
		*clock = at
		rec.Reset()
		rec2.Reset()
		var wg sync.WaitGroup
		for _, x := range []*handlers.Reminders{r, &r2} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := x.Tick(ctx); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		return append(rec.Out(), rec2.Out()...)
	}
	day := func(h, m int) time.Time { return time.Date(2026, 11, 27, h, m, 0, 0, time.UTC) }

	if out := tick(day(10, 0)); len(out) != 0 {
		t.Fatalf("10:00: %d messages, want none", len(out))
	}
	out := tick(day(11, 5))
	if len(out) != 1 || out[0].Destination().Channel != "CQUEUE" || !strings.HasPrefix(out[0].Text(), "Still unclaimed after 2h0m0s: DEL-2") {
		t.Fatalf("11:05 escalation: %q", texts(out))
	}
	out = tick(day(14, 1))
	if len(out) != 1 || out[0].Destination().User != "alice" || !strings.HasPrefix(out[0].Text(), "Reminder: due") {
		t.Fatalf("14:01 due-soon: %q", texts(out))
	}
	out = tick(day(15, 0))
	if len(out) != 2 || !strings.HasPrefix(out[0].Text(), "Overdue since") {
		t.Fatalf("15:00 overdue to assignee and requester: %q", texts(out))
	}
	if out := tick(day(16, 0)); len(out) != 0 {
		t.Fatalf("a reminder was sent twice: %q", texts(out))
	}
	out = tick(time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC))
	if len(out) != 1 || out[0].Destination().User != "dana" || !strings.HasPrefix(out[0].Text(), "Your 2 open requests:") {
		t.Fatalf("digest: %q", texts(out))
	}
	e.send("alice", "/done DEL-1")
	if out := tick(time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)); len(out) != 1 || !strings.HasPrefix(out[0].Text(), "Your 1 open request:") {
		t.Fatalf("next day's digest: %q", texts(out))
	}
}

func TestReminderRetriedAfterFailure(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	r, clock := withReminders(e, &testkit.Recorder{Fail: context.DeadlineExceeded})
	r.EscalateAfter = time.Hour
	e.send("dana", "order new badges for the front desk")
	*clock = clock.Add(2 * time.Hour)
	if err := r.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	rec := &testkit.Recorder{}
	r.Senders = map[string]bot.Sender{"test": rec}
	if err := r.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(rec.Out()) != 0 {
		t.Fatal("a failed job ran again before its lease expired")
	}
	*clock = clock.Add(2 * time.Minute) // the lease has expired
	if err := r.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(rec.Out()) != 1 || !strings.HasPrefix(rec.Out()[0].Text(), "Still unclaimed") {
		t.Fatalf("after the lease: %q", texts(rec.Out()))
	}
}

// TestRemindMe: "remind me ..." DMs the requester at the time, once; a
// cancelled reminder stays quiet.
func TestRemindMe(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	rec := &testkit.Recorder{}
	r, clock := withReminders(e, rec)
	r.EscalateAfter, r.DigestHour = 0, -1
	e.send("dana", "remind me to call the CFO today at 2pm")         // DEL-1
	e.send("dana", "remind me to sign the payroll approvals at 4pm") // DEL-2
	e.send("dana", "/cancel DEL-2")
	tick := func(h int) []bot.Outgoing {
		*clock = time.Date(2026, 11, 27, h, 0, 0, 0, time.UTC)
		rec.Reset()
		if err := r.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		return rec.Out()
	}
	if out := tick(13); len(out) != 0 {
		t.Fatalf("13:00: %q, want nothing yet", texts(out))
	}
	out := tick(14)
	if len(out) != 1 || out[0].Destination().User != "dana" || !strings.HasPrefix(out[0].Text(), "Reminder: DEL-1") {
		t.Fatalf("14:00: %q, want one DM to dana", texts(out))
	}
	if out := tick(17); len(out) != 0 {
		t.Fatalf("17:00: %q, want nothing (sent once; DEL-2 cancelled)", texts(out))
	}
}

// TestDigestLocalHour: the daily digest reaches each executive at
// DigestHour of their own time zone (their profile's), not of UTC.
func TestDigestLocalHour(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	rec := &testkit.Recorder{}
	r, clock := withReminders(e, rec)
	e.send("dana", "order new badges for the front desk")
	if err := e.store.SaveProfile(ctx, e.ws, "test", "dana", map[string]string{"tz": "America/New_York"}, 0); err != nil {
		t.Fatal(err)
	}
	for hour := 0; hour < 24; hour++ {
		rec.Reset()
		*clock = time.Date(2026, 11, 28, hour, 0, 0, 0, time.UTC)
		if err := r.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		var digests int
		for _, m := range rec.Out() {
			if m.Destination().Workspace == e.ws && strings.HasPrefix(m.Text(), "Your 1 open request:") {
				digests++
			}
		}
		want := 0
		if hour == 13 { // 08:00 in New York
			want = 1
		}
		if digests != want {
			t.Errorf("%02d:00 UTC: %d digests, want %d", hour, digests, want)
		}
	}
}
