package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// Pending is a request that waits for its requester's answer to a follow-up
// question ("When should the board meeting move to?") or confirmation. It is
// kept in Redis with a time to live, encrypted like ticket text, so it
// survives a restart of the bot and then lapses.
type Pending struct {
	Text    string              `json:"text"` // the original message
	Request delegatebot.Request `json:"request"`
	Asked   string              `json:"asked"` // the slot asked about, or "confirm"
	Tries   int                 `json:"tries"`
	Source  delegatebot.Source  `json:"source"`
	Zone    string              `json:"zone"` // the requester's time zone
}

// SavePending stores p for user in channel for ttl, replacing any other.
func (s *Store) SavePending(ctx context.Context, ws, user, channel string, p Pending, ttl time.Duration) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := validUser(user); err != nil {
		return err
	}
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("save pending request: %w", err)
	}
	forgetIn(ctx, "pending")
	if err := s.rdb.Set(ctx, pendingKey(ws, user, channel), s.Keys.seal(string(b), pendingBinding(ws, user, channel)), ttl).Err(); err != nil {
		return fmt.Errorf("save pending request: %w", err)
	}
	s.wrote()
	return nil
}

// FindPending returns user's pending request in channel, or nil.
func (s *Store) FindPending(ctx context.Context, ws, user, channel string) (*Pending, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if r, ok, err := viewPending(ctx, s, ws, user, channel); err != nil {
		return nil, err
	} else if ok {
		if !r.found {
			return nil, nil
		}
		return s.openPending(r.value, pendingBinding(ws, user, channel))
	}
	v, err := s.rdb.Get(ctx, pendingKey(ws, user, channel)).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read pending request: %w", err)
	}
	return s.openPending(v, pendingBinding(ws, user, channel))
}

// openPending decrypts and decodes a stored Pending.
func (s *Store) openPending(v string, b binding) (*Pending, error) {
	plain, err := s.Keys.open(v, b)
	if err != nil {
		return nil, fmt.Errorf("read pending request: %w", err)
	}
	var p Pending
	if err := json.Unmarshal([]byte(plain), &p); err != nil {
		return nil, fmt.Errorf("read pending request: malformed")
	}
	// Moments decode in UTC; put them back in the requester's zone.
	if loc, err := time.LoadLocation(p.Zone); err == nil {
		for _, m := range []*delegatebot.Moment{&p.Request.When, &p.Request.Due} {
			if !m.IsZero() {
				if m.Clock {
					m.T = m.T.In(loc)
				} else {
					m.T = time.Date(m.T.Year(), m.T.Month(), m.T.Day(), 0, 0, 0, 0, loc)
				}
			}
		}
	}
	return &p, nil
}

// DropPending forgets user's pending request in channel.
func (s *Store) DropPending(ctx context.Context, ws, user, channel string) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	forgetIn(ctx, "pending")
	if err := s.rdb.Del(ctx, pendingKey(ws, user, channel)).Err(); err != nil {
		return fmt.Errorf("drop pending request: %w", err)
	}
	s.wrote()
	return nil
}

// SetRecent remembers n as the last ticket user opened in channel, for ttl.
func (s *Store) SetRecent(ctx context.Context, ws, user, channel string, n int64, ttl time.Duration) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := s.rdb.Set(ctx, recentKey(ws, user, channel), n, ttl).Err(); err != nil {
		return fmt.Errorf("remember recent ticket: %w", err)
	}
	s.wrote()
	return nil
}

// Recent returns the last ticket user opened in channel, or 0.
func (s *Store) Recent(ctx context.Context, ws, user, channel string) (int64, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	v, err := s.rdb.Get(ctx, recentKey(ws, user, channel)).Result()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("read recent ticket: %w", err)
	}
	n, _ := strconv.ParseInt(v, 10, 64)
	return n, nil
}
