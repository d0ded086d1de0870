package storage

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Proving the audit trail. The chain (audit.go) catches an entry edited or
// removed from the middle. What it cannot catch on its own is the loss of
// the newest entries, or of the whole stream with its head: whoever can
// write to Redis can reset the head too. A Checkpoint, signed with the audit
// key and kept outside Redis, pins the count and the link of the newest entry
// at the time it was made; VerifyAuditCheckpoint then fails when any entry it
// covers is gone, changed or reordered. Trimming writes a signed anchor that
// records how many entries were dropped, the last one's link and its keyed
// time, so trimmed history is told apart from deleted history.

// AuditError names the first entry that breaks the audit chain.
type AuditError struct {
	ID     string // the stream id of the bad entry, or "head" or "anchor"
	Reason string
}

func (e *AuditError) Error() string { return fmt.Sprintf("audit entry %s: %s", e.ID, e.Reason) }

// auditAnchor is what TrimAudit leaves behind: the link of the last dropped
// entry, which the first kept entry must point to, and its evidence.
type auditAnchor struct {
	Link    string `json:"link"`
	Dropped int64  `json:"dropped"`       // entries dropped since the trail began
	LastID  string `json:"last_id"`       // stream id of the last dropped entry
	LastAt  int64  `json:"last_at"`       // its keyed time (ms)
	Before  int64  `json:"before"`        // the retention cut-off asked for (ms)
	At      int64  `json:"at"`            // when the trim ran (ms)
	Kid     string `json:"kid,omitempty"` // the signing key's id (none before key ids)
	MAC     string `json:"mac"`

	legacy bool // an unsigned anchor from before the audit key
	rank   int  // of the key that signed it (auditkeys.go)
}

func (a *auditAnchor) mac(key []byte, ws string) string {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "delegatebot audit anchor v2\n%s\n%s\n%d\n%s\n%d\n%d\n%d", ws, a.Link, a.Dropped, a.LastID, a.LastAt, a.Before, a.At)
	if a.Kid != "" {
		fmt.Fprintf(m, "\n%s", a.Kid)
	}
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Store) readAnchor(ctx context.Context, ws string) (auditAnchor, string, error) {
	var a auditAnchor
	raw, err := s.rdb.Get(ctx, auditAnchorKey(ws)).Result()
	if errors.Is(err, redis.Nil) {
		return a, "", nil
	}
	if err != nil {
		return a, "", fmt.Errorf("read audit anchor: %w", err)
	}
	if !strings.HasPrefix(raw, "{") {
		return auditAnchor{Link: raw, legacy: true}, raw, nil
	}
	if json.Unmarshal([]byte(raw), &a) != nil {
		return a, raw, &AuditError{ID: "anchor", Reason: "the trim anchor is not signed by the audit key (forged or altered)"}
	}
	k, ok, known := s.verifySigned(a.Kid, a.MAC, func(key []byte) string { return a.mac(key, ws) })
	if !known {
		return a, raw, &AuditError{ID: "anchor", Reason: errUnknownAuditKey("the trim anchor is", a.Kid)}
	}
	if !ok {
		return a, raw, &AuditError{ID: "anchor", Reason: "the trim anchor is not signed by the audit key (forged or altered)"}
	}
	a.rank = k.rank
	if a.LastAt >= a.Before || a.Before > a.At {
		return a, raw, &AuditError{ID: "anchor", Reason: "the trim anchor dropped entries that were not older than the retention"}
	}
	return a, raw, nil
}

// auditState is where a walk of the trail ended.
type auditState struct {
	Entries int64  // since the trail began, trimmed ones included
	Checked int    // entries read and verified
	LastID  string // stream id of the newest entry ("" if none)
	Head    string // its link
	Anchor  auditAnchor
	raw     string // the anchor as stored
}

// errStopWalk ends a walk early without error.
var errStopWalk = errors.New("stop")

