package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/report"
	"github.com/delegatebot/delegatebot/storage"
)

const reportUsage = `report --workspace ID [--since DATE] [--until DATE] --out FILE`

// runReport writes the oversight report of a workspace: one self-contained
// HTML file of ids, intents, PHI types, counts and times (no request text).
func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("report", reportUsage, stderr)
	ws := fs.String("workspace", "", "workspace id (Slack team id, Teams tenant id, or \"console\")")
	since := fs.String("since", "", "first day or time of the period (2026-09-01 or RFC 3339); default: the start of the trail")
	until := fs.String("until", "", "first day or time after the period; default: now")
	out := fs.String("out", "", "the HTML file to write")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usageError("report: --workspace is required")
	}
	if *out == "" {
		return usageError("report: --out is required")
	}
	from, err := parseWhen("since", *since)
	if err != nil {
		return err
	}
	to, err := parseWhen("until", *until)
	if err != nil {
		return err
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return usageError("report: --since must be before --until")
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	if err := requireWorkspace(ctx, app.Store, *ws); err != nil {
		return err
	}
	cfg := report.Config{Workspace: *ws, Since: from, Until: to, Now: app.Store.Now(), ReviewEvery: app.Config.Oversight.ReviewEvery}
	b, err := buildReport(ctx, app, cfg, stderr)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(*out, b.WriteHTML); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	fmt.Fprintf(stdout, "wrote the oversight report of %s to %s\n", *ws, *out)
	return nil
}

// buildReport reads everything the report shows: current channel approvals
// and grants, the verified audit chain, ticket metadata and the whole trail.
func buildReport(ctx context.Context, app *App, cfg report.Config, stderr io.Writer) (*report.Builder, error) {
	st, ws := app.Store, cfg.Workspace
	var err error
	if cfg.Approved, err = st.ApprovedChannels(ctx, ws); err != nil {
		return nil, err
	}
	grants, err := st.Grants(ctx, ws)
	if err != nil {
		return nil, err
	}
	cfg.Access = accessList(app.Config, grants)
	nTickets, err := st.TicketCount(ctx, ws)
	if err != nil {
		return nil, err
	}
	nAudit, err := st.AuditLen(ctx, ws)
	if err != nil {
		return nil, err
	}
	// Verifying reads the trail once and building reads it again.
	bar := newProgress(stderr, nTickets+2*nAudit, "report "+ws)
	defer bar.Finish()
	n, err := st.VerifyAudit(storage.WithAuditProgress(ctx, bar.Add), ws)
	var ae *storage.AuditError
	switch {
	case errors.As(err, &ae):
		cfg.Verify = report.Verification{Entries: n, Err: ae.Error()}
	case err != nil:
		return nil, err
	default:
		cfg.Verify = report.Verification{Entries: n}
	}
	b := report.New(cfg)
	err = st.ScanTicketMeta(ctx, ws, func(t *delegatebot.Ticket) error {
		b.Ticket(t)
		bar.Add(1)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = st.ScanAudit(ctx, ws, time.Time{}, time.Time{}, func(e delegatebot.AuditEntry) error {
		b.Entry(e)
		bar.Add(1)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// accessList merges the roles configuration grants to every workspace with
// what admins granted in chat.
func accessList(cfg Config, grants map[string]storage.Access) []report.Access {
	m := map[string]*report.Access{}
	get := func(u string) *report.Access {
		if m[u] == nil {
			m[u] = &report.Access{User: u}
		}
		return m[u]
	}
	addRole := func(u string, r delegatebot.Role) {
		a := get(u)
		if !slices.Contains(a.Roles, r) {
			a.Roles = append(a.Roles, r)
		}
	}
	for r, users := range map[delegatebot.Role][]string{
		delegatebot.RoleAdmin: cfg.Admins, delegatebot.RoleAssistant: cfg.Assistants, delegatebot.RoleExecutive: cfg.Executives,
	} {
		for _, u := range users {
			addRole(u, r)
		}
	}
	for _, u := range cfg.Cleared {
		get(u).Cleared = true
	}
	for u, g := range grants {
		for _, r := range g.Roles {
			addRole(u, r)
		}
		a := get(u)
		a.Cleared = a.Cleared || g.Cleared
		a.Supports = g.Supports
	}
	out := make([]report.Access, 0, len(m))
	for _, a := range m {
		slices.Sort(a.Roles)
		out = append(out, *a)
	}
	return out
}

// requireWorkspace is the "no such workspace" check of the offline tools, so
// a typo is an error rather than an empty export or report.
func requireWorkspace(ctx context.Context, st *storage.Store, ws string) error {
	ok, err := st.WorkspaceExists(ctx, ws)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("no such workspace %q (\"delegatebot audit workspaces\" lists them)", ws)
	}
	return nil
}

// writeFileAtomic writes path through a temporary file in the same
// directory, so a failed run never leaves half a report behind. The file is
// readable by its owner only, like the audit exports it summarises.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".report-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
