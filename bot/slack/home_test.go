package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
)

// homeClick posts a signed block_actions payload for a button in user's
// App Home.
func (h *harness) homeClick(user, action, value string) {
	h.t.Helper()
	p, _ := json.Marshal(map[string]any{
		"type": "block_actions", "team": map[string]any{"id": h.ws}, "user": map[string]any{"id": user},
		"api_app_id": "A0TEST", "trigger_id": "trig" + nextTS(),
		"container": map[string]any{"type": "view", "view_id": "VHOME"},
		"view":      map[string]any{"id": "VHOME", "type": "home"},
		"actions":   []map[string]any{{"type": "button", "action_id": action, "block_id": "b", "value": value, "action_ts": nextTS()}},
	})
	if w := h.serve(request("/slack/interactive", "application/x-www-form-urlencoded", []byte(url.Values{"payload": {string(p)}}.Encode()))); w.Code != http.StatusOK {
		h.t.Fatalf("home click %s: status %d", action, w.Code)
	}
}

// lastHome is the last App Home published.
func (h *harness) lastHome() string {
	h.t.Helper()
	pubs := h.fake.sent("views.publish")
	if len(pubs) == 0 {
		h.t.Fatal("no App Home published")
	}
	return pubs[len(pubs)-1].Body
}

// TestAppHomeWorkingSurface: the App Home pages through the team queue, and
// its buttons act on tickets and refresh the tab.
func TestAppHomeWorkingSurface(t *testing.T) {
	h := newHarness(t)
	for i := range 7 {
		h.event("EvQ"+string(rune('a'+i)), imMessage(execUser, "draft a reply to Dr. Kim about the staffing plan number "+string(rune('a'+i))))
		h.wait()
	}
	if n := h.ticketCount(); n != 7 {
		t.Fatalf("%d tickets, want 7", n)
	}
	h.event("EvHomeA", map[string]any{"type": "app_home_opened", "user": asstUser, "channel": "D" + asstUser, "tab": "home", "event_ts": nextTS()})
	h.wait()
	home := h.lastHome()
	if !strings.Contains(home, "DEL-5") || strings.Contains(home, "DEL-6") || !strings.Contains(home, `"value":"queue after DEL-5"`) {
		t.Fatalf("first page of the team queue:\n%s", home)
	}
	t.Run("NextPage", func(t *testing.T) {
		h.homeClick(asstUser, "home", "queue after DEL-5")
		h.wait()
		home := h.lastHome()
		if !strings.Contains(home, "DEL-6") || !strings.Contains(home, "DEL-7") || strings.Contains(home, "DEL-4 ") || !strings.Contains(home, "First page") {
			t.Errorf("second page:\n%s", home)
		}
	})
	t.Run("Claim", func(t *testing.T) {
		before := len(h.fake.sent("views.publish"))
		h.homeClick(asstUser, "claim", "DEL-6")
		h.wait()
		tk, err := h.store.FindTicket(context.Background(), h.ws, 6)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Status != delegatebot.StatusClaimed || tk.Assignee != asstUser {
			t.Fatalf("DEL-6 %s by %q, want claimed by %s", tk.Status, tk.Assignee, asstUser)
		}
		if n := len(h.fake.sent("views.publish")); n != before+1 {
			t.Fatalf("%d views published after the click, want 1", n-before)
		}
		home := h.lastHome()
		myQueue := home[strings.Index(home, "My queue"):strings.Index(home, "Team queue")]
		if !strings.Contains(myQueue, "DEL-6") || !strings.Contains(myQueue, `"action_id":"done"`) {
			t.Errorf("My queue after the claim:\n%s", myQueue)
		}
	})
}
