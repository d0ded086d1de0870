package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/internal/bench"
	"github.com/delegatebot/delegatebot/storage"
)

const benchSynopsis = "bench [--platform slack|socketmode|teams] [--rate N] [--duration D] [--concurrency N] [--fault [--fault-mode kill|pause]] [--target URL] [--redis-url URL] [--json]"

func parseBenchFlags(args []string, stderr io.Writer) (bench.Options, bool, error) {
	fs := newFlagSet("bench", benchSynopsis, stderr)
	var o bench.Options
	var asJSON bool
	fs.BoolVar(&asJSON, "json", false, "print the summary lines on stderr and one JSON object on stdout, last: offered_per_s, acked_per_s, handled_per_s (tickets created within the load window), ack_p50/p95/p99_ms, handle_p50/p95/p99_ms (ack to ticket), backlog_max, backlog_end, backlog (inbox depth every 250ms), lost, duplicated, guard_leaks, redis_round_trips_per_event, redis_commands_per_event (serve's, from its /metrics), slo_met, slo_misses, pass")
	fs.IntVar(&o.Rate, "rate", 2000, "events per second, sent open-loop")
	fs.DurationVar(&o.Duration, "duration", 10*time.Second, "how long to send (at most 5m)")
	fs.IntVar(&o.Concurrency, "concurrency", 256, "most requests in flight at once")
	fs.StringVar(&o.Target, "target", "", "base URL of a running delegatebot serve on loopback (needs SLACK_SIGNING_SECRET, and DELEGATEBOT_ENCRYPTION_KEY to read tickets); default: start one in-process with a fake Slack Web API")
	fs.StringVar(&o.RedisURL, "redis-url", "", "Redis to check tickets in (and the in-process server's); default REDIS_URL, else redis://127.0.0.1:6379/8; --fault starts its own redis-server")
	fs.StringVar(&o.Platform, "platform", bench.PlatformSlack, "how events reach the server: slack (signed Events API callbacks over HTTP), socketmode (events_api envelopes over a fake Socket Mode WebSocket; serve --socket), teams (Bot Framework message activities with RS256 tokens from a fake OpenID/JWKS endpoint; replies through a fake connector); socketmode and teams run their own in-process server")
	fs.BoolVar(&o.Fault, "fault", false, "a third into the run, take the bench's own redis-server down for --fault-downtime (see --fault-mode)")
	fs.StringVar(&o.FaultMode, "fault-mode", "kill", "what --fault does: kill (SIGKILL, then restart on the same data) or pause (SIGSTOP, then SIGCONT)")
	fs.DurationVar(&o.Downtime, "fault-downtime", 3*time.Second, "how long Redis stays down in --fault mode")
	fs.IntVar(&o.Retries, "retries", 3, "times a failed (unacknowledged) delivery is resent, like Slack (X-Slack-Retry-Num; Socket Mode retry_attempt) or the Bot Connector")
	fs.DurationVar(&o.RetryDelay, "retry-delay", time.Second, "wait before the first resend; doubles each time")
	fs.DurationVar(&o.Drain, "drain", time.Minute, "longest wait for background work to finish after sending")
	fs.IntVar(&o.Users, "users", 16, "distinct executives sending events")
	fs.StringVar(&o.Workspace, "workspace", "", "Slack team id of the events (default: a new one per run)")
	fs.StringVar(&o.ServerLog, "server-log", "", "file for the in-process server's log (default: discarded)")
	if err := parseFlags(fs, args); err != nil {
		return o, false, err
	}
	bad := o.Check()
	if len(bad) > 0 {
		return o, false, usageError("bench: " + strings.Join(bad, "; "))
	}
	return o, asJSON, nil
}

// runBench is "delegatebot bench": a load and fault harness for the Slack
// Events endpoint (or Socket Mode, or the Teams messaging endpoint) against
// a real Redis. It prints a summary (with --json:
// the lines on stderr, one JSON object on stdout) and fails when an
// acknowledged event did not become exactly one ticket or the guard let PHI
// out. Missing the service level (the target-slo line, slo_met) is reported,
// not an error: the run itself is sound.
func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	opt, asJSON, err := parseBenchFlags(args, stderr)
	if err != nil {
		return err
	}
	rep, err := bench.Run(ctx, bench.Program{Serve: benchServe, OpenStore: benchStore}, opt, stderr)
	if err != nil {
		return err
	}
	if asJSON {
		rep.Print(stderr)
		if err := rep.PrintJSON(stdout); err != nil {
			return err
		}
	} else {
		rep.Print(stdout)
	}
	return rep.Verdict()
}

// benchServe runs serve for the bench's in-process server.
func benchServe(ctx context.Context, addr string, args []string, log io.Writer) error {
	return runServe(ctx, append([]string{"--addr", addr}, args...), nil, io.Discard, log)
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
