package handlers

import (
	"slices"
	"strconv"
)

// plural is one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// count is "1 day", "7 days".
func count(n int, one, many string) string { return strconv.Itoa(n) + " " + plural(n, one, many) }

// slackSlash lists the commands the Slack app manifest registers as slash
// commands of their own; Slack users type every other command through the
// umbrella command, "/delegatebot status DEL-12". A test keeps it equal to
// the manifest.
var slackSlash = []string{"delegate", "claim", "release", "done", "tickets", "phi"}

// typed is how a user of platform types command name with args: "/status
// DEL-12", or on Slack, for a command the manifest does not register,
// "/delegatebot status DEL-12". Usage lines and /help use it, so what the
// bot suggests can be typed as it reads.
func typed(platform, name, args string) string {
	s := "/" + name
	if platform == "slack" && !slices.Contains(slackSlash, name) {
		s = "/delegatebot " + name
	}
	if args != "" {
		s += " " + args
	}
	return s
}
