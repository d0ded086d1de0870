package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/report"
	"github.com/delegatebot/delegatebot/storage"
)

// The oversight report is offered to admins in chat (/report, and the Slack
// App Home) as a short-lived link that serve answers: the token names the
// workspace, the admin and an expiry, signed with a key derived from the
// encryption key. serve checks the signature, the expiry and that the user
// is still an admin, then builds the report fresh. A link rather than a file
// in the admin's DM works the same on Slack and Teams, needs no file scope,
// leaves no copy in chat history, and expires.

// reportLinkTTL is how long a report link works.
const reportLinkTTL = 15 * time.Minute

// reportLinkPeriod is the period a linked report covers, up to now.
const reportLinkPeriod = 90 * 24 * time.Hour

// reportLinks signs and checks report links.
type reportLinks struct {
	base string // serve's public URL, no trailing slash
	key  []byte
	now  func() time.Time
}

// newReportLinks returns the signer of cfg, or nil when links are off: no
// DELEGATEBOT_PUBLIC_URL, or no encryption key to derive the signing key from.
func newReportLinks(cfg Config) *reportLinks {
	if cfg.Oversight.PublicURL == "" || cfg.EncryptionKey == "" {
		return nil
	}
	k, err := storage.ParseKey(cfg.EncryptionKey)
	if err != nil {
		return nil
	}
	mac := hmac.New(sha256.New, k)
	mac.Write([]byte("delegatebot report link v1"))
	return &reportLinks{base: strings.TrimRight(cfg.Oversight.PublicURL, "/"), key: mac.Sum(nil), now: time.Now}
}

var b64 = base64.RawURLEncoding

// Link returns a report link for user, an admin of ws. It implements
// handlers.OversightConfig.ReportLink.
func (l *reportLinks) Link(ws, user string) (string, time.Duration, error) {
	exp := l.now().Add(reportLinkTTL).Unix()
	payload := ws + "\n" + user + "\n" + strconv.FormatInt(exp, 10)
	return l.base + "/report/" + b64.EncodeToString([]byte(payload)) + "." + b64.EncodeToString(l.sign(payload)), reportLinkTTL, nil
}

func (l *reportLinks) sign(payload string) []byte {
	mac := hmac.New(sha256.New, l.key)
	mac.Write([]byte(payload))
	return mac.Sum(nil)
}

var (
	errLinkInvalid = errors.New("invalid report link")
	errLinkExpired = errors.New("report link expired")
)

// check returns the workspace and user a token was signed for.
func (l *reportLinks) check(token string) (ws, user string, err error) {
	p, s, ok := strings.Cut(token, ".")
	payload, err1 := b64.DecodeString(p)
	sig, err2 := b64.DecodeString(s)
	if !ok || err1 != nil || err2 != nil || !hmac.Equal(sig, l.sign(string(payload))) {
		return "", "", errLinkInvalid
	}
	f := bytes.Split(payload, []byte("\n"))
	if len(f) != 3 {
		return "", "", errLinkInvalid
	}
	exp, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return "", "", errLinkInvalid
	}
	if !l.now().Before(time.Unix(exp, 0)) {
		return "", "", errLinkExpired
	}
	return string(f[0]), string(f[1]), nil
}

// handler serves GET /report/{token}: the report, to an admin holding a
// valid link, with headers that keep the page from loading anything,
// being cached or leaking its URL.
func (l *reportLinks) handler(app *App, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Content-Type-Options", "nosniff")
		ws, user, err := l.check(r.PathValue("token"))
		if errors.Is(err, errLinkExpired) {
			http.Error(w, "This report link has expired: ask for a new one with /report.", http.StatusGone)
			return
		} else if err != nil {
			http.Error(w, "Invalid report link.", http.StatusForbidden)
			return
		}
		ctx := r.Context()
		u := delegatebot.User{Workspace: ws, ID: user}
		if err := app.Users.Identify(ctx, &u); err != nil {
			log.Error("report link: identify", "workspace", ws, "user", user, "err", err)
			http.Error(w, "Internal error.", http.StatusInternalServerError)
			return
		}
		if !u.Has(delegatebot.RoleAdmin) {
			http.Error(w, "Only admins can read the oversight report.", http.StatusForbidden)
			return
		}
		var page bytes.Buffer
		if err := writeLinkedReport(ctx, app, ws, &page); err != nil {
			log.Error("report link: build", "workspace", ws, "err", err)
			http.Error(w, "Internal error.", http.StatusInternalServerError)
			return
		}
		log.Info("report link served", "workspace", ws, "user", user)
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page.Bytes())
	})
}

func writeLinkedReport(ctx context.Context, app *App, ws string, w *bytes.Buffer) error {
	now := app.Store.Now()
	cfg := report.Config{Workspace: ws, Since: now.Add(-reportLinkPeriod), Now: now, ReviewEvery: app.Config.Oversight.ReviewEvery}
	b, err := buildReport(ctx, app, cfg, nil)
	if err != nil {
		return fmt.Errorf("build report: %w", err)
	}
	return b.WriteHTML(w)
}
