package storage

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// Workspaces lists every workspace the store knows, sorted: those that ever
// had a ticket (the registry) and those that only have an audit trail (an
// admin approved a channel before anyone delegated). It scans keys, so it is
// for offline tools only.
func (s *Store) Workspaces(ctx context.Context) ([]string, error) {
	reg, err := s.rdb.SMembers(ctx, workspacesKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("list workspaces: %w", err)
	}
	seen := make(map[string]bool, len(reg))
	for _, ws := range reg {
		seen[ws] = true
	}
	var mu sync.Mutex
	scan := func(ctx context.Context, c *redis.Client) error {
		it := c.Scan(ctx, 0, auditKeyPattern(), 1000).Iterator()
		for it.Next(ctx) {
			if ws, ok := workspaceOfAuditKey(it.Val()); ok {
				mu.Lock()
				seen[ws] = true
				mu.Unlock()
			}
		}
		return it.Err()
	}
	switch c := s.rdb.(type) {
	case *redis.ClusterClient:
		err = c.ForEachMaster(ctx, scan)
	case *redis.Client:
		err = scan(ctx, c)
	default: // Sentinel and ring clients: the registry alone
	}
	if err != nil {
		return nil, fmt.Errorf("list workspaces: %w", err)
	}
	out := make([]string, 0, len(seen))
	for ws := range seen {
		out = append(out, ws)
	}
	sort.Strings(out)
	return out, nil
}

// WorkspaceExists reports whether ws ever had a ticket or an audit entry, so
// that offline tools can tell a typo from an empty workspace.
func (s *Store) WorkspaceExists(ctx context.Context, ws string) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	reg, err := s.rdb.SIsMember(ctx, workspacesKey(), ws).Result()
	if err != nil {
		return false, fmt.Errorf("find workspace: %w", err)
	} else if reg {
		return true, nil
	}
	n, err := s.rdb.Exists(ctx, auditKey(ws)).Result()
	if err != nil {
		return false, fmt.Errorf("find workspace: %w", err)
	}
	return n > 0, nil
}

// AuditLen is the number of entries in the audit trail of ws (for progress).
func (s *Store) AuditLen(ctx context.Context, ws string) (int64, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	n, err := s.rdb.XLen(ctx, auditKey(ws)).Result()
	if err != nil {
		return 0, fmt.Errorf("audit length: %w", err)
	}
	return n, nil
}

// TicketCount is the number of tickets of ws.
func (s *Store) TicketCount(ctx context.Context, ws string) (int64, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	n, err := s.rdb.ZCard(ctx, allKey(ws)).Result()
	if err != nil {
		return 0, fmt.Errorf("count tickets: %w", err)
	}
	return n, nil
}

// reportFields are the ticket fields a report may read: ids, intent, status,
// people as user ids, times. Never text, subject or the people a request
// names, which may hold PHI.
var reportFields = []string{"number", "requester", "assignee", "intent", "priority", "status", "due", "created", "updated"}

// ScanTicketMeta calls fn for every ticket of ws, oldest first, with only its
// metadata filled in (number, requester, assignee, intent, priority, status,
// due, created, updated): no text is read or decrypted. It reads in batches.
func (s *Store) ScanTicketMeta(ctx context.Context, ws string, fn func(*delegatebot.Ticket) error) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	const batch = 500
	after := "-inf"
	for {
		ids, err := s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
			Key: allKey(ws), ByScore: true, Start: after, Stop: "+inf", Count: batch,
		}).Result()
		if err != nil {
			return fmt.Errorf("scan tickets: %w", err)
		}
		p := s.rdb.Pipeline()
		cmds := make([]*redis.SliceCmd, len(ids))
		for i, id := range ids {
			n, _ := strconv.ParseInt(id, 10, 64)
			cmds[i] = p.HMGet(ctx, ticketKey(ws, n), reportFields...)
		}
		if len(ids) > 0 {
			if _, err := p.Exec(ctx); err != nil {
				return fmt.Errorf("scan tickets: %w", err)
			}
		}
		for _, c := range cmds {
			t, ok := ticketMeta(ws, c.Val())
			if !ok {
				continue // deleted meanwhile, or malformed: a report skips it
			}
			if err := fn(t); err != nil {
				return err
			}
		}
		if len(ids) < batch {
			return nil
		}
		after = "(" + ids[len(ids)-1]
	}
}

func ticketMeta(ws string, vals []any) (*delegatebot.Ticket, bool) {
	h := make(map[string]string, len(reportFields))
	for i, f := range reportFields {
		if i < len(vals) {
			h[f], _ = vals[i].(string)
		}
	}
	n, err := strconv.ParseInt(h["number"], 10, 64)
	if err != nil {
		return nil, false
	}
	t := &delegatebot.Ticket{
		Workspace: ws, Number: n, Requester: h["requester"], Assignee: h["assignee"],
		Intent: delegatebot.Intent(h["intent"]), Priority: delegatebot.Priority(h["priority"]),
		Status: delegatebot.Status(h["status"]),
	}
	t.Due, _ = decodeMoment(h["due"])
	t.Created, _ = time.Parse(time.RFC3339Nano, h["created"])
	t.Updated, _ = time.Parse(time.RFC3339Nano, h["updated"])
	return t, true
}
