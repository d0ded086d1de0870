package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// Sender is the contract of an adapter's outbound side; the sender contract
// tests (internal/testkit.RunSenderContract) hold every adapter to it.
//
// Send delivers one cleared message and returns the platform's reference to
// it, if any. It renders the message's spans in the platform's own form:
// literal text escaped so that nothing a user typed becomes markup, mentions
// (Span.User) and channel references (Span.Channel) as the platform writes
// them. A destination with DM set goes to that user's direct conversation,
// which the adapter opens or finds. Ephemeral, Update and Thread are honoured
// where the platform has them.
//
// ChannelKind tells what kind of place a channel destination is (a channel
// shared with another organisation is phi.KindExternal). The bot asks it
// before the guard decides; an error counts as KindExternal, so the guard
// fails closed. A sender that knows no better returns d.Kind.
type Sender interface {
	Send(ctx context.Context, m Outgoing) (ref string, err error)
	ChannelKind(ctx context.Context, d Destination) (phi.Kind, error)
}

// Outgoing is a reply the guard cleared for its destination. Its fields are
// unexported and it is built only from a phi.Cleared, so an adapter that
// accepts Outgoing values cannot be handed anything the guard did not see.
type Outgoing struct {
	dest     Destination
	reply    Reply
	decision phi.Decision
}

func newOutgoing(dest Destination, shape Reply, c phi.Cleared) Outgoing {
	return Outgoing{dest: dest, reply: shape.withTexts(c.Texts()), decision: c.Decision()}
}

// Destination is where the message goes.
func (o Outgoing) Destination() Destination { return o.dest }

// Text is the message text as cleared, in plain form (mentions as "@id").
func (o Outgoing) Text() string { return o.reply.Text.String() }

// Spans is the message text as cleared, for the adapter to render.
func (o Outgoing) Spans() Text { return append(Text(nil), o.reply.Text...) }

// Card is the ticket card as cleared, or nil. It is a copy.
func (o Outgoing) Card() *Card {
	if o.reply.Card == nil {
		return nil
	}
	return o.reply.withTexts(o.reply.texts()).Card
}

// Decision is what the guard did with the message.
func (o Outgoing) Decision() phi.Decision { return o.decision }

// Auditor records audit entries; storage.Store implements it.
type Auditor interface {
	Audit(ctx context.Context, e delegatebot.AuditEntry) error
}

// Deduper reports whether an event id is delivered for the first time.
type Deduper interface {
	FirstDelivery(ctx context.Context, workspace, eventID string, ttl time.Duration) (bool, error)
}

// Directory fills in what a user may do: roles, PHI clearance and the
// executives an assistant supports.
type Directory interface {
	Identify(ctx context.Context, u *delegatebot.User) error
}

// Bot runs events through a handler and sends the replies through the guard.
type Bot struct {
	Handler Handler
	Guard   *phi.Guard
	Users   Directory    // nil leaves users without roles
	Audit   Auditor      // guard decisions and refusals; nil records nothing
	Dedupe  Deduper      // nil keeps every delivery
	Log     *slog.Logger // ids, types and counts only; never text
	// OnGuard, when set, sees every guard decision (for metrics).
	OnGuard func(d Destination, dec phi.Decision)
	// EventContext, when set, derives the context of one event's handling
	// and sending, e.g. to read the sender's state and the channel policy
	// once for the event (storage.WithEvent).
	EventContext func(context.Context, *Event) context.Context
	// View is how much of a ticket destinations not approved for PHI are
	// shown; empty is ViewRedacted.
	View View
}

// DedupeTTL is how long an event id is remembered. Slack retries for about
// an hour at most.
const DedupeTTL = 24 * time.Hour

// Deduped reports whether Serve asks the Dedupe whether e is a first
// delivery (FirstDelivery with e.ID and DedupeTTL): an EventContext may
// prepare that question with the event's other reads.
func Deduped(e *Event) bool { return e.ID != "" && !e.Retry }

