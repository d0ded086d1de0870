package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/handlers"
	"github.com/delegatebot/delegatebot/storage"
)

// directoryRefreshFromEnv reads DELEGATEBOT_DIRECTORY_REFRESH: how often
// member names are fetched again (default 6h, at least 1m); "0" or "off"
// turns the directory of colleagues off.
func directoryRefreshFromEnv(getenv func(string) string) (time.Duration, error) {
	v := strings.TrimSpace(getenv("DELEGATEBOT_DIRECTORY_REFRESH"))
	switch strings.ToLower(v) {
	case "":
		return handlers.DefaultMembersRefresh, nil
	case "0", "off":
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < time.Minute {
		return 0, fmt.Errorf("DELEGATEBOT_DIRECTORY_REFRESH: %q is not a duration of at least 1m, like 6h (0 or off turns it off)", v)
	}
	return d, nil
}

// newMembers returns the directories of colleagues for cfg, nil when off.
func newMembers(cfg Config, store *storage.Store) *handlers.Members {
	if cfg.DirectoryRefresh <= 0 {
		return nil
	}
	return &handlers.Members{Store: store, Refresh: cfg.DirectoryRefresh}
}

// addMembers lets the directory of colleagues fetch platform's member names
// with fetch.
func (a *App) addMembers(platform string, fetch handlers.FetchMembers) {
	if a.Members == nil {
		return
	}
	a.Members.AddFetcher(platform, fetch)
}
