package handlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// Reminders sends what is due without anyone asking: a reminder to the
// assignee before a ticket's deadline, an overdue notice, an escalation to
// the queue when a ticket stays unclaimed, and a daily digest to each
// executive with unfinished tickets. Jobs are scheduled in Redis and leased
// by one replica at a time (storage.TakeJobs), so any number of replicas
// send each message once.
type Reminders struct {
	Store   *storage.Store
	Bot     *bot.Bot
	Senders map[string]bot.Sender // platform -> sender
	Queues  map[string]string     // platform -> queue channel

	DueSoon       time.Duration // remind this long before a deadline; 0 means 1h
	EscalateAfter time.Duration // escalate unclaimed tickets after this; 0 turns it off
	// DigestHour is the hour of the executive's day of the daily digest, in
	// their own time zone (their profile's "tz", which the Slack and Teams
	// adapters keep), else Location; -1 turns it off.
	DigestHour int
	Location   *time.Location // users' default time zone; nil is UTC
	Now        func() time.Time
	Log        *slog.Logger
	// OnLag, when set, is told how late each job runs (now minus its due
	// time), e.g. for a scheduler lag histogram.
	OnLag func(time.Duration)

	// Oversight plans access review prompts to admins (ReviewEvery; 0 off).
	Oversight OversightConfig
	// Retention is how long a done or cancelled ticket keeps its
	// PHI-bearing fields (storage.PurgeFinished); 0 keeps them forever.
	Retention time.Duration

	ensured *ensuredSet // made on first use (ensuredInit)
}

// ensuredSet remembers when each workspace's jobs were last ensured.
type ensuredSet struct {
	mu sync.Mutex
	at map[string]time.Time
}

var ensuredInit sync.Mutex

// The job kinds.
const (
	jobDueSoon  = "due_soon"
	jobOverdue  = "overdue"
	jobEscalate = "escalate"
	jobDigest   = "digest"
	jobRemind   = "remind" // a reminder.set ticket: DM the requester at its time
	jobPurge    = "purge"  // a workspace job: retention, every purgeEvery
)

// purgeEvery is how often each workspace's finished tickets are checked for
// retention; purgeBatch bounds one run (the next run takes the rest).
const (
	purgeEvery = time.Hour
	purgeBatch = 500
)

// lease bounds how long a replica may hold a job before another takes it.
const lease = time.Minute

func (r *Reminders) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

func (r *Reminders) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// deadline is when a ticket is due: its due instant, or the end of the
// business day (17:00) of a due date.
func deadline(t *delegatebot.Ticket) time.Time {
	if t.Due.Clock {
		return t.Due.T
	}
	y, m, d := t.Due.T.Date()
	return time.Date(y, m, d, 17, 0, 0, 0, t.Due.T.Location())
}

// Schedule plans the jobs of a new or edited ticket. A job is named by its
// kind and ticket, so planning again (after an edit) moves it.
func (r *Reminders) Schedule(ctx context.Context, t *delegatebot.Ticket) error {
	for _, j := range r.TicketJobs(t) {
		if err := r.Store.ScheduleJob(ctx, t.Workspace, j, false); err != nil {
			return err
		}
	}
	return r.ScheduleWorkspace(ctx, t.Workspace)
}

// TicketJobs are the jobs of ticket t: due-soon and overdue reminders, a
// reminder.set's reminder, the escalation of an open ticket. A new ticket's
// are stored with it (storage.CreateOptions.Jobs).
func (r *Reminders) TicketJobs(t *delegatebot.Ticket) []storage.Job {
	var jobs []storage.Job
	if !t.Due.IsZero() {
		soon := r.DueSoon
		if soon == 0 {
			soon = time.Hour
		}
		dl := deadline(t)
		jobs = append(jobs, storage.Job{Kind: jobDueSoon, Ticket: t.Number, At: dl.Add(-soon)},
			storage.Job{Kind: jobOverdue, Ticket: t.Number, At: dl})
	}
	if at, ok := remindAt(t); ok {
		jobs = append(jobs, storage.Job{Kind: jobRemind, Ticket: t.Number, At: at})
	}
	if r.EscalateAfter > 0 && t.Status == delegatebot.StatusOpen {
		jobs = append(jobs, storage.Job{Kind: jobEscalate, Ticket: t.Number, At: t.Created.Add(r.EscalateAfter)})
	}
	return jobs
}

// workspaceRecheck is how often a new ticket makes sure its workspace's
// jobs are scheduled: the jobs reschedule themselves when they run, so a
// new ticket need not check at every create (three round trips).
const workspaceRecheck = 10 * time.Minute

