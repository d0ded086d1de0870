package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
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
// An expired lease is a failed attempt (an error to retry, a panic, a worker
// that died); an item whose attempts reach the limit is parked instead of
// leased again, so one poisoned event cannot occupy every worker forever.
//
// KEYS[1] the queue, KEYS[2] the leases (scored by expiry, Unix ms),
// KEYS[3] the attempts (item -> expired leases), KEYS[4] the parked list
// ARGV[1] now, ARGV[2] the new lease's expiry, ARGV[3] the attempt limit
// Returns the item, or false when there is none.
var dequeueScript = redis.NewScript(`
local item
while true do
  local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, 1)
  if #expired == 0 then break end
  local n = redis.call('HINCRBY', KEYS[3], expired[1], 1)
  if n < tonumber(ARGV[3]) then
    item = expired[1]
    break
  end
  redis.call('ZREM', KEYS[2], expired[1])
  redis.call('HDEL', KEYS[3], expired[1])
  redis.call('RPUSH', KEYS[4], expired[1])
end
if not item then
  item = redis.call('LPOP', KEYS[1])
end
if not item then return false end
redis.call('ZADD', KEYS[2], ARGV[2], item)
return item
`)

// MaxAttempts is how many times an event is leased before it is parked.
const MaxAttempts = 5

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
	n, err := s.enqueue(ctx, []string{inboxSeenKey(platform, ws, eventID), inboxKey(platform)},
		int((createdTTL).Seconds()), string(item))
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
// than an hour that still fail are parked here, with an error naming them.
func (s *Store) Dequeue(ctx context.Context, platform string, lease time.Duration) (item string, body []byte, err error) {
	now := s.Now()
	v, err := dequeueScript.Run(ctx, s.rdb, dequeueKeys(platform), dequeueArgs(now, lease)...).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil, nil
	} else if err != nil {
		return "", nil, fmt.Errorf("dequeue: %w", err)
	}
	return s.openItem(ctx, platform, v, now)
}

func dequeueKeys(platform string) []string {
	return []string{inboxKey(platform), inboxLeaseKey(platform), inboxAttemptsKey(platform), inboxParkedKey(platform)}
}

func dequeueArgs(now time.Time, lease time.Duration) []any {
	return []any{now.UnixMilli(), now.Add(lease).UnixMilli(), MaxAttempts}
}

// openItem reads a leased item: its body, decrypted; an item that kept
// failing for inboxMaxAge is parked, a malformed one dropped.
func (s *Store) openItem(ctx context.Context, platform, v string, now time.Time) (item string, body []byte, err error) {
	s.wrote()
	var it inboxItem
	if err := json.Unmarshal([]byte(v), &it); err != nil {
		s.Ack(ctx, platform, v)
		return "", nil, fmt.Errorf("dequeue: malformed item dropped")
	}
	if now.Sub(time.UnixMilli(it.At)) > inboxMaxAge {
		if err := s.park(ctx, platform, v); err != nil {
			return "", nil, err
		}
		return "", nil, fmt.Errorf("dequeue: event %s of %s kept failing for %s; parked", it.Event, it.Workspace, inboxMaxAge)
	}
	plain, err := s.Keys.open(it.Body, inboxBinding(platform, it.Workspace, it.Event))
	if err != nil {
		return "", nil, fmt.Errorf("dequeue: event %s: %w", it.Event, err)
	}
	return v, []byte(plain), nil
}

// Ack ends the lease of a handled item: it will not be delivered again.
func (s *Store) Ack(ctx context.Context, platform, item string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, inboxLeaseKey(platform), item)
		p.HDel(ctx, inboxAttemptsKey(platform), item)
		return nil
	})
	if err != nil {
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

// park sets a leased item aside for an operator (delegatebot inbox).
func (s *Store) park(ctx context.Context, platform, item string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.ZRem(ctx, inboxLeaseKey(platform), item)
		p.HDel(ctx, inboxAttemptsKey(platform), item)
		p.RPush(ctx, inboxParkedKey(platform), item)
		return nil
	})
	if err != nil {
		return fmt.Errorf("park event: %w", err)
	}
	s.wrote()
	return nil
}

// ParkedEvent describes an event set aside after too many failed attempts,
// without its body (it holds message text).
type ParkedEvent struct {
	Workspace string
	EventID   string
	Enqueued  time.Time
}

// ParkedEvents lists the parked events of platform, oldest first.
func (s *Store) ParkedEvents(ctx context.Context, platform string) ([]ParkedEvent, error) {
	items, err := s.rdb.LRange(ctx, inboxParkedKey(platform), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("list parked events: %w", err)
	}
	out := make([]ParkedEvent, 0, len(items))
	for _, v := range items {
		var it inboxItem
		if json.Unmarshal([]byte(v), &it) != nil {
			it.Event = "(malformed)"
		}
		out = append(out, ParkedEvent{Workspace: it.Workspace, EventID: it.Event, Enqueued: time.UnixMilli(it.At).UTC()})
	}
	return out, nil
}

// RetryParked puts the parked events of platform with eventID (every one
// when eventID is "") back in the queue, as new, and returns how many.
func (s *Store) RetryParked(ctx context.Context, platform, eventID string) (int, error) {
	return s.takeParked(ctx, platform, eventID, true)
}

// DropParked deletes the parked events of platform with eventID (every one
// when eventID is "") and returns how many.
func (s *Store) DropParked(ctx context.Context, platform, eventID string) (int, error) {
	return s.takeParked(ctx, platform, eventID, false)
}

