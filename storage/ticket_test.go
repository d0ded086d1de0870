package storage_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// testDB is this package's database on the test server.
const testDB = 11

func newStore(t testing.TB) *storage.Store {
	t.Helper()
	return storage.New(redistest.Client(t, testDB))
}

// workspace returns a workspace id unique to the test, so tests share a DB safely.
func workspace(t testing.TB) string {
	r := strings.NewReplacer("/", "-", " ", "_", "{", "", "}", "", ":", "")
	return fmt.Sprintf("T%s-%d", r.Replace(t.Name()), time.Now().UnixNano()%1e6)
}

func newTicket(ws, requester string) *delegatebot.Ticket {
	return &delegatebot.Ticket{
		Workspace: ws, Requester: requester, Intent: delegatebot.IntentReschedule,
		Subject: "board meeting", Text: "move my board meeting to Thursday at 3",
		When:     delegatebot.At(time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)),
		Priority: delegatebot.PriorityNormal, Source: delegatebot.Source{Platform: "console", Channel: "C1"},
	}
}

func TestCreateAndFind(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	ny, _ := time.LoadLocation("America/New_York")
	want := newTicket(ws, "dana")
	want.When = delegatebot.At(time.Date(2026, 12, 3, 15, 0, 0, 0, ny))
	want.Due = delegatebot.DateOf(time.Date(2026, 12, 4, 0, 0, 0, 0, ny))
	if _, err := s.CreateTicket(ctx, want, ""); err != nil {
		t.Fatal(err)
	}
	if got := want.ID(); got != "DEL-1" {
		t.Fatalf("first ticket id = %s, want DEL-1", got)
	}
	got, err := s.FindTicket(ctx, ws, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Summary() != want.Summary() || got.Text != want.Text || got.Requester != "dana" {
		t.Fatalf("found %q, want %q", got.Summary(), want.Summary())
	}
	if got.When.String() != "2026-12-03T15:00:00-05:00" || got.Due.String() != "2026-12-04" {
		t.Fatalf("moments = %s / %s, want 2026-12-03T15:00:00-05:00 / 2026-12-04", got.When, got.Due)
	}
	second := newTicket(ws, "dana")
	if _, err := s.CreateTicket(ctx, second, ""); err != nil {
		t.Fatal(err)
	}
	if second.ID() != "DEL-2" {
		t.Fatalf("second ticket id = %s, want DEL-2", second.ID())
	}
	if _, err := s.FindTicket(ctx, ws, 99); delegatebot.ErrorCode(err) != delegatebot.ENOTFOUND {
		t.Fatalf("find unknown ticket: err = %v, want ENOTFOUND", err)
	}
}

func TestClaimRace(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	tk := newTicket(ws, "dana")
	if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	const n = 50
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: fmt.Sprintf("a%d", i)})
		}()
	}
	wg.Wait()
	var winners []int
	for i, err := range errs {
		if err == nil {
			winners = append(winners, i)
			continue
		}
		if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT || !strings.Contains(delegatebot.ErrorMessage(err), "already claimed by @a") {
			t.Errorf("claim %d: err = %v, want ECONFLICT already claimed", i, err)
		}
	}
	if len(winners) != 1 {
		t.Fatalf("%d claims succeeded, want exactly 1", len(winners))
	}
	got, _ := s.FindTicket(ctx, ws, tk.Number)
	if want := fmt.Sprintf("a%d", winners[0]); got.Assignee != want || got.Status != delegatebot.StatusClaimed {
		t.Fatalf("ticket = %s assignee %s, want claimed by %s", got.Status, got.Assignee, want)
	}
	entries, err := s.ReadAudit(ctx, ws, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	claims := 0
	for _, e := range entries {
		if e.Action == "ticket.claim" {
			claims++
		}
	}
	if claims != 1 {
		t.Fatalf("audit has %d claim entries, want 1", claims)
	}
	mine, _, err := s.ListTickets(ctx, ws, storage.Filter{Assignee: got.Assignee}, 0, 10)
	if err != nil || len(mine) != 1 {
		t.Fatalf("assignee index has %d tickets (err %v), want 1", len(mine), err)
	}
}

