// Package redistest gives tests a Redis server of their own.
//
// The first call in a test binary picks the server, once:
//
//   - DELEGATEBOT_TEST_REDIS_URL, when set: a server set aside for tests.
//     Each package flushes its own database there (6 and 11 storage, 7 intents, 8 the bench,
//     10 bot/teams, 12 bot, 13 handlers, 14 cmd/delegatebot,
//     15 bot/slack); the database named in the URL is ignored.
//   - Otherwise a throwaway redis-server from PATH, started on a free
//     loopback port with persistence off and stopped when the test binary
//     ends (see Main; on Linux the kernel also kills it if the binary dies).
//   - Otherwise an in-process miniredis, announced loudly once, so that a
//     machine with only Go installed can run the suite. Under CI=true a
//     missing redis-server fails the tests instead.
//
// REDIS_URL and 127.0.0.1:6379 are never read: they name the developer's own
// Redis, which tests must not touch.
package redistest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// EnvURL names the environment variable that points tests at a Redis
// server set aside for them.
const EnvURL = "DELEGATEBOT_TEST_REDIS_URL"

// startWait bounds how long a starting redis-server may take to answer; it
// is a failure bound, not a pause.
const startWait = 15 * time.Second

// server is the Redis the test binary uses, chosen once.
type server struct {
	url  string         // redis://host:port for a server of its own
	opt  *redis.Options // parsed url
	desc string         // what it is, for messages
	err  error          // why there is none

	proc *process // the redis-server this binary started, if any
	mini *miniredis.Miniredis
}

var (
	once sync.Once
	srv  *server

	mu      sync.Mutex
	flushed = map[int]bool{}
)

// current returns the binary's server, choosing it on first use.
func current() *server {
	once.Do(func() { srv = choose() })
	return srv
}

// choose picks the server as the package comment describes.
func choose() *server {
	if u := os.Getenv(EnvURL); u != "" {
		opt, err := redis.ParseURL(u)
		if err != nil {
			return &server{err: fmt.Errorf("%s: %w", EnvURL, err)}
		}
		return &server{url: u, opt: opt, desc: EnvURL + " (" + opt.Addr + ")"}
	}
	bin, lookErr := exec.LookPath("redis-server")
	if lookErr == nil {
		p, err := start(bin)
		if err == nil {
			u := "redis://" + p.addr
			opt, _ := redis.ParseURL(u)
			return &server{url: u, opt: opt, desc: "its own redis-server on " + p.addr, proc: p}
		}
		if ci() {
			return &server{err: err}
		}
		announce(fmt.Sprintf("%v; falling back to an in-process miniredis", err))
	} else {
		if ci() {
			return &server{err: errors.New("no redis-server on PATH (CI=true requires one; Debian: apt-get install redis-server)")}
		}
		announce("no redis-server on PATH: testing against an in-process miniredis instead " +
			"(install redis-server, e.g. apt-get install redis-server, to test against the real thing)")
	}
	m, err := miniredis.Run()
	if err != nil {
		return &server{err: fmt.Errorf("no redis-server and no in-process fallback: %w", err)}
	}
	u := "redis://" + m.Addr()
	opt, _ := redis.ParseURL(u)
	return &server{url: u, opt: opt, desc: "in-process miniredis", mini: m}
}

func ci() bool { return os.Getenv("CI") == "true" }

// NeedBinary skips a test that must run its own redis-server (to kill or
// pause it) when none is installed, and fails it under CI=true, which
// promises one.
func NeedBinary(tb testing.TB) {
	tb.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if ci() {
			tb.Fatal("redis-server is not installed (CI=true requires it)")
		}
		tb.Skip("redis-server is not installed")
	}
}

// announce is warn, or a recorder in this package's tests.
var announce = warn

// warn says something the developer must see. go test hides the output of
// passing packages, so it also goes to the terminal when there is one.
func warn(msg string) {
	line := "redistest: WARNING: " + msg + "\n"
	fmt.Fprint(os.Stderr, line)
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		fmt.Fprint(tty, line)
		tty.Close()
	}
}

