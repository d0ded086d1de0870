// Package bench is the load and fault harness behind "delegatebot bench":
// it sends signed Slack Events API deliveries open-loop at a fixed rate to
// a serve (its own, in-process, with a fake Web API, or a running one on
// loopback), optionally kills and restarts its own redis-server mid-run, and
// then verifies in Redis that every acknowledged event became exactly one
// ticket and that the guard let no PHI out.
package bench

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// Options are what one run does; "delegatebot bench" fills them from its
// flags and Check bounds them.
type Options struct {
	Rate        int
	Duration    time.Duration
	Concurrency int
	Target      string // a running serve; empty starts one in-process
	RedisURL    string
	Fault       bool
	Downtime    time.Duration
	Retries     int
	RetryDelay  time.Duration
	Drain       time.Duration
	Users       int
	Workspace   string
	ServerLog   string
	// Platform is how events reach the server: "slack" (Events API over
	// HTTP, the default), "socketmode" or "teams" (driver.go).
	Platform string
	// FaultMode is what --fault does to Redis: "kill" (SIGKILL, then a
	// restart; the default) or "pause" (SIGSTOP, then SIGCONT).
	FaultMode string
}

// Bounds of the options: every run is finite and fits in memory.
const (
	MaxDuration = 5 * time.Minute
	MaxRate     = 50000
	maxEvents   = 2000000
	benchPHI    = "617-555-0142" // a phone number the guard must treat as PHI
	benchAdmin  = "UBENCHADMIN"
)

// Check returns what is wrong with o, one message per problem naming the
// flag; none when o can run. It trims a trailing slash from o.Target.
func (o *Options) Check() []string {
	var bad []string
	check := func(ok bool, msg string) {
		if !ok {
			bad = append(bad, msg)
		}
	}
	check(o.Rate >= 1 && o.Rate <= MaxRate, fmt.Sprintf("--rate must be 1..%d", MaxRate))
	check(o.Duration >= 100*time.Millisecond && o.Duration <= MaxDuration, "--duration must be 100ms..5m")
	check(float64(o.Rate)*o.Duration.Seconds() <= maxEvents, fmt.Sprintf("--rate × --duration must be at most %d events", maxEvents))
	check(o.Concurrency >= 1 && o.Concurrency <= 4096, "--concurrency must be 1..4096")
	check(o.Retries >= 0 && o.Retries <= 5, "--retries must be 0..5")
	check(o.RetryDelay >= 10*time.Millisecond && o.RetryDelay <= 10*time.Second, "--retry-delay must be 10ms..10s")
	check(o.Drain >= time.Second && o.Drain <= 5*time.Minute, "--drain must be 1s..5m")
	check(o.Downtime >= 100*time.Millisecond && o.Downtime <= 30*time.Second, "--fault-downtime must be 100ms..30s")
	check(o.Users >= 1 && o.Users <= 1000, "--users must be 1..1000")
	check(!o.Fault || o.Target == "" && o.RedisURL == "", "--fault runs its own redis-server and server: drop --target and --redis-url")
	check(o.Platform == "" || slices.Contains(Platforms, o.Platform), "--platform must be one of "+strings.Join(Platforms, ", "))
	check(o.FaultMode == "" || o.FaultMode == "kill" || o.FaultMode == "pause", "--fault-mode must be kill or pause")
	check(o.Platform == "" || o.Platform == PlatformSlack || o.Target == "", "--platform "+o.Platform+" runs its own server with a fake platform edge: drop --target")
	if o.Target != "" {
		check(loopbackURL(o.Target) == nil, "--target must be an http URL on loopback (127.0.0.1, ::1 or localhost)")
		o.Target = strings.TrimRight(o.Target, "/")
	}
	if o.RedisURL != "" {
		check(loopbackURL(o.RedisURL) == nil, "--redis-url must be on loopback: the bench writes tickets")
	}
	return bad
}

// Program is what the bench needs from the program it measures.
type Program struct {
	// Serve runs "delegatebot serve --addr addr" with args in this process,
	// configured from the environment, until ctx ends; its log goes to log.
	Serve func(ctx context.Context, addr string, args []string, log io.Writer) error
	// OpenStore opens the store at redisURL keyed from the environment as
	// serve keys it, and a function that closes it.
	OpenStore func(ctx context.Context, redisURL string, stderr io.Writer) (*storage.Store, func(), error)
}

// Run runs one measurement of p as opt says and verifies it, reporting
// progress on stderr. The report's Print and Verdict say how it went.
func Run(ctx context.Context, p Program, opt Options, stderr io.Writer) (rep *Report, err error) {
	pprof.Do(ctx, pprof.Labels("part", "load"), func(ctx context.Context) { rep, err = run(ctx, p, opt, stderr) })
	return rep, err
}

