package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
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
	Location   *time.Location
	PHIMode    phi.Action
	Queues     map[string]string // platform -> channel for new tickets
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
		Location:   time.Local,
		PHIMode:    phi.ActionRedact,
		Queues:     map[string]string{},
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
	if cfg.DataDir == "" {
		cfg.DataDir = defaultDataDir(getenv)
	}
	return cfg, errors.Join(errs...)
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
	Config   Config
	Store    *storage.Store
	Roles    *handlers.Roles
	Bot      *bot.Bot
	rdb      redis.UniversalClient
	embedded *storage.Embedded
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
	rdb, err := storage.Connect(url)
	if err != nil {
		a.Close()
		return nil, err
	}
	a.rdb = rdb
	a.Store = storage.New(rdb)
	if a.embedded != nil {
		a.Store.OnWrite = a.embedded.MarkDirty
	}
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := a.Store.Ping(pctx); err != nil {
		a.Close()
		return nil, fmt.Errorf("redis: %w", err)
	}
	a.Roles = handlers.NewRoles(cfg.Admins, cfg.Assistants, cfg.Executives)
	h := handlers.New(handlers.Config{Store: a.Store, Parser: intents.Rules{}, Queues: cfg.Queues})
	a.Bot = &bot.Bot{
		Handler: h.Mux(),
		Guard:   &phi.Guard{Policy: a.Store, Mode: cfg.PHIMode},
		Roles:   a.Roles,
		Audit:   a.Store,
		Dedupe:  a.Store,
		Log:     slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	return a, nil
}

// Close releases the client and, for the embedded store, writes its last
// snapshot.
func (a *App) Close() error {
	var errs []error
	if a.rdb != nil {
		errs = append(errs, a.rdb.Close())
	}
	if a.embedded != nil {
		errs = append(errs, a.embedded.Close())
	}
	return errors.Join(errs...)
}
