package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// Config is the program's configuration, read from the environment.
type Config struct {
	RedisURL   string
	DataDir    string
	Admins     []string
	Assistants []string
	Executives []string
	Cleared    []string // users with PHI clearance
	Location   *time.Location
	PHIMode    phi.Action
	Queues     map[string]string // platform -> channel for new tickets
	// View is how much of a ticket unapproved destinations see
	// (DELEGATEBOT_UNAPPROVED_VIEW: redacted or minimal).
	View bot.View
	// Colleagues are staff names requests may mention
	// (DELEGATEBOT_COLLEAGUES); in a request about someone's health any
	// other person named counts as PHI.
	Colleagues []string
	// Retention is how long done and cancelled tickets keep their
	// PHI-bearing fields (DELEGATEBOT_PHI_RETENTION, e.g. 30d or 720h; 0
	// keeps them).
	Retention time.Duration
	// DirectoryRefresh is how often workspaces' member names are fetched
	// for the directory of colleagues (DELEGATEBOT_DIRECTORY_REFRESH); 0 is off.
	DirectoryRefresh time.Duration

	EncryptionKey string   // base64, DELEGATEBOT_ENCRYPTION_KEY (or read from DELEGATEBOT_ENCRYPTION_KEY_FILE)
	OldKeys       []string // base64, DELEGATEBOT_OLD_ENCRYPTION_KEYS: decrypt only
	RequireKey    bool     // refuse to start without a key (serve)

	LLM llmConfig // OPENAI_* and DELEGATEBOT_LLM*: optional model assistance

	Oversight oversightConfig // DELEGATEBOT_POLICY_ACK, DELEGATEBOT_ACCESS_REVIEW_DAYS

	RemindBefore  time.Duration // DELEGATEBOT_REMIND_BEFORE: reminder before a deadline
	EscalateAfter time.Duration // DELEGATEBOT_ESCALATE_AFTER: unclaimed-ticket escalation; 0 off
	DigestHour    int           // DELEGATEBOT_DIGEST_HOUR: daily digest hour in each executive's time zone; -1 off
	NoEncryption  bool          // --insecure-no-encryption: allow storing text unencrypted

	AuditKey        string        // base64, DELEGATEBOT_AUDIT_KEY (or DELEGATEBOT_AUDIT_KEY_FILE)
	OldAuditKeys    []string      // base64, DELEGATEBOT_OLD_AUDIT_KEYS, newest first: verify only
	NoAuditKey      bool          // --insecure-no-audit-key: serve without a keyed audit chain
	AllowPlaintext  bool          // --allow-plaintext: read unbound and plaintext values (migration)
	CheckpointFile  string        // DELEGATEBOT_AUDIT_CHECKPOINT_FILE: serve writes checkpoints there
	CheckpointURL   string        // DELEGATEBOT_AUDIT_CHECKPOINT_URL: serve posts checkpoints there
	CheckpointEvery time.Duration // DELEGATEBOT_AUDIT_CHECKPOINT_INTERVAL (default 1h)

	RedisTimeout time.Duration // DELEGATEBOT_REDIS_TIMEOUT: bound of each Redis read, write, dial (default 1s)
	MetricsAddr  string        // DELEGATEBOT_METRICS_ADDR: serve /metrics on its own address
}