func run(ctx context.Context, p Program, opt Options, stderr io.Writer) (*Report, error) {
	nonce := randomHex(4)
	ws := opt.Workspace
	if ws == "" {
		ws = "TBENCH" + strings.ToUpper(nonce)
	}
	rep := &Report{Options: opt, Workspace: ws, Edge: "fake Slack Web API"}
	drv, err := newDriver(opt.Platform, ws)
	if err != nil {
		return nil, err
	}
	inbox := "slack"
	if drv != nil {
		defer drv.close()
		inbox, rep.Edge = drv.inbox(), drv.edge()
	}
	redisURL := opt.RedisURL
	var rp *redisProcess
	if opt.Fault {
		dir, cleanup, err := tempDir()
		if err != nil {
			return nil, err
		}
		defer cleanup()
		if rp, err = startRedis(ctx, dir); err != nil {
			return nil, err
		}
		defer rp.stop()
		redisURL = rp.URL()
		fmt.Fprintf(stderr, "bench: started redis-server on %s (append-only, fsync always, data in %s)\n", rp.addr(), dir)
	} else if redisURL == "" {
		if redisURL = os.Getenv("REDIS_URL"); redisURL == "" {
			redisURL = "redis://127.0.0.1:6379/8"
		}
		if err := loopbackURL(redisURL); err != nil {
			return nil, fmt.Errorf("bench: REDIS_URL: %w", err)
		}
	}
	rep.Redis = redisURL

	secret, queue := os.Getenv("SLACK_SIGNING_SECRET"), os.Getenv("SLACK_QUEUE_CHANNEL")
	var fake *benchSlack
	target := opt.Target
	if target == "" {
		queue, secret = "CBENCHQUEUE", randomHex(16)
		fake = newBenchSlack(queue, benchPHI)
		if sd, ok := drv.(*socketModeDriver); ok {
			sd.attach(fake)
		}
		// The fake's goroutines carry the profiler label part=fakeslack,
		// serve's part=serve, the rest of the bench (the load generator)
		// part=load: a CPU profile of a bench run splits by them
		// (go tool pprof -tagfocus part=serve).
		var api *httptest.Server
		pprof.Do(ctx, pprof.Labels("part", "fakeslack"), func(context.Context) { api = httptest.NewServer(fake) })
		defer api.Close()
		env := serverEnv(redisURL, secret, api.URL, queue, opt.Users)
		var args []string
		if drv != nil {
			args, queue = drv.setup(env), drv.queue()
		}
		srv, err := startServer(ctx, p.Serve, env, args, opt.ServerLog)
		if err != nil {
			return nil, err
		}
		defer srv.stop()
		target = srv.url
		if drv != nil {
			if err := drv.ready(ctx, target); err != nil {
				return nil, err
			}
		}
		rep.InProcess = true
	} else if secret == "" {
		return nil, errors.New("bench: --target needs SLACK_SIGNING_SECRET, the secret that server checks")
	}
	rep.Target = target

	// Read back with the key the server writes with: in-process it is the
	// one just put in the environment, else the caller's.
	store, closeStore, err := p.OpenStore(ctx, redisURL, stderr)
	if err != nil {
		return nil, err
	}
	defer closeStore()
	if queue != "" {
		if err := store.ApproveChannel(ctx, ws, queue, benchAdmin); err != nil {
			return nil, fmt.Errorf("bench: approve the queue channel: %w", err)
		}
	}

	n := int(float64(opt.Rate) * opt.Duration.Seconds())
	l := newLoader(target, secret, ws, nonce, benchPHI, n, opt.Concurrency, opt.Users, opt.Retries, opt.RetryDelay)
	if drv != nil {
		l.send = drv.deliver
	}
	var f *faultRun
	if opt.Fault {
		f = startFault(ctx, rp, target, opt.Duration/3, opt.Downtime, opt.FaultMode == "pause", stderr)
	}
	metricsURL := target + "/metrics"
	before := scrapeTraffic(ctx, metricsURL)
	fmt.Fprintf(stderr, "bench: sending %d events at %d/s to %s (platform %s)\n", n, opt.Rate, target, cmp.Or(opt.Platform, PlatformSlack))
	watchStart := time.Now()
	backlog := watchBacklog(ctx, store, inbox, watchStart)
	start := l.run(ctx, n, opt.Rate)
	if f != nil {
		if err := f.wait(); err != nil {
			return nil, err
		}
		rep.Fault = f
	}
	rep.Load = l.result(start)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	fmt.Fprintf(stderr, "bench: waiting up to %s for background work\n", opt.Drain)
	rep.Tickets, rep.DrainTook, rep.InboxQueued, rep.InboxLeased = drainTickets(ctx, store, ws, inbox, opt.Drain)
	rep.Backlog = summarizeBacklog(backlog.stop(), rep.Load.Start.Add(rep.Load.Elapsed).Sub(watchStart))
	if after := scrapeTraffic(ctx, metricsURL); before.ok && after.ok {
		rep.Traffic = redisTraffic{RoundTrips: after.RoundTrips - before.RoundTrips, Commands: after.Commands - before.Commands, ok: true}
	}
	rep.Verify, err = verifyTickets(ctx, store, ws, l.marker, rep.Load)
	if err != nil {
		return nil, err
	}
	var down, up time.Time
	if f != nil {
		down, up = f.down, f.up
	}
	switch {
	case drv != nil:
		rep.Guard = drv.report(down, up)
	case fake != nil:
		rep.Guard = fake.report(down, up)
	}
	return rep, nil
}

