package delegatebot

// PHIValue is one value of a ticket found (or presumed) to be protected
// health information: a patient's name, an MRN, a date of birth. Type is the
// PHI type's name ("NAME", "MRN").
type PHIValue struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// PHITypes lists the distinct types of t's PHI values, in first-seen order.
func (t *Ticket) PHITypes() []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range t.PHI {
		if !seen[v.Type] {
			seen[v.Type] = true
			out = append(out, v.Type)
		}
	}
	return out
}

// HasPHI reports whether any value of t is PHI.
func (t *Ticket) HasPHI() bool { return len(t.PHI) > 0 }
