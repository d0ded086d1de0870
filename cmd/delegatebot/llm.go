package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	openai "github.com/sashabaranov/go-openai"
)

// The optional language model is configured from the environment:
//
//	OPENAI_API_KEY       enables it (any value for servers that need none)
//	OPENAI_BASE_URL      an OpenAI-compatible endpoint: Azure OpenAI
//	                     (https://NAME.openai.azure.com), vLLM, Ollama
//	                     (http://localhost:11434/v1); default OpenAI's
//	OPENAI_MODEL         model, or Azure deployment, name (default gpt-4o-mini)
//	OPENAI_API_VERSION   Azure API version (default 2024-10-21)
//	DELEGATEBOT_LLM      off, or auto (default): the model only when the rules are unsure
//	DELEGATEBOT_LLM_DRAFTS           on (default) or off: suggested drafts
//	DELEGATEBOT_LLM_CALLS_PER_MINUTE per workspace (default 30)
//	DELEGATEBOT_LLM_DAILY_TOKENS     per workspace and UTC day (default 200000; 0: no budget)
//	DELEGATEBOT_LLM_CACHE_TTL        how long answers are cached (default 24h)

// llmConfig is the language-model configuration.
type llmConfig struct {
	APIKey, BaseURL, Model, APIVersion string
	Off, NoDrafts                      bool
	CallsPerMinute                     int
	DailyTokens                        int64
	CacheTTL                           time.Duration
}

const defaultModel = "gpt-4o-mini"

// llmConfigFromEnv reads llmConfig, listing every problem at once.
func llmConfigFromEnv(getenv func(string) string) (llmConfig, error) {
	c := llmConfig{
		APIKey: strings.TrimSpace(getenv("OPENAI_API_KEY")), BaseURL: getenv("OPENAI_BASE_URL"),
		Model: getenv("OPENAI_MODEL"), APIVersion: getenv("OPENAI_API_VERSION"),
		CallsPerMinute: 30, DailyTokens: 200_000, CacheTTL: 24 * time.Hour,
	}
	if c.Model == "" {
		c.Model = defaultModel
	}
	var errs []error
	switch v := strings.ToLower(getenv("DELEGATEBOT_LLM")); v {
	case "", "auto", "on":
	case "off":
		c.Off = true
	default:
		errs = append(errs, fmt.Errorf("DELEGATEBOT_LLM: %q is not off or auto", v))
	}
	switch v := strings.ToLower(getenv("DELEGATEBOT_LLM_DRAFTS")); v {
	case "", "on":
	case "off":
		c.NoDrafts = true
	default:
		errs = append(errs, fmt.Errorf("DELEGATEBOT_LLM_DRAFTS: %q is not on or off", v))
	}
	if v := getenv("DELEGATEBOT_LLM_CALLS_PER_MINUTE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			errs = append(errs, errors.New("DELEGATEBOT_LLM_CALLS_PER_MINUTE: want a positive number"))
		}
		c.CallsPerMinute = n
	}
	if v := getenv("DELEGATEBOT_LLM_DAILY_TOKENS"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			errs = append(errs, errors.New("DELEGATEBOT_LLM_DAILY_TOKENS: want a number, 0 for no budget"))
		}
		c.DailyTokens = n
	}
	if v := getenv("DELEGATEBOT_LLM_CACHE_TTL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			errs = append(errs, errors.New("DELEGATEBOT_LLM_CACHE_TTL: want a duration such as 24h"))
		}
		c.CacheTTL = d
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, errors.New("OPENAI_BASE_URL: want an http(s) URL"))
		}
	}
	return c, errors.Join(errs...)
}

// enabled reports whether the bot may call a model at all.
func (c llmConfig) enabled() bool { return c.APIKey != "" && !c.Off }

