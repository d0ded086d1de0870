package teams

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// Inbox is the durable queue of activities; storage.Store implements it.
// An activity is acknowledged only once stored, so a crash or a restart
// between the acknowledgement and the work loses nothing; a delivery that
// cannot be stored gets 503. Workers on any replica lease, handle and
// acknowledge stored activities; one that keeps failing is parked by the
// store after a few attempts.
type Inbox interface {
	Enqueue(ctx context.Context, platform, workspace, eventID string, body []byte) (queued bool, err error)
	Dequeue(ctx context.Context, platform string, lease time.Duration) (item string, body []byte, err error)
	Ack(ctx context.Context, platform, item string) error
}

// enqueueTimeout bounds storing an activity.
const enqueueTimeout = 2 * time.Second

// enqueue stores an authenticated message activity and answers the request:
// 202 once stored (or stored by an earlier delivery), 503 when Redis
// cannot store it, 400 when it can never be stored.
func (a *Adapter) enqueue(w http.ResponseWriter, r *http.Request, act *schema.Activity, body []byte) {
	ws := tenantOf(act)
	if act.ID == "" {
		a.log().Warn("teams activity refused: no id", "tenant", bot.Capped(ws, 64))
		http.Error(w, "activity has no id", http.StatusBadRequest)
		return
	}
	// Activity ids are unique within a conversation.
	id := act.Conversation.ID + "|" + act.ID
	ctx, cancel := context.WithTimeout(r.Context(), enqueueTimeout)
	defer cancel()
	queued, err := a.Inbox.Enqueue(ctx, Platform, ws, id, body)
	switch {
	case delegatebot.ErrorCode(err) == delegatebot.EINVALID:
		a.log().Warn("teams activity refused: it cannot be stored", "tenant", bot.Capped(ws, 64), "activity", bot.Capped(act.ID, 128), "err", err)
		http.Error(w, "activity cannot be accepted", http.StatusBadRequest)
		return
	case err != nil:
		a.log().Error("teams activity not stored", "tenant", ws, "activity", act.ID, "err", err)
		http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
		return
	case !queued:
		a.log().Info("teams duplicate delivery dropped", "tenant", ws, "activity", act.ID)
	}
	w.WriteHeader(http.StatusAccepted)
}

// RunInbox handles stored activities with n workers until ctx ends.
func (a *Adapter) RunInbox(ctx context.Context, n int) {
	done := make(chan struct{})
	for range n {
		go func() {
			defer func() { done <- struct{}{} }()
			a.inboxWorker(ctx)
		}()
	}
	for range n {
		<-done
	}
}

func (a *Adapter) inboxWorker(ctx context.Context) {
	idle := 10 * time.Millisecond
	for ctx.Err() == nil {
		item, body, err := a.Inbox.Dequeue(ctx, Platform, a.lease())
		if err != nil || item == "" {
			if err != nil && ctx.Err() == nil {
				a.log().Warn("teams inbox read failed", "err", err)
			}
			select {
			case <-ctx.Done():
			case <-time.After(idle):
			}
			idle = min(2*idle, 500*time.Millisecond)
			continue
		}
		idle = 10 * time.Millisecond
		a.handleItem(ctx, item, body)
	}
}

func (a *Adapter) lease() time.Duration {
	if a.InboxLease > 0 {
		return a.InboxLease
	}
	return 30 * time.Second
}

// handleItem runs one leased activity to the end (shutdown lets it finish)
// and acknowledges it unless it is to be retried: the core asked for it, or
// the handler panicked.
func (a *Adapter) handleItem(ctx context.Context, item string, body []byte) {
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.lease())
	defer cancel()
	var act schema.Activity
	if err := json.Unmarshal(body, &act); err == nil {
		if e := event(&act, botMentions(body, act.Recipient.ID), a.Bot.Bare); e != nil {
			e.Retry = true
			err = a.safely(func() error { return a.serve(wctx, &act, e) })
			var retry *bot.RetryError
			if errors.As(err, &retry) {
				return // leased: handled again after the lease expires
			}
		}
	}
	if err := a.Inbox.Ack(wctx, Platform, item); err != nil {
		a.log().Error("teams inbox ack failed; the activity may be handled twice", "err", err)
	}
}

// safely runs fn, turning a panic into a RetryError: logged by type only
// (a panic value may hold message text) and counted.
func (a *Adapter) safely(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			what := fmt.Sprintf("%T", p)
			if re, ok := p.(runtime.Error); ok {
				what = re.Error()
			}
			a.log().Error("teams activity panicked", "panic", bot.Capped(what, 256))
			if a.OnPanic != nil {
				a.OnPanic("teams")
			}
			err = &bot.RetryError{Err: fmt.Errorf("panic: %s", what)}
		}
	}()
	return fn()
}
