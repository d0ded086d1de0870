package slack

import (
	"net/http"
	"strings"
	"testing"
)

// TestInboxPermanentErrors: a signed event that can never be stored is
// answered 400 once with a log line, not 503 (which Slack retries).
func TestInboxPermanentErrors(t *testing.T) {
	for _, tc := range []struct {
		name, team, id, log string
	}{
		{"NoEventID", "", "", "no event_id"},
		{"InvalidTeam", "T{bad}:" + strings.Repeat("x", 300), "EvBadTeam", "cannot be stored"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.withInbox(h.store, nil)
			team := h.ws
			if tc.team != "" {
				team = tc.team
			}
			body := eventBody(team, tc.id, imMessage(execUser, "schedule a call with the CFO tomorrow at 3"))
			if code := h.serve(request("/slack/events", "application/json", body)).Code; code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400", code)
			}
			logs := h.logs.String()
			if !strings.Contains(logs, tc.log) {
				t.Fatalf("no log line %q in %s", tc.log, logs)
			}
			if strings.Contains(logs, strings.Repeat("x", 100)) {
				t.Fatal("the untrusted team id was logged whole")
			}
		})
	}
}
