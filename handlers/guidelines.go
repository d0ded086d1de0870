package handlers

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
)

// OversightConfig configures what compliance oversight asks of the bot:
// acknowledged PHI handling guidelines (training attestation) and periodic
// access reviews.
type OversightConfig struct {
	// RequireAck makes assistants acknowledge the current guidelines
	// before they claim a ticket that holds PHI.
	RequireAck bool
	// Admins and Assistants are those of the roles configuration, so that
	// /policy status and access reviews list them beside those granted in
	// chat (configured roles can only be changed in the configuration).
	Admins, Assistants []string
	// ReviewEvery is the access review interval; 0 turns the reviews off.
	ReviewEvery time.Duration
	// ReportLink, when set, returns a short-lived link to the oversight
	// report of ws for admin user, and how long it works (/report).
	ReportLink func(ws, user string) (string, time.Duration, error)
}

// DefaultGuidelines is version 1 of every workspace's guidelines, until an
// admin sets its own with /policy set.
const DefaultGuidelines = `PHI handling guidelines
1. Use protected health information (PHI) only for the task you were given, and only the minimum needed.
2. Discuss PHI only in channels approved for it and in direct messages with the people who need it; never in shared, external or social channels.
3. Do not copy PHI out of the approved systems (personal email, notes apps, AI tools, screenshots).
4. If you see PHI where it should not be, tell an admin at once; do not forward it.
5. Your access is reviewed regularly and may be withdrawn when your role changes.`

// ackAction is the button (and command) that acknowledges the guidelines;
// its card carries the version ("v3") where a ticket card carries its id.
const ackAction = "ack"

// Guidelines handles /policy: show the guidelines (with an Acknowledge
// button), "set <text or link>" (admins), "ack" and "status".
func (h *Handlers) Guidelines(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	sub, rest := splitArgs(e.Text)
	switch strings.ToLower(sub) {
	case "", "show":
		return h.showGuidelines(ctx, w, e)
	case "set":
		if err := e.User.Require("set the PHI handling guidelines", delegatebot.RoleAdmin); err != nil {
			return err
		}
		g, err := h.store.SetGuidelines(ctx, e.Workspace(), rest, e.User.ID)
		if err != nil {
			return err
		}
		w.Reply(bot.Reply{Text: bot.Textf("The PHI handling guidelines are now version %d. Assistants must acknowledge them (/delegatebot policy ack) before they claim a ticket that holds PHI.", g.Version)})
		return nil
	case "ack", "acknowledge":
		return h.Acknowledge(ctx, w, e)
	case "status":
		return h.guidelinesStatus(ctx, w, e)
	}
	return delegatebot.Errorf(delegatebot.EINVALID, "Usage: /delegatebot policy [set <text or link> | ack | status]")
}

func (h *Handlers) showGuidelines(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	g, err := h.store.Guidelines(ctx, e.Workspace())
	if err != nil {
		return err
	}
	text := g.Text
	if text == "" {
		text = DefaultGuidelines
	}
	acked, err := h.store.AcknowledgedGuidelines(ctx, e.Workspace(), e.User.ID)
	if err != nil {
		return err
	}
	c := &bot.Card{TicketID: "v" + strconv.Itoa(g.Version), Title: bot.Textf("PHI handling guidelines, version %d", g.Version),
		Fields: []bot.Field{{Label: bot.Plain("Guidelines"), Value: bot.Plain(text)}}}
	if acked {
		c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("Your acknowledgement"), Value: bot.Plain("You have acknowledged this version.")})
	} else {
		c.Buttons = []bot.Button{{Action: ackAction, Label: "I have read and will follow these"}}
	}
	w.Private(bot.Reply{Card: c})
	return nil
}

// Acknowledge records that the user read the current guidelines: /policy
// ack, or the button on the guidelines card (which names the version shown,
// so a click on an outdated card asks to read the new one).
func (h *Handlers) Acknowledge(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	g, err := h.store.Guidelines(ctx, e.Workspace())
	if err != nil {
		return err
	}
	version := g.Version
	if v, ok := strings.CutPrefix(strings.TrimSpace(e.Text), "v"); ok {
		if n, err := strconv.Atoi(v); err == nil {
			version = n
		}
	}
	if err := h.store.AcknowledgeGuidelines(ctx, e.Workspace(), e.User.ID, version); err != nil {
		return err
	}
	w.Private(bot.Reply{Text: bot.Textf("Thank you: your acknowledgement of the PHI handling guidelines (version %d) is recorded.", version)})
	return nil
}

