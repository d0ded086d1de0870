package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// Colleagues are the names of a workspace's members as last fetched from the
// platform (Slack users.list, a Teams roster), for the PHI scanner's
// directory of colleagues. Names are personal data: they are stored as one
// blob sealed with the store's keys and expire on their own.
type Colleagues struct {
	Names     []string
	FetchedAt time.Time
}

// Stale reports whether c was fetched longer than every ago, or never.
func (c Colleagues) Stale(now time.Time, every time.Duration) bool {
	return c.FetchedAt.IsZero() || now.Sub(c.FetchedAt) >= every
}

// colleaguesRecord is the sealed JSON form.
type colleaguesRecord struct {
	Names []string `json:"names"`
	At    int64    `json:"at"` // Unix milliseconds
}

func colleaguesBinding(ws string) binding {
	return binding{ws: ws, record: "colleagues", field: "names"}
}

// SetColleagues replaces the cached member names of ws; they expire after
// ttl (which must be positive) unless set again before.
func (s *Store) SetColleagues(ctx context.Context, ws string, names []string, ttl time.Duration) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if ttl <= 0 {
		return fmt.Errorf("set colleagues: ttl %v is not positive", ttl)
	}
	raw, err := json.Marshal(colleaguesRecord{Names: names, At: s.Now().UnixMilli()})
	if err != nil {
		return fmt.Errorf("encode colleagues: %w", err)
	}
	if err := s.rdb.Set(ctx, colleaguesKey(ws), s.Keys.seal(string(raw), colleaguesBinding(ws)), ttl).Err(); err != nil {
		return fmt.Errorf("set colleagues: %w", err)
	}
	s.wrote()
	return nil
}

// Colleagues returns the cached member names of ws; the zero Colleagues
// (FetchedAt zero) when none are cached or they expired.
func (s *Store) Colleagues(ctx context.Context, ws string) (Colleagues, error) {
	if err := validWorkspace(ws); err != nil {
		return Colleagues{}, err
	}
	v, err := s.rdb.Get(ctx, colleaguesKey(ws)).Result()
	if errors.Is(err, redis.Nil) {
		return Colleagues{}, nil
	}
	if err != nil {
		return Colleagues{}, fmt.Errorf("read colleagues: %w", err)
	}
	plain, err := s.Keys.open(v, colleaguesBinding(ws))
	if err != nil {
		return Colleagues{}, fmt.Errorf("open colleagues: %w", err)
	}
	var r colleaguesRecord
	if err := json.Unmarshal([]byte(plain), &r); err != nil {
		return Colleagues{}, fmt.Errorf("decode colleagues: %w", err)
	}
	return Colleagues{Names: r.Names, FetchedAt: time.UnixMilli(r.At).UTC()}, nil
}
