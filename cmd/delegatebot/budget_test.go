package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// eventRoundTrips is the Redis budget of one Slack message that opens a
// ticket, end to end: storing it in the inbox (the acknowledgement),
// leasing it, one pipeline of everything the handling reads (profile,
// access, pending question, channel policy version) that also reserves the
// ticket's number, and one script that creates the ticket with everything
// that goes with it and acknowledges the inbox item, pipelined with the
// lease of the next item. On a busy inbox that lease is the next event's,
// whose own lease then costs no round trip: 3 per event; on an idle one, 4
// (3 in the worker).
const (
	eventRoundTrips = 4
	eventCommands   = 13
)

// roundTripLog records what a client sends about one workspace, one line
// per round trip: round trips with a command naming the workspace (its
// keys, an inbox item of it) or answered with an inbox item of it. Other
// tests' leftovers and idle polls of the inbox are not counted.
type roundTripLog struct {
	ws    string
	mu    sync.Mutex
	trips []string
}

func (l *roundTripLog) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

func (l *roundTripLog) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		l.add([]redis.Cmder{cmd})
		return err
	}
}

func (l *roundTripLog) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		l.add(cmds)
		return err
	}
}

// add records one round trip, leaving out the connection handshake.
func (l *roundTripLog) add(cmds []redis.Cmder) {
	var names []string
	mine := false
	for _, c := range cmds {
		n := strings.ToLower(c.Name())
		switch n {
		case "hello", "select", "auth", "client", "ping", "multi", "exec":
			continue
		}
		a := c.Args()
		for _, arg := range a[1:] {
			mine = mine || strings.Contains(fmt.Sprint(arg), l.ws)
		}
		if v, ok := c.(*redis.Cmd); ok && !errors.Is(v.Err(), redis.Nil) {
			mine = mine || strings.Contains(fmt.Sprint(v.Val()), `"w":"`+l.ws+`"`)
		}
		key := ""
		if len(a) > 1 && n != "evalsha" && n != "eval" {
			key = " " + fmt.Sprint(a[1])
		} else if len(a) > 3 {
			key = " " + fmt.Sprint(a[3])
		}
		names = append(names, n+key)
	}
	if !mine {
		return
	}
	l.mu.Lock()
	l.trips = append(l.trips, strings.Join(names, " | "))
	l.mu.Unlock()
}

func (l *roundTripLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.trips
	l.trips = nil
	return out
}

// budgetServe is serve's Slack endpoint with a hook on serve's own Redis
// client that records every round trip about workspace TBUDGET. UBUDGET is
// an executive, UASSIST an assistant; CBUDGETQ is the queue channel,
// approved for PHI.
type budgetServe struct {
	t     *testing.T
	app   *App
	mux   *http.ServeMux
	rec   *roundTripLog
	check *storage.Store // reads without the hook
	hang  *time.Timer

	mu     sync.Mutex
	posts  map[string]int
	posted chan struct{}
}

const budgetSecret = "shh"

