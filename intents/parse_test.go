package intents

import (
	"context"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/delegatebot/delegatebot"
)

// BenchmarkParse parses the longer requests of blind-tune (real voices:
// context before the ask, several asks, dictation) and reports messages per
// second. Run it on one core: go test -run ^$ -bench Parse -cpu 1 ./intents/
func BenchmarkParse(b *testing.B) {
	var texts []string
	for _, it := range loadQuiet(tunePath) {
		if len(it.Text) >= 80 {
			texts = append(texts, it.Text)
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus")
	}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	var p Rules
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := p.Parse(ctx, texts[i%len(texts)], now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// FuzzParse: any input, valid UTF-8 or not, parses without panic into a
// well-formed request.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"pls move the P&T committee to thur at 3", "remind me in 2 hours to call <@U05HJQ2ZP>",
		"~thurs~ fri 1430-1600 the 31st 2/30 12/3/2027", "<at>Jane</at> @Bob #x <#C1|y> <", "\xff\xfe at 3pm",
		"book 1.5 hrs 99999999999999999999 in 99999999 days", "the week after the week after that", "schedule a call for",
	} {
		f.Add(s)
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		loc = time.UTC
	}
	now := time.Date(2026, 3, 7, 23, 30, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Rules{}.Parse(context.Background(), s, now)
		if err != nil {
			t.Fatalf("error: %v", err)
		}
		if !r.Intent.Valid() {
			t.Fatalf("invalid intent %q", r.Intent)
		}
		if r.Intent == delegatebot.IntentNone {
			if r.Priority != "" {
				t.Fatalf("priority %q for intent none", r.Priority)
			}
		} else if !r.Priority.Valid() {
			t.Fatalf("invalid priority %q", r.Priority)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("confidence %v out of range", r.Confidence)
		}
		if utf8.ValidString(s) && !utf8.ValidString(r.Subject) {
			t.Fatalf("subject %q is not valid UTF-8", r.Subject)
		}
	})
}

// TestParseConcurrent: parsers are pooled and the typo cache is shared;
// concurrent parses agree with sequential ones (run with -race).
func TestParseConcurrent(t *testing.T) {
	items := loadQuiet(tunePath)
	if len(items) > 200 {
		items = items[:200]
	}
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	want := make([]delegatebot.Intent, len(items))
	for i, it := range items {
		r, _ := Rules{}.Parse(context.Background(), it.Text, now)
		want[i] = r.Intent
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, it := range items {
				if r, _ := (Rules{}).Parse(context.Background(), it.Text, now); r.Intent != want[i] {
					t.Errorf("%s: concurrent intent %s, want %s", it.ID, r.Intent, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
