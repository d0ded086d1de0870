package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/internal/redistest"
)

// TestMain runs the tests in an environment of their own: the commands they
// run read their configuration from the environment, and must not find the
// developer's Redis, configuration file, data directory or API keys there.
// It stops the redis-server the tests started once they are done.
func TestMain(m *testing.M) {
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		for _, p := range []string{"REDIS_", "DELEGATEBOT_", "SLACK_", "TEAMS_", "OPENAI_"} {
			if strings.HasPrefix(k, p) && k != redistest.EnvURL {
				os.Unsetenv(k)
			}
		}
	}
	dir, err := os.MkdirTemp("", "delegatebot-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	os.Setenv("DELEGATEBOT_DATA_DIR", dir+"/delegatebot")
	code := func() int {
		defer os.RemoveAll(dir)
		defer redistest.Stop()
		return m.Run()
	}()
	os.Exit(code)
}
