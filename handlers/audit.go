package handlers

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
)

// AuditSummary gives admins an overview of the audit trail: /audit [days]
// (default 7): entries by action, PHI the guard acted on by type, and the
// number of overdue tickets. It reads the trail in constant memory.
func (h *Handlers) AuditSummary(ctx context.Context, w *bot.Writer, e *bot.Event) error {
	days := 7
	if s := strings.TrimSuffix(strings.TrimSpace(e.Text), "d"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 3660 {
			return delegatebot.Errorf(delegatebot.EINVALID, "Usage: %s, e.g. %s", typed(e.User.Platform, "audit", "[days]"), typed(e.User.Platform, "audit", "30"))
		}
		days = n
	}
	since := e.Now().Add(-time.Duration(days) * 24 * time.Hour)
	actions := map[string]int{}
	phi := map[string]map[string]int{} // guard action -> type -> count
	total := 0
	err := h.store.ScanAudit(ctx, e.Workspace(), since, time.Time{}, func(a delegatebot.AuditEntry) error {
		total++
		actions[a.Action]++
		if strings.HasPrefix(a.Action, "guard.") {
			tally(phi, strings.TrimPrefix(a.Action, "guard."), a.Detail)
		}
		return nil
	})
	if err != nil {
		return err
	}
	overdue, err := h.store.Overdue(ctx, e.Workspace(), e.Now(), 1000)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Audit trail, last %s: %s.", count(days, "day", "days"), count(total, "entry", "entries"))
	for _, k := range sortedKeys(actions) {
		fmt.Fprintf(&b, "\n  %s: %d", k, actions[k])
	}
	for _, act := range sortedKeys(phi) {
		var parts []string
		for _, t := range sortedKeys(phi[act]) {
			parts = append(parts, fmt.Sprintf("%s %d", t, phi[act][t]))
		}
		fmt.Fprintf(&b, "\nPHI %s: %s", act, strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, "\nOverdue tickets: %d", len(overdue))
	w.Reply(bot.Reply{Text: bot.Plain(b.String())})
	return nil
}

// tally adds the "TYPE=n" counts of a guard detail ("redact SSN=1 NAME=2").
func tally(m map[string]map[string]int, action, detail string) {
	for _, f := range strings.Fields(detail) {
		t, n, ok := strings.Cut(f, "=")
		if !ok || t == "policy" {
			continue
		}
		c, err := strconv.Atoi(n)
		if err != nil {
			continue
		}
		if m[action] == nil {
			m[action] = map[string]int{}
		}
		m[action][t] += c
	}
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