// walkAudit verifies the chain of ws from its anchor, calling visit after
// each good entry with the count since the trail began and its link.
func (s *Store) walkAudit(ctx context.Context, ws string, visit func(m redis.XMessage, n int64, link string) error) (auditState, error) {
	var st auditState
	if err := validWorkspace(ws); err != nil {
		return st, err
	}
	anchor, raw, err := s.readAnchor(ctx, ws)
	if err != nil {
		return st, err
	}
	st.Anchor, st.raw = anchor, raw
	prev, n, keyed, after := anchor.Link, anchor.Dropped, false, ""
	// newest is the rank of the newest key that signed an entry so far;
	// sawKid whether one named its key.
	newest, sawKid := len(s.OldAuditKeys)+1, false
	for {
		msgs, err := s.readAuditRaw(ctx, ws, after, "+", auditBatch)
		if err != nil {
			return st, err
		}
		for _, m := range msgs {
			gotPrev, _ := m.Values["prev"].(string)
			if gotPrev != prev {
				return st, &AuditError{ID: m.ID, Reason: "the entry before it was deleted or altered (chain broken)"}
			}
			link, isKeyed := m.Values["mac"].(string)
			kid, _ := m.Values[auditKidField].(string)
			signer, rank := SignerUnkeyed, 0
			switch {
			case isKeyed && anchor.legacy && st.Checked == 0 && prev != "":
				return st, &AuditError{ID: "anchor", Reason: "the trim anchor is not signed by the audit key (forged or altered)"}
			case isKeyed:
				k, err := s.checkEntryKey(ws, prev, link, kid, sawKid, newest, m)
				if err != nil {
					return st, err
				}
				signer, rank = k.id, k.rank
				if st.Checked == 0 && anchor.Kid != "" && kid != "" && anchor.rank > rank {
					return st, &AuditError{ID: "anchor", Reason: "the trim anchor is signed by an older audit key than the entry after it: forged with a retired key, or not re-signed since the rotation (run `delegatebot audit trim`)"}
				}
				if kid != "" {
					newest, sawKid = min(newest, rank), true
				}
			case !isKeyed && keyed:
				return st, &AuditError{ID: m.ID, Reason: "an unkeyed entry after keyed ones (inserted)"}
			case !isKeyed:
				link, _ = m.Values["hash"].(string)
				if legacyChainHash(prev, m.Values) != link {
					return st, &AuditError{ID: m.ID, Reason: "its contents were edited (hash mismatch)"}
				}
			}
			keyed = keyed || isKeyed
			auditSigned(ctx, signer)
			n++
			st.Checked++
			st.Entries, st.LastID, st.Head = n, m.ID, link
			prev = link
			if visit != nil {
				if err := visit(m, n, link); errors.Is(err, errStopWalk) {
					return st, nil
				} else if err != nil {
					return st, err
				}
			}
		}
		if len(msgs) < auditBatch {
			break
		}
		after = msgs[len(msgs)-1].ID
	}
	if st.LastID == "" {
		st.Entries, st.Head = anchor.Dropped, anchor.Link
	}
	return st, nil
}

// checkEntryKey checks a keyed entry's link against the key it names (or,
// without a key id, against each configured key) and the order of keys
// along the trail; it returns the signing key.
func (s *Store) checkEntryKey(ws, prev, link, kid string, sawKid bool, newest int, m redis.XMessage) (auditSigner, error) {
	if kid == "" && sawKid {
		return auditSigner{}, &AuditError{ID: m.ID, Reason: "an entry without a key id after ones with (inserted)"}
	}
	k, ok, known := s.verifySigned(kid, link, func(key []byte) string { return auditLink(prev, auditTag(key, ws, m.Values)) })
	switch {
	case !known:
		return k, &AuditError{ID: m.ID, Reason: errUnknownAuditKey("it is", kid)}
	case !ok:
		return k, &AuditError{ID: m.ID, Reason: "its contents were edited, or it was not written under this audit key (MAC mismatch)"}
	case kid != "" && k.rank > newest:
		return k, &AuditError{ID: m.ID, Reason: fmt.Sprintf("signed by audit key %s, older than the key of an entry before it: an old key cannot sign after a rotation", kid)}
	}
	return k, nil
}

// checkHead compares the stored head with the walk's last link.
func (s *Store) checkHead(ctx context.Context, ws string, st auditState) error {
	head, err := s.rdb.Get(ctx, auditHeadKey(ws)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("read audit head: %w", err)
	}
	if head != st.Head {
		return &AuditError{ID: "head", Reason: "the newest entries were deleted (head does not match the last entry)"}
	}
	return nil
}

// VerifyAudit walks the whole trail of ws and checks the chain. It returns
// the number of entries checked and, when the chain is broken, an
// *AuditError naming the first bad entry: edited (its MAC does not match its
// fields), a predecessor deleted (its prev does not match), or the newest
// entries deleted (the head does not match the last entry). Someone who can
// write to Redis can also reset the head after deleting the newest entries,
// or wipe the stream: only VerifyAuditCheckpoint catches that.
func (s *Store) VerifyAudit(ctx context.Context, ws string) (int, error) {
	st, err := s.walkAudit(ctx, ws, nil)
	if err != nil {
		return st.Checked, err
	}
	return st.Checked, s.checkHead(ctx, ws, st)
}

