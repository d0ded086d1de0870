package handlers_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
)

// table is the command table as the bot registers it.
func table(t *testing.T) *bot.Mux {
	t.Helper()
	return handlers.New(handlers.Config{}).Mux()
}

// TestCommandTable: every row is complete, and /help shows every visible
// command with its usage.
func TestCommandTable(t *testing.T) {
	m := table(t)
	help := handlers.Help(m.Commands(), "console")
	for _, c := range m.Commands() {
		if c.Handler == nil || c.Help == "" && !c.Hidden {
			t.Errorf("/%s: incomplete row %+v", c.Name, c)
		}
		if len(c.Roles) > 0 && c.Can == "" {
			t.Errorf("/%s: Roles without Can (the refusal would read %q)", c.Name, "Only admins can .")
		}
		if !c.Hidden && !strings.Contains(help, c.Usage()) {
			t.Errorf("/help lacks %q", c.Usage())
		}
	}
}

// commandsSection returns the README's "## Commands" section.
func commandsSection(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "\n## Commands\n")
	if i < 0 {
		t.Fatal("README has no ## Commands section")
	}
	s = s[i+1:]
	if j := strings.Index(s[3:], "\n## "); j >= 0 {
		s = s[:j+3]
	}
	return s
}

// TestReadmeCommands: the README's command table documents exactly the
// commands of the table.
func TestReadmeCommands(t *testing.T) {
	m := table(t)
	documented := map[string]bool{}
	for _, line := range strings.Split(commandsSection(t), "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| command") {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimPrefix(line, "| "), " | ")
		for _, name := range regexp.MustCompile("`/([a-z]+)").FindAllStringSubmatch(first, -1) {
			documented[name[1]] = true
			if _, ok := m.Lookup(name[1]); !ok {
				t.Errorf("README documents /%s, which is not in the command table", name[1])
			}
		}
	}
	for _, c := range m.Commands() {
		if !c.Hidden && !documented[c.Name] {
			t.Errorf("README's command table lacks /%s", c.Name)
		}
	}
}

// TestTeamsManifestCommands: every entry of the Teams command menu is
// recognised as the command it names when typed without a slash.
func TestTeamsManifestCommands(t *testing.T) {
	b, err := os.ReadFile("../manifests/teams/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var man struct {
		Bots []struct {
			CommandLists []struct {
				Commands []struct{ Title, Description string }
			}
		}
	}
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	m := table(t)
	n := 0
	for _, bt := range man.Bots {
		for _, l := range bt.CommandLists {
			for _, c := range l.Commands {
				n++
				name, _, _ := strings.Cut(c.Title, " ")
				got, _, ok := m.Bare("teams", c.Title)
				if !ok {
					got, _, ok = m.Bare("teams", c.Title+" DEL-12")
				}
				if !ok || got != name {
					t.Errorf("Teams menu entry %q is not recognised as /%s (got %q)", c.Title, name, got)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no commands in the Teams manifest")
	}
}

// TestSlackManifestCommands: every slash command the Slack app declares is
// in the table (or is the umbrella /delegatebot that carries any of them).
func TestSlackManifestCommands(t *testing.T) {
	b, err := os.ReadFile("../manifests/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := table(t)
	declared := regexp.MustCompile(`(?m)^\s*- command: /([a-z]+)`).FindAllStringSubmatch(string(b), -1)
	if len(declared) == 0 {
		t.Fatal("no slash commands in the Slack manifest")
	}
	for _, d := range declared {
		if c, ok := m.Lookup(d[1]); d[1] != "delegatebot" && (!ok || !c.On("slack")) {
			t.Errorf("the Slack manifest declares /%s, which is not a Slack command of the table", d[1])
		}
	}
}

// TestSlackHelpIsTypable: on Slack, /help shows a command as "/name" only
// when the manifest registers it, and every other one through the umbrella
// ("/delegatebot status DEL-n"), so everything it lists can be typed as it
// reads.
func TestSlackHelpIsTypable(t *testing.T) {
	b, err := os.ReadFile("../manifests/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	for _, d := range regexp.MustCompile(`(?m)^\s*- command: /([a-z]+)`).FindAllStringSubmatch(string(b), -1) {
		declared[d[1]] = true
	}
	if !declared["delegatebot"] {
		t.Fatal("the Slack manifest lacks the umbrella /delegatebot")
	}
	m := table(t)
	help := handlers.Help(m.Commands(), "slack")
	listed := 0
	for _, line := range strings.Split(help, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "/") {
			continue
		}
		listed++
		name := strings.TrimPrefix(strings.Fields(line)[0], "/")
		if name != "delegatebot" && !declared[name] {
			t.Errorf("Slack /help lists /%s, which the manifest does not register: %q", name, line)
		}
	}
	for _, c := range m.Commands() {
		if !c.Hidden && c.On("slack") {
			listed--
			if declared[c.Name] && !strings.Contains(help, "  /"+c.Name) {
				t.Errorf("Slack /help shows registered /%s through the umbrella", c.Name)
			}
		}
	}
	if listed != 0 {
		t.Errorf("Slack /help lists %d lines more than the visible commands", listed)
	}
}
