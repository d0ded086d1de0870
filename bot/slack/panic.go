package slack

import (
	"context"
	"fmt"
	"runtime"

	"github.com/delegatebot/delegatebot/bot"
)

// safely runs t, recovering a panic so that one poisoned event cannot crash
// every replica in turn. The panic is logged (its type, and the message of
// a runtime error, never values that may hold message text), counted, and
// returned as a bot.RetryError: an inbox event stays leased, is tried again
// when the lease expires and is parked after storage.MaxAttempts.
func (a *Adapter) safely(ctx context.Context, where string, t task) (err error) {
	defer func() {
		if p := recover(); p != nil {
			what := fmt.Sprintf("%T", p)
			if re, ok := p.(runtime.Error); ok {
				what = re.Error()
			}
			a.log.Error("event handling panicked", "where", where, "panic", bot.Capped(what, 256))
			if a.cfg.OnPanic != nil {
				a.cfg.OnPanic(where)
			}
			err = &bot.RetryError{Err: fmt.Errorf("panic in %s: %s", where, what)}
		}
	}()
	return t(ctx)
}
