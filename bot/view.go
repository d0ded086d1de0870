package bot

// View is how much of a ticket a destination not approved for PHI is shown
// (DELEGATEBOT_UNAPPROVED_VIEW).
type View string

// The views.
const (
	// ViewRedacted, the default, shows tickets with PHI redacted.
	ViewRedacted View = "redacted"
	// ViewMinimal shows only a ticket's id, intent, requester, status,
	// priority and dates, with where to find the details: the minimum
	// necessary.
	ViewMinimal View = "minimal"
)
