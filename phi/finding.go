// Package phi finds protected health information in chat text and guards every
// message the bot sends: a message leaves only as a Cleared value, which only
// Guard.Clear can build, redacted or blocked according to the destination's
// policy.
package phi

import (
	"sort"
	"strings"
)

// Type is a kind of identifier, as in PHI-LABELS.md of the evaluation data.
type Type string

// The types.
const (
	Name          Type = "NAME"
	Date          Type = "DATE"
	Age           Type = "AGE"
	Phone         Type = "PHONE"
	Email         Type = "EMAIL"
	SSN           Type = "SSN"
	MRN           Type = "MRN"
	HealthPlanID  Type = "HEALTH_PLAN_ID"
	AccountNumber Type = "ACCOUNT_NUMBER"
	LicenseNumber Type = "LICENSE_NUMBER"
	VehicleID     Type = "VEHICLE_ID"
	DeviceID      Type = "DEVICE_ID"
	URL           Type = "URL"
	IPAddress     Type = "IP_ADDRESS"
	Address       Type = "ADDRESS"
	CreditCard    Type = "CREDIT_CARD"
)

// Types lists every type the scanner reports, in a stable order.
var Types = []Type{
	Name, Date, Age, Phone, Email, SSN, MRN, HealthPlanID, AccountNumber,
	LicenseNumber, VehicleID, DeviceID, URL, IPAddress, Address, CreditCard,
}

// Finding is one identifier found in a text. Start and End are byte offsets
// into the UTF-8 text, End exclusive.
type Finding struct {
	Type  Type `json:"type"`
	Start int  `json:"start"`
	End   int  `json:"end"`
}

// Placeholder is the text that replaces a finding of type t: "[SSN]".
func Placeholder(t Type) string { return "[" + string(t) + "]" }

// Redact returns text with each finding replaced by its placeholder. Findings
// must be valid offsets into text; they are sorted and overlapping ones merged
// (the earlier type names the merged span).
func Redact(text string, findings []Finding) string {
	if len(findings) == 0 {
		return text
	}
	fs := make([]Finding, len(findings))
	copy(fs, findings)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for _, f := range fs {
		if f.Start < pos { // overlaps the previous span: widen it
			pos = max(pos, f.End)
			continue
		}
		b.WriteString(text[pos:f.Start])
		b.WriteString(Placeholder(f.Type))
		pos = f.End
	}
	b.WriteString(text[pos:])
	return b.String()
}

// Counts tallies findings by type.
func Counts(findings []Finding) map[Type]int {
	if len(findings) == 0 {
		return nil
	}
	m := make(map[Type]int)
	for _, f := range findings {
		m[f.Type]++
	}
	return m
}
