package slack

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
)

// countingInbox stores nothing and counts the enqueues: the ack path's own
// cost, without Redis.
type countingInbox struct {
	Inbox
	n atomic.Int64
}

func (c *countingInbox) Enqueue(ctx context.Context, platform, ws, id string, body []byte) (bool, error) {
	c.n.Add(1)
	return true, nil
}

// BenchmarkSlackAck measures the acknowledgement of a signed message.im
// event — signature check, decoding, the inbox write — one request at a
// time through the handler (no network), the worker not running. "memory"
// counts the enqueues instead of storing them; "redis" stores them in the
// real inbox. Run it with -benchmem: allocs/op is the ack path's garbage.
//
//	go test ./bot/slack -run '^$' -bench SlackAck -benchmem
func BenchmarkSlackAck(b *testing.B) {
	for _, mode := range []string{"memory", "redis"} {
		b.Run(mode, func(b *testing.B) {
			h := newHarness(b)
			var mem *countingInbox
			if mode == "memory" {
				mem = &countingInbox{}
				h.withInbox(mem, nil)
			} else {
				h.withInbox(h.store, nil)
			}
			bodies := make([][]byte, b.N)
			sigs := make([]string, b.N)
			ts := time.Now().Unix()
			nonce := strconv.FormatInt(time.Now().UnixNano(), 36)
			for i := range bodies {
				bodies[i] = eventBody(h.ws, "EvAck"+nonce+"x"+strconv.Itoa(i), imMessage(execUser, "schedule a meeting tomorrow at 3pm about the budget and call pt at MRN 12345678"))
				sigs[i] = testkit.SlackSignature(testSecret, ts, bodies[i])
			}
			tsHeader := strconv.FormatInt(ts, 10)
			w := &statusWriter{h: http.Header{}}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				req, _ := http.NewRequest(http.MethodPost, "/slack/events", bytes.NewReader(bodies[i]))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Slack-Request-Timestamp", tsHeader)
				req.Header.Set("X-Slack-Signature", sigs[i])
				w.code = 0
				clear(w.h)
				h.h.ServeHTTP(w, req)
				if w.code != http.StatusOK {
					b.Fatalf("event %d: status %d", i, w.code)
				}
			}
			b.StopTimer()
			if mem != nil && mem.n.Load() != int64(b.N) {
				b.Fatalf("%d enqueues for %d events", mem.n.Load(), b.N)
			}
		})
	}
}

// statusWriter is a reusable ResponseWriter that keeps only the status.
type statusWriter struct {
	h    http.Header
	code int
}

func (w *statusWriter) Header() http.Header { return w.h }

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return len(p), nil
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}
