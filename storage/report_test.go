package storage_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
)

func TestWorkspacesAndTicketMeta(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	ws := workspace(t)
	auditOnly := ws + "-audit"
	const text = "call Jonathan Whitfield at 617-555-0134"
	for range 3 {
		tk := newTicket(ws, "dana")
		tk.Text, tk.Subject, tk.People = text, "Jonathan Whitfield", []string{"Jonathan Whitfield"}
		if _, err := s.CreateTicket(ctx, tk, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.ApproveChannel(ctx, auditOnly, "C1", "admin"); err != nil {
		t.Fatal(err)
	}

	wss, err := s.Workspaces(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(wss, ws) || !slices.Contains(wss, auditOnly) {
		t.Errorf("Workspaces = %v, want %s (tickets) and %s (audit only)", wss, ws, auditOnly)
	}
	for _, tc := range []struct {
		ws   string
		want bool
	}{{ws, true}, {auditOnly, true}, {"TNEVER", false}} {
		if got, err := s.WorkspaceExists(ctx, tc.ws); got != tc.want || err != nil {
			t.Errorf("WorkspaceExists(%s) = %v, %v; want %v", tc.ws, got, err, tc.want)
		}
	}
	if n, err := s.AuditLen(ctx, ws); n != 3 || err != nil {
		t.Errorf("AuditLen = %d, %v; want 3", n, err)
	}

	var got []*delegatebot.Ticket
	err = s.ScanTicketMeta(ctx, ws, func(tk *delegatebot.Ticket) error { got = append(got, tk); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Number != 1 || got[2].Number != 3 {
		t.Fatalf("ScanTicketMeta gave %d tickets, want DEL-1..3 in order", len(got))
	}
	tk := got[0]
	if tk.Intent != delegatebot.IntentReschedule || tk.Requester != "dana" || tk.Status != delegatebot.StatusOpen || tk.Created.IsZero() {
		t.Errorf("metadata = %+v", tk)
	}
	if tk.Text != "" || tk.Subject != "" || tk.People != nil || tk.RedactedText != "" || strings.Contains(tk.String(), "Whitfield") {
		t.Errorf("ScanTicketMeta read text: %+v", tk)
	}
}
