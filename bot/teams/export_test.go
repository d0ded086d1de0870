package teams

import (
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// ReplySender is the sender of the replies to an activity in conversation
// (of kind) that came through serviceURL, for the contract tests.
func (a *Adapter) ReplySender(serviceURL, conversation string, kind phi.Kind) bot.Sender {
	return &sender{a: a, serviceURL: serviceURL, channel: baseConversation(conversation), conversation: conversation, kind: kind}
}
