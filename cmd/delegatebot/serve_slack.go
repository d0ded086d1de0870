package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot/slack"
)

// slackEnv is the Slack part of the environment.
type slackEnv struct {
	BotToken, SigningSecret, AppToken, APIURL, Queue string
}

func slackEnvFrom(getenv func(string) string) slackEnv {
	return slackEnv{
		BotToken:      getenv("SLACK_BOT_TOKEN"),
		SigningSecret: getenv("SLACK_SIGNING_SECRET"),
		AppToken:      getenv("SLACK_APP_TOKEN"),
		APIURL:        getenv("SLACK_API_URL"),
		Queue:         getenv("SLACK_QUEUE_CHANNEL"),
	}
}

// check reports whether Slack is configured: not at all (false, nil), fully
// for the chosen transport (true, nil), or partly — an error naming every
// missing variable, because a half-configured bot would fail only later, in
// front of users.
func (e slackEnv) check(socket bool) (bool, error) {
	if e.BotToken == "" && e.SigningSecret == "" && e.AppToken == "" && !socket {
		return false, nil
	}
	var missing []string
	if e.BotToken == "" {
		missing = append(missing, "SLACK_BOT_TOKEN")
	}
	if socket && e.AppToken == "" {
		missing = append(missing, "SLACK_APP_TOKEN (needed by --socket)")
	}
	if !socket && e.SigningSecret == "" {
		missing = append(missing, "SLACK_SIGNING_SECRET")
	}
	if len(missing) > 0 {
		return false, fmt.Errorf("partly configured: set %s", strings.Join(missing, ", "))
	}
	return true, nil
}

// inboxWorkers is how many events one replica handles at once.
const inboxWorkers = 16

// mountSlack adds the Slack endpoints to mux when Slack is configured and
// reports whether it did. With --socket it also runs Socket Mode in the
// background until ctx ends.
func mountSlack(ctx context.Context, app *App, mux *http.ServeMux, opt serveOptions, log *slog.Logger, workers *workerGroup) (bool, error) {
	env := slackEnvFrom(os.Getenv)
	on, err := env.check(opt.Socket)
	if !on || err != nil {
		return false, err
	}
	if env.Queue == "" {
		log.Warn("SLACK_QUEUE_CHANNEL is not set: new tickets are not posted for assistants")
	}
	lease := 30 * time.Second
	if v := os.Getenv("DELEGATEBOT_INBOX_LEASE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Second {
			return false, fmt.Errorf("DELEGATEBOT_INBOX_LEASE: %q is not a duration of at least 1s", v)
		}
		lease = d
	}
	a := slack.NewAdapter(slack.Config{
		Bot:           app.Bot,
		Token:         env.BotToken,
		SigningSecret: env.SigningSecret,
		AppToken:      env.AppToken,
		APIURL:        env.APIURL,
		Profiles:      app.Store,
		Inbox:         app.Store,
		InboxLease:    lease,
		Go:            workers.Go,
		Log:           log,
		Location:      app.Config.Location,
		TicketEmoji:   os.Getenv("DELEGATEBOT_TICKET_EMOJI"),
		OnPanic:       opt.OnPanic,
		OnAPI:         apiCounter(opt, "slack"),
	})
	app.Reminders.Senders["slack"] = a
	app.addMembers(slack.Platform, a.Members)
	if env.SigningSecret != "" {
		mux.Handle("/slack/", a.Handler())
	}
	// Events (HTTP and Socket Mode) are acknowledged once stored in the
	// inbox; these workers handle them, on every replica.
	workers.Go(func(context.Context) { a.RunInbox(ctx, inboxWorkers) })
	if opt.Socket {
		workers.Go(func(context.Context) {
			if err := a.RunSocket(ctx); err != nil {
				log.Error("slack socket mode stopped", "err", err)
			}
		})
	}
	return true, nil
}
