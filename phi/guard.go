package phi

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Kind is the kind of place a message goes to. It decides whether a channel
// approval can apply at all.
type Kind string

// The kinds of destination.
const (
	KindChannel  Kind = "channel"  // a workspace channel; approved or not by policy
	KindDM       Kind = "dm"       // a direct message; approved only by policy
	KindGroup    Kind = "group"    // a group chat (Slack mpim, Teams groupChat); as KindChannel
	KindExternal Kind = "external" // a channel shared with another organisation: never approved
	KindLLM      Kind = "llm"      // a prompt to a language model: never approved
	KindLog      Kind = "log"      // a log line: never approved
)

// Destination is where a message goes.
type Destination struct {
	Workspace string
	Channel   string // channel or conversation id; for a DM, the DM channel
	Kind      Kind
}

// Policy says which channels are approved for PHI. An error means the policy
// could not be read; the guard then treats the channel as unapproved.
type Policy interface {
	Approved(ctx context.Context, workspace, channel string) (bool, error)
}

// Action is what the guard did with a message.
type Action string

// The guard's actions.
const (
	ActionAllow  Action = "allow"  // sent unchanged: approved destination or no PHI found
	ActionRedact Action = "redact" // sent with PHI replaced by placeholders
	ActionBlock  Action = "block"  // not sent
)

// Guard is the only way a message leaves the bot. Clear scans a message for
// its destination and returns a Cleared value; adapters send only Cleared
// values, which nothing but Clear can build.
type Guard struct {
	Policy Policy
	// Mode is the action for PHI bound for an unapproved destination: Redact
	// (the default, when empty) or ActionBlock.
	Mode Action
	// Scan finds PHI; nil means the package's Scan.
	Scan func(string) []Finding
	// Colleagues, when set and Scan is nil, returns the directory of
	// members of a workspace: Clear then scans with it (Scanner), so that a
	// colleague named in business context is not redacted. A nil directory
	// or an error scans without one: more is redacted, never less.
	Colleagues func(ctx context.Context, workspace string) (*Directory, error)
}

// Decision records what the guard did, for the audit trail: the action, the
// PHI types and counts found, and whether the policy was unreadable. It never
// holds text.
type Decision struct {
	Action     Action
	Approved   bool
	PolicyDown bool
	Counts     map[Type]int
}

// Found reports whether the guard found any PHI.
func (d Decision) Found() bool { return len(d.Counts) > 0 }

// Types lists the types found, sorted.
func (d Decision) Types() []Type {
	ts := make([]Type, 0, len(d.Counts))
	for t := range d.Counts {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts
}

// Names lists the types found as words for people ("ssn", "health plan id").
func (d Decision) Names() []string {
	ts := d.Types()
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
	}
	return out
}

// Detail is the decision as an audit detail: "redact NAME=1 SSN=2".
func (d Decision) Detail() string {
	var b strings.Builder
	b.WriteString(string(d.Action))
	for _, t := range d.Types() {
		fmt.Fprintf(&b, " %s=%d", t, d.Counts[t])
	}
	if d.PolicyDown {
		b.WriteString(" policy=unreadable")
	}
	return b.String()
}

// Cleared is a message the guard let through, redacted as its destination
// requires. Its fields are unexported so that no other package can make one.
type Cleared struct {
	dest     Destination
	texts    []string
	decision Decision
}

// Destination is where the message was cleared to go.
func (c Cleared) Destination() Destination { return c.dest }

// Texts returns the message's texts in the order they were given to Clear.
func (c Cleared) Texts() []string { return append([]string(nil), c.texts...) }

// Decision is what the guard did.
func (c Cleared) Decision() Decision { return c.decision }

// BlockedError is returned by Clear when the guard refused to send a message.
// Its message names the PHI types found, never the text.
type BlockedError struct{ Decision Decision }

func (e *BlockedError) Error() string {
	ts := e.Decision.Types()
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = string(t)
	}
	return "message blocked: it contains PHI (" + strings.Join(names, ", ") + ")"
}

// Clear decides how the texts of one message may go to dest. In a channel
// approved by the policy they pass unchanged. Anywhere else — unapproved or
// externally shared channels, DMs unless approved, model prompts, logs, and
// any channel whose policy cannot be read — PHI is redacted, or the whole
// message is refused with a *BlockedError when Mode is ActionBlock (model prompts
// and logs are always redacted, never blocked).
func (g *Guard) Clear(ctx context.Context, dest Destination, texts ...string) (Cleared, error) {
	d := Decision{Action: ActionAllow}
	d.Approved, d.PolicyDown = g.approved(ctx, dest)
	if d.Approved {
		return Cleared{dest: dest, texts: append([]string(nil), texts...), decision: d}, nil
	}
	scan := g.scanFor(ctx, dest)
	out := make([]string, len(texts))
	for i, s := range texts {
		fs := scan(s)
		if len(fs) == 0 {
			out[i] = s
			continue
		}
		if d.Counts == nil {
			d.Counts = make(map[Type]int)
		}
		for _, f := range fs {
			d.Counts[f.Type]++
		}
		out[i] = Redact(s, fs)
	}
	if !d.Found() {
		return Cleared{dest: dest, texts: out, decision: d}, nil
	}
	d.Action = ActionRedact
	if g.Mode == ActionBlock && dest.Kind != KindLLM && dest.Kind != KindLog {
		d.Action = ActionBlock
		return Cleared{}, &BlockedError{Decision: d}
	}
	return Cleared{dest: dest, texts: out, decision: d}, nil
}

// approved reports whether dest may carry PHI, failing closed: an unreadable
// policy (down reports it) means not approved.
func (g *Guard) approved(ctx context.Context, dest Destination) (ok, down bool) {
	switch dest.Kind {
	case KindExternal, KindLLM, KindLog:
		return false, false
	}
	if g.Policy == nil || dest.Channel == "" {
		return false, false
	}
	ok, err := g.Policy.Approved(ctx, dest.Workspace, dest.Channel)
	if err != nil {
		return false, true
	}
	return ok, false
}

// scanFor is the scan for messages to dest: Scan if set, else with the
// workspace's directory of colleagues when one can be read and dest is a
// place people read, else the package's Scan. Model prompts, logs and
// externally shared channels leave the workspace: there colleagues' names are
// redacted too, as the minimum necessary.
func (g *Guard) scanFor(ctx context.Context, dest Destination) func(string) []Finding {
	if g.Scan != nil {
		return g.Scan
	}
	switch dest.Kind {
	case KindLLM, KindLog, KindExternal:
		return Scan
	}
	if g.Colleagues != nil && dest.Workspace != "" {
		if dir, err := g.Colleagues(ctx, dest.Workspace); err == nil && dir != nil {
			sc := &Scanner{Colleagues: dir}
			return sc.Scan
		}
	}
	return Scan
}
