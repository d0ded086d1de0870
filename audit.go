package delegatebot

import "time"

// AuditEntry is one line of a workspace's append-only audit trail. It names
// who did what to which ticket where, never the text involved: Detail carries
// only ids, types and counts (e.g. the guard's "SSN=1 NAME=2").
type AuditEntry struct {
	ID        string // stream id, set by storage
	At        time.Time
	Workspace string
	Actor     string // user id, or "bot"
	Action    string // "ticket.create", "ticket.claim", "policy.approve", "guard.redact", ...
	Ticket    string // "DEL-42" or ""
	Channel   string
	From      Status
	To        Status
	Detail    string
}
