package storage

import (
	"strconv"
	"strings"

	"github.com/delegatebot/delegatebot"
)

// Every Redis key the bot uses is built in this file. All keys of a workspace
// share the hash tag {workspace} so that multi-key transactions and scripts
// stay on one Redis Cluster slot.

const keyPrefix = "dlg:"

func base(ws string) string { return keyPrefix + "{" + ws + "}:" }

// seqKey holds the workspace's ticket number counter (INCR).
func seqKey(ws string) string { return base(ws) + "seq" }

// ticketKey is the hash of one ticket's fields.
func ticketKey(ws string, n int64) string {
	return base(ws) + "ticket:" + strconv.FormatInt(n, 10)
}

// createdKey maps a platform event id to the ticket it created.
func createdKey(ws, eventID string) string { return base(ws) + "created:" + eventID }

// notesKey is the list of a ticket's notes, each a JSON object.
func notesKey(ws string, n int64) string { return ticketKey(ws, n) + ":notes" }

// allKey indexes every ticket of the workspace by number.
func allKey(ws string) string { return base(ws) + "idx:all" }

// statusKey indexes tickets by their current status, scored by number.
func statusKey(ws string, s delegatebot.Status) string { return base(ws) + "idx:status:" + string(s) }

// requesterKey indexes every ticket a user requested, scored by number.
func requesterKey(ws, user string) string { return base(ws) + "idx:requester:" + user }

// assigneeKey indexes the tickets a user currently holds, scored by number.
func assigneeKey(ws, user string) string { return base(ws) + "idx:assignee:" + user }

// dueKey indexes unfinished tickets with a due time, scored by Unix seconds.
func dueKey(ws string) string { return base(ws) + "idx:due" }

// auditKey is the workspace's audit stream.
func auditKey(ws string) string { return base(ws) + "audit" }

// auditHeadKey holds the (keyed) link of the newest audit entry.
func auditHeadKey(ws string) string { return base(ws) + "audit:head" }

// auditAnchorKey holds the signed anchor TrimAudit leaves: the link of the
// last entry trimmed away, which the oldest kept entry points to, and the
// evidence that the trimmed entries were older than the retention.
func auditAnchorKey(ws string) string { return base(ws) + "audit:anchor" }

// seenKey marks a delivered platform event id, so retries are dropped.
func seenKey(ws, eventID string) string { return base(ws) + "seen:" + eventID }

// approvedKey is the set of channel ids approved for PHI.
func approvedKey(ws string) string { return base(ws) + "policy:approved" }

// policyVersionKey counts the changes of the approved set (INCR with each
// approval and revocation), so a process may keep the set it read while
// the version stays the same (event.go).
func policyVersionKey(ws string) string { return base(ws) + "policy:version" }

// roleKey is the set of users granted role r in chat.
func roleKey(ws string, r delegatebot.Role) string { return base(ws) + "role:" + string(r) }

// clearanceKey is the set of users cleared to see tickets' original text.
func clearanceKey(ws string) string { return base(ws) + "clearance" }

// finishedKey indexes done and cancelled tickets by when they finished
// (Unix seconds), for retention; a ticket leaves it when purged.
func finishedKey(ws string) string { return base(ws) + "finished" }

// finishedBackfillKey marks a workspace whose tickets finished before the
// finished index existed have been added to it.
func finishedBackfillKey(ws string) string { return base(ws) + "finished:backfilled" }

// clearanceRequestsKey maps a user who asked for PHI clearance to their
// request (JSON: ticket id, PHI types, time; never PHI).
func clearanceRequestsKey(ws string) string { return base(ws) + "clearance:requests" }

// supportKey is the set of executives an assistant supports.
func supportKey(ws, assistant string) string { return base(ws) + "supports:" + assistant }

// membersKey is the set of every user ever granted anything, for overviews.
func membersKey(ws string) string { return base(ws) + "members" }

// settingsKey is a hash of workspace settings (queue mode).
func settingsKey(ws string) string { return base(ws) + "settings" }

// pendingKey holds a request waiting for its requester's answer to a
// follow-up question, per user and conversation; it expires.
func pendingKey(ws, user, channel string) string { return base(ws) + "pending:" + user + ":" + channel }

// draftKey holds a request shown in a form (Slack modal) until its user
// submits it; it expires.
func draftKey(ws, user, id string) string { return base(ws) + "draft:" + user + ":" + id }

// recentKey remembers the last ticket a user opened in a conversation, so a
// follow-up "actually make it 4pm" edits it; it expires.
func recentKey(ws, user, channel string) string { return base(ws) + "recent:" + user + ":" + channel }