// EnsureWorkspace is ScheduleWorkspace at most once per workspaceRecheck
// per workspace in this process: what a new ticket calls.
func (r *Reminders) EnsureWorkspace(ctx context.Context, ws string) error {
	ensuredInit.Lock()
	if r.ensured == nil {
		r.ensured = &ensuredSet{at: map[string]time.Time{}}
	}
	set := r.ensured
	ensuredInit.Unlock()
	now := r.now()
	set.mu.Lock()
	at, ok := set.at[ws]
	set.mu.Unlock()
	if ok && now.Sub(at) < workspaceRecheck && !now.Before(at) {
		return nil
	}
	if err := r.ScheduleWorkspace(ctx, ws); err != nil {
		return err
	}
	set.mu.Lock()
	set.at[ws] = now
	set.mu.Unlock()
	return nil
}

// ScheduleWorkspace makes sure ws's workspace jobs (oversight review,
// digest) are scheduled; it keeps their times if they are.
func (r *Reminders) ScheduleWorkspace(ctx context.Context, ws string) error {
	if err := r.scheduleReview(ctx, ws); err != nil {
		return err
	}
	if r.Retention > 0 {
		if err := r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobPurge, At: r.now().Add(purgeEvery)}, true); err != nil {
			return err
		}
	}
	if r.DigestHour >= 0 {
		return r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobDigest, At: r.nextDigest(r.now())}, true)
	}
	return nil
}

// remindAt is when a reminder.set ticket reminds its requester: its time,
// else its deadline; a date alone reminds at 09:00 that day.
func remindAt(t *delegatebot.Ticket) (time.Time, bool) {
	if t.Intent != delegatebot.IntentReminder {
		return time.Time{}, false
	}
	m := t.When
	if m.IsZero() {
		m = t.Due
	}
	if m.IsZero() {
		return time.Time{}, false
	}
	if m.Clock {
		return m.T, true
	}
	y, mo, d := m.T.Date()
	return time.Date(y, mo, d, 9, 0, 0, 0, m.T.Location()), true
}

// nextDigest is the next full hour after after: the digest job runs hourly
// and writes to the executives whose local hour it is.
func (r *Reminders) nextDigest(after time.Time) time.Time {
	return after.UTC().Truncate(time.Hour).Add(time.Hour)
}

// zone is user's time zone: their profile's, else the default.
func (r *Reminders) zone(ctx context.Context, ws, platform, user string) *time.Location {
	if p, err := r.Store.Profile(ctx, ws, platform, user); err == nil && p["tz"] != "" {
		if loc, err := time.LoadLocation(p["tz"]); err == nil {
			return loc
		}
	}
	if r.Location != nil {
		return r.Location
	}
	return time.UTC
}

// Run ticks every interval until ctx ends.
//
// A panic in one tick is recovered, logged and passed to onPanic (when set),
// so one bad job cannot stop reminders or crash the process; the job's lease
// expires and it is tried again.
func (r *Reminders) Run(ctx context.Context, every time.Duration, onPanic func(where string)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := r.safeTick(ctx, onPanic); err != nil {
				r.log().Error("reminders", "err", err)
			}
		}
	}
}

func (r *Reminders) safeTick(ctx context.Context, onPanic func(string)) (err error) {
	defer func() {
		if p := recover(); p != nil {
			r.log().Error("reminders panicked", "panic", fmt.Sprintf("%T", p))
			if onPanic != nil {
				onPanic("reminders")
			}
			err = fmt.Errorf("reminders: recovered from a panic")
		}
	}()
	return r.Tick(ctx)
}

// Tick runs every job that is due now, in every workspace.
func (r *Reminders) Tick(ctx context.Context) error {
	wss, err := r.Store.ScheduledWorkspaces(ctx)
	if err != nil {
		return err
	}
	for _, ws := range wss {
		for {
			jobs, err := r.Store.TakeJobs(ctx, ws, r.now(), lease, 50)
			if err != nil {
				return err
			}
			for _, j := range jobs {
				if r.OnLag != nil {
					r.OnLag(r.now().Sub(j.At))
				}
				if err := r.run(ctx, ws, j); errors.Is(err, errNoSender) {
					// No replica of this deployment serves the platform:
					// retrying cannot help.
					r.log().Warn("reminder dropped", "workspace", ws, "job", j.Kind, "ticket", j.Ticket, "err", err)
				} else if err != nil {
					// The lease expires and another tick tries again.
					r.log().Error("reminder failed", "workspace", ws, "job", j.Kind, "ticket", j.Ticket, "err", err)
					continue
				}
				if err := r.Store.DoneJob(ctx, ws, j); err != nil {
					return err
				}
			}
			if len(jobs) < 50 {
				break
			}
		}
	}
	return nil
}

