package teams

import (
	"context"
	"html"
	"strings"
	"sync"

	"github.com/delegatebot/delegatebot/bot"
)

// fieldName is the profile field of a user's Teams display name.
const fieldName = "name"

// mentionEntity is a Bot Framework mention: Teams shows the <at>Name</at>
// of the text as a mention of the user when an entity names them.
type mentionEntity struct {
	Type      string         `json:"type"` // "mention"
	Text      string         `json:"text"` // "<at>Name</at>", as in the text
	Mentioned mentionAccount `json:"mentioned"`
}

type mentionAccount struct {
	ID   string `json:"id"` // the user's Microsoft Entra object id
	Name string `json:"name"`
}

// names are display names already stored, so that each activity does not
// write Redis again.
var names sync.Map // tenant + "\x00" + user -> name

// rememberName stores the display name and time zone Teams gives the
// sender of an activity (the zone times the daily digest). Display names are the organisation's directory names of its
// own staff, shown by Teams itself; like Slack's client rendering <@U1> as
// a name, they are how a mention is shown, not message text.
func (a *Adapter) rememberName(ctx context.Context, ws, user, name, tz string) {
	name = strings.TrimSpace(name)
	if a.Profiles == nil || ws == "" || user == "" || name == "" || len(name) > 256 || len(tz) > 64 {
		return
	}
	k := ws + "\x00" + user
	if v, ok := names.Load(k); ok && v == name+"\x00"+tz {
		return
	}
	fields := map[string]string{fieldName: name}
	if tz != "" {
		fields["tz"] = tz
	}
	if err := a.Profiles.SaveProfile(ctx, ws, Platform, user, fields, 0); err != nil {
		a.log().Error("teams display name not saved", "tenant", ws, "user", user, "err", err)
		return
	}
	names.Store(k, name+"\x00"+tz)
}

// displayNames looks up the display names of the users m mentions; a user
// the bot never heard from keeps no name and is shown as "@id".
func (a *Adapter) displayNames(ctx context.Context, ws string, m bot.Outgoing) map[string]string {
	out := map[string]string{}
	texts := []bot.Text{m.Spans()}
	if c := m.Card(); c != nil {
		texts = append(texts, c.Title)
		for _, f := range c.Fields {
			texts = append(texts, f.Label, f.Value)
		}
	}
	for _, t := range texts {
		for _, sp := range t {
			if sp.User == "" {
				continue
			}
			if _, done := out[sp.User]; done {
				continue
			}
			out[sp.User] = ""
			if v, ok := names.Load(ws + "\x00" + sp.User); ok {
				out[sp.User], _, _ = strings.Cut(v.(string), "\x00")
				continue
			}
			if a.Profiles == nil {
				continue
			}
			if p, err := a.Profiles.Profile(ctx, ws, Platform, sp.User); err == nil && p[fieldName] != "" {
				out[sp.User] = p[fieldName]
			}
		}
	}
	return out
}

// mentions renders the mentions of t whose names are known as <at>Name</at>
// with their entities, and reports whether there was one. Literal text is
// escaped for Teams' markdown when mentions make the text formatted.
type mentions struct {
	names    map[string]string
	entities []mentionEntity
}

func (ms *mentions) at(id string) (string, bool) {
	name := ms.names[id]
	if name == "" {
		return "", false
	}
	tag := "<at>" + html.EscapeString(name) + "</at>"
	for _, e := range ms.entities {
		if e.Mentioned.ID == id {
			return tag, true
		}
	}
	ms.entities = append(ms.entities, mentionEntity{Type: "mention", Text: tag, Mentioned: mentionAccount{ID: id, Name: name}})
	return tag, true
}

// hasNamed reports whether t mentions a user whose name is known.
func (ms *mentions) hasNamed(t bot.Text) bool {
	for _, sp := range t {
		if sp.User != "" && ms.names[sp.User] != "" {
			return true
		}
	}
	return false
}

// mdEscaper keeps literal text literal in Teams' markdown.
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "#", `\#`, "[", `\[`, "]", `\]`)

// text renders a message's text: plain, as before, unless it mentions a
// user by a known name; then markdown with <at> mentions and escaped
// literals.
func (ms *mentions) text(t bot.Text) (string, string) {
	if !ms.hasNamed(t) {
		return t.String(), "plain"
	}
	return t.Render(func(id string) string {
		if tag, ok := ms.at(id); ok {
			return tag
		}
		return mdEscaper.Replace("@" + id)
	}, func(id string) string { return mdEscaper.Replace("#" + id) }, mdEscaper.Replace), "markdown"
}

// cardText renders a card's text: mentions by known name as <at> mentions
// (the card carries their entities), others as "@id".
func (ms *mentions) cardText(t bot.Text) string {
	return t.Render(func(id string) string {
		if tag, ok := ms.at(id); ok {
			return tag
		}
		return "@" + id
	}, func(id string) string { return "#" + id }, nil)
}
