package slack

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestCommandWhereBotIsNotMember: a slash command typed in a channel the bot
// has not joined cannot be answered with chat.post*; the answer goes to the
// command's response_url instead.
func TestCommandWhereBotIsNotMember(t *testing.T) {
	h := newHarness(t)
	h.fake.fail["chat.postMessage"] = "channel_not_found"
	h.fake.fail["chat.postEphemeral"] = "channel_not_found"
	hook := strings.TrimSuffix(h.ad.cfg.APIURL, "/api/") + "/hook"
	for _, tc := range []struct{ command, text, wantType string }{
		{"/tickets", "open", "ephemeral"},
		{"/claim", "DEL-99", "ephemeral"},
	} {
		body := []byte(url.Values{
			"team_id": {h.ws}, "channel_id": {"CNOTMEMBER"}, "user_id": {asstUser},
			"command": {tc.command}, "text": {tc.text}, "trigger_id": {"trig" + nextTS()}, "response_url": {hook},
		}.Encode())
		if rr := h.serve(request("/slack/commands", "application/x-www-form-urlencoded", body)); rr.Code != http.StatusOK {
			t.Fatalf("%s: status %d", tc.command, rr.Code)
		}
		h.wait()
		hooks := h.fake.sent("/hook")
		if len(hooks) == 0 {
			t.Fatalf("%s: nothing was posted to the response_url", tc.command)
		}
		var msg struct {
			Text         string `json:"text"`
			ResponseType string `json:"response_type"`
		}
		if err := json.Unmarshal([]byte(hooks[len(hooks)-1].Body), &msg); err != nil {
			t.Fatal(err)
		}
		if msg.ResponseType != tc.wantType || msg.Text == "" {
			t.Fatalf("%s: response_url got %+v, want a %s answer", tc.command, msg, tc.wantType)
		}
	}
}
