package text

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean makes untrusted article text safe for one line of any output: runs
// of white space (newlines included) become one space, control characters
// (which could carry terminal escape sequences) and invalid UTF-8 become
// U+FFFD, and the ends are trimmed.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return cleanSlow(s)
}

// isClean reports whether Clean would return s unchanged: no control
// characters or invalid UTF-8, no white space but single inner spaces. Most
// sentences and names are, and then Clean allocates nothing.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII (no byte
		// below 0x20, none 0x7f or above): most of any text.
		for i+8 <= len(s) {
			v := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			below20 := (v - ones*0x20) & ^v & highs
			is7f := ((v ^ (ones * 0x7f)) - ones) & ^(v ^ (ones * 0x7f)) & highs
			if v&highs != 0 || below20 != 0 || is7f != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		i += w
	}
	return true
}

func cleanSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == utf8.RuneError && w == 1, unicode.IsControl(r):
			r = utf8.RuneError
		case r == '\u2028' || r == '\u2029':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
