package phi

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// devPath is the shared evaluation set, relative to this package.
const devPath = "../../shared/eval/phi-dev.jsonl"

type devMsg struct {
	ID    string    `json:"id"`
	Text  string    `json:"text"`
	Spans []Finding `json:"spans"`
	Tags  []string  `json:"tags"`
}

func loadDev(tb testing.TB) []devMsg {
	tb.Helper()
	fh, err := os.Open(devPath)
	if err != nil {
		tb.Skipf("dev set not available: %v", err)
	}
	defer fh.Close()
	var out []devMsg
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var m devMsg
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatalf("bad dev line: %v", err)
		}
		out = append(out, m)
	}
	return out
}

// TestWriteDevPredictions writes scorer input when PHI_PRED names a file:
//
//	PHI_PRED=/tmp/pred.jsonl go test ./phi -run WriteDevPredictions
func TestWriteDevPredictions(t *testing.T) {
	path := os.Getenv("PHI_PRED")
	if path == "" {
		t.Skip("set PHI_PRED to write predictions")
	}
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	enc := json.NewEncoder(fh)
	for _, m := range loadDev(t) {
		fs := Scan(m.Text)
		if fs == nil {
			fs = []Finding{}
		}
		if err := enc.Encode(map[string]any{"id": m.ID, "findings": fs, "redacted": Redact(m.Text, fs)}); err != nil {
			t.Fatal(err)
		}
	}
}

// devMetrics approximates score_phi.py: span recall (one finding covers at
// least half of a gold span), finding precision (at least half of a finding
// inside gold spans), leak rate (a PHI message where a gold span is less than
// half redacted or its text survives verbatim in the redacted output) and
// clean pass rate (clean messages left unchanged).
type devMetrics struct {
	recall, precision, leak, clean float64
	missed, spurious               []string
}

func scoreDev(msgs []devMsg) devMetrics {
	var gold, found, preds, good, phi, leaked, clean, passed int
	var m devMetrics
	for _, msg := range msgs {
		fs := Scan(msg.Text)
		red := Redact(msg.Text, fs)
		if len(msg.Spans) == 0 {
			clean++
			if red == msg.Text {
				passed++
			} else {
				m.spurious = append(m.spurious, msg.ID)
			}
		} else {
			phi++
		}
		leak := false
		for _, g := range msg.Spans {
			gold++
			ok := false
			for _, f := range fs {
				if 2*overlap(f.Start, f.End, g.Start, g.End) >= g.End-g.Start {
					ok = true
				}
			}
			if ok {
				found++
			} else {
				leak = true
				m.missed = append(m.missed, msg.ID+":"+string(g.Type))
			}
			if v := msg.Text[g.Start:g.End]; len(v) > 3 && strings.Count(red, v) > strings.Count(msg.Text, v)-1 {
				leak = true
			}
		}
		if leak {
			leaked++
		}
		for _, f := range fs {
			preds++
			in := 0
			for _, g := range msg.Spans {
				in += overlap(f.Start, f.End, g.Start, g.End)
			}
			if 2*in >= f.End-f.Start {
				good++
			} else {
				m.spurious = append(m.spurious, msg.ID+":"+string(f.Type))
			}
		}
	}
	m.recall = ratio(found, gold)
	m.precision = ratio(good, preds)
	m.leak = ratio(leaked, phi)
	m.clean = ratio(passed, clean)
	return m
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestDevSet guards the dev-set quality: thresholds sit a little under the
// current numbers, so a regression fails while small wording changes pass.
func TestDevSet(t *testing.T) {
	m := scoreDev(loadDev(t))
	t.Logf("recall %.3f precision %.3f leak %.3f clean %.3f", m.recall, m.precision, m.leak, m.clean)
	if m.recall < 0.985 {
		t.Errorf("recall = %.3f, want >= 0.985 (missed %v)", m.recall, m.missed)
	}
	if m.precision < 0.96 {
		t.Errorf("precision = %.3f, want >= 0.96 (spurious %v)", m.precision, m.spurious)
	}
	if m.leak > 0.01 {
		t.Errorf("leak rate = %.3f, want <= 0.01 (missed %v)", m.leak, m.missed)
	}
	if m.clean < 0.985 {
		t.Errorf("clean pass = %.3f, want >= 0.985 (spurious %v)", m.clean, m.spurious)
	}
}
