// Package testkit holds what the tests of several packages share: a
// recording bot.Sender, a log buffer, signed Slack and Teams requests as the
// platforms send them, and the sender contract suite every adapter runs
// (RunSenderContract). It is for tests only; nothing else imports it.
package testkit

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/golang-jwt/jwt/v4"
)

// Recorder is a bot.Sender that keeps what the guard cleared instead of
// delivering it. Kinds, when set, answers ChannelKind by channel id;
// otherwise a destination keeps the kind the core gave it. Fail, when set,
// fails every Send with it (a platform that is down).
type Recorder struct {
	Kinds map[string]phi.Kind
	Fail  error

	mu  sync.Mutex
	out []bot.Outgoing
}

// Send implements bot.Sender.
func (r *Recorder) Send(_ context.Context, m bot.Outgoing) (string, error) {
	if r.Fail != nil {
		return "", r.Fail
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out = append(r.out, m)
	return "", nil
}

// ChannelKind implements bot.Sender.
func (r *Recorder) ChannelKind(_ context.Context, d bot.Destination) (phi.Kind, error) {
	if k, ok := r.Kinds[d.Channel]; ok {
		return k, nil
	}
	return d.Kind, nil
}

// Out returns the messages sent so far.
func (r *Recorder) Out() []bot.Outgoing {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bot.Outgoing(nil), r.out...)
}

// Texts returns every human-readable string of every message sent, cards
// included, in plain form.
func (r *Recorder) Texts() []string {
	var out []string
	for _, m := range r.Out() {
		out = append(out, Texts(m)...)
	}
	return out
}

// Texts returns every human-readable string of m in plain form.
func Texts(m bot.Outgoing) []string {
	out := []string{m.Text()}
	if c := m.Card(); c != nil {
		out = append(out, c.Title.String())
		for _, f := range c.Fields {
			out = append(out, f.Label.String(), f.Value.String())
		}
		for _, b := range c.Buttons {
			out = append(out, b.Label)
		}
	}
	if f := m.Form(); f != nil {
		out = append(out, f.Title, f.Button, f.Context.String())
		for _, fd := range f.Fields {
			out = append(out, fd.Label, fd.Value)
			for _, o := range fd.Options {
				out = append(out, o.Label)
			}
		}
	}
	return out
}

// LogBuffer is a log destination safe for concurrent writers.
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write implements io.Writer.
func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything written.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// SlackSignature is Slack's v0 signature of body sent at ts.
func SlackSignature(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%d:", ts)
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// SlackRequest is a POST to path signed now with secret, as Slack sends it.
func SlackRequest(secret, path, contentType string, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	r.Header.Set("Content-Type", contentType)
	ts := time.Now().Unix()
	r.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
	r.Header.Set("X-Slack-Signature", SlackSignature(secret, ts, body))
	return r
}

// TeamsToken is a Bot Framework token with claims, signed RS256 with key
// under kid, as the Bot Connector sends it.
func TeamsToken(tb testing.TB, claims jwt.MapClaims, key *rsa.PrivateKey, kid string) string {
	tb.Helper()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = kid
	s, err := tok.SignedString(key)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// TeamsClaims are the claims of a Bot Framework token for app appID and
// serviceURL, valid at now.
func TeamsClaims(appID, serviceURL string, now time.Time) jwt.MapClaims {
	return jwt.MapClaims{
		"serviceurl": serviceURL, "nbf": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix(),
		"iss": "https://api.botframework.com", "aud": appID,
	}
}

// TeamsRequest is a POST of an activity body to path with a bearer token
// (none when token is empty).
func TeamsRequest(path, token string, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	return r
}

// Reset forgets the messages sent so far.
func (r *Recorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out = nil
}
