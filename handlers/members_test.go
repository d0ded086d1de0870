package handlers_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/internal/redistest"
	"github.com/delegatebot/delegatebot/internal/testkit"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

const (
	// colleagueBusiness names a colleague in business context; the plain
	// scanner takes the name for a patient's.
	colleagueBusiness = "Teodor Vanek called about the discharge lounge, it is short a nurse"
	// colleaguePatient makes the same colleague the patient.
	colleaguePatient = "Teodor Vanek was admitted overnight, keep it quiet"
)

// fakeRoster counts fetches of a workspace's member names.
type fakeRoster struct {
	mu    sync.Mutex
	names []string
	err   error
	calls int
}

func (f *fakeRoster) fetch(ctx context.Context, ws string) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	return f.names, f.err
}

func (f *fakeRoster) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

func newMembers(t *testing.T, s *storage.Store, r *fakeRoster) *handlers.Members {
	return &handlers.Members{Store: s, Fetchers: map[string]handlers.FetchMembers{"test": r.fetch},
		Go: func(f func(context.Context)) { f(context.Background()) }} // synchronous for tests
}

// echoBot is a bot whose only handler repeats the message into its channel
// (unapproved), through a guard that knows the workspaces' colleagues.
func echoBot(s *storage.Store, m *handlers.Members) *bot.Bot {
	echo := bot.HandlerFunc(func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		w.Reply(bot.Reply{Text: bot.Plain(e.Text)})
		return nil
	})
	return &bot.Bot{Handler: m.Middleware(echo), Guard: &phi.Guard{Policy: s, Colleagues: m.Directory}, Audit: s}
}

func serveText(t *testing.T, b *bot.Bot, ws, text string, ambient bool) []string {
	t.Helper()
	ev := &bot.Event{User: delegatebot.User{Platform: "test", Workspace: ws, ID: "dana"},
		Channel: "C1", ChannelKind: phi.KindChannel, Text: text, Ambient: ambient, Time: time.Now()}
	rec := &testkit.Recorder{}
	if err := b.Serve(context.Background(), ev, rec); err != nil {
		t.Fatal(err)
	}
	return rec.Texts()
}

// TestGuardColleagues: a cached member's name in a business message to an
// unapproved channel is left alone; the same name is redacted when the
// message makes them the patient, and when no directory can be read.
func TestGuardColleagues(t *testing.T) {
	s := storage.New(redistest.Client(t, testDB))
	ws := newEnv(t).ws
	redacted := phi.Redact(colleagueBusiness, phi.Scan(colleagueBusiness))
	if redacted == colleagueBusiness {
		t.Fatal("premise: the plain scanner finds no name in the business message")
	}
	roster := &fakeRoster{names: []string{"Teodor Vanek", "Marisol Okonkwo-Reyes"}}
	b := echoBot(s, newMembers(t, s, roster))
	// The first event of the workspace fetches its members (synchronously
	// here); the reply is guarded after that.
	t.Run("MemberInBusinessContext", func(t *testing.T) {
		if got := serveText(t, b, ws, colleagueBusiness, false); len(got) != 1 || got[0] != colleagueBusiness {
			t.Fatalf("sent %q, want the message unchanged", got)
		}
	})
	t.Run("MemberIsPatient", func(t *testing.T) {
		got := serveText(t, b, ws, colleaguePatient, false)
		if len(got) != 1 || got[0] != "[NAME] was admitted overnight, keep it quiet" {
			t.Fatalf("sent %q, want the name redacted", got)
		}
	})
	t.Run("NoDirectory", func(t *testing.T) {
		// A platform without a fetcher: nothing cached, behaviour unchanged.
		b := echoBot(s, &handlers.Members{Store: s})
		if got := serveText(t, b, ws+"x", colleagueBusiness, false); len(got) != 1 || got[0] != redacted {
			t.Fatalf("sent %q, want %q", got, redacted)
		}
	})
	t.Run("ErrDirectoryUnreadable", func(t *testing.T) {
		// Names sealed under a key the store no longer has fail safe.
		sealed := storage.New(s.Client())
		kr, err := storage.NewKeyring(mustKey(t))
		if err != nil {
			t.Fatal(err)
		}
		sealed.Keys = kr
		ws := ws + "sealed"
		if err := sealed.SetColleagues(context.Background(), ws, roster.names, time.Hour); err != nil {
			t.Fatal(err)
		}
		other := storage.New(s.Client())
		other.Keys, _ = storage.NewKeyring(mustKey(t))
		b := echoBot(other, &handlers.Members{Store: other})
		if got := serveText(t, b, ws, colleagueBusiness, false); len(got) != 1 || got[0] != redacted {
			t.Fatalf("sent %q, want %q", got, redacted)
		}
	})
}

