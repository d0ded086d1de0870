package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/internal/testkit"
)

// TestSenderContract holds the Slack adapter to the contract every sender
// keeps, against the fake Web API.
func TestSenderContract(t *testing.T) {
	testkit.RunSenderContract(t, func(t *testing.T) *testkit.SenderHarness {
		h := newHarness(t)
		return &testkit.SenderHarness{
			Sender: h.ad, Platform: Platform, Workspace: h.ws, Channel: queue, User: execUser,
			Mention:    func(id string) string { return "<@" + id + ">" },
			Deliveries: func() []testkit.Delivery { return deliveries(h.fake) },
		}
	})
}

// deliveries decodes the messages the fake Web API received.
func deliveries(f *fakeSlack) []testkit.Delivery {
	var out []testkit.Delivery
	for _, c := range f.all() {
		switch c.Method {
		case "chat.postMessage", "chat.postEphemeral", "chat.update":
		default:
			continue
		}
		ch := c.Form.Get("channel")
		d := testkit.Delivery{To: ch, Direct: strings.HasPrefix(ch, "D"), Text: c.Form.Get("text")}
		var blocks any
		if b := c.Form.Get("blocks"); b != "" && json.Unmarshal([]byte(b), &blocks) == nil {
			walkBlocks(blocks, &d)
		}
		out = append(out, d)
	}
	return out
}

// walkBlocks collects the texts and button actions of Block Kit JSON.
func walkBlocks(v any, d *testkit.Delivery) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkBlocks(e, d)
		}
	case map[string]any:
		if id, ok := x["action_id"].(string); ok && x["type"] == "button" {
			d.Buttons = append(d.Buttons, id)
		}
		if s, ok := x["text"].(string); ok {
			d.Text += "\n" + s
		}
		for k, e := range x {
			if k != "text" || !isString(e) {
				walkBlocks(e, d)
			}
		}
	}
}

func isString(v any) bool { _, ok := v.(string); return ok }
