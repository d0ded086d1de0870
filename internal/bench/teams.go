package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// teamsDriver delivers the bench's events as Microsoft Teams message
// activities to the in-process server's Bot Framework endpoint
// (/api/messages), each with a Bot Connector token signed RS256 by a key
// that its OpenID metadata and JWKS publish (endorsed for msteams), exactly
// what the server's authenticator checks. The same fake is the Bot
// Connector the bot replies through (and its token endpoint). A delivery
// counts as acknowledged on a 2xx answer; any other answer, or none within
// the bench's 3 s, is delivered again.
type teamsDriver struct {
	srv    *httptest.Server
	key    *rsa.PrivateKey
	tenant string
	target string // the server's base URL, set by ready
	token  string // one Bot Connector token, valid for the run
	client *http.Client
	seq    atomic.Int64
	posts  postLog
}

// The bench's Teams app.
const (
	benchTeamsApp   = "0be1c4aa-0000-4000-8000-00000000be4c"
	benchTeamsQueue = "19:benchqueue@thread.tacv2"
	benchTeamsKid   = "bench-key"
)

func newTeamsDriver(tenant string) (*teamsDriver, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, fmt.Errorf("bench: teams signing key: %w", err)
	}
	d := &teamsDriver{key: key, tenant: tenant,
		client: &http.Client{Timeout: slackAckTimeout, Transport: &http.Transport{MaxIdleConnsPerHost: 512, DisableCompression: true}}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /openid", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"issuer": "https://api.botframework.com", "jwks_uri": d.srv.URL + "/keys",
			"id_token_signing_alg_values_supported": []string{"RS256"}})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"keys": []any{map[string]any{
			"kty": "RSA", "use": "sig", "kid": benchTeamsKid, "endorsements": []string{"msteams"},
			"n": base64.RawURLEncoding.EncodeToString(key.N.Bytes()),
			"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(key.E)).Bytes()),
		}}})
	})
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"token_type": "Bearer", "expires_in": 3599, "access_token": "bench-connector-token"})
	})
	mux.HandleFunc("POST /bench/v3/conversations/{conv}/activities", func(w http.ResponseWriter, r *http.Request) {
		d.record(r)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]string{"id": "17" + strconv.FormatInt(d.seq.Add(1), 10)})
	})
	mux.HandleFunc("PUT /bench/v3/conversations/{conv}/activities/{id}", func(w http.ResponseWriter, r *http.Request) {
		d.record(r)
		json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id")})
	})
	mux.HandleFunc("GET /bench/v3/conversations/{conv}/members", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "[]")
	})
	d.srv = httptest.NewServer(mux)
	now := time.Now()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{
		"serviceurl": d.serviceURL(), "nbf": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix(),
		"iss": "https://api.botframework.com", "aud": benchTeamsApp,
	})
	tok.Header["kid"] = benchTeamsKid
	if d.token, err = tok.SignedString(key); err != nil {
		d.srv.Close()
		return nil, fmt.Errorf("bench: teams token: %w", err)
	}
	return d, nil
}

// serviceURL is the connector's base URL as Teams writes it in activities.
func (d *teamsDriver) serviceURL() string { return d.srv.URL + "/bench/" }

// record notes one activity the bot sent: to the queue conversation or
// elsewhere, carrying the PHI value or not.
func (d *teamsDriver) record(r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	conv, _, _ := strings.Cut(r.PathValue("conv"), ";")
	d.posts.add(conv == benchTeamsQueue, bytes.Contains(body, []byte(benchPHI)))
}

func (d *teamsDriver) inbox() string { return "teams" }
func (d *teamsDriver) queue() string { return benchTeamsQueue }
func (d *teamsDriver) edge() string {
	return "fake Bot Framework (OpenID/JWKS, token endpoint, connector)"
}

// setup turns Slack off and Teams on, single-tenant for the bench's
// workspace, against the fake.
func (d *teamsDriver) setup(env map[string]string) []string {
	for _, k := range []string{"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "SLACK_QUEUE_CHANNEL", "SLACK_APP_TOKEN"} {
		env[k] = ""
	}
	env["TEAMS_APP_ID"] = benchTeamsApp
	env["TEAMS_APP_PASSWORD"] = "bench"
	env["TEAMS_TENANT_ID"] = d.tenant
	env["TEAMS_OPENID_METADATA_URL"] = d.srv.URL + "/openid"
	env["TEAMS_TOKEN_URL"] = d.srv.URL + "/token"
	env["TEAMS_QUEUE_CONVERSATION"] = benchTeamsQueue
	return nil
}

// ready only needs the server's address: Teams pushes to it.
func (d *teamsDriver) ready(_ context.Context, target string) error {
	d.target = target
	return nil
}

// activity is event i as a message in the user's personal chat.
func (d *teamsDriver) activity(dl delivery) []byte {
	b, _ := json.Marshal(map[string]any{
		"type": "message", "id": "bench-" + d.tenant + "-" + strconv.Itoa(dl.I), "channelId": "msteams",
		"serviceUrl": d.serviceURL(), "timestamp": time.Now().UTC().Format(time.RFC3339Nano), "localTimezone": "America/New_York",
		"text": dl.Text, "textFormat": "plain", "locale": "en-US",
		"from":         map[string]any{"id": "29:" + dl.User, "aadObjectId": dl.User, "name": "Bench " + dl.User},
		"conversation": map[string]any{"id": "a:bench-" + dl.User, "conversationType": "personal", "tenantId": d.tenant},
		"recipient":    map[string]any{"id": "28:" + benchTeamsApp, "name": "delegatebot"},
		"channelData":  map[string]any{"tenant": map[string]any{"id": d.tenant}},
	})
	return b
}

func (d *teamsDriver) deliver(ctx context.Context, dl delivery) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.target+"/api/messages", bytes.NewReader(d.activity(dl)))
	if err != nil {
		return "request"
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+d.token)
	return send(d.client, req)
}

func (d *teamsDriver) report(down, up time.Time) guardReport { return d.posts.report(down, up) }

func (d *teamsDriver) close() { d.srv.Close() }
