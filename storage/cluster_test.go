package storage_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// These tests run the storage layer on a real Redis Cluster, where every
// multi-key transaction and script must stay on one hash slot. They need
// DELEGATEBOT_TEST_CLUSTER_URL (scripts/cluster-test.sh starts a cluster and
// sets it) and are skipped without it.

// clusterStore connects with our URL scheme (?cluster=true&addr=…) and
// encrypts with a fresh key.
func clusterStore(t *testing.T) (*storage.Store, *redis.ClusterClient) {
	t.Helper()
	url := os.Getenv("DELEGATEBOT_TEST_CLUSTER_URL")
	if url == "" {
		t.Skip("DELEGATEBOT_TEST_CLUSTER_URL is not set (scripts/cluster-test.sh sets it)")
	}
	rdb, err := storage.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rdb.Close() })
	cc, ok := rdb.(*redis.ClusterClient)
	if !ok {
		t.Fatalf("Connect(%q) = %T, want *redis.ClusterClient", url, rdb)
	}
	s := storage.New(rdb)
	s.Keys = newKeyring(t, clusterKeyA, clusterKeyB)
	return s, cc
}

// newKeyring returns a keyring whose current key is cur and which also
// decrypts with old.
func newKeyring(t *testing.T, cur []byte, old ...[]byte) *storage.Keyring {
	t.Helper()
	kr, err := storage.NewKeyring(cur, old...)
	if err != nil {
		t.Fatal(err)
	}
	return kr
}

// The cluster tests encrypt under clusterKeyA and rotate to clusterKeyB.
// They are fixed, not random, because RotateKeys re-encrypts every
// workspace on the cluster, including those of earlier runs: with these two
// it can always read them.
var (
	clusterKeyA = []byte("delegatebot-cluster-test-key-A-0")
	clusterKeyB = []byte("delegatebot-cluster-test-key-B-0")
)

// clusterWorkspaces returns n workspace ids whose hash tags live on n
// different masters, so the tests cross every node.
func clusterWorkspaces(t *testing.T, cc *redis.ClusterClient, n int) []string {
	t.Helper()
	ctx := context.Background()
	//lint:ignore SA1019 CLUSTER SHARDS needs Redis 7; scripts/cluster-test.sh supports 5.0 and later.
	slots, err := cc.ClusterSlots(ctx).Result()
	if err != nil {
		t.Fatal(err)
	}
	owner := func(slot int64) string {
		for _, s := range slots {
			if int64(s.Start) <= slot && slot <= int64(s.End) && len(s.Nodes) > 0 {
				return s.Nodes[0].Addr
			}
		}
		return ""
	}
	seen := map[string]bool{}
	var out []string
	run := time.Now().UnixNano() % 1e9
	for i := 0; len(out) < n && i < 1000; i++ {
		ws := fmt.Sprintf("TCL%d-%d", run, i)
		slot, err := cc.ClusterKeySlot(ctx, "{"+ws+"}").Result()
		if err != nil {
			t.Fatal(err)
		}
		if node := owner(slot); node != "" && !seen[node] {
			seen[node] = true
			out = append(out, ws)
		}
	}
	if len(out) < min(n, len(slots)) {
		t.Fatalf("found workspaces on %d nodes, want %d", len(out), n)
	}
	return out
}

func clusterTicket(ws, requester, event string) *delegatebot.Ticket {
	return &delegatebot.Ticket{
		Workspace: ws, Requester: requester, Intent: delegatebot.IntentReschedule,
		Subject: "board meeting", Text: "move my board meeting to Thursday at 3, call pt at 617-555-0142",
		Due:      delegatebot.DateOf(time.Now().Add(48 * time.Hour)),
		Priority: delegatebot.PriorityNormal,
		Source:   delegatebot.Source{Platform: "slack", Channel: "D1", Event: event},
	}
}

