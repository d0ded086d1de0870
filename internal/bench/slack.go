package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/delegatebot/delegatebot/internal/fakeslack"
)

// benchSlack fakes the part of Slack's Web API the in-process server calls
// and watches what the bot posts: for each message it keeps only when it
// arrived, whether it went to the queue channel and whether it carried the
// bench's PHI value — never the text itself.
type benchSlack struct {
	queue, phiValue string

	// socket, when set, is the Socket Mode endpoint apps.connections.open
	// hands out (--platform socketmode).
	socket *fakeslack.SocketMode

	ts    atomic.Int64
	mu    sync.Mutex
	posts []benchPost
}

// benchPost is one message the bot sent.
type benchPost struct {
	at    time.Time
	queue bool // to the queue channel (approved for PHI)
	phi   bool // carried the PHI value unredacted
}

func newBenchSlack(queue, phiValue string) *benchSlack {
	return &benchSlack{queue: queue, phiValue: phiValue}
}

// ServeHTTP answers /api/<method> in the Web API's wire format.
func (f *benchSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	form, _ := url.ParseQuery(string(body))
	ts := fmt.Sprintf("1700000000.%06d", f.ts.Add(1)%1000000)
	var resp map[string]any
	switch method {
	case "chat.postMessage", "chat.postEphemeral", "chat.update":
		f.record(form.Get("channel"), string(body), form)
		resp = map[string]any{"channel": form.Get("channel"), "ts": ts, "message_ts": ts}
	case "conversations.open":
		resp = map[string]any{"channel": map[string]any{"id": "D" + form.Get("users"), "is_im": true}}
	case "conversations.info":
		c := form.Get("channel")
		resp = map[string]any{"channel": map[string]any{"id": c, "is_channel": !strings.HasPrefix(c, "D"), "is_im": strings.HasPrefix(c, "D")}}
	case "users.info":
		resp = map[string]any{"user": map[string]any{"id": form.Get("user"), "tz": "America/New_York"}}
	case "apps.connections.open":
		if f.socket == nil {
			resp = map[string]any{"ok": false, "error": "not_allowed_token_type"}
			break
		}
		resp = f.socket.OpenResponse()
	case "views.publish":
		resp = map[string]any{"view": map[string]any{"id": "V" + ts}}
	default:
		resp = map[string]any{"ok": false, "error": "unknown_method"}
	}
	if _, set := resp["ok"]; !set {
		resp["ok"] = true
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

// record notes one outgoing message. The PHI value is looked for in the raw
// body and in every decoded form value (Block Kit JSON travels form-encoded).
func (f *benchSlack) record(channel, raw string, form url.Values) {
	phi := strings.Contains(raw, f.phiValue)
	for _, vs := range form {
		for _, v := range vs {
			phi = phi || strings.Contains(v, f.phiValue)
		}
	}
	f.mu.Lock()
	f.posts = append(f.posts, benchPost{at: time.Now(), queue: channel == f.queue, phi: phi})
	f.mu.Unlock()
}

// guardReport is what the posts say about the PHI guard.
type guardReport struct {
	Checked     bool
	QueuePosts  int // posts to the approved queue channel
	QueuePHI    int // ... carrying PHI, allowed because the channel is approved
	OtherPHI    int // posts elsewhere (DMs) carrying PHI: always a leak
	DownPosts   int // queue posts while Redis was down
	DownPHI     int // ... carrying PHI: a leak, the guard must fail closed
	AfterPHI    int // queue posts carrying PHI after Redis came back
	FaultWindow bool
}

// Leaks counts the posts that broke the guard's contract.
func (g guardReport) Leaks() int { return g.OtherPHI + g.DownPHI }

// guardWindowGrace is how long after the kill a queue post may still carry
// PHI: its guard decision may have read the policy just before the kill.
const guardWindowGrace = 250 * time.Millisecond

// report classifies the posts; down and up bound the outage (zero: none).
func (f *benchSlack) report(down, up time.Time) guardReport {
	f.mu.Lock()
	defer f.mu.Unlock()
	return classifyPosts(f.posts, down, up)
}
