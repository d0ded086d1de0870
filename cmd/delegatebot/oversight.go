package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// oversightConfig is the configuration of what compliance oversight asks
// of the bot: acknowledged guidelines and periodic access reviews.
type oversightConfig struct {
	// RequireAck makes assistants acknowledge the PHI handling guidelines
	// before they claim a ticket that holds PHI (DELEGATEBOT_POLICY_ACK,
	// default on).
	RequireAck bool
	// ReviewEvery is the access review interval
	// (DELEGATEBOT_ACCESS_REVIEW_DAYS, default 90 days; 0 off).
	ReviewEvery time.Duration
	// PublicURL is serve's address as admins' browsers reach it
	// (DELEGATEBOT_PUBLIC_URL); set, /report answers with a signed link.
	PublicURL string
}

func oversightConfigFromEnv(getenv func(string) string) (oversightConfig, error) {
	c := oversightConfig{RequireAck: true, ReviewEvery: 90 * 24 * time.Hour, PublicURL: getenv("DELEGATEBOT_PUBLIC_URL")}
	var errs []error
	if u := c.PublicURL; u != "" && !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://localhost") && !strings.HasPrefix(u, "http://127.0.0.1") {
		errs = append(errs, fmt.Errorf("DELEGATEBOT_PUBLIC_URL: %q must be an https:// URL (report links carry a signature)", u))
	}
	switch v := strings.ToLower(getenv("DELEGATEBOT_POLICY_ACK")); v {
	case "", "on", "true", "1":
	case "off", "false", "0":
		c.RequireAck = false
	default:
		errs = append(errs, fmt.Errorf("DELEGATEBOT_POLICY_ACK: %q is not on or off", v))
	}
	if s := getenv("DELEGATEBOT_ACCESS_REVIEW_DAYS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 3660 {
			errs = append(errs, fmt.Errorf("DELEGATEBOT_ACCESS_REVIEW_DAYS: %q is not a number of days (0 to 3660; 0 turns reviews off)", s))
		}
		c.ReviewEvery = time.Duration(n) * 24 * time.Hour
	}
	return c, errors.Join(errs...)
}
