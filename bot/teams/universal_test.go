package teams_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
)

// TestUniversalActions: ticket cards carry Action.Execute buttons and a
// refresh action; a click runs the command, updates the card for everyone
// and answers the clicker with the new card; a refusal reaches the clicker
// alone; a refresh answers with the card as that user may see it.
func TestUniversalActions(t *testing.T) {
	e := newEnv(t, "tenant-ua")
	if code := e.send(t, e.activity("m1", "personal", execDM, execID, "move my board meeting to Thursday at 3")); code != http.StatusAccepted {
		t.Fatalf("status %d", code)
	}
	queued := e.conn.to(queueID)
	if len(queued) != 1 {
		t.Fatalf("%d queue posts", len(queued))
	}
	c, _ := json.Marshal(card(t, queued[0]))
	if !strings.Contains(string(c), `"refresh":{"action":{"data":{"ticket":"DEL-1"},"type":"Action.Execute","verb":"refresh"}}`) {
		t.Errorf("card has no refresh action: %s", c)
	}
	cardID := "1700000000002"
	execute := func(user, verb string) string {
		t.Helper()
		resp := e.invokeIn(t, queueID, user, "adaptiveCard/action",
			map[string]any{"action": map[string]any{"type": "Action.Execute", "verb": verb, "data": map[string]any{"action": verb, "ticket": "DEL-1"}}}, cardID)
		b, _ := json.Marshal(resp)
		return string(b)
	}

	t.Run("Refused", func(t *testing.T) {
		before := len(e.conn.received())
		got := execute(execID, "claim")
		if !strings.Contains(got, `"type":"application/vnd.microsoft.activity.message"`) || !strings.Contains(got, "Only") {
			t.Errorf("refusal answer %s", got)
		}
		if n := len(e.conn.received()); n != before {
			t.Errorf("a refusal posted %d activities; it belongs in the response", n-before)
		}
	})
	t.Run("Claim", func(t *testing.T) {
		got := execute(asstID, "claim")
		if !strings.Contains(got, `"type":"application/vnd.microsoft.card.adaptive"`) || !strings.Contains(got, `"verb":"start"`) {
			t.Errorf("claim answer %s", got)
		}
		tk, err := e.store.FindTicket(context.Background(), e.tenant, 1)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Status != delegatebot.StatusClaimed || tk.Assignee != asstID {
			t.Errorf("ticket %s by %q", tk.Status, tk.Assignee)
		}
		var put bool
		for _, c := range e.conn.received() {
			put = put || (c.Method == http.MethodPut && c.ActivityID == cardID)
		}
		if !put {
			t.Error("the card was not updated for everyone")
		}
	})
	t.Run("RefreshPerUser", func(t *testing.T) {
		asst := execute(asstID, "refresh")
		if !strings.Contains(asst, `"type":"application/vnd.microsoft.card.adaptive"`) || !strings.Contains(asst, "DEL-1") {
			t.Errorf("assistant's refresh %s", asst)
		}
		stranger := execute("6f1c7e2a-0000-4000-8000-0000000000ff", "refresh")
		if strings.Contains(stranger, "board meeting") || !strings.Contains(stranger, "activity.message") {
			t.Errorf("a user who may not see the ticket got %s", stranger)
		}
	})
}
