package storage

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// SaveProfile merges fields into what the bot remembers about user (time
// zone, display name, a conversation reference), keeping it for ttl (0 keeps
// it until changed).
func (s *Store) SaveProfile(ctx context.Context, ws, platform, user string, fields map[string]string, ttl time.Duration) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := validUser(user); err != nil {
		return err
	}
	if len(fields) == 0 {
		return nil
	}
	key := profileKey(ws, platform, user)
	forgetIn(ctx, "profile")
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, fields)
		if ttl > 0 {
			p.Expire(ctx, key, ttl)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save profile: %w", err)
	}
	s.wrote()
	return nil
}

// Profile returns what the bot remembers about user; an unknown user has an
// empty map.
func (s *Store) Profile(ctx context.Context, ws, platform, user string) (map[string]string, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if m, ok, err := viewProfile(ctx, s, ws, platform, user); ok || err != nil {
		return m, err
	}
	m, err := s.rdb.HGetAll(ctx, profileKey(ws, platform, user)).Result()
	if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	return m, nil
}
