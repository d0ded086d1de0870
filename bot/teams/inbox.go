package teams

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// Inbox is the durable queue of activities (bot.Inbox): an activity is
// acknowledged only once stored, so a crash or a restart between the
// acknowledgement and the work loses nothing.
type Inbox = bot.Inbox

// enqueueTimeout bounds storing an activity.
const enqueueTimeout = 2 * time.Second

// enqueue stores an authenticated activity and answers the request:
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
	bot.RunInbox(ctx, n, a.Inbox, Platform, a.lease(), a.log(), a.handleItem)
}

func (a *Adapter) lease() time.Duration {
	if a.InboxLease > 0 {
		return a.InboxLease
	}
	return 30 * time.Second
}

// handleItem serves one leased activity; a *bot.RetryError (the core asked
// for it, saving a conversation failed, or the handler panicked) leaves it
// to be handled again.
func (a *Adapter) handleItem(ctx context.Context, body []byte) error {
	var act schema.Activity
	if err := json.Unmarshal(body, &act); err != nil {
		return nil // malformed: acknowledged, never retried
	}
	switch act.Type {
	case schema.ConversationUpdate, schema.InstallationUpdate:
		return a.safely(func() error {
			if err := a.remember(ctx, &act); err != nil {
				return &bot.RetryError{Err: err}
			}
			return nil
		})
	case schema.Message:
	default:
		return nil
	}
	e := event(&act, botMentions(body, act.Recipient.ID), a.Bot.Bare)
	if e == nil {
		return nil
	}
	e.Retry = true
	return a.safely(func() error { return a.serve(ctx, &act, e) })
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
