package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"
)

// metrics are the program's Prometheus metrics, all named delegatebot_….
// Labels carry paths, statuses, PHI types and actions — never text or ids
// of people.
type metrics struct {
	reg         *prometheus.Registry
	requests    *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	guard       *prometheus.CounterVec
	redisErrors prometheus.Counter
	panics      *prometheus.CounterVec
	api         *prometheus.CounterVec
	transitions *prometheus.CounterVec
	modelCalls  *prometheus.CounterVec
	modelTokens *prometheus.CounterVec
	lag         prometheus.Histogram
}

func newMetrics(store *storage.Store) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "delegatebot_http_requests_total", Help: "HTTP requests served, by path and status code.",
		}, []string{"path", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "delegatebot_http_request_duration_seconds", Help: "Time to answer HTTP requests, by path.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"path"}),
		guard: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "delegatebot_guard_decisions_total",
			Help: "Outbound messages by guard action, and PHI findings by type (type=\"none\" for messages without PHI).",
		}, []string{"action", "type"}),
		redisErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "delegatebot_redis_errors_total", Help: "Redis commands that failed (not counting misses and lost optimistic transactions).",
		}),
	}
	m.panics = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "delegatebot_panics_total", Help: "Panics recovered while handling events or running background work, by where.",
	}, []string{"where"})
	m.api = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "delegatebot_platform_api_calls_total",
		Help: "Calls to the Slack Web API and the Bot Framework connector, by platform, method and outcome (ok, 429, 5xx, 4xx, error).",
	}, []string{"platform", "method", "outcome"})
	m.transitions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "delegatebot_ticket_transitions_total", Help: "Ticket transitions applied by this replica, by action.",
	}, []string{"action"})
	m.lag = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "delegatebot_scheduler_lag_seconds", Help: "How late reminders, escalations and digests run after their due time.",
		Buckets: []float64{1, 5, 15, 30, 60, 120, 300, 900, 3600},
	})
	m.modelCalls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "delegatebot_model_calls_total", Help: "Model (LLM) calls by purpose and outcome (ok, cached, refusals, failures).",
	}, []string{"purpose", "outcome"})
	m.modelTokens = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "delegatebot_model_tokens_total", Help: "Model tokens spent, by purpose and kind (prompt, completion).",
	}, []string{"purpose", "kind"})
	buildInfo := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "delegatebot_build_info", Help: "Always 1; the labels name the running build.",
		ConstLabels: prometheus.Labels{"version": version(), "goversion": runtime.Version()},
	})
	buildInfo.Set(1)
	m.reg.MustRegister(m.requests, m.latency, m.guard, m.redisErrors, buildInfo, m.panics, m.api, m.transitions, m.lag, m.modelCalls, m.modelTokens,
		&inboxCollector{store: store, desc: prometheus.NewDesc("delegatebot_inbox_events",
			"Events in the durable inbox by platform and state (queued, leased, parked).", []string{"platform", "state"}, nil),
			lag: prometheus.NewDesc("delegatebot_inbox_lag_seconds",
				"Age of the oldest event waiting in the inbox, by platform (0 when none waits).", []string{"platform"}, nil)},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		&ticketCollector{store: store, desc: prometheus.NewDesc("delegatebot_tickets",
			"Tickets by workspace and status.", []string{"workspace", "status"}, nil)})
	return m
}

// handler serves /metrics. A collector that fails (Redis down: exactly
// when the Redis error counter matters) is left out; the rest is served.
func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// observeGuard is bot.Bot.OnGuard.
func (m *metrics) observeGuard(_ bot.Destination, d phi.Decision) {
	if !d.Found() {
		m.guard.WithLabelValues(string(d.Action), "none").Inc()
		return
	}
	for t, n := range d.Counts {
		m.guard.WithLabelValues(string(d.Action), string(t)).Add(float64(n))
	}
}

