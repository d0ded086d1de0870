package storage_test

import (
	"context"
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

// auditTrail makes a workspace with ten audit entries and returns the raw
// client, the store and the entries' ids.
func auditTrail(t *testing.T) (*redis.Client, *storage.Store, string, []string) {
	t.Helper()
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s, ws := storage.New(rdb), workspace(t)
	if _, err := s.CreateTicket(ctx, newTicket(ws, "dana"), ""); err != nil {
		t.Fatal(err)
	}
	for i := range 9 {
		if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "guard.redact", Detail: "redact SSN=" + string(rune('1'+i))}); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.VerifyAudit(ctx, ws); err != nil || n != 10 {
		t.Fatalf("intact trail: verified %d entries, err %v", n, err)
	}
	msgs, err := rdb.XRange(ctx, "dlg:{"+ws+"}:audit", "-", "+").Result()
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	return rdb, s, ws, ids
}

func wantBroken(t *testing.T, s *storage.Store, ws, id string) {
	t.Helper()
	_, err := s.VerifyAudit(context.Background(), ws)
	var ae *storage.AuditError
	if !errors.As(err, &ae) || ae.ID != id {
		t.Fatalf("VerifyAudit err = %v, want an AuditError naming %s", err, id)
	}
}

func TestAuditChain(t *testing.T) {
	ctx := context.Background()
	t.Run("EditedEntry", func(t *testing.T) {
		rdb, s, ws, ids := auditTrail(t)
		key := "dlg:{" + ws + "}:audit"
		// Rewrite the stream with entry 4's detail changed, keeping ids and hashes.
		msgs, _ := rdb.XRange(ctx, key, "-", "+").Result()
		rdb.Del(ctx, key)
		for i, m := range msgs {
			if i == 4 {
				m.Values["detail"] = "redact SSN=0"
			}
			var vals []any
			for _, f := range []string{"at", "actor", "action", "ticket", "channel", "from", "to", "detail", "prev", "mac"} {
				vals = append(vals, f, m.Values[f])
			}
			if err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: key, ID: m.ID, Values: vals}).Err(); err != nil {
				t.Fatal(err)
			}
		}
		wantBroken(t, s, ws, ids[4])
	})
	t.Run("DeletedFromMiddle", func(t *testing.T) {
		rdb, s, ws, ids := auditTrail(t)
		rdb.XDel(ctx, "dlg:{"+ws+"}:audit", ids[5])
		wantBroken(t, s, ws, ids[6])
	})
	t.Run("DeletedNewest", func(t *testing.T) {
		rdb, s, ws, ids := auditTrail(t)
		rdb.XDel(ctx, "dlg:{"+ws+"}:audit", ids[9])
		wantBroken(t, s, ws, "head")
	})
	t.Run("DeletedOldest", func(t *testing.T) {
		rdb, s, ws, ids := auditTrail(t)
		rdb.XDel(ctx, "dlg:{"+ws+"}:audit", ids[0])
		wantBroken(t, s, ws, ids[1])
	})
	t.Run("TrimKeepsChainAndRetention", func(t *testing.T) {
		rdb, s, ws, ids := auditTrail(t)
		cut := pastStreamID(t, rdb, ids[len(ids)-1])
		if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "late"}); err != nil {
			t.Fatal(err)
		}
		dropped, err := s.TrimAudit(ctx, ws, cut)
		if err != nil || dropped != int64(len(ids)) {
			t.Fatalf("trim dropped %d (err %v), want %d", dropped, err, len(ids))
		}
		n, err := s.VerifyAudit(ctx, ws)
		if err != nil || n != 1 {
			t.Fatalf("after trim: verified %d entries, err %v; want 1 intact", n, err)
		}
	})
	t.Run("ScanRange", func(t *testing.T) {
		_, s, ws, _ := auditTrail(t)
		var all []delegatebot.AuditEntry
		if err := s.ScanAudit(ctx, ws, time.Time{}, time.Time{}, func(e delegatebot.AuditEntry) error { all = append(all, e); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(all) != 10 || all[0].Action != "ticket.create" {
			t.Fatalf("scan found %d entries, first %q", len(all), all[0].Action)
		}
		n := 0
		s.ScanAudit(ctx, ws, all[0].At.Add(24*time.Hour), time.Time{}, func(delegatebot.AuditEntry) error { n++; return nil })
		if n != 0 {
			t.Fatalf("scan since tomorrow found %d entries", n)
		}
	})
}

// pastStreamID waits until the server's clock has passed the millisecond of
// stream entry id, so that the next entry gets a later one, and returns the
// start of the next millisecond: a cut between the two. Stream ids come from
// the server's clock, which tests cannot inject; the wait is at most a
// millisecond, and its bound only turns a stuck clock into a failure.
func pastStreamID(t *testing.T, rdb redis.UniversalClient, id string) time.Time {
	t.Helper()
	ms, err := strconv.ParseInt(strings.SplitN(id, "-", 2)[0], 10, 64)
	if err != nil {
		t.Fatalf("stream id %q: %v", id, err)
	}
	for bound := time.Now().Add(10 * time.Second); time.Now().Before(bound); {
		now, err := rdb.Time(context.Background()).Result()
		if err != nil {
			t.Fatal(err)
		}
		if now.UnixMilli() > ms {
			return time.UnixMilli(ms + 1)
		}
	}
	t.Fatalf("the server's clock did not pass stream id %s", id)
	return time.Time{}
}
