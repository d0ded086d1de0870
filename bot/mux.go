package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// Handler handles one event, writing its replies to w. An error with a
// delegatebot.Error code is shown to the user privately; any other error
// shows "Internal error." and is logged by event id.
type Handler interface {
	ServeEvent(ctx context.Context, w *Writer, e *Event) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, w *Writer, e *Event) error

// ServeEvent calls f.
func (f HandlerFunc) ServeEvent(ctx context.Context, w *Writer, e *Event) error { return f(ctx, w, e) }

// Mux routes commands by name and free text to one text handler.
type Mux struct {
	commands map[string]Handler
	text     Handler
	// Ambient handles messages the bot only observed; nil ignores them.
	Ambient Handler
}

// NewMux returns a Mux that sends free text to text.
func NewMux(text Handler) *Mux { return &Mux{commands: map[string]Handler{}, text: text} }

// Handle registers h for command name (without the slash, case-insensitive).
func (m *Mux) Handle(name string, h Handler) { m.commands[strings.ToLower(name)] = h }

// HandleFunc registers f for command name.
func (m *Mux) HandleFunc(name string, f func(context.Context, *Writer, *Event) error) {
	m.Handle(name, HandlerFunc(f))
}

// Commands lists the registered command names, sorted.
func (m *Mux) Commands() []string {
	out := make([]string, 0, len(m.commands))
	for name := range m.commands {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// ServeEvent implements Handler.
func (m *Mux) ServeEvent(ctx context.Context, w *Writer, e *Event) error {
	if e.Ambient {
		if m.Ambient == nil {
			return nil
		}
		return m.Ambient.ServeEvent(ctx, w, e)
	}
	if e.Command == "" {
		return m.text.ServeEvent(ctx, w, e)
	}
	h, ok := m.commands[strings.ToLower(e.Command)]
	if !ok {
		return delegatebot.Errorf(delegatebot.EINVALID, "Unknown command /%s. Try /help.", safeName(e.Command))
	}
	return h.ServeEvent(ctx, w, e)
}

// safeName trims a user-typed command name to something safe to echo.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= 24 {
			break
		}
		if r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Writer collects a handler's replies. Nothing is sent until the handler
// returns; then each reply passes the guard on its way out.
type Writer struct {
	event   *Event
	pending []pending
	kinds   KindResolver // the sender's, when it can tell channel kinds
}

type pending struct {
	dest  Destination
	reply Reply
}

func (w *Writer) base() Destination {
	e := w.event
	return Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Channel: e.Channel, Kind: e.ChannelKind,
		Thread: e.Thread, ResponseURL: e.ResponseURL, User: e.User.ID}
}

// Reply answers in the event's channel and thread.
func (w *Writer) Reply(r Reply) { w.pending = append(w.pending, pending{w.base(), r}) }

// Private answers so that only the event's user sees it.
func (w *Writer) Private(r Reply) {
	d := w.base()
	d.Ephemeral, d.User = true, w.event.User.ID
	w.pending = append(w.pending, pending{d, r})
}

// Update replaces the message ref (a card that was clicked) with r.
func (w *Writer) Update(ref string, r Reply) {
	d := w.base()
	d.Update, d.Thread = ref, ""
	w.pending = append(w.pending, pending{d, r})
}

// Notify sends r to user in a direct message.
func (w *Writer) Notify(user string, r Reply) {
	e := w.event
	d := Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Kind: phi.KindDM, User: user}
	w.pending = append(w.pending, pending{d, r})
}

// Post sends r to channel, e.g. the assistants' queue.
func (w *Writer) Post(channel string, r Reply) {
	e := w.event
	d := Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Channel: channel, Kind: phi.KindChannel}
	w.pending = append(w.pending, pending{d, r})
}
