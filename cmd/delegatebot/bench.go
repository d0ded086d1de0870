package main

import (
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
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// benchOptions are the bench command's flags.
type benchOptions struct {
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
}

// Bounds of the flags: every run is finite and fits in memory.
const (
	benchMaxDuration = 5 * time.Minute
	benchMaxRate     = 50000
	benchMaxEvents   = 2000000
	benchPHI         = "617-555-0142" // a phone number the guard must treat as PHI
	benchAdmin       = "UBENCHADMIN"
)

const benchSynopsis = "bench [--rate N] [--duration D] [--concurrency N] [--fault] [--target URL] [--redis-url URL]"

func parseBenchFlags(args []string, stderr io.Writer) (benchOptions, error) {
	fs := newFlagSet("bench", benchSynopsis, stderr)
	var o benchOptions
	fs.IntVar(&o.Rate, "rate", 2000, "events per second, sent open-loop")
	fs.DurationVar(&o.Duration, "duration", 10*time.Second, "how long to send (at most 5m)")
	fs.IntVar(&o.Concurrency, "concurrency", 256, "most requests in flight at once")
	fs.StringVar(&o.Target, "target", "", "base URL of a running delegatebot serve on loopback (needs SLACK_SIGNING_SECRET, and DELEGATEBOT_ENCRYPTION_KEY to read tickets); default: start one in-process with a fake Slack Web API")
	fs.StringVar(&o.RedisURL, "redis-url", "", "Redis to check tickets in (and the in-process server's); default REDIS_URL, else redis://127.0.0.1:6379/8; --fault starts its own redis-server")
	fs.BoolVar(&o.Fault, "fault", false, "kill redis-server (SIGKILL) a third into the run and restart it after --fault-downtime")
	fs.DurationVar(&o.Downtime, "fault-downtime", 3*time.Second, "how long Redis stays down in --fault mode")
	fs.IntVar(&o.Retries, "retries", 3, "times a failed delivery is resent, like Slack (X-Slack-Retry-Num)")
	fs.DurationVar(&o.RetryDelay, "retry-delay", time.Second, "wait before the first resend; doubles each time")
	fs.DurationVar(&o.Drain, "drain", time.Minute, "longest wait for background work to finish after sending")
	fs.IntVar(&o.Users, "users", 16, "distinct executives sending events")
	fs.StringVar(&o.Workspace, "workspace", "", "Slack team id of the events (default: a new one per run)")
	fs.StringVar(&o.ServerLog, "server-log", "", "file for the in-process server's log (default: discarded)")
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	var bad []string
	check := func(ok bool, msg string) {
		if !ok {
			bad = append(bad, msg)
		}
	}
	check(o.Rate >= 1 && o.Rate <= benchMaxRate, fmt.Sprintf("--rate must be 1..%d", benchMaxRate))
	check(o.Duration >= 100*time.Millisecond && o.Duration <= benchMaxDuration, "--duration must be 100ms..5m")
	check(float64(o.Rate)*o.Duration.Seconds() <= benchMaxEvents, fmt.Sprintf("--rate × --duration must be at most %d events", benchMaxEvents))
	check(o.Concurrency >= 1 && o.Concurrency <= 4096, "--concurrency must be 1..4096")
	check(o.Retries >= 0 && o.Retries <= 5, "--retries must be 0..5")
	check(o.RetryDelay >= 10*time.Millisecond && o.RetryDelay <= 10*time.Second, "--retry-delay must be 10ms..10s")
	check(o.Drain >= time.Second && o.Drain <= 5*time.Minute, "--drain must be 1s..5m")
	check(o.Downtime >= 100*time.Millisecond && o.Downtime <= 30*time.Second, "--fault-downtime must be 100ms..30s")
	check(o.Users >= 1 && o.Users <= 1000, "--users must be 1..1000")
	check(!o.Fault || o.Target == "" && o.RedisURL == "", "--fault runs its own redis-server and server: drop --target and --redis-url")
	if o.Target != "" {
		check(loopbackURL(o.Target) == nil, "--target must be an http URL on loopback (127.0.0.1, ::1 or localhost)")
		o.Target = strings.TrimRight(o.Target, "/")
	}
	if o.RedisURL != "" {
		check(loopbackURL(o.RedisURL) == nil, "--redis-url must be on loopback: the bench writes tickets")
	}
	if len(bad) > 0 {
		return o, usageError("bench: " + strings.Join(bad, "; "))
	}
	return o, nil
}

// runBench is "delegatebot bench": a load and fault harness for the Slack
// Events endpoint against a real Redis. It prints a summary and fails when
// an acknowledged event did not become exactly one ticket or the guard let
// PHI out.
func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	opt, err := parseBenchFlags(args, stderr)
	if err != nil {
		return err
	}
	rep, err := bench(ctx, opt, stderr)
	if err != nil {
		return err
	}
	rep.print(stdout)
	return rep.verdict()
}

