package slack

import (
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
	text := m.Spans()
	c := m.Card()
	if c == nil {
		return []slack.MsgOption{slack.MsgOptionText(mrkdwn(text, 4*maxSectionText), false)}
	}
	var blocks []slack.Block
	if len(text) > 0 {
		blocks = append(blocks, section(mrkdwn(text, maxSectionText)))
	}
	blocks = append(blocks, cardBlocks(c)...)
	fallback := text
	if len(fallback) == 0 {
		fallback = c.Title
	}
	return []slack.MsgOption{
		slack.MsgOptionText(mrkdwn(fallback, maxSectionText), false),
		slack.MsgOptionBlocks(blocks...),
	}
}

// cardBlocks renders a ticket card: a section with the title and the fields
// (several sections past Slack's ten fields each), then an actions block whose
// buttons carry the command as action_id and the ticket id as value, which is
// what a click sends back.
func cardBlocks(c *bot.Card) []slack.Block {
	title := "*" + mrkdwn(c.Title, maxSectionText-2) + "*"
	var blocks []slack.Block
	fields := make([]*slack.TextBlockObject, 0, len(c.Fields))
	for _, f := range c.Fields {
		s := "*" + mrkdwn(f.Label, 100) + "*\n" + mrkdwn(f.Value, maxFieldText-110)
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
			value := c.TicketID
			if b.Value != "" {
				value = b.Value
			}
			btn := slack.NewButtonBlockElement(b.Action, value,
				slack.NewTextBlockObject(slack.PlainTextType, truncate(b.Label, maxButtonText), false, false))
			btn.Style = buttonStyles[b.Style]
			els = append(els, btn)
		}
		blocks = append(blocks, slack.NewActionBlock(actionBlockID(c), els...))
	}
	if strings.HasPrefix(c.Link, "https://") {
		// Built by the adapter from ids (see bot.Card.Link); still escaped.
		blocks = append(blocks, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType,
			"<"+mdEscaper.Replace(c.Link)+"|Original message>", false, false)))
	}
	return blocks
}

// actionBlockID names a card's buttons block; block ids must be unique in a
// view (the App Home shows several cards, and pagers without a ticket).
func actionBlockID(c *bot.Card) string {
	if c.TicketID != "" {
		return "ticket:" + c.TicketID
	}
	for _, b := range c.Buttons {
		if b.Value != "" {
			return "page:" + truncate(b.Value, 200)
		}
	}
	return ""
}

// buttonStyles maps the core's button styles to Block Kit's.
var buttonStyles = map[delegatebot.ButtonStyle]slack.Style{
	delegatebot.StylePrimary: slack.StylePrimary,
	delegatebot.StyleDanger:  slack.StyleDanger,
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, text, false, false), nil, nil)
}

var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// mrkdwn renders t as Slack mrkdwn of at most n characters of literal
// text: literal text is escaped, so that nothing a user typed can become a
// link or an @channel; mentions become <@U123> and channel references
// <#C123>. Ids are Slack's own, so they need no escaping; one that is not
// (a guard's placeholder can never be one: it is literal text by then) is
// escaped all the same.
func mrkdwn(t bot.Text, n int) string {
	budget := n
	cut := func(s string) string {
		s = truncate(s, max(budget, 1))
		budget -= utf8.RuneCountInString(s)
		return s
	}
	return t.Render(
		func(id string) string { return "<@" + mdEscaper.Replace(id) + ">" },
		func(id string) string { return "<#" + mdEscaper.Replace(id) + ">" },
		func(s string) string {
			if budget <= 0 {
				return ""
			}
			return mdEscaper.Replace(cut(s))
		})
}

// truncate shortens s to at most n characters, marking the cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
