package slack

import (
	"context"
	"strings"
	"testing"
)

// TestApproveExternalChannelByID: an admin naming an externally shared
// channel from another channel is refused; Slack's conversations.info
// decides, and an unknown answer refuses too.
func TestApproveExternalChannelByID(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t)
	h.fake.external["CEXT"] = true
	h.command(adminUser, "CWORK", "/phi", "approve <#CEXT|partners>")
	h.wait()
	if ok, _ := h.store.Approved(ctx, h.ws, "CEXT"); ok {
		t.Fatal("an externally shared channel named by id was approved")
	}
	eph := h.fake.sent("chat.postEphemeral")
	if len(eph) != 1 || !strings.Contains(eph[0].Form.Get("text"), "shared with another organisation") {
		t.Fatalf("answers %+v, want the refusal", eph)
	}

	h.command(adminUser, "CWORK", "/phi", "approve <#CINT|nursing>")
	h.wait()
	if ok, _ := h.store.Approved(ctx, h.ws, "CINT"); !ok {
		t.Fatal("an internal channel named by id was not approved")
	}

	h.fake.fail["conversations.info"] = "channel_not_found"
	h.command(adminUser, "CWORK", "/phi", "approve <#CGONE>")
	h.wait()
	if ok, _ := h.store.Approved(ctx, h.ws, "CGONE"); ok {
		t.Fatal("a channel Slack could not describe was approved")
	}
}
