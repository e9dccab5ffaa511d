// Names: the cleaned form a group is keyed by, and its words.

package entity

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

func cleanName(s string) string {
	if isCleanName(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
}

// isCleanName reports whether cleanName would return s unchanged: ASCII
// words separated by single spaces.
func isCleanName(s string) bool {
	space := true // no space first
	for i := 0; i < len(s); i++ {
		switch nameByte[s[i]] {
		case 0:
			space = false
		case 1:
			if space {
				return false
			}
			space = true
		default:
			return false
		}
	}
	return !space || s == ""
}

// nameByte classifies bytes for isCleanName: 0 a byte of a word, 1 a
// space, 2 other white space or a byte of a multi-byte character (which
// may be white space or a curly apostrophe).
var nameByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = 1
		case c >= utf8.RuneSelf || asciiSpace[c] != 0:
			t[c] = 2
		}
	}
	return t
}()

// fields splits a clean name (see cleanName) into its words, in memory
// shared by the recognizer's calls.
func (r *recognizer) fields(s string) []string {
	if !isCleanName(s) {
		return strings.Fields(s)
	}
	n := strings.Count(s, " ") + 1
	if cap(r.buf.words)-len(r.buf.words) < n {
		r.buf.words = make([]string, 0, max(n, 256))
	}
	w := r.buf.words
	start := len(w)
	for {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			w = append(w, s)
			break
		}
		w = append(w, s[:i])
		s = s[i+1:]
	}
	r.buf.words = w
	return w[start:len(w):len(w)]
}

// lowerWord returns strings.ToLower(w), written in buf when w is ASCII
// with capitals and fits: that string shares buf's memory, so it is valid
// only while buf is not written again.
func lowerWord(w string, buf []byte) string {
	if len(w) > cap(buf) || !isASCII(w) {
		return strings.ToLower(w)
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf = append(buf, c)
	}
	if !upper {
		return w
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}
