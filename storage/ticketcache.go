package storage

import (
	"slices"
	"strconv"
	"sync"

	"github.com/delegatebot/delegatebot"
)

// A Store remembers the tickets it last wrote or read with their notes
// (FindTicket, CreateTicket, Transition, AddNote, EditTicket), each with
// its version: a counter in the ticket's hash (fieldVersion) that every
// write of a ticket raises in the same script or transaction. Transition
// decides on the remembered copy and its script applies the change only if
// the ticket's version, status, assignee and update time are still the
// copy's, else it answers with the ticket as stored, so a claim costs one
// round trip when this process saw the ticket last and two when another
// did. Nothing is ever answered from the cache without that check: a
// refusal decided on the copy is decided again on a fresh read.
//
// The cache holds decoded tickets (their text included) in this process's
// memory only, as a handling holds them while it runs; it is bounded
// (ticketCacheSize per generation, two generations) and a purge through
// this Store drops the purged ticket at once.

// ticketCacheSize bounds each of the cache's two generations.
const ticketCacheSize = 2048

// cachedTicket is a ticket as stored at version version.
type cachedTicket struct {
	t       *delegatebot.Ticket
	version int64
	updated string // the stored update time (fmtTime)
}

// ticketCache keeps recently used tickets in two generations: when the
// current one is full it becomes the old one, and a hit in the old one
// moves back to the current one. An approximate LRU of bounded size.
type ticketCache struct {
	mu       sync.Mutex
	cur, old map[string]cachedTicket
}

func cacheKey(ws string, n int64) string { return ws + "\x00" + strconv.FormatInt(n, 10) }

// get returns a copy of ws's ticket n as last seen, if remembered.
func (c *ticketCache) get(ws string, n int64) (cachedTicket, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := cacheKey(ws, n)
	e, ok := c.cur[k]
	if !ok {
		if e, ok = c.old[k]; !ok {
			return cachedTicket{}, false
		}
		delete(c.old, k)
		c.store(k, e)
	}
	e.t = cloneTicket(e.t)
	return e, true
}

// put remembers a copy of t as stored at version, with updated its stored
// update time, unless a newer version is remembered (a slower read must
// not replace a newer write).
func (c *ticketCache) put(t *delegatebot.Ticket, version int64, updated string) {
	k := cacheKey(t.Workspace, t.Number)
	e := cachedTicket{t: cloneTicket(t), version: version, updated: updated}
	c.mu.Lock()
	defer c.mu.Unlock()
	if prev, ok := c.cur[k]; ok && prev.version > version {
		return
	}
	delete(c.old, k)
	c.store(k, e)
}

// drop forgets ws's ticket n.
func (c *ticketCache) drop(ws string, n int64) {
	k := cacheKey(ws, n)
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.cur, k)
	delete(c.old, k)
}

// store adds e under k to the current generation. Called with c.mu held.
func (c *ticketCache) store(k string, e cachedTicket) {
	if c.cur == nil {
		c.cur = make(map[string]cachedTicket)
	}
	if _, ok := c.cur[k]; !ok && len(c.cur) >= ticketCacheSize {
		c.old, c.cur = c.cur, make(map[string]cachedTicket, ticketCacheSize)
	}
	c.cur[k] = e
}

// cloneTicket copies t deeply enough that neither copy's changes reach
// the other (the slices a caller may append to or edit).
func cloneTicket(t *delegatebot.Ticket) *delegatebot.Ticket {
	c := *t
	c.People = slices.Clone(t.People)
	c.RedactedPeople = slices.Clone(t.RedactedPeople)
	c.PHI = slices.Clone(t.PHI)
	c.Notes = slices.Clone(t.Notes)
	return &c
}
