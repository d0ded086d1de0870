package intents

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// DefaultThreshold is the rule confidence under which LLM asks the model: a
// typo-corrected cue, a weak cue, or "none" for text that is not plainly
// chatter.
const DefaultThreshold = 0.65

// LLM is a Parser that asks a language model when the rules are unsure. It
// runs Fallback (the rules) first; only when their confidence is below
// Threshold (or Always is set) does it ask Model for the same structured
// request, validated strictly. Any failure — no model, limits, timeout, HTTP
// error, malformed or schema-violating answer — returns the rules' result, so
// the model can only improve a parse, never lose one. The model sees the
// text only pseudonymized and guarded (Model.Complete).
type LLM struct {
	Fallback  Parser
	Model     *Model
	Always    bool          // ask the model for every message (evaluation)
	Threshold float64       // 0 means DefaultThreshold
	Timeout   time.Duration // 0 means 4 s
}

// Parse implements Parser.
func (l *LLM) Parse(ctx context.Context, text string, now time.Time) (delegatebot.Request, error) {
	r, err := l.Fallback.Parse(ctx, text, now)
	if err != nil || !l.unsure(r, text) {
		return r, err
	}
	timeout := l.Timeout
	if timeout <= 0 {
		timeout = 4 * time.Second
	}
	if len(text) > maxText {
		text = text[:maxText]
	}
	ans, err := l.Model.Complete(ctx, Call{
		Purpose: "parse", System: parsePrompt(now), User: text,
		Schema: requestSchema, MaxTokens: 300, Timeout: timeout,
		Validate: func(s string) error { _, err := decodeAnswer(s); return err },
	})
	if err != nil {
		return r, nil
	}
	m, err := l.request(ans, now)
	if err != nil {
		return r, nil
	}
	return merge(m, r), nil
}

// Answer implements Parser with the fallback: follow-up answers are short
// and the rules read them well.
func (l *LLM) Answer(ctx context.Context, text string, now time.Time, in delegatebot.Intent) (delegatebot.Request, error) {
	return l.Fallback.Answer(ctx, text, now, in)
}

// unsure reports whether the model should be asked. Short "none" texts
// ("ok", "thanks!") are never worth a call.
func (l *LLM) unsure(r delegatebot.Request, text string) bool {
	if l.Model == nil {
		return false
	}
	if l.Always {
		return true
	}
	th := l.Threshold
	if th <= 0 {
		th = DefaultThreshold
	}
	if r.Intent == delegatebot.IntentNone && len(strings.Fields(text)) < 3 {
		return false
	}
	return r.Confidence < th
}

// merge completes the model's request m with the rules' r. When both read
// the same intent, slots the model left empty come from the rules: they were
// read from the original text, which the model saw only with placeholders
// (a redacted date it cannot resolve).
func merge(m, r delegatebot.Request) delegatebot.Request {
	if m.Intent == r.Intent {
		if m.Subject == "" {
			m.Subject = r.Subject
		}
		if len(m.People) == 0 {
			m.People = r.People
		}
		if m.When.IsZero() && m.Due.IsZero() {
			m.When, m.Due = r.When, r.Due
		}
		if m.DurationMinutes == 0 {
			m.DurationMinutes = r.DurationMinutes
		}
		m.Confidence = max(r.Confidence, 0.8)
	} else if r.Intent == delegatebot.IntentNone {
		// An ask only the model saw: low enough that the bot shows its
		// reading and asks before opening a ticket (handlers confirm below
		// 0.5).
		m.Confidence = 0.45
	} else {
		// The model overrules unsure rules; still short of certain.
		m.Confidence = 0.7
	}
	if m.Intent == delegatebot.IntentNone {
		m = delegatebot.Request{Intent: delegatebot.IntentNone, Confidence: m.Confidence}
	}
	m.Missing = missing(m)
	return m
}

// modelAnswer is the JSON the model must return (requestSchema).
type modelAnswer struct {
	Intent          string   `json:"intent"`
	Subject         *string  `json:"subject"`
	People          []string `json:"people"`
	When            *string  `json:"when"`
	Due             *string  `json:"due"`
	Priority        *string  `json:"priority"`
	DurationMinutes *int     `json:"duration_minutes"`
}

// decodeAnswer reads an answer strictly: one JSON object, no unknown fields,
// a known intent. Anything else discards the whole answer.
func decodeAnswer(s string) (modelAnswer, error) {
	var a modelAnswer
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return a, fmt.Errorf("decode answer: %w", err)
	}
	if dec.More() {
		return a, fmt.Errorf("decode answer: trailing data")
	}
	if !delegatebot.Intent(a.Intent).Valid() {
		return a, fmt.Errorf("decode answer: unknown intent")
	}
	return a, nil
}

// request turns a valid answer into a Request, dropping each field that
// does not check out: unparseable or implausible dates, priorities off the
// list, durations out of range, placeholders the prompt never had.
func (l *LLM) request(ans Answer, now time.Time) (delegatebot.Request, error) {
	a, err := decodeAnswer(ans.Text)
	if err != nil {
		return delegatebot.Request{}, err
	}
	r := delegatebot.Request{Intent: delegatebot.Intent(a.Intent)}
	if a.Subject != nil {
		r.Subject = restored(*a.Subject, ans.Restore, 200)
	}
	for _, p := range a.People {
		if p = restored(p, ans.Restore, 100); p != "" && !contains(r.People, p) && len(r.People) < 10 {
			r.People = append(r.People, p)
		}
	}
	r.When = moment(a.When, now)
	r.Due = moment(a.Due, now)
	if a.Priority != nil && delegatebot.Priority(*a.Priority).Valid() {
		r.Priority = delegatebot.Priority(*a.Priority)
	}
	if r.Intent != delegatebot.IntentNone && r.Priority == "" {
		r.Priority = delegatebot.PriorityNormal
	}
	if d := a.DurationMinutes; d != nil && *d > 0 && *d <= 7*24*60 {
		r.DurationMinutes = *d
	}
	return r, nil
}

