package bot

import (
	"context"
	"slices"
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

// Mux routes commands by name through the command table, and free text to
// one text handler.
type Mux struct {
	table []Command
	names map[string]int // name or alias -> index in table
	text  Handler
	// Ambient handles messages the bot only observed; nil ignores them.
	Ambient    Handler
	middleware []func(Handler) Handler
}

// NewMux returns a Mux that sends free text to text.
func NewMux(text Handler) *Mux { return &Mux{names: map[string]int{}, text: text} }

// Register adds c to the command table. A name or alias registered twice
// is a programming error and panics.
func (m *Mux) Register(c Command) {
	i := len(m.table)
	for _, name := range append([]string{c.Name}, c.Aliases...) {
		name = strings.ToLower(name)
		if _, dup := m.names[name]; dup {
			panic("bot: command " + name + " registered twice")
		}
		m.names[name] = i
	}
	m.table = append(m.table, c)
}

// Handle registers h for command name (without the slash, case-insensitive)
// with no help.
func (m *Mux) Handle(name string, h Handler) {
	m.Register(Command{Name: name, Handler: h, Hidden: true})
}

// HandleFunc registers f for command name.
func (m *Mux) HandleFunc(name string, f func(context.Context, *Writer, *Event) error) {
	m.Handle(name, HandlerFunc(f))
}

// Use adds middleware around every handler the Mux runs: commands, free
// text and ambient messages. The first added is the outermost.
func (m *Mux) Use(mw ...func(Handler) Handler) { m.middleware = append(m.middleware, mw...) }

// Commands returns the command table in registration order.
func (m *Mux) Commands() []Command { return slices.Clone(m.table) }

// Lookup returns the command registered under name or alias.
func (m *Mux) Lookup(name string) (Command, bool) {
	i, ok := m.names[strings.ToLower(name)]
	if !ok {
		return Command{}, false
	}
	return m.table[i], true
}

// Bare splits text typed without a slash into a command and its arguments
// when the table says the text is that command on platform (see
// Command.Bare); ok is false for anything else, which is free text.
func (m *Mux) Bare(platform, text string) (name, args string, ok bool) {
	word, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	rest = strings.TrimSpace(rest)
	c, found := m.Lookup(word)
	if !found || c.Bare == nil || !c.On(platform) || !c.Bare(rest) {
		return "", text, false
	}
	return strings.ToLower(word), rest, true
}

// ServeEvent implements Handler.
func (m *Mux) ServeEvent(ctx context.Context, w *Writer, e *Event) error {
	h, err := m.route(e)
	if err != nil || h == nil {
		return err
	}
	for i := len(m.middleware) - 1; i >= 0; i-- {
		h = m.middleware[i](h)
	}
	return h.ServeEvent(ctx, w, e)
}

// route picks the handler of e, refusing a command the user's roles do
// not allow.
func (m *Mux) route(e *Event) (Handler, error) {
	switch {
	case e.Ambient:
		return m.Ambient, nil
	case e.Command == "":
		return m.text, nil
	}
	c, ok := m.Lookup(e.Command)
	if !ok || !c.On(e.User.Platform) {
		return nil, delegatebot.Errorf(delegatebot.EINVALID, "Unknown command /%s. Try /help.", safeName(e.Command))
	}
	if len(c.Roles) > 0 {
		if err := e.User.Require(c.Can, c.Roles...); err != nil {
			return nil, err
		}
	}
	return c.Handler, nil
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
	sender  Sender // the event's, to ask it about other channels
}

type pending struct {
	dest  Destination
	reply Reply
}

// base is where answers to the event go: its channel, or, for an event
// that came from no channel (a form submission), the user's DM.
func (w *Writer) base() Destination {
	e := w.event
	if e.Channel == "" {
		return Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Kind: phi.KindDM, DM: e.User.ID, User: e.User.ID}
	}
	return Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Channel: e.Channel, Kind: e.ChannelKind,
		Thread: e.Thread, ResponseURL: e.ResponseURL, User: e.User.ID}
}

// Reply answers in the event's channel and thread.
func (w *Writer) Reply(r Reply) { w.pending = append(w.pending, pending{w.base(), r}) }

// Private answers so that only the event's user sees it.
func (w *Writer) Private(r Reply) {
	d := w.base()
	d.Ephemeral, d.User = d.DM == "", w.event.User.ID
	w.pending = append(w.pending, pending{d, r})
}

// Form opens f for the event's user, where the event's Trigger says; the
// guard clears it for the event's channel, which only that user sees it in.
// On an event without a Trigger it does nothing: the handler should check
// CanForm first.
func (w *Writer) Form(f Form) {
	if !w.CanForm() {
		return
	}
	d := w.base()
	d.Ephemeral, d.Trigger = d.DM == "", w.event.Trigger
	w.pending = append(w.pending, pending{d, Reply{Form: &f}})
}

// CanForm reports whether the event's platform can open a form in answer.
func (w *Writer) CanForm() bool { return w.event.Trigger != "" }

// Update replaces the message ref (a card that was clicked) with r.
func (w *Writer) Update(ref string, r Reply) {
	d := w.base()
	d.Update, d.Thread = ref, ""
	w.pending = append(w.pending, pending{d, r})
}

// Notify sends r to user in a direct message.
func (w *Writer) Notify(user string, r Reply) {
	e := w.event
	d := Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Kind: phi.KindDM, DM: user, User: user}
	w.pending = append(w.pending, pending{d, r})
}

// Post sends r to channel, e.g. the assistants' queue.
func (w *Writer) Post(channel string, r Reply) {
	e := w.event
	d := Destination{Platform: e.User.Platform, Workspace: e.Workspace(), Channel: channel, Kind: phi.KindChannel}
	w.pending = append(w.pending, pending{d, r})
}
