package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/slack-go/slack/slackevents"
)

// envelope is the outer Events API payload. It is decoded first, by us, so
// that malformed bodies are refused and unknown types ignored before
// slackevents sees them.
type envelope struct {
	Type           string `json:"type"`
	Challenge      string `json:"challenge"`
	TeamID         string `json:"team_id"`
	EventID        string `json:"event_id"`
	Authorizations []struct {
		UserID string `json:"user_id"`
		IsBot  bool   `json:"is_bot"`
	} `json:"authorizations"`
}

// botUser is the bot's own user id, which Slack names in the authorizations
// of every event it delivers to the app.
func (e envelope) botUser() string {
	for _, au := range e.Authorizations {
		if au.IsBot {
			return au.UserID
		}
	}
	return ""
}

var errMalformed = errors.New("malformed payload")

// serveEvents acknowledges an Events API request fast and leaves the work to
// the background: Slack retries anything not answered within 3 s. With an
// inbox, the event is stored durably first and a failure to store it is a
// 503, so Slack delivers it again; retried deliveries are dropped by event
// id. Without one, retried deliveries are processed like first ones and the
// core drops the duplicates.
func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.Info("event redelivered", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	challenge, t, err := a.fromEvents(body, false)
	switch {
	case err != nil:
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	case challenge != "":
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"challenge": challenge})
		return
	case t != nil && a.cfg.Inbox != nil:
		// A permanent failure is answered 400 once and logged, never 503:
		// retrying cannot help.
		a.answerStored(w, a.enqueue(r.Context(), body))
		return
	case t != nil:
		a.spawn(t)
	}
	w.WriteHeader(http.StatusOK)
}

// enqueueTimeout bounds storing an event, well inside Slack's 3 s.
const enqueueTimeout = 2 * time.Second

// Outcomes of enqueue other than nil (stored now, or by an earlier delivery:
// safe to acknowledge).
var (
	errTemporary = errors.New("event not stored; retry")   // Redis failed: 503, Slack retries
	errPermanent = errors.New("event can never be stored") // no event id, invalid team: 400
)

// enqueue stores an event delivery in the inbox. A signed event that can
// never be stored (no event_id, an invalid team id) is a permanent error,
// logged once per delivery: asking Slack to retry it would only repeat it.
func (a *Adapter) enqueue(ctx context.Context, body []byte) error {
	var env envelope
	if json.Unmarshal(body, &env) != nil || env.EventID == "" {
		a.log.Warn("event refused: no event_id", "workspace", bot.Capped(env.TeamID, 64))
		return errPermanent
	}
	return a.store(ctx, env.TeamID, env.EventID, body)
}

// store stores one delivery of workspace ws under its dedupe id: nil once
// stored (now, or by an earlier delivery), errTemporary when Redis failed,
// errPermanent when it can never be stored.
func (a *Adapter) store(ctx context.Context, ws, id string, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, enqueueTimeout)
	defer cancel()
	queued, err := a.cfg.Inbox.Enqueue(ctx, Platform, ws, id, body)
	if delegatebot.ErrorCode(err) == delegatebot.EINVALID {
		a.log.Warn("event refused: it cannot be stored", "workspace", bot.Capped(ws, 64), "event", bot.Capped(id, 64), "err", err)
		return errPermanent
	}
	if err != nil {
		a.log.Error("event not stored; asking Slack to retry", "workspace", ws, "event", id, "err", err)
		return errTemporary
	}
	if !queued {
		a.log.Info("duplicate delivery dropped", "workspace", ws, "event", id)
	}
	return nil
}

// RunInbox handles the inbox's events with n workers until ctx ends. An
// event whose handling fails for a reason other than the user's input
// (bot.RetryError) stays leased and is handled again when the lease expires.
func (a *Adapter) RunInbox(ctx context.Context, n int) {
	bot.RunInbox(ctx, n, a.cfg.Inbox, Platform, a.cfg.InboxLease, a.log, a.handleItem)
}

// handleItem serves one leased delivery (an event, or a command or click
// over Socket Mode or HTTP); a *bot.RetryError leaves it to be handled
// again.
func (a *Adapter) handleItem(ctx context.Context, body []byte) error {
	t := a.fromItem(body)
	if t == nil {
		return nil // malformed or ignored: acknowledged, never retried
	}
	a.slots <- struct{}{}
	defer func() { <-a.slots }()
	return a.safely(ctx, "inbox", t)
}

