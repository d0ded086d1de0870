package intents_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	openai "github.com/sashabaranov/go-openai"
)

// llmDB is the Redis database of the LLM tests (limits, cache, audit).
const llmDB = 7

var (
	wsSeq atomic.Int64
	quiet = slog.New(slog.DiscardHandler)
)

// llmEnv is an LLM parser on the fake server with Redis limits and audit in
// a fresh workspace.
type llmEnv struct {
	fake   *fakeOpenAI
	store  *storage.Store
	limits *storage.LLMLimits
	llm    *intents.LLM
	ctx    context.Context
	ws     string
}

func newLLMEnv(t *testing.T) *llmEnv {
	fake := newFakeOpenAI(t)
	s := storage.New(redistest.Client(t, llmDB))
	limits := &storage.LLMLimits{Store: s, Calls: 100, DailyTokens: 1_000_000}
	ws := fmt.Sprintf("Tllm%d%d", time.Now().UnixNano()%1e9, wsSeq.Add(1))
	m := &intents.Model{Client: fake.client(), Name: "gpt-4o-mini", Limits: limits, Audit: s, Log: quiet}
	return &llmEnv{
		fake: fake, store: s, limits: limits, ws: ws,
		llm: &intents.LLM{Fallback: intents.Rules{}, Model: m, Timeout: 2 * time.Second, Threshold: 0.999},
		ctx: intents.WithScope(context.Background(), intents.Scope{Workspace: ws, Channel: "C1"}),
	}
}

var testNow = time.Date(2026, 11, 27, 9, 0, 0, 0, mustZone("America/New_York"))

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// unsureText is a request the rules read as "none" without confidence.
const unsureText = "parking garage issue for Dr. Okafor?"

