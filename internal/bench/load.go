package bench

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// slackAckTimeout is how long Slack waits for an acknowledgement before it
// counts a delivery as failed and retries.
const slackAckTimeout = 3 * time.Second

// loader sends signed Events API callbacks open-loop: event i is due at
// start + i/rate whatever happened to the others, as Slack sends them. At
// most concurrency requests are in flight; when all are busy the next send
// waits, and since latency is measured from the time a send was due, that
// wait shows in the numbers instead of hiding (no coordinated omission).
// A delivery that fails or gets a non-2xx answer is sent again, like Slack
// does, with X-Slack-Retry-Num, up to retries times, after retryDelay,
// doubling.
type loader struct {
	url        string // .../slack/events
	secret     string
	workspace  string
	nonce      string
	phiValue   string
	users      int
	retries    int
	retryDelay time.Duration
	client     *http.Client
	sem        chan struct{}
	// send, when set, delivers instead of post: a platform driver's edge.
	send func(ctx context.Context, d delivery) string

	acked    []atomic.Bool
	ackedAt  []atomic.Int64 // unix nanos of each event's first 2xx answer
	wg       sync.WaitGroup
	sent     atomic.Int64 // deliveries, retries included
	resent   atomic.Int64
	late     atomic.Int64 // sends that started more than lateAfter after they were due
	lastDone atomic.Int64 // unix nanos of the last finished delivery

	mu      sync.Mutex
	latency []time.Duration // of 2xx deliveries, from when each was due
	failed  []time.Duration // of the other deliveries
	errs    map[string]int
}

// lateAfter is when a send counts as late: the client could not keep up.
const lateAfter = 10 * time.Millisecond

func newLoader(target, secret, ws, nonce, phiValue string, n, concurrency, users, retries int, retryDelay time.Duration) *loader {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = concurrency, concurrency
	tr.DisableCompression = true
	return &loader{
		url: target + "/slack/events", secret: secret, workspace: ws, nonce: nonce, phiValue: phiValue,
		users: users, retries: retries, retryDelay: retryDelay,
		client:  &http.Client{Transport: tr, Timeout: slackAckTimeout},
		sem:     make(chan struct{}, concurrency),
		acked:   make([]atomic.Bool, n),
		ackedAt: make([]atomic.Int64, n),
		errs:    map[string]int{},
	}
}

// marker is the unique text of event i, found again in its ticket.
func (l *loader) marker(i int) string { return "run-" + l.nonce + "-" + strconv.Itoa(i) }

// body is event i's payload: a message.im from one of the bench users
// asking for something that becomes one ticket, with a PHI value the guard
// must keep out of unapproved channels. Retries resend the same payload.
// The request must be clear whatever the marker: the classifier hashes
// character n-grams, and with the old wording ("schedule sync <marker>
// tomorrow at 3") about one marker in 5,000 fell below the confirmation
// threshold, so the bot asked "did you mean…?" instead of opening a ticket
// and the bench counted the event lost. This wording scored at least 0.84
// on 57,000 markers.
func (l *loader) body(i int) []byte {
	user := l.user(i)
	now := time.Now()
	ts := fmt.Sprintf("%d.%06d", now.Unix(), i%1000000)
	// Structs, not maps: the same JSON (keys in another order) for a
	// fraction of the encoder's work, which the bench's own CPU pays.
	b, _ := json.Marshal(benchCallback{
		Token: "bench", TeamID: l.workspace, APIAppID: "ABENCH", Type: "event_callback",
		EventID: "EvB" + l.nonce + "x" + strconv.Itoa(i), EventTime: now.Unix(),
		Authorizations: []benchAuthorization{{TeamID: l.workspace, UserID: "UBENCHBOT", IsBot: true}},
		Event: benchMessage{
			Type: "message", ChannelType: "im", Channel: "D" + user, User: user, TS: ts, EventTS: ts,
			Text: l.text(i),
		},
	})
	return b
}

// benchCallback, benchAuthorization and benchMessage are the Events API
// payload body sends.
type benchCallback struct {
	Token          string               `json:"token"`
	TeamID         string               `json:"team_id"`
	APIAppID       string               `json:"api_app_id"`
	Type           string               `json:"type"`
	EventID        string               `json:"event_id"`
	EventTime      int64                `json:"event_time"`
	Authorizations []benchAuthorization `json:"authorizations"`
	Event          benchMessage         `json:"event"`
}

type benchAuthorization struct {
	TeamID string `json:"team_id"`
	UserID string `json:"user_id"`
	IsBot  bool   `json:"is_bot"`
}

type benchMessage struct {
	Type        string `json:"type"`
	ChannelType string `json:"channel_type"`
	Channel     string `json:"channel"`
	User        string `json:"user"`
	TS          string `json:"ts"`
	EventTS     string `json:"event_ts"`
	Text        string `json:"text"`
}

// user is the executive who sends event i.
func (l *loader) user(i int) string { return "UBENCH" + strconv.Itoa(i%l.users) }

// text is event i's request (see body).
func (l *loader) text(i int) string {
	return "schedule a meeting tomorrow at 3pm about sync " + l.marker(i) + " and call pt at " + l.phiValue
}