func (s *Store) takeParked(ctx context.Context, platform, eventID string, requeue bool) (int, error) {
	key := inboxParkedKey(platform)
	n := 0
	err := s.watch(ctx, func(tx *redis.Tx) error {
		items, err := tx.LRange(ctx, key, 0, -1).Result()
		if err != nil {
			return err
		}
		n = 0
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			for _, v := range items {
				var it inboxItem
				json.Unmarshal([]byte(v), &it)
				if eventID != "" && it.Event != eventID {
					continue
				}
				n++
				p.LRem(ctx, key, 1, v)
				if requeue {
					it.At = s.Now().UnixMilli() // a fresh hour to succeed in
					b, _ := json.Marshal(it)
					p.RPush(ctx, inboxKey(platform), string(b))
				}
			}
			return nil
		})
		return err
	}, key)
	if err != nil {
		return 0, fmt.Errorf("parked events: %w", err)
	}
	s.wrote()
	return n, nil
}

// InboxDepth is how many events of a platform are in each state.
type InboxDepth struct {
	Queued, Leased, Parked int64
	// Oldest is when the oldest queued event was stored; zero when none
	// waits. Now minus Oldest is the inbox's lag.
	Oldest time.Time
}

// InboxDepth reads the depth of platform's inbox in one round trip.
func (s *Store) InboxDepth(ctx context.Context, platform string) (InboxDepth, error) {
	p := s.rdb.Pipeline()
	q := p.LLen(ctx, inboxKey(platform))
	l := p.ZCard(ctx, inboxLeaseKey(platform))
	k := p.LLen(ctx, inboxParkedKey(platform))
	first := p.LIndex(ctx, inboxKey(platform), 0)
	if _, err := p.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return InboxDepth{}, fmt.Errorf("inbox depth: %w", err)
	}
	d := InboxDepth{Queued: q.Val(), Leased: l.Val(), Parked: k.Val()}
	var it inboxItem
	if v := first.Val(); v != "" && json.Unmarshal([]byte(v), &it) == nil {
		d.Oldest = time.UnixMilli(it.At)
	}
	return d, nil
}

// inboxAck is an inbox item whose acknowledgement may ride on the write
// that ends its handling, and, with lease set, the lease of the next item
// too (in the same round trip, after the write).
type inboxAck struct {
	platform, item string
	done           atomic.Bool
	lease          time.Duration
	next           string // the next item, leased, still sealed
	nextAt         time.Time
}

type inboxAckKey struct{}

// WithAck returns ctx carrying the lease of item (from Dequeue): a ticket
// created with that context acknowledges the item in the same script, after
// the ticket's writes (an event is never acknowledged without its ticket),
// and so does a transition applied with it (a claim, a click on a card).
// AckedWith then reports true and the worker has nothing left to
// acknowledge. On Redis Cluster the inbox and the workspace are on
// different slots, so the item is acknowledged on its own (Ack).
func (s *Store) WithAck(ctx context.Context, platform, item string) context.Context {
	return s.WithAckLease(ctx, platform, item, 0)
}

// WithAckLease is WithAck that also leases the next item for lease (when
// positive) in the round trip that acknowledges this one, for Next.
func (s *Store) WithAckLease(ctx context.Context, platform, item string, lease time.Duration) context.Context {
	if _, cluster := s.rdb.(*redis.ClusterClient); cluster {
		return ctx
	}
	return context.WithValue(ctx, inboxAckKey{}, &inboxAck{platform: platform, item: item, lease: lease})
}

// Next returns the item WithAckLease leased with the acknowledgement, as
// Dequeue does (item "" when none was leased).
func (s *Store) Next(ctx context.Context) (item string, body []byte, err error) {
	a, _ := ctx.Value(inboxAckKey{}).(*inboxAck)
	if a == nil || a.next == "" {
		return "", nil, nil
	}
	v := a.next
	a.next = ""
	return s.openItem(ctx, a.platform, v, a.nextAt)
}

// runAcking runs script, which acknowledges a's item (when a is not nil),
// and, when a asks for it and holds no next item yet, the lease of the
// next item of a's platform in the same round trip. A server that lost the
// scripts (restarted) gets the script again with EVAL and no lease.
func (s *Store) runAcking(ctx context.Context, a *inboxAck, script *redis.Script, keys []string, args []any) *redis.Cmd {
	if a == nil || a.lease <= 0 || a.next != "" {
		return script.Run(ctx, s.rdb, keys, args...)
	}
	now := s.Now()
	p := s.rdb.Pipeline()
	run := script.EvalSha(ctx, p, keys, args...)
	next := dequeueScript.EvalSha(ctx, p, dequeueKeys(a.platform), dequeueArgs(now, a.lease)...)
	p.Exec(ctx)
	if v, err := next.Text(); err == nil && v != "" {
		a.next, a.nextAt = v, now
	}
	if err := run.Err(); err != nil && strings.HasPrefix(err.Error(), "NOSCRIPT") {
		return script.Run(ctx, s.rdb, keys, args...)
	}
	return run
}

// AckedWith reports whether the item WithAck put in ctx was acknowledged.
func (s *Store) AckedWith(ctx context.Context) bool {
	a, _ := ctx.Value(inboxAckKey{}).(*inboxAck)
	return a != nil && a.done.Load()
}

// ackWith is ctx's item still to acknowledge, or nil.
func (s *Store) ackWith(ctx context.Context) *inboxAck {
	a, _ := ctx.Value(inboxAckKey{}).(*inboxAck)
	if a == nil || a.done.Load() {
		return nil
	}
	return a
}
