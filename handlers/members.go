package handlers

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// FetchMembers returns the display and real names of the members of a
// workspace, from the platform (Slack users.list, a Teams roster).
type FetchMembers func(ctx context.Context, ws string) ([]string, error)

// Members keeps each workspace's directory of colleagues for the PHI
// scanner: member names fetched from the platform on the first event of a
// workspace and again every Refresh, cached in Redis (sealed, with a TTL)
// so that every replica shares them, and held in memory briefly so that the
// guard does not read Redis for every message. Give Directory to the guard
// (phi.Guard.Colleagues) and Middleware to the mux.
type Members struct {
	Store *storage.Store
	// Fetchers fetch member names by platform ("slack", "teams"); a platform
	// without one has no directory unless another replica cached it. Set
	// it before use, or add to it with AddFetcher while in use.
	Fetchers map[string]FetchMembers
	// Refresh is how often the names are fetched again; 0 means
	// DefaultMembersRefresh.
	Refresh time.Duration
	// Go runs a refresh in the background; nil starts a goroutine.
	Go  func(func(ctx context.Context))
	Log *slog.Logger // ids and counts only; never names
	// Now returns the current time; nil is time.Now.
	Now func() time.Time

	mu   sync.Mutex
	mem  map[string]memberDir // workspace -> directory read from Redis
	next map[string]time.Time // workspace -> earliest next refresh check
}

// DefaultMembersRefresh is how often member names are fetched again unless
// DELEGATEBOT_DIRECTORY_REFRESH says otherwise.
const DefaultMembersRefresh = 6 * time.Hour

// Member names live in Redis for membersTTLFactor refresh intervals (at
// least a day), so that a failed refresh or two keeps the last directory.
const membersTTLFactor = 4

// memberMemTTL is how long a directory read from Redis is used from memory:
// short, so that a refresh by another replica is seen soon.
const memberMemTTL = time.Minute

// memberRetry is how long after a failed fetch the next is tried.
const memberRetry = 5 * time.Minute

type memberDir struct {
	dir  *phi.Directory // nil: nothing cached
	read time.Time
}

// AddFetcher sets the fetcher of platform, also while events are handled.
func (m *Members) AddFetcher(platform string, f FetchMembers) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fetchers == nil {
		m.Fetchers = map[string]FetchMembers{}
	}
	m.Fetchers[platform] = f
}

func (m *Members) fetcher(platform string) FetchMembers {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.Fetchers[platform]
}

func (m *Members) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

func (m *Members) refreshEvery() time.Duration {
	if m.Refresh > 0 {
		return m.Refresh
	}
	return DefaultMembersRefresh
}

func (m *Members) ttl() time.Duration {
	return max(membersTTLFactor*m.refreshEvery(), 24*time.Hour)
}

// Directory returns the directory of colleagues of workspace ws: nil when
// no names are cached, an error when they cannot be read. Either way the
// caller scans without a directory, which redacts more, never less.
func (m *Members) Directory(ctx context.Context, ws string) (*phi.Directory, error) {
	if m == nil || m.Store == nil {
		return nil, nil
	}
	now := m.now()
	m.mu.Lock()
	e, ok := m.mem[ws]
	m.mu.Unlock()
	if ok && now.Sub(e.read) < memberMemTTL {
		return e.dir, nil
	}
	c, err := m.Store.Colleagues(ctx, ws)
	if err != nil {
		return nil, err
	}
	return m.remember(ws, c, now), nil
}

// remember keeps c as the directory of ws, read at now.
func (m *Members) remember(ws string, c storage.Colleagues, now time.Time) *phi.Directory {
	var dir *phi.Directory
	if !c.FetchedAt.IsZero() {
		dir = phi.NewDirectory(c.Names...)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.mem == nil {
		m.mem = map[string]memberDir{}
	}
	m.mem[ws] = memberDir{dir: dir, read: now}
	return dir
}

// Middleware starts a background refresh of the event's workspace when its
// names are missing or stale (checked at most once a minute per workspace),
// then handles the event; it never delays or fails the event.
func (m *Members) Middleware(next bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		m.touch(e.User.Platform, e.Workspace())
		return next.ServeEvent(ctx, w, e)
	})
}

func (m *Members) touch(platform, ws string) {
	if m == nil || m.Store == nil || ws == "" || m.fetcher(platform) == nil {
		return
	}
	now := m.now()
	m.mu.Lock()
	if m.next == nil {
		m.next = map[string]time.Time{}
	}
	if now.Before(m.next[ws]) {
		m.mu.Unlock()
		return
	}
	m.next[ws] = now.Add(memberMemTTL) // one check at a time
	m.mu.Unlock()
	run := func(ctx context.Context) {
		if err := m.RefreshIfStale(ctx, platform, ws); err != nil && m.Log != nil {
			m.Log.Warn("refresh colleague directory", "platform", platform, "workspace", ws, "err", err)
		}
	}
	if m.Go != nil {
		m.Go(run)
		return
	}
	go run(context.Background())
}

// RefreshIfStale fetches the member names of ws from platform and caches
// them, unless the cached names are younger than Refresh.
func (m *Members) RefreshIfStale(ctx context.Context, platform, ws string) error {
	fetch := m.fetcher(platform)
	if fetch == nil {
		return nil
	}
	now := m.now()
	c, err := m.Store.Colleagues(ctx, ws)
	if err == nil && !c.Stale(now, m.refreshEvery()) {
		m.remember(ws, c, now)
		m.setNext(ws, c.FetchedAt.Add(m.refreshEvery()))
		return nil
	}
	// An unreadable cache (e.g. sealed under a retired key) is replaced.
	names, err := fetch(ctx, ws)
	if err != nil {
		m.setNext(ws, now.Add(memberRetry))
		return err
	}
	if err := m.Store.SetColleagues(ctx, ws, names, m.ttl()); err != nil {
		m.setNext(ws, now.Add(memberRetry))
		return err
	}
	m.remember(ws, storage.Colleagues{Names: names, FetchedAt: now}, now)
	m.setNext(ws, now.Add(m.refreshEvery()))
	if m.Log != nil {
		m.Log.Info("colleague directory refreshed", "platform", platform, "workspace", ws, "members", len(names))
	}
	return nil
}

func (m *Members) setNext(ws string, t time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.next == nil {
		m.next = map[string]time.Time{}
	}
	m.next[ws] = t
}

// scan scans text of workspace ws with its directory of colleagues when one
// can be read, and without it otherwise (more found, never less).
func (h *Handlers) scan(ctx context.Context, ws, text string) []phi.Finding {
	dir, err := h.members.Directory(ctx, ws)
	if err != nil || dir == nil {
		return phi.Scan(text)
	}
	sc := &phi.Scanner{Colleagues: dir}
	return sc.Scan(text)
}
