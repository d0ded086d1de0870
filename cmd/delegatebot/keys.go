package main

import (
	"context"
	"fmt"
	"io"

	"github.com/delegatebot/delegatebot/storage"
)

func runKeys(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	const u = "Usage: delegatebot keys new | delegatebot keys rotate"
	if len(args) != 1 {
		fmt.Fprintln(stderr, u)
		return usageError("keys: expected new or rotate")
	}
	switch args[0] {
	case "new":
		fmt.Fprintln(stdout, storage.NewKey())
		return nil
	case "rotate":
		app, err := openStore(ctx, stderr)
		if err != nil {
			return err
		}
		defer app.Close()
		if app.Store.Keys == nil {
			return fmt.Errorf("keys rotate: set DELEGATEBOT_ENCRYPTION_KEY to the new key and DELEGATEBOT_OLD_ENCRYPTION_KEYS to the old ones")
		}
		bar := newProgress(stderr, -1, "rotate keys (workspaces)")
		n, err := app.Store.RotateKeys(ctx, func(ws string, checked, rewritten int) {
			if bar != nil {
				bar.Add(1)
				return
			}
			fmt.Fprintf(stderr, "workspace %s: %d tickets checked, %d re-encrypted\n", ws, checked, rewritten)
		})
		bar.Finish()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "re-encrypted %d tickets under key %s\n", n, app.Store.Keys.Current())
		return nil
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, u)
		return nil
	}
	fmt.Fprintln(stderr, u)
	return usageError(fmt.Sprintf("keys: unknown subcommand %q", args[0]))
}