// client builds the go-openai client; an Azure OpenAI endpoint gets Azure's
// authentication and URL layout, with OPENAI_MODEL as the deployment name.
func (c llmConfig) client() *openai.Client {
	var cfg openai.ClientConfig
	if u, err := url.Parse(c.BaseURL); err == nil && isAzure(u.Host) {
		cfg = openai.DefaultAzureConfig(c.APIKey, c.BaseURL)
		cfg.APIVersion = c.APIVersion
		if cfg.APIVersion == "" {
			cfg.APIVersion = "2024-10-21" // structured outputs need 2024-08-01 or later
		}
		cfg.AzureModelMapperFunc = func(model string) string { return model }
	} else {
		cfg = openai.DefaultConfig(c.APIKey)
		if c.BaseURL != "" {
			cfg.BaseURL = strings.TrimRight(c.BaseURL, "/")
		}
	}
	return openai.NewClientWithConfig(cfg)
}

func isAzure(host string) bool {
	return strings.HasSuffix(host, ".openai.azure.com") || strings.HasSuffix(host, ".cognitiveservices.azure.com")
}

// newModel returns the guarded model over store's limits and audit trail, or
// nil when no model is configured. store may be nil (no limits, no audit).
func newModel(c llmConfig, store *storage.Store, guard *phi.Guard, log *slog.Logger) *intents.Model {
	if !c.enabled() {
		return nil
	}
	m := &intents.Model{Client: c.client(), Name: c.Model, Guard: guard, Log: log}
	if store != nil {
		m.Limits = &storage.LLMLimits{Store: store, Calls: c.CallsPerMinute, DailyTokens: c.DailyTokens, CacheTTL: c.CacheTTL}
		m.Audit = store
	}
	return m
}

// llmParser is the rules, consulting m when they are unsure; just the rules
// when m is nil.
func llmParser(m *intents.Model, always bool) intents.Parser {
	if m == nil {
		return intents.PersonDates{Parser: intents.Rules{}}
	}
	return intents.PersonDates{Parser: &intents.LLM{Fallback: intents.Rules{}, Model: m, Always: always}}
}

// newDrafter returns the drafter of suggested replies and documents, or nil
// (off) without a model or with DELEGATEBOT_LLM_DRAFTS=off.
func newDrafter(c llmConfig, m *intents.Model) *handlers.Drafter {
	if m == nil || c.NoDrafts {
		return nil
	}
	return &handlers.Drafter{Model: m}
}

// withLLMScope tells the LLM parser whose limits, cache and audit trail a
// message's model call counts against: the parser's interface has no
// workspace, so it travels in the context.
func withLLMScope(next bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		ctx = intents.WithScope(ctx, intents.Scope{Workspace: e.Workspace(), Channel: e.Channel})
		return next.ServeEvent(ctx, w, e)
	})
}

// cliWorkspace is the workspace whose limits and audit trail "parse" uses
// when REDIS_URL is set.
const cliWorkspace = "cli"

// parseModel builds the parser of "parse --llm MODE". Without REDIS_URL it
// uses no rate limit, budget, cache or audit trail — parse never starts the
// embedded store; with it, those of workspace "cli". The returned function
// releases the Redis client.
func parseModel(ctx context.Context, mode string, getenv func(string) string, stderr io.Writer) (intents.Parser, context.Context, func(), error) {
	nothing := func() {}
	switch mode {
	case "off":
		return intents.PersonDates{Parser: intents.Rules{}}, ctx, nothing, nil
	case "auto", "always":
	default:
		return nil, ctx, nothing, usageError(fmt.Sprintf("--llm: %q is not off, auto or always", mode))
	}
	c, err := llmConfigFromEnv(getenv)
	if err != nil {
		return nil, ctx, nothing, err
	}
	c.Off = false // the flag decides for this command
	if c.APIKey == "" {
		if mode == "always" {
			return nil, ctx, nothing, errors.New("parse --llm always: OPENAI_API_KEY is required")
		}
		return intents.PersonDates{Parser: intents.Rules{}}, ctx, nothing, nil
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	var store *storage.Store
	closer := nothing
	if u := getenv("REDIS_URL"); u != "" {
		rdb, err := storage.Connect(u)
		if err != nil {
			return nil, ctx, nothing, err
		}
		store, closer = storage.New(rdb), func() { rdb.Close() }
		ctx = intents.WithScope(ctx, intents.Scope{Workspace: cliWorkspace})
	}
	m := newModel(c, store, nil, log)
	return llmParser(m, mode == "always"), ctx, closer, nil
}