func (e *llmEnv) parse(t *testing.T, text string) delegatebot.Request {
	t.Helper()
	r, err := e.llm.Parse(e.ctx, text, testNow)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

// audits returns the Detail of each llm.call entry of the workspace.
func (e *llmEnv) audits(t *testing.T) []string {
	t.Helper()
	entries, err := e.store.ReadAudit(context.Background(), e.ws, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range entries {
		if a.Action == "llm.call" {
			out = append(out, a.Detail)
		}
	}
	return out
}

func TestLLMParse(t *testing.T) {
	e := newLLMEnv(t)
	rules, _ := intents.Rules{}.Parse(context.Background(), unsureText, testNow)
	if rules.Confidence >= e.llm.Threshold {
		t.Fatalf("rules confidence %.2f: the test needs an unsure message", rules.Confidence)
	}
	// The merged confidence depends on what the rules read (merge).
	conf := 0.7 // the model overrules unsure rules
	switch rules.Intent {
	case delegatebot.IntentNone:
		conf = 0.45 // only the model saw an ask: confirm first
	case delegatebot.IntentTask:
		conf = max(rules.Confidence, 0.8)
	}
	e.fake.answerWith(`{"intent":"task.general","subject":"parking garage","people":["Dr. Okafor"],` +
		`"when":null,"due":"2026-12-01","priority":"high","duration_minutes":null}`)
	got := e.parse(t, unsureText)

	want := delegatebot.Request{
		Intent: delegatebot.IntentTask, Subject: "parking garage", People: []string{"Dr. Okafor"},
		Due: delegatebot.Moment{T: time.Date(2026, 12, 1, 0, 0, 0, 0, testNow.Location())}, Priority: delegatebot.PriorityHigh,
		Confidence: conf,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	req := e.fake.last(t)
	rf := req.ResponseFormat
	if rf == nil || rf.Type != openai.ChatCompletionResponseFormatTypeJSONSchema || rf.JSONSchema == nil || !rf.JSONSchema.Strict {
		t.Fatalf("response_format = %+v, want a strict json_schema", rf)
	}
	schema, _ := json.Marshal(rf.JSONSchema.Schema)
	for _, s := range []string{`"calendar.reschedule"`, `"duration_minutes"`, `"additionalProperties":false`} {
		if !strings.Contains(string(schema), s) {
			t.Errorf("schema lacks %s: %s", s, schema)
		}
	}
	if sys := req.Messages[0].Content; !strings.Contains(sys, "2026-11-27T09:00-05:00") || !strings.Contains(sys, "America/New_York") {
		t.Errorf("system prompt lacks now and the zone")
	}
	if a := e.audits(t); len(a) != 1 || !strings.Contains(a[0], "purpose=parse outcome=ok prompt_tokens=120 completion_tokens=30") {
		t.Errorf("audit = %q", a)
	}

	t.Run("ConfidentRulesNoCall", func(t *testing.T) {
		n := e.fake.calls()
		if r := e.parse(t, "move my board meeting to Thursday at 3"); r.Intent != delegatebot.IntentReschedule {
			t.Fatalf("intent %s", r.Intent)
		}
		if e.fake.calls() != n {
			t.Fatal("the model was called for a confident parse")
		}
	})
	t.Run("AnswerUsesRules", func(t *testing.T) {
		n := e.fake.calls()
		r, err := e.llm.Answer(e.ctx, "Thursday at 3", testNow, delegatebot.IntentReschedule)
		if err != nil || r.When.IsZero() || e.fake.calls() != n {
			t.Fatalf("Answer = %+v, %v; calls %d -> %d", r, err, n, e.fake.calls())
		}
	})
}

func TestLLMPlaceholders(t *testing.T) {
	e := newLLMEnv(t)
	text := "can someone look into the bill for patient Emeka Lafleur, MRN 40023817, his daughter keeps calling"
	e.fake.answerWith(`{"intent":"task.general","subject":"bill for [NAME_1]","people":["[NAME_1]","[NAME_7]"],` +
		`"when":"tomorrow","due":null,"priority":"urgent","duration_minutes":99999}`)
	got := e.parse(t, text)
	if got.Subject != "bill for Emeka Lafleur" || !reflect.DeepEqual(got.People, []string{"Emeka Lafleur"}) {
		t.Errorf("subject %q people %q: want placeholders restored and unknown ones dropped", got.Subject, got.People)
	}
	if !got.When.IsZero() || got.DurationMinutes != 0 || got.Priority != delegatebot.PriorityUrgent {
		t.Errorf("bad fields must be dropped one by one: %+v", got)
	}
	for _, leak := range []string{"Emeka", "Lafleur", "40023817"} {
		if leaks(e.fake.promptTexts(t), leak) {
			t.Errorf("the prompt carried %q", leak)
		}
	}
	if u := e.fake.last(t).Messages[1].Content; !strings.Contains(u, "[NAME_1]") || !strings.Contains(u, "[MRN_1]") {
		t.Errorf("user prompt %q lacks stable placeholders", u)
	}
}

// TestLLMMerge: when model and rules agree on the intent, slots the model
// could not fill (a date it saw only as a placeholder) come from the rules.
func TestLLMMerge(t *testing.T) {
	e := newLLMEnv(t)
	e.llm.Threshold = 0.999
	text := "scedule a call with the CFO tomorrow at 3"
	rules, _ := intents.Rules{}.Parse(context.Background(), text, testNow)
	e.fake.answerWith(`{"intent":"calendar.schedule","subject":null,"people":["CFO"],"when":"[DATE_1]","due":null,"priority":"normal","duration_minutes":30}`)
	got := e.parse(t, text)
	if got.Intent != delegatebot.IntentSchedule || got.Subject != rules.Subject || got.When != rules.When ||
		got.DurationMinutes != 30 || got.Confidence < 0.8 || len(got.Missing) != 0 {
		t.Fatalf("got %+v, want the rules' subject and time with the model's duration", got)
	}
}

// TestLLMTimes: dates are re-checked and put in the writer's zone.
func TestLLMTimes(t *testing.T) {
	for _, tc := range []struct{ name, when, want string }{
		{"Date", `"2026-12-03"`, "2026-12-03"},
		{"NowOffsetAcrossDST", `"2027-04-01T15:00:00-05:00"`, "2027-04-01T15:00:00-04:00"},
		{"UTC", `"2026-12-03T20:00:00Z"`, "2026-12-03T15:00:00-05:00"},
		{"NotADate", `"next thursday"`, ""},
		{"BadMonth", `"2026-13-03"`, ""},
		{"FarFuture", `"2099-01-01"`, ""},
		{"LongAgo", `"2020-01-01"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newLLMEnv(t)
			e.llm.Always = true
			e.fake.answerWith(`{"intent":"calendar.schedule","subject":"board meeting","people":[],"when":` + tc.when +
				`,"due":null,"priority":null,"duration_minutes":null}`)
			got := e.parse(t, "set up the board meeting "+tc.name)
			if got.Intent != delegatebot.IntentSchedule || got.When.String() != tc.want {
				t.Fatalf("intent %s when %q, want %q", got.Intent, got.When.String(), tc.want)
			}
		})
	}
}

// TestLLMFallback: whatever goes wrong, the rules' parse comes back intact.
func TestLLMFallback(t *testing.T) {
	for _, tc := range []struct {
		name  string
		reply func(w http.ResponseWriter, req openai.ChatCompletionRequest)
		want  string // outcome in the audit trail
	}{
		{"Timeout", func(w http.ResponseWriter, req openai.ChatCompletionRequest) {
			time.Sleep(600 * time.Millisecond)
			answer(w, req, `{}`, 1, 1)
		}, "timeout"},
		{"TooManyRequests", func(w http.ResponseWriter, _ openai.ChatCompletionRequest) {
			apiError(w, http.StatusTooManyRequests, "slow down")
		}, "http_429"},
		{"ServerError", func(w http.ResponseWriter, _ openai.ChatCompletionRequest) {
			apiError(w, http.StatusInternalServerError, "boom")
		}, "http_500"},
		{"GarbageBody", func(w http.ResponseWriter, _ openai.ChatCompletionRequest) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"choices": [`)
		}, "error"},
		{"MalformedJSON", func(w http.ResponseWriter, req openai.ChatCompletionRequest) {
			answer(w, req, `{"intent": "task.general", "subject": `, 5, 5)
		}, "invalid"},
		{"UnknownIntent", func(w http.ResponseWriter, req openai.ChatCompletionRequest) {
			answer(w, req, `{"intent":"calendar.party","subject":null,"people":[],"when":null,"due":null,"priority":null,"duration_minutes":null}`, 5, 5)
		}, "invalid"},
		{"ExtraField", func(w http.ResponseWriter, req openai.ChatCompletionRequest) {
			answer(w, req, `{"intent":"task.general","subject":"x","people":[],"when":null,"due":null,"priority":null,"duration_minutes":null,"ssn":"1"}`, 5, 5)
		}, "invalid"},
		{"WrongTypes", func(w http.ResponseWriter, req openai.ChatCompletionRequest) {
			answer(w, req, `{"intent":"task.general","subject":7,"people":"Dr. Okafor","when":null,"due":null,"priority":null,"duration_minutes":"ten"}`, 5, 5)
		}, "invalid"},
		{"NoChoices", func(w http.ResponseWriter, _ openai.ChatCompletionRequest) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"id":"x","object":"chat.completion","choices":[]}`)
		}, "error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newLLMEnv(t)
			e.llm.Timeout = 200 * time.Millisecond
			e.fake.setReply(tc.reply)
			want, _ := intents.Rules{}.Parse(context.Background(), unsureText, testNow)
			start := time.Now()
			got := e.parse(t, unsureText)
			if d := time.Since(start); d > 500*time.Millisecond {
				t.Errorf("parse took %v: the timeout must bound it", d)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got %+v, want the rules' %+v", got, want)
			}
			if e.fake.calls() != 1 {
				t.Fatalf("%d calls, want 1", e.fake.calls())
			}
			if a := e.audits(t); len(a) != 1 || !strings.Contains(a[0], "outcome="+tc.want+" ") {
				t.Errorf("audit = %q, want outcome %s", a, tc.want)
			}
		})
	}
}

func TestLLMLimits(t *testing.T) {
	good := `{"intent":"task.general","subject":"parking garage","people":[],"when":null,"due":null,"priority":null,"duration_minutes":null}`
	t.Run("RateLimited", func(t *testing.T) {
		e := newLLMEnv(t)
		e.limits.Calls = 2
		e.fake.answerWith(good)
		for i := range 3 {
			text := fmt.Sprintf("%s, item %d", unsureText, i)
			r := e.parse(t, text)
			want := delegatebot.IntentTask // the model's
			if i >= 2 {
				rules, _ := intents.Rules{}.Parse(context.Background(), text, testNow)
				want = rules.Intent
			}
			if r.Intent != want {
				t.Errorf("call %d: intent %s, want %s", i, r.Intent, want)
			}
		}
		if n := e.fake.calls(); n != 2 {
			t.Fatalf("%d model calls, want 2 (limit)", n)
		}
		if a := e.audits(t); len(a) != 3 || !strings.Contains(a[2], "outcome=rate_limited") {
			t.Errorf("audit = %q", a)
		}
	})
	t.Run("OverBudget", func(t *testing.T) {
		e := newLLMEnv(t)
		e.limits.DailyTokens = 100 // the first answer spends 150
		e.fake.answerWith(good)
		e.parse(t, unsureText+" one")
		if r := e.parse(t, unsureText+" two"); r.Intent != delegatebot.IntentNone {
			t.Errorf("over budget: intent %s, want the rules' none", r.Intent)
		}
		if n := e.fake.calls(); n != 1 {
			t.Fatalf("%d model calls, want 1", n)
		}
		if spent, _ := e.limits.TokensToday(context.Background(), e.ws); spent != 150 {
			t.Errorf("spent %d tokens, want 150", spent)
		}
	})
	t.Run("CacheHit", func(t *testing.T) {
		e := newLLMEnv(t)
		e.fake.answerWith(good)
		a, b := e.parse(t, unsureText), e.parse(t, unsureText)
		if n := e.fake.calls(); n != 1 {
			t.Fatalf("%d model calls, want 1 (second answered from the cache)", n)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("cached parse %+v differs from %+v", b, a)
		}
		if au := e.audits(t); len(au) != 2 || !strings.Contains(au[1], "outcome=cached") {
			t.Errorf("audit = %q", au)
		}
	})
	t.Run("NoScopeNoCall", func(t *testing.T) {
		e := newLLMEnv(t)
		e.fake.answerWith(good)
		if _, err := e.llm.Parse(context.Background(), unsureText, testNow); err != nil || e.fake.calls() != 0 {
			t.Fatalf("err %v, %d calls: an unscoped call must not escape the limits", err, e.fake.calls())
		}
	})
}

// TestLLMNoPHIInPrompts sends every message of our own PHI corpus
// (phi/testdata/blind-tune.jsonl) to the model and checks that no value the
// detector finds in a message reached it.
func TestLLMNoPHIInPrompts(t *testing.T) {
	f, err := os.Open("../phi/testdata/blind-tune.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fake := newFakeOpenAI(t)
	p := &intents.LLM{Fallback: intents.Rules{}, Always: true,
		Model: &intents.Model{Client: fake.client(), Name: "gpt-4o-mini", Log: quiet}}
	fake.answerWith(`{"intent":"none","subject":null,"people":[],"when":null,"due":null,"priority":null,"duration_minutes":null}`)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	seen, n := 0, 0
	for sc.Scan() {
		var it struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatal(err)
		}
		if _, err := p.Parse(context.Background(), it.Text, testNow); err != nil {
			t.Fatal(err)
		}
		// The prompts this message caused must carry none of its values.
		var mine []string
		mine, seen = fake.promptTextsSince(t, seen)
		n += len(mine)
		for _, s := range phi.Scan(it.Text) {
			if g := it.Text[s.Start:s.End]; len(g) >= 4 && leaks(mine, g) {
				t.Errorf("a prompt carried a detected %s value (%d bytes)", s.Type, len(g))
			}
		}
	}
	if n == 0 {
		t.Fatal("no prompts recorded")
	}
}
