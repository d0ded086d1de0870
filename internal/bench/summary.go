package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// Summary is the machine-readable result of a run, printed as one JSON
// object by "delegatebot bench --json". Rates are per second of the load
// window (first send to last answered delivery); latencies are in ms.
type Summary struct {
	OfferedPerS float64 `json:"offered_per_s"`
	AckedPerS   float64 `json:"acked_per_s"`
	// HandledPerS counts the tickets created within the load window: a
	// server that acknowledges fast and handles slowly shows it here.
	HandledPerS float64 `json:"handled_per_s"`
	Events      int     `json:"events"`
	Acked       int     `json:"acked"`
	Tickets     int     `json:"tickets"`
	AckP50MS    float64 `json:"ack_p50_ms"`
	AckP95MS    float64 `json:"ack_p95_ms"`
	AckP99MS    float64 `json:"ack_p99_ms"`
	HandleP50MS float64 `json:"handle_p50_ms"`
	HandleP95MS float64 `json:"handle_p95_ms"`
	HandleP99MS float64 `json:"handle_p99_ms"`
	// BacklogMax is the most events seen waiting or leased in the inbox;
	// BacklogEnd the number when the load ended.
	BacklogMax int64 `json:"backlog_max"`
	BacklogEnd int64 `json:"backlog_end"`
	// Backlog is the inbox depth every 250 ms from the start of the load.
	Backlog []int64 `json:"backlog"`
	// DrainSeconds is how long after the load the last event was handled.
	DrainSeconds float64 `json:"drain_s"`
	Lost         int     `json:"lost"`
	Duplicated   int     `json:"duplicated"`
	GuardLeaks   int     `json:"guard_leaks"`
	GuardChecked bool    `json:"guard_checked"`
	// Redis traffic of serve per ticket, acknowledgement included; null
	// when the target's /metrics could not be read.
	RoundTripsPerEvent *float64 `json:"redis_round_trips_per_event"`
	CommandsPerEvent   *float64 `json:"redis_commands_per_event"`
	SLOMet             bool     `json:"slo_met"`
	SLOMisses          []string `json:"slo_misses"`
	Pass               bool     `json:"pass"`
}

// Summary computes the run's summary.
func (r *Report) Summary() Summary {
	l, v := r.Load, r.Verify
	s := Summary{
		OfferedPerS: float64(r.Options.Rate), AckedPerS: round2(l.ThroughputAcked),
		Events: l.Events, Acked: l.Acked, Tickets: v.Tickets,
		AckP50MS: ms(l.P50), AckP95MS: ms(l.P95), AckP99MS: ms(l.P99),
		HandleP50MS: ms(v.HandleP50), HandleP95MS: ms(v.HandleP95), HandleP99MS: ms(v.HandleP99),
		BacklogMax: r.Backlog.Max, BacklogEnd: r.Backlog.AtEnd, Backlog: []int64{},
		DrainSeconds: round2(r.DrainTook.Seconds()),
		Lost:         v.Lost, Duplicated: v.Duplicated, GuardLeaks: r.Guard.Leaks(), GuardChecked: r.Guard.Checked,
		SLOMisses: r.sloMisses(), Pass: r.Verdict() == nil,
	}
	if l.Elapsed > 0 {
		s.HandledPerS = round2(float64(v.InWindow) / l.Elapsed.Seconds())
	}
	for _, b := range r.Backlog.Samples {
		s.Backlog = append(s.Backlog, b.Events)
	}
	if r.Traffic.ok && v.Tickets > 0 {
		rt, c := round2(r.Traffic.RoundTrips/float64(v.Tickets)), round2(r.Traffic.Commands/float64(v.Tickets))
		s.RoundTripsPerEvent, s.CommandsPerEvent = &rt, &c
	}
	s.SLOMet = len(s.SLOMisses) == 0
	if s.SLOMisses == nil {
		s.SLOMisses = []string{}
	}
	return s
}

// sloMisses says how the run missed the service level it is held to: an
// offered rate of at least 2000/s, every event acknowledged on its first
// delivery, the acknowledged rate within 2% of the offered one with p99
// under 50 ms, tickets created at 95% of the offered rate or better while
// the load lasts, and an inbox backlog that did not grow (at the end of
// the load no more than a second's worth of events waiting).
func (r *Report) sloMisses() []string {
	o, l := r.Options, r.Load
	var why []string
	miss := func(bad bool, format string, args ...any) {
		if bad {
			why = append(why, fmt.Sprintf(format, args...))
		}
	}
	miss(o.Rate < 2000, "offered %d/s < 2000/s", o.Rate)
	miss(l.Acked != l.Events || l.Retries > 0, "%d of %d acked, %d retries", l.Acked, l.Events, l.Retries)
	miss(l.ThroughputAcked < 0.98*float64(o.Rate), "acked %.0f/s < 98%% of offered", l.ThroughputAcked)
	miss(l.P99 >= 50*time.Millisecond, "ack p99 %s >= 50ms", msec(l.P99))
	handled := 0.0
	if l.Elapsed > 0 {
		handled = float64(r.Verify.InWindow) / l.Elapsed.Seconds()
	}
	miss(handled < 0.95*float64(o.Rate), "handled %.0f/s < 95%% of offered", handled)
	miss(r.Backlog.AtEnd > int64(o.Rate), "backlog grew to %d events by the end of the load", r.Backlog.AtEnd)
	return why
}

// PrintJSON writes the summary as one JSON object on one line.
func (r *Report) PrintJSON(w io.Writer) error {
	return json.NewEncoder(w).Encode(r.Summary())
}

// backlogCurve renders at most a dozen samples: "0s:0 1s:120 ...".
func backlogCurve(samples []backlogSample) string {
	if len(samples) == 0 {
		return "not sampled"
	}
	step := max(1, (len(samples)+11)/12)
	var b strings.Builder
	b.WriteString("over time")
	for i := 0; i < len(samples); i += step {
		fmt.Fprintf(&b, " %.1fs:%d", samples[i].At.Seconds(), samples[i].Events)
	}
	return b.String()
}

func ms(d time.Duration) float64 { return round2(float64(d) / float64(time.Millisecond)) }

func round2(f float64) float64 { return math.Round(f*100) / 100 }
