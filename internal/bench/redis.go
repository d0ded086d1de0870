package bench

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisProcess is a redis-server the bench started for its fault mode, on
// a free loopback port, with an append-only file fsynced on every write so
// that a SIGKILL loses nothing Redis acknowledged, and a restart on the same
// port and directory finds every key again. The bench only ever signals the
// process it started, by its pid.
type redisProcess struct {
	bin  string
	dir  string
	port int
	cmd  *exec.Cmd
	done chan error // the current process's exit, from cmd.Wait
}

// redisStartWait bounds how long a starting redis-server may take to answer.
const redisStartWait = 10 * time.Second

// startRedis starts redis-server on a free loopback port keeping its data in
// dir.
func startRedis(ctx context.Context, dir string) (*redisProcess, error) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return nil, fmt.Errorf("fault mode needs redis-server in PATH: %w", err)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	r := &redisProcess{bin: bin, dir: dir, port: port}
	if err := r.start(ctx); err != nil {
		return nil, err
	}
	return r, nil
}

// URL is the server's Redis URL.
func (r *redisProcess) URL() string { return "redis://127.0.0.1:" + strconv.Itoa(r.port) + "/0" }

// start runs the server (again) and waits until it answers PING.
func (r *redisProcess) start(ctx context.Context) error {
	r.cmd = exec.Command(r.bin,
		"--port", strconv.Itoa(r.port), "--bind", "127.0.0.1",
		"--appendonly", "yes", "--appendfsync", "always", "--save", "",
		"--dir", r.dir, "--logfile", filepath.Join(r.dir, "redis.log"),
		"--daemonize", "no", "--protected-mode", "yes")
	if err := r.cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	r.done = make(chan error, 1)
	go func(c *exec.Cmd, done chan<- error) { done <- c.Wait() }(r.cmd, r.done)
	c := redis.NewClient(&redis.Options{Addr: r.addr(), MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(redisStartWait)
	for {
		pctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
		err := c.Ping(pctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		select {
		case exitErr := <-r.done:
			return fmt.Errorf("redis-server exited at start (%v); see %s", exitErr, filepath.Join(r.dir, "redis.log"))
		case <-ctx.Done():
			r.stop()
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			r.stop()
			return fmt.Errorf("redis-server did not answer within %s; see %s", redisStartWait, filepath.Join(r.dir, "redis.log"))
		}
	}
}

func (r *redisProcess) addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(r.port)) }

// kill stops the server abruptly, as a crash would: no shutdown save, open
// connections reset.
func (r *redisProcess) kill() error {
	if r.cmd == nil || r.cmd.Process == nil {
		return errors.New("redis-server is not running")
	}
	if err := r.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill redis-server: %w", err)
	}
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		return errors.New("redis-server did not exit after SIGKILL")
	}
	r.cmd = nil
	return nil
}

// stop ends the server politely (SIGTERM; it rewrites nothing because the
// append-only file is already synced), then by force after a bound.
func (r *redisProcess) stop() {
	if r.cmd == nil || r.cmd.Process == nil {
		return
	}
	r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		r.cmd.Process.Signal(syscall.SIGKILL)
		select {
		case <-r.done:
		case <-time.After(5 * time.Second):
		}
	}
	r.cmd = nil
}

// freePort asks the kernel for an unused loopback port. Another process
// could take it before redis-server binds it; start then fails loudly.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// tempDir makes a directory for the bench's redis-server data.
func tempDir() (string, func(), error) {
	dir, err := os.MkdirTemp("", "delegatebot-bench-")
	if err != nil {
		return "", nil, fmt.Errorf("bench: %w", err)
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}
