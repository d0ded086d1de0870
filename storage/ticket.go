package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/redis/go-redis/v9"
)

// CreateTicket stores t as a new ticket: it assigns the next number of the
// workspace, sets Status open and the times, indexes it and appends a
// "ticket.create" audit entry, all in one script (with what opts add: the
// ticket's scheduled jobs, the requester's recent marker, the end of a
// pending question). guardDetail is the PHI guard's decision on the text
// (types and counts) for the audit trail.
//
// The audit entry's keyed tag covers the ticket's id, so the number must be
// known in Go before the script runs: it comes from this Store's pool of
// reserved numbers (numbers.go), which an event's read pipeline refills
// (WithEvent), and then creating costs that one round trip; with an empty
// pool a number is reserved first, one round trip more. Numbers are handed
// out in increasing order within a process. Those still pooled when it
// stops (at most about the number of events it handles at once) go back to
// the sequence (ReturnTicketNumbers) unless another process reserved after
// them; otherwise, and at a crash, they are never used: ticket numbers may
// skip.
//
// When t.Source.Event is set, creation is idempotent: a ticket already made
// for that event is loaded into t instead, and CreateTicket reports it with
// existing, so a redelivered event never makes two tickets. The script
// checks the event's marker before it writes, so of concurrent creations
// for one event exactly one writes; the others' numbers go back to the pool.
func (s *Store) CreateTicket(ctx context.Context, t *delegatebot.Ticket, guardDetail string, opts ...CreateOptions) (existing bool, err error) {
	if err := validWorkspace(t.Workspace); err != nil {
		return false, err
	}
	if err := validUser(t.Requester); err != nil {
		return false, err
	}
	var o CreateOptions
	for _, x := range opts {
		o = o.merge(x)
	}
	ws := t.Workspace
	if err := s.register(ctx, ws); err != nil {
		return false, fmt.Errorf("create ticket: %w", err)
	}
	n, pooled := s.numbers.take(ws)
	if !pooled {
		dedupe := t.Source.Event != ""
		created := createdKey(ws, t.Source.Event)
		if n, err = reserveScript.Run(ctx, s.rdb, []string{created, seqKey(ws)}, flag(dedupe)).Int64(); err != nil {
			return false, fmt.Errorf("create ticket: next number: %w", err)
		}
	}
	if n > 0 {
		if n, err = s.createTicket(ctx, t, n, guardDetail, o); err != nil {
			return false, fmt.Errorf("create ticket: %w", err)
		}
	}
	if n < 0 {
		prev, err := s.FindTicket(ctx, ws, -n)
		if err != nil {
			return false, err
		}
		*t = *prev
		return true, nil
	}
	s.tickets.put(t, 1, fmtTime(t.Updated))
	s.wrote()
	return false, nil
}

// CreateOptions are writes that belong to a new ticket and land in the
// same script as it.
type CreateOptions struct {
	// Jobs, when set, returns the jobs to schedule for the ticket (its
	// number and times set), as ScheduleJob without keep.
	Jobs func(t *delegatebot.Ticket) []Job
	// RecentTTL, when positive, remembers the ticket as its requester's
	// last in conversation RecentChannel for that long (SetRecent).
	RecentChannel string
	RecentTTL     time.Duration
	// DropPending ends the requester's pending question in RecentChannel
	// (DropPending).
	DropPending bool
}

func (o CreateOptions) merge(x CreateOptions) CreateOptions {
	if x.Jobs != nil {
		o.Jobs = x.Jobs
	}
	if x.RecentChannel != "" || x.RecentTTL > 0 {
		o.RecentChannel, o.RecentTTL = x.RecentChannel, x.RecentTTL
	}
	o.DropPending = o.DropPending || x.DropPending
	return o
}

