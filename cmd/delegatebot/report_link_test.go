package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

func TestReportLink(t *testing.T) {
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
	t.Setenv("DELEGATEBOT_PUBLIC_URL", "https://bot.example.org/")
	t.Setenv("DELEGATEBOT_ADMINS", "UADMIN")
	app := testApp(t)
	if app.reportLinks == nil {
		t.Fatal("report links are off with a public URL and a key")
	}
	ctx := context.Background()
	if err := app.Store.ApproveChannel(ctx, "TLINK", "CPHI", "UADMIN"); err != nil {
		t.Fatal(err)
	}
	links := app.reportLinks
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	links.now = func() time.Time { return now }
	admin, ttl, err := links.Link("TLINK", "UADMIN")
	if err != nil || ttl != 15*time.Minute || !strings.HasPrefix(admin, "https://bot.example.org/report/") {
		t.Fatalf("Link = %q, %v, %v", admin, ttl, err)
	}
	if fs := phi.Scan("Oversight report: " + admin); len(fs) > 0 {
		t.Errorf("the guard would redact the link: %v", fs)
	}
	other, _, _ := links.Link("TLINK", "UOTHER")
	mux := http.NewServeMux()
	mux.Handle("GET /report/{token}", links.handler(app, slog.New(slog.DiscardHandler)))
	get := func(link string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, strings.TrimPrefix(link, "https://bot.example.org"), nil))
		return w
	}
	tampered := strings.Replace(admin, "/report/", "/report/x", 1)
	for _, tc := range []struct {
		name, link string
		code       int
		body       string
	}{
		{"Admin", admin, http.StatusOK, "<svg"},
		{"NotAdmin", other, http.StatusForbidden, "Only admins"},
		{"Tampered", tampered, http.StatusForbidden, "Invalid report link"},
		{"Garbage", "https://bot.example.org/report/nope", http.StatusForbidden, "Invalid report link"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := get(tc.link)
			if w.Code != tc.code || !strings.Contains(w.Body.String(), tc.body) {
				t.Fatalf("GET: %d %.200q, want %d with %q", w.Code, w.Body.String(), tc.code, tc.body)
			}
			if w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("headers %v", w.Header())
			}
			if tc.code == http.StatusOK && !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'none'") {
				t.Errorf("no CSP on the report: %v", w.Header())
			}
		})
	}
	now = now.Add(15 * time.Minute)
	if w := get(admin); w.Code != http.StatusGone {
		t.Errorf("expired link: %d, want 410", w.Code)
	}
}

func TestReportLinkOff(t *testing.T) {
	for _, tc := range []struct{ url, key string }{{"", storage.NewKey()}, {"https://bot.example.org", ""}} {
		cfg := Config{EncryptionKey: tc.key, Oversight: oversightConfig{PublicURL: tc.url}}
		if newReportLinks(cfg) != nil {
			t.Errorf("links on with url %q and key %q", tc.url, tc.key)
		}
	}
	if _, err := oversightConfigFromEnv(func(k string) string {
		return map[string]string{"DELEGATEBOT_PUBLIC_URL": "http://bot.example.org"}[k]
	}); err == nil {
		t.Error("a plain http public URL is accepted")
	}
}
