// Tokens for the matcher: a sentence's words lower-cased and classified
// (numbers, years, days, clock times, ISO and slashed dates), with spelled-out
// numbers merged.

package timex

import (
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
)

// lowerTok is a token's matching form: lower case, curly apostrophes straight.
func lowerTok(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

// buildTokens turns a sentence's tokens into matcher tokens.
//
// It also marks the sentence's pattern words in present and returns the
// union of the tokens' classes, as sentenceWords does.
func (e *engine) buildTokens(s text.Sentence, out []vtok, present []uint64) (_ []vtok, cls uint64) {
	out = out[:0]
	for k := range s.Tokens {
		t := &s.Tokens[k]
		lower := t.Lower
		// Most words hold neither '-' nor the first byte of "’" (0xE2):
		// one cheap pass, the exact tests only when one is there.
		dash := -1
		for j := 0; j < len(lower); j++ {
			if dashOrCurly[lower[j]] {
				if strings.Contains(lower, "’") {
					lower = strings.ReplaceAll(lower, "’", "'")
				}
				dash = strings.IndexByte(lower, '-')
				break
			}
		}
		if t.Kind != text.Punct && dash > 0 && !isISODate(lower) {
			// Split the original text, not the lower-cased copy: lower
			// case can change a word's length in bytes ("Ⱦ" -> "ⱦ"), and
			// so does "’" -> "'".
			off := t.Start
			rest := t.Text
			for pi := 0; ; pi++ {
				// The parts strings.Split(t.Text, "-") would give.
				p, tail, more := strings.Cut(rest, "-")
				if pi > 0 {
					out = append(out, vtok{start: off, end: off + 1, text: "-", lower: "-", orig: k})
					off++
				}
				out = append(out, vtok{start: off, end: off + len(p), text: p, lower: lowerTok(p), orig: k, bl: pi == 0, br: !more})
				off += len(p)
				if !more {
					break
				}
				rest = tail
			}
			continue
		}
		if (t.Kind == text.Word || t.Kind == text.Number) && len(lower) > 2 && strings.HasSuffix(lower, "'s") {
			// "Friday's", "1965's": the possessive is a token of its own.
			suffix := len("'s")
			if strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "’S") {
				suffix = len("’s")
			}
			if suffix < len(t.Text) {
				e1 := t.End - suffix
				head := t.Text[:len(t.Text)-suffix]
				out = append(out, vtok{start: t.Start, end: e1, text: head, lower: lowerTok(head), orig: k, bl: true, br: true},
					vtok{start: e1, end: t.End, text: t.Text[len(head):], lower: "'s", orig: k, bl: true, br: true})
				continue
			}
		}
		if t.Kind == text.Number && len(lower) > 1 && lower[len(lower)-1] == '.' {
			// "4." at a sentence end: the segmenter keeps the dot.
			e1 := t.End - 1
			out = append(out, vtok{start: t.Start, end: e1, text: t.Text[:len(t.Text)-1], lower: lower[:len(lower)-1], orig: k, bl: true, br: true},
				vtok{start: e1, end: t.End, text: ".", lower: ".", orig: k, bl: true, br: true})
			continue
		}
		out = append(out, vtok{start: t.Start, end: t.End, text: t.Text, lower: lower, orig: k, bl: true, br: true})
	}
	numWords := false
	for i := range out {
		wi := e.infoTab.get(out[i].lower)
		out[i].wi, out[i].id = wi, wi.id
		numWords = numWords || wi.isNum
	}
	if numWords {
		out = e.mergeNumbers(out) // it changes nothing without number words
	}
	// Classify from the last token back, so that the next token's classes
	// are known for the test of abbreviations: abbreviated month and
	// weekday names count only before a dot or a number ("Jan. 14",
	// "Sept 30"), not as names ("Jan Kavan"). (Removing those classes
	// does not change clsNum, which the test reads.)
	// The same pass marks the sentence's pattern words in present and
	// collects the union of its classes (see sentenceWords).
	abbr := e.abbr
	for i := len(out) - 1; i >= 0; i-- {
		t := &out[i]
		if t.wi == &noInfo && !t.hasNum && (t.lower == "" || t.lower[0] > '9' || t.lower[0] < '0') {
			continue // classify would find no class, and the word is no pattern's
		}
		e.classify(t)
		if t.cls&abbr != 0 && !t.wi.primary && !(i+1 < len(out) && (out[i+1].lower == "." || out[i+1].cls&clsNum != 0)) {
			t.cls &^= abbr
		}
		cls |= t.cls
		if id := t.id; id != 0 {
			present[id>>6] |= 1 << (id & 63)
		}
	}
	return out, cls
}

