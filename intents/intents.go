// Package intents turns a chat message into a structured delegatebot.Request.
// The offline parser (Rules) is the default: a compositional time grammar,
// a learned intent classifier with embedded weights, and rules that read
// the slots of the chosen ask. README.md says how the classifier is trained.
package intents

import (
	"context"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Parser turns the text of a message into a Request. now is the moment the
// message was written, in the writer's time zone: relative times ("tomorrow at
// 3") resolve against it.
type Parser interface {
	Parse(ctx context.Context, text string, now time.Time) (delegatebot.Request, error)
	// Answer reads a reply to a follow-up question about a request of
	// intent in: its times and people, as if it were part of that request.
	Answer(ctx context.Context, text string, now time.Time, in delegatebot.Intent) (delegatebot.Request, error)
}
