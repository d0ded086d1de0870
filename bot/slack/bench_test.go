package slack

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkSlackEvents drives the HTTP endpoint with signed message.im events,
// each a new request that becomes a ticket in the real Redis, a reply and a
// queue card on the fake Web API. It reports processed events per second
// (acknowledged and fully handled) and the latency of the acknowledgement
// and of the whole handling (from arrival to the last Web API call).
//
//	go test ./bot/slack -run '^$' -bench SlackEvents -benchtime 2000x
func BenchmarkSlackEvents(b *testing.B) {
	h := newHarness(b)
	srv := httptest.NewServer(h.h)
	defer srv.Close()
	var (
		mu      sync.Mutex
		handled []time.Duration
		wg      sync.WaitGroup
	)
	h.ad.cfg.Go = func(fn func(context.Context)) {
		start := time.Now()
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(context.Background())
			d := time.Since(start)
			mu.Lock()
			handled = append(handled, d)
			mu.Unlock()
		}()
	}
	const clients = 8 // concurrent deliveries, as Slack sends them
	acks := make([]time.Duration, b.N)
	var next atomic.Int64
	client := srv.Client()
	client.Transport.(*http.Transport).MaxIdleConnsPerHost = clients
	b.ResetTimer()
	start := time.Now()
	var cwg sync.WaitGroup
	for c := 0; c < clients; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				body := eventBody(h.ws, "EvB"+strconv.Itoa(i), imMessage(execUser, "move my board meeting to Thursday at 3"))
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/slack/events", bytes.NewReader(body))
				ts := time.Now().Unix()
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
				req.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
				t0 := time.Now()
				resp, err := client.Do(req)
				acks[i] = time.Since(t0)
				if err != nil {
					b.Error(err)
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Errorf("status %d", resp.StatusCode)
					return
				}
			}
		}()
	}
	cwg.Wait()
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()

	if n := h.ticketCount(); b.N <= 100 && n != b.N {
		b.Fatalf("%d tickets for %d events", n, b.N)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "events/s")
	b.ReportMetric(ms(percentile(acks, 50)), "ack-p50-ms")
	b.ReportMetric(ms(percentile(acks, 99)), "ack-p99-ms")
	b.ReportMetric(ms(percentile(handled, 50)), "handled-p50-ms")
	b.ReportMetric(ms(percentile(handled, 99)), "handled-p99-ms")
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
