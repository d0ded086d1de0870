package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
)

// serveOptions are the serve command's flags.
type serveOptions struct {
	Addr   string
	Socket bool // Slack Socket Mode instead of (or beside) public HTTP
	// OnPanic counts panics recovered while handling events.
	OnPanic func(where string)
	// OnAPI counts platform API calls by outcome.
	OnAPI func(platform, method, outcome string)
}

// reminderTick is how often serve looks for due reminders.
const reminderTick = 15 * time.Second

// shutdownGrace bounds how long in-flight requests may take after SIGTERM.
const shutdownGrace = 8 * time.Second

func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "serve [--addr HOST:PORT] [--socket]", stderr)
	var opt serveOptions
	fs.StringVar(&opt.Addr, "addr", envOr("DELEGATEBOT_ADDR", ":8080"), "address to listen on (env DELEGATEBOT_ADDR)")
	fs.BoolVar(&opt.Socket, "socket", false, "connect to Slack over Socket Mode (needs SLACK_APP_TOKEN)")
	insecure := fs.Bool("insecure-no-encryption", false, "start without DELEGATEBOT_ENCRYPTION_KEY, storing ticket text unencrypted")
	allowPlaintext := fs.Bool("allow-plaintext", false, "migration: read plaintext values and values encrypted before they were bound to their record (run `delegatebot keys rotate`, then restart without it)")
	noAuditKey := fs.Bool("insecure-no-audit-key", false, "start without DELEGATEBOT_AUDIT_KEY: the audit trail cannot be proven against someone with Redis access")
	path := fs.String("config", "", "configuration file of KEY=VALUE lines; the environment overrides it (env "+configFileEnv+")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := configFile(*path); err != nil {
		return err
	}
	cfg, err := configFromEnv(os.Getenv)
	if err != nil {
		return err
	}
	cfg.RequireKey, cfg.NoEncryption, cfg.NoAuditKey, cfg.AllowPlaintext = true, *insecure, *noAuditKey, *allowPlaintext
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	app, err := openApp(ctx, cfg, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	app.Bot.Log, app.Reminders.Log = log, log

	met := newMetrics(app.Store)
	app.Bot.OnGuard = met.observeGuard
	opt.OnPanic = func(where string) { met.panics.WithLabelValues(where).Inc() }
	opt.OnAPI = func(platform, method, outcome string) { met.api.WithLabelValues(platform, method, outcome).Inc() }
	app.Store.OnTransition = func(a delegatebot.Action) { met.transitions.WithLabelValues(string(a)).Inc() }
	app.Reminders.OnLag = func(d time.Duration) { met.lag.Observe(max(d, 0).Seconds()) }
	if app.model != nil {
		app.model.OnCall = met.observeModel
	}
	app.rdb.AddHook(redisErrorHook{met.redisErrors})
	app.rdb.AddHook(&met.traffic)
	mux := http.NewServeMux()
	addHealthRoutes(mux, app.Store)
	if app.reportLinks != nil {
		mux.Handle("GET /report/{token}", app.reportLinks.handler(app, log))
	}
	if cfg.MetricsAddr == "" {
		mux.Handle("GET /metrics", met.handler())
	} else {
		mln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("listen for metrics (DELEGATEBOT_METRICS_ADDR): %w", err)
		}
		mmux := http.NewServeMux()
		mmux.Handle("GET /metrics", met.handler())
		msrv := &http.Server{Handler: mmux, ReadHeaderTimeout: 5 * time.Second}
		go msrv.Serve(mln)
		defer msrv.Close()
		log.Info("metrics listening", "addr", mln.Addr().String())
	}
	warmUp(ctx)
	// workers holds background work (event processing, Socket Mode) that
	// must finish before the process exits.
	workers, _ := newWorkerGroup(ctx)
	if app.Members != nil {
		app.Members.Go = workers.Go // before any event is handled
	}
	slackOn, err := mountSlack(ctx, app, mux, opt, log, workers)
	if err != nil {
		return fmt.Errorf("slack: %w", err)
	}
	teamsOn, err := mountTeams(ctx, app, mux, opt, log, workers)
	if err != nil {
		return fmt.Errorf("teams: %w", err)
	}
	if !slackOn && !teamsOn {
		log.Warn("no platform configured: set the SLACK_* or TEAMS_* variables (see delegatebot help)")
	}

	workers.Go(func(context.Context) { app.Reminders.Run(ctx, reminderTick, opt.OnPanic) })
	if cfg.CheckpointFile != "" || cfg.CheckpointURL != "" {
		cp := &checkpointWriter{Store: app.Store, Path: cfg.CheckpointFile, URL: cfg.CheckpointURL, Log: log}
		workers.Go(func(context.Context) { cp.Run(ctx, cfg.CheckpointEvery) })
	}

	ln, err := net.Listen("tcp", opt.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: met.instrument(mux), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second}
	log.Info("listening", "addr", ln.Addr().String(), "slack", slackOn, "teams", teamsOn)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err = srv.Shutdown(sctx)
	if werr := workers.Wait(sctx); werr != nil {
		log.Warn("background work still running at exit", "err", werr)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// warmUp loads the parser's and the PHI detector's tables (decoded once,
// on first use) before the endpoints listen, so the first events do not
// wait for them behind one another.
func warmUp(ctx context.Context) {
	const text = "schedule a meeting with Dana Lopez tomorrow at 3pm, call 617-555-0142"
	intents.Rules{}.Parse(ctx, text, time.Now())
	phi.Scan(text)
}
