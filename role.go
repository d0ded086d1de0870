package delegatebot

import (
	"slices"
	"strings"
)

// Role is what a user may do in a workspace. A user may hold several.
type Role string

// The roles.
const (
	RoleExecutive Role = "executive" // delegates work
	RoleAssistant Role = "assistant" // claims and completes work
	RoleAdmin     Role = "admin"     // manages channel policy and roles
)

// ParseRole returns the Role named by s, accepting the plural too.
func ParseRole(s string) (Role, bool) {
	switch s {
	case "executive", "executives", "exec":
		return RoleExecutive, true
	case "assistant", "assistants":
		return RoleAssistant, true
	case "admin", "admins":
		return RoleAdmin, true
	}
	return "", false
}

// User is a person on one platform in one workspace.
type User struct {
	Platform  string // "slack", "teams", "console"
	Workspace string // Slack team id, Teams tenant id, "console"
	ID        string // the platform's user id
	Name      string // display name, for messages only
	Roles     []Role
	Cleared   bool     // may see tickets' original text (PHI clearance)
	Supports  []string // for assistants: the executives they support
}

// Has reports whether u holds role r.
func (u User) Has(r Role) bool { return slices.Contains(u.Roles, r) }

// Assists reports whether u supports executive exec.
func (u User) Assists(exec string) bool { return slices.Contains(u.Supports, exec) }

// Require returns an EFORBIDDEN error unless u holds one of roles; what
// completes the message: "Only admins can <what>."
func (u User) Require(what string, roles ...Role) error {
	for _, r := range roles {
		if u.Has(r) {
			return nil
		}
	}
	names := make([]string, len(roles))
	for i, r := range roles {
		names[i] = string(r) + "s"
	}
	return Errorf(EFORBIDDEN, "Only %s can %s.", strings.Join(names, " and "), what)
}
