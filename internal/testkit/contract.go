package testkit

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// Delivery is one message as it reached the platform, decoded by the
// adapter's test (from its fake Web API, connector or terminal) into terms
// every adapter shares.
type Delivery struct {
	To      string   // the channel or conversation it was posted in
	Direct  bool     // posted in the recipient's direct conversation with the bot
	Text    string   // every visible string, card included, as the platform shows it
	Buttons []string // the card's actions, in order
}

// SenderHarness is one adapter's outbound side under the contract.
type SenderHarness struct {
	Sender    bot.Sender
	Platform  string
	Workspace string
	Channel   string // a channel the sender can post in
	User      string // a user the sender can message directly
	// Mention is how the platform shows a mention of the user id in
	// Delivery.Text ("<@U1>" on Slack, "@U1" in plain text).
	Mention func(id string) string
	// Deliveries returns what reached the platform so far, in order.
	Deliveries func() []Delivery
}

// noApprovals is a channel policy that approves nothing: everything the
// contract sends is bound for an unapproved place.
type noApprovals struct{}

func (noApprovals) Approved(context.Context, string, string) (bool, error) { return false, nil }

// RunSenderContract runs the contract of bot.Sender against the harness
// newHarness builds (a fresh one per case): what any adapter must do with
// what the PHI guard cleared. Adapters run it from their own tests, each
// with its own fake of the platform (litestream's RunWithReplicaClient).
func RunSenderContract(t *testing.T, newHarness func(t *testing.T) *SenderHarness) {
	const phiText = "123-45-6789"
	b := &bot.Bot{Guard: &phi.Guard{Policy: noApprovals{}}}
	ctx := context.Background()
	channel := func(h *SenderHarness) bot.Destination {
		return bot.Destination{Platform: h.Platform, Workspace: h.Workspace, Channel: h.Channel, Kind: phi.KindChannel}
	}
	// send delivers r to d through the bot and returns the one new delivery.
	send := func(t *testing.T, h *SenderHarness, d bot.Destination, r bot.Reply) Delivery {
		t.Helper()
		before := len(h.Deliveries())
		if err := b.Send(ctx, h.Sender, d, r); err != nil {
			t.Fatalf("send: %v", err)
		}
		got := h.Deliveries()[before:]
		if len(got) != 1 {
			t.Fatalf("%d deliveries, want 1: %+v", len(got), got)
		}
		return got[0]
	}

	t.Run("Reply", func(t *testing.T) {
		h := newHarness(t)
		got := send(t, h, channel(h), bot.Reply{Text: bot.Plain("hello from the contract")})
		if got.To != h.Channel || got.Direct || !strings.Contains(got.Text, "hello from the contract") {
			t.Fatalf("delivery = %+v, want the text in %s", got, h.Channel)
		}
	})
	t.Run("Mention", func(t *testing.T) {
		h := newHarness(t)
		got := send(t, h, channel(h), bot.Reply{Text: bot.Textf("DEL-1 claimed by %s.", delegatebot.Mention(h.User))})
		if want := "DEL-1 claimed by " + h.Mention(h.User) + "."; !strings.Contains(got.Text, want) {
			t.Fatalf("text = %q, want it to contain %q", got.Text, want)
		}
	})
	t.Run("TypedMarkupIsNotAMention", func(t *testing.T) {
		h := newHarness(t)
		if h.Mention("UTYPED") == "@UTYPED" {
			t.Skip("the platform shows mentions as plain text")
		}
		got := send(t, h, channel(h), bot.Reply{Text: bot.Plain("ping " + h.Mention("UTYPED"))})
		if strings.Contains(got.Text, h.Mention("UTYPED")) {
			t.Fatalf("typed markup became a mention: %q", got.Text)
		}
	})
	t.Run("DirectMessage", func(t *testing.T) {
		h := newHarness(t)
		d := bot.Destination{Platform: h.Platform, Workspace: h.Workspace, Kind: phi.KindDM, DM: h.User, User: h.User}
		got := send(t, h, d, bot.Reply{Text: bot.Plain("just for you")})
		if !got.Direct || !strings.Contains(got.Text, "just for you") {
			t.Fatalf("delivery = %+v, want a direct message", got)
		}
	})
	t.Run("Card", func(t *testing.T) {
		h := newHarness(t)
		c := &bot.Card{TicketID: "DEL-7", Title: bot.Plain("DEL-7 · task.general · open"),
			Fields: []bot.Field{{Label: bot.Plain("Requested by"), Value: bot.Textf("%s", delegatebot.Mention(h.User))}},
			Buttons: []bot.Button{{Action: "claim", Label: "Claim", Style: delegatebot.StylePrimary},
				{Action: "cancel", Label: "Cancel", Style: delegatebot.StyleDanger}}}
		got := send(t, h, channel(h), bot.Reply{Card: c})
		if !slices.Equal(got.Buttons, []string{"claim", "cancel"}) {
			t.Errorf("buttons = %v, want claim, cancel", got.Buttons)
		}
		for _, want := range []string{"DEL-7 · task.general · open", "Requested by", h.Mention(h.User)} {
			if !strings.Contains(got.Text, want) {
				t.Errorf("card text lacks %q: %q", want, got.Text)
			}
		}
	})
	t.Run("Guarded", func(t *testing.T) {
		h := newHarness(t)
		got := send(t, h, channel(h), bot.Reply{Text: bot.Plain("SSN " + phiText),
			Card: &bot.Card{TicketID: "DEL-8", Title: bot.Plain("card " + phiText)}})
		if strings.Contains(got.Text, phiText) || !strings.Contains(got.Text, "[SSN]") {
			t.Fatalf("unapproved channel got %q", got.Text)
		}
	})
	t.Run("MentionCannotCarryPHI", func(t *testing.T) {
		h := newHarness(t)
		got := send(t, h, channel(h), bot.Reply{Text: bot.Textf("ask %s", delegatebot.Mention(phiText))})
		if strings.Contains(got.Text, phiText) {
			t.Fatalf("a mention carried PHI past the guard: %q", got.Text)
		}
	})
	t.Run("ChannelKind", func(t *testing.T) {
		h := newHarness(t)
		k, err := h.Sender.ChannelKind(ctx, channel(h))
		if err != nil || k == "" {
			t.Fatalf("ChannelKind = %q, %v", k, err)
		}
	})
}
