// Package slack is the Slack adapter: it verifies and translates Events API
// callbacks, slash commands and Block Kit button clicks (over HTTP or Socket
// Mode) into bot.Events, and renders what the PHI guard cleared (bot.Outgoing)
// as Block Kit through Slack's Web API. It holds no business rules: roles,
// tickets and PHI decisions belong to the core.
package slack

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/slack-go/slack"
)

// Platform is the platform name of Slack users and destinations; handlers
// look up the queue channel by it.
const Platform = "slack"

// api is the part of slack-go's client the adapter uses. It is declared here
// so the adapter's needs are visible in one place; *slack.Client implements it.
type api interface {
	PostMessageContext(ctx context.Context, channel string, opts ...slack.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channel, user string, opts ...slack.MsgOption) (string, error)
	UpdateMessageContext(ctx context.Context, channel, ts string, opts ...slack.MsgOption) (string, string, string, error)
	OpenConversationContext(ctx context.Context, p *slack.OpenConversationParameters) (*slack.Channel, bool, bool, error)
	GetConversationInfoContext(ctx context.Context, in *slack.GetConversationInfoInput) (*slack.Channel, error)
	GetUserInfoContext(ctx context.Context, user string, opts ...slack.GetUserInfoOption) (*slack.User, error)
	GetUsersPaginated(options ...slack.GetUsersOption) slack.UserPagination
	PublishViewContext(ctx context.Context, req slack.PublishViewContextRequest) (*slack.ViewResponse, error)
	OpenViewContext(ctx context.Context, triggerID string, view slack.ModalViewRequest) (*slack.ViewResponse, error)
	GetPermalinkContext(ctx context.Context, params *slack.PermalinkParameters) (string, error)
	GetConversationHistoryContext(ctx context.Context, params *slack.GetConversationHistoryParameters) (*slack.GetConversationHistoryResponse, error)
	GetConversationRepliesContext(ctx context.Context, params *slack.GetConversationRepliesParameters) ([]slack.Message, bool, string, error)
}

// Profiles remembers per-user facts (here: the time zone) between events;
// storage.Store implements it. It is an interface only so that this package
// does not depend on storage, as the layout of the project requires.
type Profiles interface {
	SaveProfile(ctx context.Context, ws, platform, user string, fields map[string]string, ttl time.Duration) error
	Profile(ctx context.Context, ws, platform, user string) (map[string]string, error)
}

// Inbox is a durable queue of raw event deliveries (bot.Inbox). With one,
// an Events API request is acknowledged only once its event is stored, and
// workers (RunInbox) handle it, again after a failure.
type Inbox = bot.Inbox

// Config configures an Adapter.
type Config struct {
	Bot           *bot.Bot
	Token         string // bot token, xoxb-…
	SigningSecret string // for HTTP requests; empty disables the HTTP endpoints
	AppToken      string // app-level token, xapp-…, for Socket Mode
	// APIURL is the Web API base URL with a trailing slash; empty means
	// Slack's. Tests point it at a local fake.
	APIURL   string
	Profiles Profiles // time zones; nil looks them up every time
	// Inbox, when set, makes event deliveries durable (see Inbox); nil
	// handles them in memory after the acknowledgement.
	Inbox Inbox
	// InboxLease is how long a worker may hold an inbox event before another
	// worker gets it again; 0 means 30 s.
	InboxLease time.Duration
	// Go runs work in the background after the request is acknowledged;
	// shutdown waits for it. Nil starts plain goroutines.
	Go       func(func(ctx context.Context))
	Log      *slog.Logger   // ids, types and counts only; never text
	Location *time.Location // users' default time zone; nil is UTC
	// MaxBody caps a request body; 0 means 1 MiB.
	MaxBody int64
	// MaxRetryWait caps one wait after a 429 from the Web API; 0 means 30 s.
	MaxRetryWait time.Duration
	// Sleep waits d or until ctx ends (then returning its error) before a
	// rate-limited call is retried; nil waits on a timer. Tests record the
	// waits instead.
	Sleep func(ctx context.Context, d time.Duration) error
	// TicketEmoji is the reaction (without colons) that opens a ticket from
	// a message; empty means DefaultTicketEmoji.
	TicketEmoji string
	// MaxConcurrent bounds the events handled at once; more wait their turn
	// (already acknowledged). 0 means 32.
	MaxConcurrent int
	// OnPanic, when set, is called for each panic recovered while handling
	// an event ("inbox", "task" or "socket"), e.g. to count it.
	OnPanic func(where string)
	// OnAPI, when set, is told the outcome of every Web API call ("ok",
	// "429", "5xx" or "error"), e.g. to count them.
	OnAPI func(method, outcome string)
}

// Adapter connects the bot to one Slack app. It implements bot.Sender.
type Adapter struct {
	cfg    Config
	client *slack.Client
	api    api
	log    *slog.Logger

	slots chan struct{} // one per event being handled
	kinds *ttlCache     // workspace/channel -> phi.Kind
	dms   sync.Map      // workspace/user -> DM channel id (stable, never expires)
	zones sync.Map      // IANA name -> *time.Location
}