func mustKey(t *testing.T) []byte {
	t.Helper()
	k, err := storage.ParseKey(storage.NewKey())
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestObserveColleagues: the inbound PHI warning scans with the directory.
func TestObserveColleagues(t *testing.T) {
	e := newEnv(t)
	roster := &fakeRoster{names: []string{"Teodor Vanek"}}
	m := newMembers(t, e.store, roster)
	h := handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Users: testUsers, Members: m})
	mux := h.Mux()
	mux.Use(m.Middleware)
	b := &bot.Bot{Handler: mux, Guard: &phi.Guard{Policy: e.store, Colleagues: m.Directory}, Users: h.Directory(), Audit: e.store}
	if got := serveText(t, b, e.ws, colleagueBusiness, true); len(got) != 0 {
		t.Fatalf("warned about a colleague in business context: %q", got)
	}
	got := serveText(t, b, e.ws, colleaguePatient, true)
	if len(got) != 1 || !strings.Contains(got[0], "protected health information (name)") {
		t.Fatalf("patient message: sent %q, want a PHI warning", got)
	}
	// Without a directory the business message warns, as before.
	plain := &bot.Bot{Handler: handlers.New(handlers.Config{Store: e.store, Parser: intents.Rules{}, Users: testUsers}).Mux(),
		Guard: &phi.Guard{Policy: e.store}, Users: h.Directory(), Audit: e.store}
	if got := serveText(t, plain, e.ws, colleagueBusiness, true); len(got) != 1 {
		t.Fatalf("without a directory: sent %q, want the warning", got)
	}
}

// TestMembersRefresh: names are fetched on a workspace's first event, not
// again before the refresh interval, again after it, and a failed fetch
// leaves no directory and is retried later.
func TestMembersRefresh(t *testing.T) {
	ctx := context.Background()
	s := storage.New(redistest.Client(t, testDB))
	ws := newEnv(t).ws
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	roster := &fakeRoster{names: []string{"Teodor Vanek"}}
	m := newMembers(t, s, roster)
	m.Refresh = time.Hour
	m.Now = func() time.Time { return now }
	s.Now = m.Now // the store stamps the fetch
	b := echoBot(s, m)
	serveText(t, b, ws, "hello", false)
	serveText(t, b, ws, "hello", false)
	if n := roster.count(); n != 1 {
		t.Fatalf("fetches after two events = %d, want 1", n)
	}
	if d, err := m.Directory(ctx, ws); err != nil || d == nil || d.Len() == 0 {
		t.Fatalf("Directory = %v, %v", d, err)
	}
	now = now.Add(2 * time.Hour)
	roster.names = append(roster.names, "Marisol Okonkwo-Reyes")
	serveText(t, b, ws, "hello", false)
	if n := roster.count(); n != 2 {
		t.Fatalf("fetches after the refresh interval = %d, want 2", n)
	}
	c, err := s.Colleagues(ctx, ws)
	if err != nil || len(c.Names) != 2 || !c.FetchedAt.Equal(now) {
		t.Fatalf("cached after refresh = %+v, %v", c, err)
	}
	t.Run("ErrFetch", func(t *testing.T) {
		ws := ws + "err"
		roster := &fakeRoster{err: errors.New("ratelimited")}
		m := newMembers(t, s, roster)
		m.Now = func() time.Time { return now }
		if err := m.RefreshIfStale(ctx, "test", ws); err == nil {
			t.Fatal("RefreshIfStale: no error from a failed fetch")
		}
		if d, err := m.Directory(ctx, ws); d != nil || err != nil {
			t.Fatalf("Directory after a failed fetch = %v, %v; want none", d, err)
		}
	})
}
