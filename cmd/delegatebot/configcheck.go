package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/delegatebot/delegatebot/storage"
)

// configProblems lists everything wrong with the configuration serve would
// run with, without connecting to anything. Messages name variables, never
// their values: they may be secrets.
func configProblems(socket bool) []error {
	var errs []error
	cfg, err := configFromEnv(os.Getenv)
	errs = append(errs, unjoin(err)...)
	if cfg.RedisURL != "" {
		if c, err := storage.Connect(cfg.RedisURL); err != nil {
			errs = append(errs, fmt.Errorf("REDIS_URL: not a valid Redis URL (redis://host:port[/db], rediss://, ?master_name= for Sentinel, ?cluster=true for Cluster)"))
		} else {
			c.Close()
		}
	}
	if cfg.EncryptionKey == "" {
		errs = append(errs, errors.New("DELEGATEBOT_ENCRYPTION_KEY is not set: serve refuses to start without it (or --insecure-no-encryption)"))
	}
	if cfg.AuditKey == "" {
		errs = append(errs, errors.New("DELEGATEBOT_AUDIT_KEY is not set: serve refuses to start without it (or --insecure-no-audit-key)"))
	}
	slackOn, slackErr := slackEnvFrom(os.Getenv).check(socket)
	if slackErr != nil {
		errs = append(errs, fmt.Errorf("slack: %w", slackErr))
	}
	_, teamsOn, teamsErr := teamsConfigFromEnv(os.Getenv)
	if teamsErr != nil {
		errs = append(errs, fmt.Errorf("teams: %w", teamsErr))
	}
	if !slackOn && !teamsOn && slackErr == nil && teamsErr == nil {
		errs = append(errs, errors.New("no platform is configured: SLACK_BOT_TOKEN is not set, and neither are TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID"))
	}
	return errs
}

// unjoin splits an errors.Join result into its parts.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func runConfig(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(stderr, "Usage: delegatebot config check [--config FILE] [--socket]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return usageError("config: expected the subcommand check")
	}
	fs := newFlagSet("config check", "config check [--config FILE] [--socket]", stderr)
	path := fs.String("config", "", "configuration file of KEY=VALUE lines; the environment overrides it (env "+configFileEnv+")")
	socket := fs.Bool("socket", false, "check for Slack Socket Mode instead of HTTP")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	var problems []error
	if err := configFile(*path); err != nil {
		problems = append(problems, unjoin(err)...)
	}
	problems = append(problems, configProblems(*socket)...)
	if len(problems) == 0 {
		fmt.Fprintln(stdout, "configuration OK")
		return nil
	}
	fmt.Fprintf(stderr, "%d configuration problem(s):\n", len(problems))
	for _, p := range problems {
		fmt.Fprintln(stderr, "  -", p)
	}
	return fmt.Errorf("configuration is not valid")
}
