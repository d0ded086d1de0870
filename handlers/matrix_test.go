package handlers_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// refusals counts the "refused" entries of the workspace's audit trail.
func (e *env) refusals() int {
	entries, err := e.store.ReadAudit(context.Background(), e.ws, "", 10000)
	if err != nil {
		e.t.Fatal(err)
	}
	n := 0
	for _, a := range entries {
		if a.Action == "refused" {
			n++
		}
	}
	return n
}

// TestRoleMatrix runs every command as every kind of user against a ticket
// of one executive, in the pairs queue mode, and checks that exactly the
// users the rules name are allowed and that every refusal is private and
// audited.
func TestRoleMatrix(t *testing.T) {
	// Users: dana (executive who asked), lee (another executive), alice
	// (assistant supporting dana), bob (assistant supporting lee), admin
	// (admin only), zed (no role).
	users := []string{"dana", "lee", "alice", "bob", "admin", "zed"}
	cases := []struct {
		line    string
		claimed bool // the ticket is claimed by alice first
		allowed []string
	}{
		{"draft a reply to Dr. Kim about the budget", false, []string{"dana", "lee"}},
		{"/claim DEL-1", false, []string{"alice"}},
		{"/start DEL-1", true, []string{"alice"}},
		{"/wait DEL-1", true, []string{"alice"}},
		{"/done DEL-1 finished", true, []string{"alice"}},
		{"/release DEL-1", true, []string{"alice", "admin"}},
		{"/cancel DEL-1", false, []string{"dana", "admin"}},
		{"/note DEL-1 called them", false, []string{"dana", "alice", "admin"}},
		{"/status DEL-1", false, []string{"dana", "alice", "admin"}},
		{"/tickets @dana", false, []string{"alice", "bob", "admin"}},
		{"/phi approve #C9", false, []string{"admin"}},
		{"/phi list", false, []string{"admin"}},
		{"/role grant @zed assistant", false, []string{"admin"}},
		{"/support @bob @dana", false, []string{"admin"}},
		{"/unsupport @alice @dana", false, []string{"admin"}},
		{"/clearance grant @alice", false, []string{"admin"}},
		{"/queue team", false, []string{"admin"}},
		{"/roles", false, []string{"admin"}},
		{"/audit", false, []string{"admin"}},
	}
	for _, tc := range cases {
		for _, u := range users {
			allowed := false
			for _, a := range tc.allowed {
				allowed = allowed || a == u
			}
			name := fmt.Sprintf("%s/%s", strings.Fields(tc.line)[0], u)
			t.Run(name, func(t *testing.T) {
				e := newEnv(t)
				ctx := context.Background()
				must := func(err error) {
					if err != nil {
						t.Fatal(err)
					}
				}
				must(e.store.SetQueueMode(ctx, e.ws, storage.QueuePairs, "admin"))
				must(e.store.SetSupport(ctx, e.ws, "alice", "dana", true, "admin"))
				must(e.store.SetSupport(ctx, e.ws, "bob", "lee", true, "admin"))
				e.send("dana", "book a car to the Boston conference on Dec 8")
				if tc.claimed {
					if out := e.send("alice", "/claim DEL-1"); out[0].Destination().Ephemeral {
						t.Fatalf("setup claim refused: %q", out[0].Text())
					}
				}
				before := e.refusals()
				out := e.send(u, tc.line)
				refused := e.refusals() - before
				if allowed {
					if refused != 0 || len(out) == 0 || out[0].Destination().Ephemeral {
						t.Fatalf("%s was refused %q: %q", u, tc.line, texts(out))
					}
					return
				}
				if refused != 1 || len(out) != 1 || !out[0].Destination().Ephemeral || out[0].Destination().User != u {
					t.Fatalf("%s should be refused %q privately and audited; got %d refusals, replies %q", u, tc.line, refused, texts(out))
				}
				tk, err := e.store.FindTicket(ctx, e.ws, 1)
				if err != nil {
					t.Fatal(err)
				}
				want := delegatebot.StatusOpen
				if tc.claimed {
					want = delegatebot.StatusClaimed
				}
				if tk.Status != want {
					t.Fatalf("a refused command changed the ticket to %s", tk.Status)
				}
			})
		}
	}
}

func TestPairsAndClearance(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.store.SetQueueMode(ctx, e.ws, storage.QueuePairs, "admin")
	e.store.SetSupport(ctx, e.ws, "alice", "dana", true, "admin")
	e.send("dana", "call the family of pt Maria Gonzalez at 617-555-0142")
	e.send("lee", "order new badges for the front desk")
	if got := only(t, e.send("bob", "/claim DEL-1")); got != "Only assistants supporting @dana can claim DEL-1." {
		t.Fatalf("claim by a non-supporting assistant: %q", got)
	}
	lines := strings.Split(only(t, e.send("alice", "/tickets open")), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "DEL-1 ·") {
		t.Fatalf("alice's queue = %q, want only dana's DEL-1", lines)
	}
	// Approve the channel so only clearance decides what alice sees.
	e.store.ApproveChannel(ctx, e.ws, "C1", "admin")
	request := func(user string) string {
		out := e.send(user, "/status DEL-1")
		for _, f := range out[0].Card().Fields {
			if f.Label.String() == "Request" {
				return f.Value.String()
			}
		}
		t.Fatalf("no Request field for %s", user)
		return ""
	}
	if got := request("alice"); strings.Contains(got, "617-555-0142") {
		t.Fatalf("alice without clearance sees %q", got)
	}
	if got := request("admin"); strings.Contains(got, "617-555-0142") {
		t.Fatalf("an admin without clearance sees %q", got)
	}
	e.send("admin", "/clearance grant @alice")
	if got := request("alice"); !strings.Contains(got, "617-555-0142") {
		t.Fatalf("alice with clearance in an approved channel sees %q", got)
	}
	e.store.RevokeChannel(ctx, e.ws, "C1", "admin")
	if got := request("alice"); strings.Contains(got, "617-555-0142") {
		t.Fatalf("alice with clearance in an unapproved channel sees %q", got)
	}
	roles := only(t, e.send("admin", "/roles"))
	if !strings.Contains(roles, "@alice: PHI clearance; supports @dana") {
		t.Fatalf("/roles = %q", roles)
	}
}

func texts(out []bot.Outgoing) []string {
	var s []string
	for _, o := range out {
		s = append(s, o.Text())
	}
	sort.Strings(s)
	return s
}
