package entity

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
)

// A generational suffix ("Jr.", "Sr", "III") ends a person's name and is
// part of it: "Martin Luther King Jr." is one person, not "Martin Luther"
// and "Jr", and "John Smith, Jr." keeps its suffix after the comma. The
// word right before a suffix is a surname, even one that is also a title
// ("King").

// nameSuffix reports whether view token k is a generational suffix: "Jr"
// or "Sr" (its dot is a token of its own), or "II", "III", "IV" in
// capitals.
func nameSuffix(v []tokView, k int) bool {
	if k < 0 || k >= len(v) || v[k].Kind != text.Word || !v[k].cap {
		return false
	}
	switch v[k].low {
	case "jr", "sr":
		return true
	case "ii", "iii", "iv":
		return v[k].base == strings.ToUpper(v[k].base)
	}
	return false
}

// suffixAfter returns the index of the suffix that ends the name whose
// last word is v[last]: right after it ("Henry Ford III"), after a comma
// ("John Smith, Jr."), or after one more capitalized word, the surname
// ("Martin Luther" King "Jr."); -1 when none does.
func suffixAfter(v []tokView, last int) int {
	k := last + 1
	switch {
	case nameSuffix(v, k):
		return k
	case k < len(v) && v[k].Text == "," && nameSuffix(v, k+1):
		return k + 1
	case k < len(v) && v[k].Kind == text.Word && v[k].cap && !v[k].connector() && !v[last].poss && !v[k].poss && nameSuffix(v, k+1):
		return k + 1
	}
	return -1
}

// suffixNames widens a tagged person's name over the generational suffix
// after it (suffixAfter), which the tagger leaves out or tags apart, and
// drops the spans inside the widened name. A span that goes on past the
// suffix ("the Sammy Davis Jr. Foundation") keeps the tagger's cut. The
// input is not modified.
func suffixNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	for j := 0; j < len(ns); j++ {
		n := ns[j]
		e := -1
		if n.typ == "PER" {
			e = suffixAfter(v, n.last)
		}
		skip := 0
		for i := j + 1; e >= 0 && i < len(ns) && ns[i].first <= e; i++ {
			if ns[i].last > e+1 || ns[i].last == e+1 && v[e+1].Text != "." {
				e = -1 // a longer name goes on past the suffix
				break
			}
			skip++
		}
		if e >= 0 && !changed {
			changed = true
			out = append(make([]nerSpan, 0, len(ns)), ns[:j]...)
		}
		if e >= 0 {
			n.last = e
		}
		if changed {
			out = append(out, n)
		}
		j += skip
	}
	if !changed {
		return ns
	}
	return out
}

// suffixCands joins a rule candidate that is only a suffix to the name
// before it ("John Smith" "," "Jr"), and drops it when no name comes
// before it: a suffix alone names no one.
func (r *recognizer) suffixCands(out []Candidate) []Candidate {
	kept := out[:0]
	for _, c := range out {
		v := r.views[c.Sentence]
		if c.First != c.Last || c.Gaz != nil || !nameSuffix(v, c.First) {
			kept = append(kept, c)
			continue
		}
		if n := len(kept); n > 0 {
			p := &kept[n-1]
			if p.Sentence == c.Sentence && p.Gaz == nil && !p.Demonym && suffixAfter(v, p.Last) == c.First {
				p.Last, p.End = c.Last, c.End
				p.Text = r.doc.Text[p.Start:p.End]
			}
		}
	}
	return kept
}