// createTicket writes ticket n (reserved) with createScript and returns n,
// or minus the number of the ticket another delivery of the same event
// made first; n then goes back to the pool. After a failed script n is
// not reused: the script may have written it.
func (s *Store) createTicket(ctx context.Context, t *delegatebot.Ticket, n int64, guardDetail string, o CreateOptions) (int64, error) {
	ws := t.Workspace
	now := s.Now()
	t.Number, t.Status, t.Assignee = n, delegatebot.StatusOpen, ""
	t.Created, t.Updated = now, now
	fields := flatFields(s.encodeTicket(t))
	notes := make([]any, 0, len(t.Notes))
	for _, note := range t.Notes {
		notes = append(notes, s.encodeNote(ws, n, note))
	}
	var jobs []any
	if o.Jobs != nil {
		for _, j := range o.Jobs(t) {
			jobs = append(jobs, strconv.FormatInt(j.At.UnixMilli(), 10), j.member())
		}
		if len(jobs) > 0 {
			if err := s.registerScheduled(ctx, ws); err != nil {
				s.numbers.give(ws, n)
				return 0, err
			}
		}
	}
	audit := s.auditArgs(delegatebot.AuditEntry{
		At: now, Workspace: ws, Actor: t.Requester, Action: "ticket.create",
		Ticket: t.ID(), Channel: t.Source.Channel, To: t.Status, Detail: guardDetail,
	})
	due, recentTTL := "", ""
	if !t.Due.IsZero() {
		due = strconv.FormatInt(t.Due.T.Unix(), 10)
	}
	if o.RecentTTL > 0 {
		recentTTL = millis(o.RecentTTL)
	}
	keys := []string{
		ticketKey(ws, n), allKey(ws), statusKey(ws, t.Status), requesterKey(ws, t.Requester), requestersKey(ws),
		dueKey(ws), notesKey(ws, n), createdKey(ws, t.Source.Event), auditKey(ws), auditHeadKey(ws),
		scheduleKey(ws), recentKey(ws, t.Requester, o.RecentChannel), pendingKey(ws, t.Requester, o.RecentChannel),
	}
	a := s.ackWith(ctx)
	item := ""
	if a != nil {
		keys = append(keys, inboxLeaseKey(a.platform), inboxAttemptsKey(a.platform))
		item = a.item
	}
	args := make([]any, 0, 11+len(fields)+len(notes)+len(jobs)+len(audit))
	args = append(args, n, flag(t.Source.Event != ""), int(createdTTL.Seconds()), due, recentTTL,
		flag(o.DropPending), len(fields), len(notes), len(jobs), len(audit)-1, item)
	args = append(args, fields...)
	args = append(args, notes...)
	args = append(args, jobs...)
	args = append(args, audit...)
	if o.DropPending {
		forgetIn(ctx, "pending")
	}
	res, err := s.runAcking(ctx, a, createScript, keys, args).Int64Slice()
	if err != nil {
		return 0, err
	}
	if len(res) != 2 {
		return 0, fmt.Errorf("create script answered %v", res)
	}
	if a != nil {
		a.done.Store(true)
	}
	if res[0] == 0 {
		s.numbers.give(ws, n)
		return -res[1], nil
	}
	return n, nil
}

// createdTTL is how long an event id is remembered for idempotent creation:
// longer than any platform retries.
const createdTTL = 24 * time.Hour

// FindTicket returns ticket number n of workspace ws with its notes, or an
// ENOTFOUND error.
func (s *Store) FindTicket(ctx context.Context, ws string, n int64) (*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	ts, err := s.findTickets(ctx, s.rdb, ws, []int64{n}, true)
	if err != nil {
		return nil, err
	}
	if ts[0] == nil {
		return nil, notFound(n)
	}
	return ts[0], nil
}

func notFound(n int64) error {
	return delegatebot.Errorf(delegatebot.ENOTFOUND, "There is no ticket %s.", delegatebot.TicketID(n))
}

// findTickets loads tickets by number in one round trip; a missing one is
// nil. Tickets loaded with their notes are remembered (ticketcache.go).
func (s *Store) findTickets(ctx context.Context, c redis.Cmdable, ws string, ns []int64, notes bool) ([]*delegatebot.Ticket, error) {
	p := c.Pipeline()
	hs := make([]*redis.MapStringStringCmd, len(ns))
	ls := make([]*redis.StringSliceCmd, len(ns))
	for i, n := range ns {
		hs[i] = p.HGetAll(ctx, ticketKey(ws, n))
		if notes {
			ls[i] = p.LRange(ctx, notesKey(ws, n), 0, -1)
		}
	}
	if _, err := p.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("load tickets: %w", err)
	}
	out := make([]*delegatebot.Ticket, len(ns))
	for i, n := range ns {
		var raw []string
		if notes {
			raw = ls[i].Val()
		}
		t, version, err := s.decodeStored(ws, n, hs[i].Val(), raw)
		if err != nil {
			return nil, err
		}
		if t != nil && notes {
			s.tickets.put(t, version, hs[i].Val()[fieldUpdated])
		}
		out[i] = t
	}
	return out, nil
}

