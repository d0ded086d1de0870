package teams_test

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/delegatebot/delegatebot/internal/testkit"
)

// TestConnectorOutcomes: every connector call reports its outcome, for the
// platform API metrics.
func TestConnectorOutcomes(t *testing.T) {
	conn, te, logs := newConnector(t), newTokenEndpoint(t), &testkit.LogBuffer{}
	seen := 0
	conn.Before = func(w http.ResponseWriter, r *http.Request, _ int) bool {
		seen++
		switch seen - 1 {
		case 0:
			w.WriteHeader(http.StatusTooManyRequests)
			return true
		case 1:
			w.WriteHeader(http.StatusBadGateway)
			return true
		}
		return false
	}
	c, _ := newClient(t, te, logs)
	var mu sync.Mutex
	var got []string
	c.OnAPI = func(method, outcome string) { mu.Lock(); got = append(got, method+" "+outcome); mu.Unlock() }
	if _, err := c.Post(context.Background(), conn.serviceURL(), "19:x@thread.tacv2", msg); err != nil {
		t.Fatal(err)
	}
	if want := []string{"POST 429", "POST 5xx", "POST ok"}; !slices.Equal(got, want) {
		t.Fatalf("outcomes %v, want %v", got, want)
	}
}
