package slack

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/slack-go/slack"
)

// Send implements bot.Sender: it renders what the guard cleared as Block
// Kit and delivers it.
//
//	Ephemeral        chat.postEphemeral to Destination.User in Channel (also a
//	                 slash command's answer in a channel)
//	Update set       chat.update of that message
//	DM set           conversations.open with the user (once), then chat.postMessage
//	otherwise        chat.postMessage (in Thread when set)
//
// It returns the message's reference ("channel:ts") when there is one.
func (a *Adapter) Send(ctx context.Context, m bot.Outgoing) (string, error) {
	d := m.Destination()
	if f := m.Form(); f != nil {
		return a.openForm(ctx, d, f)
	}
	opts := render(m)
	// A slash command's answer in a channel is for whoever typed it, as is
	// Slack's custom; DMs with the bot and queue posts stay ordinary.
	if d.ResponseURL != "" && d.Update == "" && d.User != "" && d.Kind != phi.KindDM {
		d.Ephemeral = true
	}
	switch {
	case d.Ephemeral:
		_, err := withRetry(ctx, a, "chat.postEphemeral", func() (string, error) {
			return a.api.PostEphemeralContext(ctx, d.Channel, d.User, opts...)
		})
		if notHere(err) && d.ResponseURL != "" {
			return "", a.respond(ctx, d, opts, slack.ResponseTypeEphemeral)
		}
		return "", err
	case d.Update != "":
		channel, ts := splitRef(d.Update, d.Channel)
		_, err := withRetry(ctx, a, "chat.update", func() (string, error) {
			_, ts, _, err := a.api.UpdateMessageContext(ctx, channel, ts, opts...)
			return ts, err
		})
		return ref(channel, ts), err
	}
	channel := d.Channel
	if d.DM != "" {
		c, err := a.openDM(ctx, d.Workspace, d.DM)
		if err != nil {
			return "", err
		}
		channel = c
	}
	if channel == "" {
		return "", errors.New("send: no channel")
	}
	if d.Thread != "" {
		opts = append(opts, slack.MsgOptionTS(d.Thread))
	}
	ts, err := withRetry(ctx, a, "chat.postMessage", func() (string, error) {
		_, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
		return ts, err
	})
	if notHere(err) && d.ResponseURL != "" {
		return "", a.respond(ctx, d, opts, slack.ResponseTypeInChannel)
	}
	if err != nil {
		return "", err
	}
	return ref(channel, ts), nil
}

// notHere reports a Web API error meaning the bot cannot post in the
// channel: a slash command typed where the bot is not a member, or in a DM
// between two other people.
func notHere(err error) bool {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "not_in_channel", "channel_not_found", "is_archived":
			return true
		}
	}
	return false
}

// respond answers through the command's response_url, which works where the
// bot cannot post.
func (a *Adapter) respond(ctx context.Context, d bot.Destination, opts []slack.MsgOption, responseType string) error {
	opts = append(opts, slack.MsgOptionResponseURL(d.ResponseURL, responseType))
	_, err := withRetry(ctx, a, "response_url", func() (string, error) {
		_, _, err := a.api.PostMessageContext(ctx, d.Channel, opts...)
		return "", err
	})
	return err
}

// openDM returns the id of the bot's DM with user, opening it the first time.
func (a *Adapter) openDM(ctx context.Context, ws, user string) (string, error) {
	key := ws + "/" + user
	if c, ok := a.dms.Load(key); ok {
		return c.(string), nil
	}
	c, err := withRetry(ctx, a, "conversations.open", func() (string, error) {
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}})
		if err != nil {
			return "", err
		}
		return ch.ID, nil
	})
	if err != nil {
		return "", err
	}
	a.dms.Store(key, c)
	return c, nil
}