// URL returns the URL of the test server, starting it if need be, or ""
// when there is none (Client then says why). Tests that need a URL for a
// database of their own build it from Client's options instead.
func URL() string { return current().url }

// Client returns a client on database db of the test server, flushed the first
// time db is used in this process. Each package uses its own db number.
func Client(tb testing.TB, db int) *redis.Client {
	tb.Helper()
	s := current()
	if s.err != nil {
		tb.Fatalf("redistest: %v", s.err)
	}
	opt := *s.opt
	opt.DB = db
	c := redis.NewClient(&opt)
	tb.Cleanup(func() { c.Close() })
	mu.Lock()
	defer mu.Unlock()
	if !flushed[db] {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := c.FlushDB(ctx).Err(); err != nil {
			tb.Fatalf("redistest: flush db %d of %s: %v", db, s.desc, err)
		}
		flushed[db] = true
	}
	return c
}

// Main runs the tests of a package and then stops the redis-server they
// started, if any. Use it as the package's TestMain:
//
//	func TestMain(m *testing.M) { redistest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Stop stops the redis-server this test binary started, if any. Main calls
// it; clients made afterwards fail.
func Stop() {
	once.Do(func() { srv = &server{err: errors.New("stopped")} })
	if srv.proc != nil {
		srv.proc.stop()
		srv.proc = nil
	}
	if srv.mini != nil {
		srv.mini.Close()
		srv.mini = nil
	}
}

// process is a redis-server this test binary started.
type process struct {
	addr string
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
}

// start runs bin on a free loopback port, in a fresh temporary directory,
// with persistence off, and waits until it answers PING. A port taken in
// between by another process makes the server exit; start then tries
// another.
func start(bin string) (*process, error) {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		var p *process
		if p, err = startOnce(bin); err == nil {
			return p, nil
		}
	}
	return nil, err
}

func startOnce(bin string) (*process, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "delegatebot-redistest-")
	if err != nil {
		return nil, fmt.Errorf("redis-server directory: %w", err)
	}
	// The server writes nothing to its directory (no RDB, no AOF, log on
	// stdout); the directory only keeps a stray SAVE out of the source tree.
	// Removing it once the server runs leaves nothing behind even if this
	// binary dies without calling Stop.
	defer os.RemoveAll(dir)
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	var log bytes.Buffer
	cmd := exec.Command(bin,
		"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--protected-mode", "yes",
		"--save", "", "--appendonly", "no", "--dir", dir, "--logfile", "",
		"--daemonize", "no", "--databases", "16")
	out := &lockedWriter{w: &log}
	cmd.Stdout, cmd.Stderr = out, out
	p := &process{addr: addr, cmd: cmd, done: make(chan struct{})}
	if err := startChild(cmd, p.done); err != nil {
		return nil, fmt.Errorf("start %s: %w", filepath.Base(bin), err)
	}
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1, DialTimeout: time.Second})
	defer c.Close()
	deadline := time.Now().Add(startWait)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return p, nil
		}
		select {
		case <-p.done:
			return nil, fmt.Errorf("redis-server on %s exited at start: %s", addr, tail(out.String()))
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.stop()
			return nil, fmt.Errorf("redis-server on %s did not answer within %s: %v", addr, startWait, err)
		}
	}
}

// stop ends the server (SIGTERM, then SIGKILL after a bound) and waits for
// it to exit.
func (p *process) stop() {
	p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
		return
	case <-time.After(5 * time.Second):
	}
	p.cmd.Process.Kill()
	<-p.done
}

// freePort asks the kernel for an unused loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// tail returns the last lines of a server log, for error messages.
func tail(s string) string {
	lines := bytes.Split(bytes.TrimSpace([]byte(s)), []byte("\n"))
	if len(lines) > 5 {
		lines = lines[len(lines)-5:]
	}
	return string(bytes.Join(lines, []byte(" | ")))
}

// lockedWriter serialises the server's stdout and stderr into one buffer.
type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.w.Len() > 64<<10 { // keep the start of the log, enough to explain a failed start
		return len(b), nil
	}
	return l.w.Write(b)
}
