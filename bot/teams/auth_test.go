package teams_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot/teams"
	"github.com/golang-jwt/jwt/v4"
)

// TestUnauthenticated sends a valid request with one thing wrong each: it
// gets 401, and the bot neither stores nor sends anything.
func TestUnauthenticated(t *testing.T) {
	e := newEnv(t, "tenant-unauth")
	keys := testKeys(t)
	good := func() jwt.MapClaims { return claims(e.conn.serviceURL()) }
	with := func(k string, v any) jwt.MapClaims { c := good(); c[k] = v; return c }
	tampered := sign(t, good(), keys[0], "key-1")
	tampered = tampered[:len(tampered)-6] + "AAAAAA"
	hs256, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, good()).SignedString([]byte("guess"))
	now := time.Now()
	e.adapter.Auth.Now = func() time.Time { return now }
	later := func(map[string]any) { now = now.Add(2 * time.Minute) } // past the refresh interval
	for _, tc := range []struct {
		name string
		auth string
		act  func(a map[string]any)
	}{
		{"Missing", "", nil},
		{"NotBearer", "Basic " + sign(t, good(), keys[0], "key-1"), nil},
		{"Expired", "Bearer " + sign(t, with("exp", time.Now().Add(-10*time.Minute).Unix()), keys[0], "key-1"), nil},
		{"NotYetValid", "Bearer " + sign(t, with("nbf", time.Now().Add(10*time.Minute).Unix()), keys[0], "key-1"), nil},
		{"NoExpiry", "Bearer " + sign(t, func() jwt.MapClaims { c := good(); delete(c, "exp"); return c }(), keys[0], "key-1"), nil},
		{"WrongAudience", "Bearer " + sign(t, with("aud", "11111111-2222-3333-4444-555555555555"), keys[0], "key-1"), nil},
		{"WrongIssuer", "Bearer " + sign(t, with("iss", "https://sts.windows.net/evil/"), keys[0], "key-1"), nil},
		{"UnknownKey", "Bearer " + sign(t, good(), keys[1], "key-9"), later},
		{"UnknownKeyAgain", "Bearer " + sign(t, good(), keys[1], "key-8"), nil},
		{"KnownKidOtherKey", "Bearer " + sign(t, good(), keys[1], "key-1"), nil},
		{"BadSignature", "Bearer " + tampered, nil},
		{"HS256", "Bearer " + hs256, nil},
		{"ServiceURLMismatch", "Bearer " + sign(t, good(), keys[0], "key-1"), func(a map[string]any) {
			a["serviceUrl"] = "https://attacker.example/amer/"
		}},
		{"NoServiceURLClaim", "Bearer " + sign(t, with("serviceurl", ""), keys[0], "key-1"), nil},
		{"NotEndorsed", "Bearer " + sign(t, good(), keys[0], "key-1"), func(a map[string]any) { a["channelId"] = "slack" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			act := e.activity("u-"+tc.name, "personal", execDM, execID, "move my board meeting to Thursday at 3")
			if tc.act != nil {
				tc.act(act)
			}
			if code := e.sendWith(t, act, tc.auth); code != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401", code)
			}
		})
	}
	if got := e.conn.received(); len(got) != 0 {
		t.Fatalf("connector called %d times for unauthenticated requests", len(got))
	}
	if e.tokens.count() != 0 {
		t.Fatalf("token endpoint called for unauthenticated requests")
	}
	if _, err := e.store.FindTicket(context.Background(), e.tenant, 1); err == nil {
		t.Fatal("an unauthenticated request created a ticket")
	}
	// An unknown kid made the keys be fetched again, but only once in the
	// refresh interval, however many tokens named one.
	if n := e.oid.jwksFetches(); n != 2 {
		t.Errorf("JWKS fetched %d times, want 2 (first use, one refresh on an unknown kid)", n)
	}
}

