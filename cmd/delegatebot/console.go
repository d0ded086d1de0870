package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot/console"
)

// consoleQueue is the channel the console posts new tickets to.
const consoleQueue = "queue"

// consoleTick is how often the console looks for due reminders between lines.
const consoleTick = 5 * time.Second

// consoleUser is who the console starts as: an executive and admin, so a
// newcomer can try everything; /as switches.
const consoleUser = "dana"

func runConsole(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("console", "console [--data-dir DIR]", stderr)
	cfg, cfgErr := configFromEnv(os.Getenv)
	fs.StringVar(&cfg.DataDir, "data-dir", cfg.DataDir, "data directory of the embedded store (env DELEGATEBOT_DATA_DIR)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if cfgErr != nil {
		return cfgErr
	}
	cfg.Queues = map[string]string{console.Platform: consoleQueue}
	app, err := openApp(ctx, cfg, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	// The console's first user can do everything, so a newcomer can try it
	// all; grants are kept like any other, and audited.
	grant := func(role delegatebot.Role, user string) error {
		return app.Store.SetRole(ctx, console.Workspace, user, role, true, "console")
	}
	for _, r := range []delegatebot.Role{delegatebot.RoleExecutive, delegatebot.RoleAdmin} {
		if err := grant(r, consoleUser); err != nil {
			return err
		}
	}
	if err := app.Store.SetClearance(ctx, console.Workspace, consoleUser, true, "console"); err != nil {
		return err
	}
	interactive := isTerminal(stdin)
	if interactive {
		fmt.Fprintf(stdout, "delegatebot console: you are @%s (executive, admin, PHI clearance). Type a request, /help, or /quit.\n", consoleUser)
	}
	a := &console.Adapter{
		Bot: app.Bot, In: stdin, Out: stdout, User: consoleUser,
		Grant: grant, Location: cfg.Location, Prompt: interactive,
	}
	// Reminders, overdue notices, escalations and digests run here too, after
	// each line and in the background, so a newcomer sees them.
	app.Reminders.Senders[console.Platform] = a
	a.Tick = func(ctx context.Context) {
		if err := app.Reminders.Tick(ctx); err != nil {
			fmt.Fprintf(stderr, "reminders: %v\n", err)
		}
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan struct{})
	go func() { defer close(done); app.Reminders.Run(ctx, consoleTick, nil) }()
	defer func() { stop(); <-done }()
	return a.Run(ctx)
}

// isTerminal reports whether r is a character device (a terminal).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