// kindTTL is how long a channel's kind is trusted. A channel can become
// externally shared at any time, so it is short.
const kindTTL = 2 * time.Minute

// profileTTL is how long a user's time zone is remembered.
const profileTTL = 24 * time.Hour

// NewAdapter returns an adapter for cfg.
func NewAdapter(cfg Config) *Adapter {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.MaxRetryWait <= 0 {
		cfg.MaxRetryWait = 30 * time.Second
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 32
	}
	if cfg.InboxLease <= 0 {
		cfg.InboxLease = 30 * time.Second
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleep
	}
	// Keep connections to the Web API open for every concurrent handler;
	// the default transport keeps two and would redial under load.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = cfg.MaxConcurrent
	opts := []slack.Option{slack.OptionHTTPClient(&http.Client{Transport: tr, Timeout: 30 * time.Second})}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	c := slack.New(cfg.Token, opts...)
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	return &Adapter{cfg: cfg, client: c, api: c, log: log.With("platform", Platform),
		slots: make(chan struct{}, cfg.MaxConcurrent), kinds: newTTLCache(kindTTL)}
}

// Handler returns the HTTP endpoints: POST /slack/events, /slack/commands
// and /slack/interactive, each verifying Slack's request signature first.
func (a *Adapter) Handler() http.Handler {
	m := http.NewServeMux()
	m.Handle("/slack/events", a.verified(a.serveEvents))
	m.Handle("/slack/commands", a.sslCheck(a.verified(a.serveCommand)))
	m.Handle("/slack/interactive", a.verified(a.serveInteractive))
	return m
}

// task is work left for after the acknowledgement.
type task func(ctx context.Context) error

// spawn runs t in the background, at most MaxConcurrent at a time so that
// a burst queues instead of thrashing Redis and the Web API, and with a bound
// on its duration so that a stuck call cannot hold shutdown forever.
func (a *Adapter) spawn(t task) {
	run := func(ctx context.Context) {
		a.slots <- struct{}{}
		defer func() { <-a.slots }()
		ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		defer cancel()
		_ = a.safely(ctx, "task", t) // serve logs what went wrong
	}
	if a.cfg.Go != nil {
		a.cfg.Go(run)
		return
	}
	go run(context.Background())
}

// serve completes e with what only the Web API knows (the user's time zone)
// and runs it through the bot.
func (a *Adapter) serve(ctx context.Context, e *bot.Event) error {
	e.User.Platform = Platform
	ctx = a.cfg.Bot.Begin(ctx, e)
	if e.Location == nil {
		e.Location = a.location(ctx, e.Workspace(), e.User.ID)
	}
	err := a.cfg.Bot.Serve(ctx, e, a)
	var retry *bot.RetryError
	switch {
	case errors.As(err, &retry):
		a.log.Warn("event not handled; it will be retried", "workspace", e.Workspace(), "event", e.ID, "err", err)
	case err != nil:
		a.log.Error("event replies not all delivered", "workspace", e.Workspace(), "event", e.ID,
			"user", e.User.ID, "channel", e.Channel, "err", err)
	}
	return err
}

// channelKind is the kind of the channel an event came from. DM ids start
// with D; anything else is asked of Slack, failing closed.
func (a *Adapter) channelKind(ctx context.Context, ws, channel string) phi.Kind {
	if strings.HasPrefix(channel, "D") {
		return phi.KindDM
	}
	k, err := a.ChannelKind(ctx, bot.Destination{Platform: Platform, Workspace: ws, Channel: channel})
	if err != nil {
		a.log.Warn("channel kind unknown; treating it as external", "workspace", ws, "channel", channel, "err", err)
		return phi.KindExternal
	}
	return k
}

func user(ws, id string) delegatebot.User {
	return delegatebot.User{Platform: Platform, Workspace: ws, ID: id}
}

// ref is the adapter's reference to a Slack message: "channel:ts".
func ref(channel, ts string) string { return channel + ":" + ts }

// splitRef undoes ref; a bare ts is taken to be in fallback.
func splitRef(r, fallback string) (channel, ts string) {
	if c, t, ok := strings.Cut(r, ":"); ok {
		return c, t
	}
	return fallback, r
}

// ttlCache is a small in-process map whose entries expire.
type ttlCache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]ttlEntry
}

type ttlEntry struct {
	v   string
	exp time.Time
}

func newTTLCache(ttl time.Duration) *ttlCache { return &ttlCache{ttl: ttl, m: map[string]ttlEntry{}} }

func (c *ttlCache) get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	if !ok || time.Now().After(e.exp) {
		return "", false
	}
	return e.v, true
}

func (c *ttlCache) put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) > 10000 { // bound memory: dropping everything only costs lookups
		c.m = map[string]ttlEntry{}
	}
	c.m[k] = ttlEntry{v, time.Now().Add(c.ttl)}
}
