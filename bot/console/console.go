// Package console is the terminal adapter: it reads lines from a reader as
// one local user at a time, hands them to the bot core and prints what the
// guard cleared. It is for trying the bot locally and for end-to-end tests.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot"
	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// Platform, Workspace and Channel identify the console's one conversation.
const (
	Platform  = "console"
	Workspace = "console"
	Channel   = "console"
)

// Adapter runs a console session.
type Adapter struct {
	Bot *bot.Bot
	In  io.Reader
	Out io.Writer

	// User is the identity typed lines come from; /as changes it.
	User string
	// Grant, when set, gives a role to a user (/as NAME ROLE...).
	Grant func(role delegatebot.Role, user string) error
	// Location is the users' time zone; nil means the local zone.
	Location *time.Location
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
	// Prompt prints "name> " before each line when set.
	Prompt bool
	// Tick, when set, runs after each line and at the end of the input:
	// the console runs due reminders and escalations itself, so that a
	// newcomer sees them (and a script piped in sees them at its end).
	Tick func(ctx context.Context)

	mu sync.Mutex // one message at a time on Out
}

// Help is what the console adds to the bot's /help.
const Help = `Console commands:
  /as NAME [ROLE...]   act as another user, granting roles (executive, assistant, admin)
  /quit                leave`

// Run reads lines until EOF, /quit or ctx ends.
func (a *Adapter) Run(ctx context.Context) error {
	sc := bufio.NewScanner(a.In)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for {
		if a.Prompt {
			fmt.Fprintf(a.Out, "%s> ", a.User)
		}
		if !sc.Scan() {
			a.tick(ctx)
			return sc.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			continue
		case line == "/quit" || line == "/exit":
			return nil
		case line == "/as" || strings.HasPrefix(line, "/as "):
			a.switchUser(strings.Fields(line)[1:])
			continue
		}
		e := a.event(line)
		if err := a.Bot.Serve(ctx, e, a); err != nil {
			fmt.Fprintf(a.Out, "! some replies could not be delivered: %v\n", err)
		}
		if e.Command == "help" {
			fmt.Fprintln(a.Out, Help)
		}
		a.tick(ctx)
	}
}

func (a *Adapter) switchUser(args []string) {
	if len(args) == 0 {
		fmt.Fprintln(a.Out, "Usage: /as NAME [executive|assistant|admin ...]")
		return
	}
	var granted []string
	for _, r := range args[1:] {
		role, ok := delegatebot.ParseRole(strings.ToLower(r))
		if !ok {
			fmt.Fprintf(a.Out, "Unknown role %q: use executive, assistant or admin.\n", r)
			return
		}
		if a.Grant != nil {
			if err := a.Grant(role, strings.TrimPrefix(args[0], "@")); err != nil {
				fmt.Fprintf(a.Out, "Could not grant %s: %v\n", role, delegatebot.ErrorMessage(err))
				return
			}
		}
		granted = append(granted, string(role))
	}
	a.User = strings.TrimPrefix(args[0], "@")
	if len(granted) > 0 {
		fmt.Fprintf(a.Out, "You are now @%s (%s).\n", a.User, strings.Join(granted, ", "))
	} else {
		fmt.Fprintf(a.Out, "You are now @%s.\n", a.User)
	}
}

func (a *Adapter) tick(ctx context.Context) {
	if a.Tick != nil && ctx.Err() == nil {
		a.Tick(ctx)
	}
}

func (a *Adapter) event(line string) *bot.Event {
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	e := &bot.Event{
		User:        delegatebot.User{Platform: Platform, Workspace: Workspace, ID: a.User, Name: a.User},
		Channel:     Channel,
		ChannelKind: phi.KindChannel,
		Text:        line,
		Time:        now(),
		Location:    a.Location,
	}
	if strings.HasPrefix(line, "/") {
		cmd, rest, _ := strings.Cut(line[1:], " ")
		e.Command, e.Text = cmd, strings.TrimSpace(rest)
	}
	return e
}

// Send implements bot.Sender by printing the cleared message, mentions as
// "@id" and channels as "#id".
func (a *Adapter) Send(_ context.Context, m bot.Outgoing) (string, error) {
	d := m.Destination()
	prefix := "bot: "
	switch {
	case d.Ephemeral:
		prefix = "bot (only you): "
	case d.DM != "":
		prefix = "bot -> @" + d.DM + ": "
	case d.Kind == phi.KindDM:
		prefix = "bot -> @" + d.User + ": "
	case d.Channel != Channel:
		prefix = "bot -> #" + d.Channel + ": "
	case d.Update != "":
		prefix = "bot (updated): "
	}
	var b strings.Builder
	if t := m.Text(); t != "" {
		b.WriteString(prefix + strings.ReplaceAll(t, "\n", "\n     ") + "\n")
		prefix = "     "
	}
	if c := m.Card(); c != nil {
		b.WriteString(prefix + "[" + c.Title.String() + "]\n")
		for _, f := range c.Fields {
			fmt.Fprintf(&b, "       %s: %s\n", f.Label.String(), f.Value.String())
		}
		if len(c.Buttons) > 0 {
			acts := make([]string, len(c.Buttons))
			for i, btn := range c.Buttons {
				acts[i] = fmt.Sprintf("%s: /%s %s", btn.Label, btn.Action, c.TicketID)
			}
			b.WriteString("       " + strings.Join(acts, " · ") + "\n")
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	_, err := io.WriteString(a.Out, b.String())
	return "", err
}

// ChannelKind implements bot.Sender: the console's conversation is an
// ordinary channel; any other destination keeps the kind the core gave it.
func (a *Adapter) ChannelKind(_ context.Context, d bot.Destination) (phi.Kind, error) {
	if d.Channel == Channel {
		return phi.KindChannel, nil
	}
	return d.Kind, nil
}
