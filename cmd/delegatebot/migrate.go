package main

import (
	"context"
	"fmt"
	"io"

	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/storage"
)

// runMigrate brings tickets stored by an older version up to date, once,
// after an upgrade: it computes each ticket's PHI values and the redacted
// copies of its subject and people (so every rendering redacts them), and
// seals text, subject, people and PHI values under the current key, so no
// plain text is left behind. It is safe to run again.
func runMigrate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		fmt.Fprintln(stdout, "Usage: delegatebot migrate")
		if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			return nil
		}
		return usageError("migrate: takes no arguments")
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	if app.Store.Keys == nil {
		return fmt.Errorf("migrate: set DELEGATEBOT_ENCRYPTION_KEY: migrating without a key would leave the fields in plain text")
	}
	// Old tickets hold plain text and values sealed before bindings: read
	// them as a migration does, and write them back bound.
	app.Store.Keys.AllowLegacy = true
	h := handlers.New(handlers.Config{Store: app.Store, Colleagues: app.Config.Colleagues})
	wss, err := app.Store.Workspaces(ctx)
	if err != nil {
		return err
	}
	total := 0
	for _, ws := range wss {
		done := 0
		var after int64
		for {
			ts, next, err := app.Store.ListTickets(ctx, ws, storage.Filter{}, after, 500)
			if err != nil {
				return err
			}
			for _, t := range ts {
				did, err := app.Store.Reprotect(ctx, ws, t.Number, h.Protect)
				if err != nil {
					return err
				}
				if did {
					done++
				}
			}
			if next == 0 {
				break
			}
			after = next
		}
		fmt.Fprintf(stderr, "workspace %s: %d tickets migrated\n", ws, done)
		total += done
	}
	fmt.Fprintf(stdout, "migrated %d tickets\n", total)
	return nil
}
