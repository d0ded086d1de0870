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

// callback is an Events API payload as the adapter reads it: the envelope
// and the inner event, undecoded. One pass over the body reads both.
type callback struct {
	envelope
	Event json.RawMessage `json:"event"`
}

// innerEvent holds the fields of the inner events the adapter serves
// (message, app_mention, reaction_added, app_home_opened), read in one
// pass; the JSON names are Slack's, as slackevents spells them. Other types
// are ignored by their type alone.
type innerEvent struct {
	Type            string `json:"type"`
	SubType         string `json:"subtype"`
	User            string `json:"user"`
	BotID           string `json:"bot_id"`
	Text            string `json:"text"`
	Channel         string `json:"channel"`
	ChannelType     string `json:"channel_type"`
	TimeStamp       string `json:"ts"`
	ThreadTimeStamp string `json:"thread_ts"`
	Tab             string `json:"tab"`
	Reaction        string `json:"reaction"`
	Item            struct {
		Type      string `json:"type"`
		Channel   string `json:"channel"`
		Timestamp string `json:"ts"`
	} `json:"item"`
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
	cb, err := a.decodeCallback(body)
	var (
		challenge string
		t         task
	)
	if err == nil {
		challenge, t, err = a.fromCallback(&cb, false)
	}
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
		a.answerStored(w, a.storeEvent(r.Context(), &cb.envelope, body))
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
	if json.Unmarshal(body, &env) != nil {
		env = envelope{}
	}
	return a.storeEvent(ctx, &env, body)
}

// storeEvent is enqueue for a body whose envelope env is decoded already.
func (a *Adapter) storeEvent(ctx context.Context, env *envelope, body []byte) error {
	if env.EventID == "" {
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
	cb, err := a.decodeCallback(body)
	if err != nil {
		return "", nil, err
	}
	return a.fromCallback(&cb, retry)
}

// decodeCallback reads the envelope of an Events API payload and keeps its
// inner event undecoded; malformed JSON is errMalformed.
func (a *Adapter) decodeCallback(body []byte) (callback, error) {
	var cb callback
	if err := json.Unmarshal(body, &cb); err != nil {
		a.log.Warn("event rejected", "reason", "malformed JSON")
		return callback{}, errMalformed
	}
	return cb, nil
}

// fromCallback is fromEvents for a decoded envelope: the inner event is
// decoded once, here, into the fields the adapter serves.
func (a *Adapter) fromCallback(cb *callback, retry bool) (challenge string, t task, err error) {
	env := &cb.envelope
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
	var in innerEvent
	if len(cb.Event) == 0 || json.Unmarshal(cb.Event, &in) != nil {
		a.log.Info("event ignored", "type", in.Type, "workspace", env.TeamID, "event", env.EventID, "reason", "unsupported")
		return "", nil, nil
	}
	ws, botID := env.TeamID, env.botUser()
	switch in.Type {
	case string(slackevents.Message):
		return "", a.fromMessage(ws, env.EventID, botID, &slackevents.MessageEvent{
			Type: in.Type, SubType: in.SubType, User: in.User, BotID: in.BotID, Text: in.Text,
			Channel: in.Channel, ChannelType: in.ChannelType, TimeStamp: in.TimeStamp, ThreadTimeStamp: in.ThreadTimeStamp,
		}, retry), nil
	case string(slackevents.AppMention):
		return "", a.fromMention(ws, env.EventID, botID, &slackevents.AppMentionEvent{
			Type: in.Type, User: in.User, BotID: in.BotID, Text: in.Text,
			Channel: in.Channel, TimeStamp: in.TimeStamp, ThreadTimeStamp: in.ThreadTimeStamp,
		}, retry), nil
	case string(slackevents.ReactionAdded):
		r := &slackevents.ReactionAddedEvent{Type: in.Type, User: in.User, Reaction: in.Reaction}
		r.Item.Type, r.Item.Channel, r.Item.Timestamp = in.Item.Type, in.Item.Channel, in.Item.Timestamp
		return "", a.fromReaction(ws, env.EventID, botID, r, retry), nil
	case string(slackevents.AppHomeOpened):
		if in.Tab != "home" || in.User == "" {
			return "", nil, nil
		}
		user, channel := in.User, in.Channel
		return "", func(ctx context.Context) error { a.publishHome(ctx, ws, user, channel, ""); return nil }, nil
	}
	a.log.Info("event ignored", "type", in.Type, "workspace", ws, "event", env.EventID)
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
