package handlers_test

import (
	"testing"

	"github.com/delegatebot/delegatebot/internal/redistest"
)

// TestMain stops the redis-server the tests started, once they are done.
func TestMain(m *testing.M) { redistest.Main(m) }
