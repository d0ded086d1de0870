package intents

import (
	"context"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/delegatebot/delegatebot"
)

// BenchmarkParse parses the dev-set texts (or a small built-in set when the
// dev set is absent) and reports messages per second.
func BenchmarkParse(b *testing.B) {
	texts := []string{
		"pls move the P&T committee to thur at 3",
		"could you please draft a reply to the foundation director about the MRI lease, important.",
		"Been traveling since Monday. I need you to track down the NDAs for the Humana deal thank you",
		"thx 🙂",
	}
	if items := loadDevQuiet(); len(items) > 0 {
		texts = texts[:0]
		for _, it := range items {
			texts = append(texts, it.Text)
		}
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
		"book 1.5 hrs 99999999999999999999 in 99999999 days", "the week after the week after next",
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
