package delegatebot

// Action is a change a user asks of a ticket.
type Action string

// The actions. Each moves a ticket from some statuses to one status; the
// table below says which, and how chat names and shows it.
const (
	ActionClaim   Action = "claim"
	ActionStart   Action = "start"
	ActionWait    Action = "wait"
	ActionRelease Action = "release"
	ActionDone    Action = "done"
	ActionCancel  Action = "cancel"
)

// ButtonStyle is how prominent an action's button is. Adapters map it to
// their own styles (Slack: primary, danger); the empty style is the default.
type ButtonStyle string

// The button styles.
const (
	StyleDefault ButtonStyle = ""
	StylePrimary ButtonStyle = "primary" // the usual next step
	StyleDanger  ButtonStyle = "danger"  // cannot be undone
)

// ActionSpec is everything the bot knows about one action: the life cycle
// (From, To), how messages name it and how a card shows it.
type ActionSpec struct {
	Action Action
	From   []Status // the statuses it may be taken from
	To     Status
	Verb   string // as in "only they can <verb> it"
	Past   string // as in "DEL-7 <past> by @bob"
	Label  string // the card button's label
	Style  ButtonStyle
	// Buttons lists the statuses whose cards offer the action as a button;
	// it may be taken (typed) from every status in From.
	Buttons []Status
}

// ActionTable lists every action, in the order cards show their buttons.
var ActionTable = []ActionSpec{
	{Action: ActionClaim, From: []Status{StatusOpen}, To: StatusClaimed,
		Verb: "claim", Past: "claimed", Label: "Claim", Style: StylePrimary,
		Buttons: []Status{StatusOpen}},
	{Action: ActionStart, From: []Status{StatusClaimed, StatusWaiting}, To: StatusInProgress,
		Verb: "start", Past: "started", Label: "Start",
		Buttons: []Status{StatusClaimed, StatusWaiting}},
	{Action: ActionDone, From: []Status{StatusClaimed, StatusInProgress, StatusWaiting}, To: StatusDone,
		Verb: "finish", Past: "done", Label: "Done", Style: StylePrimary,
		Buttons: []Status{StatusClaimed, StatusInProgress, StatusWaiting}},
	{Action: ActionWait, From: []Status{StatusClaimed, StatusInProgress}, To: StatusWaiting,
		Verb: "wait", Past: "set to waiting", Label: "Waiting",
		Buttons: []Status{StatusInProgress}},
	{Action: ActionRelease, From: []Status{StatusClaimed, StatusInProgress, StatusWaiting}, To: StatusOpen,
		Verb: "release", Past: "released", Label: "Release",
		Buttons: []Status{StatusClaimed, StatusInProgress, StatusWaiting}},
	{Action: ActionCancel, From: []Status{StatusOpen, StatusClaimed, StatusInProgress, StatusWaiting}, To: StatusCancelled,
		Verb: "cancel", Past: "cancelled", Label: "Cancel", Style: StyleDanger,
		Buttons: []Status{StatusOpen}},
}

// Actions lists every action, in ActionTable's order.
var Actions = func() []Action {
	out := make([]Action, len(ActionTable))
	for i, s := range ActionTable {
		out[i] = s.Action
	}
	return out
}()

// ParseAction returns the Action named by s.
func ParseAction(s string) (Action, bool) {
	_, ok := Action(s).Spec()
	return Action(s), ok
}

// Spec returns a's row of ActionTable.
func (a Action) Spec() (ActionSpec, bool) {
	for _, s := range ActionTable {
		if s.Action == a {
			return s, true
		}
	}
	return ActionSpec{}, false
}

// Target returns the status action a leads to.
func (a Action) Target() Status {
	s, _ := a.Spec()
	return s.To
}

// Past is a in the past tense, as messages say it: "claimed".
func (a Action) Past() string {
	s, _ := a.Spec()
	return s.Past
}

// ButtonsFor lists the actions a card of a ticket in status st offers, in
// ActionTable's order.
func ButtonsFor(st Status) []ActionSpec {
	var out []ActionSpec
	for _, s := range ActionTable {
		for _, b := range s.Buttons {
			if b == st {
				out = append(out, s)
			}
		}
	}
	return out
}

// Next returns the status a ticket in status from moves to under action a, or
// an ECONFLICT error explaining why it cannot. id and assignee only shape the
// message ("DEL-7 is already claimed by @bob").
func (a Action) Next(id string, from Status, assignee string) (Status, error) {
	t, ok := a.Spec()
	if !ok {
		return "", Errorf(EINVALID, "Unknown action %q.", string(a))
	}
	for _, s := range t.From {
		if s == from {
			return t.To, nil
		}
	}
	switch {
	case from.Final():
		return "", Errorf(ECONFLICT, "%s is already %s.", id, from.Human())
	case a == ActionClaim && assignee != "":
		return "", Errorf(ECONFLICT, "%s is already claimed by %s.", id, Mention(assignee))
	case from == StatusOpen:
		return "", Errorf(ECONFLICT, "%s is open: nobody has claimed it yet.", id)
	case from == t.To:
		return "", Errorf(ECONFLICT, "%s is already %s.", id, from.Human())
	}
	return "", Errorf(ECONFLICT, "%s cannot %s while %s.", id, t.Verb, from.Human())
}
