package slack

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

// maxMemberPages bounds one users.list walk (200 members a page).
const maxMemberPages = 500

// Members returns the names of the workspace's people from users.list, for
// the PHI scanner's directory of colleagues: each member's real name,
// display name and first and last name, without bots, apps, Slackbot and
// deactivated accounts. It walks every page by cursor, waiting out rate
// limits as Slack asks; ws is the workspace the bot token belongs to.
func (a *Adapter) Members(ctx context.Context, ws string) ([]string, error) {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if k := strings.ToLower(n); n != "" && !seen[k] {
			seen[k] = true
			names = append(names, n)
		}
	}
	p := a.api.GetUsersPaginated()
	for page := 0; page < maxMemberPages; page++ {
		next, err := withRetry(ctx, a, "users.list", func() (slack.UserPagination, error) { return p.Next(ctx) })
		if err != nil {
			return nil, err
		}
		p = next
		for _, u := range p.Users {
			if u.Deleted || u.IsBot || u.IsAppUser || u.ID == "USLACKBOT" {
				continue
			}
			add(u.RealName)
			add(u.Profile.RealName)
			add(u.Profile.DisplayName)
			add(u.Profile.FirstName + " " + u.Profile.LastName)
		}
		if p.Cursor == "" {
			break
		}
	}
	a.log.Info("members listed", "workspace", ws, "names", len(names))
	return names, nil
}
