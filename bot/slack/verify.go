package slack

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/url"

	"github.com/slack-go/slack"
)

// bodyHandler handles a request whose body has been read and verified.
type bodyHandler func(w http.ResponseWriter, r *http.Request, body []byte)

// verified checks Slack's v0 request signature — HMAC-SHA256 of
// "v0:{timestamp}:{body}" with the signing secret, compared in constant time,
// timestamps more than five minutes off rejected — before the request is
// parsed at all. A forged, replayed or unsigned request gets 401 and nothing
// else happens. Bodies are capped, because a signature can only be checked
// after the whole body is read.
func (a *Adapter) verified(next bodyHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.ContentLength > a.cfg.MaxBody {
			a.log.Warn("request too large", "path", r.URL.Path, "bytes", r.ContentLength)
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
		if err != nil {
			a.log.Warn("request rejected", "path", r.URL.Path, "reason", err.Error())
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.cfg.MaxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				a.log.Warn("request too large", "path", r.URL.Path, "limit", a.cfg.MaxBody)
				http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sv.Write(body)
		if err := sv.Ensure(); err != nil {
			a.log.Warn("request rejected", "path", r.URL.Path, "reason", "bad signature")
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		// Parsers downstream (slack.SlashCommandParse, r.ParseForm) read the
		// body again.
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r, body)
	})
}

// sslCheck answers Slack's certificate check of a slash command URL: an
// unsigned form post of exactly "ssl_check=1" (plus a token). It gets an empty
// 200 and nothing else happens; every other unsigned request still goes to
// verified and is refused there.
func (a *Adapter) sslCheck(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Header.Get("X-Slack-Signature") != "" {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 4<<10))
		if err == nil {
			if v, err := url.ParseQuery(string(body)); err == nil && v.Get("ssl_check") == "1" && v.Get("command") == "" {
				w.WriteHeader(http.StatusOK)
				return
			}
		}
		a.log.Warn("request rejected", "path", r.URL.Path, "reason", "unsigned")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	})
}
