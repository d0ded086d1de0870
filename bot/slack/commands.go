package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// umbrella is the slash command that carries any subcommand:
// "/delegatebot start DEL-3" is "/start DEL-3".
const umbrella = "delegatebot"

// serveCommand acknowledges a slash command with an empty 200 — the answer
// comes later through the Web API, ephemeral when it is an error — once it
// is stored in the inbox (without one: and runs it in the background).
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request, _ []byte) {
	s, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	}
	t := a.fromCommand(s)
	if t == nil {
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	}
	if a.cfg.Inbox != nil {
		payload, err := json.Marshal(s)
		if err != nil {
			http.Error(w, "malformed payload", http.StatusBadRequest)
			return
		}
		a.answerStored(w, a.enqueueInteraction(r.Context(), socketmode.RequestTypeSlashCommands, payload))
		return
	}
	a.spawn(t)
	w.WriteHeader(http.StatusOK)
}

// answerStored answers a delivery by how storing it in the inbox went: 200
// once stored, 503 when Redis failed (Slack tells the user the command
// failed, or delivers an event again), 400 when it can never be stored.
func (a *Adapter) answerStored(w http.ResponseWriter, err error) {
	switch err {
	case errTemporary:
		http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
	case errPermanent:
		http.Error(w, "delivery cannot be accepted", http.StatusBadRequest)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// fromCommand turns a slash command into a bot.Event. The command's name is
// its name in the app manifest without the slash; that is where names are
// configured.
func (a *Adapter) fromCommand(s slack.SlashCommand) task {
	if s.TeamID == "" || s.UserID == "" || s.ChannelID == "" || s.Command == "" {
		a.log.Warn("command rejected", "reason", "missing fields")
		return nil
	}
	name, text := strings.ToLower(strings.TrimPrefix(s.Command, "/")), strings.TrimSpace(s.Text)
	if name == umbrella {
		sub, rest, _ := strings.Cut(text, " ")
		name, text = strings.ToLower(sub), strings.TrimSpace(rest)
		if name == "" {
			name = "help"
		}
	}
	e := &bot.Event{
		User:        user(s.TeamID, s.UserID),
		Channel:     s.ChannelID,
		Command:     name,
		Text:        text,
		Time:        time.Now(),
		ResponseURL: s.ResponseURL,
		Trigger:     s.TriggerID,
	}
	if s.TriggerID != "" {
		// Socket Mode redelivers unacknowledged envelopes; the trigger id is
		// unique per invocation.
		e.ID = "cmd:" + s.TriggerID
	}
	return func(ctx context.Context) error {
		e.ChannelKind = a.channelKind(ctx, s.TeamID, e.Channel)
		return a.serve(ctx, e)
	}
}

// serveInteractive acknowledges a click, shortcut or form submission once
// it is stored in the inbox, like a slash command.
func (a *Adapter) serveInteractive(w http.ResponseWriter, r *http.Request, _ []byte) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	}
	payload := []byte(r.PostForm.Get("payload"))
	var ic slack.InteractionCallback
	if err := json.Unmarshal(payload, &ic); err != nil {
		a.log.Warn("interaction rejected", "reason", "malformed JSON")
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	}
	t := a.interactionTask(&ic)
	switch {
	case t != nil && a.cfg.Inbox != nil:
		a.answerStored(w, a.enqueueInteraction(r.Context(), socketmode.RequestTypeInteractive, payload))
		return
	case t != nil:
		a.spawn(t)
	}
	w.WriteHeader(http.StatusOK)
}

// interactionTask picks the reading of an interaction by its type: a
// submitted modal, a shortcut, or a button click.
func (a *Adapter) interactionTask(ic *slack.InteractionCallback) task {
	switch ic.Type {
	case slack.InteractionTypeViewSubmission:
		return a.fromSubmission(ic)
	case slack.InteractionTypeMessageAction, slack.InteractionTypeShortcut:
		return a.fromShortcut(ic)
	}
	return a.fromInteraction(ic)
}

// fromInteraction turns a block_actions click into a command on the card's
// ticket: the button's action_id is the command, its value the ticket id, and
// the clicked message is the Card to update. Roles are checked by the
// handlers exactly as for typed commands. Other interaction types are
// ignored.
func (a *Adapter) fromInteraction(ic *slack.InteractionCallback) task {
	if ic.Type != slack.InteractionTypeBlockActions || ic.Team.ID == "" || ic.User.ID == "" {
		a.log.Info("interaction ignored", "type", string(ic.Type))
		return nil
	}
	if ic.Container.Type == "view" && ic.View.Type == slack.VTHomeTab {
		return a.fromHomeClick(ic)
	}
	channel := ic.Container.ChannelID
	if channel == "" {
		channel = ic.Channel.ID
	}
	if channel == "" || ic.Container.MessageTs == "" {
		a.log.Info("interaction ignored", "type", string(ic.Type), "reason", "not on a message")
		return nil
	}
	var events []*bot.Event
	for _, act := range ic.ActionCallback.BlockActions {
		if act == nil || act.ActionID == "" {
			continue
		}
		e := &bot.Event{
			User:    user(ic.Team.ID, ic.User.ID),
			Channel: channel,
			Thread:  ic.Container.ThreadTs,
			Card:    ref(channel, ic.Container.MessageTs),
			Command: strings.ToLower(act.ActionID),
			Text:    act.Value,
			Time:    time.Now(),
			Trigger: ic.TriggerID,
		}
		if act.ActionTs != "" {
			e.ID = "act:" + ic.User.ID + ":" + act.ActionTs
		}
		events = append(events, e)
	}
	if len(events) == 0 {
		return nil
	}
	return func(ctx context.Context) error {
		kind := a.channelKind(ctx, ic.Team.ID, channel)
		var errs []error
		for _, e := range events {
			e.ChannelKind = kind
			errs = append(errs, a.serve(ctx, e))
		}
		return errors.Join(errs...)
	}
}
