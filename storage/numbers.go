package storage

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/redis/go-redis/v9"
)

// Ticket numbers come from the workspace's sequence (seqKey), and a
// ticket's audit entry carries a keyed tag over its id, computed in Go
// where the audit key stays: the number must be known before the script
// that writes the ticket runs. Rather than a round trip of its own for
// each creation, a Store keeps a small pool of reserved numbers per
// workspace. An event that may open a ticket reserves one in the pipeline
// of its reads (WithEvent with EventKeys.Tickets) when the pool holds fewer
// numbers than the events reading at that moment, and CreateTicket takes
// the smallest; with an empty pool it reserves its own, one more round
// trip. A number a creation did not use (its event already had a ticket)
// goes back to the pool.
//
// The pool grows only while it holds fewer numbers than the events being
// read at once, so it never holds more than about the number of events a
// process handles at once (its inbox workers). A process that stops gives
// back what it holds where no other reserved after it (ReturnTicketNumbers);
// the rest is lost: ticket numbers stay unique and increasing in each
// process, but may skip that many.

// numberPools holds every workspace's pool.
type numberPools struct {
	mu sync.Mutex
	m  map[string]*numberPool
}

type numberPool struct {
	free    []int64 // ascending
	reading int     // events whose read pipeline may reserve a number
}

func (p *numberPools) pool(ws string) *numberPool {
	if p.m == nil {
		p.m = map[string]*numberPool{}
	}
	np := p.m[ws]
	if np == nil {
		np = &numberPool{}
		p.m[ws] = np
	}
	return np
}

// reading notes an event's read pipeline for ws and reports whether it
// should reserve a number: the pool holds fewer than the events reading.
// Each call is followed by one call of read.
func (p *numberPools) reading(ws string) (reserve bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	np := p.pool(ws)
	np.reading++
	return len(np.free) < np.reading
}

// read ends an event's read pipeline and pools the number it reserved
// (n > 0).
func (p *numberPools) read(ws string, n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	np := p.pool(ws)
	np.reading--
	if n > 0 {
		np.add(n)
	}
}

// take returns ws's smallest pooled number, or false when there is none.
func (p *numberPools) take(ws string) (int64, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	np := p.pool(ws)
	if len(np.free) == 0 {
		return 0, false
	}
	n := np.free[0]
	np.free = slices.Delete(np.free, 0, 1)
	return n, true
}

// give returns an unused number to ws's pool.
func (p *numberPools) give(ws string, n int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pool(ws).add(n)
}

func (np *numberPool) add(n int64) {
	i, found := slices.BinarySearch(np.free, n)
	if !found {
		np.free = slices.Insert(np.free, i, n)
	}
}

// pooled is how many numbers ws's pool holds.
func (p *numberPools) pooled(ws string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.pool(ws).free)
}

// ReturnTicketNumbers gives the pooled numbers back to their workspaces'
// sequences where nobody reserved a number after them, so that a process
// that stops (a console session, a restart) leaves no gap in the
// numbering. Call it once nothing creates tickets through s any more;
// numbers it cannot give back are lost, as at a crash.
func (s *Store) ReturnTicketNumbers(ctx context.Context) error {
	s.numbers.mu.Lock()
	held := make(map[string][]int64, len(s.numbers.m))
	for ws, np := range s.numbers.m {
		if len(np.free) > 0 {
			held[ws] = np.free
			np.free = nil
		}
	}
	s.numbers.mu.Unlock()
	var errs []error
	for ws, ns := range held {
		args := make([]any, len(ns))
		for i, n := range ns {
			args[len(ns)-1-i] = n // largest first
		}
		if err := returnNumbersScript.Run(ctx, s.rdb, []string{seqKey(ws)}, args...).Err(); err != nil {
			errs = append(errs, fmt.Errorf("return ticket numbers of %s: %w", ws, err))
		}
	}
	if len(held) > 0 {
		s.wrote()
	}
	return errors.Join(errs...)
}

// returnNumbersScript lowers a workspace's sequence by the numbers given
// that are its top ones: the sequence's value, then one less, and so on.
//
// KEYS[1] the workspace's sequence
// ARGV the returned numbers, largest first
// Returns how many were given back.
var returnNumbersScript = redis.NewScript(`
local seq = tonumber(redis.call('GET', KEYS[1]) or '0')
local k = 0
for i = 1, #ARGV do
  if tonumber(ARGV[i]) ~= seq - k then break end
  k = k + 1
end
if k > 0 then redis.call('DECRBY', KEYS[1], k) end
return k
`)