// TestTransitions walks every action from every status: legal ones move the
// ticket and its indexes, illegal ones fail with a message for the user and
// change nothing.
func TestTransitions(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	// path leads a fresh ticket to each status.
	path := map[delegatebot.Status][]delegatebot.Action{
		delegatebot.StatusOpen:       nil,
		delegatebot.StatusClaimed:    {delegatebot.ActionClaim},
		delegatebot.StatusInProgress: {delegatebot.ActionClaim, delegatebot.ActionStart},
		delegatebot.StatusWaiting:    {delegatebot.ActionClaim, delegatebot.ActionWait},
		delegatebot.StatusDone:       {delegatebot.ActionClaim, delegatebot.ActionDone},
		delegatebot.StatusCancelled:  {delegatebot.ActionCancel},
	}
	legal := map[delegatebot.Status]map[delegatebot.Action]delegatebot.Status{
		delegatebot.StatusOpen:       {delegatebot.ActionClaim: delegatebot.StatusClaimed, delegatebot.ActionCancel: delegatebot.StatusCancelled},
		delegatebot.StatusClaimed:    {delegatebot.ActionStart: delegatebot.StatusInProgress, delegatebot.ActionWait: delegatebot.StatusWaiting, delegatebot.ActionRelease: delegatebot.StatusOpen, delegatebot.ActionDone: delegatebot.StatusDone, delegatebot.ActionCancel: delegatebot.StatusCancelled},
		delegatebot.StatusInProgress: {delegatebot.ActionWait: delegatebot.StatusWaiting, delegatebot.ActionRelease: delegatebot.StatusOpen, delegatebot.ActionDone: delegatebot.StatusDone, delegatebot.ActionCancel: delegatebot.StatusCancelled},
		delegatebot.StatusWaiting:    {delegatebot.ActionStart: delegatebot.StatusInProgress, delegatebot.ActionRelease: delegatebot.StatusOpen, delegatebot.ActionDone: delegatebot.StatusDone, delegatebot.ActionCancel: delegatebot.StatusCancelled},
		delegatebot.StatusDone:       {},
		delegatebot.StatusCancelled:  {},
	}
	// wantErr is the message each illegal pair shows, %s standing for the id.
	wantErr := map[delegatebot.Status]map[delegatebot.Action]string{
		delegatebot.StatusOpen: {
			delegatebot.ActionStart: "%s is open: nobody has claimed it yet.", delegatebot.ActionWait: "%s is open: nobody has claimed it yet.",
			delegatebot.ActionRelease: "%s is open: nobody has claimed it yet.", delegatebot.ActionDone: "%s is open: nobody has claimed it yet.",
		},
		delegatebot.StatusClaimed:    {delegatebot.ActionClaim: "%s is already claimed by @bob."},
		delegatebot.StatusInProgress: {delegatebot.ActionClaim: "%s is already claimed by @bob.", delegatebot.ActionStart: "%s is already in progress."},
		delegatebot.StatusWaiting:    {delegatebot.ActionClaim: "%s is already claimed by @bob.", delegatebot.ActionWait: "%s is already waiting."},
	}
	for from, steps := range path {
		for _, a := range delegatebot.Actions {
			t.Run(fmt.Sprintf("%s/%s", from, a), func(t *testing.T) {
				ws := workspace(t)
				tk := newTicket(ws, "dana")
				tk.Due = delegatebot.DateOf(time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC))
				if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
					t.Fatal(err)
				}
				for _, step := range steps {
					if _, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: step, Actor: "bob"}); err != nil {
						t.Fatalf("setup %s: %v", step, err)
					}
				}
				got, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: a, Actor: "bob"})
				to, ok := legal[from][a]
				if ok {
					if err != nil {
						t.Fatalf("%s from %s: %v", a, from, err)
					}
					checkIndexed(t, s, ws, got, to)
					return
				}
				if delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
					t.Fatalf("%s from %s: err = %v, want ECONFLICT", a, from, err)
				}
				want := "%s is already " + from.Human() + "."
				if m, ok := wantErr[from][a]; ok {
					want = m
				}
				if got, want := delegatebot.ErrorMessage(err), fmt.Sprintf(want, tk.ID()); got != want {
					t.Fatalf("message = %q, want %q", got, want)
				}
				after, _ := s.FindTicket(ctx, ws, tk.Number)
				checkIndexed(t, s, ws, after, from)
			})
		}
	}
}

