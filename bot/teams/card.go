package teams

import (
	"github.com/delegatebot/delegatebot/bot"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// AdaptiveCardType is the attachment content type of an Adaptive Card.
const AdaptiveCardType = "application/vnd.microsoft.card.adaptive"

// adaptiveCard is the subset of the Adaptive Card schema (version 1.4, the
// newest every Teams client renders) that a ticket card needs.
type adaptiveCard struct {
	Type    string         `json:"type"`
	Schema  string         `json:"$schema"`
	Version string         `json:"version"`
	Body    []cardElement  `json:"body"`
	Actions []submitAction `json:"actions,omitempty"`
}

type cardElement struct {
	Type   string `json:"type"`
	Text   string `json:"text,omitempty"`
	Weight string `json:"weight,omitempty"`
	Size   string `json:"size,omitempty"`
	Wrap   bool   `json:"wrap,omitempty"`
	Facts  []fact `json:"facts,omitempty"`
}

type fact struct {
	Title string `json:"title"`
	Value string `json:"value"`
}

// submitAction is a card button. Teams delivers its data as the value of a
// message activity, which the adapter turns back into the command.
type submitAction struct {
	Type  string     `json:"type"`
	Title string     `json:"title"`
	Data  submitData `json:"data"`
}

type submitData struct {
	Action string `json:"action"`
	Ticket string `json:"ticket"`
}

// plainText renders t for Teams. Mentions are written "@id" and channels
// "#id", the form the PHI guard read: a display name (or an <at> mention,
// which shows one) is text the guard never saw, so it is not used.
func plainText(t bot.Text) string { return t.String() }

// render turns a cleared message into the activity that shows it.
func render(m bot.Outgoing) *Activity {
	// Plain text: user-written text must not become links or formatting.
	a := &Activity{Type: "message", Text: plainText(m.Spans()), TextFormat: "plain"}
	if c := m.Card(); c != nil {
		a.Attachments = []schema.Attachment{{ContentType: AdaptiveCardType, Content: cardOf(c)}}
	}
	return a
}

func cardOf(c *bot.Card) adaptiveCard {
	ac := adaptiveCard{
		Type:    "AdaptiveCard",
		Schema:  "http://adaptivecards.io/schemas/adaptive-card.json",
		Version: "1.4",
		Body:    []cardElement{{Type: "TextBlock", Text: plainText(c.Title), Weight: "Bolder", Size: "Medium", Wrap: true}},
	}
	if len(c.Fields) > 0 {
		fs := cardElement{Type: "FactSet"}
		for _, f := range c.Fields {
			fs.Facts = append(fs.Facts, fact{Title: plainText(f.Label), Value: plainText(f.Value)})
		}
		ac.Body = append(ac.Body, fs)
	}
	for _, b := range c.Buttons {
		ac.Actions = append(ac.Actions, submitAction{Type: "Action.Submit", Title: b.Label,
			Data: submitData{Action: b.Action, Ticket: c.TicketID}})
	}
	return ac
}
