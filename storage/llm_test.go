package storage_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

// llmDB is the Redis database of the LLM limit tests.
const llmDB = testDB

func llmLimits(t *testing.T, at time.Time) (*storage.LLMLimits, *time.Time, string) {
	t.Helper()
	s := storage.New(redistest.Client(t, llmDB))
	now := at
	s.Now = func() time.Time { return now }
	return &storage.LLMLimits{Store: s, Calls: 3, DailyTokens: 1000, CacheTTL: time.Second}, &now, workspace(t)
}

func TestLLMRateLimit(t *testing.T) {
	ctx := context.Background()
	// Mid-window, so the window does not roll over while the test runs.
	l, now, ws := llmLimits(t, time.Date(2026, 11, 27, 9, 0, 10, 0, time.UTC))
	for i := range 5 {
		why, err := l.Allow(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]string{true: "", false: storage.LLMRateLimited}[i < 3]; why != want {
			t.Fatalf("call %d: %q, want %q", i+1, why, want)
		}
	}
	if why, _ := l.Allow(ctx, ws+"x"); why != "" {
		t.Fatalf("another workspace shares the limit: %q", why)
	}
	*now = now.Add(time.Minute)
	if why, _ := l.Allow(ctx, ws); why != "" {
		t.Fatalf("next window: %q, want allowed", why)
	}
}

func TestLLMRateLimitConcurrent(t *testing.T) {
	ctx := context.Background()
	l, _, ws := llmLimits(t, time.Date(2026, 11, 27, 9, 0, 10, 0, time.UTC))
	l.Calls = 10
	var mu sync.Mutex
	allowed := 0
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			if why, err := l.Allow(ctx, ws); err == nil && why == "" {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if allowed != 10 {
		t.Fatalf("%d calls allowed, want exactly 10", allowed)
	}
}

func TestLLMBudget(t *testing.T) {
	ctx := context.Background()
	l, now, ws := llmLimits(t, time.Date(2026, 11, 27, 23, 59, 0, 0, time.UTC))
	l.Calls = 100
	if err := l.Spend(ctx, ws, 600); err != nil {
		t.Fatal(err)
	}
	if why, _ := l.Allow(ctx, ws); why != "" {
		t.Fatalf("under budget: %q", why)
	}
	if err := l.Spend(ctx, ws, 400); err != nil {
		t.Fatal(err)
	}
	if why, _ := l.Allow(ctx, ws); why != storage.LLMOverBudget {
		t.Fatalf("at budget: %q, want %q", why, storage.LLMOverBudget)
	}
	if n, _ := l.TokensToday(ctx, ws); n != 1000 {
		t.Fatalf("tokens today %d", n)
	}
	*now = now.Add(2 * time.Minute) // the next UTC day
	if why, _ := l.Allow(ctx, ws); why != "" {
		t.Fatalf("new day: %q, want allowed", why)
	}
}

func TestLLMCache(t *testing.T) {
	ctx := context.Background()
	l, _, ws := llmLimits(t, time.Now())
	if _, ok, err := l.Cached(ctx, ws, "abc"); ok || err != nil {
		t.Fatalf("empty cache: ok %v err %v", ok, err)
	}
	if err := l.Cache(ctx, ws, "abc", `{"intent":"none"}`); err != nil {
		t.Fatal(err)
	}
	if s, ok, err := l.Cached(ctx, ws, "abc"); !ok || err != nil || s != `{"intent":"none"}` {
		t.Fatalf("cached = %q %v %v", s, ok, err)
	}
	ttl, err := l.Store.Client().TTL(ctx, "dlg:{"+ws+"}:llm:cache:abc").Result()
	if err != nil || ttl <= 0 || ttl > time.Second {
		t.Fatalf("cache TTL %v (err %v), want at most CacheTTL", ttl, err)
	}
	if _, err := l.Allow(ctx, "bad{ws}"); err == nil {
		t.Fatal("a workspace id that breaks the hash tag was accepted")
	}
}
