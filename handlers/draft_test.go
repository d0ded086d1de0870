package handlers_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	openai "github.com/sashabaranov/go-openai"
)

// draftDB is the Redis database of the draft tests.
const draftDB = testDB

// fakeChat is an OpenAI-compatible server that streams content as
// server-sent events, or fails with status when it is set. It records every
// request.
type fakeChat struct {
	mu      sync.Mutex
	reqs    []openai.ChatCompletionRequest
	raw     []string
	content string
	status  int
}

func (f *fakeChat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req openai.ChatCompletionRequest
	json.Unmarshal(body, &req)
	f.mu.Lock()
	f.reqs, f.raw = append(f.reqs, req), append(f.raw, string(body))
	content, status := f.content, f.status
	f.mu.Unlock()
	if status != 0 {
		w.WriteHeader(status)
		fmt.Fprint(w, `{"error":{"message":"unavailable","type":"server_error"}}`)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(v string) { fmt.Fprintf(w, "data: %s\n\n", v); w.(http.Flusher).Flush() }
	for _, word := range strings.SplitAfter(content, " ") {
		b, _ := json.Marshal(word)
		send(`{"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":` + string(b) + `}}]}`)
	}
	send(`{"id":"c1","object":"chat.completion.chunk","model":"m","choices":[],"usage":{"prompt_tokens":50,"completion_tokens":20,"total_tokens":70}}`)
	send("[DONE]")
}

func (f *fakeChat) requests() []openai.ChatCompletionRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), f.reqs...)
}

func (f *fakeChat) rawBodies() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.raw...)
}

// draftEnv runs a handler that drafts for one ticket, as Delegate does after
// creating it, behind a bot with the guard.
type draftEnv struct {
	fake    *fakeChat
	drafter *handlers.Drafter
	store   *storage.Store
	ws      string
}

func newDraftEnv(t *testing.T) *draftEnv {
	fake := &fakeChat{content: "Dear [NAME_1], thank you for the staffing plan. [?]"}
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = srv.URL + "/v1"
	s := storage.New(redistest.Client(t, draftDB))
	m := &intents.Model{Client: openai.NewClientWithConfig(cfg), Name: "gpt-4o-mini",
		Limits: &storage.LLMLimits{Store: s}, Audit: s, Log: slog.New(slog.DiscardHandler)}
	ws := fmt.Sprintf("Tdraft%d", time.Now().UnixNano()%1e9)
	return &draftEnv{fake: fake, drafter: &handlers.Drafter{Model: m, Store: s}, store: s, ws: ws}
}

// draft runs the drafter for a ticket of intent in with text, posting to
// queue, and returns what the bot sent.
func (d *draftEnv) draft(t *testing.T, in delegatebot.Intent, text, queue string) []bot.Outgoing {
	t.Helper()
	tk := &delegatebot.Ticket{Workspace: d.ws, Number: 7, Requester: "dana", Intent: in, Text: text,
		Subject: "staffing plan", People: []string{"Dr. Kim"}}
	h := bot.HandlerFunc(func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		d.drafter.Draft(ctx, w, e, tk, queue)
		return nil
	})
	b := &bot.Bot{Handler: h, Guard: &phi.Guard{Policy: d.store}}
	ev := &bot.Event{User: delegatebot.User{Platform: "test", Workspace: d.ws, ID: "dana"},
		Channel: "C1", ChannelKind: phi.KindChannel, Text: text, Time: time.Now()}
	rec := &testkit.Recorder{}
	if err := b.Serve(context.Background(), ev, rec); err != nil {
		t.Fatal(err)
	}
	return rec.Out()
}

