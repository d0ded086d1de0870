package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// TestTermsAndMinimal: a reply's PHI terms are redacted wherever they occur
// outside approved channels, even where the scan alone finds nothing; its
// minimal form goes out where the guard would block it (block mode) and,
// in the minimal view, to every unapproved destination; approved channels
// get the reply itself.
func TestTermsAndMinimal(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	ws := fmt.Sprintf("TTermsAndMinimal%d", time.Now().UnixNano()%1e6)
	if err := storage.New(rdb).ApproveChannel(ctx, ws, "C-ok", "admin"); err != nil {
		t.Fatal(err)
	}
	terms := []phi.Term{{Type: phi.Name, Value: "Lopez"}}
	reply := func(text string) bot.Reply {
		return bot.Reply{Text: bot.Plain(text), PHI: terms, Minimal: &bot.Reply{Text: bot.Plain("DEL-1 minimal")}}
	}
	for _, tc := range []struct {
		name    string
		mode    phi.Action
		view    bot.View
		channel string
		text    string
		want    string
	}{
		{"TermRedacted", phi.ActionRedact, bot.ViewRedacted, "C-queue", "Lopez oncology consult", "[NAME] oncology consult"},
		{"ScanPlusTerm", phi.ActionRedact, bot.ViewRedacted, "C-queue", "Lopez SSN " + secret, "[NAME] SSN [SSN]"},
		{"ApprovedFull", phi.ActionRedact, bot.ViewMinimal, "C-ok", "Lopez oncology consult", "Lopez oncology consult"},
		{"BlockedFallsBack", phi.ActionBlock, bot.ViewRedacted, "C-queue", "Lopez oncology consult", "DEL-1 minimal"},
		{"BlockNoPHIFull", phi.ActionBlock, bot.ViewRedacted, "C-queue", "board meeting", "board meeting"},
		{"MinimalView", phi.ActionRedact, bot.ViewMinimal, "C-queue", "board meeting", "DEL-1 minimal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBot(t, rdb, tc.mode, func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
				w.Reply(reply(tc.text))
				return nil
			})
			b.View = tc.view
			rec := &testkit.Recorder{}
			if err := b.Serve(ctx, event(ws, tc.channel), rec); err != nil {
				t.Fatal(err)
			}
			out := rec.Out()
			if len(out) != 1 || out[0].Text() != tc.want {
				var got []string
				for _, m := range out {
					got = append(got, m.Text())
				}
				t.Fatalf("sent %q, want %q", strings.Join(got, " | "), tc.want)
			}
		})
	}
}
