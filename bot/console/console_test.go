package console_test

import (
	"regexp"
	"sync"
	"testing"

	"github.com/delegatebot/delegatebot/bot/console"
	"github.com/delegatebot/delegatebot/internal/testkit"
)

// terminal records each message the console prints (one write each).
type terminal struct {
	mu     sync.Mutex
	writes []string
}

func (t *terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.writes = append(t.writes, string(p))
	return len(p), nil
}

var (
	postedTo = regexp.MustCompile(`^bot -> ([#@])(\S+): `)
	button   = regexp.MustCompile(`: /([a-z]+) DEL-\d+`)
)

// deliveries decodes what the console printed.
func (t *terminal) deliveries() []testkit.Delivery {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []testkit.Delivery
	for _, w := range t.writes {
		d := testkit.Delivery{To: console.Channel, Text: w}
		if m := postedTo.FindStringSubmatch(w); m != nil {
			d.To, d.Direct = m[2], m[1] == "@"
			if d.Direct {
				d.To = ""
			}
		}
		for _, m := range button.FindAllStringSubmatch(w, -1) {
			d.Buttons = append(d.Buttons, m[1])
		}
		out = append(out, d)
	}
	return out
}

// TestSenderContract holds the console to the contract every sender keeps.
func TestSenderContract(t *testing.T) {
	testkit.RunSenderContract(t, func(t *testing.T) *testkit.SenderHarness {
		term := &terminal{}
		a := &console.Adapter{Out: term, User: "dana"}
		return &testkit.SenderHarness{
			Sender: a, Platform: console.Platform, Workspace: console.Workspace, Channel: console.Channel, User: "dana",
			Mention:    func(id string) string { return "@" + id },
			Deliveries: term.deliveries,
		}
	})
}