// instrument counts and times requests by route pattern.
func (m *metrics) instrument(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		mux.ServeHTTP(sw, r)
		_, pattern := mux.Handler(r)
		if pattern == "" {
			pattern = "unmatched"
		}
		m.requests.WithLabelValues(pattern, strconv.Itoa(sw.code)).Inc()
		m.latency.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

// ticketCollector reads ticket counts from Redis at scrape time, so every
// replica reports the same numbers without keeping state.
type ticketCollector struct {
	store *storage.Store
	desc  *prometheus.Desc
}

func (c *ticketCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *ticketCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), collectTimeout)
	defer cancel()
	counts, err := c.store.StatusCounts(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for ws, byStatus := range counts {
		for st, n := range byStatus {
			ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), ws, string(st))
		}
	}
}

// collectTimeout bounds the Redis reads of a scrape, so /metrics answers
// promptly with Redis paused.
const collectTimeout = time.Second

// redisErrorHook counts failed Redis commands. The connection handshake
// (HELLO, CLIENT SETINFO and CLIENT MAINT_NOTIFICATIONS, which older servers
// refuse) is not counted: those errors are expected and harmless. The
// program sends no other CLIENT command.
type redisErrorHook struct{ c prometheus.Counter }

func (h redisErrorHook) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := next(ctx, network, addr)
		if err != nil {
			h.c.Inc()
		}
		return conn, err
	}
}

func (h redisErrorHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if err != nil && handshake([]redis.Cmder{cmd}) {
			return err
		}
		h.count(err)
		return err
	}
}

func (h redisErrorHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		if err != nil && handshake(cmds) {
			return err
		}
		h.count(err)
		return err
	}
}

// handshake reports whether cmds are a connection's opening commands.
func handshake(cmds []redis.Cmder) bool {
	for _, c := range cmds {
		switch strings.ToLower(c.Name()) {
		case "hello", "client", "auth", "select", "readonly":
		default:
			return false
		}
	}
	return len(cmds) > 0
}

func (h redisErrorHook) count(err error) {
	// NOSCRIPT is go-redis asking for a script by hash before it loads it
	// (once per script and server): expected, not a failure.
	if err != nil && !errors.Is(err, redis.Nil) && !errors.Is(err, redis.TxFailedErr) && !redis.HasErrorPrefix(err, "NOSCRIPT") {
		h.c.Inc()
	}
}

// readyTimeout bounds /readyz's Redis ping, so that it answers within a
// second even with Redis paused.
const readyTimeout = 800 * time.Millisecond

// addHealthRoutes mounts /healthz (the process runs) and /readyz (Redis
// answers) on mux.
func addHealthRoutes(mux *http.ServeMux, store *storage.Store) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			http.Error(w, "redis unreachable", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
}

// inboxPlatforms are the platforms whose inbox depth is reported.
var inboxPlatforms = []string{"slack", "teams"}

// inboxCollector reads the inbox depth at scrape time: a growing queue or
// any parked event needs an operator (delegatebot inbox list).
type inboxCollector struct {
	store *storage.Store
	desc  *prometheus.Desc
	lag   *prometheus.Desc
}

func (c *inboxCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc; ch <- c.lag }

func (c *inboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), collectTimeout)
	defer cancel()
	for _, p := range inboxPlatforms {
		d, err := c.store.InboxDepth(ctx, p)
		if err != nil {
			ch <- prometheus.NewInvalidMetric(c.desc, err)
			return
		}
		for state, n := range map[string]int64{"queued": d.Queued, "leased": d.Leased, "parked": d.Parked} {
			ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), p, state)
		}
		lag := 0.0
		if !d.Oldest.IsZero() {
			lag = max(time.Since(d.Oldest).Seconds(), 0)
		}
		ch <- prometheus.MustNewConstMetric(c.lag, prometheus.GaugeValue, lag, p)
	}
}

// apiCounter is the OnAPI callback of one platform's adapter, or nil.
func apiCounter(opt serveOptions, platform string) func(method, outcome string) {
	if opt.OnAPI == nil {
		return nil
	}
	return func(method, outcome string) { opt.OnAPI(platform, method, outcome) }
}

// observeModel is intents.Model.OnCall.
func (m *metrics) observeModel(purpose, outcome string, prompt, completion int) {
	m.modelCalls.WithLabelValues(purpose, outcome).Inc()
	m.modelTokens.WithLabelValues(purpose, "prompt").Add(float64(prompt))
	m.modelTokens.WithLabelValues(purpose, "completion").Add(float64(completion))
}