// decodeStored decodes ticket n from its hash h and its sealed notes, and
// returns its version; a ticket with no fields is nil.
func (s *Store) decodeStored(ws string, n int64, h map[string]string, notes []string) (*delegatebot.Ticket, int64, error) {
	if len(h) == 0 {
		return nil, 0, nil
	}
	t, err := s.decodeTicket(ws, h)
	if err == nil && t.Number != n {
		err = fmt.Errorf("ticket %d: %w: its fields belong to another ticket", n, ErrIntegrity)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("load ticket %s: %w", delegatebot.TicketID(n), err)
	}
	for _, raw := range notes {
		note, err := s.decodeNote(ws, t.Number, raw)
		if err != nil {
			return nil, 0, fmt.Errorf("load ticket %s: %w", t.ID(), err)
		}
		t.Notes = append(t.Notes, note)
	}
	return t, versionOf(h), nil
}

// Change is a requested transition of one ticket.
type Change struct {
	Action  delegatebot.Action
	Actor   string // user id; becomes the assignee on claim
	Channel string // where the actor asked, for the audit trail
	Note    string // optional note added with the change (e.g. on done)
	// Authorize, when set, is called with the current ticket inside the
	// transaction; a non-nil error aborts the change and is returned as is.
	// It lets callers check "only the assignee may finish" without a race.
	Authorize func(t *delegatebot.Ticket) error
}

// Transition applies c to ticket n atomically: it checks the life cycle
// (delegatebot.Action.Next), moves the ticket between indexes, records the
// assignee and appends an audit entry. The first of concurrent claims wins;
// the others get an ECONFLICT error ("DEL-7 is already claimed by @bob").
//
// It decides in Go (Authorize, the life cycle, the audit entry's tag) on
// the ticket as this Store last saw it (ticketcache.go) and writes with
// transitionScript, a compare-and-set that applies the change only if the
// ticket's version, status, assignee and update time are still those seen,
// and otherwise answers with the ticket as stored, on which Go decides
// again. One round trip when this Store saw the ticket last; two when it
// is stale or not remembered (a read first). A refusal (from Authorize or
// the life cycle) is only returned when decided on the ticket as just
// read, never on a remembered copy. With an inbox item in ctx (WithAck,
// WithAckLease), the script that applies the change acknowledges it (and
// leases the next) in the same round trip; a refusal leaves it to the
// worker.
func (s *Store) Transition(ctx context.Context, ws string, n int64, c Change) (*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if err := validUser(c.Actor); err != nil {
		return nil, err
	}
	cur, known := s.tickets.get(ws, n)
	fresh := false
	for range maxTxRetries {
		if !known {
			read, err := s.readTicket(ctx, s.rdb, ws, n)
			if err != nil {
				return nil, err
			}
			cur, known, fresh = *read, true, true
		}
		if cur.t == nil {
			return nil, notFound(n)
		}
		t, stored, refusal, err := s.transitionOnce(ctx, ws, n, c, cur)
		switch {
		case err != nil:
			return nil, err
		case refusal != nil && fresh:
			return nil, refusal
		case refusal != nil:
			known = false // decided on a remembered copy: read and decide again
			continue
		case t != nil:
			s.wrote()
			if s.OnTransition != nil {
				s.OnTransition(c.Action)
			}
			return t, nil
		}
		cur, fresh = *stored, true
		if cur.t == nil {
			s.tickets.drop(ws, n)
			continue
		}
		s.tickets.put(cur.t, cur.version, cur.updated)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("transition %s: too much contention", delegatebot.TicketID(n))
}

// readTicket reads ticket n with its notes in one round trip on c and
// remembers it; the answer's t is nil when there is no such ticket.
func (s *Store) readTicket(ctx context.Context, c redis.Cmdable, ws string, n int64) (*cachedTicket, error) {
	p := c.Pipeline()
	h := p.HGetAll(ctx, ticketKey(ws, n))
	l := p.LRange(ctx, notesKey(ws, n), 0, -1)
	if _, err := p.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("load ticket %s: %w", delegatebot.TicketID(n), err)
	}
	t, version, err := s.decodeStored(ws, n, h.Val(), l.Val())
	if err != nil || t == nil {
		return &cachedTicket{}, err
	}
	read := &cachedTicket{t: t, version: version, updated: h.Val()[fieldUpdated]}
	s.tickets.put(t, version, read.updated)
	return read, nil
}

