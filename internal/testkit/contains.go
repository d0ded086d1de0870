package testkit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContainsValue reports whether value occurs in s as a value of its own: not
// as part of a longer word or number. "endo" is in "seen in endo today" but
// not in "vendor", so a prompt's instructions do not read as a leak.
func ContainsValue(s, value string) bool {
	if value == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], value)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(value)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !wordRune(before) || !wordRune(firstRune(value))) &&
			(j == len(s) || !wordRune(after) || !wordRune(lastRune(value))) {
			return true
		}
		from = i + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }
