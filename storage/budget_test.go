package storage_test

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// The Redis budgets of the hot paths: a Slack event's ticket creation (with
// its reminders, recent marker and pending-question cleanup) and a claim.
// A go-redis hook on the client counts what is sent, as serve counts it for
// /metrics and the bench.
const (
	// One script, with a number the event's reads reserved (WithEvent
	// with EventKeys.Tickets), as a worker creates; one more to reserve
	// it when the pool is empty.
	createRoundTrips = 1
	createCommands   = 1
	// One compare-and-set script on the ticket as this Store last saw it;
	// two when another replica changed it since (see replica_test.go).
	claimRoundTrips = 1
	claimCommands   = 1
)

// countingStore is a store whose client counts round trips and commands.
func countingStore(t *testing.T) (*storage.Store, *storage.Traffic) {
	t.Helper()
	c := redistest.Client(t, testDB)
	tr := &storage.Traffic{}
	c.AddHook(tr)
	s := storage.New(c)
	s.AuditKey = []byte("0123456789abcdef0123456789abcdef")
	return s, tr
}

// measure returns the round trips and commands fn sent.
func measure(tr *storage.Traffic, fn func()) (roundTrips, commands int64) {
	rt, c := tr.RoundTrips(), tr.Commands()
	fn()
	return tr.RoundTrips() - rt, tr.Commands() - c
}

func TestRedisBudget(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	jobs := func(tk *delegatebot.Ticket) []storage.Job {
		return []storage.Job{{Kind: "escalate", Ticket: tk.Number, At: tk.Created.Add(time.Hour)}}
	}
	// read does an event's reads, which reserve its ticket's number.
	read := func(ctx context.Context) context.Context {
		t.Helper()
		ev := storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "D1", Tickets: true})
		if _, err := s.Access(ev, ws, "dana"); err != nil {
			t.Fatal(err)
		}
		return ev
	}
	createIn := func(ctx context.Context, event string) *delegatebot.Ticket {
		t.Helper()
		tk := newTicket(ws, "dana")
		tk.Source.Event = event
		tk.Source.Channel = "D1"
		if _, err := s.CreateTicket(ctx, tk, "", storage.CreateOptions{Jobs: jobs, RecentChannel: "D1", RecentTTL: time.Hour, DropPending: true}); err != nil {
			t.Fatalf("create: %v", err)
		}
		return tk
	}
	create := func(event string) *delegatebot.Ticket { return createIn(read(ctx), event) }
	// Warm up: the workspace registries are written once per process and
	// each script is loaded once per server (NOSCRIPT, then EVAL).
	warm := create("EvWarm")
	if _, err := s.Transition(ctx, ws, warm.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePending(ctx, ws, "dana", "D1", storage.Pending{Text: "x", Asked: "when"}, time.Hour); err != nil {
		t.Fatal(err)
	}

	t.Run("Create", func(t *testing.T) {
		var tk *delegatebot.Ticket
		ev := read(ctx)
		rt, cmds := measure(tr, func() { tk = createIn(ev, "EvBudget") })
		t.Logf("create: %d round trips, %d commands", rt, cmds)
		if rt > createRoundTrips || cmds > createCommands {
			t.Errorf("create took %d round trips and %d commands, want at most %d and %d", rt, cmds, createRoundTrips, createCommands)
		}
		// What the script wrote besides the ticket.
		if n, err := s.Recent(ctx, ws, "dana", "D1"); err != nil || n != tk.Number {
			t.Errorf("recent = %d, %v, want %d", n, err, tk.Number)
		}
		if p, err := s.FindPending(ctx, ws, "dana", "D1"); err != nil || p != nil {
			t.Errorf("pending question after create = %v, %v, want none", p, err)
		}
		taken, err := s.TakeJobs(ctx, ws, tk.Created.Add(2*time.Hour), time.Minute, 10)
		if err != nil || len(taken) != 2 {
			t.Errorf("jobs = %v, %v, want the two tickets' escalations", taken, err)
		}
		if us, err := s.Requesters(ctx, ws); err != nil || len(us) != 1 || us[0] != "dana" {
			t.Errorf("requesters = %v, %v, want [dana]", us, err)
		}
	})
	t.Run("CreateAcknowledges", func(t *testing.T) {
		// The inbox item of the event rides on the create script: no
		// round trip of its own, and only once the ticket is written.
		if _, err := s.Enqueue(ctx, "slack", ws, "EvAck", []byte("body")); err != nil {
			t.Fatal(err)
		}
		item, _, err := s.Dequeue(ctx, "slack", time.Minute)
		if err != nil || item == "" {
			t.Fatalf("dequeue = %q, %v", item, err)
		}
		actx := s.WithAck(read(ctx), "slack", item)
		var tk *delegatebot.Ticket
		rt, cmds := measure(tr, func() {
			tk = newTicket(ws, "dana")
			tk.Source.Event = "EvAck"
			if _, err := s.CreateTicket(actx, tk, "", storage.CreateOptions{Jobs: jobs}); err != nil {
				t.Fatal(err)
			}
		})
		if rt > createRoundTrips || cmds > createCommands {
			t.Errorf("create with ack took %d round trips and %d commands, want at most %d and %d", rt, cmds, createRoundTrips, createCommands)
		}
		if !s.AckedWith(actx) {
			t.Errorf("AckedWith = false after the create")
		}
		if q, l, err := s.InboxLen(ctx, "slack"); err != nil || q+l != 0 {
			t.Errorf("inbox after the create: %d queued, %d leased, %v; want it empty", q, l, err)
		}
		// A failed create acknowledges nothing: the event is handled again.
		if _, err := s.Enqueue(ctx, "slack", ws, "EvAckFail", []byte("body")); err != nil {
			t.Fatal(err)
		}
		item, _, _ = s.Dequeue(ctx, "slack", time.Minute)
		fctx := s.WithAck(ctx, "slack", item)
		other := workspace(t)
		bad := newTicket(other, "dana")
		bad.Source.Event = "EvAckFail"
		c := redistest.Client(t, testDB)
		if err := c.Set(ctx, "dlg:{"+other+"}:idx:all", "not a sorted set", 0).Err(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateTicket(fctx, bad, ""); err == nil {
			t.Errorf("create over a broken index: no error")
		}
		if s.AckedWith(fctx) {
			t.Errorf("AckedWith = true after a failed create")
		}
		if _, l, _ := s.InboxLen(ctx, "slack"); l != 1 {
			t.Errorf("leased after a failed create = %d, want 1 (handled again)", l)
		}
		s.Ack(ctx, "slack", item)
		// Leave nothing broken for the tests that walk every workspace.
		ks, _ := c.Keys(ctx, "dlg:{"+other+"}:*").Result()
		c.Del(ctx, ks...)
		c.SRem(ctx, "dlg:workspaces", other)
	})
	t.Run("CreateLeasesNext", func(t *testing.T) {
		// The acknowledgement's round trip also leases the next item.
		for _, id := range []string{"EvLease1", "EvLease2"} {
			if _, err := s.Enqueue(ctx, "lease", ws, id, []byte("body of "+id)); err != nil {
				t.Fatal(err)
			}
		}
		item, _, err := s.Dequeue(ctx, "lease", time.Minute)
		if err != nil || item == "" {
			t.Fatalf("dequeue = %q, %v", item, err)
		}
		actx := s.WithAckLease(read(ctx), "lease", item, time.Minute)
		rt, _ := measure(tr, func() {
			tk := newTicket(ws, "dana")
			tk.Source.Event = "EvLease1"
			if _, err := s.CreateTicket(actx, tk, ""); err != nil {
				t.Fatal(err)
			}
		})
		if rt > createRoundTrips {
			t.Errorf("create with ack and lease took %d round trips, want at most %d", rt, createRoundTrips)
		}
		next, body, err := s.Next(actx)
		if err != nil || next == "" || string(body) != "body of EvLease2" {
			t.Fatalf("next = %q, %q, %v; want the second event", next, body, err)
		}
		if q, l, err := s.InboxLen(ctx, "lease"); err != nil || q != 0 || l != 1 {
			t.Errorf("inbox: %d queued, %d leased, %v; want the second leased", q, l, err)
		}
		if again, _, _ := s.Next(actx); again != "" {
			t.Errorf("Next twice gave the item twice")
		}
		s.Ack(ctx, "lease", next)
	})
	t.Run("CreateWithoutPooledNumber", func(t *testing.T) {
		if n := storage.PooledNumbers(s, ws); n != 0 {
			t.Fatalf("%d numbers pooled, want none", n)
		}
		rt, _ := measure(tr, func() { createIn(ctx, "EvNoPool") })
		if rt != createRoundTrips+1 {
			t.Errorf("create with no pooled number took %d round trips, want %d (reserve, then the script)", rt, createRoundTrips+1)
		}
	})
	t.Run("CreateRedelivered", func(t *testing.T) {
		again := newTicket(ws, "dana")
		again.Source.Event = "EvBudget"
		var existing bool
		rt, _ := measure(tr, func() {
			var err error
			if existing, err = s.CreateTicket(ctx, again, ""); err != nil {
				t.Fatal(err)
			}
		})
		// The check, then loading the existing ticket to answer with it.
		if !existing || rt > 2 {
			t.Errorf("redelivery: existing %v after %d round trips, want true after at most 2", existing, rt)
		}
	})
	t.Run("Claim", func(t *testing.T) {
		tk := create("EvClaim") // remembered as created
		rt, cmds := measure(tr, func() {
			if _, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
				t.Fatal(err)
			}
		})
		t.Logf("claim: %d round trips, %d commands", rt, cmds)
		if rt > claimRoundTrips || cmds > claimCommands {
			t.Errorf("claim took %d round trips and %d commands, want at most %d and %d", rt, cmds, claimRoundTrips, claimCommands)
		}
	})
	t.Run("TransitionAfterOwnWrites", func(t *testing.T) {
		// A note and an edit through this Store leave its copy current.
		tk := create("EvOwnWrites")
		if _, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "bob", Text: "called"}, "C1", nil); err != nil {
			t.Fatal(err)
		}
		urgent := delegatebot.PriorityUrgent
		if _, err := s.EditTicket(ctx, ws, tk.Number, "dana", "C1", func(*delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
			return delegatebot.TicketUpdate{Priority: &urgent}, nil
		}); err != nil {
			t.Fatal(err)
		}
		var got *delegatebot.Ticket
		rt, _ := measure(tr, func() {
			var err error
			if got, err = s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
				t.Fatal(err)
			}
		})
		if rt != claimRoundTrips {
			t.Errorf("claim after this Store's note and edit took %d round trips, want %d", rt, claimRoundTrips)
		}
		if len(got.Notes) != 1 || got.Priority != urgent {
			t.Errorf("claimed ticket: %d notes, priority %s; want the note and urgent", len(got.Notes), got.Priority)
		}
	})
	// The scripts append to the keyed chain as Go computed it.
	if n, err := s.VerifyAudit(ctx, ws); err != nil || n == 0 {
		t.Fatalf("audit verify after scripted writes: %d entries, %v", n, err)
	}
}

