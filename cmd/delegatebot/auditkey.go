package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/storage"
)

// auditKeyFile is where the embedded mode keeps the audit key it generated.
const auditKeyFile = "audit.key"

// auditConfigFromEnv reads the audit key and the checkpoint schedule.
func auditConfigFromEnv(getenv func(string) string, cfg *Config) []error {
	var errs []error
	cfg.AuditKey = getenv("DELEGATEBOT_AUDIT_KEY")
	if f := getenv("DELEGATEBOT_AUDIT_KEY_FILE"); f != "" && cfg.AuditKey == "" {
		b, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_AUDIT_KEY_FILE: %w", err))
		}
		cfg.AuditKey = strings.TrimSpace(string(b))
	}
	if cfg.AuditKey != "" {
		if _, err := storage.ParseKey(cfg.AuditKey); err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_AUDIT_KEY: %w (want base64 of 32 bytes)", err))
		}
	}
	cfg.OldAuditKeys = splitList(getenv("DELEGATEBOT_OLD_AUDIT_KEYS"))
	for i, k := range cfg.OldAuditKeys {
		if _, err := storage.ParseKey(k); err != nil {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_OLD_AUDIT_KEYS: key %d: %w", i+1, err))
		}
	}
	cfg.CheckpointFile = getenv("DELEGATEBOT_AUDIT_CHECKPOINT_FILE")
	cfg.CheckpointURL = getenv("DELEGATEBOT_AUDIT_CHECKPOINT_URL")
	if u := cfg.CheckpointURL; u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		errs = append(errs, errors.New("DELEGATEBOT_AUDIT_CHECKPOINT_URL: not an http(s) URL"))
	}
	cfg.CheckpointEvery = time.Hour
	if v := getenv("DELEGATEBOT_AUDIT_CHECKPOINT_INTERVAL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Minute {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_AUDIT_CHECKPOINT_INTERVAL: %q is not a duration of at least 1m", v))
		}
		cfg.CheckpointEvery = d
	}
	return errs
}

// oldAuditKeys returns the keys of DELEGATEBOT_OLD_AUDIT_KEYS, newest
// first: they verify what they signed before a rotation, and sign nothing.
func oldAuditKeys(cfg Config) ([][]byte, error) {
	var out [][]byte
	for i, k := range cfg.OldAuditKeys {
		key, err := storage.ParseKey(k)
		if err != nil {
			return nil, fmt.Errorf("DELEGATEBOT_OLD_AUDIT_KEYS: key %d: %w", i+1, err)
		}
		out = append(out, key)
	}
	return out, nil
}

// auditKey returns the audit key of cfg. Like the encryption key: the
// embedded store generates one into its data directory; serve refuses to
// start without one unless --insecure-no-audit-key; other commands warn.
func auditKey(cfg Config, embedded bool, stderr io.Writer) ([]byte, error) {
	cur := cfg.AuditKey
	if cur == "" && embedded {
		var err error
		if cur, err = generatedKey(filepath.Join(cfg.DataDir, auditKeyFile), "audit", "DELEGATEBOT_AUDIT_KEY", stderr); err != nil {
			return nil, err
		}
	}
	if cur == "" {
		if cfg.RequireKey && !cfg.NoAuditKey {
			return nil, errors.New("no audit key: set DELEGATEBOT_AUDIT_KEY (base64 of 32 bytes kept outside Redis; `delegatebot keys new` makes one) or pass --insecure-no-audit-key")
		}
		fmt.Fprintln(stderr, "delegatebot: WARNING: no audit key (DELEGATEBOT_AUDIT_KEY): the audit trail cannot be proven against someone with Redis access")
		return nil, nil
	}
	key, err := storage.ParseKey(cur)
	if err != nil {
		return nil, fmt.Errorf("audit key: %w", err)
	}
	return key, nil
}

// checkpointWriter appends a signed checkpoint of every workspace's audit
// trail to a file on a schedule, one JSON line each; `audit verify
// --checkpoint FILE` uses the newest line of the workspace. The file only
// grows, so a trail wiped from Redis is still covered by its old lines.
// With URL set it also POSTs the same lines (application/x-ndjson) there:
// a collector or an object store outside the cluster.
type checkpointWriter struct {
	Store  *storage.Store
	Path   string // "" writes no file
	URL    string // "" posts nowhere
	Client *http.Client
	Log    *slog.Logger
}

// Run writes checkpoints every interval until ctx ends.
func (w *checkpointWriter) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := w.WriteAll(ctx); err != nil {
			w.Log.Error("audit checkpoint", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// WriteAll appends one checkpoint per workspace. A workspace whose trail
// does not verify is logged and skipped: its earlier checkpoints stand.
func (w *checkpointWriter) WriteAll(ctx context.Context) error {
	wss, err := w.Store.Workspaces(ctx)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	var errs []error
	var made []storage.Checkpoint
	for _, ws := range wss {
		c, err := w.Store.AuditCheckpoint(ctx, ws)
		if err != nil {
			errs = append(errs, fmt.Errorf("workspace %s: %w", ws, err))
			continue
		}
		enc.Encode(c)
		made = append(made, c)
	}
	defer func() {
		// Only checkpoints kept outside Redis count for the report.
		if len(errs) == 0 {
			for _, c := range made {
				if err := noteCheckpoint(ctx, w.Store, c, "serve"); err != nil {
					w.Log.Error("audit checkpoint entry", "workspace", c.Workspace, "err", err)
				}
			}
		}
	}()
	if buf.Len() > 0 && w.URL != "" {
		if err := w.post(ctx, buf.Bytes()); err != nil {
			errs = append(errs, err)
		}
	}
	if buf.Len() > 0 && w.Path != "" {
		f, err := os.OpenFile(w.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			return fmt.Errorf("checkpoint file: %w", err)
		}
		_, err = f.Write(buf.Bytes())
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("checkpoint file: %w", err)
		}
	}
	return errors.Join(errs...)
}

// noteCheckpoint records in the trail that checkpoint c was made and kept
// outside Redis, so the oversight report can show the last one.
func noteCheckpoint(ctx context.Context, s *storage.Store, c storage.Checkpoint, actor string) error {
	return s.Audit(ctx, delegatebot.AuditEntry{Workspace: c.Workspace, Actor: actor, Action: "audit.checkpoint",
		Detail: fmt.Sprintf("entries=%d last=%s", c.Entries, c.LastID)})
}

// post sends checkpoint lines to w.URL; anything but 2xx is an error.
func (w *checkpointWriter) post(ctx context.Context, lines []byte) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(lines))
	if err != nil {
		return fmt.Errorf("checkpoint url: %w", err)
	}
	req.Header.Set("Content-Type", "application/x-ndjson")
	c := w.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("checkpoint url: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("checkpoint url: status %d", resp.StatusCode)
	}
	return nil
}
