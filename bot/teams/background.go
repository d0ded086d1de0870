package teams

import (
	"context"
	"fmt"
	"sync"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/delegatebot/delegatebot/phi"
)

// tenantProfile is the profile under which a tenant's service URL is kept:
// messages nobody triggered (reminders, escalations) need it to reach the
// queue conversation.
const tenantProfile = "~tenant"

// serviceURLs remembers which tenants' service URLs are already stored, so
// each activity does not write Redis again.
var serviceURLs sync.Map // tenant + "\x00" + url -> struct{}

// rememberTenant stores the service URL of a tenant's activities.
func (a *Adapter) rememberTenant(ctx context.Context, ws, serviceURL string) {
	if a.Profiles == nil || ws == "" || serviceURL == "" {
		return
	}
	k := ws + "\x00" + serviceURL
	if _, seen := serviceURLs.Load(k); seen {
		return
	}
	if err := a.Profiles.SaveProfile(ctx, ws, Platform, tenantProfile, map[string]string{fieldServiceURL: serviceURL}, 0); err != nil {
		a.log().Error("teams service url not saved", "tenant", ws, "err", err)
		return
	}
	serviceURLs.Store(k, struct{}{})
}

// Background returns a sender for messages that no activity triggered:
// direct messages go to the user's stored personal chat, channel posts to
// the conversation through the tenant's last known service URL.
func (a *Adapter) Background() bot.Sender { return backgroundSender{a} }

type backgroundSender struct{ a *Adapter }

// ChannelKind implements bot.Sender: without an activity Teams says
// nothing of a conversation, so it keeps the kind the core gave it.
func (b backgroundSender) ChannelKind(_ context.Context, d bot.Destination) (phi.Kind, error) {
	return d.Kind, nil
}

func (b backgroundSender) Send(ctx context.Context, m bot.Outgoing) (string, error) {
	d := m.Destination()
	act := render(m, b.a.displayNames(ctx, d.Workspace, m))
	if d.DM != "" {
		return (&sender{a: b.a}).direct(ctx, d.Workspace, d.DM, act)
	}
	if b.a.Profiles == nil {
		return "", fmt.Errorf("no profile store: cannot find the service url of %s", d.Workspace)
	}
	p, err := b.a.Profiles.Profile(ctx, d.Workspace, Platform, tenantProfile)
	if err != nil {
		return "", fmt.Errorf("service url of %s: %w", d.Workspace, err)
	}
	url := p[fieldServiceURL]
	if url == "" {
		return "", fmt.Errorf("no activity seen yet from tenant %s: its service url is unknown", d.Workspace)
	}
	return b.a.Connector.Post(ctx, url, d.Channel, act)
}
