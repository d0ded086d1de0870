package teams

import (
	"testing"

	"github.com/delegatebot/delegatebot/handlers"
)

func TestCommand(t *testing.T) {
	table := handlers.New(handlers.Config{}).Mux()
	for _, tc := range []struct{ in, cmd, args string }{
		{"claim DEL-12", "claim", "DEL-12"},
		{"/claim DEL-12", "claim", "DEL-12"},
		{"Claim del-12", "claim", "del-12"},
		{"done #4 booked for Thursday", "done", "#4 booked for Thursday"},
		{"tickets mine", "tickets", "mine"},
		{"tickets", "tickets", ""},
		{"/tickets", "tickets", ""},
		{"help", "help", ""},
		{"/phi approve", "phi", "approve"},
		{"phi list", "phi", "list"},
		{"/frobnicate now", "frobnicate", "now"},
		{"cancel my 3 pm with Dr. Kim", "", "cancel my 3 pm with Dr. Kim"},
		{"cancel 3 meetings on Friday", "", "cancel 3 meetings on Friday"},
		{"tickets for the gala on Friday", "", "tickets for the gala on Friday"},
		{"help me draft a reply to Dr. Kim", "", "help me draft a reply to Dr. Kim"},
		{"note to self", "", "note to self"},
		{"move my board meeting to Thursday at 3", "", "move my board meeting to Thursday at 3"},
	} {
		cmd, args := command(tc.in, table.Bare)
		if cmd != tc.cmd || args != tc.args {
			t.Errorf("command(%q) = %q, %q; want %q, %q", tc.in, cmd, args, tc.cmd, tc.args)
		}
	}
}

func TestCleanText(t *testing.T) {
	bot := []string{"<at>delegatebot</at>"}
	for _, tc := range []struct {
		in       string
		mentions []string
		want     string
	}{
		{"<at>delegatebot</at> claim DEL-1", bot, "claim DEL-1"},
		{"claim DEL-1 <at>delegatebot</at>", bot, "claim DEL-1"},
		{"<at>delegatebot</at> note DEL-1 ask <at>Alice Ng</at> to confirm", bot, "note DEL-1 ask Alice Ng to confirm"},
		{"<at>Delegate Bot</at>&nbsp;tickets mine", nil, "tickets mine"},
		{"draft a reply re: Q&amp;A &lt;urgent&gt;", nil, "draft a reply re: Q&A <urgent>"},
	} {
		if got := cleanText(tc.in, tc.mentions); got != tc.want {
			t.Errorf("cleanText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBotMentions(t *testing.T) {
	body := []byte(`{"entities":[{"type":"clientInfo","locale":"en-US"},
		{"type":"mention","text":"<at>delegatebot</at>","mentioned":{"id":"28:app","name":"delegatebot"}},
		{"type":"mention","text":"<at>Alice</at>","mentioned":{"id":"29:alice","name":"Alice"}}]}`)
	got := botMentions(body, "28:app")
	if len(got) != 1 || got[0] != "<at>delegatebot</at>" {
		t.Fatalf("botMentions = %q", got)
	}
}
