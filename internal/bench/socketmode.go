package bench

import (
	"context"
	"errors"
	"time"

	"github.com/delegatebot/delegatebot/internal/fakeslack"
)

// socketModeDriver delivers the bench's events over Slack's Socket Mode: the
// in-process server runs "serve --socket" against a fake Web API that
// answers apps.connections.open with a local Socket Mode endpoint, and each
// event is an events_api envelope on its WebSocket. An envelope counts as
// acknowledged when the app sends back its envelope id within Slack's 3 s;
// one that is not is delivered again (a new envelope, retry_attempt set),
// as Slack does.
type socketModeDriver struct {
	sm    *fakeslack.SocketMode
	slack *benchSlack // the Web API the bot posts through
}

func newSocketModeDriver() *socketModeDriver {
	d := &socketModeDriver{sm: fakeslack.NewSocketMode()}
	return d
}

func (d *socketModeDriver) inbox() string { return "slack" }
func (d *socketModeDriver) queue() string { return "CBENCHQUEUE" }
func (d *socketModeDriver) edge() string {
	return "fake Slack Web API and Socket Mode endpoint"
}

// setup keeps the Slack environment (the fake Web API, which the caller
// started as a benchSlack) and adds an app-level token.
func (d *socketModeDriver) setup(env map[string]string) []string {
	env["SLACK_APP_TOKEN"] = "xapp-bench"
	return []string{"--socket"}
}

// attach gives the driver the fake Web API, which hands out its endpoint.
func (d *socketModeDriver) attach(api *benchSlack) {
	d.slack = api
	api.socket = d.sm
}

func (d *socketModeDriver) ready(ctx context.Context, _ string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := d.sm.WaitConnected(ctx, 1); err != nil {
		return errors.New("bench: the server did not open a Socket Mode connection within 10s")
	}
	return nil
}

func (d *socketModeDriver) deliver(ctx context.Context, dl delivery) string {
	ctx, cancel := context.WithTimeout(ctx, slackAckTimeout)
	defer cancel()
	err := d.sm.Deliver(ctx, "events_api", dl.Body, dl.Attempt)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fakeslack.ErrNotConnected):
		return "not_connected"
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	return "transport"
}

func (d *socketModeDriver) report(down, up time.Time) guardReport {
	return d.slack.report(down, up)
}

func (d *socketModeDriver) close() { d.sm.Close() }
