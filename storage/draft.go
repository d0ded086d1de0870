package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"

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
	if err := s.rdb.Set(ctx, draftKey(ws, user, id), s.Keys.seal(string(raw), draftBinding(ws, user, id)), ttl).Err(); err != nil {
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
	if err := validDraftID(id); err != nil {
		return nil, err
	}
	v, err := s.rdb.GetDel(ctx, draftKey(ws, user, id)).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("read draft: %w", err)
	}
	s.wrote()
	return s.openPending(v, draftBinding(ws, user, id))
}

// draftBinding is the binding of a user's draft: a draft opens only as the
// draft it was sealed as.
func draftBinding(ws, user, id string) binding {
	return binding{ws: ws, record: "draft:" + user + ":" + id, field: "state"}
}

func validDraftID(id string) error {
	if id == "" || len(id) > 64 || strings.ContainsAny(id, "{}: \t\r\n") {
		return delegatebot.Errorf(delegatebot.EINVALID, "Invalid form reference.")
	}
	return nil
}
