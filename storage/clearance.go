package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// ClearanceRequest is a user's request for PHI clearance, made from a ticket
// they could see only redacted. It names the ticket and its PHI types, never
// PHI.
type ClearanceRequest struct {
	User   string    `json:"user"`
	Ticket string    `json:"ticket"`
	Types  []string  `json:"types"`
	At     time.Time `json:"at"`
}

// RequestClearance records r (replacing an earlier request of the same
// user) and audits it as "clearance.request".
func (s *Store) RequestClearance(ctx context.Context, ws string, r ClearanceRequest) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := validUser(r.User); err != nil {
		return err
	}
	if r.At.IsZero() {
		r.At = s.Now()
	}
	b, _ := json.Marshal(r) // always marshals
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, clearanceRequestsKey(ws), r.User, string(b))
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: r.At, Workspace: ws, Actor: r.User, Action: "clearance.request",
			Ticket: r.Ticket, Detail: "types=" + strings.Join(r.Types, ",")})
		return nil
	})
	if err != nil {
		return fmt.Errorf("request clearance: %w", err)
	}
	s.wrote()
	return nil
}

// ClearanceRequests lists the open requests for clearance, oldest first.
func (s *Store) ClearanceRequests(ctx context.Context, ws string) ([]ClearanceRequest, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	m, err := s.rdb.HGetAll(ctx, clearanceRequestsKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("clearance requests: %w", err)
	}
	out := make([]ClearanceRequest, 0, len(m))
	for _, v := range m {
		var r ClearanceRequest
		if json.Unmarshal([]byte(v), &r) == nil {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

// DecideClearance approves (granting clearance) or denies user's open
// request, atomically, and audits "clearance.approve" or "clearance.deny".
// Without an open request it fails with ENOTFOUND.
func (s *Store) DecideClearance(ctx context.Context, ws, user string, approve bool, actor string) (ClearanceRequest, error) {
	var r ClearanceRequest
	if err := validWorkspace(ws); err != nil {
		return r, err
	}
	if err := validUser(user); err != nil {
		return r, err
	}
	key := clearanceRequestsKey(ws)
	err := s.watch(ctx, func(tx *redis.Tx) error {
		v, err := tx.HGet(ctx, key, user).Result()
		if errors.Is(err, redis.Nil) {
			return delegatebot.Errorf(delegatebot.ENOTFOUND, "%s has no open request for PHI clearance.", delegatebot.Mention(user))
		} else if err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(v), &r); err != nil {
			return fmt.Errorf("malformed clearance request")
		}
		action := "clearance.deny"
		if approve {
			action = "clearance.approve"
		}
		forgetIn(ctx, "access")
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HDel(ctx, key, user)
			if approve {
				p.SAdd(ctx, clearanceKey(ws), user)
				p.SAdd(ctx, membersKey(ws), user)
			}
			s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: actor, Action: action,
				Ticket: r.Ticket, Detail: "user=" + user})
			return nil
		})
		return err
	}, key)
	if err != nil {
		if delegatebot.ErrorCode(err) != delegatebot.EINTERNAL {
			return r, err
		}
		return r, fmt.Errorf("decide clearance: %w", err)
	}
	s.wrote()
	return r, nil
}
