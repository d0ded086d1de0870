package storage

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// ApproveChannel marks channel as approved for PHI and audits who did it.
func (s *Store) ApproveChannel(ctx context.Context, ws, channel, actor string) error {
	return s.setApproval(ctx, ws, channel, actor, true)
}

// RevokeChannel removes channel's PHI approval and audits who did it.
func (s *Store) RevokeChannel(ctx context.Context, ws, channel, actor string) error {
	return s.setApproval(ctx, ws, channel, actor, false)
}

func (s *Store) setApproval(ctx context.Context, ws, channel, actor string, approve bool) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if channel == "" {
		return delegatebot.Errorf(delegatebot.EINVALID, "Name a channel.")
	}
	action := "policy.revoke"
	if approve {
		action = "policy.approve"
	}
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		if approve {
			p.SAdd(ctx, approvedKey(ws), channel)
		} else {
			p.SRem(ctx, approvedKey(ws), channel)
		}
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: actor, Action: action, Channel: channel})
		return nil
	})
	forgetPolicy(ctx, ws)
	if err != nil {
		return fmt.Errorf("%s %s: %w", action, channel, err)
	}
	s.wrote()
	return nil
}

// Approved reports whether channel is approved for PHI. Callers must treat an
// error as "not approved": the guard fails closed.
func (s *Store) Approved(ctx context.Context, ws, channel string) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	if m, ok := ctx.Value(policyMemoKey{}).(*policyMemo); ok {
		return m.approved(ctx, s, ws, channel)
	}
	ok, err := s.rdb.SIsMember(ctx, approvedKey(ws), channel).Result()
	if err != nil {
		return false, fmt.Errorf("read channel policy: %w", err)
	}
	return ok, nil
}

type policyMemoKey struct{}

// policyMemo holds the approved channels of the workspaces one event's
// handling asked about.
type policyMemo struct {
	mu   sync.Mutex
	sets map[string]map[string]bool
}

// WithPolicyMemo returns ctx carrying a channel-policy memo for the handling
// of one event: the first Approved of a workspace reads its whole approved
// set (one SMEMBERS: a handful of channels) and the event's other checks —
// the inbound check, the reply, the queue card, a draft, ApprovedChannels
// for "view it in #channel" — use that reading
// instead of a round trip each. The memo is never kept by time: it ends with
// the event, so the next event reads the policy afresh, and ApproveChannel
// and RevokeChannel called with the same ctx drop it at once. A failed read
// is not remembered: the caller fails closed and the next check reads again.
func WithPolicyMemo(ctx context.Context) context.Context {
	return context.WithValue(ctx, policyMemoKey{}, &policyMemo{sets: map[string]map[string]bool{}})
}

func (m *policyMemo) approved(ctx context.Context, s *Store, ws, channel string) (bool, error) {
	set, err := m.read(ctx, s, ws)
	if err != nil {
		return false, err
	}
	return set[channel], nil
}

// read returns ws's approved set, reading it on first use. The set is
// never modified once stored.
func (m *policyMemo) read(ctx context.Context, s *Store, ws string) (map[string]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if set, ok := m.sets[ws]; ok {
		return set, nil
	}
	cs, err := s.rdb.SMembers(ctx, approvedKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("read channel policy: %w", err)
	}
	set := make(map[string]bool, len(cs))
	for _, c := range cs {
		set[c] = true
	}
	m.sets[ws] = set
	return set, nil
}

// forgetPolicy drops ws from ctx's policy memo, if any.
func forgetPolicy(ctx context.Context, ws string) {
	if m, ok := ctx.Value(policyMemoKey{}).(*policyMemo); ok {
		m.mu.Lock()
		delete(m.sets, ws)
		m.mu.Unlock()
	}
}

// ApprovedChannels lists the channels approved for PHI, sorted.
func (s *Store) ApprovedChannels(ctx context.Context, ws string) ([]string, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if m, ok := ctx.Value(policyMemoKey{}).(*policyMemo); ok {
		set, err := m.read(ctx, s, ws)
		if err != nil {
			return nil, err
		}
		cs := make([]string, 0, len(set))
		for c := range set {
			cs = append(cs, c)
		}
		sort.Strings(cs)
		return cs, nil
	}
	cs, err := s.rdb.SMembers(ctx, approvedKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("read channel policy: %w", err)
	}
	sort.Strings(cs)
	return cs, nil
}

// FirstDelivery records a platform event id and reports whether this is its
// first delivery; retries and duplicates within ttl report false.
func (s *Store) FirstDelivery(ctx context.Context, ws, eventID string, ttl time.Duration) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	ok, err := s.rdb.SetNX(ctx, seenKey(ws, eventID), 1, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("dedupe event: %w", err)
	}
	if ok {
		s.wrote()
	}
	return ok, nil
}
