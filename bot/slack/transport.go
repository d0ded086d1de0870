package slack

import (
	"context"
	"io"
	"net/http"
	"time"
)

// webAPITimeout bounds one Web API call, reading its answer included.
const webAPITimeout = 30 * time.Second

// deadlineTransport bounds every request it carries, from sending to the
// end of reading the body, with a deadline on the request's context. It
// does what http.Client.Timeout does without the goroutine and channel
// Client.Timeout spends on every request (two Web API calls an event).
type deadlineTransport struct {
	next    http.RoundTripper
	timeout time.Duration
}

func (t deadlineTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), t.timeout)
	resp, err := t.next.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

// cancelBody releases the request's deadline when the body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}
