package main

import (
	"net"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/storage"
)

// goodServeEnv sets a configuration config check accepts.
func goodServeEnv(t *testing.T) {
	clearEnv(t)
	useTestRedis(t)
	t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
	t.Setenv("DELEGATEBOT_AUDIT_KEY", storage.NewKey())
	t.Setenv("SLACK_BOT_TOKEN", "xoxb-1-2-abc")
	t.Setenv("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5")
	t.Setenv("DELEGATEBOT_EXECUTIVES", "UEXEC")
}

func TestConfigCheckProduction(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		goodServeEnv(t)
		out, stderr, err := runCmd(t, "", "config", "check")
		if err != nil || !strings.Contains(out, "configuration OK") || stderr != "" {
			t.Fatalf("err %v, out %q, stderr %q", err, out, stderr)
		}
	})
	t.Run("Warnings", func(t *testing.T) {
		goodServeEnv(t)
		t.Setenv("REDIS_URL", "")
		t.Setenv("DELEGATEBOT_EXECUTIVES", "")
		out, stderr, err := runCmd(t, "", "config", "check")
		if err != nil || !strings.Contains(out, "configuration OK") {
			t.Fatalf("warnings only: err %v, out %q", err, out)
		}
		for _, want := range []string{"warning: REDIS_URL is not set: serve would run the embedded", "warning: DELEGATEBOT_EXECUTIVES is empty: anyone may delegate"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr %q lacks %q", stderr, want)
			}
		}
	})
	t.Run("Problems", func(t *testing.T) {
		goodServeEnv(t)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		closed := ln.Addr().String()
		ln.Close()
		t.Setenv("REDIS_URL", "redis://:s3cr3tpass@"+closed+"/0")
		t.Setenv("SLACK_SIGNING_SECRET", "REPLACE_ME-signing-secret")
		t.Setenv("TEAMS_APP_ID", "00000000-0000-0000-0000-000000000001")
		_, stderr, err := runCmd(t, "", "config", "check")
		if err == nil {
			t.Fatal("config check passed")
		}
		for _, want := range []string{"REDIS_URL: Redis does not answer", "SLACK_SIGNING_SECRET holds a placeholder", "teams: partly configured"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr %q lacks %q", stderr, want)
			}
		}
		for _, secret := range []string{"s3cr3tpass", "signing-secret"} {
			if strings.Contains(stderr, secret) {
				t.Errorf("config check printed %q", secret)
			}
		}
	})
}
