package bot_test

import (
	"context"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
)

// TestMuxTable: the Mux enforces a row's roles and platforms, recognises
// bare commands only in the shapes the row allows, and wraps every handler
// in its middleware.
func TestMuxTable(t *testing.T) {
	var ran []string
	record := func(name string) bot.HandlerFunc {
		return func(context.Context, *bot.Writer, *bot.Event) error { ran = append(ran, name); return nil }
	}
	m := bot.NewMux(record("text"))
	m.Register(bot.Command{Name: "purge", Aliases: []string{"wipe"}, Help: "purge", Roles: []delegatebot.Role{delegatebot.RoleAdmin},
		Can: "purge", Handler: record("purge"), Bare: bot.BareTicket})
	m.Register(bot.Command{Name: "beep", Help: "beep", Platforms: []string{"console"}, Handler: record("beep")})
	m.Use(func(next bot.Handler) bot.Handler {
		return bot.HandlerFunc(func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
			ran = append(ran, "mw")
			return next.ServeEvent(ctx, w, e)
		})
	})
	serve := func(platform, command string, roles ...delegatebot.Role) error {
		return m.ServeEvent(context.Background(), nil, &bot.Event{Command: command,
			User: delegatebot.User{Platform: platform, Roles: roles}})
	}
	if err := serve("slack", "purge"); delegatebot.ErrorMessage(err) != "Only admins can purge." {
		t.Errorf("purge without the role: %v", err)
	}
	if err := serve("slack", "WIPE", delegatebot.RoleAdmin); err != nil {
		t.Errorf("purge by alias: %v", err)
	}
	if err := serve("slack", "beep"); delegatebot.ErrorCode(err) != delegatebot.EINVALID {
		t.Errorf("a console command on slack: %v", err)
	}
	if err := serve("console", ""); err != nil {
		t.Error(err)
	}
	if got := ran; len(got) != 4 || got[0] != "mw" || got[1] != "purge" || got[3] != "text" {
		t.Errorf("ran %v, want mw purge mw text", got)
	}
	for text, want := range map[string]string{"purge DEL-4": "purge", "purge the old files": "", "beep": ""} {
		if got, _, _ := m.Bare("teams", text); got != want {
			t.Errorf("Bare(%q) = %q, want %q", text, got, want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a name twice did not panic")
		}
	}()
	m.Register(bot.Command{Name: "wipe", Handler: record("x")})
}
