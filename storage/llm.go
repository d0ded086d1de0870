package storage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Keys of the optional language-model features. They belong in keys.go with
// the others (kept here until the lead moves them); like every key they sit
// under the workspace's hash tag.

// The outcomes of LLMLimits.Allow other than "" (allowed).
const (
	LLMRateLimited = "rate_limited"
	LLMOverBudget  = "over_budget"
)

// allowLLMScript reserves one model call: refused when the day's tokens have
// reached the budget, or when the window already holds the allowed calls.
// Checking the budget first keeps refused calls from eating the rate window.
//
// KEYS[1] the window's call counter
// KEYS[2] the day's token total
// ARGV[1] calls allowed per window
// ARGV[2] window length, seconds (the counter's expiry)
// ARGV[3] the day's token budget (0: none)
// Returns 0 allowed, 1 rate limited, 2 over budget.
var allowLLMScript = redis.NewScript(`
local budget = tonumber(ARGV[3])
if budget > 0 and tonumber(redis.call('GET', KEYS[2]) or '0') >= budget then
  return 2
end
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if n > tonumber(ARGV[1]) then return 1 end
return 0
`)

// LLMLimits keeps a workspace's model use within bounds: a fixed-window rate
// limit on calls, a daily token budget and a cache of answers. Its methods
// have the shape intents.Limits asks for. Its writes do not mark the
// embedded store dirty: counters and cached answers are cheap to lose.
type LLMLimits struct {
	Store       *Store
	Calls       int           // calls allowed per Window; 0 means 30
	Window      time.Duration // 0 means a minute
	DailyTokens int64         // prompt+completion tokens per UTC day; 0 means no budget
	CacheTTL    time.Duration // 0 means a day
}

func (l *LLMLimits) window() time.Duration {
	if l.Window <= 0 {
		return time.Minute
	}
	return l.Window
}

// Allow reserves one model call for workspace ws. It returns "" when the call
// may go ahead, LLMRateLimited or LLMOverBudget when it may not.
func (l *LLMLimits) Allow(ctx context.Context, ws string) (string, error) {
	if err := validWorkspace(ws); err != nil {
		return "", err
	}
	calls := l.Calls
	if calls <= 0 {
		calls = 30
	}
	now, win := l.Store.Now(), l.window()
	secs := int64(win / time.Second)
	if secs < 1 {
		secs = 1
	}
	keys := []string{llmRateKey(ws, now.Unix()/secs), llmTokensKey(ws, now.UTC().Format(time.DateOnly))}
	n, err := allowLLMScript.Run(ctx, l.Store.rdb, keys, calls, secs, l.DailyTokens).Int()
	if err != nil {
		return "", fmt.Errorf("llm allow: %w", err)
	}
	switch n {
	case 1:
		return LLMRateLimited, nil
	case 2:
		return LLMOverBudget, nil
	}
	return "", nil
}

// Spend adds a call's tokens to workspace ws's total of the day. The total
// outlives the day by one more, so a late call never finds a fresh key.
func (l *LLMLimits) Spend(ctx context.Context, ws string, tokens int) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if tokens <= 0 {
		return nil
	}
	key := llmTokensKey(ws, l.Store.Now().UTC().Format(time.DateOnly))
	_, err := l.Store.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.IncrBy(ctx, key, int64(tokens))
		p.Expire(ctx, key, 48*time.Hour)
		return nil
	})
	if err != nil {
		return fmt.Errorf("llm spend: %w", err)
	}
	return nil
}

// TokensToday is workspace ws's token total of the current UTC day.
func (l *LLMLimits) TokensToday(ctx context.Context, ws string) (int64, error) {
	n, err := l.Store.rdb.Get(ctx, llmTokensKey(ws, l.Store.Now().UTC().Format(time.DateOnly))).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	return n, err
}

// Cached returns the answer cached under hash, if any.
func (l *LLMLimits) Cached(ctx context.Context, ws, hash string) (string, bool, error) {
	if err := validWorkspace(ws); err != nil {
		return "", false, err
	}
	s, err := l.Store.rdb.Get(ctx, llmCacheKey(ws, hash)).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("llm cache read: %w", err)
	}
	return s, true, nil
}

// Cache keeps answer under hash for CacheTTL.
func (l *LLMLimits) Cache(ctx context.Context, ws, hash, answer string) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	ttl := l.CacheTTL
	if ttl <= 0 {
		ttl = 24 * time.Hour
	}
	if err := l.Store.rdb.Set(ctx, llmCacheKey(ws, hash), answer, ttl).Err(); err != nil {
		return fmt.Errorf("llm cache write: %w", err)
	}
	return nil
}
