package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

var (
	auditKeyA = []byte("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	auditKeyB = []byte("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")
)

// rotationStores returns stores on one Redis: before the rotation (key A),
// after it (key B, A kept to verify) and after A was retired (B alone).
func rotationStores(t *testing.T) (rdb *redis.Client, before, after, retired *storage.Store, ws string) {
	rdb = redistest.Client(t, testDB)
	before, after, retired = storage.New(rdb), storage.New(rdb), storage.New(rdb)
	before.AuditKey = auditKeyA
	after.AuditKey, after.OldAuditKeys = auditKeyB, [][]byte{auditKeyA}
	retired.AuditKey = auditKeyB
	return rdb, before, after, retired, workspace(t)
}

func appendN(t *testing.T, s *storage.Store, ws string, n int, what string) []string {
	t.Helper()
	for i := range n {
		if err := s.Audit(context.Background(), delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: what, Detail: "n=" + string(rune('a'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	return streamIDs(t, s, ws)
}

func streamIDs(t *testing.T, s *storage.Store, ws string) []string {
	t.Helper()
	es, err := s.ReadAudit(context.Background(), ws, "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

func wantAuditError(t *testing.T, err error, id, reason string) {
	t.Helper()
	var ae *storage.AuditError
	if !errors.As(err, &ae) || ae.ID != id || !strings.Contains(ae.Reason, reason) {
		t.Fatalf("err = %v, want an AuditError naming %s (%s)", err, id, reason)
	}
}

func TestAuditKeyRotation(t *testing.T) {
	ctx := context.Background()
	t.Run("OldEntriesAndCheckpointsVerify", func(t *testing.T) {
		_, before, after, retired, ws := rotationStores(t)
		appendN(t, before, ws, 4, "before")
		old, err := before.AuditCheckpoint(ctx, ws)
		if err != nil {
			t.Fatal(err)
		}
		if old.Kid != storage.KeyID(auditKeyA) {
			t.Fatalf("checkpoint kid %q, want key A's id", old.Kid)
		}
		ids := appendN(t, after, ws, 3, "after")
		if n, err := after.VerifyAudit(ctx, ws); err != nil || n != 7 {
			t.Fatalf("after the rotation: verified %d, err %v; want 7", n, err)
		}
		if n, err := after.VerifyAuditCheckpoint(ctx, ws, old); err != nil || n != 7 {
			t.Fatalf("a checkpoint signed by the old key: verified %d, err %v", n, err)
		}
		cur, err := after.AuditCheckpoint(ctx, ws)
		if err != nil || cur.Kid != storage.KeyID(auditKeyB) {
			t.Fatalf("new checkpoint kid %q (err %v), want key B's id", cur.Kid, err)
		}
		// Retiring A too early names what still needs it.
		_, err = retired.VerifyAudit(ctx, ws)
		wantAuditError(t, err, ids[0], "audit key "+storage.KeyID(auditKeyA)+", which is not configured")
		if _, err := retired.VerifyAuditCheckpoint(ctx, ws, old); err == nil || !strings.Contains(err.Error(), "not configured") {
			t.Fatalf("old checkpoint with A retired: err %v, want one naming the missing key", err)
		}
	})
	t.Run("OldKeyCannotAppendAfterRotation", func(t *testing.T) {
		// Someone holding only the old key (it leaked: why it was rotated)
		// appends a forged entry after the rotation.
		_, before, after, _, ws := rotationStores(t)
		appendN(t, before, ws, 2, "before")
		appendN(t, after, ws, 2, "after")
		ids := appendN(t, before, ws, 1, "forged")
		_, err := after.VerifyAudit(ctx, ws)
		wantAuditError(t, err, ids[4], "an old key cannot sign after a rotation")
	})
	t.Run("EntriesWithoutKeyID", func(t *testing.T) {
		// Written before key ids, under what is now an old key.
		_, before, after, _, ws := rotationStores(t)
		for range 3 {
			if err := before.AppendAuditWithoutKeyID(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "legacy", At: time.Now()}); err != nil {
				t.Fatal(err)
			}
		}
		appendN(t, after, ws, 2, "after")
		if n, err := after.VerifyAudit(ctx, ws); err != nil || n != 5 {
			t.Fatalf("verified %d, err %v; want 5", n, err)
		}
		// ...but never after an entry that names its key.
		if err := before.AppendAuditWithoutKeyID(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "forged", At: time.Now()}); err != nil {
			t.Fatal(err)
		}
		ids := streamIDs(t, after, ws)
		_, err := after.VerifyAudit(ctx, ws)
		wantAuditError(t, err, ids[5], "without a key id after ones with")
	})
	t.Run("AnchorAcrossRotation", func(t *testing.T) {
		// A trim under the old key keeps the newest entry, so its anchor
		// still verifies after the rotation, and the next trim signs it
		// again under the new key.
		rdb, before, after, _, ws := rotationStores(t)
		ids := appendN(t, before, ws, 3, "before")
		if n, err := before.TrimAudit(ctx, ws, pastStreamID(t, rdb, ids[2])); err != nil || n != 2 {
			t.Fatalf("trim of a 3-entry trail: dropped %d, err %v; want 2 (the newest is kept)", n, err)
		}
		appendN(t, after, ws, 2, "after")
		if n, err := after.VerifyAudit(ctx, ws); err != nil || n != 3 {
			t.Fatalf("after the rotation: verified %d, err %v; want 3", n, err)
		}
		if n, err := after.TrimAudit(ctx, ws, time.UnixMilli(0)); err != nil || n != 0 {
			t.Fatalf("re-signing trim: dropped %d, err %v", n, err)
		}
		if n, err := after.VerifyAudit(ctx, ws); err != nil || n != 3 {
			t.Fatalf("after the re-signing trim: verified %d, err %v", n, err)
		}
	})
	t.Run("AnchorWithoutKeyIDResigned", func(t *testing.T) {
		// An anchor from before key ids: a trim with nothing to drop signs
		// it again, naming its key, so that the key order applies to it
		// after the next rotation.
		rdb, before, _, _, ws := rotationStores(t)
		ids := appendN(t, before, ws, 3, "before")
		msgs, err := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", ids[0], ids[0]).Result()
		if err != nil || len(msgs) != 1 {
			t.Fatal(err)
		}
		if err := before.ForgeAnchor(ctx, ws, ids[0], msgs[0].Values["mac"].(string), 1, false); err != nil {
			t.Fatal(err)
		}
		rdb.XTrimMinID(ctx, "dlg:{"+ws+"}:audit", ids[1])
		if n, err := before.VerifyAudit(ctx, ws); err != nil || n != 2 {
			t.Fatalf("with an anchor from before key ids: verified %d, err %v", n, err)
		}
		if n, err := before.TrimAudit(ctx, ws, time.UnixMilli(0)); err != nil || n != 0 {
			t.Fatalf("re-signing trim: dropped %d, err %v", n, err)
		}
		raw, _ := rdb.Get(ctx, "dlg:{"+ws+"}:audit:anchor").Result()
		if !strings.Contains(raw, `"kid":"`+storage.KeyID(auditKeyA)+`"`) {
			t.Fatalf("anchor after the trim = %s, want it to name key A", raw)
		}
		if n, err := before.VerifyAudit(ctx, ws); err != nil || n != 2 {
			t.Fatalf("after the re-signing trim: verified %d, err %v", n, err)
		}
	})
	t.Run("AnchorForgedWithOldKey", func(t *testing.T) {
		// Someone holding the old key deletes the first entries signed by
		// the new one and forges an anchor claiming they were trimmed.
		rdb, before, after, _, ws := rotationStores(t)
		appendN(t, before, ws, 2, "before")
		ids := appendN(t, after, ws, 3, "after")
		msgs, err := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", ids[3], ids[3]).Result()
		if err != nil || len(msgs) != 1 {
			t.Fatal(err)
		}
		if err := before.ForgeAnchor(ctx, ws, ids[3], msgs[0].Values["mac"].(string), 4, true); err != nil {
			t.Fatal(err)
		}
		rdb.XTrimMinID(ctx, "dlg:{"+ws+"}:audit", ids[4])
		_, err = after.VerifyAudit(ctx, ws)
		wantAuditError(t, err, "anchor", "older audit key than the entry after it")
		// The same anchor signed by the current key passes: the order is
		// what tells them apart.
		if err := after.ForgeAnchor(ctx, ws, ids[3], msgs[0].Values["mac"].(string), 4, true); err != nil {
			t.Fatal(err)
		}
		if n, err := after.VerifyAudit(ctx, ws); err != nil || n != 1 {
			t.Fatalf("anchor under the current key: verified %d, err %v", n, err)
		}
	})
}
