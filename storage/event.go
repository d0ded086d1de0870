package storage

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// One event's reads in one round trip. Handling a chat message needs the
// sender's profile (time zone), their granted roles, clearance and support
// pairs, the workspace's channel policy and their pending question, a
// command (a claim) also the workspace's queue mode and whether the sender
// acknowledged the current PHI handling guidelines, and these used to cost
// a round trip each. WithEvent scopes a view of them to
// the handling of one event: the first read of any of them loads all of
// them in one pipeline, and the others are answered from that reading. The
// same pipeline reserves a ticket number for the event when it may open a
// ticket and the Store's pool runs short (EventKeys.Tickets, numbers.go).
//
// The view never outlives the event, so the next event reads afresh, and a
// write through the store with the event's context (SavePending,
// DropPending, a create that ends the pending question, SaveProfile, a role
// or clearance change, ApproveChannel, RevokeChannel, SetQueueMode,
// SetGuidelines, AcknowledgeGuidelines) drops the part it changed, so the
// event reads its own writes. A failed load is not kept:
// the caller sees the error (the guard fails closed) and the next read tries
// again.
//
// The pipeline may also record the event's delivery (EventKeys.Delivery),
// the one write in it: FirstDelivery then answers from that, and the
// answer is kept even when a read in the pipeline failed, so a second try
// of the reads never takes the event for a duplicate of itself.

// EventKeys names what one event is about: its workspace, and the platform,
// user and conversation of its sender. Empty fields are not prefetched.
type EventKeys struct {
	Workspace, Platform, User, Channel string
	// Tickets marks an event that may open a ticket (a message, a
	// command): its pipeline also reserves a ticket number for the
	// Store's pool when the pool runs short (numbers.go), so creating the
	// ticket costs one round trip.
	Tickets bool
	// Settings marks an event that may run a command (a claim, a
	// transition, a note, a listing): its pipeline also reads the
	// workspace's queue mode (QueueMode), the current guidelines version
	// and the sender's acknowledgement of them (AcknowledgedGuidelines).
	Settings bool
	// Delivery is the id of the event's delivery when the bot dedupes it
	// (FirstDelivery): the pipeline also records it, for DeliveryTTL, and
	// FirstDelivery for that id costs no round trip of its own.
	Delivery    string
	DeliveryTTL time.Duration
}

type eventViewKey struct{}

// eventView is one event's reading. parts not (yet) read are nil/false.
type eventView struct {
	keys EventKeys

	mu      sync.Mutex
	loaded  bool              // the pipeline ran (successfully)
	profile map[string]string // nil: not read or forgotten
	access  *Access
	pending *pendingRead
	policy  map[string]map[string]bool // workspace -> approved channels
	queue   *string                    // the queue mode as stored ("" unset)
	acked   *bool                      // the sender acknowledged the current guidelines
	first   *bool                      // recording Delivery found it new (kept once known)
}

// pendingRead is the pending question as read: its sealed value, or none.
type pendingRead struct {
	value string
	found bool
}

// WithEvent returns ctx carrying a view of k's profile, access, pending
// question and workspace policy for the handling of one event (see above).
// Reads about other users, conversations or workspaces go to Redis as
// without it (the policy of another workspace is read once per event).
func WithEvent(ctx context.Context, k EventKeys) context.Context {
	return context.WithValue(ctx, eventViewKey{}, &eventView{keys: k, policy: map[string]map[string]bool{}})
}

// WithPolicyMemo returns ctx carrying a channel-policy memo for the handling
// of one event: the first Approved of a workspace reads its whole approved
// set and the event's other checks — the inbound check, the reply, the
// queue card, a draft, ApprovedChannels for "view it in #channel" — use that
// reading instead of a round trip each. It is WithEvent without a sender.
func WithPolicyMemo(ctx context.Context) context.Context { return WithEvent(ctx, EventKeys{}) }

func viewOf(ctx context.Context) *eventView {
	v, _ := ctx.Value(eventViewKey{}).(*eventView)
	return v
}

