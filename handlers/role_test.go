package handlers_test

import (
	"context"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
)

// withDirectory rewires e's handlers to know the directory's configured
// roles, as the program does.
func withDirectory(e *env, c handlers.DirectoryConfig) *env {
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Queues: map[string]string{"test": "CQUEUE"}, Users: c})
	e.bot = &bot.Bot{Handler: h.Mux(), Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
	return e
}

func TestRoleGrantRevoke(t *testing.T) {
	cfg := handlers.DirectoryConfig{Admins: []string{"admin"}, Assistants: []string{"alice"}, Executives: []string{"dana"}}
	t.Run("RevokeConfiguredRefused", func(t *testing.T) {
		e := withDirectory(newEnv(t), cfg)
		got := only(t, e.send("admin", "/role revoke @alice assistant"))
		if !strings.Contains(got, "DELEGATEBOT_ASSISTANTS") {
			t.Fatalf("reply %q does not name DELEGATEBOT_ASSISTANTS", got)
		}
		u := delegatebot.User{Workspace: e.ws, ID: "alice"}
		if err := e.bot.Users.Identify(context.Background(), &u); err != nil || !u.Has(delegatebot.RoleAssistant) {
			t.Fatalf("alice lost the assistant role: %+v (err %v)", u, err)
		}
		if entries, _ := e.store.ReadAudit(context.Background(), e.ws, "", 10); hasAction(entries, "role.revoke") {
			t.Fatal("a refused revoke was recorded as a revoke")
		}
	})
	t.Run("GrantHeldSaysSo", func(t *testing.T) {
		e := withDirectory(newEnv(t), cfg)
		if got := only(t, e.send("admin", "/role grant @alice assistant")); !strings.Contains(got, "already") || !strings.Contains(got, "DELEGATEBOT_ASSISTANTS") {
			t.Fatalf("grant of a configured role: %q", got)
		}
		if got := only(t, e.send("admin", "/role grant @zed assistant")); !strings.Contains(got, "now an assistant") {
			t.Fatalf("first grant: %q", got)
		}
		if got := only(t, e.send("admin", "/role grant @zed assistant")); !strings.Contains(got, "already an assistant") {
			t.Fatalf("second grant: %q", got)
		}
		if got := only(t, e.send("admin", "/role revoke @zed assistant")); !strings.Contains(got, "no longer") {
			t.Fatalf("revoke of a granted role: %q", got)
		}
		if got := only(t, e.send("admin", "/role revoke @zed assistant")); !strings.Contains(got, "not an assistant") {
			t.Fatalf("revoke of a role not held: %q", got)
		}
	})
	t.Run("AnyoneMayDelegate", func(t *testing.T) {
		e := withDirectory(newEnv(t), handlers.DirectoryConfig{Admins: []string{"admin"}})
		if got := only(t, e.send("admin", "/role revoke @zed executive")); !strings.Contains(got, "DELEGATEBOT_EXECUTIVES") {
			t.Fatalf("revoke while anyone may delegate: %q", got)
		}
	})
}

func hasAction(entries []delegatebot.AuditEntry, action string) bool {
	for _, e := range entries {
		if e.Action == action {
			return true
		}
	}
	return false
}