// checkIndexed asserts tk has status want and sits in exactly the indexes
// that status implies.
func checkIndexed(t *testing.T, s *storage.Store, ws string, tk *delegatebot.Ticket, want delegatebot.Status) {
	t.Helper()
	ctx := context.Background()
	if tk.Status != want {
		t.Fatalf("status = %s, want %s", tk.Status, want)
	}
	for _, st := range delegatebot.Statuses {
		ts, _, err := s.ListTickets(ctx, ws, storage.Filter{Status: st}, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if in := len(ts) == 1; in != (st == want) {
			t.Fatalf("status index %s holds %d tickets, ticket is %s", st, len(ts), want)
		}
	}
	held, _, _ := s.ListTickets(ctx, ws, storage.Filter{Assignee: "bob"}, 0, 10)
	if wantHeld := want.Active(); (len(held) == 1) != wantHeld {
		t.Fatalf("assignee index holds %d tickets for status %s", len(held), want)
	}
	// A finished ticket keeps its assignee as a record of who did the work.
	if want.Active() && tk.Assignee != "bob" || want == delegatebot.StatusOpen && tk.Assignee != "" {
		t.Fatalf("assignee = %q for status %s", tk.Assignee, want)
	}
	overdue, _ := s.Overdue(ctx, ws, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), 10)
	if (len(overdue) == 1) == want.Final() {
		t.Fatalf("due index holds %d tickets for status %s", len(overdue), want)
	}
}

func TestAuthorizeRunsInTransaction(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	tk := newTicket(ws, "dana")
	if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	refuse := delegatebot.Errorf(delegatebot.EFORBIDDEN, "no")
	_, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionCancel, Actor: "eve",
		Authorize: func(*delegatebot.Ticket) error { return refuse }})
	if err != refuse {
		t.Fatalf("err = %v, want the Authorize error", err)
	}
	got, _ := s.FindTicket(ctx, ws, tk.Number)
	if got.Status != delegatebot.StatusOpen {
		t.Fatalf("status = %s after refused change, want open", got.Status)
	}
}

// TestEditAssignee: a held ticket changes hands with its assignee index; an
// open one cannot.
func TestEditAssignee(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	tk := newTicket(ws, "dana")
	if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	to := func(user string) func(*delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
		return func(*delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
			return delegatebot.TicketUpdate{Assignee: &user}, nil
		}
	}
	if _, err := s.EditTicket(ctx, ws, tk.Number, "admin", "C1", to("carol")); delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
		t.Fatalf("handing over an open ticket: err = %v, want ECONFLICT", err)
	}
	if _, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.EditTicket(ctx, ws, tk.Number, "admin", "C1", to("carol"))
	if err != nil || got.Assignee != "carol" || got.Status != delegatebot.StatusClaimed {
		t.Fatalf("EditTicket = %+v, %v; want claimed by carol", got, err)
	}
	for user, want := range map[string]int{"bob": 0, "carol": 1} {
		if held, _, _ := s.ListTickets(ctx, ws, storage.Filter{Assignee: user}, 0, 10); len(held) != want {
			t.Errorf("%s holds %d tickets, want %d", user, len(held), want)
		}
	}
	if stored, _ := s.FindTicket(ctx, ws, tk.Number); stored.Assignee != "carol" {
		t.Errorf("stored assignee = %q", stored.Assignee)
	}
}

