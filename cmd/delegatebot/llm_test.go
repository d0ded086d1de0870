package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
)

// fakeModel answers every chat completion with content, and counts calls.
func fakeModel(t *testing.T, content string) (*httptest.Server, *atomic.Int32) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		calls.Add(1)
		b, _ := json.Marshal(content)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"c1","object":"chat.completion","model":"m","choices":[{"index":0,"finish_reason":"stop",`+
			`"message":{"role":"assistant","content":%s}}],"usage":{"prompt_tokens":9,"completion_tokens":9,"total_tokens":18}}`, b)
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func TestParseLLM(t *testing.T) {
	line := `{"id":"i1","text":"can someone look into the thing with the parking garage for Dr. Okafor","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}` + "\n"
	srv, calls := fakeModel(t, `{"intent":"task.general","subject":"parking garage","people":["Dr. Okafor"],"when":null,"due":"2026-12-01","priority":null,"duration_minutes":null}`)
	dataDir := t.TempDir()
	t.Setenv("REDIS_URL", "")
	t.Setenv("DELEGATEBOT_DATA_DIR", dataDir)
	t.Setenv("OPENAI_BASE_URL", srv.URL+"/v1")
	t.Setenv("OPENAI_MODEL", "")
	t.Setenv("DELEGATEBOT_LLM", "")

	t.Run("AlwaysNeedsKey", func(t *testing.T) {
		t.Setenv("OPENAI_API_KEY", "")
		_, _, err := runCmd(t, line, "parse", "--jsonl", "--llm", "always")
		if err == nil || !strings.Contains(err.Error(), "OPENAI_API_KEY is required") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("AutoWithoutKeyIsRules", func(t *testing.T) {
		t.Setenv("OPENAI_API_KEY", "")
		out, _, err := runCmd(t, line, "parse", "--jsonl")
		if err != nil || !strings.Contains(out, `"confidence":0.6}`) || calls.Load() != 0 {
			t.Fatalf("out %s err %v calls %d", out, err, calls.Load())
		}
	})
	t.Run("BadMode", func(t *testing.T) {
		_, _, err := runCmd(t, line, "parse", "--llm", "sometimes")
		if _, ok := err.(usageError); !ok {
			t.Fatalf("err = %v, want a usage error", err)
		}
	})
	t.Run("AutoAsksWhenUnsure", func(t *testing.T) {
		t.Setenv("OPENAI_API_KEY", "test-key")
		out, stderr, err := runCmd(t, line, "parse", "--jsonl", "--llm", "auto")
		if err != nil {
			t.Fatal(err, stderr)
		}
		// The rules read a task as unsure (0.6, under the threshold); the
		// model agrees on the intent and fills the slots.
		want := `{"id":"i1","intent":"task.general","subject":"parking garage","when":null,"due":"2026-12-01","people":["Dr. Okafor"],"priority":"normal","duration_minutes":null,"confidence":0.8}`
		if strings.TrimSpace(out) != want {
			t.Fatalf("got  %s\nwant %s", out, want)
		}
	})
	t.Run("OffNeverAsks", func(t *testing.T) {
		t.Setenv("OPENAI_API_KEY", "test-key")
		before := calls.Load()
		out, _, err := runCmd(t, line, "parse", "--jsonl", "--llm", "off")
		if err != nil || !strings.Contains(out, `"confidence":0.6}`) || calls.Load() != before {
			t.Fatalf("out %s err %v", out, err)
		}
	})
	t.Run("AlwaysAsksEveryLine", func(t *testing.T) {
		t.Setenv("OPENAI_API_KEY", "test-key")
		before := calls.Load()
		in := line + `{"id":"i2","text":"move my board meeting to Thursday at 3","now":"2026-11-27T09:00:00-05:00","tz":"America/New_York"}` + "\n"
		if _, stderr, err := runCmd(t, in, "parse", "--jsonl", "--llm", "always"); err != nil {
			t.Fatal(err, stderr)
		}
		if n := calls.Load() - before; n != 2 {
			t.Fatalf("%d model calls, want one per line", n)
		}
	})
	t.Run("WithRedis", func(t *testing.T) {
		// Limits, cache and audit of workspace "cli" in DB 9 of the test server.
		rdb := redistest.Client(t, 9)
		opt := rdb.Options()
		t.Setenv("REDIS_URL", fmt.Sprintf("redis://:%s@%s/9", opt.Password, opt.Addr))
		t.Setenv("OPENAI_API_KEY", "test-key")
		out, stderr, err := runCmd(t, line, "parse", "--jsonl", "--llm", "always")
		if err != nil || !strings.Contains(out, `"intent":"task.general"`) {
			t.Fatalf("out %s err %v stderr %s", out, err, stderr)
		}
		n, err := rdb.Exists(context.Background(), "dlg:{"+cliWorkspace+"}:audit").Result()
		if err != nil || n != 1 {
			t.Fatalf("no audit trail for workspace %s (err %v)", cliWorkspace, err)
		}
	})
	// parse never starts the embedded store.
	if entries, _ := os.ReadDir(dataDir); len(entries) != 0 {
		t.Errorf("parse wrote to the data directory: %v", entries)
	}
}

func TestLLMConfig(t *testing.T) {
	env := map[string]string{"DELEGATEBOT_LLM": "maybe", "DELEGATEBOT_LLM_CALLS_PER_MINUTE": "-1", "OPENAI_BASE_URL": "ftp://x"}
	_, err := llmConfigFromEnv(func(k string) string { return env[k] })
	for _, want := range []string{"DELEGATEBOT_LLM:", "DELEGATEBOT_LLM_CALLS_PER_MINUTE", "OPENAI_BASE_URL"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want it to name %s", err, want)
		}
	}
	c, err := llmConfigFromEnv(func(string) string { return "" })
	if err != nil || c.enabled() || c.Model != defaultModel {
		t.Fatalf("empty environment: %+v %v", c, err)
	}
	if newModel(c, nil, nil, nil) != nil || newDrafter(c, nil) != nil {
		t.Fatal("no key must mean no model and no drafter")
	}
	if p, ok := llmParser(nil, false).(intents.PersonDates); !ok {
		t.Fatal("the parser must keep a person's dates out of when and due")
	} else if _, ok := p.Parser.(intents.Rules); !ok {
		t.Fatal("no model must mean the rules alone")
	}
}
