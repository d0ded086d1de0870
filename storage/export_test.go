package storage

import (
	"context"
	"encoding/json"

	"github.com/delegatebot/delegatebot"
)

// AppendAuditWithoutKeyID appends e as releases before audit key ids did:
// keyed by the current key, naming no key.
func (s *Store) AppendAuditWithoutKeyID(ctx context.Context, e delegatebot.AuditEntry) error {
	args := encodeAudit(e)
	values := make(map[string]any, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		values[args[i].(string)] = args[i+1]
	}
	args = append(args, auditTag(s.AuditKey, e.Workspace, values))
	return appendAuditScript.Run(ctx, s.rdb, []string{auditKey(e.Workspace), auditHeadKey(e.Workspace)}, args...).Err()
}

// ForgeAnchor writes a trim anchor signed by s's current key, as someone
// holding that key alone could (or, without kid, as releases before key ids
// wrote anchors): it claims the trail up to entry lastID (the n-th, whose
// link is link) was trimmed.
func (s *Store) ForgeAnchor(ctx context.Context, ws, lastID, link string, n int64, kid bool) error {
	ms, _ := splitStreamID(lastID)
	a := auditAnchor{Link: link, Dropped: n, LastID: lastID, LastAt: int64(ms), Before: int64(ms) + 1, At: int64(ms) + 1}
	if kid {
		a.Kid = KeyID(s.AuditKey)
	}
	a.MAC = a.mac(s.AuditKey, ws)
	raw, _ := json.Marshal(a)
	return s.rdb.Set(ctx, auditAnchorKey(ws), raw, 0).Err()
}

// PendingEnqueues is how many enqueues wait for the next batch.
func PendingEnqueues(s *Store) int {
	s.enqueues.mu.Lock()
	defer s.enqueues.mu.Unlock()
	return len(s.enqueues.pending)
}

// PooledNumbers is how many reserved ticket numbers s holds for ws.
func PooledNumbers(s *Store, ws string) int { return s.numbers.pooled(ws) }