func (r *Reminders) run(ctx context.Context, ws string, j storage.Job) error {
	if j.Kind == jobReview {
		return r.reviewPrompt(ctx, ws)
	}
	if j.Kind == jobPurge {
		n, err := r.Store.PurgeFinished(ctx, ws, r.now().Add(-r.Retention), purgeBatch)
		if err != nil {
			return err
		}
		if n > 0 {
			r.log().Info("retention", "workspace", ws, "purged", n)
		}
		next := r.now().Add(purgeEvery)
		if n == purgeBatch {
			next = r.now() // more to do
		}
		return r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobPurge, At: next}, false)
	}
	if j.Kind == jobDigest {
		if err := r.digest(ctx, ws); err != nil {
			return err
		}
		return r.Store.ScheduleJob(ctx, ws, storage.Job{Kind: jobDigest, At: r.nextDigest(r.now())}, false)
	}
	t, err := r.Store.FindTicket(ctx, ws, j.Ticket)
	if delegatebot.ErrorCode(err) == delegatebot.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	if t.Status.Final() {
		return nil
	}
	switch j.Kind {
	case jobRemind:
		// The requester asked to be reminded: the DM goes to them, and
		// the ticket stays open (and cancellable) until someone closes it.
		where := approvedPlace(ctx, r.Store, r.Queues[t.Source.Platform], ws)
		return r.dm(ctx, t, t.Requester, shown(bot.Reply{Text: bot.Textf("Reminder: %s", summary(t)), Card: card(t, nil)}, t,
			bot.Textf("Reminder: %s", brief(t, where)), where))
	case jobDueSoon, jobOverdue:
		word := "Reminder: due " + t.Due.Human()
		if j.Kind == jobOverdue {
			word = "Overdue since " + t.Due.Human()
		}
		where := approvedPlace(ctx, r.Store, r.Queues[t.Source.Platform], ws)
		msg := shown(bot.Reply{Text: bot.Textf("%s — %s", word, summary(t))}, t, bot.Textf("%s — %s", word, brief(t, where)), where)
		if j.Kind == jobOverdue {
			r.audit(ctx, t, "ticket.overdue")
		}
		if t.Assignee == "" {
			return r.toQueue(ctx, t, msg)
		}
		if err := r.dm(ctx, t, t.Assignee, msg); err != nil {
			return err
		}
		if j.Kind == jobOverdue && t.Requester != t.Assignee {
			return r.dm(ctx, t, t.Requester, msg)
		}
	case jobEscalate:
		if t.Status != delegatebot.StatusOpen {
			return nil
		}
		r.audit(ctx, t, "ticket.escalate")
		where := approvedPlace(ctx, r.Store, r.Queues[t.Source.Platform], ws)
		head := bot.Textf("Still unclaimed after %s: %s", r.EscalateAfter, t.ID())
		return r.toQueue(ctx, t, shown(bot.Reply{Text: bot.Textf("Still unclaimed after %s: %s", r.EscalateAfter, summary(t)), Card: card(t, nil)}, t, head, where))
	}
	return nil
}

// errNoSender means no sender serves a ticket's platform.
var errNoSender = errors.New("no sender for the platform")

func (r *Reminders) sender(platform string) (bot.Sender, error) {
	s, ok := r.Senders[platform]
	if !ok {
		return nil, fmt.Errorf("%w %q", errNoSender, platform)
	}
	return s, nil
}

func (r *Reminders) dm(ctx context.Context, t *delegatebot.Ticket, user string, msg bot.Reply) error {
	s, err := r.sender(t.Source.Platform)
	if err != nil {
		return err
	}
	d := bot.Destination{Platform: t.Source.Platform, Workspace: t.Workspace, Kind: phi.KindDM, DM: user, User: user}
	return r.Bot.Send(ctx, s, d, msg)
}

func (r *Reminders) toQueue(ctx context.Context, t *delegatebot.Ticket, msg bot.Reply) error {
	q := r.Queues[t.Source.Platform]
	if q == "" {
		return nil
	}
	s, err := r.sender(t.Source.Platform)
	if err != nil {
		return err
	}
	d := bot.Destination{Platform: t.Source.Platform, Workspace: t.Workspace, Channel: q, Kind: phi.KindChannel}
	return r.Bot.Send(ctx, s, d, msg)
}

// digest sends each executive of ws whose local hour is DigestHour the
// list of their unfinished tickets.
func (r *Reminders) digest(ctx context.Context, ws string) error {
	users, err := r.Store.Requesters(ctx, ws)
	if err != nil {
		return err
	}
	now := r.now()
	for _, u := range users {
		ts, _, err := r.Store.ListTickets(ctx, ws, storage.Filter{Requester: u, Unfinished: true}, 0, 50)
		if err != nil {
			return err
		}
		if len(ts) == 0 || now.In(r.zone(ctx, ws, ts[0].Source.Platform, u)).Hour() != r.DigestHour {
			continue
		}
		head := []bot.Text{bot.Plain(fmt.Sprintf("Your %d open %s:", len(ts), plural(len(ts), "request", "requests")))}
		where := approvedPlace(ctx, r.Store, r.Queues[ts[0].Source.Platform], ws)
		if err := r.dm(ctx, ts[0], u, shownList(head, ts, nil, where)); err != nil {
			return err
		}
	}
	return nil
}
