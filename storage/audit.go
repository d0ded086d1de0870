package storage

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// The audit trail is a Redis stream per workspace. Each entry is chained to
// the one before it, and the newest link is kept in auditHeadKey, so that
// VerifyAudit detects an edited entry, one deleted from the middle, and (with
// a checkpoint kept outside Redis, see Checkpoint) one deleted from the end.
//
// The chain must not be computable by someone who can write to Redis, yet the
// key must never reach Redis (scripts and their arguments show up in MONITOR,
// SLOWLOG and replication). So Go computes a per-entry tag
// tag = HMAC-SHA256(audit key, workspace and fields) and passes only the tag;
// the script links it to its predecessor, mac = SHA1(prev "\n" tag), and
// stores the link but never the tag. Without the key nobody can produce the
// tag of a new or altered entry, nor re-link the entries after one is
// removed: the tags of the later entries are stored nowhere. The entry and
// the change it records still land in one MULTI/EXEC or one script
// (ticketscript.go).
//
// KEYS[1] the audit stream
// KEYS[2] the head link
// ARGV    field, value, field, value, ... in auditFields order, then the tag
// Returns the new entry's id.
var appendAuditScript = redis.NewScript(auditLua + `
return append_audit(KEYS[1], KEYS[2], 1, #ARGV - 1, ARGV[#ARGV])
`)

// auditFields is the fixed order of an entry's fields in its tag.
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

// auditTag is the keyed tag of an entry's fields (values keyed by field
// name, as read back from the stream). The id of the key that signed it
// ("kid") is covered too when present; entries from before key ids have
// none.
func auditTag(key []byte, ws string, values map[string]any) string {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "delegatebot audit v2\n%d:%s", len(ws), ws)
	for _, f := range auditFields {
		v, _ := values[f].(string)
		fmt.Fprintf(m, "\n%d:%s\n%d:%s", len(f), f, len(v), v)
	}
	if kid, _ := values[auditKidField].(string); kid != "" {
		fmt.Fprintf(m, "\n%d:%s\n%d:%s", len(auditKidField), auditKidField, len(kid), kid)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// auditLink is the link the script stores: SHA1(prev "\n" tag).
func auditLink(prev, tag string) string {
	sum := sha1.Sum([]byte(prev + "\n" + tag))
	return hex.EncodeToString(sum[:])
}

// auditArgs is the script's ARGV for e: its fields, then its tag.
func (s *Store) auditArgs(e delegatebot.AuditEntry) []any {
	args := encodeAudit(e)
	if len(s.AuditKey) > 0 {
		args = append(args, auditKidField, KeyID(s.AuditKey))
	}
	values := make(map[string]any, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		values[args[i].(string)] = args[i+1]
	}
	return append(args, auditTag(s.AuditKey, e.Workspace, values))
}

// legacyChainHash is the unkeyed hash of entries written before the audit
// key (field "hash" instead of "mac"). They are accepted only before the
// first keyed entry: anyone with Redis access can compute this hash.
func legacyChainHash(prev string, values map[string]any) string {
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
func (s *Store) addAudit(ctx context.Context, p redis.Pipeliner, e delegatebot.AuditEntry) {
	appendAuditScript.Eval(ctx, p, []string{auditKey(e.Workspace), auditHeadKey(e.Workspace)}, s.auditArgs(e)...)
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
	err := appendAuditScript.Run(ctx, s.rdb, []string{auditKey(e.Workspace), auditHeadKey(e.Workspace)}, s.auditArgs(e)...).Err()
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
