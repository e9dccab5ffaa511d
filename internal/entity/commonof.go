package entity

import "github.com/chronicle-news/chronicle/internal/text"

// A sentence's first word is capitalized whatever it is, so a common noun
// there runs into a name after "of": "Results of the European Parliament
// election", "Members of the Kestrel Group". When that word is a plural
// noun that is no name's head, title or known name ("Islands of ...",
// "University of Chicago" keep theirs) and the words after "of" are a
// name with a head of its own (an organization's or a place's head word
// at its end, or "Bank of England"), the name starts after "of". A
// singular ("Tower of London", "Heart of Midlothian") may be a name's
// own first word and stays.

// commonOfStart returns where the name in v[a:b] starts when v[a] is such
// a sentence-initial common noun before "of" (after "of" and an article),
// else a.
func (r *recognizer) commonOfStart(v []tokView, a, b int) int {
	if s := quantityStart(v, a, b); s > a {
		return s // "Many Pashtuns", "Hundreds of Yazidis": groups.go
	}
	if a+2 >= b || !initialAt(v, a) || v[a+1].Lower != "of" {
		return a
	}
	t := &v[a]
	if t.Kind != text.Word || !t.cap || t.poss || t.firstName || allCaps(t.base) || len(t.base) < 3 ||
		t.fl&(wOrgHead|wOrgSuffix|wLocHead|wLocSuffix|wTitleFirst|wLocNoun) != 0 {
		return a
	}
	if !pluralNoun(t.low) {
		return a
	}
	if _, n := r.gazMatch(v, a, b); n > 0 {
		return a
	}
	if n, _ := r.titleMatch(v, a, b); n > 0 {
		return a
	}
	s := a + 2
	if v[s].Lower == "the" {
		s++
	}
	if s >= b || !v[s].cap {
		return a
	}
	if b-s >= 2 && (v[b-1].fl&(wOrgSuffix|wLocSuffix) != 0 && !v[b-1].poss || v[s].fl&(wOrgHead|wLocHead) != 0 && v[s+1].Lower == "of") {
		return s
	}
	return a
}

// commonOfNames cuts the tagger's spans the same way. The input is not
// modified.
func (r *recognizer) commonOfNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	for j, n := range ns {
		s := r.commonOfStart(v, n.first, n.last+1)
		if s == n.first {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(ns)), ns[:j]...)
		}
		n.first = s
		out = append(out, n)
	}
	if out == nil {
		return ns
	}
	return out
}

// pluralNoun reports whether a lower-case word looks like a plural noun
// ("results", "members", "minutes"), not a singular in -s ("congress",
// "status", "analysis").
func pluralNoun(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}
