package storage

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// The audit trail is a Redis stream per workspace. Each entry carries the
// hash of its own fields chained to the previous entry's hash ("prev",
// "hash"), and the newest hash is kept in auditHeadKey, so that VerifyAudit
// detects an edited entry, one deleted from the middle, and one deleted from
// the end. The script computes the chain inside Redis, so an entry and the
// change it records still land in one MULTI/EXEC.
//
// KEYS[1] the audit stream
// KEYS[2] the head hash
// ARGV    field, value, field, value, ... in auditFields order
// Returns the new entry's id.
var appendAuditScript = redis.NewScript(`
local prev = redis.call('GET', KEYS[2]) or ''
local parts = {prev}
for i = 1, #ARGV do
  parts[#parts + 1] = #ARGV[i] .. ':' .. ARGV[i]
end
local h = redis.sha1hex(table.concat(parts, '\n'))
local args = {'XADD', KEYS[1], '*'}
for i = 1, #ARGV do args[#args + 1] = ARGV[i] end
args[#args + 1] = 'prev'
args[#args + 1] = prev
args[#args + 1] = 'hash'
args[#args + 1] = h
local id = redis.call(unpack(args))
redis.call('SET', KEYS[2], h)
return id
`)

// auditFields is the fixed order of an entry's fields in its hash.
var auditFields = []string{"at", "actor", "action", "ticket", "channel", "from", "to", "detail"}

func encodeAudit(e delegatebot.AuditEntry) []any {
	return []any{
		"at", strconv.FormatInt(e.At.UnixMilli(), 10),
		"actor", e.Actor,
		"action", e.Action,
		"ticket", e.Ticket,
		"channel", e.Channel,
		"from", string(e.From),
		"to", string(e.To),
		"detail", e.Detail,
	}
}

