// Package fakeslack is Slack's side of Socket Mode for tests and for
// "delegatebot bench": a WebSocket server that answers the app's
// apps.connections.open with its URL, greets each connection with hello,
// sends envelopes and reports which of them the app acknowledged. It speaks
// the wire protocol (https://api.slack.com/apis/socket-mode), so the app
// under test runs slack-go's real Socket Mode client against it.
package fakeslack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// SocketMode is a Socket Mode endpoint. Serve it with httptest (NewSocketMode
// does); point the app's Web API at a server that answers
// apps.connections.open with OpenResponse.
type SocketMode struct {
	srv *httptest.Server
	seq atomic.Int64

	mu      sync.Mutex
	conn    *socketConn // the newest connection; envelopes go there
	waiting map[string]chan struct{}
	changed chan struct{} // closed and replaced when a connection opens
	opened  int
}

type socketConn struct {
	ws *websocket.Conn
	mu sync.Mutex // one writer at a time
}

// NewSocketMode starts a Socket Mode endpoint on loopback; Close stops it.
func NewSocketMode() *SocketMode {
	s := &SocketMode{waiting: map[string]chan struct{}{}, changed: make(chan struct{})}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveWS))
	return s
}

// Close closes every connection and stops the server.
func (s *SocketMode) Close() {
	s.mu.Lock()
	if s.conn != nil {
		s.conn.ws.Close()
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// URL is the WebSocket URL apps.connections.open hands out.
func (s *SocketMode) URL() string { return "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/link" }

// OpenResponse is the Web API's answer to apps.connections.open.
func (s *SocketMode) OpenResponse() map[string]any { return map[string]any{"ok": true, "url": s.URL()} }

// Connections is how many connections the app has opened so far.
func (s *SocketMode) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opened
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// pingEvery is how often the server pings a connection; slack-go's client
// reconnects when it has not been pinged for 30 s.
const pingEvery = 5 * time.Second

func (s *SocketMode) serveWS(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &socketConn{ws: ws}
	hello := map[string]any{"type": "hello", "num_connections": 1,
		"connection_info": map[string]any{"app_id": "AFAKE"}, "debug_info": map[string]any{"host": "fake"}}
	if c.write(hello) != nil {
		ws.Close()
		return
	}
	s.mu.Lock()
	s.conn = c
	s.opened++
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
	done := make(chan struct{})
	defer close(done)
	go func() {
		t := time.NewTicker(pingEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second))
			}
		}
	}()
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			ws.Close()
			s.mu.Lock()
			if s.conn == c {
				s.conn = nil
			}
			s.mu.Unlock()
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(msg, &ack) != nil || ack.EnvelopeID == "" {
			continue
		}
		s.mu.Lock()
		if ch, ok := s.waiting[ack.EnvelopeID]; ok {
			close(ch)
			delete(s.waiting, ack.EnvelopeID)
		}
		s.mu.Unlock()
	}
}

func (c *socketConn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

// WaitConnected waits until the app has opened at least n connections.
func (s *SocketMode) WaitConnected(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		opened, changed := s.opened, s.changed
		s.mu.Unlock()
		if opened >= n {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// ErrNotConnected is Deliver's error when no connection is open.
var ErrNotConnected = errors.New("socket mode: the app is not connected")

// Deliver sends one envelope of typ ("events_api", "slash_commands",
// "interactive") carrying payload, as attempt retry (0 for the first), and
// waits until the app acknowledges it or ctx ends: nil means acknowledged.
// Each delivery has its own envelope id, as Slack's retries do.
func (s *SocketMode) Deliver(ctx context.Context, typ string, payload []byte, retry int) error {
	id := "env-" + strconv.FormatInt(s.seq.Add(1), 10)
	ch := make(chan struct{})
	s.mu.Lock()
	c := s.conn
	if c != nil {
		s.waiting[id] = ch
	}
	s.mu.Unlock()
	if c == nil {
		return ErrNotConnected
	}
	defer func() {
		s.mu.Lock()
		delete(s.waiting, id)
		s.mu.Unlock()
	}()
	env := map[string]any{"envelope_id": id, "type": typ, "payload": json.RawMessage(payload),
		"accepts_response_payload": typ != "events_api"}
	if typ == "events_api" {
		env["retry_attempt"] = retry
		if retry > 0 {
			env["retry_reason"] = "timeout"
		}
	}
	if err := c.write(env); err != nil {
		return err
	}
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
