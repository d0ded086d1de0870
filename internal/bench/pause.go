package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"syscall"
	"time"
)

// pause stops the server (SIGSTOP), as a hung host or a long GC pause
// would: connections stay open and nothing answers, so clients learn of it
// only from their own timeouts.
func (r *redisProcess) pause() error {
	if r.cmd == nil || r.cmd.Process == nil {
		return errors.New("redis-server is not running")
	}
	if err := r.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		return fmt.Errorf("pause redis-server: %w", err)
	}
	return nil
}

// resume continues a paused server (SIGCONT); it answers what was sent
// meanwhile, including commands whose clients gave up.
func (r *redisProcess) resume() error {
	if r.cmd == nil || r.cmd.Process == nil {
		return errors.New("redis-server is not running")
	}
	if err := r.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		return fmt.Errorf("resume redis-server: %w", err)
	}
	return nil
}

// startPause is startFault's --fault-mode pause: Redis is stopped for
// downtime partway through the load, then continued.
func startPause(ctx context.Context, rp *redisProcess, target string, after, downtime time.Duration, stderr io.Writer) *faultRun {
	f := &faultRun{done: make(chan struct{}), how: "paused"}
	begin := time.Now()
	go func() {
		defer close(f.done)
		select {
		case <-time.After(after):
		case <-ctx.Done():
			return
		}
		f.down = time.Now()
		if f.err = rp.pause(); f.err != nil {
			return
		}
		// Whatever happens next, never leave the server stopped.
		defer func() {
			if f.up.IsZero() {
				rp.resume()
			}
		}()
		fmt.Fprintf(stderr, "bench: paused redis-server (SIGSTOP) at +%.1fs\n", f.down.Sub(begin).Seconds())
		time.Sleep(downtime / 2)
		f.readyDown = probe(target + "/readyz")
		if rest := downtime - time.Since(f.down); rest > 0 {
			time.Sleep(rest)
		}
		if f.err = rp.resume(); f.err != nil {
			return
		}
		f.up = time.Now()
		fmt.Fprintf(stderr, "bench: continued redis-server (SIGCONT) at +%.1fs (paused %.1fs)\n", f.up.Sub(begin).Seconds(), f.up.Sub(f.down).Seconds())
		for deadline := time.Now().Add(10 * time.Second); ; {
			if f.readyUp = probe(target + "/readyz"); f.readyUp == http.StatusOK || time.Now().After(deadline) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	return f
}
