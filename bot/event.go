// Package bot is the platform-neutral core of delegatebot. Adapters (Slack,
// Teams, the console) turn platform payloads into an Event and hand it to a
// Bot; the Bot routes it to a Handler, collects the handler's replies, passes
// every one of them through the PHI guard and gives the adapter only what the
// guard cleared (Outgoing), so no reply can leave around the guard.
package bot

import (
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// MaxTextBytes bounds the text of an inbound message; longer messages are
// refused with a clear error rather than parsed or stored.
const MaxTextBytes = 8 << 10

// Event is one thing a user did: a message, a command or a button click.
type Event struct {
	ID string // platform event id, for dropping redeliveries; may be empty
	// Retry is set by an adapter that delivers the event again when Serve
	// fails (a durable queue): Serve then returns internal errors instead of
	// telling the user, and leaves dropping duplicates to the queue and to
	// idempotent ticket creation.
	Retry       bool
	User        delegatebot.User // who; Roles are filled in by the core
	Channel     string           // where; a channel, DM or conversation id
	ChannelKind phi.Kind
	Thread      string // thread to reply in, if any
	Message     string // the platform's reference to the message, if any
	// Card is set for a button click: the reference of the message holding
	// the clicked card, so the handler can update it in place.
	Card string

	// Ambient marks a message the bot only observed (a channel message not
	// addressed to it); it goes to the Mux's Ambient handler, never creates
	// a ticket, and gets no public reply.
	Ambient bool

	// Command is the command name without a slash ("claim", "tickets") or ""
	// for free text. Text is the free text or the command's arguments.
	Command string
	Text    string

	// Trigger, set by adapters that can open forms, lets a handler answer
	// with one (Writer.Form): Slack's trigger_id.
	Trigger string
	// Submission holds a submitted form's values (Command is its Submit).
	Submission *Submission
	// Link is a URL of the message the event is about (a Slack permalink),
	// when an adapter knows one.
	Link string

	// ResponseURL is where the platform accepts answers to this event even
	// where the bot cannot post (Slack's response_url of a slash command).
	ResponseURL string

	Time     time.Time      // when it happened
	Location *time.Location // the user's time zone; nil means the configured default
}

// Workspace is the event's workspace id.
func (e *Event) Workspace() string { return e.User.Workspace }

// Now is the event's time in the user's time zone.
func (e *Event) Now() time.Time {
	t := e.Time
	if t.IsZero() {
		t = time.Now()
	}
	if e.Location != nil {
		t = t.In(e.Location)
	}
	return t
}

// Destination is where a reply goes.
type Destination struct {
	Platform  string
	Workspace string
	Channel   string   // channel or conversation id; empty for a direct message (DM)
	Kind      phi.Kind // decides which PHI policy applies
	// DM, when set, is the user to write to directly: the adapter opens or
	// finds that user's conversation with the bot. Kind is then KindDM.
	DM        string
	User      string // for an ephemeral reply: the user who sees it; for a reply: who asked
	Thread    string
	Ephemeral bool   // only User sees it, in Channel
	Update    string // a message reference to replace instead of posting anew
	Trigger   string // for a Form: the event's Trigger
	// ResponseURL, for answers to an event, is the event's ResponseURL: an
	// adapter may answer there when it cannot post in Channel.
	ResponseURL string
}

func (d Destination) phi() phi.Destination {
	return phi.Destination{Workspace: d.Workspace, Channel: d.Channel, Kind: d.Kind}
}
