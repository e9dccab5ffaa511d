package eval

// Names annotated inline in an article's text: "[[PER|Sergio Marchionne]]
// said [[ORG|Fiat]] would ...". The project's own held-out names sets are
// written this way (testdata/heldout/names), so that a person can write and
// read them in any editor and no token convention is involved: a name is
// a span of characters of the text with the brackets removed.

import (
	"fmt"
	"sort"
	"strings"
)

// AnnotatedName is one annotated name: its span in the text without the
// brackets, its type (PER, ORG, LOC, or GPE: a country or capital standing
// for its government, where LOC and ORG both count as right) and its text.
type AnnotatedName struct {
	Start, End int
	Type       string
	Text       string
}

// annotatedTypes are the types an annotation may give.
var annotatedTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true, "GPE": true}

// ParseAnnotated removes the "[[TYPE|name]]" marks of src and returns the
// plain text with the names' spans in it. An unknown type, an empty name,
// a mark that is not closed, a "|" missing or a mark inside another is an
// error naming the byte offset in src.
func ParseAnnotated(src string) (string, []AnnotatedName, error) {
	var b strings.Builder
	var names []AnnotatedName
	i := 0
	for {
		k := strings.Index(src[i:], "[[")
		if k < 0 {
			break
		}
		k += i
		b.WriteString(src[i:k])
		end := strings.Index(src[k+2:], "]]")
		if end < 0 {
			return "", nil, fmt.Errorf("offset %d: \"[[\" not closed by \"]]\"", k)
		}
		end += k + 2
		inner := src[k+2 : end]
		if strings.Contains(inner, "[[") {
			return "", nil, fmt.Errorf("offset %d: a mark inside another", k)
		}
		bar := strings.IndexByte(inner, '|')
		if bar < 0 {
			return "", nil, fmt.Errorf("offset %d: no \"|\" between the type and the name", k)
		}
		typ, name := inner[:bar], inner[bar+1:]
		if !annotatedTypes[typ] {
			return "", nil, fmt.Errorf("offset %d: unknown type %q (PER, ORG, LOC or GPE)", k, typ)
		}
		if strings.TrimSpace(name) == "" {
			return "", nil, fmt.Errorf("offset %d: empty name", k)
		}
		start := b.Len()
		b.WriteString(name)
		names = append(names, AnnotatedName{Start: start, End: b.Len(), Type: typ, Text: name})
		i = end + 2
	}
	b.WriteString(src[i:])
	text := b.String()
	if k := strings.Index(text, "]]"); k >= 0 {
		return "", nil, fmt.Errorf("\"]]\" with no \"[[\" before it (offset %d of the text)", k)
	}
	return text, names, nil
}

// NameCounts are the counts of one names comparison.
type NameCounts struct {
	Gold, Sys int
	Exact     int // gold names whose span a system name has, with the type
	Span      int // gold names whose span a system name has, any type
	OverGold  int // gold names a system name of the type overlaps
	OverSys   int // system names that overlap a gold name of their type
}

// Add adds o to c.
func (c *NameCounts) Add(o NameCounts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Exact += o.Exact
	c.Span += o.Span
	c.OverGold += o.OverGold
	c.OverSys += o.OverSys
}

// ExactF1 is the F1 of exact span and type.
func (c NameCounts) ExactF1() float64 { return f1(ratio(c.Exact, c.Sys), ratio(c.Exact, c.Gold)) }

// SpanF1 is the F1 of exact span, any type.
func (c NameCounts) SpanF1() float64 { return f1(ratio(c.Span, c.Sys), ratio(c.Span, c.Gold)) }

// OverlapF1 is the F1 of overlapping spans of the same type (recall over
// gold names, precision over system names).
func (c NameCounts) OverlapF1() float64 {
	return f1(ratio(c.OverSys, c.Sys), ratio(c.OverGold, c.Gold))
}

// NameError is a gold name the system missed or typed otherwise, or a
// system name that overlaps no gold name.
type NameError struct {
	Kind string // "missed", "type", "false"
	Gold *AnnotatedName
	Sys  *AnnotatedName
}

// sameType reports whether system type s is right for gold type g.
func sameType(g, s string) bool { return g == s || g == "GPE" && (s == "LOC" || s == "ORG") }

// ScoreNames compares system names (Type PER, ORG or LOC) with gold ones
// over one text and returns the counts and the errors in text order.
func ScoreNames(gold, sys []AnnotatedName) (NameCounts, []NameError) {
	sys = append([]AnnotatedName(nil), sys...)
	sort.Slice(sys, func(i, j int) bool {
		if sys[i].Start != sys[j].Start {
			return sys[i].Start < sys[j].Start
		}
		return sys[i].End < sys[j].End
	})
	c := NameCounts{Gold: len(gold), Sys: len(sys)}
	var errs []NameError
	overlaps := func(a, b AnnotatedName) bool { return a.Start < b.End && b.Start < a.End }
	for gi := range gold {
		g := &gold[gi]
		var exact *AnnotatedName
		over := false
		for si := range sys {
			s := &sys[si]
			if s.Start == g.Start && s.End == g.End {
				exact = s
			}
			if overlaps(*g, *s) && sameType(g.Type, s.Type) {
				over = true
			}
		}
		if over {
			c.OverGold++
		}
		switch {
		case exact != nil && sameType(g.Type, exact.Type):
			c.Exact++
			c.Span++
		case exact != nil:
			c.Span++
			errs = append(errs, NameError{Kind: "type", Gold: g, Sys: exact})
		default:
			errs = append(errs, NameError{Kind: "missed", Gold: g})
		}
	}
	for si := range sys {
		s := &sys[si]
		any, typed := false, false
		for gi := range gold {
			if overlaps(gold[gi], *s) {
				any = true
				typed = typed || sameType(gold[gi].Type, s.Type)
			}
		}
		if typed {
			c.OverSys++
		}
		if !any {
			errs = append(errs, NameError{Kind: "false", Sys: s})
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errPos(errs[i]) < errPos(errs[j]) })
	return c, errs
}

func errPos(e NameError) int {
	if e.Gold != nil {
		return e.Gold.Start
	}
	return e.Sys.Start
}
