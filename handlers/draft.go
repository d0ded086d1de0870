package handlers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/intents"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// DraftMarker starts every suggested draft, so nobody mistakes it for
// something a person wrote or checked.
const DraftMarker = "Suggested draft (AI, review before use)"

// Drafter writes a suggested draft for the tickets a model helps with most —
// email.draft_reply and document.prepare — and posts it for the assistant.
// It is optional: a nil *Drafter does nothing.
//
// The model sees the request only pseudonymized ("[NAME_1]") and guarded
// (intents.Model), so its draft holds placeholders, not PHI. The draft is
// posted with them unless RestoreApproved is set and the draft goes to a
// channel approved for PHI; even then it passes the guard on its way out.
type Drafter struct {
	Model   *intents.Model
	Timeout time.Duration // 0 means 10 s; the ticket's replies wait for it
	// RestoreApproved puts the original values back for the placeholders
	// in a draft bound for a channel the policy approves for PHI. Off by
	// default; needs Store.
	RestoreApproved bool
	Store           *storage.Store
}

// drafted lists the intents worth a draft, with what to write.
var drafted = map[delegatebot.Intent]string{
	delegatebot.IntentDraftReply: "the reply email the executive asked for",
	delegatebot.IntentPrepareDoc: "a first version of the document the executive asked for (an outline where the content is unknown)",
}

// maxDraft bounds a posted draft, in bytes.
const maxDraft = 6000

// Draft posts a suggested draft for ticket t, if its intent is one the
// drafter writes: to queue (the assistants' channel) when set, else as a
// reply in the event's conversation. It never fails the request: without a
// model answer (limits, timeout, error) the ticket simply has no draft.
func (d *Drafter) Draft(ctx context.Context, w *bot.Writer, e *bot.Event, t *delegatebot.Ticket, queue string) {
	what, ok := drafted[t.Intent]
	if d == nil || d.Model == nil || !ok {
		return
	}
	timeout := d.Timeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	ctx = intents.WithScope(ctx, intents.Scope{Workspace: e.Workspace(), Channel: e.Channel})
	// The ticket's known values, and what a scan of its text finds in the
	// text's own context, are pseudonymized wherever they occur in the
	// request: a scan of the assembled request alone reads other context.
	terms := append(ticketTerms(t), phi.TermsOf(t.Text, phi.Scan(t.Text))...)
	ans, err := d.Model.Complete(ctx, intents.Call{
		Purpose: "draft", Ticket: t.ID(), System: draftPrompt(what), User: draftRequest(t), Terms: terms,
		Stream: true, MaxTokens: 700, Timeout: timeout,
	})
	text := strings.TrimSpace(ans.Text)
	if err != nil || text == "" {
		return // Model.Complete logged and audited the outcome
	}
	if len(text) > maxDraft {
		text = strings.ToValidUTF8(text[:maxDraft], "") + " …"
	}
	if d.restore(ctx, e.Workspace(), queue) {
		text = phi.Restore(text, ans.Restore)
	} else if phi.HasPseudonym(text) {
		text += "\n\n(Bracketed placeholders such as [NAME_1] stand for details of the request; fill them in from " + t.ID() + ".)"
	}
	r := about(bot.Reply{Text: bot.Plain(DraftMarker + " for " + t.ID() + ":\n\n" + text)}, t)
	r.Minimal = &bot.Reply{Text: bot.Textf("%s for %s is withheld here: %s", DraftMarker, t.ID(), withheld(t, bot.Plain("an approved channel")))}
	if queue != "" {
		w.Post(queue, r)
	} else {
		w.Reply(r)
	}
}

// restore reports whether the draft may carry the original values: only when
// asked for, for a queue channel approved for PHI. An unreadable policy means
// no.
func (d *Drafter) restore(ctx context.Context, ws, channel string) bool {
	if !d.RestoreApproved || d.Store == nil || channel == "" {
		return false
	}
	ok, err := d.Store.Approved(ctx, ws, channel)
	return err == nil && ok
}

// draftRequest is what the model is told of the ticket; Model.Complete
// pseudonymizes and guards it.
func draftRequest(t *delegatebot.Ticket) string {
	var b strings.Builder
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\n", label, v)
		}
	}
	line("Task", string(t.Intent))
	line("About", t.Subject)
	line("People", strings.Join(t.People, ", "))
	line("When", t.When.Human())
	line("Due", t.Due.Human())
	line("Request", t.Text)
	return b.String()
}

func draftPrompt(what string) string {
	return `You help the executive assistant of a healthcare executive. From the delegated request below, write ` + what + `, ready for the assistant to review and adjust. Write only the draft: no preamble, no commentary.

Keep it short, professional and plain. Do not invent facts, figures, dates or commitments the request does not state; where something is needed that you do not know, write [?].

Bracketed placeholders such as [NAME_1] or [MRN_1] stand for redacted details: keep them exactly as written wherever they belong, and never guess what they hide.
`
}
