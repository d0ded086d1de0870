package storage

import (
	"context"
	"net"
	"strings"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// Traffic is a go-redis hook that counts what a client sends: round trips
// (one per command sent alone, one per pipeline or MULTI/EXEC) and commands
// (MULTI and EXEC not counted, a script counts as one). A script's first
// EVALSHA answered NOSCRIPT and its EVAL are two round trips, as they are on
// the wire. The connection handshake (HELLO, AUTH, SELECT, CLIENT) is not
// counted: it happens once per connection, not per event. Serve exports
// the counts as metrics; the bench and tests read them per event.
type Traffic struct {
	roundTrips, commands atomic.Int64
}

var _ redis.Hook = (*Traffic)(nil)

// RoundTrips is how many round trips the client made so far.
func (t *Traffic) RoundTrips() int64 { return t.roundTrips.Load() }

// Commands is how many commands the client sent so far.
func (t *Traffic) Commands() int64 { return t.commands.Load() }

// DialHook is redis.Hook's; dials are not counted.
func (t *Traffic) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		return next(ctx, network, addr)
	}
}

// ProcessHook counts a command sent alone.
func (t *Traffic) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if !handshakeCommand(cmd) {
			t.roundTrips.Add(1)
			t.commands.Add(1)
		}
		return next(ctx, cmd)
	}
}

// ProcessPipelineHook counts a pipeline or transaction as one round trip.
func (t *Traffic) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		n := int64(0)
		for _, c := range cmds {
			switch {
			case handshakeCommand(c):
			case strings.EqualFold(c.Name(), "multi"), strings.EqualFold(c.Name(), "exec"):
			default:
				n++
			}
		}
		if n > 0 {
			t.roundTrips.Add(1)
			t.commands.Add(n)
		}
		return next(ctx, cmds)
	}
}

// handshakeCommand reports whether c is one of a connection's opening
// commands.
func handshakeCommand(c redis.Cmder) bool {
	switch strings.ToLower(c.Name()) {
	case "hello", "client", "auth", "select", "readonly":
		return true
	}
	return false
}
