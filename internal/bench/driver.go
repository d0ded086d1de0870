package bench

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// The platforms the bench drives (--platform). Slack's Events API over
// HTTP is the loader's own (load.go); the others are drivers: a fake
// platform edge the in-process server connects to, and a way to deliver
// event i through it.
const (
	PlatformSlack      = "slack"
	PlatformSocketMode = "socketmode"
	PlatformTeams      = "teams"
)

// Platforms lists the values of --platform.
var Platforms = []string{PlatformSlack, PlatformSocketMode, PlatformTeams}

// delivery is one attempt to deliver event i: what a driver needs to build
// the platform's own payload.
type delivery struct {
	I       int
	Attempt int    // 0 for the first
	User    string // the executive sending it
	Text    string // the request, with the run's marker and the PHI value
	Body    []byte // the Events API callback (Slack's payload)
}

// driver is the platform edge of a run other than Slack over HTTP. It fakes
// the platform the in-process server talks to (its API, its way of
// delivering events, its authentication) and records what the bot sends,
// for the guard report.
type driver interface {
	// inbox is the platform name the server's inbox keeps deliveries under.
	inbox() string
	// queue is the conversation the bot posts new tickets to (approved for
	// PHI by the bench).
	queue() string
	// setup fills in the in-process server's environment (env holds the
	// Slack defaults) and returns serve's extra arguments.
	setup(env map[string]string) (args []string)
	// ready waits until the server at target is connected to the edge.
	ready(ctx context.Context, target string) error
	// deliver makes one delivery attempt and returns "" when the platform
	// counts it acknowledged, else the kind of failure (it then retries).
	deliver(ctx context.Context, d delivery) string
	// report classifies what the bot posted; down and up bound the outage.
	report(down, up time.Time) guardReport
	// edge describes the fake for the report's target line.
	edge() string
	close()
}

// newDriver returns the driver of platform ("" and "slack": none, the
// loader posts Slack's Events API itself) for workspace ws.
func newDriver(platform, ws string) (driver, error) {
	switch platform {
	case "", PlatformSlack:
		return nil, nil
	case PlatformSocketMode:
		return newSocketModeDriver(), nil
	case PlatformTeams:
		return newTeamsDriver(ws)
	}
	return nil, fmt.Errorf("bench: unknown platform %q", platform)
}

// postLog records what the bot sent through a fake: for each message only
// when, whether it went to the queue and whether it carried the PHI value,
// never its text.
type postLog struct {
	mu    sync.Mutex
	posts []benchPost
}

func (p *postLog) add(queue, phi bool) {
	p.mu.Lock()
	p.posts = append(p.posts, benchPost{at: time.Now(), queue: queue, phi: phi})
	p.mu.Unlock()
}

// report classifies the posts as benchSlack.report does.
func (p *postLog) report(down, up time.Time) guardReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	return classifyPosts(p.posts, down, up)
}

// classifyPosts is what posts say about the PHI guard; down and up bound
// the outage (zero: none).
func classifyPosts(posts []benchPost, down, up time.Time) guardReport {
	g := guardReport{Checked: true, FaultWindow: !down.IsZero()}
	for _, p := range posts {
		if !p.queue {
			if p.phi {
				g.OtherPHI++
			}
			continue
		}
		g.QueuePosts++
		if p.phi {
			g.QueuePHI++
		}
		if g.FaultWindow && p.at.After(down.Add(guardWindowGrace)) && p.at.Before(up) {
			g.DownPosts++
			if p.phi {
				g.DownPHI++
			}
		}
		if g.FaultWindow && p.at.After(up) && p.phi {
			g.AfterPHI++
		}
	}
	return g
}