// transitionOnce tries to apply c to cur, ticket n as last seen. It
// returns the changed ticket when applied; a refusal when Authorize or the
// life cycle refuses c on cur; otherwise stored, the ticket as it is now
// (stored.t nil when there is none).
func (s *Store) transitionOnce(ctx context.Context, ws string, n int64, c Change, cur cachedTicket) (t *delegatebot.Ticket, stored *cachedTicket, refusal, err error) {
	t = cur.t
	if c.Authorize != nil {
		if err := c.Authorize(t); err != nil {
			return nil, nil, err, nil
		}
	}
	from, oldAssignee := t.Status, t.Assignee
	to, err := c.Action.Next(t.ID(), from, t.Assignee)
	if err != nil {
		return nil, nil, err, nil
	}
	now := s.Now()
	t.Status, t.Updated = to, now
	switch {
	case c.Action == delegatebot.ActionClaim:
		t.Assignee = c.Actor
	case to == delegatebot.StatusOpen:
		t.Assignee = ""
	}
	note := ""
	if c.Note != "" {
		nt := delegatebot.Note{Author: c.Actor, Text: c.Note, At: now}
		note = s.encodeNote(ws, n, nt)
		t.Notes = append(t.Notes, nt)
	}
	hset := encodeTransition(t)
	audit := s.auditArgs(delegatebot.AuditEntry{
		At: now, Workspace: ws, Actor: c.Actor, Action: "ticket." + string(c.Action),
		Ticket: t.ID(), Channel: c.Channel, From: from, To: to,
	})
	leaveOld := oldAssignee != "" && (oldAssignee != t.Assignee || to.Final())
	joinNew := t.Assignee != "" && !to.Final()
	keys := []string{
		ticketKey(ws, n), statusKey(ws, from), statusKey(ws, to), assigneeKey(ws, oldAssignee), assigneeKey(ws, t.Assignee),
		dueKey(ws), notesKey(ws, n), auditKey(ws), auditHeadKey(ws), finishedKey(ws),
	}
	a := s.ackWith(ctx)
	item := ""
	if a != nil {
		keys = append(keys, inboxLeaseKey(a.platform), inboxAttemptsKey(a.platform))
		item = a.item
	}
	args := make([]any, 0, 13+len(hset)+len(audit))
	args = append(args, string(from), oldAssignee, cur.updated, cur.version, n, flag(leaveOld), flag(joinNew), flag(to.Final()), note,
		len(hset), len(audit)-1, now.Unix(), item)
	args = append(args, hset...)
	args = append(args, audit...)
	res, err := s.runAcking(ctx, a, transitionScript, keys, args).Slice()
	if err != nil {
		return nil, nil, nil, fmt.Errorf("transition %s: %w", t.ID(), err)
	}
	if len(res) == 1 && res[0] == int64(1) {
		if a != nil {
			a.done.Store(true)
		}
		s.tickets.put(t, cur.version+1, fmtTime(t.Updated))
		return t, nil, nil, nil
	}
	if stored, err = s.decodeReply(ws, n, res); err != nil {
		return nil, nil, nil, fmt.Errorf("transition %s: %w", t.ID(), err)
	}
	return nil, stored, nil, nil
}

// decodeReply decodes transitionScript's answer when it did not apply:
// {0, the ticket's hash as field, value, ..., its sealed notes}.
func (s *Store) decodeReply(ws string, n int64, res []any) (*cachedTicket, error) {
	if len(res) != 3 || res[0] != int64(0) {
		return nil, fmt.Errorf("transition script answered %d values", len(res))
	}
	flat, _ := res[1].([]any)
	h := make(map[string]string, len(flat)/2)
	for i := 0; i+1 < len(flat); i += 2 {
		k, _ := flat[i].(string)
		v, _ := flat[i+1].(string)
		h[k] = v
	}
	rawNotes, _ := res[2].([]any)
	notes := make([]string, 0, len(rawNotes))
	for _, r := range rawNotes {
		v, _ := r.(string)
		notes = append(notes, v)
	}
	t, version, err := s.decodeStored(ws, n, h, notes)
	if err != nil || t == nil {
		return &cachedTicket{}, err
	}
	return &cachedTicket{t: t, version: version, updated: h[fieldUpdated]}, nil
}

