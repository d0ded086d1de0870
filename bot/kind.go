package bot

import (
	"context"

	"github.com/delegatebot/delegatebot/phi"
)

// ChannelKindOf asks the platform of w's event what kind of place channel
// (of the event's workspace) is, for a handler acting on a channel other than
// the event's (an admin approving a channel by id). known is false when the
// platform cannot tell; an error means it could not say this time, and the
// caller should fail closed. It is a function, not a Writer method: Writer's
// methods are the reply paths.
func ChannelKindOf(ctx context.Context, w *Writer, channel string) (k phi.Kind, known bool, err error) {
	if w.sender == nil {
		return "", false, nil
	}
	d := w.base()
	d.Channel, d.Kind, d.Thread, d.ResponseURL = channel, "", "", ""
	k, err = w.sender.ChannelKind(ctx, d)
	return k, err == nil && k != "", err
}
