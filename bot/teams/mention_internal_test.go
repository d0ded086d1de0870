package teams

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
)

// cleared runs r through the guard, as every message is before rendering.
func cleared(t *testing.T, r bot.Reply) bot.Outgoing {
	t.Helper()
	rec := &testkit.Recorder{}
	b := &bot.Bot{Guard: &phi.Guard{}}
	if err := b.Send(context.Background(), rec, bot.Destination{Platform: Platform, Workspace: "T", Kind: phi.KindDM, DM: "u"}, r); err != nil {
		t.Fatal(err)
	}
	return rec.Out()[0]
}

// TestRenderMentions: users are shown by display name as <at> mentions with
// their entities; typed text stays literal; unknown users stay "@id".
func TestRenderMentions(t *testing.T) {
	names := map[string]string{"aad-1": "Dana Exec"}
	t.Run("Text", func(t *testing.T) {
		m := cleared(t, bot.Reply{Text: bot.Textf("*urgent* <at>Eve</at> from %s and %s", delegatebot.Mention("aad-1"), delegatebot.Mention("aad-2"))})
		a := render(m, names)
		want := `\*urgent\* &lt;at&gt;Eve&lt;/at&gt; from <at>Dana Exec</at> and @aad-2`
		if a.Text != want || a.TextFormat != "markdown" {
			t.Errorf("text = %q (%s), want %q", a.Text, a.TextFormat, want)
		}
		if len(a.Entities) != 1 || a.Entities[0].Mentioned != (mentionAccount{ID: "aad-1", Name: "Dana Exec"}) || a.Entities[0].Text != "<at>Dana Exec</at>" {
			t.Errorf("entities = %+v", a.Entities)
		}
	})
	t.Run("PlainWithoutNames", func(t *testing.T) {
		a := render(cleared(t, bot.Reply{Text: bot.Textf("*x* by %s", delegatebot.Mention("aad-2"))}), names)
		if a.Text != "*x* by @aad-2" || a.TextFormat != "plain" || len(a.Entities) != 0 {
			t.Errorf("activity = %+v", a)
		}
	})
	t.Run("Card", func(t *testing.T) {
		c := &bot.Card{TicketID: "DEL-1", Title: bot.Plain("DEL-1"), Link: "https://teams.microsoft.com/l/message/1",
			Fields: []bot.Field{{Label: bot.Plain("Requested by"), Value: bot.Textf("%s", delegatebot.Mention("aad-1"))}}}
		a := render(cleared(t, bot.Reply{Card: c}), names)
		b, _ := json.Marshal(a.Attachments[0].Content)
		for _, want := range []string{`"value":"\u003cat\u003eDana Exec\u003c/at\u003e"`, `"msteams":{"entities":[{"type":"mention"`,
			`"mentioned":{"id":"aad-1","name":"Dana Exec"}`, `"type":"Action.OpenUrl","title":"Original message"`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("card lacks %s: %s", want, b)
			}
		}
	})
}
