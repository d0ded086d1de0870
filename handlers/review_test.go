package handlers_test

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

func TestAccessReview(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	oc := handlers.OversightConfig{Admins: []string{"admin"}, Assistants: []string{"alice", "bob"}, ReviewEvery: 90 * 24 * time.Hour}
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Users: testUsers, Oversight: oc})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
	e.send("admin", "/role grant @carol assistant")
	e.send("admin", "/clearance grant @carol")
	e.send("admin", "/support @carol @dana")
	e.send("admin", "/phi approve #CPHI")

	if got := only(t, e.send("alice", "/review")); !strings.Contains(got, "Only admins can review access") {
		t.Fatalf("an assistant started a review: %q", got)
	}
	out := e.send("admin", "/review")
	if len(out) != 5 {
		t.Fatalf("review sent %d messages, want a summary and 4 cards: %q", len(out), texts(out))
	}
	if s := out[0].Text(); !strings.Contains(s, "4 rights granted in chat") || !strings.Contains(s, "@alice is an assistant (configuration)") {
		t.Errorf("summary: %q", s)
	}
	var refs []string
	for _, o := range out[1:] {
		c := o.Card()
		if !o.Destination().Ephemeral || len(c.Buttons) != 2 || c.Buttons[0].Action != "review_keep" || c.Buttons[1].Action != "review_revoke" {
			t.Fatalf("card %+v to %+v", c, o.Destination())
		}
		refs = append(refs, c.TicketID)
	}
	want := "role:carol:assistant clearance:carol support:carol:dana channel:CPHI"
	if strings.Join(refs, " ") != want {
		t.Fatalf("review items %v, want %s", refs, want)
	}
	// The buttons send the card's reference back.
	if got := only(t, e.send("admin", "/review_keep role:carol:assistant")); got != "Kept: role:carol:assistant" {
		t.Fatalf("keep: %q", got)
	}
	for _, ref := range []string{"clearance:carol", "support:carol:dana", "channel:CPHI"} {
		if got := only(t, e.send("admin", "/review_revoke "+ref)); got != "Revoked: "+ref {
			t.Fatalf("revoke %s: %q", ref, got)
		}
	}
	if got := only(t, e.send("admin", "/review_revoke role:admin:admin")); !strings.Contains(got, "cannot revoke your own admin role") {
		t.Fatalf("self-revoke: %q", got)
	}
	if got := only(t, e.send("admin", "/review_revoke bogus:x")); !strings.Contains(got, "not an item") {
		t.Fatalf("bogus item: %q", got)
	}
	a, err := e.store.Access(ctx, e.ws, "carol")
	if err != nil || a.Cleared || len(a.Supports) != 0 || len(a.Roles) != 1 {
		t.Fatalf("carol's access after the review: %+v, %v", a, err)
	}
	if ok, _ := e.store.Approved(ctx, e.ws, "CPHI"); ok {
		t.Fatal("CPHI is still approved")
	}
	if got := only(t, e.send("admin", "/review done")); !strings.Contains(got, "next one is due in 90 days") {
		t.Fatalf("done: %q", got)
	}
	if last, err := e.store.LastReview(ctx, e.ws); err != nil || last.IsZero() {
		t.Fatalf("LastReview = %v, %v", last, err)
	}
	counts := map[string]int{}
	err = e.store.ScanAudit(ctx, e.ws, time.Time{}, time.Time{}, func(a delegatebot.AuditEntry) error {
		counts[a.Action]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts["review.start"] != 1 || counts["review.keep"] != 1 || counts["review.revoke"] != 3 || counts["review.complete"] != 1 ||
		counts["clearance.revoke"] != 1 || counts["support.revoke"] != 1 || counts["policy.revoke"] != 1 {
		t.Errorf("audit counts %v", counts)
	}
}

// TestAccessReviewPrompt checks the scheduled prompt: ReviewEvery after the
// first ticket, every admin gets the review by DM; once overdue it comes
// back weekly, and a completed review moves it ReviewEvery ahead.
func TestAccessReviewPrompt(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	rec := &testkit.Recorder{}
	r, clock := withReminders(e, rec)
	r.DigestHour, r.EscalateAfter = -1, 0
	r.Oversight = handlers.OversightConfig{Admins: []string{"admin"}, ReviewEvery: 30 * 24 * time.Hour}
	e.send("admin", "/role grant @carol admin")
	e.send("dana", "order new badges for the front desk") // schedules the first prompt
	t.Cleanup(func() { e.send("dana", "/cancel DEL-1") })
	start := *clock
	tick := func(at time.Time) []bot.Outgoing {
		*clock = at
		rec.Reset()
		if err := r.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		// Reminders tick every workspace of the test database: keep this one's.
		var mine []bot.Outgoing
		for _, o := range rec.Out() {
			if o.Destination().Workspace == e.ws {
				mine = append(mine, o)
			}
		}
		return mine
	}
	if out := tick(start.Add(29 * 24 * time.Hour)); len(out) != 0 {
		t.Fatalf("prompt before it is due: %q", texts(out))
	}
	out := tick(start.Add(30*24*time.Hour + time.Minute))
	users := map[string]int{}
	for _, o := range out {
		users[o.Destination().User]++
	}
	if users["admin"] != 2 || users["carol"] != 2 || !strings.HasPrefix(out[0].Text(), "Access review due (every 30 days).") {
		t.Fatalf("prompt: %q to %v, want the summary and carol's admin card to admin and carol", texts(out), users)
	}
	if out := tick(start.Add(31 * 24 * time.Hour)); len(out) != 0 {
		t.Fatalf("prompt repeated within the week: %q", texts(out))
	}
	if out := tick(start.Add(37*24*time.Hour + 2*time.Minute)); len(out) != 4 {
		t.Fatalf("weekly reminder while overdue: %q", texts(out))
	}
	e.send("admin", "/review done")
	if out := tick(start.Add(45 * 24 * time.Hour)); len(out) != 0 {
		t.Fatalf("prompt after a completed review: %q", texts(out))
	}
}

func TestReportCommand(t *testing.T) {
	e := newEnv(t)
	if got := only(t, e.send("admin", "/report")); !strings.Contains(got, "Report links are off here") {
		t.Fatalf("without links: %q", got)
	}
	// A link as serve signs it: base64url of workspace, user and expiry, a
	// dot, base64url of the HMAC. The guard must let it through.
	link := "https://bot.example.org/report/" + base64.RawURLEncoding.EncodeToString([]byte(e.ws+"\nadmin\n1764600000")) +
		".P_gjmDzplmHCZxMquxk3QS469GcHGeWJl1S0OASXfjs"
	oc := handlers.OversightConfig{ReportLink: func(ws, user string) (string, time.Duration, error) {
		return link, 15 * time.Minute, nil
	}}
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Users: testUsers, Oversight: oc})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
	out := e.send("admin", "/report")
	if len(out) != 1 || !out[0].Destination().Ephemeral || !strings.Contains(out[0].Text(), link) ||
		!strings.Contains(out[0].Text(), "15 minutes") {
		t.Fatalf("/report: %q", texts(out))
	}
	if got := only(t, e.send("alice", "/report")); !strings.Contains(got, "Only admins") {
		t.Fatalf("an assistant got a report link: %q", got)
	}
}
