package slack

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/slack-go/slack"
)

// Block Kit limits, in characters.
const (
	maxSectionText = 3000
	maxFieldText   = 2000
	maxButtonText  = 75
	maxFields      = 10 // per section block
)

// render turns a cleared message into chat.postMessage/postEphemeral/update
// options: plain text alone, or Block Kit when there is a ticket card (with
// the text, or the card's title, as the notification fallback).
func render(m bot.Outgoing) []slack.MsgOption {
	text := m.Text()
	c := m.Card()
	if c == nil {
		return []slack.MsgOption{slack.MsgOptionText(mrkdwn(truncate(text, 4*maxSectionText)), false)}
	}
	var blocks []slack.Block
	if text != "" {
		blocks = append(blocks, section(mrkdwn(truncate(text, maxSectionText))))
	}
	blocks = append(blocks, cardBlocks(c)...)
	fallback := text
	if fallback == "" {
		fallback = c.Title
	}
	return []slack.MsgOption{
		slack.MsgOptionText(mrkdwn(truncate(fallback, maxSectionText)), false),
		slack.MsgOptionBlocks(blocks...),
	}
}

// cardBlocks renders a ticket card: a section with the title and the fields
// (several sections past Slack's ten fields each), then an actions block whose
// buttons carry the command as action_id and the ticket id as value, which is
// what a click sends back.
func cardBlocks(c *bot.Card) []slack.Block {
	title := "*" + mrkdwn(truncate(c.Title, maxSectionText-2)) + "*"
	var blocks []slack.Block
	fields := make([]*slack.TextBlockObject, 0, len(c.Fields))
	for _, f := range c.Fields {
		s := "*" + mrkdwn(truncate(f.Label, 100)) + "*\n" + mrkdwn(truncate(f.Value, maxFieldText-110))
		fields = append(fields, slack.NewTextBlockObject(slack.MarkdownType, s, false, false))
	}
	for first := true; first || len(fields) > 0; first = false {
		n := min(len(fields), maxFields)
		var text *slack.TextBlockObject
		if first {
			text = slack.NewTextBlockObject(slack.MarkdownType, title, false, false)
		}
		blocks = append(blocks, slack.NewSectionBlock(text, fields[:n], nil))
		fields = fields[n:]
	}
	if len(c.Buttons) > 0 {
		var els []slack.BlockElement
		for _, b := range c.Buttons {
			btn := slack.NewButtonBlockElement(b.Action, c.TicketID,
				slack.NewTextBlockObject(slack.PlainTextType, truncate(b.Label, maxButtonText), false, false))
			btn.Style = buttonStyles[b.Style]
			els = append(els, btn)
		}
		blocks = append(blocks, slack.NewActionBlock("ticket:"+c.TicketID, els...))
	}
	return blocks
}

// buttonStyles maps the core's button styles to Block Kit's.
var buttonStyles = map[delegatebot.ButtonStyle]slack.Style{
	delegatebot.StylePrimary: slack.StylePrimary,
	delegatebot.StyleDanger:  slack.StyleDanger,
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil)
}

var (
	mdEscaper   = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	userMention = regexp.MustCompile(`(^|[\s(])@([UW][A-Z0-9]{2,})\b`)
	chanMention = regexp.MustCompile(`(^|[\s(])#([CG][A-Z0-9]{2,})\b`)
)

// mrkdwn escapes text for Slack, so that nothing a user typed can become a
// link or an @channel, then turns the core's "@U123" and "#C123" into real
// mentions.
func mrkdwn(s string) string {
	s = mdEscaper.Replace(s)
	s = userMention.ReplaceAllString(s, "$1<@$2>")
	return chanMention.ReplaceAllString(s, "$1<#$2>")
}

// truncate shortens s to at most n characters, marking the cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
