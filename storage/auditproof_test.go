package storage_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

var testAuditKey = []byte("0123456789abcdef0123456789abcdef")

// keyedTrail makes a workspace with n audit entries under testAuditKey, the
// first half stamped at t0 and the rest two hours later (a fake clock), and
// returns the store, the workspace and the entries' ids.
func keyedTrail(t *testing.T, n int) (*redis.Client, *storage.Store, string, []string) {
	t.Helper()
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s, ws := storage.New(rdb), workspace(t)
	s.AuditKey = testAuditKey
	t0 := time.Now()
	for i := range n {
		s.Now = func() time.Time { return t0 }
		if i >= n/2 {
			s.Now = func() time.Time { return t0.Add(2 * time.Hour) }
		}
		if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "guard.redact", Detail: "n=" + string(rune('a'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	s.Now = func() time.Time { return t0.Add(3 * time.Hour) }
	msgs, err := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", "-", "+").Result()
	if err != nil || len(msgs) != n {
		t.Fatalf("trail has %d entries (err %v), want %d", len(msgs), err, n)
	}
	ids := make([]string, n)
	for i, m := range msgs {
		ids[i] = m.ID
	}
	return rdb, s, ws, ids
}

func wantCheckpointBroken(t *testing.T, s *storage.Store, ws string, c storage.Checkpoint, id, reason string) {
	t.Helper()
	_, err := s.VerifyAuditCheckpoint(context.Background(), ws, c)
	var ae *storage.AuditError
	if !errors.As(err, &ae) || ae.ID != id || !strings.Contains(ae.Reason, reason) {
		t.Fatalf("VerifyAuditCheckpoint err = %v, want an AuditError naming %s (%s)", err, id, reason)
	}
}

// rewrite replaces the stream of ws by entries, keeping their ids.
func rewrite(t *testing.T, rdb *redis.Client, ws string, msgs []redis.XMessage) {
	t.Helper()
	ctx := context.Background()
	key := "dlg:{" + ws + "}:audit"
	rdb.Del(ctx, key)
	for _, m := range msgs {
		var vals []any
		for _, f := range []string{"at", "actor", "action", "ticket", "channel", "from", "to", "detail", "kid", "prev", "mac", "hash"} {
			if v, ok := m.Values[f]; ok {
				vals = append(vals, f, v)
			}
		}
		if err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: key, ID: m.ID, Values: vals}).Err(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAuditCheckpoint(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T) (*redis.Client, *storage.Store, string, []string, storage.Checkpoint) {
		rdb, s, ws, ids := keyedTrail(t, 10)
		c, err := s.AuditCheckpoint(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		if c.Entries != 10 || c.LastID != ids[9] || c.Head == "" || c.MAC == "" {
			t.Fatalf("checkpoint = %+v", c)
		}
		return rdb, s, ws, ids, c
	}
	t.Run("OK", func(t *testing.T) {
		_, s, ws, _, c := setup(t)
		if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "later"}); err != nil {
			t.Fatal(err)
		}
		if n, err := s.VerifyAuditCheckpoint(ctx, ws, c); err != nil || n != 11 {
			t.Fatalf("intact trail: verified %d, err %v", n, err)
		}
	})
	t.Run("WipedStream", func(t *testing.T) {
		rdb, s, ws, ids, c := setup(t)
		keys, _ := rdb.Keys(ctx, "dlg:{"+ws+"}:audit*").Result()
		rdb.Del(ctx, keys...)
		if n, err := s.VerifyAudit(ctx, ws); err != nil || n != 0 {
			t.Fatalf("without a checkpoint a wiped trail looks empty: %d, %v", n, err)
		}
		wantCheckpointBroken(t, s, ws, c, ids[9], "holds 0 of the 10 entries")
	})
	t.Run("DeletedNewestAndHeadReset", func(t *testing.T) {
		rdb, s, ws, ids, c := setup(t)
		msgs, _ := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", ids[8], ids[8]).Result()
		rdb.XDel(ctx, "dlg:{"+ws+"}:audit", ids[9])
		rdb.Set(ctx, "dlg:{"+ws+"}:audit:head", msgs[0].Values["mac"], 0)
		if _, err := s.VerifyAudit(ctx, ws); err != nil {
			t.Fatalf("the insider's reset head fools a plain verify? %v", err)
		}
		wantCheckpointBroken(t, s, ws, c, ids[9], "holds 9 of the 10")
	})
	t.Run("Reordered", func(t *testing.T) {
		rdb, s, ws, ids, c := setup(t)
		msgs, _ := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", "-", "+").Result()
		msgs[3].Values, msgs[4].Values = msgs[4].Values, msgs[3].Values
		rewrite(t, rdb, ws, msgs)
		wantCheckpointBroken(t, s, ws, c, ids[3], "chain broken")
	})
	t.Run("ForgedByInsider", func(t *testing.T) {
		// Without the key an insider can only guess the tag: re-link the
		// whole trail with SHA1 over guessed tags and reset the head.
		rdb, s, ws, ids, c := setup(t)
		msgs, _ := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", "-", "+").Result()
		msgs[4].Values["detail"] = "n=z"
		prev := ""
		for _, m := range msgs {
			sum := sha1.Sum([]byte(prev + "\n" + "guess"))
			m.Values["prev"], m.Values["mac"] = prev, hex.EncodeToString(sum[:])
			prev = m.Values["mac"].(string)
		}
		rewrite(t, rdb, ws, msgs)
		rdb.Set(ctx, "dlg:{"+ws+"}:audit:head", prev, 0)
		wantCheckpointBroken(t, s, ws, c, ids[0], "MAC mismatch")
	})
	t.Run("UnkeyedEntryAppended", func(t *testing.T) {
		rdb, s, ws, _, _ := setup(t)
		head, _ := rdb.Get(ctx, "dlg:{"+ws+"}:audit:head").Result()
		id, _ := rdb.XAdd(ctx, &redis.XAddArgs{Stream: "dlg:{" + ws + "}:audit", Values: []any{"actor", "x", "prev", head, "hash", "h"}}).Result()
		rdb.Set(ctx, "dlg:{"+ws+"}:audit:head", "h", 0)
		wantBroken(t, s, ws, id)
	})
	t.Run("ForgedCheckpoint", func(t *testing.T) {
		_, s, ws, _, c := setup(t)
		c.Entries = 3
		if _, err := s.VerifyAuditCheckpoint(ctx, ws, c); err == nil || !strings.Contains(err.Error(), "signature") {
			t.Fatalf("an altered checkpoint: err %v", err)
		}
		other := storage.New(s.Client())
		other.AuditKey = []byte("another key of thirty-two bytes!")
		if _, err := other.AuditCheckpoint(ctx, ws); err == nil {
			t.Fatal("a checkpoint under another key vouched for the trail")
		}
	})
	t.Run("NoKey", func(t *testing.T) {
		_, s, ws, _, c := setup(t)
		s.AuditKey = nil
		if _, err := s.AuditCheckpoint(ctx, ws); !errors.Is(err, storage.ErrNoAuditKey) {
			t.Fatalf("checkpoint without a key: %v", err)
		}
		if _, err := s.VerifyAuditCheckpoint(ctx, ws, c); !errors.Is(err, storage.ErrNoAuditKey) {
			t.Fatalf("verify without a key: %v", err)
		}
	})
}

func TestAuditTrimEvidence(t *testing.T) {
	ctx := context.Background()
	t.Run("OnlyKeyedOldEntries", func(t *testing.T) {
		rdb, s, ws, ids := keyedTrail(t, 10)
		before, err := s.AuditCheckpoint(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		// Every stream id is before the cut-off, but the keyed times of the
		// second half are not: only the first half may go.
		cut := s.Now().Add(-2 * time.Hour)
		dropped, err := s.TrimAudit(ctx, ws, cut)
		if err != nil || dropped != 5 {
			t.Fatalf("trim dropped %d (err %v), want 5", dropped, err)
		}
		if n, err := s.VerifyAudit(ctx, ws); err != nil || n != 5 {
			t.Fatalf("after trim: verified %d, err %v", n, err)
		}
		if n, err := s.VerifyAuditCheckpoint(ctx, ws, before); err != nil || n != 5 {
			t.Fatalf("checkpoint from before the trim: verified %d, err %v", n, err)
		}
		after, err := s.AuditCheckpoint(ctx, ws)
		if err != nil || after.Entries != 10 || after.LastID != ids[9] {
			t.Fatalf("checkpoint after trim = %+v (err %v)", after, err)
		}

		var a map[string]any
		raw, _ := rdb.Get(ctx, "dlg:{"+ws+"}:audit:anchor").Result()
		json.Unmarshal([]byte(raw), &a)
		a["dropped"] = 2
		forged, _ := json.Marshal(a)
		rdb.Set(ctx, "dlg:{"+ws+"}:audit:anchor", forged, 0)
		wantBroken(t, s, ws, "anchor")
		if _, err := s.TrimAudit(ctx, ws, s.Now()); err == nil {
			t.Fatal("trim anchored a trail whose anchor is forged")
		}
		rdb.Del(ctx, "dlg:{"+ws+"}:audit:anchor")
		wantBroken(t, s, ws, ids[5])
	})
	t.Run("CheckpointOfTrimmedEntries", func(t *testing.T) {
		rdb, s, ws, _ := keyedTrail(t, 4)
		c, err := s.AuditCheckpoint(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		// A later entry, not older than the cut: trim keeps the newest.
		if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "later"}); err != nil {
			t.Fatal(err)
		}
		if n, err := s.TrimAudit(ctx, ws, s.Now()); err != nil || n != 4 {
			t.Fatalf("trim dropped %d (err %v), want the 4 entries the checkpoint covers", n, err)
		}
		left, _ := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", "-", "+").Result()
		if len(left) != 1 {
			t.Fatalf("%d entries left after trimming all but the newest", len(left))
		}
		if _, err := s.VerifyAuditCheckpoint(ctx, ws, c); err != nil {
			t.Fatalf("entries trimmed under a signed anchor: %v", err)
		}
		rdb.Del(ctx, "dlg:{"+ws+"}:audit:anchor")
		wantCheckpointBroken(t, s, ws, c, left[0].ID, "chain broken")
	})
	t.Run("RefusesBrokenTrail", func(t *testing.T) {
		rdb, s, ws, ids := keyedTrail(t, 6)
		rdb.XDel(ctx, "dlg:{"+ws+"}:audit", ids[1])
		if _, err := s.TrimAudit(ctx, ws, s.Now()); err == nil {
			t.Fatal("trim anchored over a deleted entry")
		}
	})
}

// TestAuditLegacyPrefix: a trail begun before the audit key (unkeyed SHA-1
// entries, field "hash") still verifies, and keyed entries chain onto it.
func TestAuditLegacyPrefix(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s, ws := storage.New(rdb), workspace(t)
	s.AuditKey = testAuditKey
	key := "dlg:{" + ws + "}:audit"
	prev := ""
	for i := range 3 {
		values := map[string]string{"at": "1700000000000", "actor": "bot", "action": "old", "ticket": "", "channel": "",
			"from": "", "to": "", "detail": string(rune('a' + i))}
		var b strings.Builder
		b.WriteString(prev)
		var vals []any
		for _, f := range []string{"at", "actor", "action", "ticket", "channel", "from", "to", "detail"} {
			v := values[f]
			b.WriteString("\n" + strconv.Itoa(len(f)) + ":" + f + "\n" + strconv.Itoa(len(v)) + ":" + v)
			vals = append(vals, f, v)
		}
		sum := sha1.Sum([]byte(b.String()))
		h := hex.EncodeToString(sum[:])
		if err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: key, Values: append(vals, "prev", prev, "hash", h)}).Err(); err != nil {
			t.Fatal(err)
		}
		prev = h
	}
	rdb.Set(ctx, key+":head", prev, 0)
	if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "new"}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.VerifyAudit(ctx, ws); err != nil || n != 4 {
		t.Fatalf("legacy prefix and a keyed entry: verified %d, err %v", n, err)
	}
	if _, err := s.AuditCheckpoint(ctx, ws); err != nil {
		t.Fatal(err)
	}
}
