package teams

import (
	"strings"

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
	// MSTeams carries the entities of the card's <at> mentions.
	MSTeams *cardTeams `json:"msteams,omitempty"`
	// Refresh makes Teams ask the bot for the card each user sees
	// (Universal Actions): the buttons and text that user may have.
	Refresh *cardRefresh `json:"refresh,omitempty"`
}

type cardRefresh struct {
	Action submitAction `json:"action"`
}

type cardTeams struct {
	Entities []mentionEntity `json:"entities,omitempty"`
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

// submitAction is a card button. A ticket's buttons are Universal Actions
// (Action.Execute): Teams sends an adaptiveCard/action invoke whose verb is
// the command, and shows the card the bot answers with. The Edit button is
// an Action.Submit that fetches a task module; Action.Submit clicks on
// cards posted before arrive as message activities with the data as value.
type submitAction struct {
	Type  string     `json:"type"`
	Title string     `json:"title,omitempty"`
	Verb  string     `json:"verb,omitempty"` // Action.Execute: the command
	Data  submitData `json:"data,omitempty"`
	URL   string     `json:"url,omitempty"` // Action.OpenUrl
}

type submitData struct {
	Action string `json:"action,omitempty"`
	Ticket string `json:"ticket,omitempty"`
	// MSTeams, set on the Edit button, makes Teams fetch a task module
	// (the edit form) instead of posting the click as a message.
	MSTeams *taskFetch `json:"msteams,omitempty"`
}

type taskFetch struct {
	Type string `json:"type"` // "task/fetch"
}

// render turns a cleared message into the activity that shows it. Users
// are shown by display name where the bot knows it (names: id -> name, see
// displayNames), as <at>Name</at> with a mention entity; otherwise "@id".
// Text without such a mention stays plain: user-written text must not
// become links or formatting.
func render(m bot.Outgoing, names map[string]string) *Activity {
	ms := &mentions{names: names}
	text, format := ms.text(m.Spans())
	a := &Activity{Type: "message", Text: text, TextFormat: format}
	a.Entities = ms.entities
	if c := m.Card(); c != nil {
		cm := &mentions{names: names}
		a.Attachments = []schema.Attachment{{ContentType: AdaptiveCardType, Content: cardOf(c, cm)}}
	}
	return a
}

func cardOf(c *bot.Card, ms *mentions) adaptiveCard {
	ac := adaptiveCard{
		Type:    "AdaptiveCard",
		Schema:  "http://adaptivecards.io/schemas/adaptive-card.json",
		Version: "1.4",
		Body:    []cardElement{{Type: "TextBlock", Text: ms.cardText(c.Title), Weight: "Bolder", Size: "Medium", Wrap: true}},
	}
	if len(c.Fields) > 0 {
		fs := cardElement{Type: "FactSet"}
		for _, f := range c.Fields {
			fs.Facts = append(fs.Facts, fact{Title: ms.cardText(f.Label), Value: ms.cardText(f.Value)})
		}
		ac.Body = append(ac.Body, fs)
	}
	for _, b := range c.Buttons {
		ticket := c.TicketID
		if b.Value != "" {
			ticket = b.Value
		}
		data := submitData{Action: b.Action, Ticket: ticket}
		if b.Action == "edit" {
			data.MSTeams = &taskFetch{Type: "task/fetch"}
			ac.Actions = append(ac.Actions, submitAction{Type: "Action.Submit", Title: b.Label, Data: data})
			continue
		}
		ac.Actions = append(ac.Actions, submitAction{Type: "Action.Execute", Title: b.Label, Verb: b.Action, Data: data})
	}
	if strings.HasPrefix(c.Link, "https://") {
		ac.Actions = append(ac.Actions, submitAction{Type: "Action.OpenUrl", Title: "Original message", URL: c.Link})
	}
	if c.TicketID != "" {
		ac.Refresh = &cardRefresh{Action: submitAction{Type: "Action.Execute", Verb: verbRefresh, Data: submitData{Ticket: c.TicketID}}}
	}
	if len(ms.entities) > 0 {
		ac.MSTeams = &cardTeams{Entities: ms.entities}
	}
	return ac
}
