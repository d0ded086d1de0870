package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// LastReview returns when the last access review of ws was completed, or the
// zero time when none was.
func (s *Store) LastReview(ctx context.Context, ws string) (time.Time, error) {
	if err := validWorkspace(ws); err != nil {
		return time.Time{}, err
	}
	v, err := s.rdb.HGet(ctx, reviewKey(ws), "last").Result()
	if errors.Is(err, redis.Nil) {
		return time.Time{}, nil
	} else if err != nil {
		return time.Time{}, fmt.Errorf("read access review: %w", err)
	}
	ms, _ := strconv.ParseInt(v, 10, 64)
	return time.UnixMilli(ms).UTC(), nil
}

// CompleteReview records that actor completed an access review of ws now,
// audited as "review.complete". The decisions on each item are audited as
// they are made.
func (s *Store) CompleteReview(ctx context.Context, ws, actor string) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	now := s.Now()
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, reviewKey(ws), "last", now.UnixMilli(), "by", actor)
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: now, Workspace: ws, Actor: actor, Action: "review.complete"})
		return nil
	})
	if err != nil {
		return fmt.Errorf("complete access review: %w", err)
	}
	s.wrote()
	return nil
}
