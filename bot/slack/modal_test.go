package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/delegatebot/delegatebot"
)

// openedView is a views.open request as the fake received it.
type openedView struct {
	TriggerID string `json:"trigger_id"`
	View      struct {
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
		Blocks          []struct {
			Type    string          `json:"type"`
			BlockID string          `json:"block_id"`
			Text    json.RawMessage `json:"text"`
			Element struct {
				Type          string   `json:"type"`
				ActionID      string   `json:"action_id"`
				InitialValue  string   `json:"initial_value"`
				InitialDate   string   `json:"initial_date"`
				InitialTime   string   `json:"initial_time"`
				InitialUsers  []string `json:"initial_users"`
				InitialOption *struct {
					Value string `json:"value"`
				} `json:"initial_option"`
			} `json:"element"`
		} `json:"blocks"`
	} `json:"view"`
}

// views returns the views.open requests so far.
func (h *harness) views() []openedView {
	h.t.Helper()
	var out []openedView
	for _, c := range h.fake.sent("views.open") {
		var v openedView
		if err := json.Unmarshal([]byte(c.Body), &v); err != nil {
			h.t.Fatalf("views.open body: %v", err)
		}
		out = append(out, v)
	}
	return out
}

// initial returns the initial value of input name.
func (v openedView) initial(name string) string {
	for _, b := range v.View.Blocks {
		if b.BlockID == name {
			el := b.Element
			switch {
			case el.InitialOption != nil:
				return el.InitialOption.Value
			case el.InitialDate != "":
				return el.InitialDate
			case el.InitialTime != "":
				return el.InitialTime
			case len(el.InitialUsers) > 0:
				return strings.Join(el.InitialUsers, ",")
			}
			return el.InitialValue
		}
	}
	return ""
}

// state is the view's state as Slack submits it when the user changed only
// the inputs in changes (name -> new value): every input with its value.
func (v openedView) state(changes map[string]string) map[string]any {
	values := map[string]any{}
	for _, b := range v.View.Blocks {
		if b.Type != "input" {
			continue
		}
		el := b.Element
		val, changed := changes[b.BlockID]
		if !changed {
			val = v.initial(b.BlockID)
		}
		a := map[string]any{"type": el.Type}
		switch el.Type {
		case "static_select":
			if val != "" {
				a["selected_option"] = map[string]any{"value": val}
			}
		case "multi_users_select":
			a["selected_users"] = strings.FieldsFunc(val, func(r rune) bool { return r == ',' })
		case "datepicker":
			a["selected_date"] = val
		case "timepicker":
			a["selected_time"] = val
		default:
			a["value"] = val
		}
		values[b.BlockID] = map[string]any{el.ActionID: a}
	}
	return map[string]any{"values": values}
}

// submit posts a signed view_submission of v by user with changes.
func (h *harness) submit(user string, v openedView, changes map[string]string) {
	h.t.Helper()
	p, _ := json.Marshal(map[string]any{
		"type": "view_submission", "team": map[string]any{"id": h.ws}, "user": map[string]any{"id": user},
		"api_app_id": "A0TEST", "trigger_id": "trig" + nextTS(),
		"view": map[string]any{"id": "V" + nextTS(), "hash": "h" + nextTS(), "type": "modal", "callback_id": v.View.CallbackID,
			"private_metadata": v.View.PrivateMetadata, "state": v.state(changes)},
	})
	w := h.serve(request("/slack/interactive", "application/x-www-form-urlencoded", []byte(url.Values{"payload": {string(p)}}.Encode())))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		h.t.Fatalf("view_submission: status %d body %q, want an empty 200 (closes the modal)", w.Code, w.Body.String())
	}
}

// shortcut posts a signed message_action of the "Delegate this" shortcut on
// the message ts in channel.
func (h *harness) shortcut(user, trigger, channel, ts, text string) {
	h.t.Helper()
	p, _ := json.Marshal(map[string]any{
		"type": "message_action", "callback_id": ShortcutDelegate, "trigger_id": trigger,
		"team": map[string]any{"id": h.ws, "domain": "acme"}, "user": map[string]any{"id": user},
		"channel": map[string]any{"id": channel}, "message_ts": ts, "response_url": "http://127.0.0.1:1/hook",
		"message": map[string]any{"type": "message", "user": "UOTHER", "ts": ts, "text": text},
	})
	if w := h.serve(request("/slack/interactive", "application/x-www-form-urlencoded", []byte(url.Values{"payload": {string(p)}}.Encode()))); w.Code != http.StatusOK {
		h.t.Fatalf("message_action: status %d", w.Code)
	}
}

func (h *harness) onlyTicket() *delegatebot.Ticket {
	h.t.Helper()
	t, err := h.store.FindTicket(context.Background(), h.ws, 1)
	if err != nil {
		h.t.Fatal(err)
	}
	return t
}

