package teams

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/infracloudio/msbotbuilder-go/schema"
)

// Scope is the OAuth scope of tokens for the Bot Framework connector.
const Scope = "https://api.botframework.com/.default"

// TokenURL returns the single-tenant token endpoint of tenant.
func TokenURL(tenant string) string {
	return "https://login.microsoftonline.com/" + url.PathEscape(tenant) + "/oauth2/v2.0/token"
}

// Connector sends activities to the Bot Framework connector service of a
// conversation, with a client-credentials token from TokenURL.
//
// We do not use msbotbuilder-go's connector client: it always asks the
// multi-tenant botframework.com tenant for tokens (new Azure bots are
// single-tenant and are refused there), has no HTTP timeout, panics on a
// network error while fetching a token, ignores the token endpoint's status
// and discards the id of the activity it creates, which we need to update a
// card in place. This one caches the token until shortly before it expires,
// refreshes it once on a 401, honours 429 Retry-After, retries network errors
// and 5xx a bounded number of times and logs ids only.
type Connector struct {
	AppID       string
	AppPassword string
	TokenURL    string
	// Client makes every call; nil uses one with a 15 s timeout.
	Client *http.Client
	Log    *slog.Logger
	// Attempts bounds the tries of one call (token fetches included); 0
	// means 3.
	Attempts int
	// MaxWait caps the wait before a retry, Retry-After included; 0 means 20 s.
	MaxWait time.Duration
	// Sleep waits d or until ctx ends; nil uses a timer. Tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	// OnAPI, when set, is told the outcome of every connector call ("ok",
	// "429", "5xx", "4xx" or "error"), e.g. to count them.
	OnAPI func(method, outcome string)

	mu     sync.Mutex // guards the token; held while one is fetched
	token  string
	expiry time.Time
}

// StatusError is a connector or token endpoint answer other than success.
type StatusError struct {
	Op     string // "token" or the HTTP method
	Status int
	Code   string // the service's error code, if it gave one
}

func (e *StatusError) Error() string {
	if e.Code != "" {
		return fmt.Sprintf("teams %s: status %d (%s)", e.Op, e.Status, e.Code)
	}
	return fmt.Sprintf("teams %s: status %d", e.Op, e.Status)
}

// Post sends a to a conversation and returns the new activity's id.
func (c *Connector) Post(ctx context.Context, serviceURL, conversation string, a *Activity) (string, error) {
	return c.call(ctx, http.MethodPost, activitiesURL(serviceURL, conversation, ""), conversation, a)
}

// Update replaces activity id of a conversation with a.
func (c *Connector) Update(ctx context.Context, serviceURL, conversation, id string, a *Activity) error {
	_, err := c.call(ctx, http.MethodPut, activitiesURL(serviceURL, conversation, id), conversation, a)
	return err
}

func activitiesURL(serviceURL, conversation, id string) string {
	u := strings.TrimRight(serviceURL, "/") + "/v3/conversations/" + url.PathEscape(conversation) + "/activities"
	if id != "" {
		u += "/" + url.PathEscape(id)
	}
	return u
}

// call sends one request with retries and returns the id in the answer.
func (c *Connector) call(ctx context.Context, method, u, conversation string, a *Activity) (string, error) {
	body, err := json.Marshal(a)
	if err != nil {
		return "", fmt.Errorf("encode activity: %w", err)
	}
	var id string
	err = c.retry(ctx, method, conversation, func(tok string) (err error) {
		id, err = c.once(ctx, method, u, tok, body)
		return err
	})
	return id, err
}

// retry runs try with a bearer token until it succeeds: once more with a
// fresh token after a 401, after a 429 as Retry-After asks, and after 5xx
// and network errors, up to Attempts tries. Other 4xx answers end it.
func (c *Connector) retry(ctx context.Context, method, conversation string, try func(tok string) error) error {
	attempts := c.Attempts
	if attempts <= 0 {
		attempts = 3
	}
	var last error
	refreshed := false
	for n := 1; n <= attempts; n++ {
		if n > 1 {
			if err := c.sleep(ctx, c.backoff(n, last)); err != nil {
				return fmt.Errorf("teams %s: %w (last: %v)", method, err, last)
			}
		}
		tok, err := c.accessToken(ctx)
		if err != nil {
			last = err
			c.log().Warn("teams token fetch failed", "attempt", n, "of", attempts, "err", err)
			continue
		}
		err = try(tok)
		if c.OnAPI != nil {
			c.OnAPI(method, outcome(err))
		}
		if err == nil {
			return nil
		}
		last = err
		var se *StatusError
		switch {
		case errors.As(err, &se) && se.Status == http.StatusUnauthorized && !refreshed:
			// The token may have been revoked or rotated early: fetch
			// another once, then give up.
			refreshed = true
			c.dropToken(tok)
		case errors.As(err, &se) && se.Status != http.StatusTooManyRequests && se.Status < 500:
			c.log().Error("teams connector refused", "method", method, "conversation", conversation, "status", se.Status, "code", se.Code)
			return err
		case ctx.Err() != nil:
			return fmt.Errorf("teams %s: %w", method, ctx.Err())
		}
		c.log().Warn("teams connector call failed", "method", method, "conversation", conversation, "attempt", n, "of", attempts, "err", err)
	}
	c.log().Error("teams connector gave up", "method", method, "conversation", conversation, "attempts", attempts, "err", last)
	return fmt.Errorf("teams %s after %d attempts: %w", method, attempts, last)
}

