package slack

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// DefaultTicketEmoji is the reaction that opens a ticket from a message
// when Config.TicketEmoji is empty: :ticket:.
const DefaultTicketEmoji = "ticket"

// The reactions on a ticket's card that act on it.
const (
	emojiClaim = "eyes"             // an assistant claims it
	emojiDone  = "white_check_mark" // its assignee finishes it
)

// The hidden commands reactions run: "react claim|done DEL-n" on a card,
// "delegate.message <text>" on a message.
const (
	cmdReact           = "react"
	cmdDelegateMessage = "delegate.message"
)

// ticketEmoji is the configured ticket reaction, without colons.
func (a *Adapter) ticketEmoji() string {
	if e := strings.Trim(a.cfg.TicketEmoji, ": "); e != "" {
		return e
	}
	return DefaultTicketEmoji
}

// fromReaction handles reaction_added on a message in a channel the bot is
// in. The ticket emoji asks for a ticket from the message for the reacting
// user (the core checks that they may delegate); :eyes: and
// :white_check_mark: on one of the bot's ticket cards claim and finish that
// ticket (the core lets only an assistant claim and only the assignee
// finish, and stays quiet for anyone else: people react for many reasons).
// The message is read with conversations.history, or .replies for a thread
// reply.
func (a *Adapter) fromReaction(ws, id, botID string, r *slackevents.ReactionAddedEvent, retry bool) task {
	if r.User == "" || r.User == botID || r.Item.Type != "message" || r.Item.Channel == "" || r.Item.Timestamp == "" {
		return nil
	}
	var action string
	switch r.Reaction {
	case a.ticketEmoji():
		action = "delegate"
	case emojiClaim:
		action = "claim"
	case emojiDone:
		action = "done"
	default:
		return nil
	}
	channel, ts := r.Item.Channel, r.Item.Timestamp
	return func(ctx context.Context) error {
		m, err := a.message(ctx, channel, ts)
		if err != nil || m == nil {
			a.log.Warn("reaction: message not found", "workspace", ws, "channel", channel, "err", err)
			return nil
		}
		e := &bot.Event{ID: id, User: user(ws, r.User), Channel: channel, Command: cmdReact, Time: time.Now(), Retry: retry}
		switch {
		case action == "delegate":
			if m.BotID != "" || (botID != "" && m.User == botID) {
				return nil // the bot's own messages are not requests
			}
			e.Command, e.Text = cmdDelegateMessage, m.Text
			e.Message = ref(channel, ts)
			e.Link = a.permalink(ctx, channel, ts)
			e.Thread = m.ThreadTimestamp
		default:
			ticket := cardTicket(m, botID)
			if ticket == "" {
				return nil // not one of the bot's ticket cards
			}
			e.Text = action + " " + ticket
			e.Card = ref(channel, ts)
		}
		e.ChannelKind = a.channelKind(ctx, ws, channel)
		return a.serve(ctx, e)
	}
}

// message reads one message of channel by its ts: from the history, or,
// for a reply in a thread, from the replies.
func (a *Adapter) message(ctx context.Context, channel, ts string) (*slack.Message, error) {
	h, err := withRetry(ctx, a, "conversations.history", func() (*slack.GetConversationHistoryResponse, error) {
		return a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: channel, Latest: ts, Inclusive: true, Limit: 1})
	})
	if err != nil {
		return nil, err
	}
	for i := range h.Messages {
		if h.Messages[i].Timestamp == ts {
			return &h.Messages[i], nil
		}
	}
	msgs, err := withRetry(ctx, a, "conversations.replies", func() ([]slack.Message, error) {
		ms, _, _, err := a.api.GetConversationRepliesContext(ctx, &slack.GetConversationRepliesParameters{
			ChannelID: channel, Timestamp: ts, Latest: ts, Inclusive: true, Limit: 1})
		return ms, err
	})
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && se.Err == "thread_not_found" {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	for i := range msgs {
		if msgs[i].Timestamp == ts {
			return &msgs[i], nil
		}
	}
	return nil, nil
}

// cardTicket is the ticket id of a card the bot posted ("ticket:DEL-4" is
// its buttons' block id), or "".
func cardTicket(m *slack.Message, botID string) string {
	if m.BotID == "" && (botID == "" || m.User != botID) {
		return ""
	}
	for _, b := range m.Blocks.BlockSet {
		if ab, ok := b.(*slack.ActionBlock); ok {
			if id, found := strings.CutPrefix(ab.BlockID, "ticket:"); found && bot.IsTicketID(id) {
				return id
			}
		}
	}
	return ""
}
