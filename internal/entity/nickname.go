package entity

import "github.com/chronicle-news/chronicle/internal/text"

// A nickname in quotes between a person's given name and surname
// (`Hector "Macho" Camacho`, `Roberto "Hands of Stone" Duran`) is part of
// one person's name, as CoNLL-2003 tags it: without it the tagger reads
// the pieces as a place, a nickname and a company.

// isQuote reports whether a token is a double quotation mark.
func isQuote(t *tokView) bool {
	if t.Kind != text.Punct {
		return false
	}
	switch t.Text {
	case `"`, "“", "”", "``", "''":
		return true
	}
	return false
}

// nicknameAt returns the last token of a name with a quoted nickname that
// starts at v[a]: one or two capitalized words, a quote, one to four
// capitalized words (connectors between), a quote and one capitalized
// word that ends the run; -1 when there is none. Not in a line in
// capitals, not after a capitalized word, and not a known name on either
// side ("Puerto Rico").
func (r *recognizer) nicknameAt(v []tokView, a int) int {
	if a > 0 && v[a-1].Kind == text.Word && v[a-1].cap {
		return -1
	}
	capName := func(k int) bool {
		t := &v[k]
		return t.Kind == text.Word && t.cap && !t.poss && !allCaps(t.base) && !t.connector()
	}
	q := a
	for q < len(v) && q < a+2 && capName(q) {
		q++
	}
	if q == a || q >= len(v) || !isQuote(&v[q]) {
		return -1
	}
	e := q + 1
	for e < len(v) && e <= q+4 && (capName(e) || v[e].connector() && e > q+1) {
		e++
	}
	if e == q+1 || e+1 >= len(v) || !isQuote(&v[e]) || !capName(e+1) || v[e-1].connector() {
		return -1
	}
	last := e + 1
	if last+1 < len(v) && v[last+1].Kind == text.Word && v[last+1].cap {
		return -1
	}
	if _, n := r.gazMatch(v, a, q); n > 0 {
		return -1
	}
	if _, n := r.gazMatch(v, last, last+1); n > 0 {
		return -1
	}
	return last
}

// nicknameNames makes a person's span of each name with a quoted nickname
// and drops the tagger's spans inside it. The input is not modified.
func (r *recognizer) nicknameNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	j := 0
	for a := 0; a < len(v); a++ {
		if !v[a].cap || !isQuote(&v[min(a+1, len(v)-1)]) && !isQuote(&v[min(a+2, len(v)-1)]) {
			continue
		}
		last := r.nicknameAt(v, a)
		if last < 0 {
			continue
		}
		if !changed {
			changed = true
			out = make([]nerSpan, 0, len(ns)+1)
		}
		for ; j < len(ns) && ns[j].last < a; j++ {
			out = append(out, ns[j])
		}
		conf := 0.0
		for ; j < len(ns) && ns[j].first <= last; j++ {
			conf = max(conf, ns[j].conf)
		}
		out = append(out, nerSpan{first: a, last: last, typ: "PER", conf: max(conf, 0.6)})
		a = last
	}
	if !changed {
		return ns
	}
	return append(out, ns[j:]...)
}
