package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/delegatebot/delegatebot/phi"
)

// jsonlCorpus is n JSON Lines of PHI-bearing requests.
func jsonlCorpus(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `{"id":"x%d","text":"Please call Maria Lopez (MRN 4410293, DOB 03/14/1961) at 617-555-%04d about the \"follow-up\" on 12/02 and email maria.lopez@example.com"}`+"\n", i, i%10000)
	}
	return b.Bytes()
}

// BenchmarkPHIScanJSONL measures "phi scan --jsonl" per input line: its
// allocations are the JSON and line handling around the scanner.
func BenchmarkPHIScanJSONL(b *testing.B) {
	const lines = 500
	in := jsonlCorpus(lines)
	runPHI(context.Background(), []string{"scan", "--jsonl"}, bytes.NewReader(in[:200]), io.Discard, io.Discard) // load the gazetteer
	b.ReportAllocs()
	for b.Loop() {
		if err := runPHI(context.Background(), []string{"scan", "--jsonl"}, bytes.NewReader(in), io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*lines)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkPHIScanAlone is the scanner and redaction of the same lines
// without JSON: the floor BenchmarkPHIScanJSONL is compared with.
func BenchmarkPHIScanAlone(b *testing.B) {
	const lines = 500
	texts := make([]string, lines)
	for i := range texts {
		texts[i] = fmt.Sprintf(`Please call Maria Lopez (MRN 4410293, DOB 03/14/1961) at 617-555-%04d about the "follow-up" on 12/02 and email maria.lopez@example.com`, i%10000)
	}
	phi.Scan(texts[0]) // load the gazetteer
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			fs := phi.Scan(t)
			_ = phi.Redact(t, fs)
		}
	}
	b.ReportMetric(float64(b.N*lines)/b.Elapsed().Seconds(), "lines/s")
}