// Serve handles e and sends its replies with s. It returns an error only when
// a reply could not be delivered; the user has then seen what could be sent.
func (b *Bot) Serve(ctx context.Context, e *Event, s Sender) error {
	ctx = b.Begin(ctx, e)
	w := &Writer{event: e}
	w.sender = s
	err := b.prepare(ctx, e)
	if errors.Is(err, errDuplicate) {
		b.log().Info("duplicate delivery dropped", "event", e.ID, "workspace", e.Workspace())
		return nil
	}
	if err == nil {
		err = b.Handler.ServeEvent(ctx, w, e)
	}
	if err != nil && e.Retry && delegatebot.ErrorCode(err) == delegatebot.EINTERNAL {
		return &RetryError{Err: err}
	}
	if err != nil {
		b.fail(ctx, w, e, err)
	}
	var errs []error
	for _, p := range w.pending {
		if err := b.send(ctx, s, e, p.dest, p.reply, true); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Begin returns the context of e's handling (EventContext). An adapter
// that reads for the event before Serve (the user's time zone) calls it
// first and passes the result to Serve, which then keeps it.
func (b *Bot) Begin(ctx context.Context, e *Event) context.Context {
	if b.EventContext == nil || ctx.Value(begunKey{}) == e {
		return ctx
	}
	return context.WithValue(b.EventContext(ctx, e), begunKey{}, e)
}

type begunKey struct{}

var errDuplicate = errors.New("duplicate delivery")

// RetryError is returned by Serve for an event marked Retry that failed for
// a reason other than the user's input (Redis unreachable, say). Nothing was
// sent; the adapter should deliver the event again later.
type RetryError struct{ Err error }

func (e *RetryError) Error() string { return "event not handled, retry later: " + e.Err.Error() }
func (e *RetryError) Unwrap() error { return e.Err }

func (b *Bot) prepare(ctx context.Context, e *Event) error {
	if len(e.Text) > MaxTextBytes {
		return delegatebot.Errorf(delegatebot.EINVALID, "That message is too long (over %d KB). Please shorten it.", MaxTextBytes>>10)
	}
	if !utf8.ValidString(e.Text) {
		e.Text = strings.ToValidUTF8(e.Text, "\uFFFD")
	}
	if b.Dedupe != nil && Deduped(e) {
		first, err := b.Dedupe.FirstDelivery(ctx, e.Workspace(), e.ID, DedupeTTL)
		if err != nil {
			return fmt.Errorf("dedupe: %w", err)
		} else if !first {
			return errDuplicate
		}
	}
	if b.Users != nil {
		if err := b.Users.Identify(ctx, &e.User); err != nil {
			return fmt.Errorf("identify user: %w", err)
		}
	}
	return nil
}

// fail shows err to the user privately, in place of anything the handler
// queued: a failed command must not leave half its replies behind.
func (b *Bot) fail(ctx context.Context, w *Writer, e *Event, err error) {
	w.pending = nil
	code := delegatebot.ErrorCode(err)
	if code == delegatebot.EINTERNAL {
		b.log().Error("event failed", "event", e.ID, "workspace", e.Workspace(), "user", e.User.ID,
			"command", safeName(e.Command), "err", err)
	}
	if code == delegatebot.EFORBIDDEN {
		b.audit(ctx, refusal(e))
	}
	w.Private(Reply{Text: errorText(err)})
}

// Send clears one reply for d with the guard and delivers it with s. It is
// for messages not caused by an event (reminders, digests); event replies go
// through Serve.
func (b *Bot) Send(ctx context.Context, s Sender, d Destination, r Reply) error {
	return b.send(ctx, s, nil, d, r, false)
}

// send clears and delivers one reply. When the guard blocks it and explain is
// set, the event's user is told privately which PHI types stopped it.
func (b *Bot) send(ctx context.Context, s Sender, e *Event, d Destination, r Reply, explain bool) error {
	if d.Channel != "" && d.Kind != phi.KindDM && d.DM == "" {
		k, err := s.ChannelKind(ctx, d)
		if err != nil {
			b.log().Warn("channel kind unknown; treating it as external", "workspace", d.Workspace, "channel", d.Channel, "err", err)
			k = phi.KindExternal
		}
		d.Kind = k
	}
	r, c, err := b.clear(ctx, d, r)
	var blocked *phi.BlockedError
	switch {
	case errors.As(err, &blocked):
		b.observe(d, blocked.Decision)
		b.recordGuard(ctx, d, blocked.Decision)
		if !explain || e == nil {
			return nil
		}
		w := &Writer{event: e}
		w.Private(Reply{Text: Plain(blockedText(blocked.Decision))})
		return b.send(ctx, s, e, w.pending[0].dest, w.pending[0].reply, false)
	case err != nil:
		return fmt.Errorf("guard: %w", err)
	}
	b.observe(d, c.Decision())
	if c.Decision().Found() || c.Decision().PolicyDown {
		b.recordGuard(ctx, d, c.Decision())
	}
	if _, err := s.Send(ctx, newOutgoing(d, r, c)); err != nil {
		b.log().Error("send failed", "workspace", d.Workspace, "channel", d.Channel, "user", d.User, "err", err)
		return fmt.Errorf("send to %s: %w", d.Channel+d.DM, err)
	}
	return nil
}

// clear passes r through the guard for d, falling back to r's minimal
// forms (Reply.Minimal) where the guard blocks r or the view keeps
// unapproved destinations to the minimum. It returns the form it cleared.
func (b *Bot) clear(ctx context.Context, d Destination, r Reply) (Reply, phi.Cleared, error) {
	for {
		c, err := b.Guard.ClearTerms(ctx, d.phi(), r.PHI, r.texts()...)
		var blocked *phi.BlockedError
		isBlocked := errors.As(err, &blocked)
		minimal := err == nil && b.View == ViewMinimal && !c.Decision().Approved
		if r.Minimal == nil || !isBlocked && !minimal {
			return r, c, err
		}
		if isBlocked {
			b.observe(d, blocked.Decision)
			b.recordGuard(ctx, d, blocked.Decision)
		}
		next := *r.Minimal
		next.PHI = append(append([]phi.Term(nil), r.PHI...), next.PHI...)
		r = next
	}
}

func blockedText(d phi.Decision) string {
	return "Not sent: the message contains protected health information (" + strings.Join(d.Names(), ", ") +
		"). It may only be posted in a channel approved for PHI; an admin can list them with /phi list."
}

func (b *Bot) observe(d Destination, dec phi.Decision) {
	if b.OnGuard != nil {
		b.OnGuard(d, dec)
	}
}

func (b *Bot) recordGuard(ctx context.Context, d Destination, dec phi.Decision) {
	b.log().Info("guard", "workspace", d.Workspace, "channel", d.Channel, "kind", string(d.Kind), "decision", dec.Detail())
	b.audit(ctx, delegatebot.AuditEntry{Workspace: d.Workspace, Actor: "bot", Action: "guard." + string(dec.Action),
		Channel: d.Channel, Detail: dec.Detail() + " kind=" + string(d.Kind)})
}

func (b *Bot) audit(ctx context.Context, entry delegatebot.AuditEntry) {
	if b.Audit == nil || entry.Workspace == "" {
		return
	}
	if err := b.Audit.Audit(ctx, entry); err != nil {
		b.log().Error("audit failed", "workspace", entry.Workspace, "action", entry.Action, "err", err)
	}
}

func (b *Bot) log() *slog.Logger {
	if b.Log == nil {
		return slog.Default()
	}
	return b.Log
}

// Bare splits text typed without a slash into a command and its arguments
// when the bot's command table (its Handler, a *Mux) says the text is one on
// platform; adapters of platforms without slash commands use it. With
// another Handler nothing is a bare command.
func (b *Bot) Bare(platform, text string) (name, args string, ok bool) {
	if m, isMux := b.Handler.(*Mux); isMux {
		return m.Bare(platform, text)
	}
	return "", text, false
}
