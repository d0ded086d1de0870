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
// of an event's handling (storage.Store: a ticket's creation script, a
// transition's script):
// WithAck puts the item in the handling's context, AckedWith reports
// whether that write acknowledged it. The worker acknowledges what was not.
type AckCarrier interface {
	WithAck(ctx context.Context, platform, item string) context.Context
	AckedWith(ctx context.Context) bool
}

// Prefetcher is an AckCarrier that can also lease the next delivery in the
// round trip that acknowledges this one (WithAckLease instead of WithAck);
// Next returns it, as Dequeue would.
type Prefetcher interface {
	AckCarrier
	WithAckLease(ctx context.Context, platform, item string, lease time.Duration) context.Context
	Next(ctx context.Context) (item string, body []byte, err error)
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
	var item string
	var body []byte
	// A delivery leased with the last one's acknowledgement is handled
	// even when ctx ended meanwhile: its lease is this worker's.
	for ctx.Err() == nil || item != "" {
		var err error
		if item == "" {
			item, body, err = in.Dequeue(ctx, platform, lease)
		}
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
		item, body = handleOne(ctx, in, platform, lease, log, handle, item, body)
	}
}

// handleOne handles one leased delivery and acknowledges it (unless the
// handling's last write did); it returns the next delivery when that
// write leased one.
func handleOne(ctx context.Context, in Inbox, platform string, lease time.Duration, log *slog.Logger, handle func(context.Context, []byte) error, item string, body []byte) (nextItem string, nextBody []byte) {
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), lease)
	defer cancel()
	ac, carries := in.(AckCarrier)
	pf, prefetches := in.(Prefetcher)
	switch {
	case prefetches && ctx.Err() == nil:
		wctx = pf.WithAckLease(wctx, platform, item, lease)
	case carries:
		wctx = ac.WithAck(wctx, platform, item)
	}
	if prefetches {
		defer func() {
			var err error
			if nextItem, nextBody, err = pf.Next(wctx); err != nil {
				log.Warn("inbox read failed", "platform", platform, "err", err)
			}
		}()
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
	return
}
