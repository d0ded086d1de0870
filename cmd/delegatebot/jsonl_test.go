package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/phi"
)

// TestScanOutputJSON: the hand-written encoding of phi scan's output is
// byte for byte what encoding/json (without HTML escaping) writes.
func TestScanOutputJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		out  scanOutput
	}{
		{"Plain", scan(json.RawMessage(`"x1"`), "call 617-555-0142 now")},
		{"NoFindings", scan(json.RawMessage(`7`), "nothing here")},
		{"NullID", scan(nil, "x")},
		{"SpacedID", scan(json.RawMessage(`{ "a" : [1, 2] }`), "x")},
		{"Escapes", scan(json.RawMessage(`"q"`), "a \"quote\" \\ back\nnew\ttab\r\x01\x1f <b>&amp; \u2028\u2029 é 日本 \xff\xfe end")},
		{"Error", scanOutput{ID: json.RawMessage(`"e"`), Findings: []phi.Finding{}, Error: `not a "text"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tc.out); err != nil {
				t.Fatal(err)
			}
			got := string(tc.out.appendJSON(nil)) + "\n"
			if got != want.String() {
				t.Errorf("appendJSON = %s, want %s", got, want.String())
			}
		})
	}
}

// TestPHIScanJSONLStream: every line gets its answer in order, long lines
// (past the reader's buffer) and blank lines included, and a bad line gets
// an error line and a failure exit.
func TestPHIScanJSONLStream(t *testing.T) {
	long := strings.Repeat("word ", 30000) + "617-555-0142"
	in := `{"id":"a","text":"SSN 123-45-6789"}` + "\n\n" + `{"id":"b","text":"` + long + `"}` + "\n" + `{"id":"c"}` + "\n" + `{"id":"d","text":"ok"}`
	var out, errb bytes.Buffer
	err := runPHI(context.Background(), []string{"scan", "--jsonl"}, strings.NewReader(in), &out, &errb)
	if err == nil {
		t.Errorf("err = nil, want a failure for the line without text")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d output lines, want 4:\n%s", len(lines), out.String())
	}
	for i, id := range []string{"a", "b", "c", "d"} {
		var o struct {
			ID       string        `json:"id"`
			Findings []phi.Finding `json:"findings"`
			Redacted string        `json:"redacted"`
			Error    string        `json:"error"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &o); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if o.ID != id {
			t.Errorf("line %d id = %q, want %q", i+1, o.ID, id)
		}
		if id == "b" && (len(o.Findings) == 0 || strings.Contains(o.Redacted, "617-555-0142")) {
			t.Errorf("long line: findings %v, redacted keeps the phone number", o.Findings)
		}
		if (id == "c") != (o.Error != "") {
			t.Errorf("line %d error = %q", i+1, o.Error)
		}
	}
}