// retryAfterError carries a 429's Retry-After to the backoff.
type retryAfterError struct {
	*StatusError
	wait time.Duration
}

func (e *retryAfterError) Unwrap() error { return e.StatusError }

func (c *Connector) once(ctx context.Context, method, u, tok string, body []byte) (string, error) {
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	resp, err := c.client().Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		var er schema.ErrorResponse
		_ = json.Unmarshal(data, &er) // the code is a courtesy; the status decides
		se := &StatusError{Op: method, Status: resp.StatusCode, Code: safeCode(er.Error.Code)}
		if resp.StatusCode == http.StatusTooManyRequests {
			return "", &retryAfterError{se, retryAfter(resp.Header.Get("Retry-After"), time.Now())}
		}
		return "", se
	}
	var rr schema.ResourceResponse
	if len(bytes.TrimSpace(data)) > 0 {
		if err := json.Unmarshal(data, &rr); err != nil {
			return "", fmt.Errorf("decode connector answer: %w", err)
		}
	}
	return rr.ID, nil
}

// backoff is the wait before attempt n: the server's Retry-After when it
// gave one, else 0.5 s doubling; never more than MaxWait.
func (c *Connector) backoff(n int, last error) time.Duration {
	d := 500 * time.Millisecond << (n - 2)
	var ra *retryAfterError
	if errors.As(last, &ra) && ra.wait > 0 {
		d = ra.wait
	}
	limit := c.MaxWait
	if limit <= 0 {
		limit = 20 * time.Second
	}
	return min(d, limit)
}

// retryAfter parses a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

// accessToken returns the cached token or fetches one.
func (c *Connector) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expiry) {
		return c.token, nil
	}
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {c.AppID},
		"client_secret": {c.AppPassword},
		"scope":         {Scope},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", fmt.Errorf("teams token: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.client().Do(req)
	if err != nil {
		return "", fmt.Errorf("teams token: %w", err)
	}
	defer resp.Body.Close()
	var tr struct {
		schema.AuthResponse
		Error string `json:"error"`
	}
	err = json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&tr)
	if resp.StatusCode != http.StatusOK {
		return "", &StatusError{Op: "token", Status: resp.StatusCode, Code: safeCode(tr.Error)}
	}
	if err != nil || tr.AccessToken == "" {
		return "", errors.New("teams token: answer holds no access_token")
	}
	life := time.Duration(tr.ExpireTime) * time.Second
	// Renew five minutes early (or halfway, for short-lived tokens) so a
	// token never expires in flight.
	c.token, c.expiry = tr.AccessToken, time.Now().Add(max(life-5*time.Minute, life/2))
	return c.token, nil
}

// dropToken forgets tok, unless another call already replaced it.
func (c *Connector) dropToken(tok string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token == tok {
		c.token = ""
	}
}

// safeCode keeps an error code loggable: short, and word characters only.
func safeCode(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func (c *Connector) client() *http.Client {
	if c.Client != nil {
		return c.Client
	}
	return defaultClient
}

var defaultClient = &http.Client{Timeout: 15 * time.Second}

func (c *Connector) sleep(ctx context.Context, d time.Duration) error {
	if c.Sleep != nil {
		return c.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *Connector) log() *slog.Logger {
	if c.Log == nil {
		return slog.Default()
	}
	return c.Log
}

// outcome classifies a connector call for OnAPI.
func outcome(err error) string {
	var se *StatusError
	switch {
	case err == nil:
		return "ok"
	case !errors.As(err, &se):
		return "error"
	case se.Status == http.StatusTooManyRequests:
		return "429"
	case se.Status >= 500:
		return "5xx"
	}
	return "4xx"
}
