package bot_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
	"github.com/redis/go-redis/v9"
)

const testDB = 12

// secret is PHI every reply path below tries to send.
const secret = "123-45-6789"

func phiReply() bot.Reply {
	return bot.Reply{Text: bot.Plain("SSN " + secret), Card: &bot.Card{
		TicketID: "DEL-1", Title: bot.Plain("title " + secret),
		Fields:  []bot.Field{{Label: bot.Plain("label " + secret), Value: bot.Plain("value " + secret)}},
		Buttons: []bot.Button{{Action: "claim", Label: "Claim " + secret}},
	}}
}

// paths are all the ways a handler can send, keyed by Writer method name.
var paths = map[string]func(w *bot.Writer){
	"Reply":   func(w *bot.Writer) { w.Reply(phiReply()) },
	"Private": func(w *bot.Writer) { w.Private(phiReply()) },
	"Update":  func(w *bot.Writer) { w.Update("msg-1", phiReply()) },
	"Notify":  func(w *bot.Writer) { w.Notify("bob", phiReply()) },
	"Post":    func(w *bot.Writer) { w.Post("C-queue", phiReply()) },
	"Form": func(w *bot.Writer) {
		w.Form(bot.Form{Title: "t " + secret, Button: "b " + secret, Context: bot.Plain("c " + secret), Fields: []bot.FormField{
			{Name: "f", Label: "l " + secret, Value: "v " + secret, Options: []bot.Option{{Value: "o", Label: "o " + secret}}}}})
	},
	"CanForm": func(w *bot.Writer) { w.Private(phiReply()) }, // asks, sends nothing: as Private
}

func newBot(t *testing.T, rdb redis.UniversalClient, mode phi.Action, h bot.HandlerFunc) *bot.Bot {
	s := storage.New(rdb)
	return &bot.Bot{Handler: h, Guard: &phi.Guard{Policy: s, Mode: mode}, Audit: s}
}

func event(ws, channel string) *bot.Event {
	return &bot.Event{
		User:    delegatebot.User{Platform: "test", Workspace: ws, ID: "dana"},
		Channel: channel, ChannelKind: phi.KindChannel, Command: "x", Trigger: "trigger-1",
	}
}

// TestEveryReplyPathIsGuarded sends PHI through every Writer method (the
// test fails if a method is added without a case here) and through Bot.Send,
// into unapproved, approved and unreadable-policy destinations.
func TestEveryReplyPathIsGuarded(t *testing.T) {
	wt := reflect.TypeOf(&bot.Writer{})
	for i := range wt.NumMethod() {
		if _, ok := paths[wt.Method(i).Name]; !ok {
			t.Fatalf("Writer.%s has no case in paths: every reply path must be tested", wt.Method(i).Name)
		}
	}
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	down := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer down.Close()
	for name, send := range paths {
		for _, tc := range []struct {
			policy   string
			rdb      redis.UniversalClient
			approved bool
		}{
			{"Unapproved", rdb, false},
			{"Approved", rdb, true},
			{"PolicyUnreadable", down, false},
		} {
			t.Run(name+"/"+tc.policy, func(t *testing.T) {
				ws := "T" + name + tc.policy
				if tc.approved {
					// Approve every channel a path may use; DMs stay unapproved.
					for _, c := range []string{"C1", "C-queue"} {
						if err := storage.New(rdb).ApproveChannel(ctx, ws, c, "admin"); err != nil {
							t.Fatal(err)
						}
					}
				}
				b := newBot(t, tc.rdb, phi.ActionRedact, func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
					send(w)
					return nil
				})
				rec := &testkit.Recorder{}
				if err := b.Serve(ctx, event(ws, "C1"), rec); err != nil {
					t.Fatal(err)
				}
				if len(rec.Out()) != 1 {
					t.Fatalf("sent %d messages, want 1", len(rec.Out()))
				}
				wantPHI := tc.approved && name != "Notify" // DMs are never approved here
				for _, s := range rec.Texts() {
					if s == "" {
						continue // a form has no message text
					}
					if strings.Contains(s, secret) != wantPHI {
						t.Errorf("sent %q; PHI expected to survive: %v", s, wantPHI)
					}
				}
				if all := strings.Join(rec.Texts(), "|"); !wantPHI && !strings.Contains(all, "[SSN]") {
					t.Errorf("texts %q have no [SSN] placeholder", all)
				}
			})
		}
	}
	t.Run("BotSend", func(t *testing.T) {
		b := newBot(t, rdb, phi.ActionRedact, nil)
		rec := &testkit.Recorder{}
		d := bot.Destination{Workspace: "TSend", Channel: "C1", Kind: phi.KindChannel}
		if err := b.Send(ctx, rec, d, phiReply()); err != nil {
			t.Fatal(err)
		}
		for _, s := range rec.Texts() {
			if strings.Contains(s, secret) {
				t.Errorf("Bot.Send sent %q", s)
			}
		}
	})
	t.Run("ErrorReply", func(t *testing.T) {
		b := newBot(t, rdb, phi.ActionRedact, func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
			return delegatebot.Errorf(delegatebot.EINVALID, "bad %s", secret)
		})
		rec := &testkit.Recorder{}
		if err := b.Serve(ctx, event("TErr", "C1"), rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.Out()) != 1 || strings.Contains(rec.Out()[0].Text(), secret) {
			t.Fatalf("error reply = %+v, want one redacted message", rec.Texts())
		}
	})
}

