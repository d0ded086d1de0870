package main

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image/png"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

const teamsAppID = "0b7c1e4d-5a6f-4e21-9c3b-7d8e9f0a1b2c"

func TestTeamsConfig(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     map[string]string
		on      bool
		wantErr []string
	}{
		{"Off", nil, false, nil},
		{"On", map[string]string{"TEAMS_APP_ID": teamsAppID, "TEAMS_APP_PASSWORD": "pw", "TEAMS_TENANT_ID": "tid"}, true, nil},
		{"Partial", map[string]string{"TEAMS_APP_ID": teamsAppID}, false, []string{"TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"}},
		{"OnlyQueue", map[string]string{"TEAMS_QUEUE_CONVERSATION": "19:q@thread.tacv2"}, false,
			[]string{"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"}},
		{"BadURL", map[string]string{"TEAMS_APP_ID": teamsAppID, "TEAMS_APP_PASSWORD": "pw", "TEAMS_TENANT_ID": "tid",
			"TEAMS_TOKEN_URL": "login.example/token"}, false, []string{"TEAMS_TOKEN_URL"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, on, err := teamsConfigFromEnv(func(k string) string { return tc.env[k] })
			if on != tc.on {
				t.Errorf("on = %v, want %v", on, tc.on)
			}
			for _, w := range tc.wantErr {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("err = %v, want it to name %s", err, w)
				}
			}
			if tc.wantErr == nil && err != nil {
				t.Fatal(err)
			}
			if tc.on && (cfg.TokenURL != "https://login.microsoftonline.com/tid/oauth2/v2.0/token" ||
				cfg.MetadataURL != "https://login.botframework.com/v1/.well-known/openidconfiguration") {
				t.Errorf("defaults = %+v", cfg)
			}
		})
	}
}

// fakeBotFramework serves the OpenID metadata, JWKS, token endpoint and
// connector in their wire formats and records the activities sent.
type fakeBotFramework struct {
	srv  *httptest.Server
	key  *rsa.PrivateKey
	mu   sync.Mutex
	sent []map[string]any // each with "_conversation" added
	got  chan struct{}    // one per activity sent
}

func newFakeBotFramework(t *testing.T) *fakeBotFramework {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeBotFramework{key: key, got: make(chan struct{}, 16)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /openid", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"issuer": "https://api.botframework.com", "jwks_uri": f.srv.URL + "/keys"})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"keys": []any{map[string]any{
			"kty": "RSA", "use": "sig", "kid": "k1", "endorsements": []string{"msteams"},
			"n": base64.RawURLEncoding.EncodeToString(key.N.Bytes()),
			"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(key.E)).Bytes()),
		}}})
	})
	mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("client_id") != teamsAppID || r.FormValue("client_secret") != "pw" {
			http.Error(w, `{"error":"invalid_client"}`, http.StatusUnauthorized)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"token_type": "Bearer", "expires_in": 3599, "access_token": "tok"})
	})
	mux.HandleFunc("POST /amer/v3/conversations/{conv}/activities", func(w http.ResponseWriter, r *http.Request) {
		var a map[string]any
		json.NewDecoder(r.Body).Decode(&a)
		a["_conversation"] = r.PathValue("conv")
		f.mu.Lock()
		f.sent = append(f.sent, a)
		n := len(f.sent)
		f.mu.Unlock()
		select {
		case f.got <- struct{}{}:
		default:
		}
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]string{"id": "act-" + strconv.Itoa(n)})
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeBotFramework) token(t *testing.T) string {
	return testkit.TeamsToken(t, testkit.TeamsClaims(teamsAppID, f.srv.URL+"/amer/", time.Now()), f.key, "k1")
}

