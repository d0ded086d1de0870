package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/redistest"
)

// benchDB is the Redis database the bench tests use (the bench's default).
const benchDB = 8

// benchRedisURL is the test server's URL on benchDB, flushed.
func benchRedisURL(t *testing.T) string {
	t.Helper()
	o := redistest.Client(t, benchDB).Options()
	auth := ""
	if o.Password != "" {
		auth = ":" + o.Password + "@"
	}
	return "redis://" + auth + o.Addr + "/8"
}

// summary splits the bench's output into its "name value" lines.
func summary(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		k, v, _ := strings.Cut(l, " ")
		m[k] = strings.TrimSpace(v)
	}
	for _, k := range []string{"run", "target", "redis", "sent", "acked", "errors", "throughput", "latency",
		"tickets", "lost", "duplicated", "unacked", "guard", "target-slo", "result",
		"handled", "handling", "backlog", "round-trips"} {
		if _, ok := m[k]; !ok {
			t.Errorf("summary has no %q line:\n%s", k, out)
		}
	}
	if !regexp.MustCompile(`^ack p50=[0-9.]+ms p95=[0-9.]+ms p99=[0-9.]+ms max=[0-9.]+ms$`).MatchString(m["latency"]) {
		t.Errorf("latency line = %q", m["latency"])
	}
	if !regexp.MustCompile(`^ack to ticket p50=[0-9.]+ms p95=[0-9.]+ms p99=[0-9.]+ms max=[0-9.]+ms$`).MatchString(m["handling"]) {
		t.Errorf("handling line = %q", m["handling"])
	}
	if !regexp.MustCompile(`^[0-9.]+ acked/s over [0-9.]+s \(offered \d+/s\)$`).MatchString(m["throughput"]) {
		t.Errorf("throughput line = %q", m["throughput"])
	}
	return m
}

// TestBench runs the harness briefly, without faults, against the in-process
// server and the test Redis: every event is acknowledged and becomes exactly
// one ticket, and PHI reaches only the approved queue channel.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("load test; skipped with -short")
	}
	url := benchRedisURL(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	err := runBench(ctx, []string{"--rate", "200", "--duration", "2s", "--redis-url", url, "--drain", "30s", "--json"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("bench: %v\nstdout:\n%s\nstderr:\n%s", err, out.String(), errb.String())
	}
	t.Logf("bench:\n%s\n%s", errb.String(), out.String())
	m := summary(t, errb.String())
	for k, want := range map[string]string{"acked": "400", "lost": "0", "duplicated": "0", "result": "PASS", "errors": "none"} {
		if m[k] != want {
			t.Errorf("%s = %q, want %q", k, m[k], want)
		}
	}
	// --json: stdout is one JSON object with the documented keys.
	var js map[string]any
	if err := json.Unmarshal(out.Bytes(), &js); err != nil {
		t.Fatalf("--json stdout is not one JSON object: %v\n%s", err, out.String())
	}
	for _, k := range []string{"offered_per_s", "acked_per_s", "handled_per_s", "ack_p99_ms", "handle_p99_ms", "backlog_max",
		"lost", "duplicated", "guard_leaks", "redis_round_trips_per_event", "redis_commands_per_event", "slo_met"} {
		if _, ok := js[k]; !ok {
			t.Errorf("--json has no %q: %s", k, out.String())
		}
	}
	for k, want := range map[string]float64{"offered_per_s": 200, "lost": 0, "duplicated": 0, "guard_leaks": 0, "tickets": 400} {
		if got, _ := js[k].(float64); got != want {
			t.Errorf("--json %s = %v, want %v", k, js[k], want)
		}
	}
	// Every event was handled: the rate is positive, and serve's Redis
	// traffic was read from its /metrics.
	for _, k := range []string{"handled_per_s", "redis_round_trips_per_event", "redis_commands_per_event"} {
		if got, _ := js[k].(float64); got <= 0 {
			t.Errorf("--json %s = %v, want > 0", k, js[k])
		}
	}
	if js["slo_met"] != false {
		t.Errorf("slo_met = %v at 200/s, want false (the target is 2000/s)", js["slo_met"])
	}
	if !strings.HasPrefix(m["tickets"], "400 found") {
		t.Errorf("tickets = %q, want 400 found", m["tickets"])
	}
	if !strings.HasPrefix(m["guard"], "leaks=0;") || strings.Contains(m["guard"], "queue posts 0 ") {
		t.Errorf("guard = %q, want no leaks and queue posts", m["guard"])
	}
}

// TestBenchFault kills the bench's own redis-server mid-run: deliveries
// refused meanwhile are retried, and still every acknowledged event becomes
// exactly one ticket and no PHI reaches the queue while the policy is
// unreadable.
func TestBenchFault(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test; skipped with -short")
	}
	redistest.NeedBinary(t)
	// An event handled at the moment of the kill waits out its lease.
	t.Setenv("DELEGATEBOT_INBOX_LEASE", "3s")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	err := runBench(ctx, []string{"--fault", "--rate", "100", "--duration", "3s", "--fault-downtime", "1s",
		"--retry-delay", "500ms", "--drain", "45s"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("bench --fault: %v\nstdout:\n%s\nstderr:\n%s", err, out.String(), errb.String())
	}
	t.Logf("bench --fault:\n%s", out.String())
	m := summary(t, out.String())
	for k, want := range map[string]string{"acked": "300", "lost": "0", "duplicated": "0", "result": "PASS"} {
		if m[k] != want {
			t.Errorf("%s = %q, want %q", k, m[k], want)
		}
	}
	if !regexp.MustCompile(`/readyz 503 while down, 200 after`).MatchString(m["fault"]) {
		t.Errorf("fault = %q, want /readyz 503 while down and 200 after", m["fault"])
	}
	if !strings.HasPrefix(m["guard"], "leaks=0;") {
		t.Errorf("guard = %q, want no leaks", m["guard"])
	}
}

func TestBenchFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"RateTooHigh", []string{"--rate", "1000000"}},
		{"DurationTooLong", []string{"--duration", "1h"}},
		{"FaultWithTarget", []string{"--fault", "--target", "http://127.0.0.1:8080"}},
		{"RemoteTarget", []string{"--target", "http://example.org"}},
		{"RemoteRedis", []string{"--redis-url", "redis://10.0.0.5:6379/8"}},
		{"RemoteClusterNode", []string{"--redis-url", "redis://127.0.0.1:7001?cluster=true&addr=10.0.0.5:7002"}},
		{"UnknownPlatform", []string{"--platform", "irc"}},
		{"UnknownFaultMode", []string{"--fault", "--fault-mode", "reboot"}},
		{"TeamsWithTarget", []string{"--platform", "teams", "--target", "http://127.0.0.1:8080"}},
		{"SocketModeWithTarget", []string{"--platform", "socketmode", "--target", "http://127.0.0.1:8080"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errb bytes.Buffer
			_, _, err := parseBenchFlags(tc.args, &errb)
			if _, ok := err.(usageError); !ok {
				t.Errorf("err = %v, want a usage error", err)
			}
		})
	}
	if _, _, err := parseBenchFlags([]string{"--rate", "500", "--target", "http://127.0.0.1:8080/"}, &bytes.Buffer{}); err != nil {
		t.Errorf("loopback target: %v", err)
	}
}

