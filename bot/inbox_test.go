package bot_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
)

// prefetchInbox is an in-memory inbox whose "last write" (acked by the
// handler) acknowledges the item and leases the next one, as the store's
// ticket creation does.
type prefetchInbox struct {
	mu        sync.Mutex
	queue     []string
	dequeues  int
	acks      int
	prefetchN int
}

type ackState struct {
	item  string
	lease bool
	acked bool
	next  string
}

type ackKey struct{}

func (f *prefetchInbox) Enqueue(ctx context.Context, platform, ws, id string, body []byte) (bool, error) {
	return true, nil
}

func (f *prefetchInbox) Dequeue(ctx context.Context, platform string, lease time.Duration) (string, []byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.queue) == 0 {
		return "", nil, nil
	}
	f.dequeues++
	it := f.queue[0]
	f.queue = f.queue[1:]
	return it, []byte(it), nil
}

func (f *prefetchInbox) Ack(ctx context.Context, platform, item string) error {
	f.mu.Lock()
	f.acks++
	f.mu.Unlock()
	return nil
}

func (f *prefetchInbox) WithAck(ctx context.Context, platform, item string) context.Context {
	return context.WithValue(ctx, ackKey{}, &ackState{item: item})
}

func (f *prefetchInbox) WithAckLease(ctx context.Context, platform, item string, lease time.Duration) context.Context {
	return context.WithValue(ctx, ackKey{}, &ackState{item: item, lease: true})
}

func (f *prefetchInbox) AckedWith(ctx context.Context) bool {
	return ctx.Value(ackKey{}).(*ackState).acked
}

func (f *prefetchInbox) Next(ctx context.Context) (string, []byte, error) {
	st := ctx.Value(ackKey{}).(*ackState)
	n := st.next
	st.next = ""
	return n, []byte(n), nil
}

// write is the handling's last write: it acknowledges and, when asked,
// leases the next item.
func (f *prefetchInbox) write(ctx context.Context) {
	st := ctx.Value(ackKey{}).(*ackState)
	f.mu.Lock()
	defer f.mu.Unlock()
	st.acked = true
	f.acks++
	if st.lease && len(f.queue) > 0 {
		st.next, f.queue = f.queue[0], f.queue[1:]
		f.prefetchN++
	}
}

// TestInboxPrefetch: with an inbox that leases the next delivery with the
// acknowledgement, a worker handles each delivery once, leases a busy queue
// with one Dequeue, and acknowledges nothing twice.
func TestInboxPrefetch(t *testing.T) {
	in := &prefetchInbox{queue: []string{"a", "b", "c", "d"}}
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var handled []string
	bot.RunInbox(ctx, 1, in, "test", time.Minute, slog.New(slog.DiscardHandler), func(hctx context.Context, body []byte) error {
		mu.Lock()
		handled = append(handled, string(body))
		done := len(handled) == 4
		mu.Unlock()
		in.write(hctx)
		if done {
			cancel()
		}
		return nil
	})
	if got := len(handled); got != 4 || handled[0] != "a" || handled[3] != "d" {
		t.Errorf("handled %v, want a b c d once each", handled)
	}
	if in.dequeues != 1 || in.prefetchN != 3 || in.acks != 4 {
		t.Errorf("dequeues %d, leased with an acknowledgement %d, acks %d; want 1, 3, 4", in.dequeues, in.prefetchN, in.acks)
	}
}
