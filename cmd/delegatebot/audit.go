package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/storage"
)

const auditUsage = `audit export --workspace ID [--since T] [--until T] --format csv|jsonl
       delegatebot audit checkpoint --workspace ID
       delegatebot audit verify --workspace ID [--checkpoint FILE]
       delegatebot audit trim --workspace ID --keep DURATION
       delegatebot audit workspaces`

func runAudit(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Usage: delegatebot "+auditUsage)
		return usageError("audit: expected export, checkpoint, verify or trim")
	}
	switch args[0] {
	case "export":
		return runAuditExport(ctx, args[1:], stdout, stderr)
	case "verify":
		return runAuditVerify(ctx, args[1:], stdout, stderr)
	case "checkpoint":
		return runAuditCheckpoint(ctx, args[1:], stdout, stderr)
	case "trim":
		return runAuditTrim(ctx, args[1:], stdout, stderr)
	case "workspaces":
		return runAuditWorkspaces(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, "Usage: delegatebot "+auditUsage)
		return nil
	}
	fmt.Fprintln(stderr, "Usage: delegatebot "+auditUsage)
	return usageError(fmt.Sprintf("audit: unknown subcommand %q", args[0]))
}

// parseWhen accepts RFC 3339 or a date (midnight UTC).
func parseWhen(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, usageError(fmt.Sprintf("--%s: %q is not a date (2026-11-01) or RFC 3339 time", flag, s))
}

// openStore opens only the store, for the offline subcommands.
func openStore(ctx context.Context, stderr io.Writer) (*App, error) {
	cfg, err := configFromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	return openApp(ctx, cfg, stderr)
}

// auditRecord is one exported entry.
type auditRecord struct {
	ID        string `json:"id"`
	At        string `json:"at"`
	Workspace string `json:"workspace"`
	Actor     string `json:"actor"`
	Action    string `json:"action"`
	Ticket    string `json:"ticket"`
	Channel   string `json:"channel"`
	From      string `json:"from"`
	To        string `json:"to"`
	Detail    string `json:"detail"`
}

var auditColumns = []string{"id", "at", "workspace", "actor", "action", "ticket", "channel", "from", "to", "detail"}

func (r auditRecord) row() []string {
	return []string{r.ID, r.At, r.Workspace, r.Actor, r.Action, r.Ticket, r.Channel, r.From, r.To, r.Detail}
}

func runAuditExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit export", auditUsage, stderr)
	ws := fs.String("workspace", "", "workspace id (Slack team id, Teams tenant id, or \"console\")")
	since := fs.String("since", "", "first day or time to include (2026-11-01 or RFC 3339)")
	until := fs.String("until", "", "first day or time to exclude")
	format := fs.String("format", "", "csv or jsonl")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usageError("audit export: --workspace is required")
	}
	if *format != "csv" && *format != "jsonl" {
		return usageError("audit export: --format must be csv or jsonl")
	}
	from, err := parseWhen("since", *since)
	if err != nil {
		return err
	}
	to, err := parseWhen("until", *until)
	if err != nil {
		return err
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	bar, err := auditBar(ctx, app.Store, *ws, stderr, "export")
	if err != nil {
		return err
	}
	defer bar.Finish()

	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	var write func(auditRecord) error
	if *format == "csv" {
		cw := csv.NewWriter(out)
		if err := cw.Write(auditColumns); err != nil {
			return err
		}
		write = func(r auditRecord) error { cw.Write(r.row()); cw.Flush(); return cw.Error() }
	} else {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		write = func(r auditRecord) error { return enc.Encode(r) }
	}
	err = app.Store.ScanAudit(storage.WithAuditProgress(ctx, bar.Add), *ws, from, to, func(e delegatebot.AuditEntry) error {
		return write(auditRecord{
			ID: e.ID, At: e.At.Format(time.RFC3339Nano), Workspace: e.Workspace, Actor: e.Actor, Action: e.Action,
			Ticket: e.Ticket, Channel: e.Channel, From: string(e.From), To: string(e.To), Detail: e.Detail,
		})
	})
	return err
}

func runAuditVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit verify", auditUsage, stderr)
	ws := fs.String("workspace", "", "workspace id (Slack team id, Teams tenant id, or \"console\")")
	cpFile := fs.String("checkpoint", "", "a checkpoint from `audit checkpoint` (or serve's checkpoint file): also fail when any entry it covers is gone")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usageError("audit verify: --workspace is required")
	}
	var cp *storage.Checkpoint
	if *cpFile != "" {
		c, err := readCheckpoint(*cpFile, *ws)
		if err != nil {
			return err
		}
		cp = &c
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	// With a checkpoint the workspace is known to have existed: a trail
	// wiped with its registry entry is what verify must report, not "no such
	// workspace".
	var bar *progress
	if cp == nil {
		if bar, err = auditBar(ctx, app.Store, *ws, stderr, "verify"); err != nil {
			return err
		}
	}
	pctx := storage.WithAuditProgress(ctx, bar.Add)
	signers := map[string]int{}
	pctx = storage.WithAuditSigners(pctx, func(kid string) { signers[kid]++ })
	var n int
	if cp != nil {
		n, err = app.Store.VerifyAuditCheckpoint(pctx, *ws, *cp)
	} else {
		n, err = app.Store.VerifyAudit(pctx, *ws)
	}
	bar.Finish()
	var ae *storage.AuditError
	if errors.As(err, &ae) {
		return fmt.Errorf("audit trail of %s is NOT intact after %d good entries: %w", *ws, n, err)
	} else if err != nil {
		return err
	}
	if cp != nil {
		fmt.Fprintf(stdout, "audit trail of %s is intact: %d entries verified; all %d entries of the checkpoint of %s are present\n", *ws, n, cp.Entries, cp.At.Format(time.RFC3339))
		printSigners(stdout, app.Store.AuditKeyIDs(), signers)
		return nil
	}
	fmt.Fprintf(stdout, "audit trail of %s is intact: %d entries verified\n", *ws, n)
	printSigners(stdout, app.Store.AuditKeyIDs(), signers)
	if n == 0 {
		fmt.Fprintln(stderr, "delegatebot: note: without --checkpoint a deleted or wiped trail cannot be told from an empty one")
	}
	return nil
}

func runAuditCheckpoint(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit checkpoint", auditUsage, stderr)
	ws := fs.String("workspace", "", "workspace id (Slack team id, Teams tenant id, or \"console\")")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usageError("audit checkpoint: --workspace is required")
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	c, err := app.Store.AuditCheckpoint(ctx, *ws)
	if errors.Is(err, storage.ErrNoAuditKey) {
		return fmt.Errorf("audit checkpoint: %w: set DELEGATEBOT_AUDIT_KEY (or DELEGATEBOT_AUDIT_KEY_FILE)", err)
	}
	var ae *storage.AuditError
	if errors.As(err, &ae) {
		return fmt.Errorf("audit checkpoint: the trail of %s is NOT intact, refusing to sign it: %w", *ws, err)
	}
	if err != nil {
		return err
	}
	if err := json.NewEncoder(stdout).Encode(c); err != nil {
		return err
	}
	return noteCheckpoint(ctx, app.Store, c, "cli")
}

// readCheckpoint reads the newest checkpoint of ws from path: one JSON
// object, or JSON lines of several workspaces (serve's checkpoint file).
func readCheckpoint(path, ws string) (storage.Checkpoint, error) {
	f, err := os.Open(path)
	if err != nil {
		return storage.Checkpoint{}, fmt.Errorf("checkpoint: %w", err)
	}
	defer f.Close()
	var found *storage.Checkpoint
	dec := json.NewDecoder(f)
	for {
		var c storage.Checkpoint
		if err := dec.Decode(&c); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return c, fmt.Errorf("checkpoint %s: not checkpoint JSON", path)
		}
		if c.Workspace == ws && (found == nil || c.At.After(found.At)) {
			found = &c
		}
	}
	if found == nil {
		return storage.Checkpoint{}, fmt.Errorf("checkpoint %s: none for workspace %s", path, ws)
	}
	return *found, nil
}

// minRetention guards against trimming away a trail by a typo (--keep 6m).
const minRetention = 24 * time.Hour

func runAuditTrim(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("audit trim", auditUsage, stderr)
	ws := fs.String("workspace", "", "workspace id (Slack team id, Teams tenant id, or \"console\")")
	keep := fs.Duration("keep", 0, "retention: entries younger than this are kept, e.g. 52560h (6 years); at least 24h")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ws == "" {
		return usageError("audit trim: --workspace is required")
	}
	if *keep < minRetention {
		return usageError("audit trim: --keep must be at least 24h (HIPAA asks for six years: 52560h)")
	}
	app, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer app.Close()
	if err := requireWorkspace(ctx, app.Store, *ws); err != nil {
		return err
	}
	bar := newProgress(stderr, -1, "trim "+*ws)
	n, err := app.Store.TrimAudit(ctx, *ws, time.Now().Add(-*keep))
	bar.Finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trimmed %d audit entries of %s older than %s; the chain stays verifiable\n", n, *ws, *keep)
	return nil
}

// printSigners says which keys signed the verified entries, so an operator
// knows whether an old audit key is still needed: "signed by: 3f2a… (current)
// 120, 9c1b… (old key 1) 880".
func printSigners(w io.Writer, ids []string, signers map[string]int) {
	if len(signers) == 0 {
		return
	}
	var parts []string
	for i, id := range ids {
		if c := signers[id]; c > 0 {
			role := "current"
			if i > 0 {
				role = fmt.Sprintf("DELEGATEBOT_OLD_AUDIT_KEYS #%d", i)
			}
			parts = append(parts, fmt.Sprintf("%s (%s) %d", id, role, c))
		}
	}
	if c := signers[storage.SignerUnkeyed]; c > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", storage.SignerUnkeyed, c))
	}
	fmt.Fprintf(w, "signed by: %s\n", strings.Join(parts, ", "))
}