// updateTicket changes ticket n in an optimistic transaction on its key:
// change gets the ticket as stored, with its notes, edits it in place and
// queues its writes on p (nothing queued writes nothing; an error aborts).
// If the ticket changed meanwhile, change runs again on the new state. The
// edited ticket is returned, so callers need no second read. A write
// raises the ticket's version and is remembered (ticketcache.go).
func (s *Store) updateTicket(ctx context.Context, ws string, n int64, change func(t *delegatebot.Ticket, p redis.Pipeliner) error) (*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	var out *delegatebot.Ticket
	var version int64
	wrote := false
	err := s.watch(ctx, func(tx *redis.Tx) error {
		read, err := s.readTicket(ctx, tx, ws, n)
		if err != nil {
			return err
		}
		t := read.t
		if t == nil {
			return notFound(n)
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			if err := change(t, p); err != nil {
				return err
			}
			if wrote = p.Len() > 0; wrote {
				p.HIncrBy(ctx, ticketKey(ws, n), fieldVersion, 1)
			}
			return nil
		})
		out, version = t, read.version+1
		return err
	}, ticketKey(ws, n))
	if err != nil {
		if wrote {
			s.tickets.drop(ws, n) // written or not: read it again
		}
		return nil, err
	}
	if wrote {
		s.tickets.put(out, version, fmtTime(out.Updated))
	}
	s.wrote()
	return out, nil
}

// AddNote appends a note to ticket n and records it in the audit trail.
// authorize, when set, runs inside the transaction against the ticket as it
// is written and refuses by returning an error (nothing is written).
func (s *Store) AddNote(ctx context.Context, ws string, n int64, note delegatebot.Note, channel string, authorize func(*delegatebot.Ticket) error) (*delegatebot.Ticket, error) {
	if note.At.IsZero() {
		note.At = s.Now()
	}
	return s.updateTicket(ctx, ws, n, func(t *delegatebot.Ticket, p redis.Pipeliner) error {
		if authorize != nil {
			if err := authorize(t); err != nil {
				return err
			}
		}
		p.RPush(ctx, notesKey(ws, n), s.encodeNote(ws, n, note))
		p.HSet(ctx, ticketKey(ws, n), fieldUpdated, fmtTime(note.At))
		s.addAudit(ctx, p, delegatebot.AuditEntry{
			At: note.At, Workspace: ws, Actor: note.Author, Action: "ticket.note",
			Ticket: t.ID(), Channel: channel,
		})
		t.Notes, t.Updated = append(t.Notes, note), note.At
		return nil
	})
}

// EditTicket changes ticket n outside its life cycle (the fields its
// requester may edit, or its assignee) and records which fields changed in
// the audit trail, atomically, keeping the due and assignee indexes. edit
// gets the ticket as stored (to check who asks and to compute the change)
// and returns the update; an empty update writes nothing. A finished ticket
// cannot change, and only a held ticket (Status.Active) can change hands.
func (s *Store) EditTicket(ctx context.Context, ws string, n int64, actor, channel string, edit func(t *delegatebot.Ticket) (delegatebot.TicketUpdate, error)) (*delegatebot.Ticket, error) {
	return s.updateTicket(ctx, ws, n, func(t *delegatebot.Ticket, p redis.Pipeliner) error {
		if t.Status.Final() {
			return delegatebot.Errorf(delegatebot.ECONFLICT, "%s is already %s.", t.ID(), t.Status.Human())
		}
		u, err := edit(t)
		if err != nil || u.IsZero() {
			return err
		}
		old := t.Assignee
		switch {
		case u.Assignee != nil && *u.Assignee == "":
			return delegatebot.Errorf(delegatebot.EINVALID, "To give %s back to the queue, release it.", t.ID())
		case u.Assignee != nil && !t.Status.Active():
			return delegatebot.Errorf(delegatebot.ECONFLICT, "%s is %s: nobody holds it to hand over.", t.ID(), t.Status.Human())
		}
		now := s.Now()
		u.Apply(t)
		t.Updated = now
		p.HSet(ctx, ticketKey(ws, n), s.encodeUpdate(t, u)...)
		if t.Assignee != old {
			p.ZRem(ctx, assigneeKey(ws, old), n)
			p.ZAdd(ctx, assigneeKey(ws, t.Assignee), redis.Z{Score: float64(n), Member: n})
		}
		if !t.Due.IsZero() {
			p.ZAdd(ctx, dueKey(ws), redis.Z{Score: float64(t.Due.T.Unix()), Member: n})
		} else {
			p.ZRem(ctx, dueKey(ws), n)
		}
		s.addAudit(ctx, p, delegatebot.AuditEntry{At: now, Workspace: ws, Actor: actor, Action: "ticket.edit",
			Ticket: t.ID(), Channel: channel, Detail: "fields=" + strings.Join(u.Names(), ",")})
		return nil
	})
}

