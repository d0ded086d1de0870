package slack

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// RunSocket receives events, slash commands and clicks over Socket Mode (the
// app-level token) instead of public HTTP endpoints, and handles them exactly
// like the HTTP ones. Slack authenticates the WebSocket itself, so there are
// no request signatures to check. It reconnects after failures and returns
// when ctx ends.
func (a *Adapter) RunSocket(ctx context.Context) error {
	if a.cfg.AppToken == "" {
		return errors.New("socket mode needs an app-level token")
	}
	sm := socketmode.New(a.client)
	go func() {
		wait := time.Second
		for {
			err := sm.RunContext(ctx)
			if ctx.Err() != nil {
				return
			}
			a.log.Warn("socket mode disconnected", "err", err, "retry_in", wait.String())
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			wait = min(2*wait, time.Minute)
		}
	}()
	// Envelopes are stored concurrently, so that one slow write (Redis
	// paused) does not hold every envelope behind it past Slack's timeout.
	slots := make(chan struct{}, a.cfg.MaxConcurrent)
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev := <-sm.Events:
			switch ev.Type {
			case socketmode.EventTypeConnected:
				a.log.Info("socket mode connected")
			case socketmode.EventTypeInvalidAuth:
				a.log.Error("socket mode: invalid app-level token")
			case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
				if ev.Request == nil {
					continue
				}
				req := ev.Request
				ack := func() {
					if err := sm.AckCtx(ctx, req.EnvelopeID, nil); err != nil {
						a.log.Warn("socket mode ack failed", "type", string(ev.Type), "err", err)
					}
				}
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return nil
				}
				go func() {
					defer func() { <-slots }()
					a.safely(ctx, "socket", func(ctx context.Context) error { a.socketRequest(ctx, req, ack); return nil })
				}()
			}
		}
	}
}

// socketRequest stores one envelope in the inbox, then acknowledges it; the
// inbox workers (RunInbox) handle it, like an HTTP delivery. An envelope
// that cannot be stored (Redis down) is left unacknowledged: Slack delivers
// an event again, and tells the user a command or click failed, so nothing
// is acknowledged and then lost. An envelope that calls for no work, or can
// never be stored, is acknowledged and dropped. Without an inbox the work
// runs in memory after the acknowledgement.
func (a *Adapter) socketRequest(ctx context.Context, req *socketmode.Request, ack func()) {
	if a.cfg.Inbox == nil {
		ack()
		if t := a.fromSocket(req); t != nil {
			a.spawn(t)
		}
		return
	}
	if a.fromSocket(req) == nil {
		ack() // nothing to handle, or never handleable
		return
	}
	var err error
	if req.Type == socketmode.RequestTypeEventsAPI {
		err = a.enqueue(ctx, req.Payload)
	} else {
		err = a.enqueueInteraction(ctx, req.Type, req.Payload)
	}
	if err == errTemporary {
		return // not acknowledged
	}
	ack()
}

// socketItem is how a slash command or an interaction is kept in the inbox:
// Socket Mode's own envelope, minus its id. Its type ("slash_commands",
// "interactive") tells it from an Events API body ("event_callback").
type socketItem struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

// enqueueInteraction stores a slash command or an interaction payload of
// typ (a Socket Mode request type; HTTP deliveries are stored the same
// way). Its dedupe id is its trigger id, unique per invocation, else a
// digest of the payload, the same for every delivery of it.
func (a *Adapter) enqueueInteraction(ctx context.Context, typ string, payload json.RawMessage) error {
	var p struct {
		TeamID    string `json:"team_id"`
		TriggerID string `json:"trigger_id"`
		Team      struct {
			ID string `json:"id"`
		} `json:"team"`
	}
	json.Unmarshal(payload, &p)
	ws, id := p.TeamID, p.TriggerID
	if ws == "" {
		ws = p.Team.ID
	}
	if id == "" {
		sum := sha256.Sum256(payload)
		id = "sha:" + hex.EncodeToString(sum[:16])
	}
	prefix := "cmd:"
	if typ == socketmode.RequestTypeInteractive {
		prefix = "int:"
	}
	body, err := json.Marshal(socketItem{Type: typ, Payload: payload})
	if err != nil {
		return errPermanent
	}
	return a.store(ctx, ws, prefix+id, body)
}

// fromItem reads one stored delivery: an Events API body, or a command or
// interaction kept as a socketItem.
func (a *Adapter) fromItem(body []byte) task {
	// One pass reads both shapes: an Events API body (its envelope and
	// inner event) and a stored command or click (type and payload).
	var it struct {
		callback
		Payload json.RawMessage `json:"payload"`
	}
	if err := json.Unmarshal(body, &it); err != nil {
		a.log.Warn("inbox item rejected", "reason", "malformed JSON")
		return nil
	}
	switch it.Type {
	case socketmode.RequestTypeSlashCommands, socketmode.RequestTypeInteractive:
		return a.fromSocket(&socketmode.Request{Type: it.Type, Payload: it.Payload})
	}
	_, t, _ := a.fromCallback(&it.callback, true)
	return t
}

// fromSocket turns a Socket Mode envelope into the same task its HTTP
// counterpart would produce.
func (a *Adapter) fromSocket(req *socketmode.Request) task {
	switch req.Type {
	case socketmode.RequestTypeEventsAPI:
		_, t, _ := a.fromEvents(req.Payload, false)
		return t
	case socketmode.RequestTypeSlashCommands:
		var s slack.SlashCommand
		if err := json.Unmarshal(req.Payload, &s); err != nil {
			a.log.Warn("command rejected", "reason", "malformed JSON")
			return nil
		}
		return a.fromCommand(s)
	case socketmode.RequestTypeInteractive:
		var ic slack.InteractionCallback
		if err := json.Unmarshal(req.Payload, &ic); err != nil {
			a.log.Warn("interaction rejected", "reason", "malformed JSON")
			return nil
		}
		return a.interactionTask(&ic)
	}
	return nil
}
