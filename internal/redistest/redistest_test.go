package redistest

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestMain(m *testing.M) { Main(m) }

func TestClient(t *testing.T) {
	// REDIS_URL names the developer's Redis: never the test server.
	t.Setenv("REDIS_URL", "redis://127.0.0.1:1/3")
	c := Client(t, 5)
	ctx := context.Background()
	if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if got := c.Get(ctx, "k").Val(); got != "v" {
		t.Errorf("got %q, want v", got)
	}
	if a := c.Options().Addr; a == "127.0.0.1:6379" || a == "127.0.0.1:1" {
		t.Errorf("test client on %s", a)
	}
	if c.Options().DB != 5 {
		t.Errorf("db %d, want 5", c.Options().DB)
	}
	if !strings.HasPrefix(URL(), "redis://127.0.0.1:") {
		t.Errorf("URL() = %q", URL())
	}
	if os.Getenv(EnvURL) == "" && current().desc == "" {
		t.Errorf("no description of the server")
	}
	t.Logf("using %s", current().desc)
}

func TestChoose(t *testing.T) {
	var said []string
	announce = func(msg string) { said = append(said, msg) }
	defer func() { announce = warn }()
	t.Setenv(EnvURL, "")
	t.Setenv("PATH", t.TempDir()) // no redis-server

	t.Run("Fallback", func(t *testing.T) {
		t.Setenv("CI", "")
		said = nil
		s := choose()
		if s.err != nil || s.mini == nil {
			t.Fatalf("choose() = %+v, want the in-process fallback", s)
		}
		s.mini.Close()
		if len(said) != 1 || !strings.Contains(said[0], "no redis-server on PATH") {
			t.Errorf("announced %q, want one warning", said)
		}
	})
	t.Run("ErrCI", func(t *testing.T) {
		t.Setenv("CI", "true")
		said = nil
		s := choose()
		if s.err == nil || !strings.Contains(s.err.Error(), "CI=true") {
			t.Fatalf("err = %v, want a CI failure", s.err)
		}
		if s.mini != nil || len(said) != 0 {
			t.Errorf("fell back under CI=true")
		}
	})
	t.Run("ExplicitURL", func(t *testing.T) {
		t.Setenv(EnvURL, "redis://127.0.0.1:6390/4")
		s := choose()
		if s.err != nil || s.opt.Addr != "127.0.0.1:6390" || s.proc != nil || s.mini != nil {
			t.Fatalf("choose() = %+v, want the named server", s)
		}
	})
}