func TestDraft(t *testing.T) {
	text := "draft a reply to Dr. Kim about the staffing plan; patient Emeka Lafleur (MRN 40023817) is affected"
	t.Run("PostedToQueue", func(t *testing.T) {
		d := newDraftEnv(t)
		out := d.draft(t, delegatebot.IntentDraftReply, text, "CQUEUE")
		if len(out) != 1 || out[0].Destination().Channel != "CQUEUE" {
			t.Fatalf("sent %d messages, want one to the queue", len(out))
		}
		got := out[0].Text()
		if !strings.HasPrefix(got, handlers.DraftMarker+" for DEL-7:") || !strings.Contains(got, "Dear [NAME_1], thank you for the staffing plan. [?]") {
			t.Fatalf("draft = %q", got)
		}
		reqs := d.fake.requests()
		if len(reqs) != 1 || !reqs[0].Stream {
			t.Fatalf("%d requests, want one streaming", len(reqs))
		}
		for _, leak := range []string{"Emeka", "Lafleur", "40023817"} {
			if strings.Contains(d.fake.raw[0], leak) {
				t.Errorf("the prompt carried %q", leak)
			}
		}
		a, _ := d.store.ReadAudit(context.Background(), d.ws, "", 10)
		if len(a) != 1 || a[0].Action != "llm.call" || a[0].Ticket != "DEL-7" ||
			!strings.Contains(a[0].Detail, "purpose=draft outcome=ok prompt_tokens=50 completion_tokens=20") {
			t.Errorf("audit = %+v", a)
		}
	})
	t.Run("ReplyWithoutQueue", func(t *testing.T) {
		d := newDraftEnv(t)
		out := d.draft(t, delegatebot.IntentPrepareDoc, "prepare talking points for the board", "")
		if len(out) != 1 || out[0].Destination().Channel != "C1" || !strings.HasPrefix(out[0].Text(), handlers.DraftMarker) {
			t.Fatalf("sent %+v, want the draft in the conversation", out)
		}
	})
	t.Run("NotDraftedIntent", func(t *testing.T) {
		d := newDraftEnv(t)
		if out := d.draft(t, delegatebot.IntentSchedule, "set up a call with the CFO", "CQUEUE"); len(out) != 0 || len(d.fake.requests()) != 0 {
			t.Fatalf("drafted for a meeting: %d messages", len(out))
		}
	})
	t.Run("ModelDown", func(t *testing.T) {
		d := newDraftEnv(t)
		d.fake.status = http.StatusServiceUnavailable
		if out := d.draft(t, delegatebot.IntentDraftReply, text, "CQUEUE"); len(out) != 0 {
			t.Fatalf("sent %d messages, want none", len(out))
		}
	})
	t.Run("NilIsOff", func(t *testing.T) {
		d := newDraftEnv(t)
		d.drafter = nil
		if out := d.draft(t, delegatebot.IntentDraftReply, text, "CQUEUE"); len(out) != 0 {
			t.Fatalf("nil drafter sent %d messages", len(out))
		}
	})
	t.Run("RestoreApprovedOnly", func(t *testing.T) {
		d := newDraftEnv(t)
		d.drafter.RestoreApproved = true
		d.fake.content = "Re: [NAME_1] and [MRN_1]"
		if got := d.draft(t, delegatebot.IntentDraftReply, text, "CQUEUE")[0].Text(); !strings.Contains(got, "[NAME_1]") {
			t.Fatalf("unapproved queue got %q, want placeholders", got)
		}
		if err := d.store.ApproveChannel(context.Background(), d.ws, "CQUEUE", "admin"); err != nil {
			t.Fatal(err)
		}
		got := d.draft(t, delegatebot.IntentDraftReply, text+" ", "CQUEUE")[0].Text()
		if !strings.Contains(got, "Re: Emeka Lafleur and 40023817") {
			t.Fatalf("approved queue got %q, want the values restored", got)
		}
	})
}

// TestDraftNoPHIInPrompts drafts a reply for every message of our own PHI
// corpus (phi/testdata/blind-tune.jsonl) and checks that no value the
// detector finds in a message reached the model.
func TestDraftNoPHIInPrompts(t *testing.T) {
	f, err := os.Open("../phi/testdata/blind-tune.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := newDraftEnv(t)
	d.drafter.Model.Limits = nil // the corpus is larger than any sane rate limit
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	seen := 0
	for sc.Scan() {
		var it struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatal(err)
		}
		d.draft(t, delegatebot.IntentDraftReply, it.Text, "CQUEUE")
		// The prompts this message caused must carry none of its values.
		reqs, raw := d.fake.requests(), d.fake.rawBodies()
		for _, s := range phi.Scan(it.Text) {
			g := it.Text[s.Start:s.End]
			if len(g) < 4 {
				continue
			}
			for i := seen; i < len(reqs); i++ {
				if testkit.ContainsValue(raw[i], g) || testkit.ContainsValue(reqs[i].Messages[0].Content+"\n"+reqs[i].Messages[1].Content, g) {
					t.Errorf("a prompt carried a detected %s value (%d bytes)", s.Type, len(g))
					break
				}
			}
		}
		seen = len(reqs)
	}
	if seen == 0 {
		t.Fatal("no prompts recorded")
	}
}