func TestBlockMode(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	b := newBot(t, rdb, phi.ActionBlock, func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		w.Post("C-queue", phiReply())
		w.Reply(bot.Reply{Text: bot.Plain("no phi here")})
		return nil
	})
	rec := &testkit.Recorder{}
	if err := b.Serve(ctx, event("TBlock", "C1"), rec); err != nil {
		t.Fatal(err)
	}
	if len(rec.Out()) != 2 {
		t.Fatalf("sent %d messages, want the explanation and the clean reply", len(rec.Out()))
	}
	expl := rec.Out()[0]
	if !expl.Destination().Ephemeral || expl.Destination().User != "dana" || !strings.Contains(expl.Text(), "ssn") {
		t.Fatalf("explanation = %q to %+v, want a private note naming the type", expl.Text(), expl.Destination())
	}
	for _, s := range rec.Texts() {
		if strings.Contains(s, secret) {
			t.Fatalf("blocked PHI was sent: %q", s)
		}
	}
	entries, err := storage.New(rdb).ReadAudit(ctx, "TBlock", "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Action != "guard.block" || !strings.Contains(entries[0].Detail, "SSN=") {
		t.Fatalf("audit = %+v, want one guard.block entry with counts", entries)
	}
	if strings.Contains(fmt.Sprint(entries), secret) {
		t.Fatal("audit entry holds PHI")
	}
}

func TestServeRejectsOversizedAndDuplicate(t *testing.T) {
	ctx := context.Background()
	rdb := redistest.Client(t, testDB)
	calls := 0
	b := newBot(t, rdb, phi.ActionRedact, func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		calls++
		w.Reply(bot.Reply{Text: bot.Plain("ok")})
		return nil
	})
	b.Dedupe = storage.New(rdb)
	big := event("TBig", "C1")
	big.Text = strings.Repeat("x", bot.MaxTextBytes+1)
	rec := &testkit.Recorder{}
	if err := b.Serve(ctx, big, rec); err != nil {
		t.Fatal(err)
	}
	if calls != 0 || len(rec.Out()) != 1 || !strings.Contains(rec.Out()[0].Text(), "too long") {
		t.Fatalf("oversized: handler calls %d, replies %v", calls, rec.Texts())
	}
	for range 3 {
		e := event("TDup", "C1")
		e.ID = "Ev123"
		if err := b.Serve(ctx, e, rec); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 1 {
		t.Fatalf("event delivered 3 times ran the handler %d times, want 1", calls)
	}
}

func TestUnknownCommand(t *testing.T) {
	m := bot.NewMux(bot.HandlerFunc(func(context.Context, *bot.Writer, *bot.Event) error { return nil }))
	err := m.ServeEvent(context.Background(), nil, &bot.Event{Command: "frobnicate<script>"})
	if got, want := delegatebot.ErrorMessage(err), "Unknown command /frobnicatescript. Try /help."; got != want {
		t.Fatalf("message = %q, want %q", got, want)
	}
}
