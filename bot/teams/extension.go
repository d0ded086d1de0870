package teams

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// CommandDelegateThis is the id of the message extension action "Delegate
// this" in the Teams manifest (composeExtensions): on any message it opens
// the ticket form prefilled from the message, in a task module.
const CommandDelegateThis = "delegateThis"

// The invoke activities the adapter answers. A message extension action
// fetches its task module and submits it; a card's Edit button does the
// same through task/fetch and task/submit.
const (
	invokeFetchTask    = "composeExtension/fetchTask"
	invokeSubmitAction = "composeExtension/submitAction"
	invokeTaskFetch    = "task/fetch"
	invokeTaskSubmit   = "task/submit"
)

// cmdDelegateForm is the command that opens the ticket form (handlers).
const cmdDelegateForm = "delegate.form"

// formTrigger marks an event whose answer may be a form: Teams shows it as
// the task module of the invoke's response.
const formTrigger = "task-module"

// serveInvoke answers an invoke activity in its HTTP response, as Teams
// requires: the task module of a form, or its submission's result.
func (a *Adapter) serveInvoke(w http.ResponseWriter, r *http.Request, act *schema.Activity) {
	if act.Name == invokeCardAction {
		a.serveCardAction(w, r, act)
		return
	}
	ws, userID := tenantOf(act), act.From.AadObjectID
	if ws == "" || userID == "" {
		w.WriteHeader(http.StatusOK)
		return
	}
	e := &bot.Event{
		User:        delegatebot.User{Platform: Platform, Workspace: ws, ID: userID, Name: act.From.Name},
		Channel:     baseConversation(act.Conversation.ID),
		ChannelKind: kindOf(act.Conversation.ConversationType),
		Time:        time.Now(),
		Trigger:     formTrigger,
	}
	if act.LocalTimezone != "" {
		if loc, err := time.LoadLocation(act.LocalTimezone); err == nil {
			e.Location = loc
		}
	}
	ctx := r.Context()
	switch act.Name {
	case invokeFetchTask:
		var v struct {
			CommandID      string `json:"commandId"`
			MessagePayload struct {
				Body struct {
					Content string `json:"content"`
				} `json:"body"`
				LinkToMessage string `json:"linkToMessage"`
			} `json:"messagePayload"`
		}
		remarshal(act.Value, &v)
		if v.CommandID != CommandDelegateThis {
			writeJSON(w, taskMessage("Unknown action."))
			return
		}
		e.Command, e.Text = cmdDelegateForm, htmlText(v.MessagePayload.Body.Content)
		if strings.HasPrefix(v.MessagePayload.LinkToMessage, "https://teams.microsoft.com/") {
			e.Link = v.MessagePayload.LinkToMessage // built by Teams from ids
		}
		a.answerWithForm(ctx, w, act, e)
	case invokeTaskFetch:
		var v struct {
			Data submitData `json:"data"`
		}
		remarshal(act.Value, &v)
		if v.Data.Action == "" {
			writeJSON(w, taskMessage("Unknown action."))
			return
		}
		e.Command, e.Text, e.Card = v.Data.Action, v.Data.Ticket, act.ReplyToID
		a.answerWithForm(ctx, w, act, e)
	case invokeSubmitAction, invokeTaskSubmit:
		var v struct {
			Data map[string]any `json:"data"`
		}
		remarshal(act.Value, &v)
		sub, form, channel, card, ok := submission(v.Data)
		if !ok {
			writeJSON(w, map[string]any{})
			return
		}
		e.Command, e.Submission, e.Trigger, e.Card = form, sub, "", card
		e.Channel, e.ChannelKind = channel, kindOf(act.Conversation.ConversationType)
		if channel != baseConversation(act.Conversation.ID) {
			e.ChannelKind = phi.KindChannel
		}
		a.rememberTenant(ctx, ws, act.ServiceURL)
		a.rememberName(ctx, ws, userID, act.From.Name, act.LocalTimezone)
		s := &sender{a: a, serviceURL: act.ServiceURL, channel: baseConversation(act.Conversation.ID), conversation: act.Conversation.ID, kind: kindOf(act.Conversation.ConversationType)}
		if err := a.Bot.Serve(ctx, e, s); err != nil {
			a.log().Error("teams form submission not fully answered", "tenant", ws, "user", userID, "err", err)
		}
		writeJSON(w, map[string]any{}) // closes the task module
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// answerWithForm runs e through the bot and answers the invoke with the
// form it produced, as a task module; anything else it said (an error, a
// refusal) is shown as the task module's message.
func (a *Adapter) answerWithForm(ctx context.Context, w http.ResponseWriter, act *schema.Activity, e *bot.Event) {
	a.rememberName(ctx, e.Workspace(), e.User.ID, act.From.Name, act.LocalTimezone)
	c := &formCollector{kind: e.ChannelKind}
	if err := a.Bot.Serve(ctx, e, c); err != nil {
		a.log().Error("teams form not built", "tenant", e.Workspace(), "user", e.User.ID, "err", err)
	}
	for _, m := range c.out {
		if f := m.Form(); f != nil {
			writeJSON(w, map[string]any{"task": map[string]any{"type": "continue", "value": map[string]any{
				"title": f.Title, "height": "large", "width": "medium",
				"card": map[string]any{"contentType": AdaptiveCardType, "content": formCard(f, e.Channel, e.Card)},
			}}})
			return
		}
	}
	var texts []string
	for _, m := range c.out {
		texts = append(texts, m.Text())
	}
	writeJSON(w, taskMessage(strings.Join(texts, "\n")))
}

// formCollector is a bot.Sender that keeps what the guard cleared for an
// invoke's answer instead of posting it.
type formCollector struct {
	mu   sync.Mutex
	kind phi.Kind
	out  []bot.Outgoing
}

func (c *formCollector) Send(_ context.Context, m bot.Outgoing) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.out = append(c.out, m)
	return "", nil
}

// ChannelKind implements bot.Sender: the conversation has the kind Teams
// gave it; the task module is shown to the user alone, there.
func (c *formCollector) ChannelKind(_ context.Context, d bot.Destination) (phi.Kind, error) {
	if c.kind != "" {
		return c.kind, nil
	}
	return d.Kind, nil
}

// formData is the hidden data of a form's submit action: ids and hashes,
// never text.
type formData struct {
	Form    string            `json:"form"`
	Ref     string            `json:"ref,omitempty"`
	Channel string            `json:"channel,omitempty"`
	Card    string            `json:"card,omitempty"`
	Initial map[string]string `json:"initial"`
	Multi   []string          `json:"multi,omitempty"` // fields whose value is a comma-separated list
}

// formCard renders a cleared form as an Adaptive Card of inputs whose ids
// are the fields' names. Teams merges the inputs' values into the submit
// action's data.
func formCard(f *bot.Form, channel, card string) adaptiveForm {
	data := formData{Form: f.Submit, Ref: f.Ref, Channel: channel, Card: card, Initial: map[string]string{}}
	ac := adaptiveForm{Type: "AdaptiveCard", Schema: "http://adaptivecards.io/schemas/adaptive-card.json", Version: "1.4"}
	if len(f.Context) > 0 {
		ac.Body = append(ac.Body, map[string]any{"type": "TextBlock", "text": f.Context.String(), "wrap": true, "isSubtle": true})
	}
	for _, fd := range f.Fields {
		in := map[string]any{"id": fd.Name, "label": fd.Label, "isRequired": !fd.Optional}
		initial := []string{fd.Value}
		switch fd.Type {
		case bot.FieldSelect:
			var choices []map[string]string
			for _, o := range fd.Options {
				choices = append(choices, map[string]string{"title": o.Label, "value": o.Value})
			}
			in["type"], in["choices"], in["style"], in["value"] = "Input.ChoiceSet", choices, "compact", fd.Value
		case bot.FieldUsers:
			// A people picker: Teams searches the organisation's directory.
			in["type"], in["isMultiSelect"] = "Input.ChoiceSet", true
			in["choices"] = []any{}
			in["choices.data"] = map[string]string{"type": "Data.Query", "dataset": "graph.microsoft.com/users"}
			in["value"] = strings.Join(fd.Values, ",")
			initial = fd.Values
			data.Multi = append(data.Multi, fd.Name)
		case bot.FieldDate:
			in["type"], in["value"] = "Input.Date", fd.Value
		case bot.FieldTime:
			in["type"], in["value"] = "Input.Time", fd.Value
		default:
			in["type"], in["value"], in["isMultiline"] = "Input.Text", fd.Value, fd.Type == bot.FieldLongText
		}
		data.Initial[fd.Name] = bot.ValueHash(initial)
		ac.Body = append(ac.Body, in)
	}
	ac.Actions = []map[string]any{{"type": "Action.Submit", "title": f.Button, "data": data}}
	return ac
}

type adaptiveForm struct {
	Type    string           `json:"type"`
	Schema  string           `json:"$schema"`
	Version string           `json:"version"`
	Body    []map[string]any `json:"body"`
	Actions []map[string]any `json:"actions"`
}

// submission reads a submitted form card: the inputs that changed from
// their initial values, and the form's hidden data.
func submission(raw map[string]any) (sub *bot.Submission, form, channel, card string, ok bool) {
	var d formData
	remarshal(raw, &d)
	if d.Form == "" || d.Initial == nil {
		return nil, "", "", "", false
	}
	sub = &bot.Submission{Ref: d.Ref, Values: map[string][]string{}}
	for name, h := range d.Initial {
		s, _ := raw[name].(string)
		vals := []string{s}
		if slices.Contains(d.Multi, name) {
			vals = strings.Split(s, ",")
		}
		if bot.ValueHash(vals) != h {
			sub.Values[name] = vals
		}
	}
	return sub, strings.ToLower(d.Form), d.Channel, d.Card, true
}

func taskMessage(text string) map[string]any {
	if text == "" {
		text = "Done."
	}
	return map[string]any{"task": map[string]any{"type": "message", "value": text}}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(v)
}

// remarshal decodes a loosely typed activity value into dst.
func remarshal(v any, dst any) {
	b, err := json.Marshal(v)
	if err == nil {
		_ = json.Unmarshal(b, dst) // a malformed value leaves dst empty
	}
}

var htmlTag = regexp.MustCompile(`(?s)<[^>]*>`)

// htmlText is the text of a message's HTML body: tags dropped (line breaks
// kept), entities decoded.
func htmlText(s string) string {
	s = strings.NewReplacer("<br>", "\n", "<br/>", "\n", "<br />", "\n", "</p>", "\n").Replace(s)
	s = htmlTag.ReplaceAllString(s, "")
	s = strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
	return strings.TrimSpace(s)
}