func (h *Handlers) guidelinesStatus(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	ws := e.Workspace()
	g, err := h.store.Guidelines(ctx, ws)
	if err != nil {
		return err
	}
	if !e.User.Has(delegatebot.RoleAdmin) {
		acked, err := h.store.AcknowledgedGuidelines(ctx, ws, e.User.ID)
		if err != nil {
			return err
		}
		if acked {
			w.Private(bot.Reply{Text: bot.Textf("You have acknowledged the current PHI handling guidelines (version %d).", g.Version)})
		} else {
			w.Private(bot.Reply{Text: bot.Textf("You have not acknowledged the current PHI handling guidelines (version %d): /delegatebot policy", g.Version)})
		}
		return nil
	}
	acks, err := h.store.GuidelinesAcks(ctx, ws)
	if err != nil {
		return err
	}
	grants, err := h.store.Grants(ctx, ws)
	if err != nil {
		return err
	}
	assistants := slices.Clone(h.oversight.Assistants)
	for u, a := range grants {
		if slices.Contains(a.Roles, delegatebot.RoleAssistant) {
			assistants = append(assistants, u)
		}
	}
	for u := range acks {
		assistants = append(assistants, u)
	}
	slices.Sort(assistants)
	assistants = slices.Compact(assistants)
	var done, missing []bot.Text
	for _, u := range assistants {
		if a, ok := acks[u]; ok && a.Version >= g.Version {
			done = append(done, bot.Textf("%s (%s)", mention(u), a.At.Format("2006-01-02")))
		} else {
			missing = append(missing, bot.Textf("%s", mention(u)))
		}
	}
	t := bot.Textf("PHI handling guidelines, version %d", g.Version)
	if g.By != "" {
		t = t.Append(bot.Textf(" (set by %s on %s)", mention(g.By), g.At.Format("2006-01-02")))
	}
	t = t.Append(bot.Textf("\nAcknowledged: %s", listOrNone(done)), bot.Textf("\nNot yet acknowledged: %s", listOrNone(missing)))
	w.Private(bot.Reply{Text: t})
	return nil
}

func listOrNone(l []bot.Text) bot.Text {
	if len(l) == 0 {
		return bot.Plain("nobody")
	}
	var out bot.Text
	for i, t := range l {
		if i > 0 {
			out = out.Append(bot.Plain(", "))
		}
		out = out.Append(t)
	}
	return out
}

// ackGate returns the check a claim makes inside its transaction: when
// acknowledgements are required and the user has not acknowledged the
// current guidelines, a ticket that holds PHI is refused. It reads only
// for claims, and a command's event reads the acknowledgement with its
// other state in one round trip (storage.EventKeys.Settings); an
// unreadable acknowledgement fails the claim.
func (h *Handlers) ackGate(ctx context.Context, e *bot.Event, a delegatebot.Action) (func(*delegatebot.Ticket) error, error) {
	if !h.oversight.RequireAck || a != delegatebot.ActionClaim {
		return func(*delegatebot.Ticket) error { return nil }, nil
	}
	acked, err := h.store.AcknowledgedGuidelines(ctx, e.Workspace(), e.User.ID)
	if err != nil {
		return nil, err
	}
	return func(t *delegatebot.Ticket) error {
		if acked || !holdsPHI(t) || t.Status != delegatebot.StatusOpen {
			return nil
		}
		return delegatebot.Errorf(delegatebot.EFORBIDDEN, "%s holds PHI: acknowledge the PHI handling guidelines first (/delegatebot policy), then claim it again.", t.ID())
	}, nil
}

// holdsPHI reports whether the guard found PHI in a ticket's request: its
// redacted text then differs from the original.
func holdsPHI(t *delegatebot.Ticket) bool { return t.Text != t.RedactedText }