// TestClusterTickets runs the ticket life cycle in workspaces on every
// master: creation (idempotent by event id), a first-wins claim race, every
// transition, notes, edits, pagination and the status counts.
func TestClusterTickets(t *testing.T) {
	s, cc := clusterStore(t)
	ctx := context.Background()
	wss := clusterWorkspaces(t, cc, 3)
	for _, ws := range wss {
		t.Run(ws, func(t *testing.T) {
			t.Run("CreateTicket", func(t *testing.T) {
				if _, err := s.CreateTicket(ctx, clusterTicket(ws, "dana", ""), ""); err != nil {
					t.Fatalf("without an event id: %v", err)
				}
				first := clusterTicket(ws, "dana", "Ev1")
				if existing, err := s.CreateTicket(ctx, first, "PHONE=1"); err != nil || existing {
					t.Fatalf("CreateTicket = %v, %v; want a new ticket", existing, err)
				}
				again := clusterTicket(ws, "dana", "Ev1")
				existing, err := s.CreateTicket(ctx, again, "")
				if err != nil || !existing || again.Number != first.Number {
					t.Fatalf("redelivered event: existing=%v number=%d err=%v; want existing ticket %d", existing, again.Number, err, first.Number)
				}
			})
			t.Run("ClaimRace", func(t *testing.T) {
				tk := clusterTicket(ws, "dana", "EvRace")
				if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
					t.Fatal(err)
				}
				const racers = 8
				var wg sync.WaitGroup
				errs := make([]error, racers)
				for i := range racers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						_, errs[i] = s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionClaim, Actor: fmt.Sprintf("asst%d", i)})
					}()
				}
				wg.Wait()
				wins := 0
				for _, err := range errs {
					switch {
					case err == nil:
						wins++
					case delegatebot.ErrorCode(err) != delegatebot.ECONFLICT:
						t.Errorf("losing claim: %v, want ECONFLICT", err)
					}
				}
				if wins != 1 {
					t.Fatalf("%d claims won, want exactly 1", wins)
				}
			})
			t.Run("Transitions", func(t *testing.T) {
				tk := clusterTicket(ws, "dana", "EvLife")
				if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
					t.Fatal(err)
				}
				steps := []struct {
					action delegatebot.Action
					want   delegatebot.Status
				}{
					{delegatebot.ActionClaim, delegatebot.StatusClaimed},
					{delegatebot.ActionStart, delegatebot.StatusInProgress},
					{delegatebot.ActionWait, delegatebot.StatusWaiting},
					{delegatebot.ActionStart, delegatebot.StatusInProgress},
					{delegatebot.ActionRelease, delegatebot.StatusOpen},
					{delegatebot.ActionClaim, delegatebot.StatusClaimed},
					{delegatebot.ActionDone, delegatebot.StatusDone},
				}
				for _, st := range steps {
					got, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: st.action, Actor: "alice", Channel: "C1", Note: "step " + string(st.action)})
					if err != nil || got.Status != st.want {
						t.Fatalf("%s: status %v, err %v; want %s", st.action, got, err, st.want)
					}
				}
				if _, err := s.Transition(ctx, ws, tk.Number, storage.Change{Action: delegatebot.ActionCancel, Actor: "dana"}); delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
					t.Fatalf("cancel a done ticket: %v, want ECONFLICT", err)
				}
				other := clusterTicket(ws, "dana", "EvCancel")
				if _, err := s.CreateTicket(ctx, other, ""); err != nil {
					t.Fatal(err)
				}
				if got, err := s.Transition(ctx, ws, other.Number, storage.Change{Action: delegatebot.ActionCancel, Actor: "dana"}); err != nil || got.Status != delegatebot.StatusCancelled {
					t.Fatalf("cancel: %v, %v", got, err)
				}
			})
			t.Run("NotesAndEdits", func(t *testing.T) {
				tk := clusterTicket(ws, "dana", "EvNote")
				if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
					t.Fatal(err)
				}
				got, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "alice", Text: "called the board office"}, "C1", nil)
				if err != nil || len(got.Notes) != 1 || got.Notes[0].Text != "called the board office" {
					t.Fatalf("AddNote: %+v, %v", got, err)
				}
				got, err = s.EditTicket(ctx, ws, tk.Number, "dana", "D1", func(t *delegatebot.Ticket) (delegatebot.TicketUpdate, error) {
					subject := "board dinner"
					return delegatebot.TicketUpdate{Subject: &subject}, nil
				})
				if err != nil || got.Subject != "board dinner" {
					t.Fatalf("EditTicket: %+v, %v", got, err)
				}
			})
			t.Run("ListTicketsPagination", func(t *testing.T) {
				for i := range 23 {
					if _, err := s.CreateTicket(ctx, clusterTicket(ws, "pat", fmt.Sprintf("EvPage%d", i)), ""); err != nil {
						t.Fatal(err)
					}
				}
				var got []int64
				after := int64(0)
				for page := 0; page < 10; page++ {
					ts, next, err := s.ListTickets(ctx, ws, storage.Filter{Requester: "pat"}, after, 10)
					if err != nil {
						t.Fatal(err)
					}
					for _, tk := range ts {
						got = append(got, tk.Number)
					}
					if next == 0 {
						break
					}
					after = next
				}
				if len(got) != 23 {
					t.Fatalf("paged through %d tickets, want 23: %v", len(got), got)
				}
				for i := 1; i < len(got); i++ {
					if got[i] <= got[i-1] {
						t.Fatalf("pages out of order or repeated: %v", got)
					}
				}
			})
		})
	}
	t.Run("StatusCounts", func(t *testing.T) {
		counts, err := s.StatusCounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ws := range wss {
			c := counts[ws]
			// Per workspace: 2 from CreateTicket (one redelivery), 1 raced,
			// 2 in the life cycle, 1 noted, 23 paged.
			if c[delegatebot.StatusDone] != 1 || c[delegatebot.StatusCancelled] != 1 || c[delegatebot.StatusClaimed] != 1 {
				t.Errorf("%s: counts %v, want 1 done, 1 cancelled, 1 claimed", ws, c)
			}
			if c[delegatebot.StatusOpen] != 2+1+23 {
				t.Errorf("%s: %d open, want 26", ws, c[delegatebot.StatusOpen])
			}
		}
	})
}

