package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

// redisErrors reads delegatebot_redis_errors_total from m's /metrics.
func redisErrors(t *testing.T, m *metrics) float64 {
	t.Helper()
	w := httptest.NewRecorder()
	m.handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, line := range strings.Split(w.Body.String(), "\n") {
		if v, ok := strings.CutPrefix(line, "delegatebot_redis_errors_total "); ok {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no delegatebot_redis_errors_total in /metrics")
	return 0
}

// pausedRedis is what a client sees of a Redis stopped with SIGSTOP: the
// kernel accepts connections, and nothing ever answers.
func pausedRedis(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return "redis://" + ln.Addr().String()
}

func TestFailFastWithRedisPaused(t *testing.T) {
	rdb, err := storage.Connect(pausedRedis(t))
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	store := storage.New(rdb)
	met := newMetrics(store)
	rdb.AddHook(redisErrorHook{met.redisErrors})
	mux := http.NewServeMux()
	addHealthRoutes(mux, store)
	mux.Handle("GET /metrics", met.handler())

	get := func(path string) (*httptest.ResponseRecorder, time.Duration) {
		start := time.Now()
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w, time.Since(start)
	}
	// The bounds below only tell an answer from a hang (a paused Redis never
	// replies); how fast the answer comes is measured by the bench
	// (delegatebot bench --fault), not asserted here.
	const hang = 15 * time.Second
	t.Run("Readyz", func(t *testing.T) {
		w, took := get("/readyz")
		if w.Code != http.StatusServiceUnavailable || took > hang {
			t.Fatalf("/readyz: %d after %s, want 503", w.Code, took)
		}
	})
	t.Run("Metrics", func(t *testing.T) {
		w, took := get("/metrics")
		if w.Code != http.StatusOK || took > hang {
			t.Fatalf("/metrics: %d after %s, want 200", w.Code, took)
		}
		body := w.Body.String()
		for _, want := range []string{"delegatebot_redis_errors_total", "delegatebot_build_info{", "go_goroutines"} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s with Redis paused", want)
			}
		}
		if strings.Contains(body, "delegatebot_tickets{") {
			t.Error("ticket counts reported with Redis paused")
		}
		if n := redisErrors(t, met); n < 1 {
			t.Errorf("redis errors = %v with Redis paused, want some", n)
		}
	})
	t.Run("ContextDeadline", func(t *testing.T) {
		// A deadline far below the store's own timeouts: the ping must end
		// with the context, not with the read timeout.
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		err := store.Ping(ctx)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("ping with a 100ms deadline: err %v, want the context's deadline", err)
		}
	})
}

// TestRedisErrorsIgnoreHandshake opens fresh connections to a healthy Redis
// (before 7.2 it refuses CLIENT SETINFO) and runs a new script (NOSCRIPT
// first): no error is counted.
func TestRedisErrorsIgnoreHandshake(t *testing.T) {
	useTestRedis(t)
	rdb, err := storage.Connect(os.Getenv("REDIS_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	met := newMetrics(storage.New(rdb))
	rdb.AddHook(redisErrorHook{met.redisErrors})
	ctx := context.Background()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); rdb.Ping(ctx) }()
	}
	wg.Wait()
	// A script the server has not seen: go-redis gets NOSCRIPT, then loads it.
	fresh := redis.NewScript("return " + strconv.FormatInt(time.Now().UnixNano(), 10))
	if err := fresh.Run(ctx, rdb, nil).Err(); err != nil {
		t.Fatal(err)
	}
	if n := redisErrors(t, met); n != 0 {
		t.Fatalf("healthy Redis: %v errors counted", n)
	}
}
