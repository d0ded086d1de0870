package delegatebot

// Mention is a user, by platform id, named in a message. Chat adapters
// render it as their platform's mention; as a plain string it is "@id".
type Mention string

// String is the plain form: "@U024BE7LH".
func (m Mention) String() string { return "@" + string(m) }

// ChannelRef is a channel, by platform id, named in a message. Adapters
// render it as a link to the channel; as a plain string it is "#id".
type ChannelRef string

// String is the plain form: "#C024BE7LH".
func (c ChannelRef) String() string { return "#" + string(c) }
