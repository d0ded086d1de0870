package storage

import (
	"context"
	"fmt"
	"sort"
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
		p.Incr(ctx, policyVersionKey(ws))
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: actor, Action: action, Channel: channel})
		return nil
	})
	forgetPolicy(ctx, ws)
	s.policies.Delete(ws)
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
	if v := viewOf(ctx); v != nil {
		set, err := v.approvedSet(ctx, s, ws)
		if err != nil {
			return false, err
		}
		return set[channel], nil
	}
	ok, err := s.rdb.SIsMember(ctx, approvedKey(ws), channel).Result()
	if err != nil {
		return false, fmt.Errorf("read channel policy: %w", err)
	}
	return ok, nil
}

// ApprovedChannels lists the channels approved for PHI, sorted.
func (s *Store) ApprovedChannels(ctx context.Context, ws string) ([]string, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if v := viewOf(ctx); v != nil {
		set, err := v.approvedSet(ctx, s, ws)
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
// first delivery; retries and duplicates within ttl report false. The
// event's reads record it when their view names it (EventKeys.Delivery).
func (s *Store) FirstDelivery(ctx context.Context, ws, eventID string, ttl time.Duration) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	if first, ok, err := viewFirstDelivery(ctx, s, ws, eventID); err != nil {
		return false, fmt.Errorf("dedupe event: %w", err)
	} else if ok {
		if first {
			s.wrote()
		}
		return first, nil
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
