package teams_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/bot/teams"
)

// TestMembers: once the bot has seen a message in a team channel, the
// tenant's roster comes from GET /v3/conversations/{channel}/members on
// that activity's service URL, with the bot's token; bots are left out.
func TestMembers(t *testing.T) {
	e := newEnv(t, "members")
	ctx := context.Background()
	if _, err := e.adapter.Members(ctx, e.tenant); !errors.Is(err, teams.ErrNoRoster) {
		t.Fatalf("Members before any channel message: %v, want ErrNoRoster", err)
	}
	e.conn.Roster = []map[string]any{
		{"id": "29:1a", "name": "Teodor Vanek", "givenName": "Teodor", "surname": "Vanek", "aadObjectId": asstID, "userRole": "user"},
		{"id": "29:1b", "name": "Okonkwo-Reyes, Marisol", "givenName": "Marisol", "surname": "Okonkwo-Reyes", "aadObjectId": execID},
		{"id": "28:" + appID, "name": "delegatebot"},
	}
	thread := queueID + ";messageid=1700000000001"
	e.send(t, e.activity("m1", "channel", thread, asstID, "<at>delegatebot</at> tickets mine"))
	got, err := e.adapter.Members(ctx, e.tenant)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Teodor Vanek", "Okonkwo-Reyes, Marisol", "Marisol Okonkwo-Reyes"}
	if !slices.Equal(got, want) {
		t.Fatalf("Members = %q, want %q", got, want)
	}
	var roster []string
	for _, c := range e.conn.received() {
		if c.Method == "GET" {
			roster = append(roster, c.Conversation)
			if !strings.HasPrefix(c.Token, "Bearer ") {
				t.Errorf("roster request without the bot's token: %q", c.Token)
			}
		}
	}
	if !slices.Equal(roster, []string{queueID}) {
		t.Fatalf("roster requests for %q, want the channel %s", roster, queueID)
	}
}