func TestKeyRotation(t *testing.T) {
	o := newOpenID(t)
	keys := testKeys(t)
	now := time.Now()
	a := &teams.Authenticator{AppID: appID, MetadataURL: o.metadataURL(), Now: func() time.Time { return now }}
	ctx := context.Background()
	su := "https://smba.trafficmanager.net/amer/"
	if _, err := a.Verify(ctx, "Bearer "+sign(t, claimsAt(su, now), keys[0], "key-1")); err != nil {
		t.Fatal(err)
	}
	// Microsoft rolls a new key in; a token names it before our cache does.
	o.mu.Lock()
	o.keys["key-2"] = &keys[1].PublicKey
	o.mu.Unlock()
	now = now.Add(2 * time.Minute)
	id, err := a.Verify(ctx, "Bearer "+sign(t, claimsAt(su, now), keys[1], "key-2"))
	if err != nil {
		t.Fatalf("token with the new key: %v", err)
	}
	if id.ServiceURL != su || !id.Endorses("msteams") {
		t.Errorf("identity = %+v", id)
	}
	for range 5 {
		if _, err := a.Verify(ctx, "Bearer "+sign(t, claimsAt(su, now), keys[1], "key-7")); err == nil || !strings.Contains(err.Error(), "unknown signing key") {
			t.Fatalf("unknown kid: err = %v", err)
		}
	}
	if n := o.jwksFetches(); n != 2 {
		t.Errorf("JWKS fetched %d times, want 2", n)
	}
	// A day later the keys are read again even for a known kid.
	now = now.Add(25 * time.Hour)
	if _, err := a.Verify(ctx, "Bearer "+sign(t, claimsAt(su, now), keys[0], "key-1")); err != nil {
		t.Fatal(err)
	}
	if n := o.jwksFetches(); n != 3 {
		t.Errorf("JWKS fetched %d times after a day, want 3", n)
	}
	// While the key endpoint is down, cached keys keep working.
	o.srv.Close()
	now = now.Add(25 * time.Hour)
	if _, err := a.Verify(ctx, "Bearer "+sign(t, claimsAt(su, now), keys[0], "key-1")); err != nil {
		t.Fatalf("stale key refused while the endpoint is down: %v", err)
	}
}

func TestMetadataUnreachable(t *testing.T) {
	a := &teams.Authenticator{AppID: appID, MetadataURL: "http://127.0.0.1:1/meta",
		Client: &http.Client{Timeout: time.Second}}
	_, err := a.Verify(context.Background(), "Bearer "+sign(t, claims("https://x/"), testKeys(t)[0], "key-1"))
	if err == nil || !strings.Contains(err.Error(), "unauthorized") {
		t.Fatalf("err = %v, want unauthorized", err)
	}
}

// TestStrictChannel checks the rules of Microsoft's validator: the activity
// must come from msteams, and the signing key must endorse it; a key with no
// endorsements endorses nothing. Refused requests reach no connector, and a
// huge key id in a token is neither looked up nor logged whole.
func TestStrictChannel(t *testing.T) {
	e := newEnv(t, "tenant-strict")
	keys := testKeys(t)
	e.oid.mu.Lock()
	e.oid.keys["key-bare"] = &keys[1].PublicKey
	e.oid.endorse = map[string][]string{"key-bare": nil}
	e.oid.mu.Unlock()
	valid := "Bearer " + sign(t, claims(e.conn.serviceURL()), keys[0], "key-1")
	for _, tc := range []struct {
		name string
		auth string
		act  func(a map[string]any)
	}{
		// The key endorses webchat, but this is a Teams bot.
		{"WebchatActivity", valid, func(a map[string]any) { a["channelId"] = "webchat" }},
		{"NoChannelID", valid, func(a map[string]any) { delete(a, "channelId") }},
		{"KeyWithoutEndorsements", "Bearer " + sign(t, claims(e.conn.serviceURL()), keys[1], "key-bare"), nil},
		{"OverlongKid", "Bearer " + sign(t, claims(e.conn.serviceURL()), keys[0], strings.Repeat("k", 700<<10)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			act := e.activity("s-"+tc.name, "personal", execDM, execID, "/phi approve")
			if tc.act != nil {
				tc.act(act)
			}
			if code := e.sendWith(t, act, tc.auth); code != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401", code)
			}
		})
	}
	if got := e.conn.received(); len(got) != 0 {
		t.Fatalf("connector called %d times for refused requests", len(got))
	}
	if e.tokens.count() != 0 {
		t.Fatal("token endpoint called for refused requests")
	}
	for _, line := range strings.Split(e.logs.String(), "\n") {
		if len(line) > 1024 {
			t.Fatalf("a log line of %d bytes", len(line))
		}
	}
	if code := e.send(t, e.activity("s-ok", "personal", execDM, execID, "/tickets")); code/100 != 2 {
		t.Fatalf("a valid msteams activity: status %d", code)
	}
}
