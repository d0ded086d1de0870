package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// The inbox is a durable queue of raw platform events, one per platform. An
// adapter acknowledges a delivery only once the event is in the inbox, so a
// platform that retries unacknowledged deliveries (Slack) loses nothing when
// Redis is down: the delivery is refused and comes again. Workers lease an
// event, handle it and acknowledge it; a worker that dies leaves its lease to
// expire and another worker gets the event again. Event bodies hold message
// text, so they are encrypted like ticket text.

// inboxMaxAge bounds how long an event that keeps failing is retried.
const inboxMaxAge = time.Hour

// enqueueScript adds an event unless its id was seen.
//
// KEYS[1] the seen marker of the event id, KEYS[2] the queue
// ARGV[1] marker ttl in seconds, ARGV[2] the item
// Returns 1 when queued, 0 for a duplicate.
var enqueueScript = redis.NewScript(`
if redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  return 1
end
return 0
`)

// dequeueScript leases the oldest expired lease, else the next queued item.
//
// KEYS[1] the queue, KEYS[2] the leases (scored by expiry, Unix ms)
// ARGV[1] now, ARGV[2] the new lease's expiry
// Returns the item, or false when there is none.
var dequeueScript = redis.NewScript(`
local item
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, 1)
if #expired > 0 then
  item = expired[1]
else
  item = redis.call('LPOP', KEYS[1])
end
if not item then return false end
redis.call('ZADD', KEYS[2], ARGV[2], item)
return item
`)

// inboxItem is what the queue holds. The sealed body makes every item
// unique, so an item string identifies its lease.
type inboxItem struct {
	Workspace string `json:"w"`
	Event     string `json:"e"`
	At        int64  `json:"t"` // enqueued, Unix ms
	Body      string `json:"b"`
}

// Enqueue stores an event body for platform unless its event id was queued
// before (within a day); it reports whether it queued it.
func (s *Store) Enqueue(ctx context.Context, platform, ws, eventID string, body []byte) (bool, error) {
	if err := validWorkspace(ws); err != nil {
		return false, err
	}
	if eventID == "" {
		return false, errors.New("enqueue: an event id is required")
	}
	item, err := json.Marshal(inboxItem{Workspace: ws, Event: eventID, At: s.Now().UnixMilli(), Body: s.Keys.seal(string(body), inboxBinding(platform, ws, eventID))})
	if err != nil {
		return false, fmt.Errorf("enqueue: %w", err)
	}
	n, err := enqueueScript.Run(ctx, s.rdb, []string{inboxSeenKey(platform, ws, eventID), inboxKey(platform)},
		int((createdTTL).Seconds()), string(item)).Int()
	if err != nil {
		return false, fmt.Errorf("enqueue: %w", err)
	}
	if n == 1 {
		s.wrote()
	}
	return n == 1, nil
}

// Dequeue leases the next event of platform for lease and returns the item
// (to Ack) and its body; item is "" when the inbox is empty. Events older
// than an hour that still fail are dropped here, with an error naming them.
func (s *Store) Dequeue(ctx context.Context, platform string, lease time.Duration) (item string, body []byte, err error) {
	now := s.Now()
	v, err := dequeueScript.Run(ctx, s.rdb, []string{inboxKey(platform), inboxLeaseKey(platform)},
		now.UnixMilli(), now.Add(lease).UnixMilli()).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil, nil
	} else if err != nil {
		return "", nil, fmt.Errorf("dequeue: %w", err)
	}
	s.wrote()
	var it inboxItem
	if err := json.Unmarshal([]byte(v), &it); err != nil {
		s.Ack(ctx, platform, v)
		return "", nil, fmt.Errorf("dequeue: malformed item dropped")
	}
	if now.Sub(time.UnixMilli(it.At)) > inboxMaxAge {
		s.Ack(ctx, platform, v)
		return "", nil, fmt.Errorf("dequeue: event %s of %s kept failing for %s; dropped", it.Event, it.Workspace, inboxMaxAge)
	}
	plain, err := s.Keys.open(it.Body, inboxBinding(platform, it.Workspace, it.Event))
	if err != nil {
		return "", nil, fmt.Errorf("dequeue: event %s: %w", it.Event, err)
	}
	return v, []byte(plain), nil
}

// Ack ends the lease of a handled item: it will not be delivered again.
func (s *Store) Ack(ctx context.Context, platform, item string) error {
	if err := s.rdb.ZRem(ctx, inboxLeaseKey(platform), item).Err(); err != nil {
		return fmt.Errorf("ack: %w", err)
	}
	s.wrote()
	return nil
}

// InboxLen reports how many events of platform wait or are leased.
func (s *Store) InboxLen(ctx context.Context, platform string) (queued, leased int64, err error) {
	p := s.rdb.Pipeline()
	q := p.LLen(ctx, inboxKey(platform))
	l := p.ZCard(ctx, inboxLeaseKey(platform))
	if _, err := p.Exec(ctx); err != nil {
		return 0, 0, fmt.Errorf("inbox length: %w", err)
	}
	return q.Val(), l.Val(), nil
}
