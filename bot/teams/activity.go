package teams

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// Activity is an activity we send. msbotbuilder-go's schema.Activity serves
// for what we receive, but not for sending: its time.Time and struct fields
// ignore omitempty, so every message would carry a zero "timestamp", an
// "expiration" two thousand years past and empty from/recipient objects.
type Activity struct {
	Type        string              `json:"type"`
	Text        string              `json:"text,omitempty"`
	TextFormat  string              `json:"textFormat,omitempty"`
	Attachments []schema.Attachment `json:"attachments,omitempty"`
	Entities    []mentionEntity     `json:"entities,omitempty"`
}

// reference is where the bot can reach a user proactively: their personal
// conversation with the bot, saved as the user's profile fields.
type reference struct {
	ServiceURL   string
	Conversation string
}

// Profile fields of a Teams conversation reference.
const (
	fieldServiceURL   = "service_url"
	fieldConversation = "conversation"
)

func (r reference) fields() map[string]string {
	return map[string]string{fieldServiceURL: r.ServiceURL, fieldConversation: r.Conversation}
}

func referenceFrom(p map[string]string) (reference, bool) {
	r := reference{ServiceURL: p[fieldServiceURL], Conversation: p[fieldConversation]}
	return r, r.ServiceURL != "" && r.Conversation != ""
}

// tenantOf is the activity's tenant, the workspace of everything it does.
func tenantOf(a *schema.Activity) string {
	if t, ok := a.ChannelData["tenant"].(map[string]any); ok {
		if id, ok := t["id"].(string); ok && id != "" {
			return id
		}
	}
	return a.Conversation.TenantID
}

// kindOf maps a Teams conversation type to the guard's kinds. An unknown
// type is treated as external, so the guard never lets PHI into it.
func kindOf(conversationType string) phi.Kind {
	switch conversationType {
	case "personal":
		return phi.KindDM
	case "groupChat":
		return phi.KindGroup
	case "channel":
		return phi.KindChannel
	}
	return phi.KindExternal
}

// baseConversation drops the ";messageid=..." Teams appends to a channel
// conversation id for a reply thread: PHI approval and the queue setting name
// the channel, not one of its threads.
func baseConversation(id string) string {
	base, _, _ := strings.Cut(id, ";messageid=")
	return base
}

var mentionTag = regexp.MustCompile(`(?is)<at>(.*?)</at>`)

// botMentions returns the text of each mention of the bot (recipient botID)
// in an activity body. schema.Entity keeps only an entity's type, so the
// mentions are read from the raw JSON.
func botMentions(body []byte, botID string) []string {
	var raw struct {
		Entities []struct {
			Type      string `json:"type"`
			Text      string `json:"text"`
			Mentioned struct {
				ID string `json:"id"`
			} `json:"mentioned"`
		} `json:"entities"`
	}
	if json.Unmarshal(body, &raw) != nil {
		return nil
	}
	var out []string
	for _, e := range raw.Entities {
		if e.Type == "mention" && e.Text != "" && e.Mentioned.ID == botID {
			out = append(out, e.Text)
		}
	}
	return out
}

// cleanText removes the bot's @mentions (how it is addressed in channels
// and group chats), keeps other people's mentions as their names, and undoes
// the HTML escaping Teams applies. Without mention entities every <at> tag is
// taken for the bot.
func cleanText(s string, mentions []string) string {
	for _, m := range mentions {
		s = strings.ReplaceAll(s, m, " ")
	}
	repl := "$1"
	if len(mentions) == 0 {
		repl = " "
	}
	s = mentionTag.ReplaceAllString(s, repl)
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(s)
}

// bareFunc recognises a command typed without a slash (bot.Bot.Bare).
type bareFunc func(platform, text string) (name, args string, ok bool)

// event turns an authenticated message activity into a bot event, or returns
// nil for one the bot has nothing to do with. bare recognises commands
// typed without a slash.
func event(a *schema.Activity, mentions []string, bare bareFunc) *bot.Event {
	ws, user := tenantOf(a), a.From.AadObjectID
	if ws == "" || user == "" {
		return nil
	}
	e := &bot.Event{
		ID:          a.ID,
		User:        delegatebot.User{Platform: Platform, Workspace: ws, ID: user, Name: a.From.Name},
		Channel:     baseConversation(a.Conversation.ID),
		ChannelKind: kindOf(a.Conversation.ConversationType),
		Message:     a.ID,
		Time:        a.Timestamp,
	}
	if a.Conversation.ID != e.Channel {
		e.Thread = a.Conversation.ID
	}
	if a.LocalTimezone != "" {
		if loc, err := time.LoadLocation(a.LocalTimezone); err == nil {
			e.Location = loc
		}
	}
	if a.Value != nil {
		// An Action.Submit on one of our cards: its data is
		// {"action": "claim", "ticket": "DEL-1"}, and replyToId is the
		// card's activity, which the handler updates in place.
		action, _ := a.Value["action"].(string)
		ticket, _ := a.Value["ticket"].(string)
		if action == "" {
			return nil
		}
		e.Command, e.Text, e.Card = action, ticket, a.ReplyToID
		return e
	}
	e.Command, e.Text = command(cleanText(a.Text, mentions), bare)
	if e.Command == "" && e.Text == "" {
		return nil
	}
	return e
}

// command splits text into a command and its arguments. With a leading
// slash any word is a command. Teams has no slash commands, so bare words
// from the app's command menu count too, but only in the shapes the command
// table allows (bot.Command.Bare): "cancel DEL-4" is a command, "cancel my
// 3 pm" is a request.
func command(text string, bare bareFunc) (name, args string) {
	word, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(word, "/") && len(word) > 1 {
		return strings.ToLower(word[1:]), rest
	}
	if name, args, ok := bare(Platform, text); ok {
		return name, args
	}
	return "", text
}