// TestClusterPolicyAuditJobs covers the per-workspace keys beside tickets:
// channel approval, event dedupe, the hash-chained audit stream and its
// trimming, and scheduled jobs with their leases.
func TestClusterPolicyAuditJobs(t *testing.T) {
	s, cc := clusterStore(t)
	ctx := context.Background()
	for _, ws := range clusterWorkspaces(t, cc, 3) {
		t.Run(ws, func(t *testing.T) {
			if err := s.ApproveChannel(ctx, ws, "CPHI", "admin"); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.Approved(ctx, ws, "CPHI"); err != nil || !ok {
				t.Fatalf("approved after approve = %v, %v", ok, err)
			}
			if err := s.RevokeChannel(ctx, ws, "CPHI", "admin"); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.Approved(ctx, ws, "CPHI"); err != nil || ok {
				t.Fatalf("approved after revoke = %v, %v", ok, err)
			}

			for i, want := range []bool{true, false} {
				if first, err := s.FirstDelivery(ctx, ws, "EvDup", time.Minute); err != nil || first != want {
					t.Fatalf("delivery %d: first = %v, %v; want %v", i+1, first, err, want)
				}
			}

			if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "guard.redact", Channel: "D1", Detail: "PHONE=1"}); err != nil {
				t.Fatal(err)
			}
			last, err := cc.XRevRangeN(ctx, "dlg:{"+ws+"}:audit", "+", "-", 1).Result()
			if err != nil || len(last) != 1 {
				t.Fatalf("last audit entry: %v, %v", last, err)
			}
			cut := pastStreamID(t, cc, last[0].ID)
			if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "guard.allow", Channel: "CPHI"}); err != nil {
				t.Fatal(err)
			}
			n, err := s.VerifyAudit(ctx, ws)
			if err != nil || n != 4 {
				t.Fatalf("VerifyAudit = %d, %v; want 4 entries (approve, revoke, 2 audits) and an intact chain", n, err)
			}
			if dropped, err := s.TrimAudit(ctx, ws, cut); err != nil || dropped != 3 {
				t.Fatalf("TrimAudit = %d, %v; want 3 dropped", dropped, err)
			}
			if n, err := s.VerifyAudit(ctx, ws); err != nil || n != 1 {
				t.Fatalf("VerifyAudit after trim = %d, %v; want 1 entry and an intact chain", n, err)
			}

			now := time.Now()
			for _, j := range []storage.Job{{Kind: "due_soon", Ticket: 1, At: now.Add(-time.Minute)}, {Kind: "overdue", Ticket: 1, At: now.Add(time.Hour)}} {
				if err := s.ScheduleJob(ctx, ws, j, false); err != nil {
					t.Fatal(err)
				}
			}
			jobs, err := s.TakeJobs(ctx, ws, now, time.Minute, 10)
			if err != nil || len(jobs) != 1 || jobs[0].Kind != "due_soon" {
				t.Fatalf("TakeJobs = %+v, %v; want the one due job", jobs, err)
			}
			if again, err := s.TakeJobs(ctx, ws, now, time.Minute, 10); err != nil || len(again) != 0 {
				t.Fatalf("TakeJobs while leased = %+v, %v; want none", again, err)
			}
			if err := s.DoneJob(ctx, ws, jobs[0]); err != nil {
				t.Fatal(err)
			}
			if later, err := s.TakeJobs(ctx, ws, now.Add(2*time.Minute), time.Minute, 10); err != nil || len(later) != 0 {
				t.Fatalf("TakeJobs after done and lease expiry = %+v, %v; want none", later, err)
			}
			wss, err := s.ScheduledWorkspaces(ctx)
			if err != nil || !slices.Contains(wss, ws) {
				t.Fatalf("ScheduledWorkspaces lacks %s: %v", ws, err)
			}
		})
	}
}

