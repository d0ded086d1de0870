package slack

import (
	"context"
	"slices"
	"strconv"
	"testing"
	"time"
)

// usersPage answers users.list for cursor: page n of f.users ("" is the
// first), with the next page's cursor when there is one.
func (f *fakeSlack) usersPage(cursor string) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, _ := strconv.Atoi(cursor)
	var members []map[string]any
	if n < len(f.users) {
		members = f.users[n]
	}
	next := ""
	if n+1 < len(f.users) {
		next = strconv.Itoa(n + 1)
	}
	return map[string]any{"members": members, "response_metadata": map[string]any{"next_cursor": next}}
}

func member(id, real, display, first, last string) map[string]any {
	return map[string]any{"id": id, "real_name": real,
		"profile": map[string]any{"real_name": real, "display_name": display, "first_name": first, "last_name": last}}
}

// TestMembers: users.list is walked page by page by cursor, through a rate
// limit; bots, apps, Slackbot and deactivated users are left out.
func TestMembers(t *testing.T) {
	h := newHarness(t)
	bot := member("UB1", "Build Bot", "buildbot", "", "")
	bot["is_bot"] = true
	gone := member("UX1", "Harriet Quibell", "", "Harriet", "Quibell")
	gone["deleted"] = true
	app := member("UA1", "Expense App", "", "", "")
	app["is_app_user"] = true
	h.fake.users = [][]map[string]any{
		{member("U1", "Teodor Vanek", "teo", "Teodor", "Vanek"), bot, member("USLACKBOT", "Slackbot", "", "", "")},
		{member("U2", "Marisol Okonkwo-Reyes", "Mari O", "Marisol", "Okonkwo-Reyes"), gone, app},
	}
	h.fake.limited["users.list"] = 1
	got, err := h.ad.Members(context.Background(), h.ws)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Teodor Vanek", "teo", "Marisol Okonkwo-Reyes", "Mari O"}
	if !slices.Equal(got, want) {
		t.Fatalf("Members = %q, want %q", got, want)
	}
	calls := h.fake.sent("users.list")
	if len(calls) != 3 || calls[2].Form.Get("cursor") != "1" {
		t.Fatalf("users.list calls = %d (last cursor %q), want 3: a 429, its retry, page 2 by cursor", len(calls), calls[len(calls)-1].Form.Get("cursor"))
	}
	if w := h.waits(); !slices.Equal(w, []time.Duration{time.Second}) {
		t.Fatalf("waits = %v, want [1s] as Retry-After asked", w)
	}
}

// TestMembersErr: a Web API error is returned, not an empty directory.
func TestMembersErr(t *testing.T) {
	h := newHarness(t)
	h.fake.fail["users.list"] = "missing_scope"
	if names, err := h.ad.Members(context.Background(), h.ws); err == nil || names != nil {
		t.Fatalf("Members = %q, %v; want an error", names, err)
	}
}
