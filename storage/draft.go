package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// SaveDraft keeps p, a request shown to user in a form, for ttl and returns
// its id, which the form carries back when it is submitted. It is encrypted
// like a pending request: the form shows what the guard cleared, the draft
// keeps what the request said.
func (s *Store) SaveDraft(ctx context.Context, ws, user string, p Pending, ttl time.Duration) (string, error) {
	if err := validWorkspace(ws); err != nil {
		return "", err
	}
	if err := validUser(user); err != nil {
		return "", err
	}
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("save draft: %w", err)
	}
	id := hex.EncodeToString(b[:])
	raw, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("save draft: %w", err)
	}
	if err := s.rdb.Set(ctx, draftKey(ws, user, id), s.Keys.seal(string(raw)), ttl).Err(); err != nil {
		return "", fmt.Errorf("save draft: %w", err)
	}
	s.wrote()
	return id, nil
}

// TakeDraft returns user's draft id and forgets it, or nil when there is
// none (expired, taken already, or another user's).
func (s *Store) TakeDraft(ctx context.Context, ws, user, id string) (*Pending, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if err := validUser(user); err != nil {
		return nil, err
	}
	v, err := s.rdb.GetDel(ctx, draftKey(ws, user, id)).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read draft: %w", err)
	}
	s.wrote()
	return s.openPending(v)
}
