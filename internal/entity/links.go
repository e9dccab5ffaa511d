// Links between groups: acronyms and the names they abbreviate, and
// hyphenated pairs of known names split into both ("Abe-Putin meeting").

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
)

// linkAcronyms merges acronym groups into the group they abbreviate.
func (r *recognizer) linkAcronyms(order []*group, groups map[groupKey]*group) {
	// (sentence, last token) -> group of the name ending there, made
	// when a "Name (ACR)" first needs it
	var ends map[[2]int]*group
	// The groups by the initials of their names ("Asia-Pacific Economic
	// Cooperation" -> "APEC"), made when an acronym first needs them.
	var inits map[string][]*group
	for _, g := range order {
		if g.merged != nil || len(g.cands) == 0 || !g.cands[0].Acronym {
			continue
		}
		if g.gaz != nil {
			continue
		}
		acr := strings.ReplaceAll(strings.ReplaceAll(g.key.name, ".", ""), "-", "")
		var target *group
		// "Name (ACR)"
		for _, c := range g.cands {
			v := r.views[c.Sentence]
			if c.First >= 2 && v[c.First-1].Text == "(" {
				if ends == nil {
					ends = map[[2]int]*group{}
					for _, h := range order {
						for _, c := range h.cands {
							ends[[2]int{c.Sentence, c.Last}] = h
						}
					}
				}
				if h := ends[[2]int{c.Sentence, c.First - 2}]; h != nil && h != g {
					target = h
				}
			}
		}
		if target == nil {
			if inits == nil {
				inits = map[string][]*group{}
				for _, h := range order {
					name := h.key.name
					if h.gaz != nil {
						name = h.gaz.Name
					}
					if strings.Contains(name, " ") || strings.Contains(name, "-") {
						i := initials(name)
						inits[i] = append(inits[i], h)
					}
				}
			}
			var hits []*group
			for _, h := range inits[acr] {
				if h == g || h.merged != nil || (h.typ != Organization && h.typ != Location) {
					continue
				}
				hits = append(hits, h)
			}
			if len(hits) == 1 {
				target = hits[0]
			}
		}
		if target != nil {
			g.merged = target.root()
			if g.typ == "" || g.typ != target.typ {
				g.typ = target.typ
			}
			if target.typ == "" {
				target.typ = Organization
			}
		} else if g.typ == "" {
			// A lone acronym with no other evidence stays unknown.
			continue
		}
	}
}

func initials(name string) string {
	var buf [32]byte
	b := buf[:0]
	for rest := name; ; {
		w, more := nextField(&rest)
		if w == "" && !more {
			break
		}
		if skipInInitials(w) {
			continue
		}
		// The first letter or digit of each hyphenated part: the first
		// character of a part counts only if it is one.
		for p := w; ; {
			i := strings.IndexByte(p, '-')
			part := p
			if i >= 0 {
				part = p[:i]
			}
			if part != "" {
				c, _ := utf8.DecodeRuneInString(part)
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					b = utf8.AppendRune(b, unicode.ToUpper(c))
				}
			}
			if i < 0 {
				break
			}
			p = p[i+1:]
		}
	}
	return string(b)
}

// skipInInitials reports whether word w is left out of initials: "of",
// "the", "and", "for", "&", "de", "on", "in" in any case.
func skipInInitials(w string) bool {
	if len(w) > 3 || !isASCII(w) {
		if len(w) <= 3*utf8.UTFMax && !isASCII(w) {
			switch strings.ToLower(w) {
			case "of", "the", "and", "for", "&", "de", "on", "in":
				return true
			}
		}
		return false
	}
	var lw [3]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw[i] = c
	}
	switch string(lw[:len(w)]) {
	case "of", "the", "and", "for", "&", "de", "on", "in":
		return true
	}
	return false
}

// nextField returns the next field of *rest as strings.Fields splits,
// and advances *rest past it; more is false when there was none.
func nextField(rest *string) (w string, more bool) {
	s := *rest
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		*rest = ""
		return "", false
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	*rest = s[j:]
	return s[i:j], true
}

var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// splitCompounds turns "Abe-Putin" into mentions of Abe and of Putin when
// both parts are names of the document.
func (r *recognizer) splitCompounds(order []*group, groups map[groupKey]*group) {
	lookup := func(s string) *group {
		if g := groups[groupKey{name: s}]; g != nil && g.root().typ != "" {
			return g.root()
		}
		for _, f := range r.lex.formsOf(s) {
			if len(f.toks) == 1 && !f.demonym {
				if g := groups[groupKey{gaz: true, name: f.entry.Name}]; g != nil {
					return g
				}
			}
		}
		return nil
	}
	for _, g := range order {
		if g.gaz != nil || g.merged != nil || len(g.tokens) != 1 || !strings.Contains(g.tokens[0], "-") {
			continue
		}
		parts := strings.Split(g.tokens[0], "-")
		targets := make([]*group, len(parts))
		ok := true
		for i, p := range parts {
			if targets[i] = lookup(p); targets[i] == nil || targets[i] == g {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, c := range g.cands {
			off := c.Start
			for i, p := range parts {
				kind := "alias"
				if targets[i].gaz != nil {
					kind = "name"
				}
				targets[i].extra = append(targets[i].extra, Mention{Span: document.Span{Start: off, End: off + len(p)},
					Text: r.doc.Text[off : off+len(p)], Sentence: c.Sentence, Kind: kind})
				off += len(p) + 1
			}
		}
		g.cands = nil
		g.typ = ""
	}
}
