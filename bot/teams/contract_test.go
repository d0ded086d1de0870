package teams_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/bot/teams"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

// TestSenderContract holds the Teams adapter's two senders to the contract
// every sender keeps, against the fake connector: the one that answers an
// activity in the queue channel, and the one for messages no activity
// triggered (reminders, escalations). The executive wrote to the bot first,
// so the tenant's service URL and their personal chat are known.
func TestSenderContract(t *testing.T) {
	for name, newSender := range map[string]func(e *env) bot.Sender{
		"Reply":      func(e *env) bot.Sender { return e.adapter.ReplySender(e.conn.serviceURL(), queueID, phi.KindChannel) },
		"Background": func(e *env) bot.Sender { return e.adapter.Background() },
	} {
		t.Run(name, func(t *testing.T) {
			testkit.RunSenderContract(t, func(t *testing.T) *testkit.SenderHarness {
				e := newEnv(t, "tenant-contract")
				if code := e.send(t, e.activity("m0", "personal", execDM, execID, "help")); code != http.StatusAccepted {
					t.Fatalf("first message: status %d", code)
				}
				return &testkit.SenderHarness{
					Sender: newSender(e), Platform: teams.Platform, Workspace: e.tenant, Channel: queueID, User: execID,
					// The executive wrote first, so Teams gave the bot their name.
					Mention: func(id string) string {
						if id == execID {
							return "<at>" + displayName(execID) + "</at>"
						}
						return "@" + id
					},
					Deliveries: func() []testkit.Delivery { return deliveries(e.conn) },
				}
			})
		})
	}
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