// bench runs one measurement and verifies it.
func bench(ctx context.Context, opt benchOptions, stderr io.Writer) (*benchReport, error) {
	nonce := randomHex(4)
	ws := opt.Workspace
	if ws == "" {
		ws = "TBENCH" + strings.ToUpper(nonce)
	}
	rep := &benchReport{Options: opt, Workspace: ws}
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
		redisURL = envOr("REDIS_URL", "redis://127.0.0.1:6379/8")
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
		api := httptest.NewServer(fake)
		defer api.Close()
		srv, err := startBenchServer(ctx, benchServerEnv(redisURL, secret, api.URL, queue, opt.Users), opt.ServerLog)
		if err != nil {
			return nil, err
		}
		defer srv.stop()
		target = srv.url
		rep.InProcess = true
	} else if secret == "" {
		return nil, errors.New("bench: --target needs SLACK_SIGNING_SECRET, the secret that server checks")
	}
	rep.Target = target

	// Read back with the key the server writes with: in-process it is the
	// one just put in the environment, else the caller's.
	store, closeStore, err := benchStore(ctx, redisURL, stderr)
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
	var f *faultRun
	if opt.Fault {
		f = startFault(ctx, rp, target, opt.Duration/3, opt.Downtime, stderr)
	}
	fmt.Fprintf(stderr, "bench: sending %d events at %d/s to %s\n", n, opt.Rate, target)
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
	rep.Tickets, rep.DrainTook, rep.InboxQueued, rep.InboxLeased = drainTickets(ctx, store, ws, opt.Drain)
	rep.Verify, err = verifyTickets(ctx, store, ws, l.marker, rep.Load.AckedMask)
	if err != nil {
		return nil, err
	}
	if fake != nil {
		var down, up time.Time
		if f != nil {
			down, up = f.down, f.up
		}
		rep.Guard = fake.report(down, up)
	}
	return rep, nil
}

// benchServerEnv is the environment of the in-process server: a fresh
// encryption key and signing secret, the fake Web API, the bench's users as
// executives and every optional integration off, whatever the caller's
// environment holds.
func benchServerEnv(redisURL, secret, apiURL, queue string, users int) map[string]string {
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
	for _, k := range []string{"DELEGATEBOT_ENCRYPTION_KEY_FILE", "DELEGATEBOT_OLD_ENCRYPTION_KEYS", "SLACK_APP_TOKEN",
		"DELEGATEBOT_ADMINS", "DELEGATEBOT_ASSISTANTS", "DELEGATEBOT_PHI_CLEARED", configFileEnv, "DELEGATEBOT_ADDR",
		"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "TEAMS_OPENID_METADATA_URL", "TEAMS_TOKEN_URL",
		"TEAMS_QUEUE_CONVERSATION", "DELEGATEBOT_LLM", "DELEGATEBOT_LLM_DRAFTS", "OPENAI_API_KEY", "OPENAI_BASE_URL"} {
		env[k] = ""
	}
	return env
}

// benchStore opens the store the bench verifies with, keyed from the
// environment as serve is.
func benchStore(ctx context.Context, redisURL string, stderr io.Writer) (*storage.Store, func(), error) {
	cfg, err := configFromEnv(os.Getenv)
	if err != nil {
		return nil, nil, err
	}
	keys, err := keyring(cfg, false, stderr)
	if err != nil {
		return nil, nil, err
	}
	rdb, err := storage.Connect(redisURL)
	if err != nil {
		return nil, nil, err
	}
	st := storage.New(rdb)
	st.Keys = keys
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := st.Ping(pctx); err != nil {
		rdb.Close()
		return nil, nil, fmt.Errorf("bench: redis: %w", err)
	}
	return st, func() { rdb.Close() }, nil
}

// benchServer is a `delegatebot serve` run in this process.
type benchServer struct {
	url     string
	cancel  context.CancelFunc
	errc    chan error
	restore func()
	logFile *os.File
}

// startBenchServer sets env (restored by stop) and runs serve on a free
// loopback port until it answers /healthz.
func startBenchServer(ctx context.Context, env map[string]string, logPath string) (*benchServer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &benchServer{url: fmt.Sprintf("http://127.0.0.1:%d", port), errc: make(chan error, 1), restore: setEnv(env)}
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
	go func() {
		s.errc <- runServe(sctx, []string{"--addr", fmt.Sprintf("127.0.0.1:%d", port)}, nil, io.Discard, logw)
	}()
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
func (s *benchServer) stop() {
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