// TestPolicyMemo: within one event's context the channel policy is read
// once for all checks, a revocation in that context is seen at once, a
// new context reads afresh, and an unreadable policy is an error (the
// guard then fails closed) that is not remembered.
func TestPolicyMemo(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	if err := s.ApproveChannel(ctx, ws, "CQUEUE", "admin"); err != nil {
		t.Fatal(err)
	}
	ev := storage.WithPolicyMemo(ctx)
	rt, _ := measure(tr, func() {
		for _, c := range []string{"CQUEUE", "D1", "CQUEUE", "C2"} {
			ok, err := s.Approved(ev, ws, c)
			if err != nil || ok != (c == "CQUEUE") {
				t.Errorf("Approved(%s) = %v, %v", c, ok, err)
			}
		}
	})
	if rt != 1 {
		t.Errorf("four checks in one event took %d round trips, want 1", rt)
	}
	rt, _ = measure(tr, func() {
		if cs, err := s.ApprovedChannels(ev, ws); err != nil || len(cs) != 1 || cs[0] != "CQUEUE" {
			t.Errorf("ApprovedChannels = %v, %v, want [CQUEUE]", cs, err)
		}
	})
	if rt != 0 {
		t.Errorf("listing the approved channels after the checks took %d round trips, want 0", rt)
	}
	if err := s.RevokeChannel(ev, ws, "CQUEUE", "admin"); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Approved(ev, ws, "CQUEUE"); err != nil || ok {
		t.Errorf("after a revocation in the same event: Approved = %v, %v, want false", ok, err)
	}
	// Another replica's approval: this event keeps its reading, the next
	// event sees it.
	if err := storage.New(redistest.Client(t, testDB)).ApproveChannel(ctx, ws, "C3", "admin"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Approved(storage.WithPolicyMemo(ctx), ws, "C3"); !ok {
		t.Errorf("a new event does not see the approval")
	}
	cancelled, cancel := context.WithCancel(storage.WithPolicyMemo(ctx))
	cancel()
	if _, err := s.Approved(cancelled, ws, "C3"); err == nil {
		t.Errorf("unreadable policy: no error, want one (the guard fails closed)")
	}
}

// TestEventView: one event's reads of its sender's profile, access and
// pending question and of the workspace's policy take one round trip; the
// event reads its own writes; the policy set kept by version is confirmed
// by the version read in that round trip, so another replica's revocation
// is seen by the next event; an unreadable policy is an error.
func TestEventView(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	other := storage.New(redistest.Client(t, testDB)) // another replica
	for _, c := range []string{"CQUEUE", "CPHI"} {
		if err := other.ApproveChannel(ctx, ws, c, "admin"); err != nil {
			t.Fatal(err)
		}
	}
	if err := other.SaveProfile(ctx, ws, "slack", "dana", map[string]string{"tz": "Europe/Paris"}, 0); err != nil {
		t.Fatal(err)
	}
	if err := other.SetRole(ctx, ws, "dana", delegatebot.RoleAdmin, true, "root"); err != nil {
		t.Fatal(err)
	}
	if err := other.SavePending(ctx, ws, "dana", "D1", storage.Pending{Text: "x", Asked: "when"}, time.Hour); err != nil {
		t.Fatal(err)
	}
	keys := storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "D1"}
	event := func(wantRT, wantCmds int64) {
		t.Helper()
		ev := storage.WithEvent(ctx, keys)
		rt, cmds := measure(tr, func() {
			if p, err := s.Profile(ev, ws, "slack", "dana"); err != nil || p["tz"] != "Europe/Paris" {
				t.Errorf("profile = %v, %v", p, err)
			}
			if a, err := s.Access(ev, ws, "dana"); err != nil || len(a.Roles) != 1 || a.Roles[0] != delegatebot.RoleAdmin {
				t.Errorf("access = %+v, %v", a, err)
			}
			if p, err := s.FindPending(ev, ws, "dana", "D1"); err != nil || p == nil || p.Asked != "when" {
				t.Errorf("pending = %+v, %v", p, err)
			}
			for _, c := range []string{"CQUEUE", "D1", "CPHI"} {
				if ok, err := s.Approved(ev, ws, c); err != nil || ok != (c != "D1") {
					t.Errorf("Approved(%s) = %v, %v", c, ok, err)
				}
			}
		})
		if rt != wantRT || cmds != wantCmds {
			t.Errorf("one event's reads: %d round trips, %d commands; want %d and %d", rt, cmds, wantRT, wantCmds)
		}
	}
	// profile, 3 roles, clearance, supports, pending, policy version and set
	event(1, 9)
	// The set is kept for its version: the next event reads the version only.
	event(1, 8)

	// Its own writes, in the same event.
	ev := storage.WithEvent(ctx, keys)
	if err := s.DropPending(ev, ws, "dana", "D1"); err != nil {
		t.Fatal(err)
	}
	if p, err := s.FindPending(ev, ws, "dana", "D1"); err != nil || p != nil {
		t.Errorf("pending after dropping it in the event = %+v, %v", p, err)
	}
	if err := s.SetRole(ev, ws, "dana", delegatebot.RoleAssistant, true, "root"); err != nil {
		t.Fatal(err)
	}
	if a, _ := s.Access(ev, ws, "dana"); len(a.Roles) != 2 {
		t.Errorf("roles after a grant in the event = %v, want two", a.Roles)
	}
	if err := s.SaveProfile(ev, ws, "slack", "dana", map[string]string{"tz": "Asia/Tokyo"}, 0); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Profile(ev, ws, "slack", "dana"); p["tz"] != "Asia/Tokyo" {
		t.Errorf("profile after saving it in the event = %v", p)
	}

	// Another replica revokes a channel: the next event here sees it at
	// once, though this process kept the set.
	if err := other.RevokeChannel(ctx, ws, "CPHI", "admin"); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Approved(storage.WithEvent(ctx, keys), ws, "CPHI"); err != nil || ok {
		t.Errorf("after another replica's revocation: Approved = %v, %v, want false", ok, err)
	}
	// Unreadable: an error (the guard fails closed), not the kept set.
	cancelled, cancel := context.WithCancel(storage.WithEvent(ctx, keys))
	cancel()
	if ok, err := s.Approved(cancelled, ws, "CQUEUE"); err == nil || ok {
		t.Errorf("unreadable policy: Approved = %v, %v, want an error", ok, err)
	}
}