// run sends n events at rate per second and returns when every delivery,
// retries included, has finished or ctx ends.
func (l *loader) run(ctx context.Context, n, rate int) (start time.Time) {
	// Long-lived senders, one per slot, instead of a goroutine per
	// delivery: each new goroutine grew its stack through net/http's client
	// again, CPU the bench's machine shares with the server it measures.
	jobs := make(chan sendJob)
	defer close(jobs)
	for range min(cap(l.sem), n) {
		go func() {
			for j := range jobs {
				l.deliver(ctx, j.i, 0, "", j.due, j.body)
			}
		}()
	}
	start = time.Now()
	step := float64(time.Second) / float64(rate)
	for i := 0; i < n; {
		due := start.Add(time.Duration(float64(i) * step))
		if wait := time.Until(due); wait > 0 {
			select {
			case <-ctx.Done():
				l.wg.Wait()
				return start
			case <-time.After(wait):
			}
		}
		// Send every event that is due by now, so a late wake-up catches up.
		for now := time.Now(); i < n; i++ {
			due := start.Add(time.Duration(float64(i) * step))
			if due.After(now) {
				break
			}
			if !l.acquire(ctx) {
				l.wg.Wait()
				return start
			}
			l.wg.Add(1)
			jobs <- sendJob{i: i, due: due, body: l.body(i)}
		}
	}
	l.wg.Wait()
	return start
}

// sendJob is the first delivery of event i, handed to a sender.
type sendJob struct {
	i    int
	due  time.Time
	body []byte
}

func (l *loader) acquire(ctx context.Context) bool {
	select {
	case l.sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// deliver sends one delivery of event i (holding a slot) and schedules the
// retry a failure calls for.
func (l *loader) deliver(ctx context.Context, i, attempt int, reason string, due time.Time, body []byte) {
	defer l.wg.Done()
	if time.Since(due) > lateAfter {
		l.late.Add(1)
	}
	var kind string
	if l.send != nil {
		kind = l.send(ctx, delivery{I: i, Attempt: attempt, User: l.user(i), Text: l.text(i), Body: body})
	} else {
		kind = l.post(ctx, attempt, reason, body)
	}
	took := time.Since(due)
	<-l.sem
	l.sent.Add(1)
	l.lastDone.Store(time.Now().UnixNano())
	l.mu.Lock()
	if kind == "" {
		l.latency = append(l.latency, took)
	} else {
		l.errs[kind]++
		l.failed = append(l.failed, took)
	}
	l.mu.Unlock()
	if kind == "" {
		l.ackedAt[i].CompareAndSwap(0, time.Now().UnixNano())
		l.acked[i].Store(true)
		return
	}
	if attempt >= l.retries || ctx.Err() != nil {
		return
	}
	l.resent.Add(1)
	l.wg.Add(1)
	reason = "http_error"
	if kind == "timeout" {
		reason = "http_timeout"
	}
	time.AfterFunc(l.retryDelay<<attempt, func() {
		if !l.acquire(ctx) {
			l.wg.Done()
			return
		}
		l.deliver(ctx, i, attempt+1, reason, time.Now(), body)
	})
}

// post sends body signed now and returns "" for a 2xx answer, else the kind
// of failure. A retry carries Slack's headers naming its number and reason.
func (l *loader) post(ctx context.Context, attempt int, reason string, body []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url, bytes.NewReader(body))
	if err != nil {
		return "request"
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(l.secret))
	io.WriteString(mac, "v0:"+ts+":")
	mac.Write(body)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if attempt > 0 {
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(attempt))
		req.Header.Set("X-Slack-Retry-Reason", reason)
	}
	return send(l.client, req)
}

// send delivers req and names the failure ("" when the server took it):
// a transport error's kind, or the status when it was not 2xx. The body is
// drained so the connection is kept for the next delivery.
func send(c *http.Client, req *http.Request) string {
	resp, err := c.Do(req)
	if err != nil {
		return errorKind(err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return "status_" + strconv.Itoa(resp.StatusCode)
	}
	return ""
}

// errorKind names a transport failure without quoting it.
func errorKind(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "reset"
	}
	return "transport"
}

// loadResult is what the client saw.
type loadResult struct {
	Events, Acked   int
	Sent, Retries   int64
	Late            int64
	Elapsed         time.Duration // first send to last finished delivery
	P50, P95, P99   time.Duration
	Max             time.Duration
	FailedP50       time.Duration // how long failed deliveries took to fail
	FailedMax       time.Duration
	Errors          map[string]int
	AckedMask       []bool
	AckedAt         []time.Time // when each event was first acknowledged; zero if never
	Start           time.Time   // the first send
	ThroughputAcked float64     // acked events per second of Elapsed
}

func (l *loader) result(start time.Time) loadResult {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := loadResult{Events: len(l.acked), Sent: l.sent.Load(), Retries: l.resent.Load(), Late: l.late.Load(),
		Errors: l.errs, AckedMask: make([]bool, len(l.acked)), AckedAt: make([]time.Time, len(l.acked)), Start: start}
	for i := range l.acked {
		if l.acked[i].Load() {
			r.AckedMask[i] = true
			r.AckedAt[i] = time.Unix(0, l.ackedAt[i].Load())
			r.Acked++
		}
	}
	if last := l.lastDone.Load(); last > 0 {
		r.Elapsed = time.Unix(0, last).Sub(start)
	}
	if r.Elapsed > 0 {
		r.ThroughputAcked = float64(r.Acked) / r.Elapsed.Seconds()
	}
	s := slices.Clone(l.latency)
	slices.Sort(s)
	r.P50, r.P95, r.P99 = percentile(s, 50), percentile(s, 95), percentile(s, 99)
	if len(s) > 0 {
		r.Max = s[len(s)-1]
	}
	f := slices.Clone(l.failed)
	slices.Sort(f)
	if len(f) > 0 {
		r.FailedP50, r.FailedMax = percentile(f, 50), f[len(f)-1]
	}
	return r
}

// percentile of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}
