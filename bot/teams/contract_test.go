package teams_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/delegatebot/delegatebot/bot/teams"
	"github.com/delegatebot/delegatebot/internal/testkit"
)

// TestSenderContract holds the Teams adapter's sender for messages no
// activity triggered (reminders, escalations, notifications) to the
// contract every sender keeps, against the fake connector. The executive
// wrote to the bot first, so the tenant's service URL and their personal
// chat are known.
func TestSenderContract(t *testing.T) {
	testkit.RunSenderContract(t, func(t *testing.T) *testkit.SenderHarness {
		e := newEnv(t, "tenant-contract")
		if code := e.send(t, e.activity("m0", "personal", execDM, execID, "help")); code != http.StatusAccepted {
			t.Fatalf("first message: status %d", code)
		}
		return &testkit.SenderHarness{
			Sender: e.adapter.Background(), Platform: teams.Platform, Workspace: e.tenant, Channel: queueID, User: execID,
			Mention:    func(id string) string { return "@" + id },
			Deliveries: func() []testkit.Delivery { return deliveries(e.conn) },
		}
	})
}

// deliveries decodes the activities the fake connector received.
func deliveries(c *connector) []testkit.Delivery {
	var out []testkit.Delivery
	for _, cl := range c.received() {
		d := testkit.Delivery{To: cl.Conversation, Direct: cl.Conversation == execDM, Text: cl.Activity.Text}
		for _, a := range cl.Activity.Attachments {
			var card struct {
				Body []struct {
					Text  string
					Facts []struct{ Title, Value string }
				}
				Actions []struct {
					Data struct{ Action string }
				}
			}
			if json.Unmarshal(a.Content, &card) != nil {
				continue
			}
			for _, b := range card.Body {
				d.Text += "\n" + b.Text
				for _, f := range b.Facts {
					d.Text += "\n" + f.Title + ": " + f.Value
				}
			}
			for _, act := range card.Actions {
				d.Buttons = append(d.Buttons, act.Data.Action)
			}
		}
		out = append(out, d)
	}
	return out
}
