package storage

import (
	"sort"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// Ticket creation and transitions each run as one script, so that a Slack
// event costs a few round trips rather than a WATCH, a read, a MULTI/EXEC
// and an UNWATCH per change: with a pooled number (numbers.go) a creation
// is one round trip, and with the ticket as this Store last saw it
// (ticketcache.go) so is a transition. The audit entry is appended by the same Lua
// function appendAuditScript uses (auditLua), with its keyed tag computed in
// Go beforehand: the audit key never reaches Redis.

// auditLua links an entry to the chain and appends it (see
// appendAuditScript): fields is ARGV's field, value pairs from index i to
// j, tag the entry's keyed tag.
const auditLua = `
local function append_audit(stream, head, i, j, tag)
  local prev = redis.call('GET', head) or ''
  local mac = redis.sha1hex(prev .. '\n' .. tag)
  local args = {'XADD', stream, '*'}
  for k = i, j do args[#args + 1] = ARGV[k] end
  args[#args + 1] = 'prev'
  args[#args + 1] = prev
  args[#args + 1] = 'mac'
  args[#args + 1] = mac
  local id = redis.call(unpack(args))
  redis.call('SET', head, mac)
  return id
end
`

// reserveScript gives a new ticket its number, unless the event it comes
// from already made a ticket. It is the creation's extra round trip when
// the Store's pool of numbers is empty (numbers.go).
//
// KEYS[1] the event's created marker, KEYS[2] the workspace's sequence
// ARGV[1] "1" when the ticket has an event id to deduplicate by
// Returns the new number, or minus the number of the event's ticket.
var reserveScript = redis.NewScript(`
if ARGV[1] == '1' then
  local prev = redis.call('GET', KEYS[1])
  if prev then return -tonumber(prev) end
end
return redis.call('INCR', KEYS[2])
`)

// createScript stores a new ticket with its indexes, notes, audit entry,
// scheduled jobs, the requester's recent marker and pending-question
// cleanup. The event's created marker is checked first, so of concurrent
// creations for one event (or a redelivery whose number came from the
// pool) the first wins and the others write nothing; their numbers go back
// to the pool. A number already in use is refused: pooled numbers are
// never handed out twice, and this keeps a mistake from overwriting a
// ticket.
//
// With an inbox item (the event being handled, on a single server), the
// script acknowledges it last, whether it created the ticket or found the
// event's ticket, so an event is never acknowledged without its ticket.
//
// KEYS[1] ticket hash, KEYS[2] index of all, KEYS[3] status index (open),
// KEYS[4] requester index, KEYS[5] requesters set, KEYS[6] due index,
// KEYS[7] notes list, KEYS[8] the event's created marker, KEYS[9] audit
// stream, KEYS[10] audit head, KEYS[11] schedule, KEYS[12] recent marker,
// KEYS[13] pending question; KEYS[14] inbox leases, KEYS[15] inbox
// attempts (used only with an item; outside the workspace's slot)
// ARGV[1] number, ARGV[2] "1" to deduplicate by event, ARGV[3] marker ttl
// (s), ARGV[4] due score ("" for none), ARGV[5] recent ttl (ms, "" for
// none), ARGV[6] "1" to drop the pending question, ARGV[7..10] counts of
// hash field/value args, notes, job score/member args, audit field/value
// args, ARGV[11] the inbox item to acknowledge ("" for none); then those
// args in that order (the hash's include its version, 1), then the audit
// tag.
// Returns {1, number} when created, {0, number} for the event's existing
// ticket; an error when the number is in use.
var createScript = redis.NewScript(auditLua + `
local function ack()
  if ARGV[11] ~= '' then
    redis.call('ZREM', KEYS[14], ARGV[11])
    redis.call('HDEL', KEYS[15], ARGV[11])
  end
end
local n = ARGV[1]
if ARGV[2] == '1' then
  local prev = redis.call('GET', KEYS[8])
  if prev then
    ack()
    return {0, tonumber(prev)}
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.error_reply('ticket number ' .. n .. ' is in use')
end
if ARGV[2] == '1' then redis.call('SET', KEYS[8], n, 'EX', ARGV[3]) end
local nf, nn, nj, na = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
local i = 12
redis.call('HSET', KEYS[1], unpack(ARGV, i, i + nf - 1))
i = i + nf
redis.call('ZADD', KEYS[2], n, n)
redis.call('ZADD', KEYS[3], n, n)
redis.call('ZADD', KEYS[4], n, n)
redis.call('SADD', KEYS[5], ARGV[13])
if ARGV[4] ~= '' then redis.call('ZADD', KEYS[6], ARGV[4], n) end
for k = i, i + nn - 1 do redis.call('RPUSH', KEYS[7], ARGV[k]) end
i = i + nn
for k = i, i + nj - 1, 2 do redis.call('ZADD', KEYS[11], ARGV[k], ARGV[k + 1]) end
i = i + nj
if ARGV[5] ~= '' then redis.call('SET', KEYS[12], n, 'PX', ARGV[5]) end
if ARGV[6] == '1' then redis.call('DEL', KEYS[13]) end
append_audit(KEYS[9], KEYS[10], i, i + na - 1, ARGV[i + na])
ack()
return {1, tonumber(n)}
`)

// transitionScript applies a ticket transition decided in Go if the ticket
// is still the copy Go decided on (version, status, assignee and update
// time unchanged): a compare-and-set, so of concurrent claims the first
// wins. When the ticket changed, it answers with the ticket as stored, so
// Go decides again without a read of its own (the others of concurrent
// claims then get the life cycle's answer). The version is compared with
// the other three so that a write by a release before versions existed,
// which moves the update time, is still seen.
//
// With an inbox item (the command or click being handled, on a single
// server), the script acknowledges it last when it applies the change; when
// it does not, the next try or the worker does.
//
// KEYS[1] ticket hash, KEYS[2] old status index, KEYS[3] new status index,
// KEYS[4] old assignee's index, KEYS[5] new assignee's index, KEYS[6] due
// index, KEYS[7] notes list, KEYS[8] audit stream, KEYS[9] audit head,
// KEYS[10] finished index (scored by Unix seconds); KEYS[11] inbox leases,
// KEYS[12] inbox attempts (used only with an item; outside the
// workspace's slot)
// ARGV[1..4] expected status, assignee, updated, version (0: none);
// ARGV[5] number; ARGV[6] "1" to leave the old assignee's index, ARGV[7]
// "1" to join the new assignee's, ARGV[8] "1" when the ticket is finished
// (leaves the due index, joins the finished one), ARGV[9] a sealed note
// ("" for none), ARGV[10] count of hash field/value args, ARGV[11] count
// of audit field/value args, ARGV[12] now (Unix seconds), ARGV[13] the
// inbox item to acknowledge when applied ("" for none); then those args,
// then the audit tag.
// Returns {1} when applied (the version raised by one), or {0, the
// ticket's fields as field, value, ..., its notes} when the ticket is not
// the expected one (both empty when there is no ticket).
var transitionScript = redis.NewScript(auditLua + `
local cur = redis.call('HMGET', KEYS[1], 'status', 'assignee', 'updated', 'version')
if (cur[1] or '') ~= ARGV[1] or (cur[2] or '') ~= ARGV[2] or (cur[3] or '') ~= ARGV[3]
  or tonumber(cur[4] or '0') ~= tonumber(ARGV[4]) then
  return {0, redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[7], 0, -1)}
end
local n = ARGV[5]
local nh, na = tonumber(ARGV[10]), tonumber(ARGV[11])
local i = 14
redis.call('HSET', KEYS[1], unpack(ARGV, i, i + nh - 1))
redis.call('HINCRBY', KEYS[1], 'version', 1)
i = i + nh
redis.call('ZREM', KEYS[2], n)
redis.call('ZADD', KEYS[3], n, n)
if ARGV[6] == '1' then redis.call('ZREM', KEYS[4], n) end
if ARGV[7] == '1' then redis.call('ZADD', KEYS[5], n, n) end
if ARGV[8] == '1' then
  redis.call('ZREM', KEYS[6], n)
  redis.call('ZADD', KEYS[10], ARGV[12], n)
end
if ARGV[9] ~= '' then redis.call('RPUSH', KEYS[7], ARGV[9]) end
append_audit(KEYS[8], KEYS[9], i, i + na - 1, ARGV[i + na])
if ARGV[13] ~= '' then
  redis.call('ZREM', KEYS[11], ARGV[13])
  redis.call('HDEL', KEYS[12], ARGV[13])
end
return {1}
`)

// flatFields turns a ticket's encoded fields into field, value, ... in a
// fixed order (the requester first: createScript reads its value as ARGV[13]).
func flatFields(m map[string]any) []any {
	names := make([]string, 0, len(m))
	for k := range m {
		if k != fieldRequester {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	out := make([]any, 0, 2*len(m))
	if v, ok := m[fieldRequester]; ok {
		out = append(out, fieldRequester, v)
	}
	for _, k := range names {
		out = append(out, k, m[k])
	}
	return out
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func millis(d time.Duration) string { return strconv.FormatInt(d.Milliseconds(), 10) }