// configFromEnv reads Config, listing every problem at once.
func configFromEnv(getenv func(string) string) (Config, error) {
	var errs []error
	cfg := Config{
		RedisURL:   getenv("REDIS_URL"),
		DataDir:    getenv("DELEGATEBOT_DATA_DIR"),
		Admins:     splitList(getenv("DELEGATEBOT_ADMINS")),
		Assistants: splitList(getenv("DELEGATEBOT_ASSISTANTS")),
		Executives: splitList(getenv("DELEGATEBOT_EXECUTIVES")),
		Cleared:    splitList(getenv("DELEGATEBOT_PHI_CLEARED")),
		Location:   time.Local,
		PHIMode:    phi.ActionRedact,
		Queues:     map[string]string{},
		View:       bot.ViewRedacted,
		Colleagues: splitList(getenv("DELEGATEBOT_COLLEAGUES")),
	}
	for platform, key := range map[string]string{"slack": "SLACK_QUEUE_CHANNEL", "teams": "TEAMS_QUEUE_CONVERSATION"} {
		if q := getenv(key); q != "" {
			cfg.Queues[platform] = q
		}
	}
	if tz := getenv("DELEGATEBOT_TZ"); tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_TZ: unknown time zone %q", tz))
		} else {
			cfg.Location = loc
		}
	}
	switch m := strings.ToLower(getenv("DELEGATEBOT_PHI_MODE")); m {
	case "", "redact":
	case "block":
		cfg.PHIMode = phi.ActionBlock
	default:
		errs = append(errs, fmt.Errorf("DELEGATEBOT_PHI_MODE: %q is not redact or block", m))
	}
	cfg.Retention = 30 * 24 * time.Hour
	if v := getenv("DELEGATEBOT_PHI_RETENTION"); v != "" {
		d, err := parseRetention(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_PHI_RETENTION: %q is not a duration like 30d or 720h (0 keeps PHI)", v))
		}
		cfg.Retention = d
	}
	switch v := strings.ToLower(getenv("DELEGATEBOT_UNAPPROVED_VIEW")); v {
	case "", string(bot.ViewRedacted):
	case string(bot.ViewMinimal):
		cfg.View = bot.ViewMinimal
	default:
		errs = append(errs, fmt.Errorf("DELEGATEBOT_UNAPPROVED_VIEW: %q is not redacted or minimal", v))
	}
	if cfg.DataDir == "" {
		cfg.DataDir = defaultDataDir(getenv)
	}
	cfg.RemindBefore, cfg.EscalateAfter, cfg.DigestHour = time.Hour, 2*time.Hour, 8
	for key, dst := range map[string]*time.Duration{"DELEGATEBOT_REMIND_BEFORE": &cfg.RemindBefore, "DELEGATEBOT_ESCALATE_AFTER": &cfg.EscalateAfter} {
		if v := getenv(key); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil || d < 0 {
				errs = append(errs, fmt.Errorf("%s: %q is not a duration like 90m or 2h (0 turns it off)", key, v))
			}
			*dst = d
		}
	}
	if v := getenv("DELEGATEBOT_DIGEST_HOUR"); v != "" {
		h, err := strconv.Atoi(v)
		if err != nil || h < -1 || h > 23 {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_DIGEST_HOUR: %q is not an hour 0-23 (or -1 for no digest)", v))
		}
		cfg.DigestHour = h
	}
	cfg.RedisTimeout, cfg.MetricsAddr = storage.DefaultTimeout, getenv("DELEGATEBOT_METRICS_ADDR")
	if v := getenv("DELEGATEBOT_REDIS_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 10*time.Millisecond || d > time.Minute {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_REDIS_TIMEOUT: %q is not a duration between 10ms and 1m, like 1s", v))
		} else {
			cfg.RedisTimeout = d
		}
	}
	if d, derr := directoryRefreshFromEnv(getenv); derr != nil {
		errs = append(errs, derr)
	} else {
		cfg.DirectoryRefresh = d
	}
	llm, err := llmConfigFromEnv(getenv)
	if err != nil {
		errs = append(errs, err)
	}
	cfg.LLM = llm
	if cfg.Oversight, err = oversightConfigFromEnv(getenv); err != nil {
		errs = append(errs, err)
	}
	cfg.EncryptionKey = getenv("DELEGATEBOT_ENCRYPTION_KEY")
	if f := getenv("DELEGATEBOT_ENCRYPTION_KEY_FILE"); f != "" && cfg.EncryptionKey == "" {
		b, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_ENCRYPTION_KEY_FILE: %w", err))
		}
		cfg.EncryptionKey = strings.TrimSpace(string(b))
	}
	if cfg.EncryptionKey != "" {
		if _, err := storage.ParseKey(cfg.EncryptionKey); err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_ENCRYPTION_KEY: %w (want base64 of 32 bytes)", err))
		}
	}
	errs = append(errs, auditConfigFromEnv(getenv, &cfg)...)
	cfg.OldKeys = splitList(getenv("DELEGATEBOT_OLD_ENCRYPTION_KEYS"))
	for i, k := range cfg.OldKeys {
		if _, err := storage.ParseKey(k); err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_OLD_ENCRYPTION_KEYS: key %d: %w", i+1, err))
		}
	}
	return cfg, errors.Join(errs...)
}

// parseRetention reads a duration in days ("30d") or as Go writes it
// ("720h"); "0" is off.
func parseRetention(v string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(strings.TrimSpace(v), "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad days")
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("bad duration")
	}
	return d, nil
}

