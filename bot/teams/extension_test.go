package teams_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot/teams"
)

const generalID = "19:general9f8e7d@thread.tacv2"

// invoke sends an invoke activity named name with value, signed like Teams,
// and returns the decoded response body.
func (e *env) invoke(t *testing.T, user, name string, value map[string]any, replyTo string) map[string]any {
	t.Helper()
	return e.invokeIn(t, generalID+";messageid=1700000000001", user, name, value, replyTo)
}

// invokeIn sends an invoke activity in the channel conversation conv.
func (e *env) invokeIn(t *testing.T, conv, user, name string, value map[string]any, replyTo string) map[string]any {
	t.Helper()
	act := e.activity("inv-"+name+"-"+strconv.FormatInt(time.Now().UnixNano(), 36), "channel", conv, user, "")
	act["type"], act["name"], act["value"] = "invoke", name, value
	delete(act, "text")
	if replyTo != "" {
		act["replyToId"] = replyTo
	}
	body, _ := json.Marshal(act)
	r := httptest.NewRequest(http.MethodPost, "/api/messages", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("Authorization", "Bearer "+sign(t, claims(e.conn.serviceURL()), testKeys(t)[0], "key-1"))
	w := httptest.NewRecorder()
	e.adapter.ServeHTTP(w, r)
	if w.Code != http.StatusOK {
		t.Fatalf("invoke %s: status %d", name, w.Code)
	}
	var out map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatalf("invoke %s: body %q: %v", name, w.Body.String(), err)
	}
	return out
}

// taskForm is the Adaptive Card form of a task module response.
type taskForm struct {
	Body []struct {
		ID    string `json:"id"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Text  string `json:"text"`
	} `json:"body"`
	Actions []struct {
		Data map[string]any `json:"data"`
	} `json:"actions"`
}

func formOf(t *testing.T, resp map[string]any) taskForm {
	t.Helper()
	b, _ := json.Marshal(resp)
	var r struct {
		Task struct {
			Type  string `json:"type"`
			Value struct {
				Card struct {
					ContentType string   `json:"contentType"`
					Content     taskForm `json:"content"`
				} `json:"card"`
			} `json:"value"`
		} `json:"task"`
	}
	if err := json.Unmarshal(b, &r); err != nil || r.Task.Type != "continue" || r.Task.Value.Card.ContentType != teams.AdaptiveCardType {
		t.Fatalf("response is no task module form: %s", b)
	}
	return r.Task.Value.Card.Content
}

func (f taskForm) value(id string) string {
	for _, b := range f.Body {
		if b.ID == id {
			return b.Value
		}
	}
	return ""
}

// data is what Teams submits: the action's data with every input's value,
// changes applied.
func (f taskForm) data(changes map[string]string) map[string]any {
	d := map[string]any{}
	for k, v := range f.Actions[0].Data {
		d[k] = v
	}
	for _, b := range f.Body {
		if b.ID == "" {
			continue
		}
		d[b.ID] = b.Value
		if v, ok := changes[b.ID]; ok {
			d[b.ID] = v
		}
	}
	return d
}

// TestMessageExtension: the "Delegate this" message extension answers
// fetchTask with a task module form prefilled from the message, and its
// submitAction opens a ticket whose card reaches the queue with a link
// back; a card's Edit button opens the same form on the ticket.
func TestMessageExtension(t *testing.T) {
	e := newEnv(t, "tenant-ext")
	link := "https://teams.microsoft.com/l/message/19:general9f8e7d@thread.tacv2/1700000000001"
	fetch := map[string]any{"commandId": teams.CommandDelegateThis, "commandContext": "message",
		"messagePayload": map[string]any{"id": "1700000000001", "linkToMessage": link,
			"body": map[string]any{"contentType": "html", "content": "<p>Please move my board meeting to Thursday at 3pm&nbsp;</p>"}}}
	form := formOf(t, e.invoke(t, execID, "composeExtension/fetchTask", fetch, ""))
	for id, want := range map[string]string{"intent": "calendar.reschedule", "subject": "board meeting", "when_time": "15:00"} {
		if got := form.value(id); got != want {
			t.Errorf("form %s = %q, want %q", id, got, want)
		}
	}
	e.invoke(t, execID, "composeExtension/submitAction", map[string]any{"commandId": teams.CommandDelegateThis, "data": form.data(nil)}, "")
	tk, err := e.store.FindTicket(context.Background(), e.tenant, 1)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Requester != execID || tk.Subject != "board meeting" || tk.Source.Link != link || tk.When.T.Hour() != 15 {
		t.Errorf("ticket %+v", tk)
	}
	queued := e.conn.to(queueID)
	if len(queued) != 1 {
		t.Fatalf("%d posts to the queue, want 1", len(queued))
	}
	cardJSON, _ := json.Marshal(card(t, queued[0]))
	for _, want := range []string{"DEL-1", `"url":"` + link, `"msteams":{"type":"task/fetch"}`} {
		if !strings.Contains(string(cardJSON), strings.ReplaceAll(want, "&", `\u0026`)) {
			t.Errorf("queue card lacks %s: %s", want, cardJSON)
		}
	}

	t.Run("ErrNotExecutive", func(t *testing.T) {
		resp := e.invoke(t, asstID, "composeExtension/fetchTask", fetch, "")
		b, _ := json.Marshal(resp)
		if !strings.Contains(string(b), `"type":"message"`) || !strings.Contains(string(b), "Only") {
			t.Errorf("assistant got %s", b)
		}
	})
	t.Run("Edit", func(t *testing.T) {
		form := formOf(t, e.invoke(t, execID, "task/fetch", map[string]any{"data": map[string]any{"action": "edit", "ticket": "DEL-1",
			"msteams": map[string]any{"type": "task/fetch"}}}, "1700000000042"))
		if form.value("subject") != "board meeting" {
			t.Fatalf("edit form subject %q", form.value("subject"))
		}
		e.invoke(t, execID, "task/submit", map[string]any{"data": form.data(map[string]string{"priority": "urgent"})}, "1700000000042")
		tk, err := e.store.FindTicket(context.Background(), e.tenant, 1)
		if err != nil {
			t.Fatal(err)
		}
		if tk.Priority != delegatebot.PriorityUrgent || tk.Subject != "board meeting" {
			t.Errorf("after edit %+v", tk)
		}
	})
}

// TestManifestMessageExtension: the Teams manifest declares the action the
// adapter answers, on messages, with a task module.
func TestManifestMessageExtension(t *testing.T) {
	b, err := os.ReadFile("../../manifests/teams/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ComposeExtensions []struct {
			Commands []struct {
				ID, Type  string
				Context   []string
				FetchTask bool
			}
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, ce := range m.ComposeExtensions {
		for _, c := range ce.Commands {
			if c.ID == teams.CommandDelegateThis && c.Type == "action" && c.FetchTask && len(c.Context) == 1 && c.Context[0] == "message" {
				return
			}
		}
	}
	t.Errorf("the Teams manifest has no message action %q with fetchTask", teams.CommandDelegateThis)
}
