package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// Retention: a done or cancelled ticket keeps its PHI-bearing fields (text,
// subject, people, PHI values, notes) only for the retention period
// (DELEGATEBOT_PHI_RETENTION). PurgeFinished then deletes them, keeping the
// redacted copies and the metadata lists and reports need, and marks the
// ticket purged; decodeTicket reads a purged ticket with its redacted copies
// in place of the originals.

// PurgeFinished purges up to limit tickets of ws that finished before
// before, each in its own transaction with a "ticket.purge" audit entry,
// and returns how many it purged. Tickets finished before the finished
// index existed are indexed first, by their last update.
func (s *Store) PurgeFinished(ctx context.Context, ws string, before time.Time, limit int) (int, error) {
	if err := validWorkspace(ws); err != nil {
		return 0, err
	}
	if err := s.backfillFinished(ctx, ws); err != nil {
		return 0, err
	}
	ids, err := s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
		Key: finishedKey(ws), ByScore: true, Start: "-inf", Stop: "(" + strconv.FormatInt(before.Unix(), 10), Count: int64(limit),
	}).Result()
	if err != nil {
		return 0, fmt.Errorf("purge: %w", err)
	}
	purged := 0
	for _, id := range ids {
		n, _ := strconv.ParseInt(id, 10, 64)
		did, err := s.purgeTicket(ctx, ws, n, before)
		if err != nil {
			return purged, fmt.Errorf("purge %s: %w", delegatebot.TicketID(n), err)
		}
		if did {
			purged++
		}
	}
	if len(ids) > 0 {
		s.wrote()
	}
	return purged, nil
}

func (s *Store) purgeTicket(ctx context.Context, ws string, n int64, before time.Time) (bool, error) {
	tkey := ticketKey(ws, n)
	did := false
	err := s.watch(ctx, func(tx *redis.Tx) error {
		v, err := tx.HMGet(ctx, tkey, fieldStatus, fieldPurged).Result()
		if err != nil {
			return err
		}
		status, _ := v[0].(string)
		already, _ := v[1].(string)
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.ZRem(ctx, finishedKey(ws), n)
			if !delegatebot.Status(status).Final() || already != "" {
				return nil // gone, reopened by hand, or done already
			}
			now := s.Now()
			p.HDel(ctx, tkey, sealedFields...)
			p.Del(ctx, notesKey(ws, n))
			p.HSet(ctx, tkey, fieldPurged, fmtTime(now))
			p.HIncrBy(ctx, tkey, fieldVersion, 1)
			s.addAudit(ctx, p, delegatebot.AuditEntry{At: now, Workspace: ws, Actor: "bot", Action: "ticket.purge",
				Ticket: delegatebot.TicketID(n), Detail: "retention: finished before " + fmtTime(before)})
			did = true
			return nil
		})
		return err
	}, tkey)
	s.tickets.drop(ws, n) // its text is gone from Redis: not kept here either
	return did, err
}

// backfillFinished indexes, once per workspace, the done and cancelled
// tickets that finished before the finished index existed, by their last
// update.
func (s *Store) backfillFinished(ctx context.Context, ws string) error {
	ok, err := s.rdb.SetNX(ctx, finishedBackfillKey(ws), "1", 0).Result()
	if err != nil {
		return fmt.Errorf("purge: %w", err)
	}
	if !ok {
		return nil
	}
	for _, st := range []delegatebot.Status{delegatebot.StatusDone, delegatebot.StatusCancelled} {
		ids, err := s.rdb.ZRange(ctx, statusKey(ws, st), 0, -1).Result()
		if err != nil {
			return fmt.Errorf("purge: %w", err)
		}
		for _, id := range ids {
			n, _ := strconv.ParseInt(id, 10, 64)
			v, err := s.rdb.HMGet(ctx, ticketKey(ws, n), fieldUpdated, fieldPurged).Result()
			if err != nil {
				return fmt.Errorf("purge: %w", err)
			}
			upd, _ := v[0].(string)
			if p, _ := v[1].(string); p != "" || upd == "" {
				continue
			}
			at, err := time.Parse(time.RFC3339Nano, upd)
			if err != nil {
				continue
			}
			if err := s.rdb.ZAddNX(ctx, finishedKey(ws), redis.Z{Score: float64(at.Unix()), Member: n}).Err(); err != nil && !errors.Is(err, redis.Nil) {
				return fmt.Errorf("purge: %w", err)
			}
		}
	}
	return nil
}
