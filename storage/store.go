// Package storage keeps tickets, channel policy, event dedupe and the audit
// trail in Redis. It owns every key name (keys.go); nothing else in the
// program builds one.
//
// Changes that touch several keys (a ticket, its indexes and its audit entry)
// are applied atomically: ticket creation and transitions in one Lua script
// each (ticketscript.go), other changes in one MULTI/EXEC transaction guarded
// by WATCH where they depend on the current state. A transition's script is a
// compare-and-set on the ticket's version, so a claim is first-wins under any
// concurrency, on any number of replicas.
package storage

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
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
	// OldAuditKeys, newest first, only verify: entries, anchors and
	// checkpoints signed before a rotation (see auditkeys.go).
	OldAuditKeys [][]byte

	registered sync.Map // workspaces known to be in the registry
	scheduled  sync.Map // workspaces known to be in the scheduled registry
	policies   sync.Map // workspace -> *policyEntry: approved set by version
	enqueues   enqueueBatcher
	numbers    numberPools // reserved ticket numbers (numbers.go)
	tickets    ticketCache // tickets as last seen (ticketcache.go)

	// OnTransition, when set, is called after each ticket transition that
	// was applied, e.g. to count them.
	OnTransition func(delegatebot.Action)

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

// DefaultTimeout bounds each Redis read, write and dial unless REDIS_URL or
// the caller says otherwise.
const DefaultTimeout = time.Second

// Connect opens a client for a Redis URL with DefaultTimeout; see
// ConnectTimeout.
func Connect(rawURL string) (redis.UniversalClient, error) {
	return ConnectTimeout(rawURL, DefaultTimeout)
}

// ConnectTimeout opens a client for a Redis URL:
//
//	redis://[user:pass@]host:port[/db]       one server (rediss:// for TLS)
//	redis://host:port?master_name=NAME&addr=host2:port2   Sentinel (the hosts are sentinels)
//	redis://host:port?cluster=true&addr=host2:port2       Cluster
//
// Every form yields a redis.UniversalClient, so the rest of the program does
// not care which deployment it talks to. Reads, writes, dials and waits for
// a pooled connection are bounded by timeout (unless the URL sets
// read_timeout=, write_timeout=, dial_timeout= or pool_timeout=), and
// contexts' deadlines are honoured.
func ConnectTimeout(rawURL string, timeout time.Duration) (redis.UniversalClient, error) {
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
		failFast(q, timeout, knobs{&opt.MaxRetries, &opt.DialTimeout, &opt.ReadTimeout, &opt.WriteTimeout, &opt.PoolTimeout, &opt.ContextTimeoutEnabled, &opt.DisableIdentity})
		return redis.NewFailoverClient(opt), nil
	case q.Get("cluster") == "true" || q.Get("cluster") == "1":
		q.Del("cluster")
		u.RawQuery = q.Encode()
		opt, err := redis.ParseClusterURL(u.String())
		if err != nil {
			return nil, fmt.Errorf("parse REDIS_URL (cluster): %w", err)
		}
		failFast(q, timeout, knobs{&opt.MaxRetries, &opt.DialTimeout, &opt.ReadTimeout, &opt.WriteTimeout, &opt.PoolTimeout, &opt.ContextTimeoutEnabled, &opt.DisableIdentity})
		return redis.NewClusterClient(opt), nil
	default:
		opt, err := redis.ParseURL(rawURL)
		if err != nil {
			return nil, fmt.Errorf("parse REDIS_URL: %w", err)
		}
		failFast(q, timeout, knobs{&opt.MaxRetries, &opt.DialTimeout, &opt.ReadTimeout, &opt.WriteTimeout, &opt.PoolTimeout, &opt.ContextTimeoutEnabled, &opt.DisableIdentity})
		return redis.NewClient(opt), nil
	}
}

// knobs points at the options failFast sets, which every client type has.
type knobs struct {
	retries                  *int
	dial, read, write, pool  *time.Duration
	ctxTimeout, skipIdentity *bool
}

// failFast sets one retry and short timeouts unless the URL sets them: when
// Redis is down or paused the Slack inbox must answer 503 well within
// Slack's 3 s, so the event is redelivered, /readyz must answer within a
// second, and the guard's policy check must fail closed at once rather than
// after go-redis's default backoff. Contexts' deadlines are honoured. The
// client does not announce itself (CLIENT SETINFO), which Redis before 7.2
// refuses: two errors per new connection, counted as Redis errors.
func failFast(q url.Values, timeout time.Duration, k knobs) {
	if !q.Has("max_retries") {
		*k.retries = 1
	}
	for name, d := range map[string]*time.Duration{"dial_timeout": k.dial, "read_timeout": k.read, "write_timeout": k.write, "pool_timeout": k.pool} {
		if !q.Has(name) {
			*d = timeout
		}
	}
	*k.ctxTimeout = true
	*k.skipIdentity = true
}

// maxTxRetries bounds optimistic-transaction retries under contention. Each
// round has a winner, so this only matters with very many writers.
const maxTxRetries = 200

// watch runs an optimistic transaction, retrying when a watched key changed.
func (s *Store) watch(ctx context.Context, fn func(*redis.Tx) error, keys ...string) error {
	for i := 0; i < maxTxRetries; i++ {
		err := s.rdb.Watch(ctx, fn, keys...)
		if !errors.Is(err, redis.TxFailedErr) {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return fmt.Errorf("transaction: too much contention")
}

// register adds ws to the registry of workspaces that offline tools (key
// rotation, metrics) walk. It lives on another slot than the workspace's
// keys, so it is written outside the ticket's transaction, and only once per
// process: creating a ticket should not cost a second round trip.
func (s *Store) register(ctx context.Context, ws string) error {
	if _, done := s.registered.Load(ws); done {
		return nil
	}
	if err := s.rdb.SAdd(ctx, workspacesKey(), ws).Err(); err != nil {
		return fmt.Errorf("register workspace: %w", err)
	}
	s.registered.Store(ws, struct{}{})
	return nil
}
