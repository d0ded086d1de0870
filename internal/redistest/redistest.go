// Package redistest connects tests to a real Redis server.
//
// It reads REDIS_URL (default redis://127.0.0.1:6379), selects a database
// dedicated to the calling package (7 intents, 10 bot/teams, 11 storage,
// 12 bot, 13 handlers, 14 cmd/delegatebot, 15 bot/slack; 8 is the bench
// harness's) and flushes it once per test process, so
// packages tested in parallel do not see each other's keys. When no server
// answers, tests fail under CI=true; elsewhere they fall back to an in-process
// miniredis so that a newcomer can still run them, and say so.
package redistest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

var (
	mu      sync.Mutex
	flushed = map[int]bool{}
	mini    *miniredis.Miniredis
)

// URL returns the Redis URL tests use.
func URL() string {
	if u := os.Getenv("REDIS_URL"); u != "" {
		return u
	}
	return "redis://127.0.0.1:6379"
}

// Client returns a client on database db of the test server, flushed the first
// time db is used in this process. Each package uses its own db number.
func Client(tb testing.TB, db int) *redis.Client {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	opt, err := redis.ParseURL(URL())
	if err != nil {
		tb.Fatalf("REDIS_URL: %v", err)
	}
	opt.DB = db
	c := redis.NewClient(opt)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		if os.Getenv("CI") == "true" {
			tb.Fatalf("no Redis server at %s (CI=true requires one): %v", opt.Addr, err)
		}
		c = fallback(tb, db)
	}
	tb.Cleanup(func() { c.Close() })
	if !flushed[db] {
		if err := c.FlushDB(ctx).Err(); err != nil {
			tb.Fatalf("flush test db %d: %v", db, err)
		}
		flushed[db] = true
	}
	return c
}

// fallback starts (once) an in-process server. Called with mu held.
func fallback(tb testing.TB, db int) *redis.Client {
	tb.Helper()
	if mini == nil {
		m, err := miniredis.Run()
		if err != nil {
			tb.Fatalf("no Redis server and no fallback: %v", err)
		}
		mini = m
		tb.Logf("no Redis server reachable: using an in-process miniredis (set REDIS_URL to test against a real one)")
	}
	return redis.NewClient(&redis.Options{Addr: mini.Addr(), DB: db})
}
