// Package report builds the oversight report a compliance officer brings to
// a periodic review: one self-contained HTML file (inline CSS and SVG charts,
// nothing loaded from elsewhere) drawn from a workspace's audit trail and
// ticket metadata.
//
// It never sees request text: it is fed audit entries (ids, actions, types
// and counts) and tickets holding only metadata (storage.ScanTicketMeta), and
// prints only ids, intents, PHI types, counts and times.
package report

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Config is what the report knows besides the trail and the tickets.
type Config struct {
	Workspace    string
	Since, Until time.Time // the period; zero is open (first entry, Now)
	Now          time.Time
	// Approved lists the channels approved for PHI now.
	Approved []string
	// Access lists who holds which role, clearance and pairing now.
	Access []Access
	// Verify is the result of checking the audit hash chain.
	Verify Verification
	// Checkpoint describes the last signed checkpoint of the trail, if any
	// ("" when none was made or the build has no checkpoints).
	Checkpoint string
	// ReviewEvery is the access review interval (0 leaves it out).
	ReviewEvery time.Duration
}

// Access is one user's current rights.
type Access struct {
	User     string
	Roles    []delegatebot.Role
	Cleared  bool
	Supports []string
}

// Verification is the outcome of verifying the audit chain.
type Verification struct {
	Entries int
	Err     string // "" when the chain is intact
}

// Builder accumulates a report. Feed it every ticket (Ticket), then every
// audit entry of the whole trail oldest first (Entry), then call Report. It
// keeps per-ticket facts and counters only, never the entries themselves.
type Builder struct {
	cfg     Config
	tickets map[string]*ticketFacts
	first   time.Time // the first entry seen

	opened, closed   *weekly // by intent
	guardAction      *weekly // guard.allow|redact|block per week
	guardTypes       map[string]map[string]int
	guardKinds       map[string]map[string]int // kind -> action -> n
	inbound          map[string]map[string]int // channel -> type -> n
	refusals         map[[3]string]int         // command, role, ticket-or-"" -> n
	approvedBy       map[string]change         // channel -> last approval
	changes          []change                  // access changes in the period
	channelChanges   []change                  // approvals and revocations in the period
	clearanceReqs    []change
	escalations      []change
	checkpoints      []change
	policyVersion    int
	policySet        change
	acks             map[string]change // user -> last ack of any version
	ackVersion       map[string]int
	reviews          []change
	lastReview       time.Time
	reviewDecisions  map[string]int
	entries, inRange int
}

// change is one audited change as the report lists it.
type change struct {
	At     time.Time
	Actor  string
	Action string
	Ticket string
	What   string // ids and names only
}

type ticketFacts struct {
	id        string
	intent    string
	created   time.Time
	due       delegatebot.Moment
	claimed   time.Time // first claim
	closed    time.Time // done or cancelled
	outcome   delegatebot.Status
	status    delegatebot.Status
	escalated int
}

// New returns an empty Builder.
func New(cfg Config) *Builder {
	if cfg.Now.IsZero() {
		cfg.Now = time.Now()
	}
	return &Builder{
		cfg: cfg, tickets: map[string]*ticketFacts{},
		opened: newWeekly(), closed: newWeekly(), guardAction: newWeekly(),
		guardTypes: map[string]map[string]int{}, guardKinds: map[string]map[string]int{},
		inbound: map[string]map[string]int{}, refusals: map[[3]string]int{},
		approvedBy: map[string]change{}, acks: map[string]change{}, ackVersion: map[string]int{},
		reviewDecisions: map[string]int{}, policyVersion: 1,
	}
}

// Ticket records a ticket's metadata. Only ids, intent, status, due and
// times are read.
func (b *Builder) Ticket(t *delegatebot.Ticket) {
	f := b.facts(t.ID())
	f.intent, f.created, f.due, f.status = string(t.Intent), t.Created, t.Due, t.Status
}

func (b *Builder) facts(id string) *ticketFacts {
	f := b.tickets[id]
	if f == nil {
		f = &ticketFacts{id: id, intent: "unknown"}
		b.tickets[id] = f
	}
	return f
}

func (b *Builder) inPeriod(t time.Time) bool {
	return (b.cfg.Since.IsZero() || !t.Before(b.cfg.Since)) && (b.cfg.Until.IsZero() || t.Before(b.cfg.Until))
}

