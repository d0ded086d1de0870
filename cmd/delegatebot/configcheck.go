package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/storage"
)

// configProblems lists everything wrong with the configuration serve would
// run with; the only connection it makes is one PING to Redis, bounded by
// checkRedisTimeout. Messages name variables, never their values: they may
// be secrets.
func configProblems(ctx context.Context, socket bool) []error {
	var errs []error
	cfg, err := configFromEnv(os.Getenv)
	errs = append(errs, unjoin(err)...)
	if cfg.RedisURL != "" {
		if c, err := storage.ConnectTimeout(cfg.RedisURL, checkRedisTimeout); err != nil {
			errs = append(errs, fmt.Errorf("REDIS_URL: not a valid Redis URL (redis://host:port[/db], rediss://, ?master_name= for Sentinel, ?cluster=true for Cluster)"))
		} else {
			pctx, cancel := context.WithTimeout(ctx, checkRedisTimeout)
			if err := c.Ping(pctx).Err(); err != nil {
				errs = append(errs, fmt.Errorf("REDIS_URL: Redis does not answer within %s (%s)", checkRedisTimeout, redisFailure(err)))
			}
			cancel()
			c.Close()
		}
	}
	errs = append(errs, placeholders(os.Getenv)...)
	if q := os.Getenv("SLACK_QUEUE_CHANNEL"); q != "" && os.Getenv("SLACK_BOT_TOKEN") == "" {
		errs = append(errs, errors.New("slack: partly configured: SLACK_QUEUE_CHANNEL is set but SLACK_BOT_TOKEN is not"))
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

// checkRedisTimeout bounds config check's attempt to reach Redis.
const checkRedisTimeout = 2 * time.Second

// redisFailure describes why Redis did not answer without quoting the URL
// (it may hold a password).
func redisFailure(err error) string {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	case strings.Contains(err.Error(), "refused"):
		return "connection refused"
	case strings.Contains(err.Error(), "NOAUTH"), strings.Contains(err.Error(), "WRONGPASS"):
		return "authentication failed"
	}
	return "unreachable"
}

// secretVariables are the variables whose values are secrets or addresses
// an operator fills in from a template.
var secretVariables = []string{"REDIS_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN",
	"TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "DELEGATEBOT_ENCRYPTION_KEY", "DELEGATEBOT_AUDIT_KEY",
	"DELEGATEBOT_OLD_ENCRYPTION_KEYS", "DELEGATEBOT_OLD_AUDIT_KEYS", "OPENAI_API_KEY"}

// placeholderMarks are what templates put where a value belongs.
var placeholderMarks = []string{"replace_me", "replace-me", "replaceme", "changeme", "change_me", "change-me", "your_", "your-", "<", "xxxxx"}

// placeholders lists the secret variables still holding a template's
// placeholder, naming the variable only.
func placeholders(getenv func(string) string) []error {
	var errs []error
	for _, k := range secretVariables {
		v := strings.ToLower(getenv(k))
		for _, m := range placeholderMarks {
			if v != "" && strings.Contains(v, m) {
				errs = append(errs, fmt.Errorf("%s holds a placeholder (%q): fill in the real value", k, strings.ToUpper(m)))
				break
			}
		}
	}
	return errs
}

// configWarnings lists what serve would accept but production should not
// have.
func configWarnings(getenv func(string) string) []string {
	var w []string
	if getenv("REDIS_URL") == "" {
		w = append(w, "REDIS_URL is not set: serve would run the embedded single-process store (fine for a trial, not for production or more than one replica)")
	}
	if strings.TrimSpace(getenv("DELEGATEBOT_EXECUTIVES")) == "" {
		w = append(w, "DELEGATEBOT_EXECUTIVES is empty: anyone may delegate")
	}
	return w
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
	problems = append(problems, configProblems(ctx, *socket)...)
	for _, w := range configWarnings(os.Getenv) {
		fmt.Fprintln(stderr, "warning:", w)
	}
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
