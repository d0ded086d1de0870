package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/delegatebot/delegatebot"
)

// Span is a piece of a message's text: literal text, a mention of a user or
// a reference to a channel. Exactly one field is set.
type Span struct {
	Text    string // literal text; adapters escape it, so it never becomes markup
	User    string // the id of a user to mention
	Channel string // the id of a channel to link
}

// Text is a message's text as spans. Adapters render each span in their
// platform's form (Slack <@U1>, Teams a name, the console @U1); the core
// never writes a platform's markup into text.
type Text []Span

// Plain is literal text.
func Plain(s string) Text {
	if s == "" {
		return nil
	}
	return Text{{Text: s}}
}

// Textf formats like fmt.Sprintf; arguments of type delegatebot.Mention and
// delegatebot.ChannelRef become mention and channel spans, and arguments of
// type Text keep their spans.
func Textf(format string, args ...any) Text {
	args = append([]any(nil), args...)
	refs := map[string]Text{}
	for i, a := range args {
		var t Text
		switch v := a.(type) {
		case delegatebot.Mention:
			t = Text{{User: string(v)}}
		case delegatebot.ChannelRef:
			t = Text{{Channel: string(v)}}
		case Text:
			t = v
		default:
			continue
		}
		mark := "\x00" + strconv.Itoa(i) + "\x00"
		refs[mark] = t
		args[i] = mark
	}
	s := fmt.Sprintf(format, args...)
	if len(refs) == 0 {
		return Plain(s)
	}
	var out Text
	for s != "" {
		i := strings.IndexByte(s, 0)
		j := -1
		if i >= 0 {
			j = strings.IndexByte(s[i+1:], 0)
		}
		if i < 0 || j < 0 {
			out = out.add(Span{Text: s})
			break
		}
		mark := s[i : i+j+2]
		t, ok := refs[mark]
		if !ok { // a NUL of the caller's own
			out = out.add(Span{Text: s[:i+1]})
			s = s[i+1:]
			continue
		}
		out = out.add(Span{Text: s[:i]}).Append(t)
		s = s[i+len(mark):]
	}
	return out
}

func asError(err error) (*delegatebot.Error, bool) {
	var e *delegatebot.Error
	return e, errors.As(err, &e)
}

// errorText is err's user-facing message with its mentions as spans.
func errorText(err error) Text {
	if e, ok := asError(err); ok {
		format, args := e.Template()
		return Textf(format, args...)
	}
	return Plain(delegatebot.ErrorMessage(err))
}

// Append returns t followed by more.
func (t Text) Append(more ...Text) Text {
	out := append(Text(nil), t...)
	for _, m := range more {
		for _, sp := range m {
			out = out.add(sp)
		}
	}
	return out
}

// JoinText joins ts with the literal sep.
func JoinText(ts []Text, sep string) Text {
	var out Text
	for i, t := range ts {
		if i > 0 {
			out = out.add(Span{Text: sep})
		}
		out = out.Append(t)
	}
	return out
}

// add appends sp, merging adjacent literals and dropping empty ones.
func (t Text) add(sp Span) Text {
	if sp == (Span{}) {
		return t
	}
	if sp.Text != "" && len(t) > 0 && t[len(t)-1].Text != "" {
		t[len(t)-1].Text += sp.Text
		return t
	}
	return append(t, sp)
}

// String renders t in plain form: mentions as "@id", channels as "#id".
// It is what the PHI guard reads and what the console prints.
func (t Text) String() string {
	return t.Render(func(id string) string { return "@" + id }, func(id string) string { return "#" + id }, nil)
}

// Render renders t with user and channel for mentions and channel
// references and escape (nil: none) for literal text.
func (t Text) Render(user, channel func(id string) string, escape func(string) string) string {
	var b strings.Builder
	for _, sp := range t {
		switch {
		case sp.User != "":
			b.WriteString(user(sp.User))
		case sp.Channel != "":
			b.WriteString(channel(sp.Channel))
		case escape != nil:
			b.WriteString(escape(sp.Text))
		default:
			b.WriteString(sp.Text)
		}
	}
	return b.String()
}

// cleared rebuilds t from cleared, the guard's version of t.String(). The
// guard reads mentions in their plain form, in context, exactly as they
// will read; a mention it left as it was stays a mention, and one it
// changed (redacted) is literal text from then on. So a mention can carry
// nothing the guard did not clear.
func (t Text) cleared(cleared string) Text {
	if cleared == t.String() {
		return append(Text(nil), t...)
	}
	var out Text
	rest := cleared
	for _, sp := range t {
		if sp.Text != "" {
			continue
		}
		plain := Text{sp}.String()
		i := strings.Index(rest, plain)
		if i < 0 {
			continue
		}
		out = out.add(Span{Text: rest[:i]}).add(sp)
		rest = rest[i+len(plain):]
	}
	return out.add(Span{Text: rest})
}
