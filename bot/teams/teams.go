// Package teams is the Microsoft Teams adapter: it serves the Bot Framework
// messaging endpoint, authenticates every activity, turns messages and card
// clicks into bot events and renders what the guard cleared as Teams
// activities with Adaptive Cards.
//
// It uses msbotbuilder-go only for its schema types (the activity we
// receive, attachments, the connector's answers). Its request validator and
// connector client are replaced by Authenticator and Connector, whose doc
// comments say why.
package teams

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// Platform is the platform name of Teams users, events and queues.
const Platform = "teams"

// maxBody bounds an activity; Teams messages are limited to about 28 KB.
const maxBody = 256 << 10

// Profiles remembers per-user data; storage.Store implements it. The
// adapter keeps each user's personal conversation there, to reach them
// proactively.
type Profiles interface {
	SaveProfile(ctx context.Context, ws, platform, user string, fields map[string]string, ttl time.Duration) error
	Profile(ctx context.Context, ws, platform, user string) (map[string]string, error)
}

// Adapter is the http.Handler of the Bot Framework messaging endpoint.
type Adapter struct {
	Bot       *bot.Bot
	Auth      *Authenticator
	Connector *Connector
	Profiles  Profiles
	// Tenant, when set, is the only tenant served: the app is registered
	// single-tenant, and activities from any other tenant are dropped.
	Tenant string
	// Go runs an activity's work after the request is answered, so Teams
	// gets its acknowledgement at once; nil runs the work before answering.
	Go  func(fn func(ctx context.Context))
	Log *slog.Logger // ids only; never message text
	// Inbox, when set, stores each activity that calls for work (a message,
	// a personal installation or conversation update) durably before it is
	// acknowledged; RunInbox's workers handle it (see inbox.go). Invokes,
	// whose answer Teams shows, are handled before they are answered. Nil
	// handles activities in memory after the acknowledgement.
	Inbox Inbox
	// InboxLease is how long a worker may hold an activity before another
	// worker gets it again; 0 means 30 s.
	InboxLease time.Duration
	// OnPanic, when set, is called for each panic recovered while handling
	// an activity, e.g. to count it.
	OnPanic func(where string)
}

// ServeHTTP authenticates an activity, acknowledges it and hands its work
// to Go. A request that fails authentication gets 401 and has no effect.
func (a *Adapter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	id, err := a.Auth.Verify(r.Context(), r.Header.Get("Authorization"))
	if err != nil {
		a.refuse(w, r, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	var act schema.Activity
	if err := json.Unmarshal(body, &act); err != nil {
		a.log().Warn("teams activity malformed", "err", err)
		http.Error(w, "malformed activity", http.StatusBadRequest)
		return
	}
	switch {
	case act.ChannelID != Channel:
		a.refuse(w, r, fmt.Errorf("channelId %q is not %s", bot.Capped(act.ChannelID, 32), Channel))
		return
	case act.ServiceURL != id.ServiceURL:
		a.refuse(w, r, errors.New("serviceUrl does not match the token"))
		return
	case !id.Endorses(act.ChannelID):
		a.refuse(w, r, errors.New("signing key does not endorse the channel"))
		return
	}
	ws := tenantOf(&act)
	if a.Tenant != "" && ws != a.Tenant {
		a.log().Warn("teams activity from another tenant dropped", "activity", bot.Capped(act.ID, 128), "tenant", bot.Capped(ws, 64))
		w.WriteHeader(http.StatusOK)
		return
	}
	switch act.Type {
	case schema.Message:
		e := event(&act, botMentions(body, act.Recipient.ID), a.Bot.Bare)
		if e == nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		if a.Inbox != nil {
			a.enqueue(w, r, &act, body)
			return
		}
		a.run(func(ctx context.Context) { a.serve(ctx, &act, e) })
		w.WriteHeader(http.StatusAccepted)
	case "invoke":
		// Teams shows an invoke's answer (a form, a submission's result)
		// and never delivers it again: it is handled before it is answered,
		// and a panic is answered 500.
		if err := a.safely(func() error { a.serveInvoke(w, r, &act); return nil }); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	case schema.ConversationUpdate, schema.InstallationUpdate:
		// Installing the app in personal scope is the first chance to learn
		// the user's conversation, for notifications before they write.
		if !rememberable(&act) || a.Profiles == nil {
			w.WriteHeader(http.StatusOK)
			return
		}
		if a.Inbox != nil {
			a.enqueue(w, r, &act, body)
			return
		}
		a.run(func(ctx context.Context) { _ = a.remember(ctx, &act) })
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func (a *Adapter) refuse(w http.ResponseWriter, r *http.Request, reason error) {
	a.log().Warn("teams request refused", "remote", r.RemoteAddr, "reason", bot.Capped(reason.Error(), 256))
	http.Error(w, "unauthorized", http.StatusUnauthorized)
}

// run runs fn through Go, containing a panic so that one bad activity
// cannot take the server down.
func (a *Adapter) run(fn func(ctx context.Context)) {
	safe := func(ctx context.Context) {
		defer func() {
			if p := recover(); p != nil {
				a.log().Error("teams activity panicked", "panic", fmt.Sprintf("%T", p))
				if a.OnPanic != nil {
					a.OnPanic("teams")
				}
			}
		}()
		fn(ctx)
	}
	if a.Go == nil {
		safe(context.Background())
		return
	}
	a.Go(safe)
}

// serve runs one message through the bot core. It returns the core's
// *bot.RetryError for an event marked Retry (from the inbox) that should be
// handled again.
func (a *Adapter) serve(ctx context.Context, act *schema.Activity, e *bot.Event) error {
	a.rememberTenant(ctx, e.Workspace(), act.ServiceURL)
	a.rememberRoster(e.Workspace(), act, e.ChannelKind)
	a.rememberName(ctx, e.Workspace(), e.User.ID, act.From.Name, act.LocalTimezone)
	if e.ChannelKind == phi.KindDM {
		_ = a.remember(ctx, act) // logged; the message is served all the same
	}
	s := &sender{a: a, serviceURL: act.ServiceURL, channel: e.Channel, conversation: act.Conversation.ID, kind: e.ChannelKind}
	err := a.Bot.Serve(ctx, e, s)
	var retry *bot.RetryError
	if errors.As(err, &retry) {
		return err
	}
	if err != nil {
		a.log().Error("teams replies not delivered", "activity", act.ID, "tenant", e.Workspace(),
			"conversation", e.Channel, "user", e.User.ID, "err", err)
	}
	return nil
}

// rememberable reports whether act names a user's personal chat, the
// conversation remember saves.
func rememberable(act *schema.Activity) bool {
	return act.Conversation.ConversationType == "personal" && tenantOf(act) != "" && act.From.AadObjectID != ""
}

// remember saves the conversation of a personal chat as the user's
// reference, so the bot can notify them later. Its error is logged here;
// the inbox returns it to handle the activity again.
func (a *Adapter) remember(ctx context.Context, act *schema.Activity) error {
	ws, user := tenantOf(act), act.From.AadObjectID
	if a.Profiles == nil || !rememberable(act) {
		return nil
	}
	ref := reference{ServiceURL: act.ServiceURL, Conversation: act.Conversation.ID}
	if err := a.Profiles.SaveProfile(ctx, ws, Platform, user, ref.fields(), 0); err != nil {
		a.log().Error("teams conversation reference not saved", "tenant", ws, "user", user, "err", err)
		return err
	}
	return nil
}

func (a *Adapter) log() *slog.Logger {
	if a.Log == nil {
		return slog.Default()
	}
	return a.Log
}