// Checkpoint pins the audit trail of a workspace at one moment: the number of
// entries since the trail began, the newest entry's id and link, signed with
// the audit key. Keep it outside Redis (a file, object storage, a ticket).
type Checkpoint struct {
	Workspace string    `json:"workspace"`
	Entries   int64     `json:"entries"`
	LastID    string    `json:"last_id"`
	Head      string    `json:"head"`
	At        time.Time `json:"at"`
	Kid       string    `json:"kid,omitempty"` // the signing key's id (none before key ids)
	MAC       string    `json:"mac"`
}

func (c Checkpoint) mac(key []byte) string {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "delegatebot audit checkpoint v1\n%s\n%d\n%s\n%s\n%s", c.Workspace, c.Entries, c.LastID, c.Head, c.At.UTC().Format(time.RFC3339Nano))
	if c.Kid != "" {
		fmt.Fprintf(m, "\n%s", c.Kid)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// ErrNoAuditKey reports an operation that needs DELEGATEBOT_AUDIT_KEY.
var ErrNoAuditKey = errors.New("no audit key configured")

// AuditCheckpoint verifies the trail of ws and returns a signed checkpoint of
// it. It refuses a broken trail: a checkpoint vouches for what it covers.
func (s *Store) AuditCheckpoint(ctx context.Context, ws string) (Checkpoint, error) {
	if len(s.AuditKey) == 0 {
		return Checkpoint{}, ErrNoAuditKey
	}
	st, err := s.walkAudit(ctx, ws, nil)
	if err != nil {
		return Checkpoint{}, err
	}
	c := Checkpoint{Workspace: ws, Entries: st.Entries, LastID: st.LastID, Head: st.Head, At: s.Now().UTC()}
	if c.LastID == "" {
		c.LastID = st.Anchor.LastID
	}
	c.Kid = KeyID(s.AuditKey)
	c.MAC = c.mac(s.AuditKey)
	return c, nil
}

// VerifyAuditCheckpoint checks the trail of ws like VerifyAudit and, in
// addition, that every entry c covers is still there, unchanged and in
// order: the entry c.LastID is present, has c.Head as its link and is the
// c.Entries-th since the trail began (or was trimmed away under a signed
// anchor). A wiped stream, a deleted head, entries deleted from the end and
// a rewritten chain all fail with an *AuditError naming what is missing.
func (s *Store) VerifyAuditCheckpoint(ctx context.Context, ws string, c Checkpoint) (int, error) {
	if len(s.AuditKey) == 0 {
		return 0, ErrNoAuditKey
	}
	if c.Workspace != ws {
		return 0, fmt.Errorf("the checkpoint is for workspace %q, not %q", c.Workspace, ws)
	}
	if _, ok, known := s.verifySigned(c.Kid, c.MAC, c.mac); !known {
		return 0, fmt.Errorf("the checkpoint's signature is by audit key %s, which is not configured (list it in DELEGATEBOT_OLD_AUDIT_KEYS)", c.Kid)
	} else if !ok {
		return 0, errors.New("the checkpoint's signature does not match the audit key (altered, or made under another key)")
	}
	if c.Entries == 0 {
		n, err := s.VerifyAudit(ctx, ws)
		return n, err
	}
	// The covered entries may have been trimmed away under a signed anchor.
	anchor, _, err := s.readAnchor(ctx, ws)
	if err != nil {
		return 0, err
	}
	seen := !anchor.legacy && anchor.LastID != "" && compareStreamID(c.LastID, anchor.LastID) <= 0
	if seen && anchor.LastID == c.LastID && (anchor.Link != c.Head || anchor.Dropped != c.Entries) {
		return 0, &AuditError{ID: c.LastID, Reason: "the trim anchor disagrees with the checkpoint: the trail up to it was rewritten"}
	}
	st, err := s.walkAudit(ctx, ws, func(m redis.XMessage, n int64, link string) error {
		if seen {
			return nil
		}
		switch cmp := compareStreamID(m.ID, c.LastID); {
		case cmp == 0 && n != c.Entries:
			return &AuditError{ID: m.ID, Reason: fmt.Sprintf("it is entry %d of the trail, the checkpoint says %d: entries before it were deleted or inserted", n, c.Entries)}
		case cmp == 0 && link != c.Head:
			return &AuditError{ID: m.ID, Reason: "its link differs from the checkpoint: the trail up to it was rewritten"}
		case cmp == 0:
			seen = true
		case cmp > 0:
			return &AuditError{ID: c.LastID, Reason: fmt.Sprintf("missing: the trail goes from entry %d to %s without it; the checkpoint covers %d entries through %s", n-1, m.ID, c.Entries, c.LastID)}
		}
		return nil
	})
	if err != nil {
		return st.Checked, err
	}
	if !seen {
		return st.Checked, &AuditError{ID: c.LastID, Reason: fmt.Sprintf("missing: the trail holds %d of the %d entries the checkpoint covers through %s (deleted from the end, or the stream was wiped)", st.Entries, c.Entries, c.LastID)}
	}
	return st.Checked, s.checkHead(ctx, ws, st)
}

// compareStreamID orders two stream ids "ms-seq".
func compareStreamID(a, b string) int {
	am, as := splitStreamID(a)
	bm, bs := splitStreamID(b)
	switch {
	case am != bm:
		return cmpUint(am, bm)
	default:
		return cmpUint(as, bs)
	}
}

func splitStreamID(id string) (uint64, uint64) {
	ms, seq, _ := strings.Cut(id, "-")
	m, _ := strconv.ParseUint(ms, 10, 64)
	s, _ := strconv.ParseUint(seq, 10, 64)
	return m, s
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TrimAudit drops entries older than before, keeping the chain verifiable.
// It anchors only with evidence: it first verifies every entry it is about to
// drop and drops only the prefix whose keyed time and stream id are both
// before the cut-off; the signed anchor records the link, count, id and time
// of the last dropped entry, which the first kept entry must point to.
func (s *Store) TrimAudit(ctx context.Context, ws string, before time.Time) (int64, error) {
	cut := before.UnixMilli()
	type candidate struct {
		id, link string
		n, at    int64
	}
	var last, prevLast candidate
	st, err := s.walkAudit(ctx, ws, func(m redis.XMessage, n int64, link string) error {
		ms, _ := splitStreamID(m.ID)
		atStr, _ := m.Values["at"].(string)
		at, err := strconv.ParseInt(atStr, 10, 64)
		if err != nil || at >= cut || int64(ms) >= cut {
			return errStopWalk
		}
		prevLast, last = last, candidate{m.ID, link, n, at}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("trim audit: not trimming a trail that does not verify: %w", err)
	}
	if last.id != "" && last.id == st.LastID {
		// The newest entry is kept whatever its age, so that an anchor
		// always leads to an entry signed by its own key or an older one
		// (auditkeys.go).
		last = prevLast
	}
	current := KeyID(s.AuditKey)
	// An anchor signed by an older key is signed again, when an entry
	// follows it (the walk checked that entry's key is not older).
	resign := last.id == "" && st.raw != "" && st.Checked > 0 && !st.Anchor.legacy && st.Anchor.Kid != current && len(s.AuditKey) > 0
	if last.id == "" && !resign {
		return 0, nil
	}
	var a auditAnchor
	if resign {
		// Nothing to drop, but the anchor is signed by an older key: sign
		// it again under the current one (see auditkeys.go).
		a = st.Anchor
	} else {
		a = auditAnchor{Link: last.link, Dropped: last.n, LastID: last.id, LastAt: last.at, Before: cut, At: s.Now().UnixMilli()}
		if a.At < a.Before {
			a.At = a.Before
		}
	}
	a.Kid = current
	if len(s.AuditKey) == 0 {
		a.Kid = "" // no key, no id: nothing to prove anyway
	}
	a.MAC = a.mac(s.AuditKey, ws)
	raw, _ := json.Marshal(a)
	minID := "0"
	if !resign {
		ms, seq := splitStreamID(last.id)
		minID = strconv.FormatUint(ms, 10) + "-" + strconv.FormatUint(seq+1, 10)
	}
	var dropped int64
	err = s.watch(ctx, func(tx *redis.Tx) error {
		cur, err := tx.Get(ctx, auditAnchorKey(ws)).Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			return err
		}
		if cur != st.raw {
			return errors.New("the anchor changed while trimming")
		}
		var trim *redis.IntCmd
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, auditAnchorKey(ws), raw, 0)
			trim = p.XTrimMinID(ctx, auditKey(ws), minID)
			return nil
		})
		if err == nil {
			dropped = trim.Val()
		}
		return err
	}, auditAnchorKey(ws))
	if err != nil {
		return 0, fmt.Errorf("trim audit: %w", err)
	}
	s.wrote()
	return dropped, nil
}