// gate holds the first pipeline of scripts a client sends until it is
// opened (not a connection's handshake, also a pipeline).
type gate struct {
	first sync.Once
	held  chan struct{}
	open  chan struct{}
}

func (g *gate) DialHook(next redis.DialHook) redis.DialHook { return next }
func (g *gate) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return next
}
func (g *gate) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		hold := false
		if n := strings.ToLower(cmds[0].Name()); n == "evalsha" || n == "eval" {
			g.first.Do(func() { hold = true })
		}
		if hold {
			close(g.held)
			<-g.open
		}
		return next(ctx, cmds)
	}
}

// TestEnqueueBatches: the deliveries that arrive while a batch is on its
// way go together in the next round trip, each stored once, duplicates
// within a batch told apart by the seen marker.
func TestEnqueueBatches(t *testing.T) {
	ctx := context.Background()
	c := redistest.Client(t, testDB)
	g := &gate{held: make(chan struct{}), open: make(chan struct{})}
	c.AddHook(g)
	tr := &storage.Traffic{}
	c.AddHook(tr)
	s := storage.New(c)
	ws := workspace(t)
	c.Del(ctx, "dlg:{inbox:batch}:queue")
	const n = 40
	type result struct {
		queued bool
		err    error
	}
	results := make(chan result, n+1)
	enqueue := func(id string) {
		q, err := s.Enqueue(ctx, "batch", ws, id, []byte("body "+id))
		results <- result{q, err}
	}
	go enqueue("Ev0")
	<-g.held // the first batch is on its way
	for i := 1; i < n; i++ {
		go enqueue(fmt.Sprintf("Ev%d", i))
	}
	go enqueue("Ev1") // a duplicate in the same batch
	for storage.PendingEnqueues(s) < n {
		runtime.Gosched() // waiting for the goroutines to submit, not for time
	}
	close(g.open)
	queued, dups := 0, 0
	for range n + 1 {
		r := <-results
		if r.err != nil {
			t.Fatal(r.err)
		}
		if r.queued {
			queued++
		} else {
			dups++
		}
	}
	if queued != n || dups != 1 {
		t.Errorf("queued %d, duplicates %d; want %d and 1", queued, dups, n)
	}
	// The first batch (NOSCRIPT, then EVAL: two round trips at most), then
	// one batch for the other n.
	t.Logf("%d enqueues: %d round trips", n+1, tr.RoundTrips())
	if rt := tr.RoundTrips(); rt > 4 {
		t.Errorf("%d enqueues took %d round trips, want at most 4", n+1, rt)
	}
	if l, err := c.LLen(ctx, "dlg:{inbox:batch}:queue").Result(); err != nil || l != n {
		t.Errorf("queue length = %d, %v, want %d", l, err, n)
	}
	c.Del(ctx, "dlg:{inbox:batch}:queue")
}

