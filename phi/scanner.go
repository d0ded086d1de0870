package phi

import "strings"

// Scanner scans text like Scan, with what the bot knows about the
// workspace. The zero value behaves exactly like Scan.
type Scanner struct {
	// Colleagues are the workspace's members (Slack users.list, Teams
	// roster). A name found there is a colleague's and not PHI, unless the
	// message makes that person the patient ("pt Dana Kim", "Dana Kim was
	// admitted", "Dana Kim tested positive"). Nil means no directory.
	Colleagues *Directory
}

// Scan returns the PHI findings in text; see the package function Scan.
func (sc *Scanner) Scan(text string) []Finding { return scan(text, sc.Colleagues) }

// Directory is a set of colleague names, matched case-blind: a full name
// ("Dana Kim") or one of its words alone ("Dana", "Kim"). Build it with
// NewDirectory; it is read-only afterwards and safe for concurrent use.
type Directory struct {
	names map[string]struct{}
}

// NewDirectory returns a directory of the given display or real names.
func NewDirectory(names ...string) *Directory {
	d := &Directory{names: make(map[string]struct{}, 3*len(names))}
	for _, n := range names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) == 0 {
			continue
		}
		d.names[strings.Join(ws, " ")] = struct{}{}
		for _, w := range ws {
			if w = strings.Trim(w, ".,"); len(w) > 1 {
				d.names[w] = struct{}{}
			}
		}
	}
	return d
}

// Len reports the number of names and name words the directory matches.
func (d *Directory) Len() int { return len(d.names) }

// has reports whether the lower-case name span v (words separated by any
// whitespace) is a member's name or one of its words.
func (d *Directory) has(v string) bool {
	if len(d.names) == 0 {
		return false
	}
	if _, ok := d.names[v]; ok {
		return true
	}
	_, ok := d.names[strings.Join(strings.Fields(v), " ")]
	return ok
}