func TestNotes(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	tk := newTicket(ws, "dana")
	if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "bob", Text: "called the office"}, "C1", nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: "bob", Note: "on it"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Notes) != 2 || got.Notes[0].Text != "called the office" || got.Notes[1].Text != "on it" {
		t.Fatalf("notes = %+v, want the two notes in order", got.Notes)
	}
	if _, err := s.AddNote(ctx, ws, 404, delegatebot.Note{Author: "bob", Text: "x"}, "C1", nil); delegatebot.ErrorCode(err) != delegatebot.ENOTFOUND {
		t.Fatalf("note on unknown ticket: err = %v, want ENOTFOUND", err)
	}
	refuse := func(t *delegatebot.Ticket) error {
		if t.Assignee != "carol" {
			return delegatebot.Errorf(delegatebot.EFORBIDDEN, "not yours")
		}
		return nil
	}
	if _, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "carol", Text: "x"}, "C1", refuse); delegatebot.ErrorCode(err) != delegatebot.EFORBIDDEN {
		t.Fatalf("refused note: err = %v, want EFORBIDDEN", err)
	}
	if got, err := s.FindTicket(ctx, ws, tk.Number); err != nil || len(got.Notes) != 2 {
		t.Fatalf("after a refused note: %d notes (err %v), want 2", len(got.Notes), err)
	}
}

func TestPagination(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	const total = 1000
	for i := range total {
		requester := "dana"
		if i%3 == 0 {
			requester = "lee"
		}
		if _, err := s.CreateTicket(ctx, newTicket(ws, requester), ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name   string
		filter storage.Filter
		want   int
	}{
		{"All", storage.Filter{}, total},
		{"Open", storage.Filter{Status: delegatebot.StatusOpen}, total},
		{"Requester", storage.Filter{Requester: "lee"}, 334},
		{"None", storage.Filter{Status: delegatebot.StatusDone}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[int64]bool{}
			var after int64
			pages := 0
			for {
				ts, next, err := s.ListTickets(ctx, ws, tc.filter, after, 37)
				if err != nil {
					t.Fatal(err)
				}
				pages++
				for _, tk := range ts {
					if seen[tk.Number] {
						t.Fatalf("ticket %s returned twice", tk.ID())
					}
					seen[tk.Number] = true
				}
				if next == 0 {
					break
				}
				after = next
				if pages > total {
					t.Fatal("pagination does not end")
				}
			}
			if len(seen) != tc.want {
				t.Fatalf("listed %d tickets, want %d", len(seen), tc.want)
			}
		})
	}
}

