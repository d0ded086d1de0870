package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// TestTeamsContainment sends the PHI-bearing requests as Bot Framework
// activities to serve's Teams endpoint, in both PHI modes and both views:
// no detected PHI value reaches the connector (replies, queue cards) or
// rests in Redis in plain text, and each ticket's id reaches both the
// requester and the queue conversation.
func TestTeamsContainment(t *testing.T) {
	for _, mode := range []phi.Action{phi.ActionRedact, phi.ActionBlock} {
		for _, view := range []bot.View{bot.ViewRedacted, bot.ViewMinimal} {
			t.Run(string(mode)+"/"+string(view), func(t *testing.T) { testTeamsContainment(t, mode, view) })
		}
	}
}

func testTeamsContainment(t *testing.T, mode phi.Action, view bot.View) {
	useTestRedis(t)
	f := newFakeBotFramework(t)
	const tenant, exec, queue = "tenant-contain", "aad-exec-1", "19:queue@thread.tacv2"
	t.Setenv("TEAMS_APP_ID", teamsAppID)
	t.Setenv("TEAMS_APP_PASSWORD", "pw")
	t.Setenv("TEAMS_TENANT_ID", tenant)
	t.Setenv("TEAMS_OPENID_METADATA_URL", f.srv.URL+"/openid")
	t.Setenv("TEAMS_TOKEN_URL", f.srv.URL+"/token")
	ctx := context.Background()
	app, err := openApp(ctx, Config{RedisURL: os.Getenv("REDIS_URL"), Executives: []string{exec}, Location: time.UTC,
		PHIMode: mode, View: view, Queues: map[string]string{"teams": queue}, EncryptionKey: storage.NewKey()}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	mux := http.NewServeMux()
	wctx, workers, stop := startWorkers(t)
	if on, err := mountTeams(wctx, app, mux, serveOptions{}, slog.New(slog.DiscardHandler), workers); err != nil || !on {
		t.Fatalf("mountTeams = %v, %v", on, err)
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for i, text := range slackPHIRequests {
		act, _ := json.Marshal(map[string]any{
			"type": "message", "id": fmt.Sprintf("170000000000%d", i), "channelId": "msteams", "serviceUrl": f.srv.URL + "/amer/",
			"timestamp": "2026-11-27T14:00:00Z", "text": text,
			"from":         map[string]any{"id": "29:1x", "aadObjectId": exec, "name": "Dana"},
			"conversation": map[string]any{"id": "a:1dana", "conversationType": "personal", "tenantId": tenant},
			"recipient":    map[string]any{"id": "28:" + teamsAppID},
			"channelData":  map[string]any{"tenant": map[string]any{"id": tenant}},
		})
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/messages", bytes.NewReader(act))
		req.Header.Set("Authorization", "Bearer "+f.token(t))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("status %d, want 202", resp.StatusCode)
		}
	}
	// The inbox workers handle them: wait for each reply and card, then
	// shut them down as serve does.
	for range 2 * len(slackPHIRequests) {
		select {
		case <-f.got:
		case <-time.After(30 * time.Second): // a failure bound, not a pause
			t.Fatal("the activities were not handled within 30 s")
		}
	}
	stop()
	f.mu.Lock()
	defer f.mu.Unlock()
	values := phiValuesOf(slackPHIRequests)
	reached := map[string]bool{}
	for _, a := range f.sent {
		b, _ := json.Marshal(a)
		s := string(b)
		if strings.Contains(s, "Not sent") {
			t.Errorf("sent %.200q", s)
		}
		for _, v := range values {
			if strings.Contains(strings.ToLower(s), strings.ToLower(v)) {
				t.Errorf("%v carried %q: %.300q", a["_conversation"], v, s)
			}
		}
		for i := range slackPHIRequests {
			if id := fmt.Sprintf("DEL-%d", i+1); strings.Contains(s, id+" ") || strings.Contains(s, id+`"`) || strings.Contains(s, id+".") {
				reached[fmt.Sprint(a["_conversation"], " ", id)] = true
			}
		}
	}
	for i := range slackPHIRequests {
		for _, conv := range []string{"a:1dana", queue} {
			if k := fmt.Sprintf("%s DEL-%d", conv, i+1); !reached[k] {
				t.Errorf("DEL-%d did not reach %s", i+1, conv)
			}
		}
	}
	for _, s := range redistest.Dump(t, redistest.Client(t, testDB), "*") {
		s := redistest.WithoutCiphertexts(s)
		for _, v := range values {
			if strings.Contains(strings.ToLower(s), strings.ToLower(v)) {
				t.Errorf("Redis holds %q in plain text: %.200q", v, s)
			}
		}
	}
}
