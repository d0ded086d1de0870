package bot

import (
	"fmt"
	"unicode/utf8"
)

// Capped returns s for a log line: at most n bytes (cut at a rune boundary)
// and a note of the full length when cut. Values from unauthenticated
// requests go through it, so one request cannot write a huge log line.
func Capped(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s…(%d bytes)", s[:cut], len(s))
}
