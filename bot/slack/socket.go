package slack

import (
	"context"
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
				ack := func() {
					if err := sm.AckCtx(ctx, ev.Request.EnvelopeID, nil); err != nil {
						a.log.Warn("socket mode ack failed", "type", string(ev.Type), "err", err)
					}
				}
				a.safely(ctx, "socket", func(ctx context.Context) error { a.socketRequest(ctx, ev.Request, ack); return nil })
			}
		}
	}
}

// socketRequest acknowledges one envelope and starts its work. With an
// inbox, an Events API envelope is stored first, like an HTTP delivery, and
// left unacknowledged when it cannot be (Slack delivers it again); commands
// and clicks, which Slack does not redeliver, are acknowledged and handled
// in the background as over HTTP.
func (a *Adapter) socketRequest(ctx context.Context, req *socketmode.Request, ack func()) {
	if req.Type == socketmode.RequestTypeEventsAPI && a.cfg.Inbox != nil {
		if _, t, err := a.fromEvents(req.Payload, false); err != nil || t == nil {
			ack() // nothing to handle, or never handleable
			return
		}
		if a.enqueue(ctx, req.Payload) == errTemporary {
			return // not acknowledged: Slack redelivers the envelope
		}
		ack()
		return
	}
	// Acknowledge first, like the HTTP endpoints: the work runs after.
	ack()
	if t := a.fromSocket(req); t != nil {
		a.spawn(t)
	}
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