// load runs the event's pipeline once: profile, access, pending question
// and the workspace's policy (version first, then the set unless this
// process holds the set of that version). Called with v.mu held.
func (v *eventView) load(ctx context.Context, s *Store) error {
	if v.loaded {
		return nil
	}
	k := v.keys
	if err := validWorkspace(k.Workspace); err != nil {
		return err
	}
	p := s.rdb.Pipeline()
	var seen *redis.BoolCmd
	if k.Delivery != "" && v.first == nil {
		seen = p.SetNX(ctx, seenKey(k.Workspace, k.Delivery), 1, k.DeliveryTTL)
		defer func() {
			if first, err := seen.Result(); err == nil {
				v.first = &first
			}
		}()
	}
	var prof *redis.MapStringStringCmd
	if k.Platform != "" && k.User != "" {
		prof = p.HGetAll(ctx, profileKey(k.Workspace, k.Platform, k.User))
	}
	var acc *accessCmds
	if k.User != "" {
		acc = queueAccess(ctx, p, k.Workspace, k.User)
	}
	var pend *redis.StringCmd
	if k.User != "" && k.Channel != "" {
		pend = p.Get(ctx, pendingKey(k.Workspace, k.User, k.Channel))
	}
	var queue *redis.StringCmd
	var ack *ackCmds
	if k.Settings {
		queue = p.HGet(ctx, settingsKey(k.Workspace), "queue")
		if k.User != "" {
			ack = queueAck(ctx, p, k.Workspace, k.User)
		}
	}
	var pol *policyCmds
	if _, ok := v.policy[k.Workspace]; !ok {
		pol = s.queuePolicy(ctx, p, k.Workspace)
	}
	var number *redis.IntCmd
	if k.Tickets && k.User != "" {
		if s.numbers.reading(k.Workspace) {
			number = p.IncrBy(ctx, seqKey(k.Workspace), 1)
		}
		defer func() {
			var n int64 // 0 unless reserved
			if number != nil {
				n = number.Val()
			}
			s.numbers.read(k.Workspace, n)
		}()
	}
	if cmds, err := p.Exec(ctx); err != nil {
		// Exec answers the first command's error, which may be a missing
		// key's while a later read failed: every read is checked. A failed
		// reservation is no failed read: the create reserves.
		for _, c := range cmds {
			if err := c.Err(); err != nil && !errors.Is(err, redis.Nil) && c != redis.Cmder(number) {
				return fmt.Errorf("read event state: %w", err)
			}
		}
		if !errors.Is(err, redis.Nil) && (number == nil || number.Err() == nil) {
			return fmt.Errorf("read event state: %w", err)
		}
	}
	if pend != nil {
		val, err := pend.Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			return fmt.Errorf("read pending request: %w", err)
		}
		v.pending = &pendingRead{value: val, found: err == nil}
	}
	if pol != nil {
		set, err := s.policyResult(ctx, k.Workspace, pol)
		if err != nil {
			return err
		}
		v.policy[k.Workspace] = set
	}
	if queue != nil {
		mode := queue.Val()
		v.queue = &mode
	}
	if ack != nil {
		acked := ack.result()
		v.acked = &acked
	}
	if prof != nil {
		v.profile = prof.Val()
	}
	if acc != nil {
		a := acc.result()
		v.access = &a
	}
	v.loaded = true
	return nil
}

// mine reports whether the view covers ws's user (and platform / channel
// when given) and, if so, loads it.
func (v *eventView) mine(ctx context.Context, s *Store, ws, user string) (bool, error) {
	if v.keys.Workspace != ws || v.keys.User != user || user == "" {
		return false, nil
	}
	return true, v.load(ctx, s)
}

func (v *eventView) forget(what string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	switch what {
	case "profile":
		v.profile = nil
	case "access":
		v.access = nil
	case "pending":
		v.pending = nil
	case "queue":
		v.queue = nil
	case "guidelines":
		v.acked = nil
	}
}

// forgetIn drops part what of ctx's event view, if any.
func forgetIn(ctx context.Context, what string) {
	if v := viewOf(ctx); v != nil {
		v.forget(what)
	}
}