// Entry records one audit entry. Feed the whole trail, oldest first: state
// such as who approved a channel may predate the period.
func (b *Builder) Entry(e delegatebot.AuditEntry) {
	b.entries++
	if b.first.IsZero() {
		b.first = e.At
	}
	in := b.inPeriod(e.At)
	if in {
		b.inRange++
	}
	fields := detailFields(e.Detail)
	c := change{At: e.At, Actor: e.Actor, Action: e.Action, Ticket: e.Ticket, What: fields["user"]}
	switch {
	case e.Action == "ticket.create":
		f := b.facts(e.Ticket)
		if f.created.IsZero() {
			f.created = e.At
		}
		if in {
			b.opened.add(e.At, f.intent, 1)
		}
	case e.Action == "ticket.claim":
		if f := b.facts(e.Ticket); f.claimed.IsZero() {
			f.claimed = e.At
		}
	case e.Action == "ticket.done" || e.Action == "ticket.cancel":
		f := b.facts(e.Ticket)
		f.closed, f.outcome = e.At, e.To
		if in {
			b.closed.add(e.At, f.intent, 1)
		}
	case e.Action == "ticket.escalate":
		b.facts(e.Ticket).escalated++
		if in {
			b.escalations = append(b.escalations, c)
		}
	case e.Action == "guard.inbound":
		if in {
			m := b.inbound[e.Channel]
			if m == nil {
				m = map[string]int{}
				b.inbound[e.Channel] = m
			}
			for t, n := range typeCounts(e.Detail) {
				m[t] += n
			}
		}
	case strings.HasPrefix(e.Action, "guard."):
		if !in {
			break
		}
		act := strings.TrimPrefix(e.Action, "guard.")
		b.guardAction.add(e.At, act, 1)
		kind := fields["kind"]
		if kind == "" {
			kind = "not recorded"
		}
		inc(b.guardKinds, kind, act, 1)
		for t, n := range typeCounts(e.Detail) {
			inc(b.guardTypes, act, t, n)
		}
	case e.Action == "refused":
		if in {
			role := fields["role"]
			if role == "" {
				role = "none"
			}
			b.refusals[[3]string{fields["command"], role, e.Ticket}]++
		}
	case e.Action == "policy.approve" || e.Action == "policy.revoke":
		c.What = e.Channel
		if e.Action == "policy.approve" {
			b.approvedBy[e.Channel] = c
		}
		if in {
			b.channelChanges = append(b.channelChanges, c)
		}
	case strings.HasPrefix(e.Action, "clearance.") && e.Action != "clearance.grant" && e.Action != "clearance.revoke":
		if in {
			b.clearanceReqs = append(b.clearanceReqs, c)
		}
	case strings.HasPrefix(e.Action, "role.") || strings.HasPrefix(e.Action, "clearance.") || strings.HasPrefix(e.Action, "support."):
		if in {
			c.What = accessWhat(e)
			b.changes = append(b.changes, c)
		}
	case e.Action == "policy.set":
		if v, err := strconv.Atoi(fields["version"]); err == nil {
			b.policyVersion = v
		}
		b.policySet = c
	case e.Action == "policy.ack":
		if v, err := strconv.Atoi(fields["version"]); err == nil {
			b.ackVersion[e.Actor] = v
		}
		b.acks[e.Actor] = c
	case strings.HasPrefix(e.Action, "review."):
		if e.Action == "review.complete" {
			b.lastReview = e.At
		}
		if in {
			b.reviewDecisions[e.Action]++
			b.reviews = append(b.reviews, c)
		}
	case e.Action == "audit.checkpoint":
		b.checkpoints = append(b.checkpoints, c)
	}
}

