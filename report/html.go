package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
)

//go:embed report.html.tmpl
var pageText string

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"when": stamp,
	"join": strings.Join,
}).Parse(pageText))

// view is what the template shows; every field is an id, a name, a count
// or a time.
type view struct {
	Workspace          string
	From, To           string
	Generated          string
	Entries, InPeriod  int
	OpenedChart        template.HTML
	ClosedChart        template.HTML
	ByIntent           []intentRow
	Opened, Closed     int
	Claim, Close       durationStats
	Breaches           []breachRow
	Escalations        []change
	GuardChart         template.HTML
	GuardTypes         []countRow
	GuardKinds         []kindRow
	Inbound            []inboundRow
	Refusals           []refusalRow
	Approved           []approvedRow
	ChannelChanges     []change
	AccessChanges      []change
	Access             []accessRow
	ClearanceRequests  []change
	Policy             policyView
	Review             reviewView
	Verify             Verification
	Checkpoint         string
	LastCheckpoint     string
	ReviewDecisions    []countRow
	AccessReviewEvents []change
}

type intentRow struct {
	Intent         string
	Opened, Closed int
}

type durationStats struct {
	N        int
	P50, P90 string
	Chart    template.HTML
}

type breachRow struct {
	Ticket, Intent, Deadline, State string
	Escalated                       int
}

type countRow struct {
	Key, Sub string
	N        int
}

type kindRow struct {
	Kind                 string
	Allow, Redact, Block int
}

type inboundRow struct {
	Channel string
	Types   string
	Total   int
}

type refusalRow struct {
	Command, Role, Ticket string
	N                     int
}

type approvedRow struct {
	Channel, By string
	At          time.Time
}

type accessRow struct {
	User, Roles, Supports string
	Cleared               bool
}

type policyView struct {
	Version  int
	SetBy    string
	SetAt    time.Time
	Acked    []ackRow
	NotAcked []string
}

type ackRow struct {
	User    string
	Version int
	At      time.Time
	Current bool
}

type reviewView struct {
	Enabled bool
	Every   string
	Last    time.Time
	Due     time.Time
	Overdue bool
}

// WriteHTML renders the report as one self-contained HTML page.
func (b *Builder) WriteHTML(w io.Writer) error {
	return page.Execute(w, b.view())
}

