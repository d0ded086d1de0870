package storage

import (
	"context"
	"fmt"
	"strconv"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// RotateKeys re-encrypts, under the current key, every ticket's sealed
// fields (text, subject, people, PHI values) and notes still in plain text
// or under an old key, in every workspace: after an upgrade from a version
// that kept subject and people in plain text, it leaves none behind. Each ticket is
// rewritten in its own transaction, so the bot keeps serving meanwhile.
// progress, when set, is called after each workspace with its counts.
func (s *Store) RotateKeys(ctx context.Context, progress func(ws string, checked, rewritten int)) (int, error) {
	if s.Keys == nil {
		return 0, fmt.Errorf("rotate keys: no encryption key configured")
	}
	wss, err := s.rdb.SMembers(ctx, workspacesKey()).Result()
	if err != nil {
		return 0, fmt.Errorf("rotate keys: list workspaces: %w", err)
	}
	total := 0
	for _, ws := range wss {
		checked, rewritten := 0, 0
		var after int64
		for {
			ids, err := s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
				Key: allKey(ws), ByScore: true, Start: "(" + strconv.FormatInt(after, 10), Stop: "+inf", Count: 500,
			}).Result()
			if err != nil {
				return total, fmt.Errorf("rotate keys: %w", err)
			}
			for _, id := range ids {
				n, _ := strconv.ParseInt(id, 10, 64)
				did, err := s.rotateTicket(ctx, ws, n)
				if err != nil {
					return total, fmt.Errorf("rotate keys: %s %s: %w", ws, delegatebot.TicketID(n), err)
				}
				checked++
				if did {
					rewritten++
				}
				after = n
			}
			if len(ids) < 500 {
				break
			}
		}
		if rewritten > 0 {
			if err := s.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: "bot", Action: "keys.rotate",
				Detail: fmt.Sprintf("key=%s tickets=%d", s.Keys.Current(), rewritten)}); err != nil {
				return total, err
			}
		}
		total += rewritten
		if progress != nil {
			progress(ws, checked, rewritten)
		}
	}
	s.wrote()
	return total, nil
}

// sealedFields are the fields of a ticket's hash that are encrypted.
var sealedFields = []string{fieldText, fieldSubject, fieldPeople, fieldPHI}

func (s *Store) rotateTicket(ctx context.Context, ws string, n int64) (bool, error) {
	tkey, nkey := ticketKey(ws, n), notesKey(ws, n)
	did := false
	err := s.watch(ctx, func(tx *redis.Tx) error {
		sealed, err := tx.HMGet(ctx, tkey, sealedFields...).Result()
		if err != nil && err != redis.Nil {
			return err
		}
		notes, err := tx.LRange(ctx, nkey, 0, -1).Result()
		if err != nil {
			return err
		}
		stale := false
		plain := make([]string, len(sealed))
		for i, v := range sealed {
			raw, _ := v.(string)
			stale = stale || s.Keys.needsRotation(raw)
			if plain[i], err = s.Keys.openAs(raw, ticketBinding(ws, n, sealedFields[i]), true); err != nil {
				return err
			}
		}
		for _, raw := range notes {
			stale = stale || s.Keys.needsRotation(raw)
		}
		if !stale {
			return nil
		}
		resealed := make([]any, len(notes))
		for i, raw := range notes {
			p, err := s.Keys.openAs(raw, ticketBinding(ws, n, "note"), true)
			if err != nil {
				return err
			}
			resealed[i] = s.Keys.seal(p, ticketBinding(ws, n, "note"))
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			pairs := make([]any, 0, 2*len(plain))
			for i, f := range sealedFields {
				if plain[i] != "" {
					pairs = append(pairs, f, s.Keys.seal(plain[i], ticketBinding(ws, n, f)))
				}
			}
			if len(pairs) > 0 {
				p.HSet(ctx, tkey, pairs...)
			}
			if len(resealed) > 0 {
				p.Del(ctx, nkey)
				p.RPush(ctx, nkey, resealed...)
			}
			if len(pairs) > 0 {
				// A write of the ticket (ticketcache.go); only when its
				// hash exists, which HINCRBY would otherwise create.
				p.HIncrBy(ctx, tkey, fieldVersion, 1)
			}
			return nil
		})
		did = err == nil
		return err
	}, tkey, nkey)
	s.tickets.drop(ws, n)
	return did, err
}