// restored trims s, puts back the values of known placeholders and drops it
// ("") when it still holds one the prompt never had, is too long or is not
// valid text. Restored values stay inside the Request, which like the
// rules' result leaves the bot only through the guard.
func restored(s string, restore map[string]string, maxLen int) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxLen || !utf8.ValidString(s) || strings.ContainsAny(s, "\n\r") {
		return ""
	}
	s = phi.Restore(s, restore)
	if phi.HasPseudonym(s) {
		return ""
	}
	return s
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// moment parses a date or time from the model, in the writer's zone, and
// keeps it only if plausible for a request written at now: from a year
// before to five years after. Anything else is dropped, not repaired.
func moment(s *string, now time.Time) delegatebot.Moment {
	if s == nil || *s == "" {
		return delegatebot.Moment{}
	}
	m, err := delegatebot.ParseMoment(strings.TrimSpace(*s), now.Location())
	if err != nil {
		return delegatebot.Moment{}
	}
	if m.T.Before(now.AddDate(-1, 0, 0)) || m.T.After(now.AddDate(5, 0, 0)) {
		return delegatebot.Moment{}
	}
	if m.Clock {
		// The model reasons in the writer's wall time but may copy now's
		// offset across a DST change: then keep the wall time with the
		// offset the zone has at that moment. Any other offset (UTC, say)
		// is an instant; show it in the writer's zone.
		y, mo, d := m.T.Date()
		h, mi, sec := m.T.Clock()
		wall := time.Date(y, mo, d, h, mi, sec, 0, now.Location())
		_, off := m.T.Zone()
		_, offWall := wall.Zone()
		_, offNow := now.Zone()
		if off == offWall || off == offNow {
			m.T = wall
		} else {
			m.T = m.T.In(now.Location())
		}
	}
	return m
}

// requestSchema is the strict JSON schema of modelAnswer: every field
// required (null when absent), nothing else allowed.
var requestSchema = func() json.RawMessage {
	intents := make([]string, len(delegatebot.Intents))
	for i, in := range delegatebot.Intents {
		intents[i] = string(in)
	}
	nullable := func(t, desc string) map[string]any {
		return map[string]any{"type": []string{t, "null"}, "description": desc}
	}
	s := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"intent":  map[string]any{"type": "string", "enum": intents},
			"subject": nullable("string", "shortest span naming what the task is about, copied as written"),
			"people": map[string]any{"type": "array", "items": map[string]any{"type": "string"},
				"description": "people or roles the request names, never the requester"},
			"when": nullable("string", "when the requested thing happens: YYYY-MM-DDTHH:MM:SS±HH:MM or YYYY-MM-DD"),
			"due":  nullable("string", "deadline: YYYY-MM-DDTHH:MM:SS±HH:MM or YYYY-MM-DD"),
			"priority": map[string]any{"type": []string{"string", "null"},
				"enum": []any{"low", "normal", "high", "urgent", nil}},
			"duration_minutes": nullable("integer", "length of the meeting or block in minutes"),
		},
		"required":             []string{"intent", "subject", "people", "when", "due", "priority", "duration_minutes"},
		"additionalProperties": false,
	}
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return b
}()

// parsePrompt is the instruction for one parse. It holds program text and
// the writer's clock only: the message goes in the user turn.
func parsePrompt(now time.Time) string {
	var b bytes.Buffer
	b.WriteString(parseInstructions)
	fmt.Fprintf(&b, "\nNow: %s (%s). Time zone: %s. Resolve relative dates and times against this.\n",
		now.Format("2006-01-02T15:04-07:00"), now.Weekday(), now.Location())
	return b.String()
}

const parseInstructions = `You turn one chat message from a healthcare executive to their assistant into a structured request. Answer with JSON only, matching the schema.

intent, one of:
- calendar.schedule: set up a new meeting, call, hold or appointment
- calendar.reschedule: move or push an existing meeting
- calendar.cancel: cancel, call off or decline a meeting
- email.draft_reply: draft or write a reply to a received email or message
- email.send: compose or send a new message, forward something, "let X know"
- email.triage: go through, clean up or summarise the inbox
- document.prepare: prepare or draft an agenda, deck, memo, report, briefing, talking points
- document.organize: file, find, collect, organize documents; get signatures
- travel.book: book, change or cancel flights, hotels, cars, trains; conference registration
- reminder.set: remind me / ping me / don't let me forget
- task.general: any other delegable admin task (order, expense report, call a vendor, book a room)
- ticket.status: asks about the status of delegated tasks
- none: not a request (thanks, greetings, chatter, statements)

Fields: subject is the shortest span naming what the task is about, without articles, people or times; people lists every person or role the request names (titles kept, never the requester); when is the time the requested thing happens; due is a deadline ("by", "before", "EOD"); priority is urgent (asap, urgent, right away), high (important, or when/due is today), low (no rush, whenever), else normal; duration_minutes is a stated length. Use YYYY-MM-DDTHH:MM:SS±HH:MM (offset valid in the time zone) when a time of day is known, YYYY-MM-DD for a date alone, null when absent. Bare clock hours are business hours (7-11 am, 12 noon, 1-6 pm); a bare weekday is its next occurrence after today. For intent none, every other field is null or empty. Never invent values the message does not state.

Bracketed placeholders such as [NAME_1] or [DATE_2] stand for redacted values: copy them exactly where they belong (a person, a subject); never guess what they hide, and leave a date null if it is only a placeholder.
`
