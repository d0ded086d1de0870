package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

const inboxUsage = `inbox list [--platform slack]
       delegatebot inbox retry [--platform slack] --event ID|--all
       delegatebot inbox drop [--platform slack] --event ID|--all`

// runInbox lets an operator see and settle the events the durable inbox
// parked after they failed (or panicked) storage.MaxAttempts times.
func runInbox(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage: delegatebot "+inboxUsage)
		return usageError("inbox: expected list, retry or drop")
	}
	sub := args[0]
	switch sub {
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, "Usage: delegatebot "+inboxUsage)
		return nil
	case "list", "retry", "drop":
	default:
		fmt.Fprintln(stderr, "Usage: delegatebot "+inboxUsage)
		return usageError(fmt.Sprintf("inbox: unknown subcommand %q", sub))
	}
	fs := newFlagSet("inbox "+sub, inboxUsage, stderr)
	platform := fs.String("platform", "slack", "the platform whose inbox to read")
	event := fs.String("event", "", "the parked event's id (retry, drop)")
	all := fs.Bool("all", false, "every parked event (retry, drop)")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	id := *event
	if sub != "list" && (id == "") == !*all {
		return usageError("inbox " + sub + ": pass --event ID or --all")
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	switch sub {
	case "list":
		parked, err := app.Store.ParkedEvents(ctx, *platform)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d parked %s events\n", len(parked), *platform)
		for _, p := range parked {
			fmt.Fprintf(stdout, "%s\t%s\tenqueued %s\n", p.EventID, p.Workspace, p.Enqueued.Format(time.RFC3339))
		}
	case "retry":
		n, err := app.Store.RetryParked(ctx, *platform, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d events queued again\n", n)
	case "drop":
		n, err := app.Store.DropParked(ctx, *platform, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d events dropped\n", n)
	}
	return nil
}
