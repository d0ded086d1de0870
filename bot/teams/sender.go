package teams

import (
	"context"
	"errors"
	"fmt"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// ErrNoConversation means the bot cannot reach a user directly: the Bot
// Framework only lets a bot write to a personal chat it already has, and the
// user has not installed the app or written to the bot yet.
var ErrNoConversation = errors.New("no personal conversation with the user is known; they must message the bot first")

// privateNote prefixes a private reply that Teams forces us to post where
// everyone in the conversation sees it. It names no one: an @mention would
// notify the person for a message meant to be discreet.
const privateNote = "(Reply to the last message; Teams cannot show it to its author alone here. Message me directly for private replies.)\n"

// sender delivers the cleared replies to one inbound activity. It knows
// the activity's service URL and conversation, which Destination does not
// carry.
type sender struct {
	a            *Adapter
	serviceURL   string
	channel      string // the event's conversation without its thread
	conversation string // the event's conversation as Teams sent it
	kind         phi.Kind
}

// Send implements bot.Sender:
//
//   - an update (a clicked card) replaces the activity in place (PUT);
//   - a direct message goes to the user's stored personal conversation;
//   - a private reply in a channel or group chat, which Teams cannot show to
//     one person, goes to the user's personal conversation when one is known
//     and the guard redacted the text for the channel (an approved channel's
//     unredacted text must not move to a chat that is not approved);
//     otherwise it is posted in the conversation behind privateNote;
//   - anything else is posted to its conversation (the thread, if any).
//
// It returns the id of the activity sent or updated.
func (s *sender) Send(ctx context.Context, m bot.Outgoing) (string, error) {
	d := m.Destination()
	act := render(m, s.a.displayNames(ctx, d.Workspace, m))
	switch {
	case d.Update != "":
		conv := d.Channel
		if conv == s.channel {
			conv = s.conversation // a channel card lives in its thread
		}
		if err := s.a.Connector.Update(ctx, s.serviceURL, conv, d.Update, act); err != nil {
			return "", err
		}
		return d.Update, nil
	case d.DM != "":
		return s.direct(ctx, d.Workspace, d.DM, act)
	case d.Ephemeral && s.kind != phi.KindDM:
		if !m.Decision().Approved {
			id, err := s.direct(ctx, d.Workspace, d.User, act)
			if !errors.Is(err, ErrNoConversation) {
				return id, err
			}
		}
		act.Text = privateNote + act.Text
	}
	conv := d.Channel
	if d.Thread != "" {
		conv = d.Thread
	}
	return s.a.Connector.Post(ctx, s.serviceURL, conv, act)
}

// ChannelKind implements bot.Sender. The event's conversation has the kind
// Teams gave it; Teams cannot say more of any other, which keeps the kind
// the core gave it (the queue channel).
func (s *sender) ChannelKind(_ context.Context, d bot.Destination) (phi.Kind, error) {
	if d.Channel == s.channel && s.kind != "" {
		return s.kind, nil
	}
	return d.Kind, nil
}

// direct posts act to user's personal conversation.
func (s *sender) direct(ctx context.Context, ws, user string, act *Activity) (string, error) {
	var p map[string]string
	if s.a.Profiles != nil {
		var err error
		if p, err = s.a.Profiles.Profile(ctx, ws, Platform, user); err != nil {
			return "", fmt.Errorf("conversation of %s: %w", user, err)
		}
	}
	ref, ok := referenceFrom(p)
	if !ok {
		s.a.log().Warn("teams user not reachable directly", "tenant", ws, "user", user)
		return "", fmt.Errorf("message %s: %w", user, ErrNoConversation)
	}
	return s.a.Connector.Post(ctx, ref.ServiceURL, ref.Conversation, act)
}
