package storage

import (
	"context"
	"fmt"
	"sort"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// Access is what the store knows about one user's rights in a workspace,
// beyond the roles configuration bootstraps.
type Access struct {
	Roles    []delegatebot.Role
	Cleared  bool     // may see tickets' original text
	Supports []string // executives this user assists
}

// Access reads a user's granted roles, PHI clearance and support pairs in one
// round trip.
func (s *Store) Access(ctx context.Context, ws, user string) (Access, error) {
	if err := validWorkspace(ws); err != nil {
		return Access{}, err
	}
	if a, ok, err := viewAccess(ctx, s, ws, user); ok || err != nil {
		return a, err
	}
	p := s.rdb.Pipeline()
	c := queueAccess(ctx, p, ws, user)
	if _, err := p.Exec(ctx); err != nil {
		return Access{}, fmt.Errorf("read access of %s: %w", user, err)
	}
	return c.result(), nil
}

// accessCmds are the reads of one user's access queued on a pipeline.
type accessCmds struct {
	roles    []*redis.BoolCmd
	cleared  *redis.BoolCmd
	supports *redis.StringSliceCmd
}

func queueAccess(ctx context.Context, p redis.Pipeliner, ws, user string) *accessCmds {
	c := &accessCmds{roles: make([]*redis.BoolCmd, len(allRoles))}
	for i, r := range allRoles {
		c.roles[i] = p.SIsMember(ctx, roleKey(ws, r), user)
	}
	c.cleared = p.SIsMember(ctx, clearanceKey(ws), user)
	c.supports = p.SMembers(ctx, supportKey(ws, user))
	return c
}

func (c *accessCmds) result() Access {
	var a Access
	for i, r := range allRoles {
		if c.roles[i].Val() {
			a.Roles = append(a.Roles, r)
		}
	}
	a.Cleared = c.cleared.Val()
	a.Supports = c.supports.Val()
	sort.Strings(a.Supports)
	return a
}

var allRoles = []delegatebot.Role{delegatebot.RoleExecutive, delegatebot.RoleAssistant, delegatebot.RoleAdmin}

// SetRole grants (on) or revokes a role, audited by actor.
func (s *Store) SetRole(ctx context.Context, ws, user string, r delegatebot.Role, on bool, actor string) error {
	return s.setMember(ctx, ws, roleKey(ws, r), user, on, actor, "role", string(r))
}

// SetClearance grants or revokes a user's PHI clearance, audited by actor.
func (s *Store) SetClearance(ctx context.Context, ws, user string, on bool, actor string) error {
	return s.setMember(ctx, ws, clearanceKey(ws), user, on, actor, "clearance", "phi")
}

// SetSupport pairs (on) or unpairs an assistant with an executive, audited.
func (s *Store) SetSupport(ctx context.Context, ws, assistant, executive string, on bool, actor string) error {
	if err := validUser(executive); err != nil {
		return err
	}
	return s.setMember(ctx, ws, supportKey(ws, assistant), executive, on, actor, "support", assistant+"->"+executive)
}

func (s *Store) setMember(ctx context.Context, ws, key, member string, on bool, actor, what, detail string) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := validUser(member); err != nil {
		return err
	}
	action := what + ".revoke"
	if on {
		action = what + ".grant"
	}
	forgetIn(ctx, "access")
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		if on {
			p.SAdd(ctx, key, member)
		} else {
			p.SRem(ctx, key, member)
		}
		p.SAdd(ctx, membersKey(ws), member)
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: actor, Action: action,
			Detail: "user=" + member + " " + detail})
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", action, err)
	}
	s.wrote()
	return nil
}

// Queue modes: who may see and claim a ticket.
const (
	QueueTeam  = "team"  // every assistant sees every ticket
	QueuePairs = "pairs" // an assistant sees only the executives they support
)

// QueueMode returns the workspace's queue mode; QueueTeam when never set.
// It costs no round trip of its own when the event's reads (WithEvent with
// EventKeys.Settings) hold it.
func (s *Store) QueueMode(ctx context.Context, ws string) (string, error) {
	if err := validWorkspace(ws); err != nil {
		return "", err
	}
	if m, ok, err := viewQueueMode(ctx, s, ws); err != nil {
		return "", err
	} else if ok {
		if m == "" {
			return QueueTeam, nil
		}
		return m, nil
	}
	m, err := s.rdb.HGet(ctx, settingsKey(ws), "queue").Result()
	if err == redis.Nil || m == "" {
		return QueueTeam, nil
	} else if err != nil {
		return "", fmt.Errorf("read queue mode: %w", err)
	}
	return m, nil
}

// SetQueueMode sets the workspace's queue mode, audited by actor.
func (s *Store) SetQueueMode(ctx context.Context, ws, mode, actor string) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if mode != QueueTeam && mode != QueuePairs {
		return delegatebot.Errorf(delegatebot.EINVALID, "The queue is either %q (every assistant sees every ticket) or %q (assistants see the executives they support).", QueueTeam, QueuePairs)
	}
	forgetIn(ctx, "queue")
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, settingsKey(ws), "queue", mode)
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: s.Now(), Workspace: ws, Actor: actor, Action: "policy.queue", Detail: "mode=" + mode})
		return nil
	})
	if err != nil {
		return fmt.Errorf("set queue mode: %w", err)
	}
	s.wrote()
	return nil
}

// Grants lists, for every user ever given a role, clearance or pairing in ws,
// their current Access (for admins' overviews).
func (s *Store) Grants(ctx context.Context, ws string) (map[string]Access, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	users, err := s.rdb.SMembers(ctx, membersKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("list grants: %w", err)
	}
	out := make(map[string]Access, len(users))
	for _, u := range users {
		a, err := s.Access(ctx, ws, u)
		if err != nil {
			return nil, err
		}
		if len(a.Roles) > 0 || a.Cleared || len(a.Supports) > 0 {
			out[u] = a
		}
	}
	return out, nil
}