func defaultDataDir(getenv func(string) string) string {
	if x := getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "delegatebot")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "delegatebot")
	}
	return "delegatebot-data"
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// App is the wired program: store, roles, handlers and the bot core.
type App struct {
	Config Config
	Store  *storage.Store
	Users  *handlers.Directory
	// Reminders sends scheduled reminders; serve fills in its Senders as
	// each platform is mounted and runs it.
	Reminders *handlers.Reminders
	Bot       *bot.Bot
	model     *intents.Model // nil without a model; serve counts its calls
	rdb       redis.UniversalClient
	// reportLinks signs the report links /report hands out; nil is off.
	reportLinks *reportLinks
	embedded    *storage.Embedded

	// Members are the workspaces' directories of colleagues; serve adds a
	// fetcher per platform. Nil when DELEGATEBOT_DIRECTORY_REFRESH is off.
	Members *handlers.Members
}

// openApp connects to Redis (or starts the embedded store, saying so on
// stderr) and wires the bot.
func openApp(ctx context.Context, cfg Config, stderr io.Writer) (*App, error) {
	a := &App{Config: cfg}
	url := cfg.RedisURL
	if url == "" {
		emb, err := storage.StartEmbedded(cfg.DataDir)
		if err != nil {
			return nil, err
		}
		a.embedded = emb
		url = emb.URL()
		fmt.Fprintf(stderr, "delegatebot: REDIS_URL is not set: using the embedded store, kept in %s\n", emb.Path())
	}
	rdb, err := storage.ConnectTimeout(url, cfg.RedisTimeout)
	if err != nil {
		a.Close()
		return nil, err
	}
	a.rdb = rdb
	a.Store = storage.New(rdb)
	if a.Store.Keys, err = keyring(cfg, a.embedded != nil, stderr); err != nil {
		a.Close()
		return nil, err
	}
	if a.Store.Keys != nil {
		a.Store.Keys.AllowLegacy = cfg.AllowPlaintext
	}
	if a.Store.AuditKey, err = auditKey(cfg, a.embedded != nil, stderr); err != nil {
		a.Close()
		return nil, err
	}
	if a.Store.OldAuditKeys, err = oldAuditKeys(cfg); err != nil {
		a.Close()
		return nil, err
	}
	if a.embedded != nil {
		a.Store.OnWrite = a.embedded.MarkDirty
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := a.Store.Ping(pctx); err != nil {
		a.Close()
		return nil, fmt.Errorf("redis: %w", err)
	}
	oversight := handlers.OversightConfig{RequireAck: cfg.Oversight.RequireAck, Admins: cfg.Admins, Assistants: cfg.Assistants,
		ReviewEvery: cfg.Oversight.ReviewEvery}
	if a.reportLinks = newReportLinks(cfg); a.reportLinks != nil {
		oversight.ReportLink = a.reportLinks.Link
	}
	a.Reminders = &handlers.Reminders{
		Store: a.Store, Senders: map[string]bot.Sender{}, Queues: cfg.Queues,
		DueSoon: cfg.RemindBefore, EscalateAfter: cfg.EscalateAfter, DigestHour: cfg.DigestHour, Location: cfg.Location,
		Oversight: oversight, Retention: cfg.Retention,
	}
	guard := &phi.Guard{Policy: a.Store, Mode: cfg.PHIMode}
	if a.Members = newMembers(cfg, a.Store); a.Members != nil {
		guard.Colleagues = a.Members.Directory
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	model := newModel(cfg.LLM, a.Store, guard, log) // nil without OPENAI_API_KEY
	a.model = model
	h := handlers.New(handlers.Config{
		Store: a.Store, Parser: llmParser(model, false), Queues: cfg.Queues,
		Reminders: a.Reminders, Drafter: newDrafter(cfg.LLM, model), Colleagues: cfg.Colleagues,
		Users: handlers.DirectoryConfig{
			Admins: cfg.Admins, Assistants: cfg.Assistants, Executives: cfg.Executives, Cleared: cfg.Cleared,
		},
		Oversight: oversight,
		Members:   a.Members,
	})
	a.Users = h.Directory()
	mux := h.Mux()
	if a.Members != nil {
		a.Members.Log = log
		mux.Use(a.Members.Middleware)
	}
	mux.Use(withLLMScope)
	a.Bot = &bot.Bot{Handler: mux, Guard: guard, Users: a.Users, Audit: a.Store, Dedupe: a.Store, Log: log, View: cfg.View,
		EventContext: eventContext}
	a.Reminders.Bot, a.Reminders.Log = a.Bot, a.Bot.Log
	return a, nil
}

// Close gives back the ticket numbers the store reserved and did not use
// (so numbering continues without a gap), releases the client and, for the
// embedded store, writes its last snapshot. It runs once the workers are
// done.
func (a *App) Close() error {
	var errs []error
	if a.Store != nil {
		ctx, cancel := context.WithTimeout(context.Background(), storage.DefaultTimeout)
		errs = append(errs, a.Store.ReturnTicketNumbers(ctx))
		cancel()
	}
	if a.rdb != nil {
		errs = append(errs, a.rdb.Close())
	}
	if a.embedded != nil {
		errs = append(errs, a.embedded.Close())
	}
	return errors.Join(errs...)
}

// keyFile is where the embedded mode keeps the key it generated.
const keyFile = "encryption.key"

// generatedKey reads the key the embedded store generated into path, or
// generates one there (and says so): what serves as the key of that kind
// when the environment names none.
func generatedKey(path, kind, env string, stderr io.Writer) (string, error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		return strings.TrimSpace(string(b)), nil
	case errors.Is(err, fs.ErrNotExist):
		k := storage.NewKey()
		if err := os.WriteFile(path, []byte(k+"\n"), 0o600); err != nil {
			return "", fmt.Errorf("write generated %s key: %w", kind, err)
		}
		fmt.Fprintf(stderr, "delegatebot: no %s: generated one into %s\n", env, path)
		return k, nil
	default:
		return "", fmt.Errorf("read %s key: %w", kind, err)
	}
}

// keyring builds the encryption keys from cfg. Without a configured key the
// embedded store generates one into its data directory (and says so); serve
// refuses to start unless told --insecure-no-encryption; other commands run
// unencrypted with a warning.
func keyring(cfg Config, embedded bool, stderr io.Writer) (*storage.Keyring, error) {
	cur := cfg.EncryptionKey
	if cur == "" && embedded {
		var err error
		if cur, err = generatedKey(filepath.Join(cfg.DataDir, keyFile), "encryption", "DELEGATEBOT_ENCRYPTION_KEY", stderr); err != nil {
			return nil, err
		}
	}
	if cur == "" {
		if cfg.RequireKey && !cfg.NoEncryption {
			return nil, errors.New("no encryption key: set DELEGATEBOT_ENCRYPTION_KEY (base64 of 32 bytes; `delegatebot keys new` makes one) or pass --insecure-no-encryption")
		}
		fmt.Fprintln(stderr, "delegatebot: WARNING: no encryption key: ticket text and notes are stored unencrypted")
		return nil, nil
	}
	key, err := storage.ParseKey(cur)
	if err != nil {
		return nil, fmt.Errorf("encryption key: %w", err)
	}
	var old [][]byte
	for _, o := range cfg.OldKeys {
		b, err := storage.ParseKey(o)
		if err != nil {
			return nil, fmt.Errorf("old encryption key: %w", err)
		}
		old = append(old, b)
	}
	return storage.NewKeyring(key, old...)
}

// eventContext scopes one event's reads of its sender's state and the
// channel policy to the event: one round trip for all of them, which also
// reserves a ticket number when the event is likely to open a ticket: a
// plain message to the bot (not one it only observed, a command or a
// click). A /delegate command reserves its number when it creates, one
// round trip more; a plain message that opens nothing leaves its number
// to the next ticket. A command, click or form submission instead reads
// the workspace's queue mode and the sender's acknowledgement of the
// guidelines in that round trip (a claim checks both). A delivery the bot
// dedupes (a command's or a click's) is recorded in it too.
func eventContext(ctx context.Context, e *bot.Event) context.Context {
	plain := e.Command == "" && e.Card == "" && e.Submission == nil
	k := storage.EventKeys{Workspace: e.Workspace(), Platform: e.User.Platform, User: e.User.ID, Channel: e.Channel,
		Tickets: !e.Ambient && plain, Settings: !e.Ambient && !plain}
	if bot.Deduped(e) {
		k.Delivery, k.DeliveryTTL = e.ID, bot.DedupeTTL
	}
	return storage.WithEvent(ctx, k)
}