// profileKey is a hash of what the bot remembers about one user of one
// platform: time zone, display name, a Teams conversation reference.
func profileKey(ws, platform, user string) string {
	return base(ws) + "profile:" + platform + ":" + user
}

// scheduleKey is the sorted set of a workspace's scheduled jobs, scored by
// due time (Unix ms); leaseKey holds the jobs a replica is running, scored
// by lease expiry.
func scheduleKey(ws string) string { return base(ws) + "schedule" }
func leaseKey(ws string) string    { return base(ws) + "schedule:leases" }

// requestersKey is the set of users who requested tickets in a workspace.
func requestersKey(ws string) string { return base(ws) + "requesters" }

// scheduledKey is the set of workspaces with scheduled jobs, outside any
// hash tag like workspacesKey.
func scheduledKey() string { return keyPrefix + "scheduled" }

// The inbox keys of a platform share the hash tag {inbox:platform}, apart
// from every workspace, so the enqueue and dequeue scripts stay on one slot.
func inboxBase(platform string) string { return keyPrefix + "{inbox:" + platform + "}:" }

// inboxKey is the list of queued events of a platform.
func inboxKey(platform string) string { return inboxBase(platform) + "queue" }

// inboxLeaseKey holds the events being handled, scored by lease expiry.
func inboxLeaseKey(platform string) string { return inboxBase(platform) + "leases" }

// inboxAttemptsKey counts, per leased item, the leases that expired.
func inboxAttemptsKey(platform string) string { return inboxBase(platform) + "attempts" }

// inboxParkedKey is the list of events set aside after too many attempts.
func inboxParkedKey(platform string) string { return inboxBase(platform) + "parked" }

// inboxSeenKey marks an event id as queued, so redeliveries are dropped.
func inboxSeenKey(platform, ws, eventID string) string {
	return inboxBase(platform) + "seen:" + ws + ":" + eventID
}

// workspacesKey is the set of every workspace with tickets. It is the one key
// outside any workspace's hash tag; only offline tools read it.
func workspacesKey() string { return keyPrefix + "workspaces" }

// llmRateKey counts a workspace's model calls in one fixed window (INCR,
// expiring); window is the Unix time divided by the window length.
func llmRateKey(ws string, window int64) string {
	return base(ws) + "llm:rate:" + strconv.FormatInt(window, 10)
}

// llmTokensKey totals a workspace's model tokens of one UTC day ("2026-11-27",
// INCRBY, expiring).
func llmTokensKey(ws, day string) string { return base(ws) + "llm:tokens:" + day }

// llmCacheKey holds a model answer by the SHA-256 (hex) of its redacted
// prompt (SET EX). Answers hold placeholders, never PHI: the model only saw
// redacted text.
func llmCacheKey(ws, hash string) string { return base(ws) + "llm:cache:" + hash }

// validWorkspace rejects ids that would break the hash tag or the key layout.
func validWorkspace(ws string) error {
	if ws == "" || len(ws) > 64 || strings.ContainsAny(ws, "{}: \t\r\n") {
		return delegatebot.Errorf(delegatebot.EINVALID, "Invalid workspace id.")
	}
	return nil
}

// validUser rejects user ids that would break the key layout.
func validUser(u string) error {
	if u == "" || len(u) > 128 || strings.ContainsAny(u, "{} \t\r\n") {
		return delegatebot.Errorf(delegatebot.EINVALID, "Invalid user id.")
	}
	return nil
}

// auditKeyPattern matches every workspace's audit stream (SCAN MATCH), for
// finding workspaces that have an audit trail but never had a ticket.
func auditKeyPattern() string { return keyPrefix + "{*}:audit" }

// workspaceOfAuditKey is the inverse of auditKey; ok is false for other keys.
func workspaceOfAuditKey(key string) (ws string, ok bool) {
	rest, found := strings.CutPrefix(key, keyPrefix+"{")
	if !found {
		return "", false
	}
	ws, tail, found := strings.Cut(rest, "}")
	return ws, found && tail == ":audit" && ws != ""
}

// colleaguesKey caches the names of the workspace's members (one sealed
// JSON blob, with a TTL), for the PHI scanner's directory of colleagues.
func colleaguesKey(ws string) string { return base(ws) + "colleagues" }

// guidelinesKey is a hash of the workspace's PHI handling guidelines:
// version, text, by, at.
func guidelinesKey(ws string) string { return base(ws) + "guidelines" }

// acksKey maps each user to the guidelines version they acknowledged and
// when ("3:1764600000000").
func acksKey(ws string) string { return base(ws) + "guidelines:acks" }

// reviewKey is a hash of the workspace's access review state: when the last
// review was completed and by whom.
func reviewKey(ws string) string { return base(ws) + "review" }