// TestDelegateShortcut acts as Slack: a signed message_action makes the bot
// open a modal prefilled by the parser with that trigger_id; submitting it
// with its own initial values opens a ticket whose card reaches the queue,
// linking back to the message.
func TestDelegateShortcut(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		h := newHarness(t)
		ts := nextTS()
		h.shortcut(execUser, "trigSC1", "CGENERAL", ts, "Please move my board meeting to Thursday at 3pm, it's urgent")
		h.wait()
		vs := h.views()
		if len(vs) != 1 || vs[0].TriggerID != "trigSC1" {
			t.Fatalf("views.open calls %+v, want one with trigger trigSC1", vs)
		}
		v := vs[0]
		for name, want := range map[string]string{"intent": "calendar.reschedule", "subject": "board meeting", "when_time": "15:00", "priority": "urgent"} {
			if got := v.initial(name); got != want {
				t.Errorf("modal %s = %q, want %q", name, got, want)
			}
		}
		if v.View.CallbackID != "delegate.submit" {
			t.Errorf("callback_id %q", v.View.CallbackID)
		}
		h.submit(execUser, v, nil)
		h.wait()
		if n := h.ticketCount(); n != 1 {
			t.Fatalf("%d tickets, want 1", n)
		}
		tk := h.onlyTicket()
		link := "https://acme.slack.com/archives/CGENERAL/p" + strings.ReplaceAll(ts, ".", "")
		if tk.Subject != "board meeting" || tk.Intent != delegatebot.IntentReschedule || tk.Requester != execUser ||
			tk.Priority != delegatebot.PriorityUrgent || tk.Source.Link != link || !tk.When.Clock || tk.When.T.Hour() != 15 {
			t.Errorf("ticket %+v", tk)
		}
		var posted bool
		for _, c := range h.fake.sent("chat.postMessage") {
			if c.Form.Get("channel") == queue && strings.Contains(c.Form.Get("blocks"), "DEL-1") {
				posted = true
				if !strings.Contains(c.Form.Get("blocks"), link) {
					t.Errorf("queue card lacks the permalink: %s", c.Form.Get("blocks"))
				}
			}
		}
		if !posted {
			t.Error("no card in the queue channel")
		}
		// A second submission of the same form opens nothing more.
		h.submit(execUser, v, nil)
		h.wait()
		if n := h.ticketCount(); n != 1 {
			t.Errorf("%d tickets after a resubmission, want 1", n)
		}
	})
	t.Run("Changed", func(t *testing.T) {
		h := newHarness(t)
		h.shortcut(execUser, "trigSC2", "CGENERAL", nextTS(), "Please move my board meeting to Thursday at 3pm")
		h.wait()
		v := h.views()[0]
		h.submit(execUser, v, map[string]string{"subject": "budget review", "priority": "high", "when_time": "16:30",
			"people": asstUser, "people_names": "Dr. Kim", "note": "bring the slides"})
		h.wait()
		tk := h.onlyTicket()
		if tk.Subject != "budget review" || tk.Priority != delegatebot.PriorityHigh || tk.When.T.Hour() != 16 || tk.When.T.Minute() != 30 {
			t.Errorf("ticket %+v", tk)
		}
		if strings.Join(tk.People, ";") != "@"+asstUser+";Dr. Kim" {
			t.Errorf("people %q", tk.People)
		}
		if len(tk.Notes) != 1 || tk.Notes[0].Text != "bring the slides" {
			t.Errorf("notes %+v", tk.Notes)
		}
	})
	t.Run("PHI", func(t *testing.T) {
		// The modal is cleared for the channel it was opened from; the draft
		// keeps the original, so an untouched redacted field stays whole.
		h := newHarness(t)
		text := "Draft a reply to the patient with SSN 123-45-6789 about the bill"
		h.shortcut(execUser, "trigSC3", "CGENERAL", nextTS(), text)
		h.wait()
		opened := h.fake.sent("views.open")
		if len(opened) != 1 || strings.Contains(opened[0].Body, "123-45-6789") || !strings.Contains(opened[0].Body, "[SSN]") {
			t.Fatalf("modal in an unapproved channel: %v", opened)
		}
		h.submit(execUser, h.views()[0], nil)
		h.wait()
		if tk := h.onlyTicket(); tk.Text != text {
			t.Errorf("ticket text %q, want the original", tk.Text)
		}
	})
	t.Run("ApprovedChannel", func(t *testing.T) {
		h := newHarness(t)
		if err := h.store.ApproveChannel(context.Background(), h.ws, "CWARD", adminUser); err != nil {
			t.Fatal(err)
		}
		h.shortcut(execUser, "trigSC4", "CWARD", nextTS(), "Draft a reply to the patient with SSN 123-45-6789")
		h.wait()
		if o := h.fake.sent("views.open"); len(o) != 1 || !strings.Contains(o[0].Body, "123-45-6789") {
			t.Fatalf("modal in an approved channel lost the text: %v", o)
		}
	})
	t.Run("ErrNotExecutive", func(t *testing.T) {
		h := newHarness(t)
		h.shortcut(asstUser, "trigSC5", "CGENERAL", nextTS(), "move my board meeting")
		h.wait()
		if o := h.fake.sent("views.open"); len(o) != 0 {
			t.Errorf("an assistant got a modal: %v", o)
		}
	})
}

