package handlers

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// An access review walks admins through every right granted in a workspace
// (roles, PHI clearance, support pairs, approved channels), each on a card
// with Keep and Revoke buttons. The card carries the item's reference
// ("role:U1:assistant", "clearance:U1", "support:U1:U2", "channel:C1") where
// a ticket card carries its id. Every decision is audited ("review.keep",
// "review.revoke" and the revocation itself), and "/review done" records the
// review as complete, which the oversight report checks against
// DELEGATEBOT_ACCESS_REVIEW_DAYS.

// The review buttons.
const (
	reviewKeep   = "review_keep"
	reviewRevoke = "review_revoke"
)

// maxReviewCards bounds one prompt; /roles lists everything.
const maxReviewCards = 40

type reviewItem struct {
	ref   string // "" for what only the configuration can change
	label bot.Text
}

// reviewItems lists what an access review covers in ws.
func reviewItems(ctx context.Context, st *storage.Store, ws string, oc OversightConfig) ([]reviewItem, error) {
	var items []reviewItem
	for _, u := range oc.Admins {
		items = append(items, reviewItem{label: bot.Textf("%s is an admin (configuration)", mention(u))})
	}
	for _, u := range oc.Assistants {
		items = append(items, reviewItem{label: bot.Textf("%s is an assistant (configuration)", mention(u))})
	}
	grants, err := st.Grants(ctx, ws)
	if err != nil {
		return nil, err
	}
	users := make([]string, 0, len(grants))
	for u := range grants {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		a := grants[u]
		for _, r := range a.Roles {
			items = append(items, reviewItem{"role:" + u + ":" + string(r), bot.Textf("%s holds the %s role", mention(u), string(r))})
		}
		if a.Cleared {
			items = append(items, reviewItem{"clearance:" + u, bot.Textf("%s is cleared to see requests' original text", mention(u))})
		}
		for _, x := range a.Supports {
			items = append(items, reviewItem{"support:" + u + ":" + x, bot.Textf("%s supports %s", mention(u), mention(x))})
		}
	}
	chans, err := st.ApprovedChannels(ctx, ws)
	if err != nil {
		return nil, err
	}
	for _, c := range chans {
		items = append(items, reviewItem{"channel:" + c, bot.Textf("%s is approved for PHI", delegatebot.ChannelRef(c))})
	}
	return items, nil
}

// reviewReplies is the review prompt: a summary and a card per item.
func reviewReplies(items []reviewItem, intro string) []bot.Reply {
	var fixed []bot.Text
	out := []bot.Reply{{}}
	for _, it := range items {
		if it.ref == "" {
			fixed = append(fixed, it.label)
			continue
		}
		if len(out) > maxReviewCards {
			continue
		}
		out = append(out, bot.Reply{Card: &bot.Card{TicketID: it.ref, Title: it.label,
			Buttons: []bot.Button{{Action: reviewKeep, Label: "Keep"}, {Action: reviewRevoke, Label: "Revoke"}}}})
	}
	t := bot.Textf("%s\n%d rights granted in chat to keep or revoke below", intro, len(out)-1)
	if n := len(items) - len(fixed) - (len(out) - 1); n > 0 {
		t = t.Append(bot.Textf(" (%d more: decide these first, then run /delegatebot review again)", n))
	}
	t = t.Append(bot.Plain(". When you are done: /delegatebot review done"))
	if len(fixed) > 0 {
		t = t.Append(bot.Plain("\nFrom the configuration (change it there):"))
		for _, f := range fixed {
			t = t.Append(bot.Plain("\n  "), f)
		}
	}
	out[0].Text = t
	return out
}

// Review runs an access review (admins): /review lists every right with
// Keep / Revoke buttons; /review done records the review as complete.
func (h *Handlers) Review(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	if err := e.User.Require("review access", delegatebot.RoleAdmin); err != nil {
		return err
	}
	ws := e.Workspace()
	switch sub, _ := splitArgs(e.Text); strings.ToLower(sub) {
	case "":
		items, err := reviewItems(ctx, h.store, ws, h.oversight)
		if err != nil {
			return err
		}
		if err := h.store.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: e.User.ID, Action: "review.start",
			Channel: e.Channel, Detail: fmt.Sprintf("items=%d", len(items))}); err != nil {
			return err
		}
		for _, r := range reviewReplies(items, "Access review.") {
			w.Private(r)
		}
		return nil
	case "done":
		if err := h.store.CompleteReview(ctx, ws, e.User.ID); err != nil {
			return err
		}
		next := ""
		if h.oversight.ReviewEvery > 0 {
			next = fmt.Sprintf(" The next one is due in %d days.", int(h.oversight.ReviewEvery.Hours()/24))
		}
		w.Reply(bot.Reply{Text: bot.Plain("Access review completed and recorded." + next)})
		return nil
	}
	return delegatebot.Errorf(delegatebot.EINVALID, "Usage: /delegatebot review [done]")
}

// ReviewDecision handles the Keep and Revoke buttons of a review card.
func (h *Handlers) ReviewDecision(keep bool) bot.HandlerFunc {
	return func(ctx context.Context, w *bot.Writer, e *bot.Event) error {
		if err := e.User.Require("review access", delegatebot.RoleAdmin); err != nil {
			return err
		}
		ws, ref := e.Workspace(), strings.TrimSpace(e.Text)
		kind, rest, _ := strings.Cut(ref, ":")
		a, b, _ := strings.Cut(rest, ":")
		bad := delegatebot.Errorf(delegatebot.EINVALID, "That is not an item of an access review.")
		if a == "" || strings.ContainsAny(ref, " \t\n") {
			return bad
		}
		action, verb := "review.keep", "Kept"
		if !keep {
			action, verb = "review.revoke", "Revoked"
			var err error
			switch kind {
			case "role":
				r, ok := delegatebot.ParseRole(b)
				if !ok {
					return bad
				}
				if a == e.User.ID && r == delegatebot.RoleAdmin {
					return delegatebot.Errorf(delegatebot.EINVALID, "You cannot revoke your own admin role; ask another admin.")
				}
				err = h.store.SetRole(ctx, ws, a, r, false, e.User.ID)
			case "clearance":
				err = h.store.SetClearance(ctx, ws, a, false, e.User.ID)
			case "support":
				if b == "" {
					return bad
				}
				err = h.store.SetSupport(ctx, ws, a, b, false, e.User.ID)
			case "channel":
				err = h.store.RevokeChannel(ctx, ws, a, e.User.ID)
			default:
				return bad
			}
			if err != nil {
				return err
			}
		} else if !slices.Contains([]string{"role", "clearance", "support", "channel"}, kind) {
			return bad
		}
		if err := h.store.Audit(ctx, delegatebot.AuditEntry{Workspace: ws, Actor: e.User.ID, Action: action,
			Channel: e.Channel, Detail: "item=" + ref}); err != nil {
			return err
		}
		w.Private(bot.Reply{Text: bot.Plain(verb + ": " + ref)})
		return nil
	}
}
