package teams_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot/teams"
	"github.com/delegatebot/delegatebot/internal/testkit"
)

// newClient returns a Connector on the fakes that records its waits instead
// of sleeping.
func newClient(t *testing.T, te *tokenEndpoint, logs *testkit.LogBuffer) (*teams.Connector, *[]time.Duration) {
	var mu sync.Mutex
	waits := &[]time.Duration{}
	return &teams.Connector{
		AppID: appID, AppPassword: "s3cret", TokenURL: te.srv.URL,
		Log: slog.New(slog.NewTextHandler(logs, nil)),
		Sleep: func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			defer mu.Unlock()
			*waits = append(*waits, d)
			return ctx.Err()
		},
	}, waits
}

var msg = &teams.Activity{Type: "message", Text: "hello", TextFormat: "plain"}

func TestConnectorRetries(t *testing.T) {
	ctx := context.Background()
	const conv = "19:abc@thread.tacv2;messageid=42"
	for _, tc := range []struct {
		name      string
		fail      func(w http.ResponseWriter, n int) bool // answers call n itself
		wantErr   string                                  // "" for success
		wantCalls int                                     // requests the connector saw
		wantWaits []time.Duration
		wantLog   string
	}{
		{"TooManyRequests", func(w http.ResponseWriter, n int) bool {
			if n == 0 {
				w.Header().Set("Retry-After", "2")
				w.WriteHeader(http.StatusTooManyRequests)
				return true
			}
			return false
		}, "", 2, []time.Duration{2 * time.Second}, "status 429"},
		{"RetryAfterCapped", func(w http.ResponseWriter, n int) bool {
			if n == 0 {
				w.Header().Set("Retry-After", "3600")
				w.WriteHeader(http.StatusTooManyRequests)
				return true
			}
			return false
		}, "", 2, []time.Duration{20 * time.Second}, "status 429"},
		{"ServerErrorThenOK", func(w http.ResponseWriter, n int) bool {
			if n == 0 {
				w.WriteHeader(http.StatusBadGateway)
				return true
			}
			return false
		}, "", 2, []time.Duration{500 * time.Millisecond}, "status 502"},
		{"ServerErrorAlways", func(w http.ResponseWriter, n int) bool {
			w.WriteHeader(http.StatusInternalServerError)
			return true
		}, "after 3 attempts: teams POST: status 500", 3, []time.Duration{500 * time.Millisecond, time.Second}, "teams connector gave up"},
		{"BadRequestNotRetried", func(w http.ResponseWriter, n int) bool {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"error":{"code":"BadArgument","message":"Activity text too long"}}`))
			return true
		}, "status 400 (BadArgument)", 1, nil, "teams connector refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			conn, te, logs := newConnector(t), newTokenEndpoint(t), &testkit.LogBuffer{}
			var seen int
			conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
				seen++
				return tc.fail(w, seen-1)
			}
			c, waits := newClient(t, te, logs)
			id, err := c.Post(ctx, conn.serviceURL(), conv, msg)
			if tc.wantErr == "" && (err != nil || id == "") {
				t.Fatalf("Post = %q, %v; want an id", id, err)
			}
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
			if seen != tc.wantCalls {
				t.Errorf("connector saw %d requests, want %d", seen, tc.wantCalls)
			}
			if !slicesEqual(*waits, tc.wantWaits) {
				t.Errorf("waits = %v, want %v", *waits, tc.wantWaits)
			}
			if !strings.Contains(logs.String(), tc.wantLog) || !strings.Contains(logs.String(), `conversation="`+conv+`"`) {
				t.Errorf("logs lack %q and the conversation id:\n%s", tc.wantLog, logs)
			}
			if strings.Contains(logs.String(), "hello") || strings.Contains(logs.String(), "too long") {
				t.Errorf("logs hold message or service text:\n%s", logs)
			}
		})
	}
}

func slicesEqual(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestConnectorTimeout(t *testing.T) {
	conn, te, logs := newConnector(t), newTokenEndpoint(t), &testkit.LogBuffer{}
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
		select {
		case <-release:
		case <-r.Context().Done():
		}
		return true
	}
	c, _ := newClient(t, te, logs)
	c.Client = &http.Client{Timeout: 100 * time.Millisecond}
	// The connector never answers: only the client's timeout ends each
	// attempt. The bound below only turns a hang into a failure.
	errc := make(chan error, 1)
	go func() {
		_, err := c.Post(context.Background(), conn.serviceURL(), "a:1dm", msg)
		errc <- err
	}()
	var err error
	select {
	case err = <-errc:
	case <-time.After(30 * time.Second):
		t.Fatal("the timeout did not bound the call")
	}
	if err == nil || !strings.Contains(err.Error(), "after 3 attempts") {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(logs.String(), "teams connector gave up") {
		t.Errorf("logs:\n%s", logs)
	}
}

func TestConnectorTokens(t *testing.T) {
	ctx := context.Background()
	t.Run("CachedAndRefreshedOnceOn401", func(t *testing.T) {
		conn, te := newConnector(t), newTokenEndpoint(t)
		c, _ := newClient(t, te, &testkit.LogBuffer{})
		if _, err := c.Post(ctx, conn.serviceURL(), "a:1", msg); err != nil {
			t.Fatal(err)
		}
		// The connector stops accepting the cached token.
		conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
			if r.Header.Get("Authorization") == "Bearer bot-token-1" {
				w.WriteHeader(http.StatusUnauthorized)
				return true
			}
			return false
		}
		if err := c.Update(ctx, conn.serviceURL(), "a:1", "1700000000001", msg); err != nil {
			t.Fatal(err)
		}
		if n := te.count(); n != 2 {
			t.Fatalf("token endpoint called %d times, want 2", n)
		}
		// A connector that refuses every token is not asked forever.
		conn.Before = func(w http.ResponseWriter, r *http.Request, n int) bool {
			w.WriteHeader(http.StatusUnauthorized)
			return true
		}
		err := c.Update(ctx, conn.serviceURL(), "a:1", "1700000000001", msg)
		var se *teams.StatusError
		if !errors.As(err, &se) || se.Status != http.StatusUnauthorized || te.count() != 3 {
			t.Fatalf("err = %v after %d token calls", err, te.count())
		}
	})
	t.Run("TokenEndpointFails", func(t *testing.T) {
		conn, te, logs := newConnector(t), newTokenEndpoint(t), &testkit.LogBuffer{}
		te.fail = http.StatusUnauthorized
		c, _ := newClient(t, te, logs)
		_, err := c.Post(ctx, conn.serviceURL(), "a:1", msg)
		if err == nil || !strings.Contains(err.Error(), "teams token: status 401 (invalid_client)") {
			t.Fatalf("err = %v", err)
		}
		if te.count() != 3 || len(conn.received()) != 0 {
			t.Fatalf("token calls %d, connector calls %d; want 3 and 0", te.count(), len(conn.received()))
		}
		if !strings.Contains(logs.String(), "teams token fetch failed") || strings.Contains(logs.String(), "s3cret") {
			t.Errorf("logs:\n%s", logs)
		}
	})
	t.Run("Unreachable", func(t *testing.T) {
		te := newTokenEndpoint(t)
		c, _ := newClient(t, te, &testkit.LogBuffer{})
		if _, err := c.Post(ctx, "http://127.0.0.1:1/amer/", "a:1", msg); err == nil {
			t.Fatal("post to a closed port succeeded")
		}
		te.srv.Close()
		c, _ = newClient(t, te, &testkit.LogBuffer{})
		if _, err := c.Post(ctx, "http://127.0.0.1:1/amer/", "a:1", msg); err == nil {
			t.Fatal("post without a token endpoint succeeded")
		}
	})
}
