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
	"strings"
	"sync"
	"testing"
	"time"

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

// TestEventRedisBudget sends serve's Slack endpoint a DM that opens a ticket
// and counts the Redis round trips and commands of its whole handling, from
// the acknowledgement to the inbox item's end, with a hook on serve's own
// client. The first event of a user and workspace warms up what is held in
// memory (time zone, channel kinds, workspace registries, scripts); the
// second is measured.
func TestEventRedisBudget(t *testing.T) {
	// Posts to this test's conversations (other tests' leftover events may
	// reach the fake too): the answer to the requester and the queue card.
	var mu sync.Mutex
	posts := map[string]int{}
	posted := make(chan struct{}, 1)
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if strings.HasSuffix(r.URL.Path, "chat.postMessage") {
			mu.Lock()
			posts[r.PostForm.Get("channel")]++
			mu.Unlock()
			select {
			case posted <- struct{}{}:
			default:
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": "CBUDGETQ", "is_channel": true}, "ts": "1.1",
			"user": map[string]any{"id": "UBUDGET", "tz": "Europe/Paris"}, "members": []any{}})
	}))
	defer fake.Close()
	const secret = "shh"
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-1")
	t.Setenv("SLACK_SIGNING_SECRET", secret)
	t.Setenv("SLACK_APP_TOKEN", "")
	t.Setenv("SLACK_API_URL", fake.URL+"/api/")
	t.Setenv("SLACK_QUEUE_CHANNEL", "CBUDGETQ")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UBUDGET")
	app := testApp(t)
	if err := app.Store.ApproveChannel(context.Background(), "TBUDGET", "CBUDGETQ", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	rec := &roundTripLog{ws: "TBUDGET"}
	app.rdb.AddHook(rec)
	mux := http.NewServeMux()
	ctx, workers, stop := startWorkers(t)
	defer stop()
	if on, err := mountSlack(ctx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); !on || err != nil {
		t.Fatalf("mountSlack = %v, %v", on, err)
	}
	check := storage.New(redistest.Client(t, testDB)) // reads without the hook
	// A failure bound: it turns a hang into a failure.
	hang := time.NewTimer(30 * time.Second)
	defer hang.Stop()
	send := func(id, text string) {
		t.Helper()
		ev := `{"type":"event_callback","team_id":"TBUDGET","event_id":"` + id + `","authorizations":[{"user_id":"UBOT","is_bot":true}],
			"event":{"type":"message","channel_type":"im","channel":"DUBUDGET","user":"UBUDGET","text":"` + text + `","ts":"1700000000.000100"}}`
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, testkit.SlackRequest(secret, "/slack/events", "application/json", []byte(ev)))
		if w.Code != http.StatusOK {
			t.Fatalf("event %s: %d", id, w.Code)
		}
		// Handled: the answer and the queue card posted, the inbox empty.
		mu.Lock()
		want := posts["DUBUDGET"] + 1
		mu.Unlock()
		for {
			mu.Lock()
			done := posts["DUBUDGET"] >= want && posts["CBUDGETQ"] >= want
			mu.Unlock()
			if done {
				break
			}
			select {
			case <-posted:
			case <-hang.C:
				t.Fatalf("event %s: no answer and card", id)
			}
		}
		for {
			q, l, err := check.InboxLen(context.Background(), "slack")
			if err == nil && q+l == 0 {
				break
			}
			select {
			case <-hang.C:
				t.Fatalf("event %s: the inbox still holds it (%d queued, %d leased, %v)", id, q, l, err)
			case <-time.After(5 * time.Millisecond): // polling the inbox, not a synchronisation
			}
		}
	}
	send("EvWarm", "schedule a meeting tomorrow at 3pm about sync one and call pt at 617-555-0142")
	rec.take()
	send("EvBudget", "schedule a meeting tomorrow at 4pm about sync two and call pt at 617-555-0142")
	trips := rec.take()
	commands := 0
	for _, tr := range trips {
		commands += strings.Count(tr, " | ") + 1
	}
	t.Logf("one event: %d round trips, %d commands:\n%s", len(trips), commands, strings.Join(trips, "\n"))
	if len(trips) > eventRoundTrips || commands > eventCommands {
		t.Errorf("one event took %d round trips and %d commands, want at most %d and %d", len(trips), commands, eventRoundTrips, eventCommands)
	}
	n, _, err := check.ListTickets(context.Background(), "TBUDGET", storage.Filter{}, 0, 10)
	if err != nil || len(n) != 2 {
		t.Errorf("tickets = %d, %v, want 2", len(n), err)
	}
}