// TestClusterKeys checks encryption at rest and a key rotation across every
// workspace (RotateKeys walks the global workspaces set, on its own slot).
func TestClusterKeys(t *testing.T) {
	s, cc := clusterStore(t)
	ctx := context.Background()
	s.Keys = newKeyring(t, clusterKeyA)
	wss := clusterWorkspaces(t, cc, 3)
	for _, ws := range wss {
		tk := clusterTicket(ws, "dana", "EvKey")
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddNote(ctx, ws, tk.Number, delegatebot.Note{Author: "alice", Text: "pt DOB 01/02/1960"}, "C1", nil); err != nil {
			t.Fatal(err)
		}
		plain := storage.New(cc)
		if _, err := plain.FindTicket(ctx, ws, tk.Number); !errors.Is(err, storage.ErrNoKey) {
			t.Fatalf("%s: read without a key: %v, want ErrNoKey (text must be encrypted at rest)", ws, err)
		}
	}
	s.Keys = newKeyring(t, clusterKeyB, clusterKeyA)
	n, err := s.RotateKeys(ctx, nil)
	if err != nil || n < len(wss) {
		t.Fatalf("RotateKeys = %d, %v; want at least %d tickets re-encrypted", n, err, len(wss))
	}
	onlyNew := storage.New(cc)
	onlyNew.Keys = newKeyring(t, clusterKeyB)
	for _, ws := range wss {
		got, err := onlyNew.FindTicket(ctx, ws, 1)
		if err != nil || !strings.Contains(got.Text, "617-555-0142") || len(got.Notes) != 1 || got.Notes[0].Text != "pt DOB 01/02/1960" {
			t.Fatalf("%s: read with only the new key: %+v, %v", ws, got, err)
		}
	}
}

// TestClusterInbox runs the durable event inbox (its own hash tag) on the
// cluster: redeliveries are dropped, a lease hides an event until it expires.
func TestClusterInbox(t *testing.T) {
	s, cc := clusterStore(t)
	ctx := context.Background()
	ws := clusterWorkspaces(t, cc, 1)[0]
	platform := fmt.Sprintf("clustertest%d", time.Now().UnixNano()%1e6)
	for i, want := range []bool{true, false} {
		if queued, err := s.Enqueue(ctx, platform, ws, "EvInbox", []byte(`{"x":1}`)); err != nil || queued != want {
			t.Fatalf("enqueue %d = %v, %v; want %v", i+1, queued, err, want)
		}
	}
	item, body, err := s.Dequeue(ctx, platform, time.Minute)
	if err != nil || item == "" || string(body) != `{"x":1}` {
		t.Fatalf("Dequeue = %q, %q, %v", item, body, err)
	}
	if next, _, err := s.Dequeue(ctx, platform, time.Minute); err != nil || next != "" {
		t.Fatalf("Dequeue while leased = %q, %v; want nothing", next, err)
	}
	if err := s.Ack(ctx, platform, item); err != nil {
		t.Fatal(err)
	}
	if q, l, err := s.InboxLen(ctx, platform); err != nil || q+l != 0 {
		t.Fatalf("InboxLen = %d, %d, %v; want empty", q, l, err)
	}
}
