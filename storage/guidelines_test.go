package storage_test

import (
	"context"
	"testing"

	"github.com/delegatebot/delegatebot"
)

func TestGuidelines(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	ws := workspace(t)
	g, err := s.Guidelines(ctx, ws)
	if err != nil || g.Version != 1 || g.Text != "" {
		t.Fatalf("default guidelines = %+v, %v; want version 1, default text", g, err)
	}
	if ok, err := s.AcknowledgedGuidelines(ctx, ws, "alice"); ok || err != nil {
		t.Fatalf("acknowledged before acknowledging: %v, %v", ok, err)
	}
	if err := s.AcknowledgeGuidelines(ctx, ws, "alice", 1); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.AcknowledgedGuidelines(ctx, ws, "alice"); !ok {
		t.Fatal("acknowledgement of version 1 not recorded")
	}
	g, err = s.SetGuidelines(ctx, ws, "  see https://intranet.example.org/phi  ", "admin")
	if err != nil || g.Version != 2 || g.Text != "see https://intranet.example.org/phi" || g.By != "admin" {
		t.Fatalf("SetGuidelines = %+v, %v", g, err)
	}
	if ok, _ := s.AcknowledgedGuidelines(ctx, ws, "alice"); ok {
		t.Fatal("an acknowledgement of version 1 counts for version 2")
	}
	if err := s.AcknowledgeGuidelines(ctx, ws, "alice", 1); delegatebot.ErrorCode(err) != delegatebot.ECONFLICT {
		t.Fatalf("acknowledging an outdated version: %v, want ECONFLICT", err)
	}
	if _, err := s.SetGuidelines(ctx, ws, " ", "admin"); delegatebot.ErrorCode(err) != delegatebot.EINVALID {
		t.Fatalf("empty guidelines: %v, want EINVALID", err)
	}
	if err := s.AcknowledgeGuidelines(ctx, ws, "alice", 2); err != nil {
		t.Fatal(err)
	}
	acks, err := s.GuidelinesAcks(ctx, ws)
	if err != nil || acks["alice"].Version != 2 || acks["alice"].At.IsZero() {
		t.Fatalf("acks = %+v, %v", acks, err)
	}
}
