package slack

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// TestAPIOutcomes: every Web API call reports its outcome, for the platform
// API metrics.
func TestAPIOutcomes(t *testing.T) {
	h := newHarness(t)
	h.ad.cfg.MaxRetryWait = 10 * time.Millisecond
	var mu sync.Mutex
	var got []string
	h.ad.cfg.OnAPI = func(method, outcome string) {
		mu.Lock()
		defer mu.Unlock()
		if method == "chat.postMessage" {
			got = append(got, outcome)
		}
	}
	h.fake.limited["chat.postMessage"] = 1
	h.event("EvOutcome", imMessage(execUser, "move my board meeting to Thursday at 3"))
	h.wait()
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(got, "429") || !slices.Contains(got, "ok") {
		t.Fatalf("chat.postMessage outcomes %v, want a 429 and an ok", got)
	}
}
