package intents_test

import (
	"testing"
)

// TestLLMOnCall: every model call is reported with its purpose, outcome and
// tokens, for the metrics; a cached answer costs no tokens.
func TestLLMOnCall(t *testing.T) {
	e := newLLMEnv(t)
	var got []string
	var tokens int
	e.llm.Model.OnCall = func(purpose, outcome string, prompt, completion int) {
		got = append(got, purpose+" "+outcome)
		tokens += prompt + completion
	}
	e.fake.answerWith(`{"intent":"task.general","subject":"parking garage","people":["Dr. Okafor"],` +
		`"when":null,"due":"2026-12-01","priority":"high","duration_minutes":null}`)
	e.parse(t, unsureText)
	e.parse(t, unsureText) // the same prompt: answered from the cache
	if len(got) != 2 || got[0] != "parse ok" || got[1] != "parse cached" || tokens != 150 {
		t.Fatalf("calls %v, %d tokens; want parse ok then parse cached, 150 tokens", got, tokens)
	}
}
