package handlers_test

import (
	"context"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

// TestWording: answers read right whatever the numbers and roles are, and
// usage lines are typed as the asker's platform types them.
func TestWording(t *testing.T) {
	e := newEnv(t)
	say := func(platform, user, command, text string) string {
		t.Helper()
		ev := &bot.Event{User: delegatebot.User{Platform: platform, Workspace: e.ws, ID: user}, Channel: "C1",
			ChannelKind: phi.KindChannel, Command: command, Text: text, Time: time.Now()}
		rec := &testkit.Recorder{}
		if err := e.bot.Serve(context.Background(), ev, rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.Out()) != 1 {
			t.Fatalf("%d replies to /%s %s", len(rec.Out()), command, text)
		}
		return rec.Out()[0].Text()
	}
	for _, tc := range []struct {
		name, platform, command, text, want string
	}{
		{"AlreadyAssistant", "test", "role", "grant @alice assistant", "@alice is already an assistant (configured in DELEGATEBOT_ASSISTANTS)."},
		{"ConfiguredRoleStays", "test", "role", "revoke @alice assistant", "@alice is an assistant by configuration: remove them from DELEGATEBOT_ASSISTANTS (and restart) to revoke it."},
		{"NewRole", "test", "role", "grant @lee assistant", "@lee is now an assistant."},
		{"RevokedRole", "test", "role", "revoke @lee assistant", "@lee is no longer an assistant."},
		{"NotARole", "test", "role", "revoke @lee assistant", "@lee is not an assistant; nothing to revoke."},
		{"OneDay", "test", "audit", "1", ""},
		{"SlackUsage", "slack", "role", "frob", "Usage: /delegatebot role grant|revoke @user executive|assistant|admin"},
		{"ConsoleUsage", "console", "role", "frob", "Usage: /role grant|revoke @user executive|assistant|admin"},
		{"SlackRegisteredUsage", "slack", "tickets", "frob", "Usage: /tickets [open|mine|all|overdue|waiting|done|@user] [after DEL-n]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := say(tc.platform, "admin", tc.command, tc.text)
			if tc.name == "OneDay" {
				if want := "Audit trail, last 1 day: "; len(got) < len(want) || got[:len(want)] != want {
					t.Errorf("got %q, want it to start %q", got, want)
				}
				return
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