// ChannelKind implements bot.Sender with conversations.info, cached
// briefly. A channel shared with another organisation is KindExternal, so no
// channel approval can apply to it; an error is returned as is and the core
// fails closed.
func (a *Adapter) ChannelKind(ctx context.Context, d bot.Destination) (phi.Kind, error) {
	key := d.Workspace + "/" + d.Channel
	if k, ok := a.kinds.get(key); ok {
		return phi.Kind(k), nil
	}
	k, err := withRetry(ctx, a, "conversations.info", func() (phi.Kind, error) {
		c, err := a.api.GetConversationInfoContext(ctx, &slack.GetConversationInfoInput{ChannelID: d.Channel})
		if err != nil {
			return "", err
		}
		return kindOf(c), nil
	})
	if err != nil {
		return "", fmt.Errorf("conversations.info %s: %w", d.Channel, err)
	}
	a.kinds.put(key, string(k))
	return k, nil
}

func kindOf(c *slack.Channel) phi.Kind {
	switch {
	case c.IsExtShared || c.IsPendingExtShared || (c.IsShared && !c.IsOrgShared):
		return phi.KindExternal
	case c.IsIM:
		return phi.KindDM
	case c.IsMpIM:
		return phi.KindGroup
	}
	return phi.KindChannel
}

// maxAttempts bounds the calls of one Web API method when Slack rate-limits
// it; past it the send fails (and is logged by the core) rather than piling up.
const maxAttempts = 4

// withRetry calls fn, waiting as Slack's Retry-After asks after a 429 (at
// most MaxRetryWait each time) up to maxAttempts calls. It runs only in
// background work, never before a request is acknowledged.
func withRetry[T any](ctx context.Context, a *Adapter, method string, fn func() (T, error)) (T, error) {
	for attempt := 1; ; attempt++ {
		v, err := fn()
		if a.cfg.OnAPI != nil {
			a.cfg.OnAPI(method, apiOutcome(err))
		}
		var rl *slack.RateLimitedError
		if err == nil || !errors.As(err, &rl) || attempt == maxAttempts {
			if err != nil {
				err = fmt.Errorf("%s: %w", method, err)
			}
			return v, err
		}
		wait := min(max(rl.RetryAfter, 500*time.Millisecond), a.cfg.MaxRetryWait)
		a.log.Warn("rate limited", "method", method, "attempt", attempt, "wait", wait.String())
		if err := a.cfg.Sleep(ctx, wait); err != nil {
			var zero T
			return zero, fmt.Errorf("%s: %w", method, err)
		}
	}
}

// location is the user's time zone from users.info, remembered in the
// profile store for a day; on any failure the configured default.
func (a *Adapter) location(ctx context.Context, ws, userID string) *time.Location {
	if a.cfg.Profiles != nil {
		if p, err := a.cfg.Profiles.Profile(ctx, ws, Platform, userID); err == nil && p["tz"] != "" {
			return a.zone(p["tz"])
		}
	}
	u, err := withRetry(ctx, a, "users.info", func() (*slack.User, error) {
		return a.api.GetUserInfoContext(ctx, userID)
	})
	if err != nil || u.TZ == "" {
		if err != nil {
			a.log.Warn("user time zone unknown", "workspace", ws, "user", userID, "err", err)
		}
		return a.cfg.Location
	}
	if a.cfg.Profiles != nil {
		if err := a.cfg.Profiles.SaveProfile(ctx, ws, Platform, userID, map[string]string{"tz": u.TZ}, profileTTL); err != nil {
			a.log.Warn("save profile", "workspace", ws, "user", userID, "err", err)
		}
	}
	return a.zone(u.TZ)
}

// zone loads an IANA zone once; an unknown name is the default.
func (a *Adapter) zone(name string) *time.Location {
	if l, ok := a.zones.Load(name); ok {
		return l.(*time.Location)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return a.cfg.Location
	}
	a.zones.Store(name, l)
	return l
}

// apiOutcome classifies a Web API call for OnAPI.
func apiOutcome(err error) string {
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &rl):
		return "429"
	case errors.As(err, &sc) && sc.Code >= 500:
		return "5xx"
	}
	return "error"
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
