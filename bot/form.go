package bot

import (
	"crypto/sha256"
	"encoding/base64"
	"slices"
	"strings"
)

// Form is a dialog for a user to fill in: a Slack modal, a Teams task module.
// A handler answers an event that carries a Trigger with one (Writer.Form);
// its texts pass the PHI guard like any reply, for the place the event came
// from, and only the event's user sees it. Submitting it comes back as an
// event whose Command is Submit and whose Submission holds the values.
type Form struct {
	Submit string // the command a submission runs: "delegate.submit"
	Ref    string // an id the submission carries back (a draft, a ticket); never text
	Title  string // at most 24 characters on Slack
	Button string // the submit button's label
	// Context is shown above the fields: the request's text.
	Context Text
	Fields  []FormField
}

// FieldType is the kind of input of a form field.
type FieldType string

// The field types.
const (
	FieldText     FieldType = "text"      // one line
	FieldLongText FieldType = "long_text" // several lines
	FieldSelect   FieldType = "select"    // one of Options
	FieldUsers    FieldType = "users"     // platform users; Values are their ids
	FieldDate     FieldType = "date"      // Value YYYY-MM-DD
	FieldTime     FieldType = "time"      // Value HH:MM
)

// FormField is one input. Value (Values for FieldUsers) is its initial
// value; a submission reports a field only when the user changed it.
type FormField struct {
	Name     string // the key of its value in a Submission
	Label    string
	Type     FieldType
	Value    string
	Values   []string // user ids, for FieldUsers
	Options  []Option // for FieldSelect
	Optional bool
}

// Option is a choice of a select field; Value is an identifier, not text.
type Option struct {
	Value string
	Label string
}

// Submission is a submitted form.
type Submission struct {
	Ref string // the form's Ref
	// Values holds the fields the user changed from their initial values,
	// by name; a field left as shown is absent, so a value the guard
	// redacted for display never overwrites the value it stands for.
	Values map[string][]string
}

// Changed reports whether the user changed field name, and its new value
// (its first value; "" when cleared).
func (s *Submission) Changed(name string) (string, bool) {
	if s == nil {
		return "", false
	}
	v, ok := s.Values[name]
	if !ok {
		return "", false
	}
	if len(v) == 0 {
		return "", true
	}
	return v[0], true
}

// texts lists f's human-readable strings in a fixed order, for the guard;
// withTexts puts the cleared ones back.
func (f *Form) texts() []string {
	out := []string{f.Title, f.Button, f.Context.String()}
	for _, fd := range f.Fields {
		out = append(out, fd.Label, fd.Value)
		for _, o := range fd.Options {
			out = append(out, o.Label)
		}
	}
	return out
}

func (f *Form) withTexts(ts []string) *Form {
	i := 0
	next := func() string { s := ts[i]; i++; return s }
	nf := &Form{Submit: f.Submit, Ref: f.Ref, Title: next(), Button: next()}
	nf.Context = f.Context.cleared(next())
	for _, fd := range f.Fields {
		n := FormField{Name: fd.Name, Type: fd.Type, Optional: fd.Optional, Values: append([]string(nil), fd.Values...)}
		n.Label, n.Value = next(), next()
		for _, o := range fd.Options {
			n.Options = append(n.Options, Option{Value: o.Value, Label: next()})
		}
		nf.Fields = append(nf.Fields, n)
	}
	return nf
}

// Form is the form as cleared, or nil. It is a copy.
func (o Outgoing) Form() *Form {
	if o.reply.Form == nil {
		return nil
	}
	return o.reply.Form.withTexts(o.reply.Form.texts())
}

// ValueHash is a short hash of a field's values (order-insensitive, empty
// values dropped). An adapter puts the hash of each field's initial value
// in the form's hidden data, so that a submission can report only the
// fields the user changed without carrying their text.
func ValueHash(vs []string) string {
	var keep []string
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			keep = append(keep, v)
		}
	}
	slices.Sort(keep)
	sum := sha256.Sum256([]byte(strings.Join(keep, "\x00")))
	return base64.RawURLEncoding.EncodeToString(sum[:9])
}
