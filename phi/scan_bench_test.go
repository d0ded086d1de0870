package phi

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// BenchmarkScanCorpus scans every message of the blind corpus (realistic
// chat text, PHI and clean) once per iteration and reports throughput (MB/s)
// over the message bytes.
func BenchmarkScanCorpus(b *testing.B) {
	msgs := append(loadCorpus(b, "testdata/blind-tune.jsonl"), loadCorpus(b, "testdata/blind-report.jsonl")...)
	gazetteer() // loaded once per process, not per scan
	total := 0
	for _, m := range msgs {
		total += len(m.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, m := range msgs {
			Scan(m.Text)
		}
	}
	b.StopTimer()
	if cpu := cpuTime() - c0; cpu > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// msg300 is a ~300-byte message mixing PHI and hard negatives.
var msg300 = "VIP admit tonight: Rosalind Achterberg, DOB 11/23/1947, MRN 7730418, member # K20487715. " +
	"Daughter reachable at (508) 555-0187 ext. 4 or r.achterberg@example.net. Finance sync moved to 6/2 1-2pm, " +
	"invoice 550918 for $42K, NPI 1285067733, ticket DEL-2207, v8.1.5 client. Lives at 40 Birch Ln, Beverly, MA 01915."

// BenchmarkScan300B times single scans of a ~300-byte message and reports
// the 99th-percentile latency as p99-µs.
func BenchmarkScan300B(b *testing.B) {
	gazetteer()
	b.SetBytes(int64(len(msg300)))
	b.ReportAllocs()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		Scan(msg300)
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p99 := lat[len(lat)*99/100]
	b.ReportMetric(float64(p99.Nanoseconds())/1e3, "p99-µs")
}

// BenchmarkScanLarge scans a 1 MB text to check there is no super-linear
// behaviour on big inputs.
func BenchmarkScanLarge(b *testing.B) {
	big := strings.Repeat(msg300+"\n", 1<<20/len(msg300))
	b.SetBytes(int64(len(big)))
	for i := 0; i < b.N; i++ {
		Scan(big)
	}
}

// BenchmarkScanLargeDistinct scans about 100 KB of record lines whose
// values all differ (a pasted list: thousands of findings, each value
// repeated somewhere else), the input that made the repeat pass quadratic.
func BenchmarkScanLargeDistinct(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 100<<10; i++ {
		fmt.Fprintf(&sb, "pt seen 3/%d, surgery 4/%d, DOB 01/02/19%02d\n", i%28+1, i%27+1, i%90)
	}
	big := sb.String()
	b.SetBytes(int64(len(big)))
	for i := 0; i < b.N; i++ {
		Scan(big)
	}
}

// BenchmarkScanLargeCorpus scans the blind corpus joined into one message
// of about 1 MB: realistic text with hundreds of findings, addresses and
// repeated values, the input that made the name pass's address check and
// the repeat search grow with the square of the message.
func BenchmarkScanLargeCorpus(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, m := range loadCorpus(b, "testdata/blind-tune.jsonl") {
			sb.WriteString(m.Text)
			sb.WriteByte('\n')
		}
	}
	big := sb.String()
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(big)
	}
}

// corpus300 joins the blind corpus messages, in order, into messages of
// about 300 bytes (whole messages, one per line), the size the latency bar
// is stated for.
func corpus300(tb testing.TB) []string {
	var out []string
	var b strings.Builder
	for _, m := range append(loadCorpus(tb, "testdata/blind-tune.jsonl"), loadCorpus(tb, "testdata/blind-report.jsonl")...) {
		if b.Len() > 0 && b.Len()+len(m.Text) > 330 {
			out = append(out, b.String())
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(m.Text)
	}
	return append(out, b.String())
}

// BenchmarkScanCorpus300 scans realistic ~300-byte chat messages (blind
// corpus messages joined up to about 300 bytes), one Scan each, and reports
// throughput per CPU second and the 99th-percentile latency of one message:
// p99-µs in wall time, p99-cpu-µs in the scanning thread's CPU time (which
// leaves out the time the thread waited for a core on a shared machine).
func BenchmarkScanCorpus300(b *testing.B) {
	msgs := corpus300(b)
	gazetteer()
	total := 0
	for _, m := range msgs {
		total += len(m)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(total / len(msgs)))
	b.ReportAllocs()
	lat := make([]time.Duration, 0, b.N)
	clat := make([]time.Duration, 0, b.N)
	scanned := 0
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		m := msgs[i%len(msgs)]
		tc, t0 := threadCPUTime(), time.Now()
		Scan(m)
		lat = append(lat, time.Since(t0))
		clat = append(clat, threadCPUTime()-tc)
		scanned += len(m)
	}
	b.StopTimer()
	if cpu := cpuTime() - c0; cpu > 0 {
		b.ReportMetric(float64(scanned)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
	b.ReportMetric(float64(p99(lat).Nanoseconds())/1e3, "p99-µs")
	if clat[0] >= 0 {
		b.ReportMetric(float64(p99(clat).Nanoseconds())/1e3, "p99-cpu-µs")
	}
}

func p99(d []time.Duration) time.Duration {
	slices.Sort(d)
	return d[len(d)*99/100]
}

// TestScanAgain scans the ~300-byte messages of BenchmarkScanCorpus300 twice
// and wants the same findings the second time: what a scanner keeps from
// one message to the next (token sets, caches, buffers) must not change
// what it finds in another. The second pass (scanPass) is also what the
// instruction counts of README "Speed" are taken on: warm, every table
// loaded by the first (warmPass), on one thread (callgrind follows the
// thread a toggle was entered on).
func TestScanAgain(t *testing.T) {
	msgs := corpus300(t)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	first, again := warmPass(msgs), scanPass(msgs)
	for i := range msgs {
		if !slices.Equal(first[i], again[i]) {
			t.Errorf("message %d: %d findings on the first scan, %d on the second", i, len(first[i]), len(again[i]))
		}
	}
}

//go:noinline
func warmPass(msgs []string) [][]Finding {
	out := make([][]Finding, len(msgs))
	for i, m := range msgs {
		out[i] = Scan(m)
	}
	return out
}

//go:noinline
func scanPass(msgs []string) [][]Finding {
	out := make([][]Finding, len(msgs))
	for i, m := range msgs {
		out[i] = Scan(m)
	}
	return out
}
