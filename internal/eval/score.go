// Package eval holds the scorers behind `chronicle eval`: TempEval-3 style
// extent and attribute scores for TIMEX3 and EVENT annotations of TimeML
// files.
//
// What is measured (TempEval-3 entity evaluation, UzZaman et al. 2013):
//
//   - strict match: a system entity with exactly the extent of a gold one;
//   - relaxed match: a system entity whose extent overlaps a gold one;
//   - precision = system entities that match some gold entity / system
//     entities; recall = gold entities matched by some system entity / gold
//     entities (counted from each side, as the official scorer does, so one
//     long system span over two gold spans counts once for precision and
//     twice for recall);
//   - attribute F1 (timex value and type, event class) = attribute accuracy
//     over the relaxed-matched gold entities x relaxed F1.
//
// Extents are compared on the text with white space ignored: an offset is
// the number of non-space bytes before it, so leading or trailing blanks
// inside a tag do not matter and a system file whose text differs from the
// gold only in white space still lines up. The official scorer compares
// token positions of the whitespace-split text; the two agree whenever tags
// sit at token boundaries (always in TempEval-3 data). A tag that splits a
// token ("<TIMEX3>1990</TIMEX3>s") is a strict mismatch here, where the
// token-level scorer would call it strict.
package eval

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ent is one annotation prepared for scoring.
type ent struct {
	a, b  int    // extent in non-space offsets, a < b
	off   int    // byte offset in the text (for ordering errors)
	text  string // covered text
	attrs []string
}

// pair is a gold entity and the system entity matched with it.
type pair struct {
	g, s   int // indices; s == -1 when the gold entity is missed
	strict bool
}

// counts are the extent counts of one comparison.
type counts struct {
	gold, sys               int
	strictGold, strictSys   int
	relaxedGold, relaxedSys int
	attrCorrect             []int
	pairs                   []pair
	spurious                []int // system entities with no overlap
}

// nonSpace maps byte offsets of text to non-space offsets.
type nonSpace []int

func newNonSpace(text string) nonSpace {
	ns := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < w; k++ {
			ns[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
		i += w
	}
	ns[len(text)] = n
	return ns
}

// at returns the non-space offset of byte offset i (clamped).
func (ns nonSpace) at(i int) int {
	if i < 0 {
		i = 0
	}
	if i >= len(ns) {
		i = len(ns) - 1
	}
	return ns[i]
}

// squeeze removes white space, for comparing texts.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// compare matches gold and system entities of one document.
func compare(gold, sys []ent, nAttrs int) counts {
	c := counts{gold: len(gold), sys: len(sys), attrCorrect: make([]int, nAttrs)}
	// Both lists sorted by start; a sweep would do, but documents are small
	// and the quadratic loop is clear.
	sysMatched := make([]bool, len(sys))
	sysStrict := make([]bool, len(sys))
	for gi, g := range gold {
		best, bestOv, strict := -1, 0, false
		for si, s := range sys {
			ov := min(g.b, s.b) - max(g.a, s.a)
			if ov <= 0 {
				continue
			}
			sysMatched[si] = true
			st := g.a == s.a && g.b == s.b
			if st {
				sysStrict[si] = true
			}
			// Prefer the strict match, then the largest overlap, then the first.
			if best < 0 || st && !strict || st == strict && ov > bestOv {
				best, bestOv, strict = si, ov, st
			}
		}
		c.pairs = append(c.pairs, pair{g: gi, s: best, strict: strict})
		if best < 0 {
			continue
		}
		c.relaxedGold++
		if strict {
			c.strictGold++
		}
		for k := 0; k < nAttrs; k++ {
			if strings.TrimSpace(gold[gi].attrs[k]) == strings.TrimSpace(sys[best].attrs[k]) {
				c.attrCorrect[k]++
			}
		}
	}
	for si := range sys {
		if sysMatched[si] {
			c.relaxedSys++
		} else {
			c.spurious = append(c.spurious, si)
		}
		if sysStrict[si] {
			c.strictSys++
		}
	}
	return c
}

// prepare turns spans into entities; spans holding only white space are
// left out.
func prepare(text string, ns nonSpace, spans [][2]int, attrs [][]string) []ent {
	var out []ent
	for i, sp := range spans {
		s, e := sp[0], sp[1]
		if s < 0 || e > len(text) || s >= e {
			continue
		}
		a, b := ns.at(s), ns.at(e)
		if a >= b {
			continue
		}
		out = append(out, ent{a: a, b: b, off: s, text: strings.Join(strings.Fields(text[s:e]), " "), attrs: attrs[i]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].a < out[j].a })
	return out
}

// ratio returns n/d, 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
