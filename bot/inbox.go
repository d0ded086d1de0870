package bot

import (
	"context"
	"errors"
	"log/slog"
	"time"
)

// Inbox is the durable queue of inbound deliveries an adapter stores before
// it acknowledges them; storage.Store implements it. A delivery that cannot
// be stored is refused (503), so the platform sends it again; workers on
// any replica lease, handle and acknowledge stored deliveries; one that
// keeps failing is parked by the store after a few attempts.
type Inbox interface {
	Enqueue(ctx context.Context, platform, workspace, eventID string, body []byte) (queued bool, err error)
	Dequeue(ctx context.Context, platform string, lease time.Duration) (item string, body []byte, err error)
	Ack(ctx context.Context, platform, item string) error
}

// AckCarrier is an Inbox whose acknowledgement can ride on the last write
// of an event's handling (storage.Store: a ticket's creation script):
// WithAck puts the item in the handling's context, AckedWith reports
// whether that write acknowledged it. The worker acknowledges what was not.
type AckCarrier interface {
	WithAck(ctx context.Context, platform, item string) context.Context
	AckedWith(ctx context.Context) bool
}

// RunInbox leases platform's stored deliveries from in with n workers until
// ctx ends, and hands each body to handle. A delivery runs to the end even
// when ctx ends meanwhile (shutdown lets in-flight work finish), bounded by
// the lease; it is acknowledged unless handle returns a *RetryError, in which
// case it stays leased and is handled again when the lease expires.
func RunInbox(ctx context.Context, n int, in Inbox, platform string, lease time.Duration, log *slog.Logger, handle func(ctx context.Context, body []byte) error) {
	done := make(chan struct{})
	for range n {
		go func() {
			defer func() { done <- struct{}{} }()
			inboxWorker(ctx, in, platform, lease, log, handle)
		}()
	}
	for range n {
		<-done
	}
}

func inboxWorker(ctx context.Context, in Inbox, platform string, lease time.Duration, log *slog.Logger, handle func(context.Context, []byte) error) {
	idle := 10 * time.Millisecond
	for ctx.Err() == nil {
		item, body, err := in.Dequeue(ctx, platform, lease)
		if err != nil || item == "" {
			if err != nil && ctx.Err() == nil {
				log.Warn("inbox read failed", "platform", platform, "err", err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(idle):
			}
			idle = min(2*idle, 500*time.Millisecond)
			continue
		}
		idle = 10 * time.Millisecond
		func() {
			wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), lease)
			defer cancel()
			ac, carries := in.(AckCarrier)
			if carries {
				wctx = ac.WithAck(wctx, platform, item)
			}
			var retry *RetryError
			if errors.As(handle(wctx, body), &retry) {
				return // leased: handled again after the lease expires
			}
			if carries && ac.AckedWith(wctx) {
				return
			}
			if err := in.Ack(wctx, platform, item); err != nil {
				log.Error("inbox ack failed; the delivery may be handled twice", "platform", platform, "err", err)
			}
		}()
	}
}