// TestEventViewSettings: a command's event reads the workspace's queue mode
// and the sender's acknowledgement of the current guidelines in its one
// round trip with the rest; its own writes of them (SetQueueMode,
// AcknowledgeGuidelines, SetGuidelines) are read back; another replica's
// are seen by the next event; an unreadable view is an error.
func TestEventViewSettings(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	other := storage.New(redistest.Client(t, testDB)) // another replica
	if err := other.SetQueueMode(ctx, ws, storage.QueuePairs, "admin"); err != nil {
		t.Fatal(err)
	}
	keys := storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "C1", Settings: true}
	event := func(wantMode string, wantAcked bool) {
		t.Helper()
		ev := storage.WithEvent(ctx, keys)
		rt, _ := measure(tr, func() {
			if _, err := s.Access(ev, ws, "dana"); err != nil {
				t.Error(err)
			}
			if m, err := s.QueueMode(ev, ws); err != nil || m != wantMode {
				t.Errorf("queue mode = %q, %v, want %q", m, err, wantMode)
			}
			if a, err := s.AcknowledgedGuidelines(ev, ws, "dana"); err != nil || a != wantAcked {
				t.Errorf("acknowledged = %v, %v, want %v", a, err, wantAcked)
			}
		})
		if rt != 1 {
			t.Errorf("one command's reads: %d round trips, want 1", rt)
		}
	}
	event(storage.QueuePairs, false)

	// Its own writes, in the same event.
	ev := storage.WithEvent(ctx, keys)
	if m, _ := s.QueueMode(ev, ws); m != storage.QueuePairs {
		t.Fatalf("queue mode = %q", m)
	}
	if err := s.SetQueueMode(ev, ws, storage.QueueTeam, "dana"); err != nil {
		t.Fatal(err)
	}
	if m, err := s.QueueMode(ev, ws); err != nil || m != storage.QueueTeam {
		t.Errorf("queue mode after setting it in the event = %q, %v", m, err)
	}
	if err := s.AcknowledgeGuidelines(ev, ws, "dana", 1); err != nil {
		t.Fatal(err)
	}
	if a, err := s.AcknowledgedGuidelines(ev, ws, "dana"); err != nil || !a {
		t.Errorf("acknowledged after acknowledging in the event = %v, %v", a, err)
	}
	if _, err := s.SetGuidelines(ev, ws, "https://example.com/guidelines", "admin"); err != nil {
		t.Fatal(err)
	}
	if a, err := s.AcknowledgedGuidelines(ev, ws, "dana"); err != nil || a {
		t.Errorf("acknowledged after new guidelines in the event = %v, %v, want false", a, err)
	}

	// Another replica's changes: the next event sees them.
	if err := other.AcknowledgeGuidelines(ctx, ws, "dana", 2); err != nil {
		t.Fatal(err)
	}
	if err := other.SetQueueMode(ctx, ws, storage.QueuePairs, "admin"); err != nil {
		t.Fatal(err)
	}
	event(storage.QueuePairs, true)
	if _, err := other.SetGuidelines(ctx, ws, "https://example.com/guidelines/v3", "admin"); err != nil {
		t.Fatal(err)
	}
	event(storage.QueuePairs, false)

	// Another workspace's mode is not the view's: read from Redis.
	ws2 := ws + "b"
	if err := other.SetQueueMode(ctx, ws2, storage.QueuePairs, "admin"); err != nil {
		t.Fatal(err)
	}
	if m, err := s.QueueMode(storage.WithEvent(ctx, keys), ws2); err != nil || m != storage.QueuePairs {
		t.Errorf("another workspace's mode = %q, %v", m, err)
	}

	// Unreadable: an error, never the default (team) mode or an
	// acknowledgement.
	cancelled, cancel := context.WithCancel(storage.WithEvent(ctx, keys))
	cancel()
	if m, err := s.QueueMode(cancelled, ws); err == nil {
		t.Errorf("unreadable: queue mode %q, want an error", m)
	}
	if a, err := s.AcknowledgedGuidelines(cancelled, ws, "dana"); err == nil {
		t.Errorf("unreadable: acknowledged %v, want an error", a)
	}
	// A wrong type read with missing keys in one pipeline is an error too.
	bad := ws + "c"
	if err := redistest.Client(t, testDB).Set(ctx, "dlg:{"+bad+"}:settings", "x", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if m, err := s.QueueMode(storage.WithEvent(ctx, storage.EventKeys{Workspace: bad, Platform: "slack", User: "dana", Channel: "C1", Settings: true}), bad); err == nil {
		t.Errorf("settings of the wrong type: queue mode %q, want an error", m)
	}
}

