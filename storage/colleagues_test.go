package storage_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/storage"
)

func TestColleagues(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	s := storage.New(rdb)
	s.Keys = keyring(t, storage.NewKey())
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return now }
	ws, other := workspace(t), workspace(t)+"x"
	key := "dlg:{" + ws + "}:colleagues"

	t.Run("NoneCached", func(t *testing.T) {
		c, err := s.Colleagues(ctx, ws)
		if err != nil || !c.FetchedAt.IsZero() || c.Names != nil {
			t.Fatalf("Colleagues before any fetch = %+v, %v; want zero", c, err)
		}
		if !c.Stale(now, time.Hour) {
			t.Fatal("an empty cache is not stale")
		}
	})
	t.Run("OK", func(t *testing.T) {
		names := []string{"Dana Whitfield", "Priya Raman"}
		if err := s.SetColleagues(ctx, ws, names, 24*time.Hour); err != nil {
			t.Fatal(err)
		}
		c, err := s.Colleagues(ctx, ws)
		if err != nil || strings.Join(c.Names, "|") != "Dana Whitfield|Priya Raman" || !c.FetchedAt.Equal(now) {
			t.Fatalf("Colleagues = %+v, %v", c, err)
		}
		if c.Stale(now.Add(time.Hour), 6*time.Hour) || !c.Stale(now.Add(6*time.Hour), 6*time.Hour) {
			t.Fatal("Stale does not follow the refresh interval")
		}
		if ttl := rdb.TTL(ctx, key).Val(); ttl <= 23*time.Hour || ttl > 24*time.Hour {
			t.Fatalf("TTL of %s = %v, want 24h", key, ttl)
		}
	})
	t.Run("SealedAtRest", func(t *testing.T) {
		raw := rdb.Get(ctx, key).Val()
		if !strings.HasPrefix(raw, "enc2:") || strings.Contains(raw, "Whitfield") {
			t.Fatalf("stored value is not sealed: %.40q", raw)
		}
	})
	t.Run("ErrMovedToOtherWorkspace", func(t *testing.T) {
		// A blob copied to another workspace's key does not open there.
		rdb.Set(ctx, "dlg:{"+other+"}:colleagues", rdb.Get(ctx, key).Val(), time.Minute)
		t.Cleanup(func() { rdb.Del(ctx, "dlg:{"+other+"}:colleagues") })
		if _, err := s.Colleagues(ctx, other); !errors.Is(err, storage.ErrIntegrity) {
			t.Fatalf("moved blob: err = %v, want ErrIntegrity", err)
		}
	})
	t.Run("ErrBadTTL", func(t *testing.T) {
		if err := s.SetColleagues(ctx, ws, nil, 0); err == nil {
			t.Fatal("SetColleagues with ttl 0: no error")
		}
	})
}