func newBudgetServe(t *testing.T) *budgetServe {
	b := &budgetServe{t: t, posts: map[string]int{}, posted: make(chan struct{}, 1)}
	// Posts to this test's conversations (other tests' leftover events may
	// reach the fake too): the answer to the requester and the queue card.
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if strings.HasSuffix(r.URL.Path, "chat.postMessage") {
			b.mu.Lock()
			b.posts[r.PostForm.Get("channel")]++
			b.mu.Unlock()
			select {
			case b.posted <- struct{}{}:
			default:
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "CBUDGETQ", "is_channel": true}, "ts": "1.1",
			"user": map[string]any{"id": "UBUDGET", "tz": "Europe/Paris"}, "members": []any{}})
	}))
	t.Cleanup(fake.Close)
	slackTestEnv(t, fake.URL, budgetSecret)
	t.Setenv("SLACK_QUEUE_CHANNEL", "CBUDGETQ")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UBUDGET")
	t.Setenv("DELEGATEBOT_ASSISTANTS", "UASSIST")
	t.Setenv("DELEGATEBOT_POLICY_ACK", "on")
	b.app = testApp(t)
	if err := b.app.Store.ApproveChannel(context.Background(), "TBUDGET", "CBUDGETQ", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	b.rec = &roundTripLog{ws: "TBUDGET"}
	b.app.rdb.AddHook(b.rec)
	b.mux = http.NewServeMux()
	ctx, workers, stop := startWorkers(t)
	t.Cleanup(stop)
	if on, err := mountSlack(ctx, b.app, b.mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	b.check = storage.New(redistest.Client(t, testDB))
	// A failure bound: it turns a hang into a failure.
	b.hang = time.NewTimer(30 * time.Second)
	t.Cleanup(func() { b.hang.Stop() })
	return b
}

// dm sends UBUDGET's DM text and waits until it is handled: the answer and
// the queue card posted, the inbox empty.
func (b *budgetServe) dm(id, text string) {
	t := b.t
	t.Helper()
	ev := `{"type":"event_callback","team_id":"TBUDGET","event_id":"` + id + `","authorizations":[{"user_id":"UBOT","is_bot":true}],
		"event":{"type":"message","channel_type":"im","channel":"DUBUDGET","user":"UBUDGET","text":"` + text + `","ts":"1700000000.000100"}}`
	w := httptest.NewRecorder()
	b.mux.ServeHTTP(w, testkit.SlackRequest(budgetSecret, "/slack/events", "application/json", []byte(ev)))
	if w.Code != http.StatusOK {
		t.Fatalf("event %s: %d", id, w.Code)
	}
	b.mu.Lock()
	want := b.posts["DUBUDGET"] + 1
	b.mu.Unlock()
	for {
		b.mu.Lock()
		done := b.posts["DUBUDGET"] >= want && b.posts["CBUDGETQ"] >= want
		b.mu.Unlock()
		if done {
			break
		}
		select {
		case <-b.posted:
		case <-b.hang.C:
			t.Fatalf("event %s: no answer and card", id)
		}
	}
	b.drained(id)
}

// command sends user's slash command in the queue channel and waits until
// its inbox item is handled.
func (b *budgetServe) command(user, command, text string) {
	t := b.t
	t.Helper()
	body := []byte(url.Values{"token": {"legacy"}, "team_id": {"TBUDGET"}, "channel_id": {"CBUDGETQ"}, "user_id": {user},
		"command": {command}, "text": {text}, "trigger_id": {"trig" + strings.NewReplacer(" ", "", "-", "").Replace(command+text)}, "response_url": {"http://127.0.0.1:1/hook"}}.Encode())
	w := httptest.NewRecorder()
	b.mux.ServeHTTP(w, testkit.SlackRequest(budgetSecret, "/slack/commands", "application/x-www-form-urlencoded", body))
	if w.Code != http.StatusOK {
		t.Fatalf("%s %s: %d", command, text, w.Code)
	}
	b.drained(command + " " + text)
}

// click sends user's click on the button action of the card of ticket id
// in the queue channel and waits until its inbox item is handled.
func (b *budgetServe) click(user, action, id, ts string) {
	t := b.t
	t.Helper()
	payload, _ := json.Marshal(map[string]any{"type": "block_actions", "team": map[string]any{"id": "TBUDGET"},
		"user": map[string]any{"id": user}, "trigger_id": "trig" + ts,
		"container": map[string]any{"type": "message", "channel_id": "CBUDGETQ", "message_ts": "1.1"},
		"channel":   map[string]any{"id": "CBUDGETQ"},
		"actions":   []any{map[string]any{"type": "button", "action_id": action, "block_id": "ticket:" + id, "value": id, "action_ts": ts}}})
	body := []byte(url.Values{"payload": {string(payload)}}.Encode())
	w := httptest.NewRecorder()
	b.mux.ServeHTTP(w, testkit.SlackRequest(budgetSecret, "/slack/interactive", "application/x-www-form-urlencoded", body))
	if w.Code != http.StatusOK {
		t.Fatalf("click %s %s: %d", action, id, w.Code)
	}
	b.drained("click " + action + " " + id)
}

// drained waits until the inbox holds nothing: the delivery was handled and
// acknowledged (the acknowledgement follows the handling's Slack calls).
func (b *budgetServe) drained(what string) {
	t := b.t
	t.Helper()
	for {
		q, l, err := b.check.InboxLen(context.Background(), "slack")
		if err == nil && q+l == 0 {
			return
		}
		select {
		case <-b.hang.C:
			t.Fatalf("%s: the inbox still holds it (%d queued, %d leased, %v)", what, q, l, err)
		case <-time.After(5 * time.Millisecond): // polling the inbox, not a synchronisation
		}
	}
}

// directoryCached waits until the workspace's colleague directory is cached:
// the first event of a workspace refreshes it in the background, and its
// write must not land inside a measured event.
func (b *budgetServe) directoryCached() {
	t := b.t
	t.Helper()
	for {
		c, err := b.check.Colleagues(context.Background(), "TBUDGET")
		if err == nil && !c.FetchedAt.IsZero() {
			return
		}
		select {
		case <-b.hang.C:
			t.Fatalf("the colleague directory was never cached (%v)", err)
		case <-time.After(5 * time.Millisecond): // polling the store, not a synchronisation
		}
	}
}

// measured returns the round trips recorded since the last call, logs them
// and fails the test above the budget.
func (b *budgetServe) measured(what string, maxTrips, maxCommands int) []string {
	t := b.t
	t.Helper()
	trips := b.rec.take()
	commands := 0
	for _, tr := range trips {
		commands += strings.Count(tr, " | ") + 1
	}
	t.Logf("%s: %d round trips, %d commands:\n%s", what, len(trips), commands, strings.Join(trips, "\n"))
	if len(trips) > maxTrips || commands > maxCommands {
		t.Errorf("%s took %d round trips and %d commands, want at most %d and %d", what, len(trips), commands, maxTrips, maxCommands)
	}
	return trips
}

// TestEventRedisBudget sends serve's Slack endpoint a DM that opens a ticket
// and counts the Redis round trips and commands of its whole handling, from
// the acknowledgement to the inbox item's end, with a hook on serve's own
// client. The first event of a user and workspace warms up what is held in
// memory (time zone, channel kinds, workspace registries, scripts); the
// second is measured.
func TestEventRedisBudget(t *testing.T) {
	b := newBudgetServe(t)
	b.dm("EvWarm", "schedule a meeting tomorrow at 3pm about sync one and call pt at 617-555-0142")
	b.directoryCached()
	b.rec.take()
	b.dm("EvBudget", "schedule a meeting tomorrow at 4pm about sync two and call pt at 617-555-0142")
	b.measured("one event", eventRoundTrips, eventCommands)
	n, _, err := b.check.ListTickets(context.Background(), "TBUDGET", storage.Filter{}, 0, 10)
	if err != nil || len(n) != 2 {
		t.Errorf("tickets = %d, %v, want 2", len(n), err)
	}
}

// claimRoundTrips is the Redis budget of one /claim of a ticket holding PHI
// that this process created, end to end, with guidelines acknowledgement
// required: storing the command in the inbox (the acknowledgement),
// leasing it, one pipeline of everything the handling reads that also
// records the delivery's dedupe marker (the sender's profile, access and
// pending question, the workspace's queue mode and channel policy version,
// the current guidelines version and the sender's acknowledgement of them),
// and the transition script (a compare-and-set on the ticket as this
// process last wrote it) that also acknowledges the inbox item, pipelined
// with the lease of the next item. As for a message, on a busy inbox that
// lease is the next event's: 3 per claim; on an idle one, 4. It was 8
// while the dedupe marker, the queue mode, the guidelines acknowledgement
// and the inbox item's acknowledgement took a round trip each.
// claimStaleRoundTrips is the same claim of a ticket another process
// created: the ticket is read first, one round trip more.
const (
	claimRoundTrips      = 4
	claimCommands        = 16
	claimStaleRoundTrips = claimRoundTrips + 1
	claimStaleCommands   = claimCommands + 2
)

// TestClaimRedisBudget sends serve's Slack endpoint /claim DEL-n as an
// assistant who acknowledged the guidelines, for a ticket holding PHI, and
// counts the Redis round trips and commands of its whole handling as
// TestEventRedisBudget does: once for a ticket this process created (its
// copy is current), once for one created by another process, and once
// more as a click on a card's Claim button.
func TestClaimRedisBudget(t *testing.T) {
	b := newBudgetServe(t)
	ctx := context.Background()
	g, err := b.check.Guidelines(ctx, "TBUDGET")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.check.AcknowledgeGuidelines(ctx, "TBUDGET", "UASSIST", g.Version); err != nil {
		t.Fatal(err)
	}
	const text = "schedule a meeting tomorrow at %s about sync %d and call pt at 617-555-0142"
	// Warm up: the assistant's first command (time zone, channel kind).
	b.dm("EvClaimWarm", fmt.Sprintf(text, "3pm", 1))
	b.directoryCached()
	b.command("UASSIST", "/claim", "DEL-1")
	b.dm("EvClaim", fmt.Sprintf(text, "4pm", 2))
	b.rec.take()
	b.command("UASSIST", "/claim", "DEL-2")
	b.measured("one claim", claimRoundTrips, claimCommands)
	// A ticket this process never saw: another Store created it.
	other := storage.New(redistest.Client(t, testDB))
	other.Keys = b.app.Store.Keys
	tk := &delegatebot.Ticket{Workspace: "TBUDGET", Requester: "UBUDGET", Intent: delegatebot.IntentTask,
		Subject: "pt", Text: "call pt at 617-555-0142", RedactedText: "call pt at [PHONE]",
		Priority: delegatebot.PriorityNormal, Source: delegatebot.Source{Platform: "slack", Channel: "DUBUDGET"}}
	if _, err := other.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	b.rec.take()
	b.command("UASSIST", "/claim", tk.ID())
	b.measured("one claim of a ticket another process created", claimStaleRoundTrips, claimStaleCommands)
	// A click on the card's Claim button costs the same as the command.
	b.dm("EvClaimClick", fmt.Sprintf(text, "5pm", 3))
	open, _, err := b.check.ListTickets(ctx, "TBUDGET", storage.Filter{Status: delegatebot.StatusOpen}, 0, 10)
	if err != nil || len(open) != 1 {
		t.Fatalf("open tickets: %v, %v; want the one just created", open, err)
	}
	b.rec.take()
	b.click("UASSIST", "claim", open[0].ID(), "1700000001.000200")
	b.measured("one claim by a click", claimRoundTrips, claimCommands)
	for _, n := range []int64{1, 2, tk.Number, open[0].Number} {
		got, err := b.check.FindTicket(ctx, "TBUDGET", n)
		if err != nil || got.Assignee != "UASSIST" {
			t.Errorf("DEL-%d: assignee %v, %v, want UASSIST", n, got, err)
		}
	}
}
