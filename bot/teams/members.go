package teams

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/delegatebot/delegatebot/phi"
	"github.com/infracloudio/msbotbuilder-go/schema"
)

// rosters remembers, per tenant, a conversation whose roster lists the
// tenant's people: the last team channel the bot saw a message in (else a
// group chat), with its service URL.
var rosters sync.Map // tenant -> reference

// rememberRoster notes the conversation of act as tenant ws's roster.
func (a *Adapter) rememberRoster(ws string, act *schema.Activity, kind phi.Kind) {
	if ws == "" || act.ServiceURL == "" || act.Conversation.ID == "" {
		return
	}
	ref := reference{ServiceURL: act.ServiceURL, Conversation: baseConversation(act.Conversation.ID)}
	switch kind {
	case phi.KindChannel:
		rosters.Store(ws, ref)
	case phi.KindGroup:
		rosters.LoadOrStore(ws, ref)
	}
}

// ErrNoRoster reports a tenant in none of whose team channels or group
// chats the bot has seen a message yet, so no roster can be asked for.
var ErrNoRoster = errors.New("no team conversation of the tenant seen yet")

// Members returns the names in the roster of tenant ws (GET
// /v3/conversations/{id}/members of a conversation the bot saw a message
// in), for the PHI scanner's directory of colleagues: each member's display
// name and given name with surname. Bots are left out.
func (a *Adapter) Members(ctx context.Context, ws string) ([]string, error) {
	v, ok := rosters.Load(ws)
	if !ok {
		return nil, ErrNoRoster
	}
	ref := v.(reference)
	members, err := a.Connector.Members(ctx, ref.ServiceURL, ref.Conversation)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if k := strings.ToLower(n); n != "" && !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	for _, m := range members {
		if strings.EqualFold(m.UserRole, "bot") || strings.HasPrefix(m.ID, "28:") {
			continue
		}
		add(m.Name)
		add(m.GivenName + " " + m.Surname)
	}
	return names, nil
}

// Member is one entry of a conversation roster (a TeamsChannelAccount).
type Member struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	GivenName   string `json:"givenName"`
	Surname     string `json:"surname"`
	AadObjectID string `json:"aadObjectId"`
	UserRole    string `json:"userRole"`
}

// Members returns the roster of a conversation. It retries as call does:
// once with a fresh token after a 401, after a 429 as Retry-After asks, and
// after 5xx and network errors, up to Attempts tries.
func (c *Connector) Members(ctx context.Context, serviceURL, conversation string) ([]Member, error) {
	u := strings.TrimRight(serviceURL, "/") + "/v3/conversations/" + url.PathEscape(conversation) + "/members"
	var ms []Member
	err := c.retry(ctx, "roster", conversation, func(tok string) (err error) {
		ms, err = c.roster(ctx, u, tok)
		return err
	})
	return ms, err
}

func (c *Connector) roster(ctx context.Context, u, tok string) ([]Member, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := c.client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if resp.StatusCode/100 != 2 {
		var er schema.ErrorResponse
		_ = json.Unmarshal(data, &er)
		se := &StatusError{Op: http.MethodGet, Status: resp.StatusCode, Code: safeCode(er.Error.Code)}
		if resp.StatusCode == http.StatusTooManyRequests {
			return nil, &retryAfterError{se, retryAfter(resp.Header.Get("Retry-After"), time.Now())}
		}
		return nil, se
	}
	var ms []Member
	if err := json.Unmarshal(data, &ms); err != nil {
		return nil, fmt.Errorf("decode roster: %w", err)
	}
	return ms, nil
}