// TestServeTeams mounts the Teams endpoint as serve does and runs a
// message through it: stored in the inbox and acknowledged, then handled by
// the inbox workers.
func TestServeTeams(t *testing.T) {
	useTestRedis(t)
	f := newFakeBotFramework(t)
	const tenant, exec, queue = "tenant-cmd-serve", "aad-exec-1", "19:queue@thread.tacv2"
	t.Setenv("TEAMS_APP_ID", teamsAppID)
	t.Setenv("TEAMS_APP_PASSWORD", "pw")
	t.Setenv("TEAMS_TENANT_ID", tenant)
	t.Setenv("TEAMS_OPENID_METADATA_URL", f.srv.URL+"/openid")
	t.Setenv("TEAMS_TOKEN_URL", f.srv.URL+"/token")
	ctx := context.Background()
	app, err := openApp(ctx, Config{RedisURL: os.Getenv("REDIS_URL"), Executives: []string{exec}, Location: time.UTC,
		PHIMode: phi.ActionRedact, Queues: map[string]string{"teams": queue}}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	var logs bytes.Buffer
	mux := http.NewServeMux()
	wctx, workers, stop := startWorkers(t)
	on, err := mountTeams(wctx, app, mux, serveOptions{}, slog.New(slog.NewTextHandler(&logs, nil)), workers)
	if err != nil || !on {
		t.Fatalf("mountTeams = %v, %v", on, err)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()

	act, _ := json.Marshal(map[string]any{
		"type": "message", "id": "1700000000001", "channelId": "msteams", "serviceUrl": f.srv.URL + "/amer/",
		"timestamp": "2026-11-27T14:00:00Z", "text": "draft a reply to Dr. Kim about the staffing plan",
		"from":         map[string]any{"id": "29:1x", "aadObjectId": exec, "name": "Dana"},
		"conversation": map[string]any{"id": "a:1dana", "conversationType": "personal", "tenantId": tenant},
		"recipient":    map[string]any{"id": "28:" + teamsAppID},
		"channelData":  map[string]any{"tenant": map[string]any{"id": tenant}},
	})
	post := func(auth string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/messages", bytes.NewReader(act))
		req.Header.Set("Authorization", auth)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post("Bearer not-a-jwt"); code != http.StatusUnauthorized {
		t.Fatalf("bad token: status %d", code)
	}
	if code := post("Bearer " + f.token(t)); code != http.StatusAccepted {
		t.Fatalf("status %d, want 202", code)
	}
	// The inbox workers handle it: wait for the reply and the card, then
	// shut them down as serve does.
	for range 2 {
		select {
		case <-f.got:
		case <-time.After(30 * time.Second): // a failure bound, not a pause
			t.Fatal("the activity was not handled within 30 s")
		}
	}
	stop()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.sent) != 2 || f.sent[0]["_conversation"] != "a:1dana" || f.sent[1]["_conversation"] != queue {
		t.Fatalf("sent = %v, want a reply to the executive and a card in the queue", f.sent)
	}
	if !strings.HasPrefix(f.sent[0]["text"].(string), "DEL-1 · ") {
		t.Errorf("reply = %v", f.sent[0]["text"])
	}
	if strings.Contains(logs.String(), "staffing") {
		t.Errorf("logs hold message text:\n%s", logs.String())
	}
}

func TestTeamsPackage(t *testing.T) {
	out := filepath.Join(t.TempDir(), "app.zip")
	var stdout, stderr bytes.Buffer
	if err := runTeams(context.Background(), []string{"package", "--app-id", strings.ToUpper(teamsAppID), "--out", out}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		files[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	var m struct {
		Schema          string `json:"$schema"`
		ManifestVersion string `json:"manifestVersion"`
		ID              string `json:"id"`
		Bots            []struct {
			BotID        string   `json:"botId"`
			Scopes       []string `json:"scopes"`
			CommandLists []struct {
				Scopes []string `json:"scopes"`
			} `json:"commandLists"`
		} `json:"bots"`
		ValidDomains []string `json:"validDomains"`
	}
	if err := json.Unmarshal(files["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if m.ID != teamsAppID || len(m.Bots) != 1 || m.Bots[0].BotID != teamsAppID || m.ManifestVersion != "1.17" ||
		!strings.Contains(m.Schema, "v1.17") || strings.Join(m.Bots[0].Scopes, ",") != "personal,team,groupChat" ||
		len(m.Bots[0].CommandLists) != 2 || m.ValidDomains == nil {
		t.Errorf("manifest = %+v", m)
	}
	for name, size := range map[string]int{"color.png": 192, "outline.png": 32} {
		img, err := png.Decode(bytes.NewReader(files[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %v, want %dx%d", name, b, size, size)
		}
	}
	t.Setenv("TEAMS_APP_ID", "")
	err = runTeams(context.Background(), []string{"package", "--out", out}, nil, &stdout, &stderr)
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "--app-id") {
		t.Errorf("without an app id: err = %v, want a usage error", err)
	}
	if err := runTeams(context.Background(), []string{"publish"}, nil, &stdout, &stderr); !errors.As(err, &ue) {
		t.Errorf("unknown subcommand: err = %v", err)
	}
}
