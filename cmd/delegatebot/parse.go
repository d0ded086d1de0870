package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/intents"
)

// parseInput is one line of "parse --jsonl".
type parseInput struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Now  string          `json:"now"`
	TZ   string          `json:"tz"`
}

// parseOutput is the contract's output line (DESIGN.md). Pointers render the
// contract's nulls.
type parseOutput struct {
	ID              json.RawMessage    `json:"id"`
	Intent          delegatebot.Intent `json:"intent"`
	Subject         *string            `json:"subject"`
	When            delegatebot.Moment `json:"when"`
	Due             delegatebot.Moment `json:"due"`
	People          []string           `json:"people"`
	Priority        *string            `json:"priority"`
	DurationMinutes *int               `json:"duration_minutes"`
	Confidence      float64            `json:"confidence"`
	Error           string             `json:"error,omitempty"`
}

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("parse", "parse [--jsonl] [--now RFC3339] [--tz ZONE] [--llm off|auto|always]", stderr)
	jsonl := fs.Bool("jsonl", false, `read JSON Lines {"id","text","now","tz"} and write one result per line`)
	nowFlag := fs.String("now", "", "the time requests were written, RFC 3339 (default: now; --jsonl lines carry their own)")
	tzFlag := fs.String("tz", "", "the writer's IANA time zone (default DELEGATEBOT_TZ, else the system's)")
	llmFlag := fs.String("llm", "auto", "language model: off; auto asks it when the rules are unsure and OPENAI_API_KEY is set;\n"+
		"always asks it for every request (evaluation; needs OPENAI_API_KEY). Rate limit, budget, cache\n"+
		"and audit apply only when REDIS_URL is set")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	defTZ := *tzFlag
	if defTZ == "" {
		defTZ = os.Getenv("DELEGATEBOT_TZ")
	}
	p, ctx, closeLLM, err := parseModel(ctx, *llmFlag, os.Getenv, stderr)
	if err != nil {
		return err
	}
	defer closeLLM()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if !*jsonl {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		text := strings.TrimSpace(string(b))
		res, err := parseOne(ctx, p, parseInput{ID: json.RawMessage("null"), Text: &text, Now: *nowFlag}, defTZ, zoneCache{})
		if err != nil {
			return err
		}
		return enc.Encode(res)
	}
	zones := zoneCache{}
	return jsonLines(stdin, out, stderr, "parse", func(in parseInput) (any, error) {
		if in.Text == nil {
			return nil, errNoText
		}
		if in.Now == "" {
			in.Now = *nowFlag
		}
		return parseOne(ctx, p, in, defTZ, zones)
	}, func(in parseInput, err error) any {
		return parseOutput{ID: in.ID, Intent: delegatebot.IntentNone, People: []string{}, Error: err.Error()}
	})
}

// zoneCache loads each IANA zone once per run: a corpus names a handful of
// zones over thousands of lines, and loading one reads and parses a file.
type zoneCache map[string]*time.Location

func (z zoneCache) load(name string) (*time.Location, error) {
	if loc, ok := z[name]; ok {
		return loc, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	z[name] = loc
	return loc, nil
}

func parseOne(ctx context.Context, p intents.Parser, in parseInput, defTZ string, zones zoneCache) (parseOutput, error) {
	now := time.Now()
	if in.Now != "" {
		t, err := time.Parse(time.RFC3339, in.Now)
		if err != nil {
			return parseOutput{}, fmt.Errorf("now: not RFC 3339")
		}
		now = t
	}
	tz := in.TZ
	if tz == "" {
		tz = defTZ
	}
	if tz != "" {
		loc, err := zones.load(tz)
		if err != nil {
			return parseOutput{}, fmt.Errorf("tz: unknown time zone")
		}
		now = now.In(loc)
	}
	req, err := p.Parse(ctx, *in.Text, now)
	if err != nil {
		return parseOutput{}, err
	}
	out := parseOutput{
		ID: in.ID, Intent: req.Intent, When: req.When, Due: req.Due,
		People: req.People, Confidence: math.Round(req.Confidence*100) / 100,
	}
	if out.ID == nil {
		out.ID = json.RawMessage("null")
	}
	if out.People == nil {
		out.People = []string{}
	}
	if req.Subject != "" {
		out.Subject = &req.Subject
	}
	if req.Priority != "" {
		s := string(req.Priority)
		out.Priority = &s
	}
	if req.DurationMinutes > 0 {
		out.DurationMinutes = &req.DurationMinutes
	}
	return out, nil
}
