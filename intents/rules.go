package intents

import (
	"context"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
)

// Rules is the offline rule-based parser. The zero value is ready to use.
type Rules struct{}

// Parse implements Parser. A first, deliberately small version: the parsing
// issue replaces it.
func (Rules) Parse(ctx context.Context, text string, now time.Time) (delegatebot.Request, error) {
	t := strings.ToLower(text)
	r := delegatebot.Request{Intent: delegatebot.IntentTask, Priority: delegatebot.PriorityNormal, Confidence: 0.3}
	switch {
	case strings.Contains(t, "move") || strings.Contains(t, "reschedule"):
		r.Intent = delegatebot.IntentReschedule
	case strings.Contains(t, "schedule") || strings.Contains(t, "set up"):
		r.Intent = delegatebot.IntentSchedule
	case strings.Contains(t, "thank"):
		r.Intent, r.Priority = delegatebot.IntentNone, ""
	}
	return r, nil
}
