package main

import (
	"context"
	"fmt"
	"io"

	"github.com/delegatebot/delegatebot/storage"
)

// runAuditWorkspaces lists every workspace with tickets or an audit trail,
// one id a line, for the --workspace flag of the other audit commands.
func runAuditWorkspaces(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit workspaces", auditUsage, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	wss, err := app.Store.Workspaces(ctx)
	if err != nil {
		return err
	}
	for _, ws := range wss {
		fmt.Fprintln(stdout, ws)
	}
	return nil
}

// auditBar checks that ws exists and returns a progress bar over its audit
// trail (nil, silent, when stderr is not a terminal).
func auditBar(ctx context.Context, st *storage.Store, ws string, stderr io.Writer, verb string) (*progress, error) {
	if err := requireWorkspace(ctx, st, ws); err != nil {
		return nil, err
	}
	if !showProgress(stderr) {
		return nil, nil
	}
	n, err := st.AuditLen(ctx, ws)
	if err != nil {
		return nil, err
	}
	return newProgress(stderr, n, verb+" "+ws), nil
}
