package intents

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
	openai "github.com/sashabaranov/go-openai"
)

// Limits keeps model use within bounds per workspace; storage.LLMLimits
// implements it over Redis. Allow returns "" when a call may go ahead, else
// why not ("rate_limited", "over_budget").
type Limits interface {
	Allow(ctx context.Context, ws string) (string, error)
	Spend(ctx context.Context, ws string, tokens int) error
	Cached(ctx context.Context, ws, hash string) (string, bool, error)
	Cache(ctx context.Context, ws, hash, answer string) error
}

// Auditor records audit entries; storage.Store implements it.
type Auditor interface {
	Audit(ctx context.Context, e delegatebot.AuditEntry) error
}

// Scope is whom a model call is made for: the workspace whose limits, cache
// and audit trail it counts against, and the channel for the audit trail.
// Parser.Parse has no workspace parameter, so it travels in the context.
type Scope struct {
	Workspace string
	Channel   string
}

type scopeKey struct{}

// WithScope returns ctx carrying s, for the model calls made under it.
func WithScope(ctx context.Context, s Scope) context.Context {
	return context.WithValue(ctx, scopeKey{}, s)
}

// ScopeFrom returns the Scope ctx carries, or the zero Scope.
func ScopeFrom(ctx context.Context) Scope {
	s, _ := ctx.Value(scopeKey{}).(Scope)
	return s
}

// Model is the one way text reaches a language model. Complete replaces PHI
// with stable placeholders (phi.Pseudonyms), passes every message through
// the guard for a phi.KindLLM destination as a second line of defence,
// consults the cache and the limits, bounds the call with a timeout and
// records it in the audit trail (model, purpose, tokens, latency, outcome;
// never text). A nil *Model makes no calls.
type Model struct {
	Client *openai.Client
	Name   string // model (or Azure deployment) name, e.g. "gpt-4o-mini"
	Guard  *phi.Guard
	// Limits, when set, rate-limits, budgets and caches calls; calls then
	// need a workspace (WithScope). Nil (the parse command without Redis)
	// calls the model every time.
	Limits Limits
	Audit  Auditor      // nil records nothing
	Log    *slog.Logger // ids and outcomes only; never text
	// OnCall, when set, is told each call's purpose, outcome ("ok",
	// "cached", a refusal or a failure) and tokens spent, e.g. to count them.
	OnCall func(purpose, outcome string, promptTokens, completionTokens int)
}

// Call is one request to the model.
type Call struct {
	Purpose string // "parse", "draft": for the audit trail and the cache key
	Ticket  string // for the audit trail, if any
	// System holds the instructions: program text, never user text. It
	// passes the guard too.
	System string
	// User is the text derived from the user's message; it is pseudonymized
	// and guarded before it is sent.
	User string
	// Terms are values known to be PHI in User (a ticket's, or found by a
	// scan of the text User was derived from): they are pseudonymized
	// wherever they occur, as well as what a scan of User finds.
	Terms []phi.Term
	// Schema, when set, asks for a JSON answer of this JSON schema (strict
	// structured output).
	Schema    json.RawMessage
	Stream    bool // read the answer as server-sent events
	MaxTokens int
	Timeout   time.Duration // 0 means 4 s
	// Validate, when set, rejects an answer: it is then neither cached nor
	// returned, and the call's outcome is "invalid".
	Validate func(answer string) error
}

// Answer is what the model said. Text may hold placeholders ("[NAME_1]");
// Restore maps them back to the original values and holds PHI: use it only
// for data that never leaves unguarded, or for a destination approved for
// PHI (phi.Restore), and never log it.
type Answer struct {
	Text    string
	Restore map[string]string
	Cached  bool
}

// errSkipped reports that no call was made (limits, no scope); callers fall
// back without saying so to the user.
var errSkipped = errors.New("llm call skipped")