// accessWhat describes an access change from its detail ("user=U1 admin",
// "user=U1 phi", "user=X U1->X"): ids and role names only.
func accessWhat(e delegatebot.AuditEntry) string {
	fs := strings.Fields(e.Detail)
	var parts []string
	for _, f := range fs {
		if u, ok := strings.CutPrefix(f, "user="); ok {
			parts = append(parts, u)
			continue
		}
		if strings.Contains(f, "=") {
			continue
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, " ")
}

// detailFields reads the key=value words of an audit detail.
func detailFields(detail string) map[string]string {
	m := map[string]string{}
	for _, f := range strings.Fields(detail) {
		if k, v, ok := strings.Cut(f, "="); ok {
			m[k] = v
		}
	}
	return m
}

// typeCounts reads the PHI "TYPE=n" counts of a guard detail: upper-case
// keys with integer values.
func typeCounts(detail string) map[string]int {
	out := map[string]int{}
	for _, f := range strings.Fields(detail) {
		k, v, ok := strings.Cut(f, "=")
		if !ok || k == "" || strings.ToUpper(k) != k {
			continue
		}
		if n, err := strconv.Atoi(v); err == nil {
			out[k] += n
		}
	}
	return out
}

func inc(m map[string]map[string]int, a, b string, n int) {
	if m[a] == nil {
		m[a] = map[string]int{}
	}
	m[a][b] += n
}

// weekly counts by ISO week (Monday 00:00 UTC) and key.
type weekly struct {
	counts map[time.Time]map[string]float64
	keys   map[string]float64 // totals
}

func newWeekly() *weekly {
	return &weekly{counts: map[time.Time]map[string]float64{}, keys: map[string]float64{}}
}

func (w *weekly) add(at time.Time, key string, n float64) {
	wk := weekStart(at)
	if w.counts[wk] == nil {
		w.counts[wk] = map[string]float64{}
	}
	w.counts[wk][key] += n
	w.keys[key] += n
}

// series returns one Series per key (largest total first) over weeks.
func (w *weekly) series(weeks []time.Time) []Series {
	keys := make([]string, 0, len(w.keys))
	for k := range w.keys {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if w.keys[keys[i]] != w.keys[keys[j]] {
			return w.keys[keys[i]] > w.keys[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]Series, len(keys))
	for i, k := range keys {
		vals := make([]float64, len(weeks))
		for j, wk := range weeks {
			vals[j] = w.counts[wk][k]
		}
		out[i] = Series{Name: k, Values: vals}
	}
	return out
}

func (w *weekly) total() float64 {
	t := 0.0
	for _, v := range w.keys {
		t += v
	}
	return t
}

func weekStart(t time.Time) time.Time {
	u := t.UTC()
	d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
	off := (int(d.Weekday()) + 6) % 7 // Monday = 0
	return d.AddDate(0, 0, -off)
}

// weeks lists the week starts from..to inclusive, at most 156 (3 years).
func weeks(from, to time.Time) []time.Time {
	var out []time.Time
	for w := weekStart(from); !w.After(to) && len(out) < 156; w = w.AddDate(0, 0, 7) {
		out = append(out, w)
	}
	return out
}

// percentile returns the p-th percentile (0..1) of sorted ds, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(float64(len(ds))*p+0.999999) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(ds) {
		i = len(ds) - 1
	}
	return ds[i]
}

// buckets are the distribution's bins of a duration.
var buckets = []struct {
	label string
	upTo  time.Duration
}{
	{"< 15 min", 15 * time.Minute},
	{"15–60 min", time.Hour},
	{"1–4 h", 4 * time.Hour},
	{"4–24 h", 24 * time.Hour},
	{"1–3 d", 72 * time.Hour},
	{"3–7 d", 7 * 24 * time.Hour},
	{"> 7 d", 1<<63 - 1},
}

func bucketLabels() []string {
	out := make([]string, len(buckets))
	for i, b := range buckets {
		out[i] = b.label
	}
	return out
}

func histogram(ds []time.Duration) []float64 {
	out := make([]float64, len(buckets))
	for _, d := range ds {
		for i, b := range buckets {
			if d < b.upTo {
				out[i]++
				break
			}
		}
	}
	return out
}

// deadline is when a ticket is due: its due instant, or 17:00 of a due date
// (as the reminders reckon it).
func deadline(m delegatebot.Moment) time.Time {
	if m.Clock {
		return m.T
	}
	y, mo, d := m.T.Date()
	return time.Date(y, mo, d, 17, 0, 0, 0, m.T.Location())
}

// human formats a duration for people: "3h 20m", "2d 4h", "12m".
func human(d time.Duration) string {
	switch {
	case d <= 0:
		return "0s"
	case d < time.Minute:
		return strconv.Itoa(int(d.Seconds()+0.5)) + "s"
	case d < time.Hour:
		return strconv.Itoa(int(d.Minutes()+0.5)) + "m"
	case d < 24*time.Hour:
		h := int(d.Hours())
		return unit(h, "h", int(d.Minutes())-60*h, "m")
	}
	days := int(d.Hours()) / 24
	return unit(days, "d", int(d.Hours())-24*days, "h")
}

// unit writes "3h 20m", or "3h" when the smaller unit is zero.
func unit(big int, bu string, small int, su string) string {
	if small == 0 {
		return strconv.Itoa(big) + bu
	}
	return strconv.Itoa(big) + bu + " " + strconv.Itoa(small) + su
}