// TestEventViewDelivery: an event's pipeline records its delivery
// (EventKeys.Delivery) and FirstDelivery answers from it once; a second
// delivery of the same id is no first one; a failed read in the pipeline
// does not make the event a duplicate of itself when the reads are tried
// again.
func TestEventViewDelivery(t *testing.T) {
	ctx := context.Background()
	s, tr := countingStore(t)
	ws := workspace(t)
	keys := storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "C1", Settings: true,
		Delivery: "cmd:1", DeliveryTTL: time.Hour}
	ev := storage.WithEvent(ctx, keys)
	rt, _ := measure(tr, func() {
		if first, err := s.FirstDelivery(ev, ws, "cmd:1", time.Hour); err != nil || !first {
			t.Errorf("first delivery = %v, %v, want true", first, err)
		}
		if _, err := s.QueueMode(ev, ws); err != nil {
			t.Error(err)
		}
	})
	if rt != 1 {
		t.Errorf("recording the delivery and the reads: %d round trips, want 1", rt)
	}
	if first, err := s.FirstDelivery(ev, ws, "cmd:1", time.Hour); err != nil || first {
		t.Errorf("asked again in the event: %v, %v, want false", first, err)
	}
	if first, err := s.FirstDelivery(storage.WithEvent(ctx, keys), ws, "cmd:1", time.Hour); err != nil || first {
		t.Errorf("a second delivery = %v, %v, want false", first, err)
	}
	// Another id than the view's is recorded on its own.
	if first, err := s.FirstDelivery(storage.WithEvent(ctx, keys), ws, "cmd:2", time.Hour); err != nil || !first {
		t.Errorf("another delivery = %v, %v, want true", first, err)
	}

	// A read fails (settings of the wrong type) while the marker is set.
	bad := ws + "bad"
	if err := redistest.Client(t, testDB).Set(ctx, "dlg:{"+bad+"}:settings", "x", 0).Err(); err != nil {
		t.Fatal(err)
	}
	keys.Workspace = bad
	ev = storage.WithEvent(ctx, keys)
	if first, err := s.FirstDelivery(ev, bad, "cmd:1", time.Hour); err != nil || !first {
		t.Errorf("first delivery with a failed read = %v, %v, want true (the reads fail on their own)", first, err)
	}
	if m, err := s.QueueMode(ev, bad); err == nil {
		t.Errorf("unreadable queue mode = %q, want an error", m)
	}
	if _, err := s.Access(ev, bad, "dana"); err == nil {
		t.Errorf("reads after a failed pipeline: no error, want one")
	}
	// Unrecorded (the pipeline failed as a whole): an error, not a duplicate.
	cancelled, cancel := context.WithCancel(storage.WithEvent(ctx, storage.EventKeys{Workspace: ws, User: "dana", Delivery: "cmd:3", DeliveryTTL: time.Hour}))
	cancel()
	if first, err := s.FirstDelivery(cancelled, ws, "cmd:3", time.Hour); err == nil {
		t.Errorf("unrecordable delivery = %v, no error", first)
	}
	if first, err := s.FirstDelivery(ctx, ws, "cmd:3", time.Hour); err != nil || !first {
		t.Errorf("after a failed recording = %v, %v, want true", first, err)
	}
}