// Complete sends c to the model and returns its answer. Any error means the
// caller should fall back to what it would do without a model.
func (m *Model) Complete(ctx context.Context, c Call) (Answer, error) {
	if m == nil || m.Client == nil {
		return Answer{}, errSkipped
	}
	sc := ScopeFrom(ctx)
	ws := sc.Workspace
	rec := callRecord{model: m.Name, purpose: c.Purpose, scope: sc, ticket: c.Ticket}
	if m.Limits != nil && ws == "" {
		// Limits are per workspace: an unscoped call would escape them.
		m.log().Warn("llm call without a workspace skipped", "purpose", c.Purpose)
		return Answer{}, errSkipped
	}
	var ps phi.Pseudonyms
	if len(c.Terms) > 0 {
		ps.Scan = func(s string) []phi.Finding { return phi.ScanTerms(s, c.Terms) }
	}
	user := ps.Replace(c.User)
	guard := m.Guard
	if guard == nil {
		guard = &phi.Guard{}
	}
	cleared, err := guard.Clear(ctx, phi.Destination{Workspace: ws, Kind: phi.KindLLM}, c.System, user)
	if err != nil {
		return Answer{}, fmt.Errorf("guard llm prompt: %w", err)
	}
	texts := cleared.Texts()
	ans := Answer{Restore: ps.Restore()}
	hash := promptHash(m.Name, c.Purpose, c.Schema, texts)

	if m.Limits != nil {
		if s, ok, err := m.Limits.Cached(ctx, ws, hash); err != nil {
			m.log().Warn("llm cache unreadable", "workspace", ws, "purpose", c.Purpose, "err", err)
		} else if ok && (c.Validate == nil || c.Validate(s) == nil) {
			rec.outcome = "cached"
			m.record(ctx, rec)
			ans.Text, ans.Cached = s, true
			return ans, nil
		}
		why, err := m.Limits.Allow(ctx, ws)
		if err != nil {
			m.log().Warn("llm limits unreadable; no call", "workspace", ws, "purpose", c.Purpose, "err", err)
			return Answer{}, errSkipped
		}
		if why != "" {
			rec.outcome = why
			m.record(ctx, rec)
			m.log().Info("llm call refused", "workspace", ws, "purpose", c.Purpose, "outcome", why)
			return Answer{}, errSkipped
		}
	}

	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 4 * time.Second
	}
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req := m.request(c, texts)
	start := time.Now()
	text, usage, err := m.send(cctx, req, c.Stream)
	rec.latency = time.Since(start)
	rec.prompt, rec.completion = usage.PromptTokens, usage.CompletionTokens
	if rec.prompt+rec.completion == 0 && err == nil {
		// A server that reports no usage still spends: estimate (~4 bytes a
		// token) so the budget keeps bounding it.
		rec.prompt, rec.completion = (len(texts[0])+len(texts[1]))/4+1, len(text)/4+1
	}
	if m.Limits != nil {
		if serr := m.Limits.Spend(ctx, ws, rec.prompt+rec.completion); serr != nil {
			m.log().Warn("llm tokens not counted", "workspace", ws, "err", serr)
		}
	}
	switch {
	case err != nil:
		rec.outcome = outcomeOf(cctx, err)
	case c.Validate != nil && c.Validate(text) != nil:
		rec.outcome, err = "invalid", errors.New("llm answer invalid")
	default:
		rec.outcome = "ok"
	}
	m.record(ctx, rec)
	if err != nil {
		m.log().Warn("llm call failed", "workspace", ws, "purpose", c.Purpose, "outcome", rec.outcome,
			"latency_ms", rec.latency.Milliseconds())
		return Answer{}, fmt.Errorf("llm %s: %s", c.Purpose, rec.outcome)
	}
	if m.Limits != nil {
		if err := m.Limits.Cache(ctx, ws, hash, text); err != nil {
			m.log().Warn("llm answer not cached", "workspace", ws, "err", err)
		}
	}
	ans.Text = text
	return ans, nil
}

func (m *Model) request(c Call, texts []string) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model: m.Name,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: texts[0]},
			{Role: openai.ChatMessageRoleUser, Content: texts[1]},
		},
		// max_tokens rather than max_completion_tokens: Azure's older API
		// versions, vLLM and Ollama all understand it.
		//lint:ignore SA1019 the deprecated field is the portable one (above)
		MaxTokens: c.MaxTokens,
	}
	if c.Schema != nil {
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name: c.Purpose, Schema: c.Schema, Strict: true,
			},
		}
	}
	if c.Stream {
		req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	}
	return req
}

// send makes the call, streaming or not, and returns the answer's text.
func (m *Model) send(ctx context.Context, req openai.ChatCompletionRequest, stream bool) (string, openai.Usage, error) {
	if !stream {
		resp, err := m.Client.CreateChatCompletion(ctx, req)
		if err != nil {
			return "", openai.Usage{}, err
		}
		if len(resp.Choices) == 0 {
			return "", resp.Usage, errors.New("no choices")
		}
		return resp.Choices[0].Message.Content, resp.Usage, nil
	}
	s, err := m.Client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", openai.Usage{}, err
	}
	defer s.Close()
	var b strings.Builder
	var usage openai.Usage
	for {
		chunk, err := s.Recv()
		if errors.Is(err, io.EOF) {
			return b.String(), usage, nil
		}
		if err != nil {
			return "", usage, err
		}
		if chunk.Usage != nil {
			usage = *chunk.Usage
		}
		if len(chunk.Choices) > 0 {
			b.WriteString(chunk.Choices[0].Delta.Content)
		}
	}
}

// outcomeOf names a failed call for the audit trail without its message,
// which may echo the server's text.
func outcomeOf(ctx context.Context, err error) string {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0:
		return fmt.Sprintf("http_%d", apiErr.HTTPStatusCode)
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0:
		return fmt.Sprintf("http_%d", reqErr.HTTPStatusCode)
	}
	return "error"
}

// promptHash keys the cache: the same redacted prompt to the same model for
// the same purpose gets the same answer. Placeholders make prompts about
// different people hash alike, and their answers apply alike.
func promptHash(model, purpose string, schema json.RawMessage, texts []string) string {
	h := sha256.New()
	for _, s := range append([]string{model, purpose, string(schema)}, texts...) {
		fmt.Fprintf(h, "%d:%s\n", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// callRecord is what the audit trail keeps of one call.
type callRecord struct {
	model, purpose, ticket string
	scope                  Scope
	outcome                string
	prompt, completion     int
	latency                time.Duration
}

// record appends the "llm.call" audit entry of rec: ids, counts and the
// outcome, never text.
func (m *Model) record(ctx context.Context, rec callRecord) {
	if m.OnCall != nil {
		m.OnCall(rec.purpose, rec.outcome, rec.prompt, rec.completion)
	}
	if m.Audit == nil || rec.scope.Workspace == "" {
		return
	}
	e := delegatebot.AuditEntry{
		Workspace: rec.scope.Workspace, Actor: "bot", Action: "llm.call",
		Ticket: rec.ticket, Channel: rec.scope.Channel,
		Detail: fmt.Sprintf("model=%s purpose=%s outcome=%s prompt_tokens=%d completion_tokens=%d latency_ms=%d",
			rec.model, rec.purpose, rec.outcome, rec.prompt, rec.completion, rec.latency.Milliseconds()),
	}
	if err := m.Audit.Audit(ctx, e); err != nil {
		m.log().Error("audit failed", "workspace", e.Workspace, "action", e.Action, "err", err)
	}
}

func (m *Model) log() *slog.Logger {
	if m.Log == nil {
		return slog.Default()
	}
	return m.Log
}