func (b *Builder) view() view {
	from, to := b.cfg.Since, b.cfg.Until
	if from.IsZero() {
		from = b.first
		if from.IsZero() {
			from = b.cfg.Now
		}
	}
	if to.IsZero() {
		to = b.cfg.Now
	}
	wks := weeks(from, to.Add(-time.Nanosecond))
	labels := make([]string, len(wks))
	for i, w := range wks {
		labels[i] = w.Format("Jan 2")
	}
	v := view{
		Workspace: b.cfg.Workspace, From: from.UTC().Format(time.DateOnly), To: to.UTC().Format(time.DateOnly),
		Generated: stamp(b.cfg.Now), Entries: b.entries, InPeriod: b.inRange,
		OpenedChart: BarChart("Tickets opened per week by intent", labels, b.intentColors(b.opened.series(wks))),
		ClosedChart: BarChart("Tickets done or cancelled per week by intent", labels, b.intentColors(b.closed.series(wks))),
		GuardChart:  BarChart("Guard decisions per week by action", labels, guardColors(b.guardAction.series(wks))),
		Opened:      int(b.opened.total()), Closed: int(b.closed.total()),
		Escalations: b.escalations, ChannelChanges: b.channelChanges, AccessChanges: b.changes,
		ClearanceRequests: b.clearanceReqs, Verify: b.cfg.Verify, Checkpoint: b.cfg.Checkpoint,
		AccessReviewEvents: b.reviews,
	}
	if n := len(b.checkpoints); n > 0 {
		c := b.checkpoints[n-1]
		v.LastCheckpoint = stamp(c.At) + " by " + c.Actor
	}

	// Intents, durations and deadlines of the tickets of the period.
	intents := map[string]*intentRow{}
	row := func(intent string) *intentRow {
		if intents[intent] == nil {
			intents[intent] = &intentRow{Intent: intent}
		}
		return intents[intent]
	}
	var claim, closeDs []time.Duration
	for _, f := range b.tickets {
		if b.inPeriod(f.created) && !f.created.IsZero() {
			row(f.intent).Opened++
			if !f.claimed.IsZero() {
				claim = append(claim, f.claimed.Sub(f.created))
			}
			if f.outcome == delegatebot.StatusDone {
				closeDs = append(closeDs, f.closed.Sub(f.created))
			}
		}
		if !f.closed.IsZero() && b.inPeriod(f.closed) {
			row(f.intent).Closed++
		}
		if f.due.IsZero() {
			continue
		}
		dl := deadline(f.due)
		if !b.inPeriod(dl) || dl.After(b.cfg.Now) {
			continue
		}
		var state string
		switch {
		case !f.closed.IsZero() && f.closed.After(dl):
			state = fmt.Sprintf("%s %s late", f.outcome.Human(), human(f.closed.Sub(dl)))
		case f.closed.IsZero() && !f.status.Final():
			state = fmt.Sprintf("still %s, %s overdue", f.status.Human(), human(b.cfg.Now.Sub(dl)))
		default:
			continue
		}
		v.Breaches = append(v.Breaches, breachRow{Ticket: f.id, Intent: f.intent, Deadline: stamp(dl), State: state, Escalated: f.escalated})
	}
	sort.Slice(v.Breaches, func(i, j int) bool { return v.Breaches[i].Deadline < v.Breaches[j].Deadline })
	for _, k := range sortedKeys(intents) {
		v.ByIntent = append(v.ByIntent, *intents[k])
	}
	v.Claim = stats("Time from request to claim", claim)
	v.Close = stats("Time from request to done", closeDs)

	for _, act := range sortedKeys(b.guardTypes) {
		for _, t := range sortedKeys(b.guardTypes[act]) {
			v.GuardTypes = append(v.GuardTypes, countRow{Key: act, Sub: t, N: b.guardTypes[act][t]})
		}
	}
	for _, k := range sortedKeys(b.guardKinds) {
		m := b.guardKinds[k]
		v.GuardKinds = append(v.GuardKinds, kindRow{Kind: k, Allow: m["allow"], Redact: m["redact"], Block: m["block"]})
	}
	for _, ch := range sortedKeys(b.inbound) {
		var parts []string
		total := 0
		for _, t := range sortedKeys(b.inbound[ch]) {
			parts = append(parts, fmt.Sprintf("%s %d", t, b.inbound[ch][t]))
			total += b.inbound[ch][t]
		}
		v.Inbound = append(v.Inbound, inboundRow{Channel: ch, Types: strings.Join(parts, ", "), Total: total})
	}
	for k, n := range b.refusals {
		v.Refusals = append(v.Refusals, refusalRow{Command: k[0], Role: k[1], Ticket: k[2], N: n})
	}
	sort.Slice(v.Refusals, func(i, j int) bool {
		a, c := v.Refusals[i], v.Refusals[j]
		if a.Command != c.Command {
			return a.Command < c.Command
		}
		if a.Role != c.Role {
			return a.Role < c.Role
		}
		return a.Ticket < c.Ticket
	})
	for _, ch := range b.cfg.Approved {
		c := b.approvedBy[ch]
		v.Approved = append(v.Approved, approvedRow{Channel: ch, By: c.Actor, At: c.At})
	}

	assistants := map[string]bool{}
	for _, a := range b.cfg.Access {
		var roles []string
		for _, r := range a.Roles {
			roles = append(roles, string(r))
			if r == delegatebot.RoleAssistant {
				assistants[a.User] = true
			}
		}
		v.Access = append(v.Access, accessRow{User: a.User, Roles: strings.Join(roles, ", "), Cleared: a.Cleared, Supports: strings.Join(a.Supports, ", ")})
	}
	sort.Slice(v.Access, func(i, j int) bool { return v.Access[i].User < v.Access[j].User })

	v.Policy = policyView{Version: b.policyVersion, SetBy: b.policySet.Actor, SetAt: b.policySet.At}
	for _, u := range sortedKeys(b.acks) {
		ver := b.ackVersion[u]
		v.Policy.Acked = append(v.Policy.Acked, ackRow{User: u, Version: ver, At: b.acks[u].At, Current: ver >= b.policyVersion})
	}
	for _, u := range sortedKeys(assistants) {
		if b.ackVersion[u] < b.policyVersion {
			v.Policy.NotAcked = append(v.Policy.NotAcked, u)
		}
	}

	if b.cfg.ReviewEvery > 0 {
		r := reviewView{Enabled: true, Every: fmt.Sprintf("%d days", int(b.cfg.ReviewEvery.Hours()/24)), Last: b.lastReview}
		start := b.lastReview
		if start.IsZero() {
			start = b.first
		}
		if !start.IsZero() {
			r.Due = start.Add(b.cfg.ReviewEvery)
			r.Overdue = b.cfg.Now.After(r.Due)
		}
		v.Review = r
	}
	for _, k := range sortedKeys(b.reviewDecisions) {
		v.ReviewDecisions = append(v.ReviewDecisions, countRow{Key: k, N: b.reviewDecisions[k]})
	}
	return v
}

// intentColors gives each intent the same colour in every chart: the
// palette in order of the intents' names.
func (b *Builder) intentColors(ss []Series) []Series {
	names := map[string]bool{}
	for k := range b.opened.keys {
		names[k] = true
	}
	for k := range b.closed.keys {
		names[k] = true
	}
	order := sortedKeys(names)
	for i := range ss {
		ss[i].Color = palette[slices.Index(order, ss[i].Name)%len(palette)]
	}
	return ss
}

// guardColors reads at a glance: allowed green, redacted orange, blocked red.
func guardColors(ss []Series) []Series {
	colors := map[string]string{"allow": "#009E73", "redact": "#E69F00", "block": "#D55E00"}
	for i := range ss {
		ss[i].Color = colors[ss[i].Name]
	}
	return ss
}

func stats(title string, ds []time.Duration) durationStats {
	slices.Sort(ds)
	s := durationStats{N: len(ds), P50: "–", P90: "–"}
	if len(ds) > 0 {
		s.P50, s.P90 = human(percentile(ds, 0.5)), human(percentile(ds, 0.9))
	}
	s.Chart = BarChart(title, bucketLabels(), []Series{{Name: "tickets", Values: histogram(ds)}})
	return s
}

// stamp formats a time for the report, in UTC; the zero time is "–".
func stamp(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