// serverEnv is the environment of the in-process server: a fresh
// encryption key and signing secret, the fake Web API, the bench's users as
// executives and every optional integration off, whatever the caller's
// environment holds.
func serverEnv(redisURL, secret, apiURL, queue string, users int) map[string]string {
	execs := make([]string, users)
	for i := range execs {
		execs[i] = fmt.Sprintf("UBENCH%d", i)
	}
	env := map[string]string{
		"REDIS_URL": redisURL, "DELEGATEBOT_ENCRYPTION_KEY": storage.NewKey(), "DELEGATEBOT_AUDIT_KEY": storage.NewKey(),
		"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": secret,
		"SLACK_API_URL": apiURL + "/api/", "SLACK_QUEUE_CHANNEL": queue,
		"DELEGATEBOT_EXECUTIVES": strings.Join(execs, ","), "DELEGATEBOT_PHI_MODE": "redact",
		"DELEGATEBOT_DIGEST_HOUR": "-1",
	}
	for _, k := range []string{"DELEGATEBOT_ENCRYPTION_KEY_FILE", "DELEGATEBOT_OLD_ENCRYPTION_KEYS", "DELEGATEBOT_OLD_AUDIT_KEYS", "SLACK_APP_TOKEN",
		"DELEGATEBOT_ADMINS", "DELEGATEBOT_METRICS_ADDR", "DELEGATEBOT_ASSISTANTS", "DELEGATEBOT_PHI_CLEARED", "DELEGATEBOT_CONFIG", "DELEGATEBOT_ADDR",
		"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "TEAMS_OPENID_METADATA_URL", "TEAMS_TOKEN_URL",
		"TEAMS_QUEUE_CONVERSATION", "DELEGATEBOT_LLM", "DELEGATEBOT_LLM_DRAFTS", "OPENAI_API_KEY", "OPENAI_BASE_URL"} {
		env[k] = ""
	}
	return env
}

// server is a `delegatebot serve` run in this process.
type server struct {
	url     string
	cancel  context.CancelFunc
	errc    chan error
	restore func()
	logFile *os.File
}

// startServer sets env (restored by stop) and runs serve on a free
// loopback port until it answers /healthz.
func startServer(ctx context.Context, serve func(context.Context, string, []string, io.Writer) error, env map[string]string, args []string, logPath string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &server{url: fmt.Sprintf("http://127.0.0.1:%d", port), errc: make(chan error, 1), restore: setEnv(env)}
	var logw io.Writer = io.Discard
	if logPath != "" {
		if s.logFile, err = os.Create(logPath); err != nil {
			s.restore()
			return nil, fmt.Errorf("bench: server log: %w", err)
		}
		logw = s.logFile
	}
	// go-redis reports every failed dial on its own logger; while Redis is
	// down on purpose that belongs in the server's log, not on the terminal.
	redis.SetLogger(printfLogger{log.New(logw, "redis: ", log.LstdFlags)})
	sctx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	go pprof.Do(sctx, pprof.Labels("part", "serve"), func(sctx context.Context) {
		s.errc <- serve(sctx, fmt.Sprintf("127.0.0.1:%d", port), args, logw)
	})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-s.errc:
			s.errc <- err
			s.stop()
			return nil, fmt.Errorf("bench: in-process serve: %w", err)
		case <-time.After(20 * time.Millisecond):
		}
		if resp, err := http.Get(s.url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
	}
	s.stop()
	return nil, errors.New("bench: in-process serve did not answer /healthz within 10s")
}

// stop shuts the server down (serve's own graceful shutdown, bounded) and
// restores the environment.
func (s *server) stop() {
	s.cancel()
	select {
	case <-s.errc:
	case <-time.After(15 * time.Second):
	}
	s.restore()
	redis.SetLogger(printfLogger{log.New(os.Stderr, "redis: ", log.LstdFlags)})
	if s.logFile != nil {
		s.logFile.Close()
	}
}

// setEnv sets variables and returns a function that puts back what was there.
func setEnv(env map[string]string) func() {
	type old struct {
		v   string
		set bool
	}
	saved := map[string]old{}
	for k, v := range env {
		prev, set := os.LookupEnv(k)
		saved[k] = old{prev, set}
		os.Setenv(k, v)
	}
	return func() {
		for k, o := range saved {
			if o.set {
				os.Setenv(k, o.v)
			} else {
				os.Unsetenv(k)
			}
		}
	}
}

// printfLogger adapts a log.Logger to go-redis's logger.
type printfLogger struct{ l *log.Logger }

func (p printfLogger) Printf(_ context.Context, format string, v ...any) { p.l.Printf(format, v...) }

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
