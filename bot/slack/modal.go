package slack

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/delegatebot/delegatebot/bot"
	"github.com/slack-go/slack"
)

// Modal limits, in characters.
const (
	maxModalTitle  = 24
	maxInputValue  = 3000
	maxOptionLabel = 75
)

// modalMeta is a modal's private_metadata: what its submission needs back.
// It holds ids and hashes, never text: the form's reference, the channel it
// was opened from, and a hash of each field's initial value, so that a
// submission reports only the fields the user changed.
type modalMeta struct {
	Ref     string            `json:"r,omitempty"`
	Channel string            `json:"c,omitempty"`
	Initial map[string]string `json:"h"`
}

// openForm opens a cleared form as a modal with views.open on the
// destination's trigger.
func (a *Adapter) openForm(ctx context.Context, d bot.Destination, f *bot.Form) (string, error) {
	if d.Trigger == "" {
		return "", errors.New("open form: no trigger")
	}
	view := modal(f, d.Channel)
	resp, err := withRetry(ctx, a, "views.open", func() (*slack.ViewResponse, error) {
		return a.api.OpenViewContext(ctx, d.Trigger, view)
	})
	if err != nil {
		return "", err
	}
	return resp.ID, nil
}

// modal renders a form as a Slack modal: the context as a section, each
// field as an input block whose block_id and action_id are the field's name.
func modal(f *bot.Form, channel string) slack.ModalViewRequest {
	plain := func(s string, n int) *slack.TextBlockObject {
		return slack.NewTextBlockObject(slack.PlainTextType, truncate(s, n), false, false)
	}
	meta := modalMeta{Ref: f.Ref, Channel: channel, Initial: map[string]string{}}
	var blocks []slack.Block
	if len(f.Context) > 0 {
		blocks = append(blocks, section(mrkdwn(f.Context, maxSectionText)))
	}
	for _, fd := range f.Fields {
		var el slack.BlockElement
		switch fd.Type {
		case bot.FieldSelect:
			var opts []*slack.OptionBlockObject
			var initial *slack.OptionBlockObject
			for _, o := range fd.Options {
				ob := slack.NewOptionBlockObject(o.Value, plain(o.Label, maxOptionLabel), nil)
				opts = append(opts, ob)
				if o.Value == fd.Value {
					initial = ob
				}
			}
			s := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, nil, fd.Name, opts...)
			s.InitialOption = initial
			el = s
		case bot.FieldUsers:
			s := slack.NewOptionsMultiSelectBlockElement(slack.MultiOptTypeUser, nil, fd.Name)
			s.InitialUsers = fd.Values
			el = s
		case bot.FieldDate:
			p := slack.NewDatePickerBlockElement(fd.Name)
			p.InitialDate = fd.Value
			el = p
		case bot.FieldTime:
			p := slack.NewTimePickerBlockElement(fd.Name)
			p.InitialTime = fd.Value
			el = p
		default:
			in := slack.NewPlainTextInputBlockElement(nil, fd.Name)
			in.InitialValue = truncate(fd.Value, maxInputValue)
			in.Multiline = fd.Type == bot.FieldLongText
			el = in
		}
		meta.Initial[fd.Name] = bot.ValueHash(initialValues(fd))
		in := slack.NewInputBlock(fd.Name, plain(fd.Label, 2000), nil, el)
		in.Optional = fd.Optional
		blocks = append(blocks, in)
	}
	m, _ := json.Marshal(meta) // ids and hashes always marshal
	return slack.ModalViewRequest{
		Type: slack.VTModal, CallbackID: f.Submit, PrivateMetadata: string(m),
		Title: plain(f.Title, maxModalTitle), Submit: plain(f.Button, maxModalTitle), Close: plain("Cancel", maxModalTitle),
		Blocks: slack.Blocks{BlockSet: blocks},
	}
}

// initialValues is what a field shows when the modal opens, as
// submittedValues would read it back untouched.
func initialValues(fd bot.FormField) []string {
	if fd.Type == bot.FieldUsers {
		return fd.Values
	}
	if fd.Type == bot.FieldSelect && !slices.ContainsFunc(fd.Options, func(o bot.Option) bool { return o.Value == fd.Value }) {
		return nil
	}
	if fd.Type == bot.FieldText || fd.Type == bot.FieldLongText {
		return []string{truncate(fd.Value, maxInputValue)}
	}
	return []string{fd.Value}
}

// submittedValues reads one input's value from a view's state.
func submittedValues(act slack.BlockAction) []string {
	switch act.Type {
	case "static_select":
		return []string{act.SelectedOption.Value}
	case "multi_users_select":
		return act.SelectedUsers
	case "datepicker":
		return []string{act.SelectedDate}
	case "timepicker":
		return []string{act.SelectedTime}
	}
	return []string{act.Value}
}

// fromSubmission turns a view_submission into the event its form's Submit
// names, with the fields the user changed. The modal closes at once (the
// HTTP answer is an empty 200); the outcome reaches the user as a message.
func (a *Adapter) fromSubmission(ic *slack.InteractionCallback) task {
	v := ic.View
	var meta modalMeta
	if v.CallbackID == "" || json.Unmarshal([]byte(v.PrivateMetadata), &meta) != nil || meta.Initial == nil {
		a.log.Info("interaction ignored", "type", string(ic.Type), "reason", "not our form")
		return nil
	}
	sub := &bot.Submission{Ref: meta.Ref, Values: map[string][]string{}}
	if v.State != nil {
		for block, acts := range v.State.Values {
			for _, act := range acts {
				vals := submittedValues(act)
				if h, known := meta.Initial[block]; known && h != bot.ValueHash(vals) {
					sub.Values[block] = vals
				}
			}
		}
	}
	e := &bot.Event{
		User:       user(ic.Team.ID, ic.User.ID),
		Channel:    meta.Channel,
		Command:    strings.ToLower(v.CallbackID),
		Submission: sub,
		Time:       time.Now(),
	}
	if v.ID != "" {
		e.ID = "view:" + v.ID + ":" + v.Hash
	}
	return func(ctx context.Context) error {
		if e.Channel != "" {
			e.ChannelKind = a.channelKind(ctx, ic.Team.ID, e.Channel)
		}
		return a.serve(ctx, e)
	}
}
