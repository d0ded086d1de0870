package slack

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestDeadlineTransport: a Web API call is bounded while waiting for the
// answer and while reading its body, as http.Client.Timeout bounded it; a
// prompt answer is read whole.
func TestDeadlineTransport(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/stall-headers":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		case "/stall-body":
			w.Write([]byte("partial"))
			w.(http.Flusher).Flush()
			select {
			case <-release:
			case <-r.Context().Done():
			}
		default:
			w.Write([]byte(`{"ok":true}`))
		}
	}))
	defer srv.Close()
	defer close(release)
	c := &http.Client{Transport: deadlineTransport{next: http.DefaultTransport, timeout: 100 * time.Millisecond}}

	resp, err := c.Get(srv.URL + "/ok")
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || string(b) != `{"ok":true}` {
		t.Fatalf("prompt answer: %q, %v", b, err)
	}

	if _, err := c.Get(srv.URL + "/stall-headers"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("stalled answer: err = %v, want the deadline", err)
	}

	resp, err = c.Get(srv.URL + "/stall-body")
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("stalled body: err = %v, want the deadline", err)
	}
}
