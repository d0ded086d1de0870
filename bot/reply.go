package bot

import (
	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/phi"
)

// Reply is a message a handler wants to send: text, a ticket card, or both.
type Reply struct {
	Text Text
	Card *Card
	// PHI lists values known to be PHI in what the reply is about (the
	// PHI values of the tickets it shows): outside approved destinations
	// the guard redacts each of them wherever it occurs, in any field, as
	// well as what its own scan finds.
	PHI []phi.Term
	// Minimal, when set, is the same message with only what any
	// destination may show (a ticket's id, intent, requester, status,
	// priority and dates, and where its details are). The bot sends it
	// instead of the reply where the guard would block the reply (block
	// mode) and, in the minimal view, to every destination not approved for
	// PHI. It may have a Minimal of its own, tried next.
	Minimal *Reply
	// Form, when set, is a dialog to open for the event's user (see Form);
	// the destination's Trigger says where.
	Form *Form
}

// Card shows one ticket with the actions the viewer may take on it. Adapters
// render it as Block Kit, an Adaptive Card or plain text.
type Card struct {
	TicketID string // "DEL-42"; an id, not text
	Title    Text
	Fields   []Field
	Buttons  []Button
	// Link is the URL of the message the ticket was opened from. The
	// adapter built it from platform ids (a Slack permalink), never from
	// what a user wrote, so the guard does not read it (it would take any
	// URL for PHI); adapters show it as a link.
	Link string
}

// Field is a labelled value on a card.
type Field struct {
	Label Text
	Value Text
}

// Button is an action on a card. Action is a command name ("claim") that the
// adapter sends back with the card's TicketID when the button is clicked;
// Style is how prominent the adapter makes it.
type Button struct {
	Action string
	Label  string
	Style  delegatebot.ButtonStyle
	// Value, when set, is sent back with the click instead of the card's
	// TicketID: command arguments made of ids ("queue after DEL-12"),
	// never text.
	Value string
}

// texts flattens every human-readable string of r, in a fixed order, for the
// guard, with mentions and channels in their plain form; withTexts puts the
// cleared strings back in the same order.
func (r Reply) texts() []string {
	out := []string{r.Text.String()}
	if c := r.Card; c != nil {
		out = append(out, c.Title.String())
		for _, f := range c.Fields {
			out = append(out, f.Label.String(), f.Value.String())
		}
		for _, b := range c.Buttons {
			out = append(out, b.Label)
		}
	}
	if r.Form != nil {
		out = append(out, r.Form.texts()...)
	}
	return out
}

func (r Reply) withTexts(ts []string) Reply {
	out := Reply{Text: r.Text.cleared(ts[0])}
	if c := r.Card; c != nil {
		i := 1
		next := func() string { s := ts[i]; i++; return s }
		nc := &Card{TicketID: c.TicketID, Title: c.Title.cleared(next()), Link: c.Link}
		for _, f := range c.Fields {
			nc.Fields = append(nc.Fields, Field{Label: f.Label.cleared(next()), Value: f.Value.cleared(next())})
		}
		for _, b := range c.Buttons {
			nc.Buttons = append(nc.Buttons, Button{Action: b.Action, Label: next(), Style: b.Style, Value: b.Value})
		}
		out.Card = nc
		ts = ts[i:]
	} else {
		ts = ts[1:]
	}
	if r.Form != nil {
		out.Form = r.Form.withTexts(ts)
	}
	return out
}
