package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/storage"
)

// clearEnv unsets every variable config check reads, for the test.
func clearEnv(t *testing.T) {
	for _, k := range []string{"REDIS_URL", "DELEGATEBOT_ENCRYPTION_KEY", "DELEGATEBOT_ENCRYPTION_KEY_FILE", "DELEGATEBOT_TZ",
		"DELEGATEBOT_PHI_MODE", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "TEAMS_APP_ID",
		"TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "TEAMS_OPENID_METADATA_URL", "TEAMS_TOKEN_URL", "TEAMS_QUEUE_CONVERSATION",
		"DELEGATEBOT_CONFIG", "DELEGATEBOT_OLD_ENCRYPTION_KEYS", "DELEGATEBOT_AUDIT_KEY", "DELEGATEBOT_AUDIT_KEY_FILE",
		"DELEGATEBOT_OLD_AUDIT_KEYS", "DELEGATEBOT_UNAPPROVED_VIEW", "DELEGATEBOT_COLLEAGUES", "DELEGATEBOT_PHI_RETENTION"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
}

func TestConfigCheck(t *testing.T) {
	t.Run("EveryProblemAtOnce", func(t *testing.T) {
		clearEnv(t)
		t.Setenv("REDIS_URL", "mysql://nope")
		t.Setenv("SLACK_SIGNING_SECRET", "s3cr3t-value")
		t.Setenv("DELEGATEBOT_TZ", "Mars/Olympus")
		t.Setenv("DELEGATEBOT_UNAPPROVED_VIEW", "sideways")
		t.Setenv("DELEGATEBOT_PHI_RETENTION", "a month")
		_, stderr, err := runCmd(t, "", "config", "check")
		if err == nil {
			t.Fatal("config check passed a broken configuration")
		}
		for _, want := range []string{"REDIS_URL", "SLACK_BOT_TOKEN", "DELEGATEBOT_TZ", "DELEGATEBOT_ENCRYPTION_KEY", "DELEGATEBOT_UNAPPROVED_VIEW", "DELEGATEBOT_PHI_RETENTION"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("problems do not name %s:\n%s", want, stderr)
			}
		}
		if strings.Contains(stderr, "s3cr3t-value") {
			t.Fatal("config check printed a secret")
		}
	})
	t.Run("NoPlatform", func(t *testing.T) {
		clearEnv(t)
		t.Setenv("DELEGATEBOT_ENCRYPTION_KEY", storage.NewKey())
		t.Setenv("DELEGATEBOT_AUDIT_KEY", storage.NewKey())
		_, stderr, err := runCmd(t, "", "config", "check")
		if err == nil || !strings.Contains(stderr, "SLACK_BOT_TOKEN") || !strings.Contains(stderr, "1 configuration problem") {
			t.Fatalf("no platform: err %v, stderr %q", err, stderr)
		}
	})
	t.Run("FileWithEnvOverride", func(t *testing.T) {
		clearEnv(t)
		dir := t.TempDir()
		file := filepath.Join(dir, "delegatebot.env")
		body := "# delegatebot\nexport SLACK_BOT_TOKEN=xoxb-file\nSLACK_SIGNING_SECRET='from-file'\nDELEGATEBOT_ENCRYPTION_KEY=" + storage.NewKey() + "\nDELEGATEBOT_AUDIT_KEY=" + storage.NewKey() + "\nREDIS_URL=redis://127.0.0.1:6379/3\nDELEGATEBOT_TZ=Mars/Olympus\n"
		if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		_, stderr, err := runCmd(t, "", "config", "check", "--config", file)
		if err == nil || !strings.Contains(stderr, "DELEGATEBOT_TZ") {
			t.Fatalf("the file's bad zone was not reported: err %v, %q", err, stderr)
		}
		t.Setenv("DELEGATEBOT_TZ", "America/Chicago") // the environment wins
		out, stderr, err := runCmd(t, "", "config", "check", "--config", file)
		if err != nil || !strings.Contains(out, "configuration OK") {
			t.Fatalf("env override: err %v, out %q, stderr %q", err, out, stderr)
		}
		if err := os.WriteFile(file, []byte("JUST A LINE\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, stderr, _ := runCmd(t, "", "config", "check", "--config", file); !strings.Contains(stderr, "delegatebot.env:1: not KEY=VALUE") {
			t.Fatalf("malformed file: %q", stderr)
		}
	})
}
