package intents_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/internal/testkit"
	openai "github.com/sashabaranov/go-openai"
)

// fakeOpenAI is an OpenAI-compatible server speaking the Chat Completions
// wire protocol, non-streaming and streaming (server-sent events). It records
// every request body.
type fakeOpenAI struct {
	*httptest.Server
	mu     sync.Mutex
	bodies [][]byte
	// reply answers one request; nil answers content "{}".
	reply func(w http.ResponseWriter, req openai.ChatCompletionRequest)
}

func newFakeOpenAI(t *testing.T) *fakeOpenAI {
	f := &fakeOpenAI{}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeOpenAI) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		http.NotFound(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.bodies = append(f.bodies, body)
	reply := f.reply
	f.mu.Unlock()
	var req openai.ChatCompletionRequest
	if err := json.Unmarshal(body, &req); err != nil {
		apiError(w, http.StatusBadRequest, "bad json")
		return
	}
	if reply == nil {
		answer(w, req, "{}", 10, 2)
		return
	}
	reply(w, req)
}

// calls is the number of requests the server received.
func (f *fakeOpenAI) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.bodies)
}

// last decodes the newest request.
func (f *fakeOpenAI) last(t *testing.T) openai.ChatCompletionRequest {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.bodies) == 0 {
		t.Fatal("the model was never called")
	}
	var req openai.ChatCompletionRequest
	if err := json.Unmarshal(f.bodies[len(f.bodies)-1], &req); err != nil {
		t.Fatal(err)
	}
	return req
}

func (f *fakeOpenAI) setReply(fn func(w http.ResponseWriter, req openai.ChatCompletionRequest)) {
	f.mu.Lock()
	f.reply = fn
	f.mu.Unlock()
}

// answerWith replies content to every request.
func (f *fakeOpenAI) answerWith(content string) {
	f.setReply(func(w http.ResponseWriter, req openai.ChatCompletionRequest) { answer(w, req, content, 120, 30) })
}

func (f *fakeOpenAI) client() *openai.Client {
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = f.URL + "/v1"
	return openai.NewClientWithConfig(cfg)
}

// answer writes a completion, as SSE chunks when the request streams.
func answer(w http.ResponseWriter, req openai.ChatCompletionRequest, content string, prompt, completion int) {
	usage := map[string]int{"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
	if !req.Stream {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": content}}},
			"usage": usage,
		})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	chunk := func(v map[string]any) {
		v["id"], v["object"], v["model"] = "chatcmpl-1", "chat.completion.chunk", req.Model
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	for _, piece := range splitN(content, 3) {
		chunk(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": piece}}}})
	}
	chunk(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": "stop"}}})
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		chunk(map[string]any{"choices": []any{}, "usage": usage})
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func splitN(s string, n int) []string {
	var out []string
	step := max(1, len(s)/n)
	for len(s) > step {
		out = append(out, s[:step])
		s = s[step:]
	}
	return append(out, s)
}

// apiError writes an OpenAI error body with status code.
func apiError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": "server_error"}})
}

// promptTexts decodes every recorded request and returns its message
// contents, for leak checks on decoded text (the raw body escapes some
// characters).
func (f *fakeOpenAI) promptTexts(t *testing.T) []string {
	t.Helper()
	out, _ := f.promptTextsSince(t, 0)
	return out
}

// promptTextsSince is promptTexts of the requests after the first n, and the
// number of requests so far.
func (f *fakeOpenAI) promptTextsSince(t *testing.T, n int) ([]string, int) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, b := range f.bodies[n:] {
		var req openai.ChatCompletionRequest
		if err := json.Unmarshal(b, &req); err != nil {
			t.Fatal(err)
		}
		for _, m := range req.Messages {
			out = append(out, m.Content)
		}
		out = append(out, string(b))
	}
	return out, len(f.bodies)
}

// leaks returns the texts among hay that contain needle.
func leaks(hay []string, needle string) bool {
	for _, h := range hay {
		if testkit.ContainsValue(h, needle) {
			return true
		}
	}
	return false
}
