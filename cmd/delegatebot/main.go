// Command delegatebot is a Slack and Microsoft Teams assistant that turns
// executives' requests into tracked delegation tickets without leaking PHI.
//
// Run "delegatebot help" for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// usage is the top-level help. Every flag and environment variable the
// program reads is documented here and in the README.
const usage = `delegatebot turns chat requests into tracked delegation tickets, guarding PHI.

Usage:
  delegatebot console [--data-dir DIR]   chat with the bot in this terminal
  delegatebot serve [--addr HOST:PORT] [--socket] [--insecure-no-encryption] [--insecure-no-audit-key]
                    [--allow-plaintext]
                                         run the Slack and Teams endpoints, /healthz, /readyz
  delegatebot parse [--jsonl] [--now T] [--tz ZONE]
                                         parse requests (JSON out; see DESIGN.md)
  delegatebot phi scan [--jsonl]         find and redact PHI (JSON out)
  delegatebot phi scan --types           list the PHI types detected
  delegatebot audit export --workspace ID [--since T] [--until T] --format csv|jsonl
                                         write the audit trail to stdout
  delegatebot audit checkpoint --workspace ID
                                         print a signed checkpoint of the audit trail (JSON)
                                         to keep outside Redis
  delegatebot audit verify --workspace ID [--checkpoint FILE]
                                         check the audit chain; non-zero exit names the first
                                         edited or deleted entry, or what the checkpoint
                                         covers that is missing
  delegatebot audit trim --workspace ID --keep DURATION
                                         drop entries older than the retention
  delegatebot audit workspaces           list the workspaces with tickets or an audit trail
  delegatebot report --workspace ID [--since DATE] [--until DATE] --out FILE
                                         write the oversight report: one self-contained HTML
                                         file (charts, no request text, no PHI) for reviews
  delegatebot config check [--config FILE] [--socket]
                                         validate the configuration serve would use (pings
                                         Redis for up to 2 s); lists every problem and exits
                                         non-zero if there is any; warns about the embedded
                                         store and an empty executives list
  delegatebot teams package [--app-id ID] [--out FILE]
                                         build the Teams app package (zip) to sideload
  delegatebot bench [--platform slack|socketmode|teams] [--rate N] [--duration D] [--concurrency N]
                    [--fault [--fault-mode kill|pause]] [--target URL] [--redis-url URL]
                                         load and fault test of the Slack endpoint, Socket Mode or
                                         the Teams endpoint (loopback only): lost and duplicated tickets
  delegatebot inbox list|retry|drop [--platform slack] [--event ID|--all]
                                         events parked after failing (or panicking) 5 times:
                                         list them, queue them again, or drop them
  delegatebot keys new                   print a fresh encryption key (base64 of 32 bytes)
  delegatebot keys rotate                re-encrypt stored text under the current key
  delegatebot migrate                    once after an upgrade: give old tickets their PHI sets and
                                         redacted copies, and encrypt their subject and people
  delegatebot version                    print the version
  delegatebot help                       this text

Run "delegatebot COMMAND --help" for a command's flags.

Configuration comes from the environment, and from a file of KEY=VALUE lines named by
--config (serve, config check) or DELEGATEBOT_CONFIG; the environment overrides the file.

Environment:
  REDIS_URL                 Redis to use: redis://[user:pass@]host:port[/db], rediss:// for TLS,
                            ?master_name=NAME for Sentinel, ?cluster=true for Cluster.
                            Unset: an embedded in-process store kept in the data directory.
  DELEGATEBOT_DATA_DIR      data directory of the embedded store
                            (default $XDG_DATA_HOME/delegatebot, else ~/.local/share/delegatebot)
  DELEGATEBOT_ADMINS        comma-separated user ids with the admin role
  DELEGATEBOT_ASSISTANTS    comma-separated user ids with the assistant role
  DELEGATEBOT_EXECUTIVES    comma-separated user ids with the executive role
                            (none listed: anyone may delegate)
  DELEGATEBOT_TZ            default time zone of users, IANA name (default: the system's)
  DELEGATEBOT_ENCRYPTION_KEY
                            base64 of 32 bytes: encrypts ticket text and notes (AES-256-GCM).
                            Unset: the embedded store generates one into its data directory;
                            serve refuses to start without one unless --insecure-no-encryption.
                            Each value is bound to its workspace, record and field: a value moved
                            elsewhere, or plaintext, is an integrity error (serve --allow-plaintext
                            reads plaintext and older values while migrating; keys rotate rewrites them)
  DELEGATEBOT_ENCRYPTION_KEY_FILE
                            a file holding the key, instead of the variable
  DELEGATEBOT_OLD_ENCRYPTION_KEYS
                            comma-separated older keys, for decryption only (key rotation)
  DELEGATEBOT_AUDIT_KEY     base64 of 32 bytes kept outside Redis: keys the audit chain and signs
                            checkpoints. Unset: the embedded store generates one into its data
                            directory; serve refuses to start without one unless --insecure-no-audit-key
  DELEGATEBOT_AUDIT_KEY_FILE
                            a file holding the audit key, instead of the variable
  DELEGATEBOT_OLD_AUDIT_KEYS
                            comma-separated older audit keys, newest first, for verification only
                            (audit key rotation: entries, anchors and checkpoints name their key's id;
                            an old key is refused after a newer one along the trail)
  DELEGATEBOT_AUDIT_CHECKPOINT_FILE
                            serve appends a signed checkpoint of every workspace's audit trail here
  DELEGATEBOT_AUDIT_CHECKPOINT_URL
                            serve also POSTs those checkpoints (JSON lines) to this http(s) URL
  DELEGATEBOT_AUDIT_CHECKPOINT_INTERVAL
                            how often (default 1h, at least 1m)
  DELEGATEBOT_PHI_CLEARED   comma-separated user ids cleared to see requests' original text
  DELEGATEBOT_REMIND_BEFORE remind the assignee this long before a deadline (default 1h)
  DELEGATEBOT_ESCALATE_AFTER
                            re-post a ticket to the queue when unclaimed this long (default 2h; 0 off)
  DELEGATEBOT_DIGEST_HOUR   hour of executives' daily digest, their time (default 8; -1 off)
  DELEGATEBOT_ADDR          serve's listen address (default :8080; --addr overrides)
  DELEGATEBOT_REDIS_TIMEOUT bound of each Redis read, write, dial and pool wait (default 1s)
  DELEGATEBOT_METRICS_ADDR  serve /metrics on this address instead of DELEGATEBOT_ADDR
  DELEGATEBOT_DIRECTORY_REFRESH
                            how often members' names are fetched for the directory of colleagues
                            (default 6h, at least 1m; 0 or off turns it off)
  DELEGATEBOT_INBOX_LEASE   how long a worker may hold a Slack event or Teams activity before
                            another retries it (default 30s)
  SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL, SLACK_QUEUE_CHANNEL
                            Slack (see README "Install in your Slack workspace")
  TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID, TEAMS_OPENID_METADATA_URL,
  TEAMS_TOKEN_URL, TEAMS_QUEUE_CONVERSATION
                            Microsoft Teams (see README "Install in Teams")
  DELEGATEBOT_PUBLIC_URL    serve's public https:// address: /report answers admins with a
                            15-minute signed link to the oversight report
  DELEGATEBOT_POLICY_ACK    on (default): assistants acknowledge the PHI handling guidelines
                            (/policy) before they claim a ticket holding PHI; off
  DELEGATEBOT_ACCESS_REVIEW_DAYS
                            days between access reviews the report checks (default 90; 0 off)
  DELEGATEBOT_PHI_MODE      what the guard does with PHI bound for an unapproved
                            destination: redact (default) or block (the ticket is
                            still opened; requester and queue get its id and a
                            minimal form naming the PHI types withheld)
  DELEGATEBOT_UNAPPROVED_VIEW
                            how much of a ticket destinations not approved for PHI see:
                            redacted (default: all of it, PHI redacted) or minimal
                            (id, intent, requester, status, priority and dates, with
                            "details in #approved-channel")
  DELEGATEBOT_PHI_RETENTION how long done and cancelled tickets keep their PHI-bearing fields
                            (text, subject, people, notes): e.g. 30d (default) or 720h; 0 keeps them
  DELEGATEBOT_COLLEAGUES    comma-separated staff names requests may mention; in a request
                            about someone's health every other person named counts as PHI
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "delegatebot:", err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "delegatebot:", err)
		os.Exit(1)
	}
}

// usageError is a mistake in the command line; it exits 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// run dispatches a command line; tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "console":
		return runConsole(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdin, stdout, stderr)
	case "audit":
		return runAudit(ctx, rest, stdin, stdout, stderr)
	case "report":
		return runReport(ctx, rest, stdout, stderr)
	case "config":
		return runConfig(ctx, rest, stdin, stdout, stderr)
	case "teams":
		return runTeams(ctx, rest, stdin, stdout, stderr)
	case "bench":
		return runBench(ctx, rest, stdin, stdout, stderr)
	case "keys":
		return runKeys(ctx, rest, stdin, stdout, stderr)
	case "migrate":
		return runMigrate(ctx, rest, stdin, stdout, stderr)
	case "inbox":
		return runInbox(ctx, rest, stdin, stdout, stderr)
	case "parse":
		return runParse(ctx, rest, stdin, stdout, stderr)
	case "phi":
		return runPHI(ctx, rest, stdin, stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "delegatebot", version())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageError(fmt.Sprintf("unknown command %q", cmd))
}

// newFlagSet returns a flag set that prints its usage to stderr and returns
// errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: delegatebot %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nSee \"delegatebot help\" for the environment variables.")
	}
	return fs
}

// parseFlags parses args, turning a bad flag into a usageError.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError(err.Error())
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	return nil
}