// TestBenchPlatformFaults drives Socket Mode and Teams through their fake
// platform edges while the bench's own redis-server is killed (Socket Mode)
// or paused (Teams) mid-run: every acknowledged event still becomes exactly
// one ticket, and PHI reaches only the approved queue conversation.
func TestBenchPlatformFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("fault test; skipped with -short")
	}
	redistest.NeedBinary(t)
	t.Setenv("DELEGATEBOT_INBOX_LEASE", "3s")
	for _, tc := range []struct{ platform, mode, edge string }{
		{"socketmode", "kill", "Socket Mode endpoint"},
		{"teams", "pause", "fake Bot Framework"},
	} {
		t.Run(tc.platform, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			var out, errb bytes.Buffer
			err := runBench(ctx, []string{"--platform", tc.platform, "--fault", "--fault-mode", tc.mode, "--rate", "50", "--duration", "3s",
				"--fault-downtime", "2500ms", "--retry-delay", "500ms", "--drain", "45s"}, nil, &out, &errb)
			if err != nil {
				t.Fatalf("bench: %v\nstdout:\n%s\nstderr:\n%s", err, out.String(), errb.String())
			}
			t.Logf("bench --platform %s:\n%s", tc.platform, out.String())
			m := summary(t, out.String())
			for k, want := range map[string]string{"acked": "150", "lost": "0", "duplicated": "0", "result": "PASS"} {
				if m[k] != want {
					t.Errorf("%s = %q, want %q", k, m[k], want)
				}
			}
			if !strings.Contains(m["target"], tc.edge) || !strings.HasPrefix(m["fault"], "redis-server "+map[string]string{"kill": "killed", "pause": "paused"}[tc.mode]) {
				t.Errorf("target = %q, fault = %q", m["target"], m["fault"])
			}
			if !strings.HasPrefix(m["guard"], "leaks=0;") || strings.Contains(m["guard"], "queue posts 0 ") {
				t.Errorf("guard = %q, want no leaks and queue posts", m["guard"])
			}
		})
	}
}