// TestDelegateCommandOpensForm: /delegate alone opens the empty form;
// filled in and submitted, it opens a ticket.
func TestDelegateCommandOpensForm(t *testing.T) {
	h := newHarness(t)
	h.command(execUser, "CGENERAL", "/delegate", "")
	h.wait()
	vs := h.views()
	if len(vs) != 1 || !strings.HasPrefix(vs[0].TriggerID, "trig") {
		t.Fatalf("views.open calls %+v", vs)
	}
	h.submit(execUser, vs[0], map[string]string{"subject": "book flights to Denver", "intent": "travel.book", "due_date": "2026-12-20"})
	h.wait()
	tk := h.onlyTicket()
	if tk.Intent != delegatebot.IntentTravel || tk.Subject != "book flights to Denver" || tk.Due.String() != "2026-12-20" || tk.Text == "" {
		t.Errorf("ticket %+v", tk)
	}
}

// TestEditButton: the card's Edit button opens the form on the ticket for
// its requester or assignee; a submission changes only what was changed and
// updates the card.
func TestEditButton(t *testing.T) {
	h := newHarness(t)
	h.event("Ev1", imMessage(execUser, "move my board meeting to Thursday at 3pm"))
	h.wait()
	if h.ticketCount() != 1 {
		t.Fatal("no ticket")
	}
	cardTS := ""
	for _, c := range h.fake.sent("chat.postMessage") {
		if c.Form.Get("channel") == queue {
			cardTS = c.TS
			if !strings.Contains(c.Form.Get("blocks"), `"action_id":"edit"`) {
				t.Errorf("queue card has no Edit button: %s", c.Form.Get("blocks"))
			}
		}
	}
	t.Run("ErrNotTheirs", func(t *testing.T) {
		h.click(exec2User, "edit", "DEL-1", queue, cardTS)
		h.wait()
		if len(h.views()) != 0 {
			t.Fatal("another executive got the edit form")
		}
	})
	h.click(execUser, "edit", "DEL-1", queue, cardTS)
	h.wait()
	vs := h.views()
	if len(vs) != 1 || vs[0].View.CallbackID != "edit.submit" || vs[0].initial("subject") != "board meeting" {
		t.Fatalf("views.open %+v", vs)
	}
	before := h.onlyTicket()
	h.submit(execUser, vs[0], map[string]string{"when_time": "16:00", "intent": "calendar.schedule"})
	h.wait()
	after := h.onlyTicket()
	if after.When.T.Hour() != 16 || after.Intent != delegatebot.IntentSchedule || after.Subject != before.Subject || after.Priority != before.Priority {
		t.Errorf("after edit %+v", after)
	}
	var updated bool
	for _, c := range h.fake.sent("chat.update") {
		updated = updated || (c.Form.Get("channel") == queue && c.Form.Get("ts") == cardTS)
	}
	if !updated {
		t.Error("the card was not updated")
	}
}

// TestManifestShortcut: the manifest declares the message shortcut the
// adapter answers.
func TestManifestShortcut(t *testing.T) {
	b, err := os.ReadFile("../../manifests/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^\s*type: message\s*\n\s*callback_id: ` + ShortcutDelegate + `\s*$`)
	if !re.Match(b) {
		t.Errorf("the Slack manifest declares no message shortcut with callback_id %s", ShortcutDelegate)
	}
}

// TestEditFormRedactedForAssignee: in a queue approved for PHI, the
// assignee (not cleared) gets the edit form with the request redacted as a
// whole; saving a changed priority keeps the stored text and subject.
func TestEditFormRedactedForAssignee(t *testing.T) {
	h := newHarness(t)
	if err := h.store.ApproveChannel(context.Background(), h.ws, queue, adminUser); err != nil {
		t.Fatal(err)
	}
	h.event("EvP1", imMessage(execUser, "draft a reply to John Smith about his MRN 4455667 results"))
	h.wait()
	before := h.onlyTicket()
	cardTS := h.queueCard()
	h.click(asstUser, "claim", "DEL-1", queue, cardTS)
	h.wait()
	h.click(asstUser, "edit", "DEL-1", queue, cardTS)
	h.wait()
	opened := h.fake.sent("views.open")
	if len(opened) != 1 {
		t.Fatalf("%d views.open calls", len(opened))
	}
	if strings.Contains(opened[0].Body, "4455667") || strings.Contains(opened[0].Body, "John Smith") {
		t.Fatalf("the assignee's form shows PHI: %s", opened[0].Body)
	}
	h.submit(asstUser, h.views()[0], map[string]string{"priority": "high"})
	h.wait()
	after := h.onlyTicket()
	if after.Priority != delegatebot.PriorityHigh || after.Text != before.Text || after.Subject != before.Subject ||
		strings.Join(after.People, ",") != strings.Join(before.People, ",") {
		t.Errorf("before %+v\nafter %+v", before, after)
	}
}