func TestPolicyAndDedupe(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	if ok, err := s.Approved(ctx, ws, "C9"); err != nil || ok {
		t.Fatalf("new channel approved = %v (err %v), want false", ok, err)
	}
	if err := s.ApproveChannel(ctx, ws, "C9", "admin1"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Approved(ctx, ws, "C9"); !ok {
		t.Fatal("approved channel reads as unapproved")
	}
	if err := s.RevokeChannel(ctx, ws, "C9", "admin1"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Approved(ctx, ws, "C9"); ok {
		t.Fatal("revoked channel reads as approved")
	}
	entries, _ := s.ReadAudit(ctx, ws, "", 10)
	if len(entries) != 2 || entries[0].Action != "policy.approve" || entries[1].Action != "policy.revoke" || entries[0].Actor != "admin1" {
		t.Fatalf("audit = %+v, want approve then revoke by admin1", entries)
	}
	first, err := s.FirstDelivery(ctx, ws, "Ev1", time.Hour)
	again, err2 := s.FirstDelivery(ctx, ws, "Ev1", time.Hour)
	if err != nil || err2 != nil || !first || again {
		t.Fatalf("first delivery = %v, second = %v (errs %v %v), want true then false", first, again, err, err2)
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if _, err := s.CreateTicket(ctx, newTicket("bad{ws}", "dana"), ""); delegatebot.ErrorCode(err) != delegatebot.EINVALID {
		t.Fatalf("workspace with braces: err = %v, want EINVALID", err)
	}
	if _, err := s.CreateTicket(ctx, newTicket(workspace(t), ""), ""); delegatebot.ErrorCode(err) != delegatebot.EINVALID {
		t.Fatalf("no requester: err = %v, want EINVALID", err)
	}
}

func BenchmarkCreateTicket(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.CreateTicket(ctx, newTicket(ws, "dana"), ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

// BenchmarkEventCreate is a worker's storage work for an event that opens
// a ticket: its reads, which reserve the number, then the create (two
// round trips), one event at a time.
func BenchmarkEventCreate(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	keys := storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "D1", Tickets: true}
	b.ResetTimer()
	for b.Loop() {
		ev := storage.WithEvent(ctx, keys)
		if _, err := s.Access(ev, ws, "dana"); err != nil {
			b.Fatal(err)
		}
		if _, err := s.CreateTicket(ev, newTicket(ws, "dana"), ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

func BenchmarkClaimTicket(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	ns := make([]int64, 0, b.N)
	for range b.N {
		tk := newTicket(ws, "dana")
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			b.Fatal(err)
		}
		ns = append(ns, tk.Number)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Transition(ctx, ws, ns[i], storage.Change{Action: delegatebot.ActionClaim, Actor: "bob"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

func TestCreateTicketIdempotentByEvent(t *testing.T) {
	ctx := context.Background()
	s, ws := newStore(t), workspace(t)
	first := newTicket(ws, "dana")
	first.Source.Event = "Ev42"
	if existing, err := s.CreateTicket(ctx, first, ""); err != nil || existing {
		t.Fatalf("first delivery: existing %v, err %v", existing, err)
	}
	var wg sync.WaitGroup
	results := make([]*delegatebot.Ticket, 10)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			again := newTicket(ws, "dana")
			again.Source.Event = "Ev42"
			existing, err := s.CreateTicket(ctx, again, "")
			if err != nil || !existing {
				t.Errorf("redelivery: existing %v, err %v", existing, err)
			}
			results[i] = again
		}()
	}
	wg.Wait()
	for _, r := range results {
		if r.Number != first.Number {
			t.Fatalf("redelivery got %s, want %s", r.ID(), first.ID())
		}
	}
	all, _, _ := s.ListTickets(ctx, ws, storage.Filter{}, 0, 100)
	if len(all) != 1 {
		t.Fatalf("%d tickets after 11 deliveries of one event, want 1", len(all))
	}
	other := newTicket(ws, "dana")
	other.Source.Event = "Ev43"
	if existing, _ := s.CreateTicket(ctx, other, ""); existing || other.Number != 2 {
		t.Fatalf("another event: existing %v, %s", existing, other.ID())
	}
}

// BenchmarkCreateTicketParallel creates tickets from many goroutines, as
// replicas and workers do, for comparison with redis-benchmark's 50 clients.
func BenchmarkCreateTicketParallel(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.CreateTicket(ctx, newTicket(ws, "dana"), ""); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tickets/s")
}

// BenchmarkEventReads is one event's reads (profile, access, pending
// question, channel policy: one pipeline, WithEvent), one at a time.
func BenchmarkEventReads(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	if err := s.ApproveChannel(ctx, ws, "CQUEUE", "admin"); err != nil {
		b.Fatal(err)
	}
	keys := storage.EventKeys{Workspace: ws, Platform: "slack", User: "dana", Channel: "D1"}
	b.ResetTimer()
	for b.Loop() {
		ev := storage.WithEvent(ctx, keys)
		if _, err := s.Profile(ev, ws, "slack", "dana"); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Access(ev, ws, "dana"); err != nil {
			b.Fatal(err)
		}
		if _, err := s.FindPending(ev, ws, "dana", "D1"); err != nil {
			b.Fatal(err)
		}
		if ok, err := s.Approved(ev, ws, "CQUEUE"); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkEnqueueParallel stores inbox events from 256 goroutines, as
// the bench's concurrent deliveries do (batched, see enqueue.go).
func BenchmarkEnqueueParallel(b *testing.B) {
	ctx := context.Background()
	s, ws := newStore(b), workspace(b)
	var n atomic.Int64
	b.SetParallelism(128)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := fmt.Sprintf("EvBench%d", n.Add(1))
			if _, err := s.Enqueue(ctx, "benchq", ws, id, []byte("a body of about the size of an event")); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
	redistest.Client(b, testDB).Del(ctx, "dlg:{inbox:benchq}:queue")
}
