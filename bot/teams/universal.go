package teams

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// invokeCardAction is the invoke of a Universal Action (Action.Execute).
const invokeCardAction = "adaptiveCard/action"

// verbRefresh is the verb of a card's refresh action: Teams asks for the
// card as the user viewing it should see it.
const verbRefresh = "refresh"

// serveCardAction answers an Action.Execute on a ticket card. The verb
// "refresh" answers with the card as the viewer may see it (the status
// command, run as them: their buttons, and the request's original text only
// for its requester or cleared users, where the guard allows). Any other
// verb runs that command on the ticket: the card is updated for everyone
// (the connector), the clicker gets the new card in the response, and a
// refusal is shown to the clicker alone, in the response.
func (a *Adapter) serveCardAction(w http.ResponseWriter, r *http.Request, act *schema.Activity) {
	var v struct {
		Action struct {
			Verb string     `json:"verb"`
			Data submitData `json:"data"`
		} `json:"action"`
	}
	remarshal(act.Value, &v)
	ws, userID := tenantOf(act), act.From.AadObjectID
	verb, ticket := strings.ToLower(v.Action.Verb), v.Action.Data.Ticket
	if ws == "" || userID == "" || verb == "" || !bot.IsTicketID(ticket) {
		writeJSON(w, cardMessage("Unknown action."))
		return
	}
	ctx := r.Context()
	e := &bot.Event{
		User:        delegatebot.User{Platform: Platform, Workspace: ws, ID: userID, Name: act.From.Name},
		Channel:     baseConversation(act.Conversation.ID),
		ChannelKind: kindOf(act.Conversation.ConversationType),
		Command:     verb,
		Text:        ticket,
		Time:        time.Now(),
	}
	a.rememberTenant(ctx, ws, act.ServiceURL)
	a.rememberName(ctx, ws, userID, act.From.Name, act.LocalTimezone)
	if verb == verbRefresh {
		e.Command = "status"
		c := &formCollector{kind: e.ChannelKind}
		if err := a.Bot.Serve(ctx, e, c); err != nil {
			a.log().Error("teams card refresh failed", "tenant", ws, "user", userID, "err", err)
		}
		a.answerCard(ctx, w, ws, c.out, false)
		return
	}
	e.ID, e.Card = act.ID, act.ReplyToID
	real := &sender{a: a, serviceURL: act.ServiceURL, channel: e.Channel, conversation: act.Conversation.ID, kind: e.ChannelKind}
	t := &teeSender{next: real}
	if err := a.Bot.Serve(ctx, e, t); err != nil {
		a.log().Error("teams card action not fully answered", "tenant", ws, "user", userID, "err", err)
	}
	a.answerCard(ctx, w, ws, t.kept, true)
}

// answerCard answers an Action.Execute with the first card among out (the
// clicked card as updated), else with their text as a message.
func (a *Adapter) answerCard(ctx context.Context, w http.ResponseWriter, ws string, out []bot.Outgoing, updatesOnly bool) {
	var texts []string
	for _, m := range out {
		if c := m.Card(); c != nil && (!updatesOnly || m.Destination().Update != "") {
			writeJSON(w, map[string]any{"statusCode": http.StatusOK, "type": AdaptiveCardType,
				"value": cardOf(c, &mentions{names: a.displayNames(ctx, ws, m)})})
			return
		}
		if t := m.Text(); t != "" {
			texts = append(texts, t)
		}
	}
	writeJSON(w, cardMessage(strings.Join(texts, "\n")))
}

// cardMessage is an Action.Execute answer that shows text and leaves the
// card as it is.
func cardMessage(text string) map[string]any {
	if text == "" {
		text = "Done."
	}
	return map[string]any{"statusCode": http.StatusOK, "type": "application/vnd.microsoft.activity.message", "value": text}
}

// teeSender passes messages to next, except private answers to the
// clicker, which an Action.Execute shows in its response instead; it keeps
// both for the response.
type teeSender struct {
	next bot.Sender
	mu   sync.Mutex
	kept []bot.Outgoing
}

func (t *teeSender) Send(ctx context.Context, m bot.Outgoing) (string, error) {
	t.mu.Lock()
	t.kept = append(t.kept, m)
	t.mu.Unlock()
	if m.Destination().Ephemeral {
		return "", nil
	}
	return t.next.Send(ctx, m)
}

func (t *teeSender) ChannelKind(ctx context.Context, d bot.Destination) (phi.Kind, error) {
	return t.next.ChannelKind(ctx, d)
}
