package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot/teams"
	teamsmanifest "github.com/delegatebot/delegatebot/manifests/teams"
)

// teamsConfig is the Teams part of the environment.
type teamsConfig struct {
	AppID       string // TEAMS_APP_ID: the Azure bot's Microsoft App ID
	AppPassword string // TEAMS_APP_PASSWORD: its client secret
	TenantID    string // TEAMS_TENANT_ID: the single tenant it is registered in
	MetadataURL string // TEAMS_OPENID_METADATA_URL
	TokenURL    string // TEAMS_TOKEN_URL
}

// teamsRequired are the variables without which Teams cannot run.
var teamsRequired = []string{"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"}

// teamsConfigFromEnv reads the TEAMS_* variables. Teams is on when the
// required ones are set, off when no TEAMS_* variable is; anything between
// is an error naming every missing variable, so a half-configured bot fails
// at start-up rather than silently serving Slack alone.
func teamsConfigFromEnv(getenv func(string) string) (cfg teamsConfig, on bool, err error) {
	cfg = teamsConfig{
		AppID:       strings.TrimSpace(getenv("TEAMS_APP_ID")),
		AppPassword: getenv("TEAMS_APP_PASSWORD"),
		TenantID:    strings.TrimSpace(getenv("TEAMS_TENANT_ID")),
		MetadataURL: getenv("TEAMS_OPENID_METADATA_URL"),
		TokenURL:    getenv("TEAMS_TOKEN_URL"),
	}
	var missing []string
	anySet := false
	for _, k := range append(teamsRequired, "TEAMS_OPENID_METADATA_URL", "TEAMS_TOKEN_URL", "TEAMS_QUEUE_CONVERSATION") {
		if getenv(k) != "" {
			anySet = true
		} else if slices.Contains(teamsRequired, k) {
			missing = append(missing, k)
		}
	}
	if !anySet {
		return cfg, false, nil
	}
	if len(missing) > 0 {
		return cfg, false, fmt.Errorf("partly configured: set %s", strings.Join(missing, ", "))
	}
	if cfg.MetadataURL == "" {
		cfg.MetadataURL = teams.DefaultMetadataURL
	}
	if cfg.TokenURL == "" {
		cfg.TokenURL = teams.TokenURL(cfg.TenantID)
	}
	var errs []error
	for k, v := range map[string]string{"TEAMS_OPENID_METADATA_URL": cfg.MetadataURL, "TEAMS_TOKEN_URL": cfg.TokenURL} {
		if u, err := url.Parse(v); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			errs = append(errs, fmt.Errorf("%s: not an http(s) URL", k))
		}
	}
	return cfg, len(errs) == 0, errors.Join(errs...)
}

// mountTeams adds the Bot Framework endpoint (POST /api/messages) to mux
// when Teams is configured and reports whether it did. Message activities
// are acknowledged once stored in the durable inbox and worked on by its
// workers.
func mountTeams(ctx context.Context, app *App, mux *http.ServeMux, opt serveOptions, log *slog.Logger, workers *workerGroup) (bool, error) {
	cfg, on, err := teamsConfigFromEnv(os.Getenv)
	if err != nil || !on {
		return false, err
	}
	if app.Config.Queues[teams.Platform] == "" {
		log.Warn("TEAMS_QUEUE_CONVERSATION is not set: new Teams tickets are not posted for assistants")
	}
	conn := &teams.Connector{AppID: cfg.AppID, AppPassword: cfg.AppPassword, TokenURL: cfg.TokenURL, Log: log,
		OnAPI: apiCounter(opt, teams.Platform)}
	a := &teams.Adapter{
		Bot:       app.Bot,
		Auth:      &teams.Authenticator{AppID: cfg.AppID, MetadataURL: cfg.MetadataURL},
		Connector: conn,
		Profiles:  app.Store,
		Tenant:    cfg.TenantID,
		Go:        workers.Go,
		Log:       log,
		Inbox:     app.Store,
		OnPanic:   opt.OnPanic,
	}
	if v := os.Getenv("DELEGATEBOT_INBOX_LEASE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Second {
			return false, fmt.Errorf("DELEGATEBOT_INBOX_LEASE: %q is not a duration of at least 1s", v)
		}
		a.InboxLease = d
	}
	mux.Handle("POST /api/messages", a)
	// Message activities are acknowledged once stored in the inbox; these
	// workers handle them, on every replica.
	workers.Go(func(context.Context) { a.RunInbox(ctx, inboxWorkers) })
	app.Reminders.Senders[teams.Platform] = a.Background()
	app.addMembers(teams.Platform, a.Members)
	return true, nil
}

// guid matches the form Teams requires of app and bot ids.
var guid = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// runTeams runs "delegatebot teams package [--app-id ID] [--out FILE]":
// it writes the app package to sideload into Teams, a zip of manifest.json
// (with the app id filled in) and the two icons.
func runTeams(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "package" {
		fmt.Fprintln(stderr, "Usage: delegatebot teams package [--app-id ID] [--out FILE]")
		if len(args) == 0 {
			return usageError("teams: no subcommand given")
		}
		return usageError(fmt.Sprintf("teams: unknown subcommand %q", args[0]))
	}
	fs := newFlagSet("teams package", "teams package [--app-id ID] [--out FILE]", stderr)
	appID := fs.String("app-id", os.Getenv("TEAMS_APP_ID"), "the Azure bot's Microsoft App ID (env TEAMS_APP_ID)")
	out := fs.String("out", "delegatebot-teams.zip", `where to write the package; "-" for stdout`)
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if !guid.MatchString(*appID) {
		return usageError("teams package: --app-id (or TEAMS_APP_ID) must be the bot's Microsoft App ID, a GUID")
	}
	pkg, err := teamsPackage(strings.ToLower(*appID))
	if err != nil {
		return err
	}
	if *out == "-" {
		_, err = stdout.Write(pkg)
		return err
	}
	if err := os.WriteFile(*out, pkg, 0o644); err != nil {
		return fmt.Errorf("teams package: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s: upload it in Teams under Apps > Manage your apps > Upload an app\n", *out)
	return nil
}

// teamsPackage builds the app package zip for appID.
func teamsPackage(appID string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(teamsmanifest.Manifest, &m); err != nil {
		return nil, fmt.Errorf("embedded manifest: %w", err)
	}
	m["id"] = appID
	for _, list := range []string{"bots", "composeExtensions"} {
		items, _ := m[list].([]any)
		for _, b := range items {
			if bm, ok := b.(map[string]any); ok {
				bm["botId"] = appID
			}
		}
	}
	manifest, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct {
		name string
		data []byte
	}{{"manifest.json", manifest}, {"color.png", teamsmanifest.ColorIcon}, {"outline.png", teamsmanifest.OutlineIcon}} {
		w, err := zw.Create(f.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
