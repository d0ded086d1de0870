package storage

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Job is a scheduled piece of background work: a reminder, an escalation or
// a digest. Jobs live in a per-workspace sorted set scored by their due time
// (Unix ms). A replica takes due jobs with TakeJobs, which moves them to a
// lease set in one script so that no other replica gets them; DoneJob ends
// the lease. A replica that dies mid-job leaves its lease to expire, and
// TakeJobs hands the job out again: each job runs once per success.
type Job struct {
	Kind   string // "due_soon", "overdue", "escalate", "digest"
	Ticket int64  // 0 for workspace jobs (digest)
	At     time.Time
}

func (j Job) member() string { return j.Kind + ":" + strconv.FormatInt(j.Ticket, 10) }

func parseJob(member string, score float64) (Job, bool) {
	kind, num, ok := strings.Cut(member, ":")
	n, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil {
		return Job{}, false
	}
	return Job{Kind: kind, Ticket: n, At: time.UnixMilli(int64(score))}, true
}

// ScheduleJob adds j, or moves it to j.At if already scheduled. With keep,
// an already scheduled j keeps its time.
func (s *Store) ScheduleJob(ctx context.Context, ws string, j Job, keep bool) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := s.registerScheduled(ctx, ws); err != nil {
		return fmt.Errorf("schedule %s: %w", j.Kind, err)
	}
	z := redis.Z{Score: float64(j.At.UnixMilli()), Member: j.member()}
	var err error
	if keep {
		err = s.rdb.ZAddNX(ctx, scheduleKey(ws), z).Err()
	} else {
		err = s.rdb.ZAdd(ctx, scheduleKey(ws), z).Err()
	}
	if err != nil {
		return fmt.Errorf("schedule %s: %w", j.Kind, err)
	}
	s.wrote()
	return nil
}

// registerScheduled adds ws to the registry of workspaces with scheduled
// jobs, once per process. The registry lives on another slot than the
// schedule, so the two writes are separate; an extra registry entry is
// harmless, and entries are never removed, so once is enough.
func (s *Store) registerScheduled(ctx context.Context, ws string) error {
	if _, done := s.scheduled.Load(ws); done {
		return nil
	}
	if err := s.rdb.SAdd(ctx, scheduledKey(), ws).Err(); err != nil {
		return fmt.Errorf("register scheduled workspace: %w", err)
	}
	s.scheduled.Store(ws, struct{}{})
	return nil
}

// takeJobsScript moves due jobs and expired leases to new leases.
//
// KEYS[1] the schedule, KEYS[2] the leases (both scored in Unix ms)
// ARGV[1] now, ARGV[2] lease expiry, ARGV[3] max jobs
// Returns member, score pairs of the jobs taken (score = original due time).
var takeJobsScript = redis.NewScript(`
local out = {}
local function take(key)
  local due = redis.call('ZRANGEBYSCORE', key, '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]) - #out / 2)
  for i = 1, #due, 2 do
    redis.call('ZREM', key, due[i])
    redis.call('ZADD', KEYS[2], ARGV[2], due[i])
    out[#out + 1] = due[i]
    out[#out + 1] = due[i + 1]
  end
end
take(KEYS[2])
if #out / 2 < tonumber(ARGV[3]) then take(KEYS[1]) end
return out
`)

// TakeJobs leases up to max jobs of ws that are due at now, and jobs whose
// earlier lease expired, for lease.
func (s *Store) TakeJobs(ctx context.Context, ws string, now time.Time, lease time.Duration, max int) ([]Job, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	res, err := takeJobsScript.Run(ctx, s.rdb, []string{scheduleKey(ws), leaseKey(ws)},
		now.UnixMilli(), now.Add(lease).UnixMilli(), max).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("take jobs: %w", err)
	}
	var jobs []Job
	for i := 0; i+1 < len(res); i += 2 {
		score, _ := strconv.ParseFloat(res[i+1], 64)
		if j, ok := parseJob(res[i], score); ok {
			jobs = append(jobs, j)
		}
	}
	if len(jobs) > 0 {
		s.wrote()
	}
	return jobs, nil
}

// DoneJob ends j's lease: it will not run again.
func (s *Store) DoneJob(ctx context.Context, ws string, j Job) error {
	if err := validWorkspace(ws); err != nil {
		return err
	}
	if err := s.rdb.ZRem(ctx, leaseKey(ws), j.member()).Err(); err != nil {
		return fmt.Errorf("finish job: %w", err)
	}
	s.wrote()
	return nil
}

// ScheduledWorkspaces lists the workspaces that ever scheduled a job.
func (s *Store) ScheduledWorkspaces(ctx context.Context) ([]string, error) {
	ws, err := s.rdb.SMembers(ctx, scheduledKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("list scheduled workspaces: %w", err)
	}
	return ws, nil
}

// Requesters lists the users who requested tickets in ws (for digests).
func (s *Store) Requesters(ctx context.Context, ws string) ([]string, error) {
	if err := validWorkspace(ws); err != nil {
		return nil, err
	}
	us, err := s.rdb.SMembers(ctx, requestersKey(ws)).Result()
	if err != nil {
		return nil, fmt.Errorf("list requesters: %w", err)
	}
	return us, nil
}
