package handlers

import (
	"strings"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/delegatebot/delegatebot/storage"
)

// A ticket is redacted as a whole. When it is opened (and when its subject
// or people change) protect scans its text and every derived field, and
// keeps every PHI value found as the ticket's PHI set; every reply that
// shows the ticket carries that set (about), so the guard redacts each value
// wherever it occurs — in the card title, a notification, a list line —
// even where a scan of that shorter text alone would miss it.

// protect fills in t's PHI values and the redacted copies of its text,
// subject and people. In a ticket with health context, people the parser
// found who are not known colleagues count as PHI too: a name in "family
// meeting for pt Lopez" is a patient's until someone says otherwise.
func (h *Handlers) protect(t *delegatebot.Ticket) {
	// Each text is scanned once; its findings serve both the PHI set and
	// its redacted copy.
	fs := phi.Scan(t.Text)
	terms := phi.TermsOf(t.Text, fs)
	health := len(fs) > 0 || healthContext(t.Text)
	fields := append([]string{t.Subject}, t.People...)
	found := make([][]phi.Finding, len(fields))
	for i, s := range fields {
		found[i] = phi.Scan(s)
		terms = append(terms, phi.TermsOf(s, found[i])...)
	}
	if health {
		for _, p := range t.People {
			if !h.colleague(p) {
				terms = append(terms, phi.NameTerms(phi.Name, p)...)
			}
		}
	}
	t.PHI = nil
	seen := map[string]bool{}
	for _, x := range terms {
		k := strings.ToLower(x.Value)
		if !seen[k] {
			seen[k] = true
			t.PHI = append(t.PHI, delegatebot.PHIValue{Type: string(x.Type), Value: x.Value})
		}
	}
	terms = ticketTerms(t)
	t.RedactedText = phi.RedactTerms(t.Text, fs, terms)
	t.RedactedSubject = phi.RedactTerms(t.Subject, found[0], terms)
	t.RedactedPeople = nil
	for i, p := range t.People {
		t.RedactedPeople = append(t.RedactedPeople, phi.RedactTerms(p, found[i+1], terms))
	}
}

// Protect recomputes t's PHI values and redacted copies as when it was
// opened: for tickets stored before tickets had them (delegatebot migrate).
func (h *Handlers) Protect(t *delegatebot.Ticket) { h.protect(t) }

// reprotect adds to u what a change of t's subject or people means for its
// PHI values and redacted copies (t is the ticket before u).
func (h *Handlers) reprotect(t *delegatebot.Ticket, u *delegatebot.TicketUpdate) {
	if u.Subject == nil && u.People == nil {
		return
	}
	after := *t
	u.Apply(&after)
	h.protect(&after)
	// Values once known stay known: an older rendering may still be edited.
	vs := append(append([]delegatebot.PHIValue(nil), t.PHI...), after.PHI...)
	u.PHI, u.RedactedSubject, u.RedactedPeople = &vs, &after.RedactedSubject, &after.RedactedPeople
}

// colleague reports whether name is one of the configured colleagues,
// ignoring case and titles.
func (h *Handlers) colleague(name string) bool {
	n := personKey(name)
	for _, c := range h.colleagues {
		if personKey(c) == n {
			return true
		}
	}
	return false
}

func personKey(name string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
		switch w {
		case "dr", "mr", "mrs", "ms", "prof":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// healthWords mark a request as being about someone's health or care.
var healthWords = []string{"patient", "pt", "diagnos", "oncolog", "chemo", "surgery", "surgical", "admit", "admission",
	"discharg", "icu", "er visit", "biopsy", "cancer", "mrn", "dob", "medical record", "treatment", "therapy",
	"prescription", "medication", "clinic", "hospice", "prognosis", "labs", "radiology", "scan results", "family meeting",
	"consult", "bedside"}

func healthContext(text string) bool {
	l := " " + strings.ToLower(text) + " "
	for _, w := range healthWords {
		i := strings.Index(l, w)
		if i > 0 && !isLetter(l[i-1]) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// ticketTerms returns the PHI values of ts as the guard's terms.
func ticketTerms(ts ...*delegatebot.Ticket) []phi.Term {
	var out []phi.Term
	for _, t := range ts {
		for _, v := range t.PHI {
			out = append(out, phi.Term{Type: phi.Type(v.Type), Value: v.Value})
		}
	}
	return out
}

// about marks r as showing ts: the guard redacts their PHI values wherever
// they occur in it.
func about(r bot.Reply, ts ...*delegatebot.Ticket) bot.Reply {
	r.PHI = append(r.PHI, ticketTerms(ts...)...)
	return r
}

// pendingTicket is the ticket a pending request would open, protected, for
// the questions asked before it exists.
func (h *Handlers) pendingTicket(p storage.Pending) *delegatebot.Ticket {
	t := &delegatebot.Ticket{Intent: p.Request.Intent, Subject: p.Request.Subject, People: p.Request.People, Text: p.Text}
	h.protect(t)
	return t
}