// chainHash is the hash the script computes, recomputed in Go.
func chainHash(prev string, values map[string]any) string {
	var b strings.Builder
	b.WriteString(prev)
	for _, f := range auditFields {
		v, _ := values[f].(string)
		fmt.Fprintf(&b, "\n%d:%s\n%d:%s", len(f), f, len(v), v)
	}
	sum := sha1.Sum([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// addAudit queues the append of e on p, so the entry lands in the same
// transaction as the change it records.
func addAudit(ctx context.Context, p redis.Pipeliner, e delegatebot.AuditEntry) {
	appendAuditScript.Eval(ctx, p, []string{auditKey(e.Workspace), auditHeadKey(e.Workspace)}, encodeAudit(e)...)
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
	err := appendAuditScript.Run(ctx, s.rdb, []string{auditKey(e.Workspace), auditHeadKey(e.Workspace)}, encodeAudit(e)...).Err()
	if err != nil {
		return fmt.Errorf("audit %s: %w", e.Action, err)
	}
	s.wrote()
	return nil
}

// ReadAudit returns up to count entries of workspace ws after stream id after
// ("" or "0" from the start), oldest first.
func (s *Store) ReadAudit(ctx context.Context, ws, after string, count int64) ([]delegatebot.AuditEntry, error) {
	msgs, err := s.readAuditRaw(ctx, ws, after, "+", count)
	if err != nil {
		return nil, err
	}
	out := make([]delegatebot.AuditEntry, len(msgs))
	for i, m := range msgs {
		out[i] = decodeAudit(ws, m)
	}
	return out, nil
}

func (s *Store) readAuditRaw(ctx context.Context, ws, after, until string, count int64) ([]redis.XMessage, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	start := "-"
	if after != "" && after != "0" {
		start = "(" + after
	}
	msgs, err := s.rdb.XRangeN(ctx, auditKey(ws), start, until, count).Result()
	if err != nil {
		return nil, fmt.Errorf("read audit: %w", err)
	}
	auditProgress(ctx, len(msgs))
	return msgs, nil
}

// ScanAudit calls fn for each entry of ws with since <= At < until (zero
// times are open ends), oldest first, reading in batches so that memory stays
// constant however long the trail is.
func (s *Store) ScanAudit(ctx context.Context, ws string, since, until time.Time, fn func(delegatebot.AuditEntry) error) error {
	after := ""
	if !since.IsZero() {
		// Stream ids start with the append time in ms; "(ms-1-max" starts at ms.
		after = strconv.FormatInt(since.UnixMilli()-1, 10) + "-18446744073709551615"
	}
	end := "+"
	if !until.IsZero() {
		end = "(" + strconv.FormatInt(until.UnixMilli(), 10)
	}
	for {
		msgs, err := s.readAuditRaw(ctx, ws, after, end, auditBatch)
		if err != nil {
			return err
		}
		for _, m := range msgs {
			if err := fn(decodeAudit(ws, m)); err != nil {
				return err
			}
		}
		if len(msgs) < auditBatch {
			return nil
		}
		after = msgs[len(msgs)-1].ID
	}
}

// auditBatch is how many entries one read fetches.
const auditBatch = 1000

// AuditError names the first entry that breaks the audit chain.
type AuditError struct {
	ID     string // the stream id of the bad entry, or "head"
	Reason string
}

func (e *AuditError) Error() string { return fmt.Sprintf("audit entry %s: %s", e.ID, e.Reason) }

// VerifyAudit walks the whole trail of ws and checks the hash chain. It
// returns the number of entries checked and, when the chain is broken, an
// *AuditError naming the first bad entry: edited (its hash does not match its
// fields), a predecessor deleted (its prev does not match), or the newest
// entries deleted (the head does not match the last entry).
func (s *Store) VerifyAudit(ctx context.Context, ws string) (int, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	anchor, err := s.rdb.Get(ctx, auditAnchorKey(ws)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return 0, fmt.Errorf("read audit anchor: %w", err)
	}
	prev, after, n := anchor, "", 0
	for {
		msgs, err := s.readAuditRaw(ctx, ws, after, "+", auditBatch)
		if err != nil {
			return n, err
		}
		for _, m := range msgs {
			gotPrev, _ := m.Values["prev"].(string)
			gotHash, _ := m.Values["hash"].(string)
			switch {
			case gotPrev != prev:
				return n, &AuditError{ID: m.ID, Reason: "the entry before it was deleted or altered (chain broken)"}
			case chainHash(prev, m.Values) != gotHash:
				return n, &AuditError{ID: m.ID, Reason: "its contents were edited (hash mismatch)"}
			}
			prev = gotHash
			n++
		}
		if len(msgs) < auditBatch {
			break
		}
		after = msgs[len(msgs)-1].ID
	}
	head, err := s.rdb.Get(ctx, auditHeadKey(ws)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return n, fmt.Errorf("read audit head: %w", err)
	}
	if head != prev {
		return n, &AuditError{ID: "head", Reason: "the newest entries were deleted (head hash does not match the last entry)"}
	}
	return n, nil
}

// TrimAudit drops entries older than before, keeping the chain verifiable:
// the hash of the last dropped entry becomes the anchor the first kept entry
// must point to. It never drops an entry at or after before.
func (s *Store) TrimAudit(ctx context.Context, ws string, before time.Time) (int64, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	minID := strconv.FormatInt(before.UnixMilli(), 10) + "-0"
	var dropped int64
	err := s.watch(ctx, func(tx *redis.Tx) error {
		last, err := tx.XRevRangeN(ctx, auditKey(ws), "("+minID, "-", 1).Result()
		if err != nil {
			return err
		}
		if len(last) == 0 {
			return nil
		}
		hash, _ := last[0].Values["hash"].(string)
		var trim *redis.IntCmd
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, auditAnchorKey(ws), hash, 0)
			trim = p.XTrimMinID(ctx, auditKey(ws), minID)
			return nil
		})
		if err == nil {
			dropped = trim.Val()
		}
		return err
	}, auditKey(ws), auditHeadKey(ws))
	if err != nil {
		return 0, fmt.Errorf("trim audit: %w", err)
	}
	s.wrote()
	return dropped, nil
}
