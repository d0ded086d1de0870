package bench

import (
	"errors"
	"fmt"
	"syscall"
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
