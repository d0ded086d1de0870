package storage

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// addAudit queues an XADD of e on p, so the entry lands in the same
// transaction as the change it records.
func addAudit(ctx context.Context, p redis.Pipeliner, e delegatebot.AuditEntry) {
	p.XAdd(ctx, &redis.XAddArgs{Stream: auditKey(e.Workspace), Values: encodeAudit(e)})
}

func encodeAudit(e delegatebot.AuditEntry) []any {
	return []any{
		"at", e.At.UnixMilli(),
		"actor", e.Actor,
		"action", e.Action,
		"ticket", e.Ticket,
		"channel", e.Channel,
		"from", string(e.From),
		"to", string(e.To),
		"detail", e.Detail,
	}
}

func decodeAudit(ws string, m redis.XMessage) delegatebot.AuditEntry {
	str := func(k string) string { s, _ := m.Values[k].(string); return s }
	ms, _ := strconv.ParseInt(str("at"), 10, 64)
	return delegatebot.AuditEntry{
		ID: m.ID, At: time.UnixMilli(ms).UTC(), Workspace: ws,
		Actor: str("actor"), Action: str("action"), Ticket: str("ticket"), Channel: str("channel"),
		From: delegatebot.Status(str("from")), To: delegatebot.Status(str("to")), Detail: str("detail"),
	}
}

// Audit appends one entry on its own, for events that change nothing else:
// refusals, guard decisions, inbound PHI warnings.
func (s *Store) Audit(ctx context.Context, e delegatebot.AuditEntry) error {
	if err := validWorkspace(e.Workspace); err != nil {
		return err
	}
	if e.At.IsZero() {
		e.At = s.Now()
	}
	if err := s.rdb.XAdd(ctx, &redis.XAddArgs{Stream: auditKey(e.Workspace), Values: encodeAudit(e)}).Err(); err != nil {
		return fmt.Errorf("audit %s: %w", e.Action, err)
	}
	s.wrote()
	return nil
}

// ReadAudit returns up to count entries of workspace ws after stream id after
// ("" or "0" from the start), oldest first.
func (s *Store) ReadAudit(ctx context.Context, ws, after string, count int64) ([]delegatebot.AuditEntry, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	start := "-"
	if after != "" && after != "0" {
		start = "(" + after
	}
	msgs, err := s.rdb.XRangeN(ctx, auditKey(ws), start, "+", count).Result()
	if err != nil {
		return nil, fmt.Errorf("read audit: %w", err)
	}
	out := make([]delegatebot.AuditEntry, len(msgs))
	for i, m := range msgs {
		out[i] = decodeAudit(ws, m)
	}
	return out, nil
}
