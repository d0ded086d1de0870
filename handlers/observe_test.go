package handlers_test

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/testkit"
)

// TestSchedulerLagAndTransitions: reminders report how late each job runs,
// and the store reports each transition it applied (not a refused one), for
// the metrics.
func TestSchedulerLagAndTransitions(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	r, clock := withReminders(e, &testkit.Recorder{})
	r.EscalateAfter = time.Hour
	r.DigestHour = -1 // other tests tick every workspace: leave no digest behind
	var transitions []delegatebot.Action
	e.store.OnTransition = func(a delegatebot.Action) { transitions = append(transitions, a) }
	e.send("dana", "order new badges for the front desk")
	var lags []time.Duration
	r.OnLag = func(d time.Duration) { lags = append(lags, d) }
	*clock = clock.Add(time.Hour + 5*time.Minute) // the escalation was due 5 minutes ago
	if err := r.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if len(lags) != 1 || lags[0] != 5*time.Minute {
		t.Fatalf("lags = %v, want one of 5m", lags)
	}
	e.send("alice", "/claim DEL-1")
	e.send("bob", "/claim DEL-1") // refused: already claimed
	if len(transitions) != 1 || transitions[0] != delegatebot.ActionClaim {
		t.Fatalf("transitions = %v, want one claim", transitions)
	}
}
