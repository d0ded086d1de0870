package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/storage"
)

// faultRun kills the bench's redis-server partway through the load and
// restarts it, noting when Redis was down and what /readyz said meanwhile.
type faultRun struct {
	down, up  time.Time
	readyDown int    // /readyz status while Redis was down (0: not asked)
	readyUp   int    // ... once it was back
	how       string // "killed" (SIGKILL, restart) or "paused" (SIGSTOP, SIGCONT)
	done      chan struct{}
	err       error
}

// faultKind is how a fault run takes Redis down and brings it back.
type faultKind struct {
	how        string // "killed" or "paused", for the report
	down, up   func(ctx context.Context) error
	downLine   string // logged when Redis went down
	upLine     string // logged when it came back ("... at +Ns (down Ns)")
	neverLeave bool   // bring it back even when the run fails half-way
}

// startFault takes the bench's redis-server down after the given time for
// downtime: killed (SIGKILL, then restarted on the same data) or, with
// pause, stopped (SIGSTOP, then continued). It asks /readyz half-way through
// the outage and again until it answers 200 once Redis is back.
func startFault(ctx context.Context, rp *redisProcess, target string, after, downtime time.Duration, pause bool, stderr io.Writer) *faultRun {
	k := faultKind{how: "killed",
		down:     func(context.Context) error { return rp.kill() },
		up:       func(ctx context.Context) error { return rp.start(context.WithoutCancel(ctx)) },
		downLine: "killed redis-server (SIGKILL)", upLine: "restarted redis-server"}
	if pause {
		k = faultKind{how: "paused",
			down:     func(context.Context) error { return rp.pause() },
			up:       func(context.Context) error { return rp.resume() },
			downLine: "paused redis-server (SIGSTOP)", upLine: "continued redis-server (SIGCONT)", neverLeave: true}
	}
	f := &faultRun{done: make(chan struct{}), how: k.how}
	begin := time.Now()
	go func() {
		defer close(f.done)
		select {
		case <-time.After(after):
		case <-ctx.Done():
			return
		}
		f.down = time.Now()
		if f.err = k.down(ctx); f.err != nil {
			return
		}
		if k.neverLeave {
			// Whatever happens next, never leave the server stopped.
			defer func() {
				if f.up.IsZero() {
					k.up(ctx)
				}
			}()
		}
		fmt.Fprintf(stderr, "bench: %s at +%.1fs\n", k.downLine, f.down.Sub(begin).Seconds())
		time.Sleep(downtime / 2)
		f.readyDown = probe(target + "/readyz")
		if rest := downtime - time.Since(f.down); rest > 0 {
			time.Sleep(rest)
		}
		// Redis may answer as soon as it is being brought back, before up
		// returns: posts from then on are after the outage.
		back := time.Now()
		if f.err = k.up(ctx); f.err != nil {
			return
		}
		f.up = back
		fmt.Fprintf(stderr, "bench: %s at +%.1fs (down %.1fs)\n", k.upLine, f.up.Sub(begin).Seconds(), f.up.Sub(f.down).Seconds())
		// Readiness returns once the server's pool has dialled the server
		// again: ask until it says 200, for a few seconds at most.
		for deadline := time.Now().Add(10 * time.Second); ; {
			if f.readyUp = probe(target + "/readyz"); f.readyUp == http.StatusOK || time.Now().After(deadline) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	return f
}

func (f *faultRun) wait() error {
	<-f.done
	if f.err != nil {
		return fmt.Errorf("bench: fault: %w", f.err)
	}
	return nil
}

// probe returns the status of a GET, 0 when it failed.
func probe(u string) int {
	c := &http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get(u)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// drainTickets waits for the server's background work: until the Slack
// inbox in Redis is empty (nothing queued, nothing leased) and the
// workspace's ticket count has stood still for a second — or, at the
// latest, until limit. An event whose handling failed stays leased until
// its lease expires and is then handled again, so an empty inbox is the
// only sign that nothing more is coming. It returns the last count, how
// long it waited and what the inbox still held.
func drainTickets(ctx context.Context, st *storage.Store, ws, platform string, limit time.Duration) (n int, took time.Duration, queued, leased int64) {
	start := time.Now()
	last, still := -1, start
	for time.Since(start) < limit && ctx.Err() == nil {
		c, err := ticketCount(ctx, st, ws)
		if err == nil && c != last {
			last, still = c, time.Now()
		}
		q, l, err := st.InboxLen(ctx, platform)
		if err == nil {
			queued, leased = q, l
		}
		if err == nil && q+l == 0 && time.Since(still) >= time.Second {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return max(last, 0), time.Since(start), queued, leased
}

// ticketCount is how many tickets ws holds, from the status index counts.
func ticketCount(ctx context.Context, st *storage.Store, ws string) (int, error) {
	counts, err := st.StatusCounts(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range counts[ws] {
		n += int(c)
	}
	return n, nil
}

// verifyReport matches tickets to events by the marker in their text.
type verifyReport struct {
	Tickets    int // tickets in the workspace
	Lost       int // acknowledged events without a ticket
	Duplicated int // tickets beyond the first for one event
	Unacked    int // tickets of events no delivery of which was acknowledged
	Unmatched  int // tickets without a marker of this run
	// InWindow counts the tickets created by the end of the load window
	// (first send to last answered delivery): what the server handled while
	// the load lasted, not what it caught up on afterwards.
	InWindow    int
	LastCreated time.Time
	// Handling latency: from an event's first acknowledgement to its
	// ticket's creation time (0 when the ticket was stored first).
	HandleP50, HandleP95, HandleP99, HandleMax time.Duration
	handle                                     []time.Duration
}

// verifyTickets reads every ticket of ws (decrypting its text) and counts,
// per event, the tickets carrying its marker.
func verifyTickets(ctx context.Context, st *storage.Store, ws string, marker func(int) string, load loadResult) (verifyReport, error) {
	var v verifyReport
	acked := load.AckedMask
	created := make([]time.Time, len(acked)) // of each event's first ticket
	windowEnd := load.Start.Add(load.Elapsed)
	re := regexp.MustCompile(regexp.QuoteMeta(strings.TrimSuffix(marker(0), "0")) + `(\d+)\b`)
	per := make([]int, len(acked))
	var after int64
	// Each page moves the cursor forward; the bound only guards against a
	// cursor that does not.
	for page := 0; page < len(acked)/100+1000; page++ {
		ts, next, err := st.ListTickets(ctx, ws, storage.Filter{}, after, 1000)
		if err != nil {
			return v, fmt.Errorf("bench: list tickets: %w", err)
		}
		for _, t := range ts {
			v.Tickets++
			m := re.FindStringSubmatch(t.Text)
			i, err := 0, errors.New("no marker")
			if m != nil {
				i, err = strconv.Atoi(m[1])
			}
			if err != nil || i < 0 || i >= len(per) {
				v.Unmatched++
				continue
			}
			per[i]++
			if created[i].IsZero() || t.Created.Before(created[i]) {
				created[i] = t.Created
			}
			if !t.Created.After(windowEnd) {
				v.InWindow++
			}
			if t.Created.After(v.LastCreated) {
				v.LastCreated = t.Created
			}
		}
		if next == 0 {
			break
		}
		after = next
	}
	for i, n := range per {
		switch {
		case acked[i] && n == 0:
			v.Lost++
		case !acked[i] && n > 0:
			v.Unacked++
		}
		if n > 1 {
			v.Duplicated += n - 1
		}
		if acked[i] && n > 0 {
			// Ack and ticket times are read from the same clock only when the
			// server runs in-process or on this machine (--target is loopback).
			v.handle = append(v.handle, max(created[i].Sub(load.AckedAt[i]), 0))
		}
	}
	slices.Sort(v.handle)
	v.HandleP50, v.HandleP95, v.HandleP99 = percentile(v.handle, 50), percentile(v.handle, 95), percentile(v.handle, 99)
	if len(v.handle) > 0 {
		v.HandleMax = v.handle[len(v.handle)-1]
	}
	return v, nil
}

// Report is everything a run measured.
type Report struct {
	Options   Options
	Workspace string
	Target    string
	Redis     string
	InProcess bool
	Edge      string // the fake platform of an in-process run
	Load      loadResult
	Fault     *faultRun
	Tickets   int
	DrainTook time.Duration
	// InboxQueued and InboxLeased are the events still waiting in Redis
	// when the bench stopped waiting: non-zero means --drain was too short.
	InboxQueued, InboxLeased int64
	Verify                   verifyReport
	Guard                    guardReport
	Backlog                  backlogSummary
	// Traffic is serve's Redis traffic from just before the load until the
	// inbox drained (not ok when its /metrics could not be read).
	Traffic redisTraffic
}

// Print writes the summary: one "name  value" line each, stable for scripts.
func (r *Report) Print(w io.Writer) {
	o, l := r.Options, r.Load
	line := func(name, format string, args ...any) {
		fmt.Fprintf(w, "%-12s"+format+"\n", append([]any{name}, args...)...)
	}
	mode := "normal"
	if o.Fault {
		mode = "fault"
	}
	line("run", "%s: %d events/s for %s, concurrency %d, %d retries after %s (doubling)", mode, o.Rate, o.Duration, o.Concurrency, o.Retries, o.RetryDelay)
	where := "external"
	if r.InProcess {
		where = "in-process serve, " + r.Edge
	}
	line("target", "%s (%s), workspace %s", r.Target, where, r.Workspace)
	line("redis", "%s", redactURL(r.Redis))
	line("sent", "%d events, %d deliveries (%d retries), %d sends started late", l.Events, l.Sent, l.Retries, l.Late)
	line("acked", "%d", l.Acked)
	if len(l.Errors) == 0 {
		line("errors", "none")
	} else {
		line("errors", "%s (failed after p50=%s max=%s)", errorSummary(l.Errors), msec(l.FailedP50), msec(l.FailedMax))
	}
	sum := r.Summary()
	line("throughput", "%.1f acked/s over %.2fs (offered %d/s)", l.ThroughputAcked, l.Elapsed.Seconds(), o.Rate)
	line("handled", "%.1f tickets/s over the same window (%d of %d acked events handled by its end)", sum.HandledPerS, r.Verify.InWindow, l.Acked)
	line("latency", "ack p50=%s p95=%s p99=%s max=%s", msec(l.P50), msec(l.P95), msec(l.P99), msec(l.Max))
	line("handling", "ack to ticket p50=%s p95=%s p99=%s max=%s", msec(r.Verify.HandleP50), msec(r.Verify.HandleP95), msec(r.Verify.HandleP99), msec(r.Verify.HandleMax))
	line("backlog", "max %d events, %d when the load ended; %s", r.Backlog.Max, r.Backlog.AtEnd, backlogCurve(r.Backlog.Samples))
	if sum.RoundTripsPerEvent != nil {
		line("round-trips", "%.2f round trips and %.2f commands per event in serve (%.0f and %.0f in all, acknowledgement included)",
			*sum.RoundTripsPerEvent, *sum.CommandsPerEvent, r.Traffic.RoundTrips, r.Traffic.Commands)
	} else {
		line("round-trips", "not measured (the target's /metrics is not on its address)")
	}
	if f := r.Fault; f != nil {
		line("fault", "redis-server %s at +%.1fs of the load, answering again after %.2fs; /readyz %d while down, %d after",
			f.how, o.Duration.Seconds()/3, f.up.Sub(f.down).Seconds(), f.readyDown, f.readyUp)
	}
	line("tickets", "%d found; background work done %.1fs after the load (%.0f tickets/s end to end)",
		r.Verify.Tickets, r.DrainTook.Seconds(), float64(r.Tickets)/(l.Elapsed+r.DrainTook).Seconds())
	if r.InboxQueued+r.InboxLeased > 0 {
		line("inbox", "%d events still queued, %d leased after --drain %s: raise --drain", r.InboxQueued, r.InboxLeased, o.Drain)
	}
	line("lost", "%d", r.Verify.Lost)
	line("duplicated", "%d", r.Verify.Duplicated)
	line("unacked", "%d tickets for events never acknowledged (not an error)", r.Verify.Unacked)
	if r.Verify.Unmatched > 0 {
		line("unmatched", "%d tickets without this run's marker", r.Verify.Unmatched)
	}
	g := r.Guard
	switch {
	case !g.Checked:
		line("guard", "not checked (--target: the bench does not see that server's Web API calls)")
	case g.FaultWindow:
		line("guard", "leaks=%d; queue posts %d (%d with PHI, approved); while Redis down %d (%d with PHI); with PHI after recovery %d; PHI outside the approved channel %d",
			g.Leaks(), g.QueuePosts, g.QueuePHI, g.DownPosts, g.DownPHI, g.AfterPHI, g.OtherPHI)
	default:
		line("guard", "leaks=%d; queue posts %d (%d with PHI, approved); PHI outside the approved channel %d",
			g.Leaks(), g.QueuePosts, g.QueuePHI, g.OtherPHI)
	}
	slo := "met"
	if why := r.sloMisses(); len(why) > 0 {
		slo = "not met: " + strings.Join(why, "; ")
	}
	line("target-slo", ">=2000 events/s acked first time with p99 < 50ms, handled at >=95%% of the offered rate, backlog flat: %s", slo)
	result := "PASS"
	if r.Verdict() != nil {
		result = "FAIL"
	}
	line("result", "%s", result)
}

// Verdict fails the run when an acknowledged event was lost or doubled, or
// the guard leaked.
func (r *Report) Verdict() error {
	if r.Verify.Lost > 0 || r.Verify.Duplicated > 0 || r.Guard.Leaks() > 0 {
		return fmt.Errorf("bench: %d lost, %d duplicated, %d guard leaks", r.Verify.Lost, r.Verify.Duplicated, r.Guard.Leaks())
	}
	return nil
}

func errorSummary(m map[string]int) string {
	var parts []string
	for k, n := range m {
		parts = append(parts, k+"="+strconv.Itoa(n))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func msec(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

// redactURL drops a password from a Redis URL before it is printed.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// loopbackURL checks that every host a URL names (including Sentinel and
// Cluster addr= parameters) is a loopback address: the bench must never
// load or write to anything but this machine.
func loopbackURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return errors.New("not a URL with a host")
	}
	hosts := []string{u.Hostname()}
	for _, a := range u.Query()["addr"] {
		h, _, err := net.SplitHostPort(a)
		if err != nil {
			h = a
		}
		hosts = append(hosts, h)
	}
	for _, h := range hosts {
		if h == "localhost" {
			continue
		}
		if ip := net.ParseIP(h); ip == nil || !ip.IsLoopback() {
			return fmt.Errorf("host %q is not loopback", h)
		}
	}
	return nil
}