// viewProfile answers Profile from the event's view; ok is false when the
// view does not hold it.
func viewProfile(ctx context.Context, s *Store, ws, platform, user string) (m map[string]string, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil || v.keys.Platform != platform {
		return nil, false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if mine, err := v.mine(ctx, s, ws, user); !mine || err != nil {
		return nil, false, err
	}
	if v.profile == nil {
		return nil, false, nil
	}
	return maps.Clone(v.profile), true, nil
}

func viewAccess(ctx context.Context, s *Store, ws, user string) (a Access, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil {
		return a, false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if mine, err := v.mine(ctx, s, ws, user); !mine || err != nil {
		return a, false, err
	}
	if v.access == nil {
		return a, false, nil
	}
	a = *v.access
	a.Roles, a.Supports = slices.Clone(a.Roles), slices.Clone(a.Supports)
	return a, true, nil
}

func viewPending(ctx context.Context, s *Store, ws, user, channel string) (r pendingRead, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil || v.keys.Channel != channel || channel == "" {
		return r, false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if mine, err := v.mine(ctx, s, ws, user); !mine || err != nil {
		return r, false, err
	}
	if v.pending == nil {
		return r, false, nil
	}
	return *v.pending, true, nil
}

// viewQueueMode answers QueueMode from the event's view: the mode as
// stored ("" when unset); ok is false when the view does not hold it.
func viewQueueMode(ctx context.Context, s *Store, ws string) (mode string, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil || !v.keys.Settings || v.keys.Workspace != ws {
		return "", false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.load(ctx, s); err != nil {
		return "", false, err
	}
	if v.queue == nil {
		return "", false, nil
	}
	return *v.queue, true, nil
}

// viewAcked answers AcknowledgedGuidelines from the event's view.
func viewAcked(ctx context.Context, s *Store, ws, user string) (acked, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil || !v.keys.Settings {
		return false, false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if mine, err := v.mine(ctx, s, ws, user); !mine || err != nil {
		return false, false, err
	}
	if v.acked == nil {
		return false, false, nil
	}
	return *v.acked, true, nil
}

// viewFirstDelivery answers FirstDelivery from the event's view, once:
// recording a delivery again finds it recorded.
func viewFirstDelivery(ctx context.Context, s *Store, ws, id string) (first, ok bool, err error) {
	v := viewOf(ctx)
	if v == nil || id == "" || v.keys.Delivery != id || v.keys.Workspace != ws {
		return false, false, nil
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.first == nil {
		err = v.load(ctx, s)
	}
	if v.first == nil {
		if err == nil { // loaded before, with its recording failed
			return false, false, nil
		}
		return false, false, err
	}
	first = *v.first
	*v.first = false
	return first, true, nil
}

// approvedSet returns ws's approved channels as this event read them,
// reading them on first use (with the rest of the event's state when ws is
// the event's workspace). The set is never modified once stored.
func (v *eventView) approvedSet(ctx context.Context, s *Store, ws string) (map[string]bool, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if set, ok := v.policy[ws]; ok {
		return set, nil
	}
	if ws == v.keys.Workspace && !v.loaded && v.keys.User != "" {
		if err := v.load(ctx, s); err != nil {
			return nil, err
		}
		if set, ok := v.policy[ws]; ok {
			return set, nil
		}
	}
	p := s.rdb.Pipeline()
	cmds := s.queuePolicy(ctx, p, ws)
	if _, err := p.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("read channel policy: %w", err)
	}
	set, err := s.policyResult(ctx, ws, cmds)
	if err != nil {
		return nil, err
	}
	v.policy[ws] = set
	return set, nil
}

// forgetPolicy drops ws from ctx's policy reading, if any.
func forgetPolicy(ctx context.Context, ws string) {
	if v := viewOf(ctx); v != nil {
		v.mu.Lock()
		delete(v.policy, ws)
		v.mu.Unlock()
	}
}

// The channel policy carries a version counter (policyVersionKey), raised
// in the same transaction as every approval and revocation. A process
// keeps the approved set of the version it last read; an event reads the
// version in its pipeline and the set only when the version is not the one
// kept, so a revocation is seen by the next event on every replica, never
// later. Without a version (a policy never changed since the counter
// existed) nothing is kept and the set is read every time.

// policyEntry is a workspace's approved set at a version.
type policyEntry struct {
	version string
	set     map[string]bool
}

// policyCmds are the policy reads queued on a pipeline.
type policyCmds struct {
	version *redis.StringCmd
	members *redis.StringSliceCmd // nil when the kept set may do
	kept    *policyEntry
}

// queuePolicy queues ws's policy version and, unless this process keeps a
// set (which the version then confirms), its approved set. The version is
// read before the set: a set is never older than the version it is kept
// under.
func (s *Store) queuePolicy(ctx context.Context, p redis.Pipeliner, ws string) *policyCmds {
	c := &policyCmds{version: p.Get(ctx, policyVersionKey(ws))}
	if e, ok := s.policies.Load(ws); ok {
		c.kept = e.(*policyEntry)
	} else {
		c.members = p.SMembers(ctx, approvedKey(ws))
	}
	return c
}

// policyResult is ws's approved set from c: the kept set when the version
// confirms it, else the set read (in one more round trip when it was not
// queued). Any failed read is an error: the caller fails closed.
func (s *Store) policyResult(ctx context.Context, ws string, c *policyCmds) (map[string]bool, error) {
	version, err := c.version.Result()
	if errors.Is(err, redis.Nil) {
		version, err = "", nil
	}
	if err != nil {
		return nil, fmt.Errorf("read channel policy: %w", err)
	}
	if c.kept != nil && version != "" && c.kept.version == version {
		return c.kept.set, nil
	}
	var members []string
	if c.members != nil {
		members, err = c.members.Result()
	} else {
		// The kept set is stale: read the set after the version, as above.
		members, err = s.rdb.SMembers(ctx, approvedKey(ws)).Result()
	}
	if err != nil {
		return nil, fmt.Errorf("read channel policy: %w", err)
	}
	set := make(map[string]bool, len(members))
	for _, m := range members {
		set[m] = true
	}
	if version != "" {
		s.policies.Store(ws, &policyEntry{version: version, set: set})
	} else {
		s.policies.Delete(ws)
	}
	return set, nil
}
