// Package storage keeps tickets, channel policy, event dedupe and the audit
// trail in Redis. It owns every key name (keys.go); nothing else in the
// program builds one.
//
// Changes that touch several keys (a ticket, its indexes and its audit entry)
// are applied in one MULTI/EXEC transaction, guarded by WATCH where they depend
// on the current state, so a claim is first-wins under any concurrency.
package storage

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Store is the bot's Redis-backed state. It is safe for concurrent use.
type Store struct {
	rdb redis.UniversalClient

	// Now returns the current time; tests replace it.
	Now func() time.Time

	// Keys, when set, encrypts ticket text and notes at rest. Without it they
	// are stored in plain text.
	Keys *Keyring

	// AuditKey, 32 secret bytes kept outside Redis, keys the audit chain and
	// signs checkpoints. Without it the chain is computed under an empty key
	// and proves nothing against someone who can write to Redis.
	AuditKey []byte

	registered sync.Map // workspaces known to be in the registry

	// OnWrite, when set, is called after every successful change. The
	// embedded server uses it to know when to write a snapshot.
	OnWrite func()
}

// New returns a Store on an open client.
func New(rdb redis.UniversalClient) *Store {
	return &Store{rdb: rdb, Now: time.Now}
}

// Client returns the underlying Redis client.
func (s *Store) Client() redis.UniversalClient { return s.rdb }

// Ping reports whether Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }

func (s *Store) wrote() {
	if s.OnWrite != nil {
		s.OnWrite()
	}
}

// Connect opens a client for a Redis URL:
//
//	redis://[user:pass@]host:port[/db]       one server (rediss:// for TLS)
//	redis://host:port?master_name=NAME&addr=host2:port2   Sentinel (the hosts are sentinels)
//	redis://host:port?cluster=true&addr=host2:port2       Cluster
//
// Every form yields a redis.UniversalClient, so the rest of the program does
// not care which deployment it talks to.
func Connect(rawURL string) (redis.UniversalClient, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse REDIS_URL: invalid URL")
	}
	q := u.Query()
	switch {
	case q.Get("master_name") != "":
		opt, err := redis.ParseFailoverURL(rawURL)
		if err != nil {
			return nil, fmt.Errorf("parse REDIS_URL (sentinel): %w", err)
		}
		failFast(q, &opt.MaxRetries, &opt.DialTimeout)
		return redis.NewFailoverClient(opt), nil
	case q.Get("cluster") == "true" || q.Get("cluster") == "1":
		q.Del("cluster")
		u.RawQuery = q.Encode()
		opt, err := redis.ParseClusterURL(u.String())
		if err != nil {
			return nil, fmt.Errorf("parse REDIS_URL (cluster): %w", err)
		}
		failFast(q, &opt.MaxRetries, &opt.DialTimeout)
		return redis.NewClusterClient(opt), nil
	default:
		opt, err := redis.ParseURL(rawURL)
		if err != nil {
			return nil, fmt.Errorf("parse REDIS_URL: %w", err)
		}
		failFast(q, &opt.MaxRetries, &opt.DialTimeout)
		return redis.NewClient(opt), nil
	}
}

// failFast sets one retry and a 2 s dial timeout unless the URL sets them:
// when Redis is down the Slack inbox must answer 503 well within Slack's
// 3 s, so the event is redelivered, and the guard's policy check must fail
// closed at once rather than after go-redis's default backoff.
func failFast(q url.Values, retries *int, dial *time.Duration) {
	if !q.Has("max_retries") {
		*retries = 1
	}
	if !q.Has("dial_timeout") {
		*dial = 2 * time.Second
	}
}