// fromEvents reads an Events API payload (HTTP body or Socket Mode payload):
// a url_verification challenge to echo, or the task an event calls for
// (nil for events the bot ignores).
//
// With retry, the events are marked bot.Event.Retry: they come from the
// durable inbox, which delivers them again if serving fails.
func (a *Adapter) fromEvents(body []byte, retry bool) (challenge string, t task, err error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		a.log.Warn("event rejected", "reason", "malformed JSON")
		return "", nil, errMalformed
	}
	switch env.Type {
	case slackevents.URLVerification:
		if env.Challenge == "" {
			return "", nil, errMalformed
		}
		return env.Challenge, nil, nil
	case slackevents.CallbackEvent:
	default:
		a.log.Info("event ignored", "type", env.Type, "workspace", env.TeamID)
		return "", nil, nil
	}
	if env.TeamID == "" {
		return "", nil, errMalformed
	}
	// The signature was checked already; Slack's legacy verification token is not used.
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// ParseEvent names an unknown inner type in the outer Type.
		a.log.Info("event ignored", "type", ev.Type, "workspace", env.TeamID, "event", env.EventID, "reason", "unsupported")
		return "", nil, nil
	}
	ws, botID := env.TeamID, env.botUser()
	switch in := ev.InnerEvent.Data.(type) {
	case *slackevents.MessageEvent:
		return "", a.fromMessage(ws, env.EventID, botID, in, retry), nil
	case *slackevents.AppMentionEvent:
		return "", a.fromMention(ws, env.EventID, botID, in, retry), nil
	case *slackevents.ReactionAddedEvent:
		return "", a.fromReaction(ws, env.EventID, botID, in, retry), nil
	case *slackevents.AppHomeOpenedEvent:
		if in.Tab != "home" || in.User == "" {
			return "", nil, nil
		}
		return "", func(ctx context.Context) error { a.publishHome(ctx, ws, in.User, in.Channel, ""); return nil }, nil
	}
	a.log.Info("event ignored", "type", ev.InnerEvent.Type, "workspace", ws, "event", env.EventID)
	return "", nil, nil
}

// fromMessage handles a message posted where the bot is: in its DM it is a
// request (free text); in a channel the bot only observes it (Ambient), to
// warn about PHI. Messages by bots — the bot's own included — and edits,
// deletions and other subtypes are ignored, so the bot never answers itself.
func (a *Adapter) fromMessage(ws, id, botID string, m *slackevents.MessageEvent, retry bool) task {
	switch {
	case m.BotID != "" || m.User == "" || m.User == botID:
		return nil
	case m.SubType != "" && m.SubType != "thread_broadcast" && m.SubType != "file_share":
		return nil
	}
	e := &bot.Event{
		ID:      id,
		User:    user(ws, m.User),
		Channel: m.Channel,
		Thread:  m.ThreadTimeStamp,
		Message: ref(m.Channel, m.TimeStamp),
		Text:    m.Text,
		Time:    parseTS(m.TimeStamp),
		Retry:   retry,
	}
	if m.ChannelType == slackevents.ChannelTypeIM {
		e.ChannelKind = phi.KindDM
		return func(ctx context.Context) error { return a.serve(ctx, e) }
	}
	if botID != "" && strings.Contains(m.Text, "<@"+botID+">") {
		return nil // addressed to the bot: its app_mention event handles it
	}
	e.Ambient = true
	return func(ctx context.Context) error {
		e.ChannelKind = a.channelKind(ctx, ws, e.Channel)
		return a.serve(ctx, e)
	}
}

// fromMention handles "@delegatebot <request>" in a channel: free text with
// the mention removed, answered in a thread to keep the channel quiet.
func (a *Adapter) fromMention(ws, id, botID string, m *slackevents.AppMentionEvent, retry bool) task {
	if m.BotID != "" || m.User == "" || m.User == botID {
		return nil
	}
	thread := m.ThreadTimeStamp
	if thread == "" {
		thread = m.TimeStamp
	}
	e := &bot.Event{
		ID:      id,
		User:    user(ws, m.User),
		Channel: m.Channel,
		Thread:  thread,
		Message: ref(m.Channel, m.TimeStamp),
		Text:    stripMention(m.Text, botID),
		Time:    parseTS(m.TimeStamp),
		Retry:   retry,
	}
	return func(ctx context.Context) error {
		e.ChannelKind = a.channelKind(ctx, ws, e.Channel)
		return a.serve(ctx, e)
	}
}

// stripMention removes the bot's mention from text; without the bot's id it
// removes a leading mention.
func stripMention(text, botID string) string {
	if botID != "" {
		text = strings.ReplaceAll(text, "<@"+botID+">", "")
	} else if strings.HasPrefix(text, "<@") {
		if i := strings.IndexByte(text, '>'); i > 0 {
			text = text[i+1:]
		}
	}
	return strings.TrimSpace(text)
}

// parseTS turns a Slack timestamp ("1712345678.000100") into a time; a bad
// one yields the zero time, which the core reads as now.
func parseTS(ts string) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return time.Time{}
	}
	us, _ := strconv.ParseInt((frac + "000000")[:6], 10, 64)
	return time.Unix(s, us*1000)
}
