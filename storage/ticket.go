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
// "ticket.create" audit entry, all in one transaction. guardDetail is the PHI
// guard's decision on the text (types and counts) for the audit trail.
//
// When t.Source.Event is set, creation is idempotent: a ticket already made
// for that event is loaded into t instead, and CreateTicket reports it with
// existing, so a redelivered event never makes two tickets.
func (s *Store) CreateTicket(ctx context.Context, t *delegatebot.Ticket, guardDetail string) (existing bool, err error) {
	if err := validWorkspace(t.Workspace); err != nil {
		return false, err
	}
	if err := validUser(t.Requester); err != nil {
		return false, err
	}
	ws := t.Workspace
	if err := s.register(ctx, ws); err != nil {
		return false, fmt.Errorf("create ticket: %w", err)
	}
	// The event's marker is watched even without an event id (it is then
	// never written): Redis Cluster routes WATCH by key, so there must be one.
	watched := []string{createdKey(ws, t.Source.Event)}
	dedupe := t.Source.Event != ""
	var found int64
	err = s.watch(ctx, func(tx *redis.Tx) error {
		if dedupe {
			prev, err := tx.Get(ctx, watched[0]).Int64()
			if err == nil {
				found = prev
				return nil
			} else if !errors.Is(err, redis.Nil) {
				return err
			}
		}
		n, err := tx.Incr(ctx, seqKey(ws)).Result()
		if err != nil {
			return fmt.Errorf("next number: %w", err)
		}
		now := s.Now()
		t.Number, t.Status, t.Assignee = n, delegatebot.StatusOpen, ""
		t.Created, t.Updated = now, now
		z := redis.Z{Score: float64(n), Member: n}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, ticketKey(ws, n), s.encodeTicket(t))
			p.ZAdd(ctx, allKey(ws), z)
			p.ZAdd(ctx, statusKey(ws, t.Status), z)
			p.ZAdd(ctx, requesterKey(ws, t.Requester), z)
			p.SAdd(ctx, requestersKey(ws), t.Requester)
			if !t.Due.IsZero() {
				p.ZAdd(ctx, dueKey(ws), redis.Z{Score: float64(t.Due.T.Unix()), Member: n})
			}
			for _, note := range t.Notes {
				p.RPush(ctx, notesKey(ws, n), s.encodeNote(ws, n, note))
			}
			if dedupe {
				p.Set(ctx, watched[0], n, createdTTL)
			}
			s.addAudit(ctx, p, delegatebot.AuditEntry{
				At: now, Workspace: ws, Actor: t.Requester, Action: "ticket.create",
				Ticket: t.ID(), Channel: t.Source.Channel, To: t.Status, Detail: guardDetail,
			})
			return nil
		})
		return err
	}, watched...)
	if err != nil {
		return false, fmt.Errorf("create ticket: %w", err)
	}
	if found != 0 {
		prev, err := s.FindTicket(ctx, ws, found)
		if err != nil {
			return false, err
		}
		*t = *prev
		return true, nil
	}
	s.wrote()
	return false, nil
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

// findTickets loads tickets by number in one round trip; a missing one is nil.
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
	for i := range ns {
		m := hs[i].Val()
		if len(m) == 0 {
			continue
		}
		t, err := s.decodeTicket(ws, m)
		if err == nil && t.Number != ns[i] {
			err = fmt.Errorf("ticket %d: %w: its fields belong to another ticket", ns[i], ErrIntegrity)
		}
		if err != nil {
			return nil, fmt.Errorf("load ticket %s: %w", delegatebot.TicketID(ns[i]), err)
		}
		if notes {
			for _, raw := range ls[i].Val() {
				n, err := s.decodeNote(ws, t.Number, raw)
				if err != nil {
					return nil, fmt.Errorf("load ticket %s: %w", t.ID(), err)
				}
				t.Notes = append(t.Notes, n)
			}
		}
		out[i] = t
	}
	return out, nil
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
func (s *Store) Transition(ctx context.Context, ws string, n int64, c Change) (*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	if err := validUser(c.Actor); err != nil {
		return nil, err
	}
	t, err := s.updateTicket(ctx, ws, n, func(t *delegatebot.Ticket, p redis.Pipeliner) error {
		if c.Authorize != nil {
			if err := c.Authorize(t); err != nil {
				return err
			}
		}
		from, oldAssignee := t.Status, t.Assignee
		to, err := c.Action.Next(t.ID(), from, t.Assignee)
		if err != nil {
			return err
		}
		now := s.Now()
		t.Status, t.Updated = to, now
		switch {
		case c.Action == delegatebot.ActionClaim:
			t.Assignee = c.Actor
		case to == delegatebot.StatusOpen:
			t.Assignee = ""
		}
		z := redis.Z{Score: float64(n), Member: n}
		p.HSet(ctx, ticketKey(ws, n), encodeTransition(t)...)
		p.ZRem(ctx, statusKey(ws, from), n)
		p.ZAdd(ctx, statusKey(ws, to), z)
		if oldAssignee != "" && oldAssignee != t.Assignee || to.Final() && oldAssignee != "" {
			p.ZRem(ctx, assigneeKey(ws, oldAssignee), n)
		}
		if t.Assignee != "" && !to.Final() {
			p.ZAdd(ctx, assigneeKey(ws, t.Assignee), z)
		}
		if to.Final() {
			p.ZRem(ctx, dueKey(ws), n)
			p.ZAdd(ctx, finishedKey(ws), redis.Z{Score: float64(now.Unix()), Member: n})
		}
		if c.Note != "" {
			note := delegatebot.Note{Author: c.Actor, Text: c.Note, At: now}
			p.RPush(ctx, notesKey(ws, n), s.encodeNote(ws, n, note))
			t.Notes = append(t.Notes, note)
		}
		s.addAudit(ctx, p, delegatebot.AuditEntry{
			At: now, Workspace: ws, Actor: c.Actor, Action: "ticket." + string(c.Action),
			Ticket: t.ID(), Channel: c.Channel, From: from, To: to,
		})
		return nil
	})
	if err == nil && s.OnTransition != nil {
		s.OnTransition(c.Action)
	}
	return t, err
}

// updateTicket changes ticket n in an optimistic transaction on its key:
// change gets the ticket as stored, with its notes, edits it in place and
// queues its writes on p (nothing queued writes nothing; an error aborts).
// If the ticket changed meanwhile, change runs again on the new state. The
// edited ticket is returned, so callers need no second read.
func (s *Store) updateTicket(ctx context.Context, ws string, n int64, change func(t *delegatebot.Ticket, p redis.Pipeliner) error) (*delegatebot.Ticket, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	var out *delegatebot.Ticket
	err := s.watch(ctx, func(tx *redis.Tx) error {
		ts, err := s.findTickets(ctx, tx, ws, []int64{n}, true)
		if err != nil {
			return err
		}
		t := ts[0]
		if t == nil {
			return notFound(n)
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error { return change(t, p) })
		out = t
		return err
	}, ticketKey(ws, n))
	if err != nil {
		return nil, err
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