// Filter selects tickets for ListTickets. Empty fields match everything.
type Filter struct {
	Status    delegatebot.Status
	Requester string
	Assignee  string
	// Requesters, when set, keeps only tickets requested by one of them (an
	// assistant's supported executives).
	Requesters []string
	// Unfinished, when set, keeps only tickets that are not done or cancelled.
	Unfinished bool
}

// ListTickets returns up to limit tickets matching f with numbers greater than
// after, in number order, and the cursor for the next page (0 when there is
// none). It reads one index and never scans the keyspace.
func (s *Store) ListTickets(ctx context.Context, ws string, f Filter, after int64, limit int) ([]*delegatebot.Ticket, int64, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, 0, err
	}
	if limit <= 0 || limit > 1000 {
		limit = 50
	}
	index := allKey(ws)
	switch {
	case f.Assignee != "":
		index = assigneeKey(ws, f.Assignee)
	case f.Requester != "":
		index = requesterKey(ws, f.Requester)
	case f.Status != "":
		index = statusKey(ws, f.Status)
	}
	var out []*delegatebot.Ticket
	cursor := after
	for len(out) < limit {
		ids, err := s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
			Key: index, ByScore: true, Start: "(" + strconv.FormatInt(cursor, 10), Stop: "+inf",
			Count: int64(limit), Offset: 0,
		}).Result()
		if err != nil {
			return nil, 0, fmt.Errorf("list tickets: %w", err)
		}
		if len(ids) == 0 {
			return out, 0, nil
		}
		ns := make([]int64, len(ids))
		for i, id := range ids {
			ns[i], _ = strconv.ParseInt(id, 10, 64)
		}
		ts, err := s.findTickets(ctx, s.rdb, ws, ns, false)
		if err != nil {
			return nil, 0, err
		}
		for i, t := range ts {
			cursor = ns[i]
			if t != nil && f.match(t) {
				out = append(out, t)
				if len(out) == limit {
					break
				}
			}
		}
		if len(ids) < limit && len(out) < limit {
			return out, 0, nil
		}
	}
	return out, cursor, nil
}

func (f Filter) match(t *delegatebot.Ticket) bool {
	return (f.Status == "" || t.Status == f.Status) &&
		(f.Requester == "" || t.Requester == f.Requester) &&
		(f.Assignee == "" || t.Assignee == f.Assignee) &&
		(f.Requesters == nil || slices.Contains(f.Requesters, t.Requester)) &&
		(!f.Unfinished || !t.Status.Final())
}

// Overdue returns up to limit unfinished tickets whose due time is before now.
func (s *Store) Overdue(ctx context.Context, ws string, now time.Time, limit int) ([]*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	ids, err := s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
		Key: dueKey(ws), ByScore: true, Start: "-inf", Stop: "(" + strconv.FormatInt(now.Unix(), 10),
		Count: int64(limit),
	}).Result()
	if err != nil {
		return nil, fmt.Errorf("overdue tickets: %w", err)
	}
	ns := make([]int64, len(ids))
	for i, id := range ids {
		ns[i], _ = strconv.ParseInt(id, 10, 64)
	}
	ts, err := s.findTickets(ctx, s.rdb, ws, ns, false)
	if err != nil {
		return nil, err
	}
	out := ts[:0]
	for _, t := range ts {
		if t != nil {
			out = append(out, t)
		}
	}
	return out, nil
}

// StatusCounts returns how many tickets of each workspace are in each status,
// reading one counter per index (for metrics).
func (s *Store) StatusCounts(ctx context.Context) (map[string]map[delegatebot.Status]int64, error) {
	wss, err := s.rdb.SMembers(ctx, workspacesKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("count tickets: %w", err)
	}
	out := make(map[string]map[delegatebot.Status]int64, len(wss))
	for _, ws := range wss {
		p := s.rdb.Pipeline()
		cmds := make([]*redis.IntCmd, len(delegatebot.Statuses))
		for i, st := range delegatebot.Statuses {
			cmds[i] = p.ZCard(ctx, statusKey(ws, st))
		}
		if _, err := p.Exec(ctx); err != nil {
			return nil, fmt.Errorf("count tickets: %w", err)
		}
		out[ws] = map[delegatebot.Status]int64{}
		for i, st := range delegatebot.Statuses {
			out[ws][st] = cmds[i].Val()
		}
	}
	return out, nil
}
