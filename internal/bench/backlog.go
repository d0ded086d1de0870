package bench

import (
	"bufio"
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot/storage"
)

// backlogEvery is how often the bench reads the inbox's depth.
const backlogEvery = 250 * time.Millisecond

// backlogSample is the Slack inbox's depth (queued + leased) at one moment,
// At after the load started.
type backlogSample struct {
	At     time.Duration
	Events int64
}

// backlogWatch reads the inbox's depth every backlogEvery until stopped.
// Its own Redis client does the reading, so the server's round-trip counts
// do not include it.
type backlogWatch struct {
	start   time.Time
	stopc   chan struct{}
	done    chan struct{}
	mu      sync.Mutex
	samples []backlogSample
}

func watchBacklog(ctx context.Context, st *storage.Store, platform string, start time.Time) *backlogWatch {
	w := &backlogWatch{start: start, stopc: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(backlogEvery)
		defer tick.Stop()
		for {
			if q, l, err := st.InboxLen(ctx, platform); err == nil {
				w.mu.Lock()
				w.samples = append(w.samples, backlogSample{At: time.Since(w.start), Events: q + l})
				w.mu.Unlock()
			}
			select {
			case <-tick.C:
			case <-w.stopc:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	return w
}

// stop ends the watch and returns its samples.
func (w *backlogWatch) stop() []backlogSample {
	close(w.stopc)
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.samples
}

// backlogSummary is what the samples say: the largest depth, the depth
// when the load ended, and whether it grew during the load.
type backlogSummary struct {
	Max     int64
	AtEnd   int64 // the last sample at or before the end of the load window
	Samples []backlogSample
}

func summarizeBacklog(samples []backlogSample, loadEnd time.Duration) backlogSummary {
	b := backlogSummary{Samples: samples}
	for _, s := range samples {
		b.Max = max(b.Max, s.Events)
		if s.At <= loadEnd {
			b.AtEnd = s.Events
		}
	}
	return b
}

// redisTraffic is serve's Redis round trips and commands, read from its
// /metrics (delegatebot_redis_round_trips_total and
// delegatebot_redis_commands_total); ok is false when they could not be
// read (metrics on another port, an older build).
type redisTraffic struct {
	RoundTrips, Commands float64
	ok                   bool
}

// scrapeTraffic reads the counters from url (a /metrics endpoint).
func scrapeTraffic(ctx context.Context, url string) redisTraffic {
	var t redisTraffic
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return t
	}
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Do(req)
	if err != nil {
		return t
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return t
	}
	var seen int
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			continue
		}
		var dst *float64
		switch name {
		case "delegatebot_redis_round_trips_total":
			dst = &t.RoundTrips
		case "delegatebot_redis_commands_total":
			dst = &t.Commands
		default:
			continue
		}
		if v, err := strconv.ParseFloat(strings.TrimSpace(value), 64); err == nil {
			*dst = v
			seen++
		}
	}
	t.ok = seen == 2
	return t
}
