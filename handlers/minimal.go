package handlers

import (
	"context"
	"slices"
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/storage"
)

// Every reply that shows a ticket also carries its minimal form
// (bot.Reply.Minimal): the ticket's id, intent, requester, status, priority
// and dates, and where its details may be read. The bot sends that form
// where the guard would block the full one (block mode) and, in the minimal
// view, to every destination not approved for PHI — so in block mode the
// requester still learns the ticket's id and the queue still sees the
// ticket, and nothing that succeeded is reported as "Not sent".

// where names the place a ticket's details may be read: the platform's
// queue channel if it is approved for PHI, else the first approved channel.
func (h *Handlers) where(ctx context.Context, ws, platform string) bot.Text {
	return approvedPlace(ctx, h.store, h.queues[platform], ws)
}

func approvedPlace(ctx context.Context, s *storage.Store, queue, ws string) bot.Text {
	cs, err := s.ApprovedChannels(ctx, ws)
	if err != nil || len(cs) == 0 {
		return bot.Plain("a channel approved for PHI (an admin can approve one with /phi approve)")
	}
	ch := cs[0]
	if queue != "" && slices.Contains(cs, queue) {
		ch = queue
	}
	return bot.Textf("%s", delegatebot.ChannelRef(ch))
}

// brief is t's minimal line with what was withheld: for messages that
// would otherwise show its summary.
func brief(t *delegatebot.Ticket, where bot.Text) bot.Text {
	return minimalLine(t).Append(bot.Plain(" — "), withheld(t, where))
}

// minimalLine is t's one-line minimal form:
// "DEL-3 · calendar.schedule · open · normal · Tue Dec 1 10:00 · requested by @dana".
// (Its wording keeps clear of the detector: "from @dana · in progress" reads
// as an obfuscated e-mail address, and a blocked minimal form helps nobody.)
func minimalLine(t *delegatebot.Ticket) bot.Text {
	parts := []string{t.ID(), string(t.Intent), t.Status.Human()}
	if t.Priority != "" {
		parts = append(parts, string(t.Priority))
	}
	if !t.When.IsZero() {
		parts = append(parts, t.When.Human())
	}
	if !t.Due.IsZero() {
		parts = append(parts, "due "+t.Due.Human())
	}
	return bot.Textf("%s · requested by %s", strings.Join(parts, " · "), mention(t.Requester))
}

// withheld says what was left out of t's minimal form and where to read it:
// "withheld here: it holds PHI (name, mrn); view it in #C1" or "details in
// #C1".
func withheld(t *delegatebot.Ticket, where bot.Text) bot.Text {
	if !t.HasPHI() {
		return bot.Textf("details in %s", where)
	}
	types := make([]string, 0, len(t.PHI))
	for _, ty := range t.PHITypes() {
		types = append(types, strings.ToLower(strings.ReplaceAll(ty, "_", " ")))
	}
	return bot.Textf("withheld here: it holds PHI (%s); view it in %s", strings.Join(types, ", "), where)
}

// minimalCard is t's card with only its minimal fields and its buttons.
func minimalCard(t *delegatebot.Ticket, where bot.Text) *bot.Card {
	c := &bot.Card{TicketID: t.ID(), Title: minimalLine(t)}
	c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("Requested by"), Value: bot.Textf("%s", mention(t.Requester))})
	if t.Assignee != "" {
		c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("Assignee"), Value: bot.Textf("%s", mention(t.Assignee))})
	}
	c.Fields = append(c.Fields, bot.Field{Label: bot.Plain("Details"), Value: withheld(t, where)})
	for _, a := range delegatebot.ButtonsFor(t.Status) {
		c.Buttons = append(c.Buttons, bot.Button{Action: string(a.Action), Label: a.Label, Style: a.Style})
	}
	return c
}

// shown returns r about t with its minimal form: text (nil: none) and, if
// r has a card, t's minimal card.
func shown(r bot.Reply, t *delegatebot.Ticket, text bot.Text, where bot.Text) bot.Reply {
	m := bot.Reply{Text: text}
	if r.Card != nil {
		m.Card = minimalCard(t, where)
		m.Card.Buttons = append([]bot.Button(nil), r.Card.Buttons...) // the viewer's, "Request PHI access" included
	}
	r = about(r, t)
	r.Minimal = &m
	return r
}

// shownList returns a reply listing ts (one line each, with header and
// footer lines around them) with two minimal forms: first with only the
// tickets holding PHI cut to their minimal line, then every ticket.
func shownList(head []bot.Text, ts []*delegatebot.Ticket, foot []bot.Text, where bot.Text) bot.Reply {
	build := func(line func(t *delegatebot.Ticket) bot.Text) bot.Reply {
		lines := append([]bot.Text(nil), head...)
		for _, t := range ts {
			lines = append(lines, line(t))
		}
		return bot.Reply{Text: bot.JoinText(append(lines, foot...), "\n")}
	}
	all := build(minimalLine)
	if len(ts) > 0 {
		all.Text = all.Text.Append(bot.Textf("\n(details in %s)", where))
	}
	some := build(func(t *delegatebot.Ticket) bot.Text {
		if t.HasPHI() {
			return minimalLine(t).Append(bot.Plain(" · ")).Append(withheld(t, where))
		}
		return summary(t)
	})
	some.Minimal = &all
	r := about(build(summary), ts...)
	r.Minimal = &some
	return r
}