// dashOrCurly marks '-' and 0xE2, the first byte of "’".
var dashOrCurly = [256]bool{'-': true, 0xE2: true}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// mergeNumbers merges runs of number words into one token with a value:
// "twenty - four" 24, "one hundred" 100, "nineteen ninety - six" 1996.
func (e *engine) mergeNumbers(toks []vtok) []vtok {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		v, ok := toks[i].wi.num, toks[i].wi.isNum
		if !ok {
			if len(out) == i {
				out = out[:i+1] // in place: no copy
			} else {
				out = append(out, toks[i])
			}
			continue
		}
		total, cur := 0, 0
		add := func(v int) {
			switch {
			case v == 100:
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			case v == 1000:
				if cur == 0 {
					cur = 1
				}
				total += cur * 1000
				cur = 0
			case cur >= 11 && cur <= 19 && v >= 10 && v <= 90:
				cur = cur*100 + v // nineteen ninety
			default:
				cur += v
			}
		}
		add(v)
		j := i + 1
		words := 1
		for j < len(toks) {
			w := toks[j].lower
			if w == "-" && j+1 < len(toks) && toks[j].start == toks[j-1].end {
				if v2, ok := toks[j+1].wi.num, toks[j+1].wi.isNum; ok && v2 < 10 && cur%10 == 0 && cur%100 >= 20 {
					add(v2)
					j += 2
					words++
					continue
				}
				break
			}
			v2, ok := toks[j].wi.num, toks[j].wi.isNum
			if !ok || v2 == 12 && w == "dozen" {
				break
			}
			prev := cur % 100
			if v2 < 10 && !(prev%10 == 0 && prev >= 20) && v2 != 0 {
				break // "one two" is not a number
			}
			if v2 >= 10 && v2 < 100 && cur%100 != 0 && !(cur >= 11 && cur <= 19) {
				break
			}
			add(v2)
			j++
			words++
		}
		m := toks[i]
		last := toks[j-1]
		m.end = last.end
		m.br = last.br
		m.num = total + cur
		m.hasNum = true
		if words > 1 {
			m.lower = strings.Join(lowerOf(toks[i:j]), " ")
			m.text = m.lower
			m.wi, m.id = &noInfo, 0
		}
		out = append(out, m)
		i = j - 1
	}
	return out
}

func lowerOf(ts []vtok) []string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.lower
	}
	return s
}

// classify sets the class bits of a token.
func (e *engine) classify(t *vtok) {
	w := t.lower
	if t.hasNum {
		t.cls |= clsNum
		if t.num >= 1500 && t.num <= 2099 && strings.Contains(w, " ") { // "nineteen ninety", not "twelve hundred"
			t.cls |= clsYear
		}
	} else if w != "" && w[0] >= '0' && w[0] <= '9' {
		e.classifyDigits(t)
	}
	if t.wi.tz && tzWords[t.text] {
		t.cls |= clsTz
	}
	wi := t.wi
	t.cls |= wi.bits
	if wi.capBits != 0 && isCapital(t.text) {
		t.cls |= wi.capBits
	}
	if wi.bits&clsOrd != 0 {
		t.num = wi.ord
	}
}

func (e *engine) classifyDigits(t *vtok) {
	w := t.lower
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	digits, rest := w[:n], w[n:]
	v, err := strconv.Atoi(digits)
	if err != nil || n > 9 {
		return
	}
	switch rest {
	case "":
		t.num, t.hasNum, t.digits = v, true, n
		t.cls |= clsNum
		if n == 4 && v >= 1000 && v <= 2099 {
			t.cls |= clsYear | clsYear2
		}
		if n == 2 {
			t.cls |= clsYear2
		}
		if v >= 1 && v <= 31 && n <= 2 {
			t.cls |= clsDay
		}
	case "st", "nd", "rd", "th":
		t.num = v
		t.cls |= clsOrd
		if v >= 1 && v <= 31 {
			t.cls |= clsDay
		}
	case "s", "'s":
		if (n == 4 && v%10 == 0 && v >= 1000 && v <= 2090) || (n == 2 || n == 3 && v >= 100) && v%10 == 0 {
			t.num, t.digits = v, n
			t.cls |= clsDecade
		}
	default:
		if rest[0] == ':' && n <= 2 && v <= 24 && len(rest) == 3 {
			if mm, err := strconv.Atoi(rest[1:]); err == nil && mm < 60 {
				t.num = v*100 + mm
				t.cls |= clsClock
			}
		}
		if rest[0] == '/' {
			if _, _, _, ok := parseSlash(w); ok {
				t.cls |= clsSlash
			}
		}
	}
	if isISODate(w) {
		t.cls |= clsIso
	}
}

// parseSlash reads M/D/YYYY (or M/D/YY).
func parseSlash(w string) (y, m, d int, ok bool) {
	p := strings.Split(w, "/")
	if len(p) != 3 {
		return
	}
	m, e1 := strconv.Atoi(p[0])
	d, e2 := strconv.Atoi(p[1])
	y, e3 := strconv.Atoi(p[2])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	switch len(p[2]) {
	case 2:
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	case 4:
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// isPrimary reports whether w is the full form of a month or weekday name.
func (e *engine) isPrimary(w string) bool {
	for _, le := range e.lx.words[w] {
		if le.primary && (le.section == "month" || le.section == "weekday") {
			return true
		}
	}
	return false
}
