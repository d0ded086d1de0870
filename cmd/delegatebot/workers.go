package main

import (
	"context"
	"sync"
)

// workerGroup runs background work that outlives the HTTP request that
// started it (Slack wants an answer in 3 s; the work goes on) and lets
// shutdown wait for it.
type workerGroup struct {
	wg  sync.WaitGroup
	ctx context.Context
}

// newWorkerGroup returns a group and the context its work should use: it is
// not cancelled by the shutdown signal, so in-flight work can finish, but
// carries ctx's values.
func newWorkerGroup(ctx context.Context) (*workerGroup, context.Context) {
	g := &workerGroup{ctx: context.WithoutCancel(ctx)}
	return g, g.ctx
}

// Go runs fn in the background.
func (g *workerGroup) Go(fn func(ctx context.Context)) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		fn(g.ctx)
	}()
}

// Wait waits for all work to finish; it returns ctx's error if ctx ends
// first.
func (g *workerGroup) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { g.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
