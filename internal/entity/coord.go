package entity

import (
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Coordinated names. "and" and "&" between capitalized words may be part
// of one name ("Department of Health and Human Services", "Securities and
// Exchange Commission", "Johnson & Johnson") or join two names ("the
// Ministry of Defence and Boeing", "Procter & Gamble and Johnson &
// Johnson"). The parts decide: the words after the coordinator are a name
// of their own when they are a known name, an acronym, a person's name
// (a known given name first), or a name the document uses alone elsewhere;
// those before it when they are a known organization or person; and "and
// the" always opens a second name. Otherwise the coordinator stays inside
// the name, for the rule candidates (segmentRun) as for the tagger's spans
// (coordNames), which the tagger cuts at "and" where the words after it
// are common nouns ("California Department of Financial Protection" +
// "Innovation").

// coordinator reports whether v[k] joins two capitalized words: "and" or "&".
func coordinator(v []tokView, k int) bool {
	return v[k].Lower == "and" || v[k].Text == "&"
}

// coordBreak returns the first coordinator of the capitalized run v[a:b]
// that separates two names, or -1. A run that is one known name as a whole
// ("Bosnia and Herzegovina") has none.
func (r *recognizer) coordBreak(v []tokView, a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if !coordinator(v, k) {
			continue
		}
		if _, n := r.gazName(v, a, b); n == b-a {
			return -1
		}
		if r.twoNames(v, a, k, b) {
			return k
		}
	}
	return -1
}

// twoNames reports whether the coordinator v[k] separates the run v[a:b]
// into two names, v[a:k] and v[k+1:b] (after a "the").
func (r *recognizer) twoNames(v []tokView, a, k, b int) bool {
	z := k + 1
	if z >= b || k <= a {
		return false
	}
	if v[z].Lower == "the" {
		return true
	}
	if partnerWords[v[z].low] {
		// "Morgan Stanley and Co Inc", "J. Smith & Sons": the partners
		// of the name before, no name of their own
		return false
	}
	if v[k].Text == "&" {
		// "&" belongs to names ("Procter & Gamble", "AT & T", "Marks &
		// Spencer") unless both sides are known names of their own (a
		// surname the document uses alone is not enough: "Johnson &
		// Johnson").
		return r.nameAlone(v, a, k, true, false) && r.nameAlone(v, z, b, true, false)
	}
	if r.nameAlone(v, z, b, r.orgShaped(v, a, k), true) {
		return true
	}
	// A company's name complete with its designator or trade before "and",
	// and one word no text writes in lower case after it: "Deutsche Bank
	// and Commerzbank" (not "First Bank and Trust", "Savings and Loan").
	if b-z == 1 && firmEnds.Has(v[k-1].low) && v[k].Lower == "and" && !known(v[z].low) && !v[z].firstName {
		return true
	}
	// A known company or person before "and": "Ford and General Motors".
	if f, n := r.gazName(v, a, k); n == k-a && !f.demonym && f.entry.Type != Location && f.entry.Type != productType {
		return true
	}
	return false
}

// lowerCaseWords reports whether every word of v[a:b] is one the tagger's
// unlabeled text writes in lower case.
func lowerCaseWords(v []tokView, a, b int) bool {
	for k := a; k < b; k++ {
		if !known(v[k].low) {
			return false
		}
	}
	return true
}

// partnerWords after "and" or "&" end the one firm's name they follow.
var partnerWords = map[string]bool{"co": true, "co.": true, "company": true, "sons": true, "partners": true, "associates": true}

// firmEnds end a company's complete name: its designator, "Bank",
// "Group" ("Shanghai Post and Telecomm" is one name).
var firmEnds = wordset.Of(map[string]bool{"bank": true, "group": true, "inc": true, "inc.": true, "corp": true, "corp.": true,
	"co": true, "co.": true, "ltd": true, "ltd.": true, "plc": true, "llc": true, "ag": true, "sa": true, "nv": true,
	"spa": true, "holdings": true, "airlines": true, "airways": true, "motors": true})

// orgShaped reports whether v[a:b] has the shape of an organization's
// name: an organization's head word before "of" ("Ministry of Defence")
// or a designator at its end ("Boeing Co.").
func (r *recognizer) orgShaped(v []tokView, a, b int) bool {
	return v[b-1].fl&wOrgSuffix != 0 || orgHeadOf(v, a, b)
}

// orgHeadOf reports whether v[a:b] holds "Head of" with an organization's
// head word ("Department of", "Bureau of").
func orgHeadOf(v []tokView, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if v[k].Lower == "of" && v[k-1].fl&wOrgHead != 0 {
			return true
		}
	}
	return false
}

// nameAlone reports whether v[a:b] is a name by itself: a known name (a
// place only when places counts: after an organization's name, "the
// Ministry of Defence and Russia"; "Trinidad" and "Tobago" are one
// country), an acronym, a person's name with a known given name, or a
// name that the document writes alone elsewhere (when doc is set).
func (r *recognizer) nameAlone(v []tokView, a, b int, places, doc bool) bool {
	if f, n := r.gazName(v, a, b); n == b-a && !f.demonym && f.entry.Type != productType && (places || f.entry.Type != Location) {
		return true
	}
	if t := v[a].base; isAcronym(t) && !isRoman(t) && v[a].Kind == text.Word {
		return true
	}
	if v[a].firstName && b-a >= 2 && r.personLike(v, a, b-1) {
		return true
	}
	return doc && r.usedAlone(v, a, b)
}

// usedAlone reports whether the words v[a:b] form a capitalized run of
// their own somewhere else in the document: not after a coordinator, "of"
// or another capitalized word, not followed by one, and not a single word
// opening a sentence (whose capital may be grammatical).
func (r *recognizer) usedAlone(v []tokView, a, b int) bool {
	// Most documents ask a few times: a scan of the capitalized tokens
	// then costs less than an index, which a document that asks often gets.
	r.aloneAsked++
	if r.aloneAsked <= aloneScans {
		for _, w := range r.views {
			for k := range w {
				if w[k].cap && w[k].base == v[a].base && r.aloneAt(v, a, b, w, k) {
					return true
				}
			}
		}
		return false
	}
	if r.capIndex == nil {
		r.capIndex = map[string][]tokPos{}
		for si, w := range r.views {
			for k := range w {
				if w[k].cap {
					r.capIndex[w[k].base] = append(r.capIndex[w[k].base], tokPos{int32(si), int32(k)})
				}
			}
		}
	}
	for _, p := range r.capIndex[v[a].base] {
		if r.aloneAt(v, a, b, r.views[p.s], int(p.k)) {
			return true
		}
	}
	return false
}

// aloneScans is the number of usedAlone questions of a document answered
// by a scan before an index is built.
const aloneScans = 16

// aloneAt reports whether w[k:] begins the words v[a:b] as a capitalized
// run of their own (usedAlone), elsewhere than at v[a].
func (r *recognizer) aloneAt(v []tokView, a, b int, w []tokView, k int) bool {
	n := b - a
	if k+n > len(w) || &w[k] == &v[a] {
		return false
	}
	for i := 1; i < n; i++ {
		if w[k+i].base != v[a+i].base || w[k+i-1].poss {
			return false
		}
	}
	if k > 0 && (w[k-1].cap || w[k-1].connector() || coordinator(w, k-1)) {
		return false
	}
	if n == 1 && initialAt(w, k) {
		return false
	}
	if e := k + n; e < len(w) && !w[e-1].poss && (w[e].cap || w[e].connector() && e+1 < len(w) && w[e+1].cap) {
		return false
	}
	return true
}

// tokPos is a token of the document: sentence and index.
type tokPos struct{ s, k int32 }

// coordNames applies the coordination rules to the tagger's spans: a span
// over a coordinator that separates two names is cut there ("Ministry of
// Defence and Boeing"), and an organization the tagger cut at "and" or
// "&", where the words after it are no name of their own, is joined again
// ("California Department of Financial Protection and Innovation", "Bureau
// of Alcohol, Tobacco, Firearms and Explosives"). The input is not
// modified.
func (r *recognizer) coordNames(v []tokView, ns []nerSpan) []nerSpan {
	var out []nerSpan
	changed := false
	for j := 0; j < len(ns); j++ {
		n := ns[j]
		var parts []nerSpan
		skip := 0
		if n.typ != "MISC" {
			if r.coordBreak(v, n.first, n.last+1) >= 0 {
				parts = r.splitCoord(v, n, nil)
			} else if m, used, ok := r.joinCoord(v, ns, j); ok {
				parts, skip = []nerSpan{m}, used
			}
		}
		if parts != nil && !changed {
			changed = true
			out = append(make([]nerSpan, 0, len(ns)+2), ns[:j]...)
		}
		if changed {
			if parts != nil {
				out = append(out, parts...)
			} else {
				out = append(out, n)
			}
		}
		j += skip
	}
	if !changed {
		return ns
	}
	return out
}

// splitCoord cuts span n at every coordinator that separates two names.
func (r *recognizer) splitCoord(v []tokView, n nerSpan, out []nerSpan) []nerSpan {
	k := r.coordBreak(v, n.first, n.last+1)
	if k < 0 {
		return append(out, n)
	}
	left, right := n, n
	left.last = k - 1
	right.first = k + 1
	if v[right.first].Lower == "the" {
		right.first++
	}
	// The tagger read the whole as one name of its type: the second
	// name's type is less sure.
	right.conf = n.conf / 2
	out = r.splitCoord(v, left, out)
	if right.first > right.last {
		return out // nothing after "& The": no second name
	}
	return r.splitCoord(v, right, out)
}

// joinMax is the tagger confidence below which its own span after "and"
// ("Innovation" at 0.57) may join the organization before it: a sure span
// there is a name of its own.
const joinMax = 0.75

// joinCoord joins the organization ns[j] with the words after it that
// continue its name: ", W" pieces and "and Z" (an organization of the
// "Head of" shape, "Bureau of Alcohol, Tobacco, Firearms and
// Explosives"), or "& Z" after any name ("Johnson & Johnson"). The pieces
// are capitalized runs that no name of their own, untagged or tagged
// without confidence. It returns the joined span and how many of the
// following spans it took in.
func (r *recognizer) joinCoord(v []tokView, ns []nerSpan, j int) (nerSpan, int, bool) {
	n := ns[j]
	p := n.last + 1
	if p >= len(v) || n.typ == "PER" && v[p].Text != "&" {
		return n, 0, false
	}
	amp := v[p].Text == "&"
	if !amp && (n.typ != "ORG" || !orgHeadOf(v, n.first, p)) {
		return n, 0, false
	}
	used := 0
	next := j + 1
	// piece takes the capitalized run at q and the tagger's span on it,
	// if it is no name of its own; it returns the run's end.
	piece := func(q int) (int, bool) {
		e := q
		for e < len(v) && v[e].cap && v[e].Kind == text.Word && !v[e].connector() {
			e++
			if v[e-1].poss {
				break
			}
		}
		if e == q || r.nameAlone(v, q, e, true, !amp) {
			return 0, false
		}
		if !amp && !lowerCaseWords(v, q, e) {
			// "Royal Bank of Scotland and Lloyds": a word no text writes
			// in lower case is a name of its own, not a body's second
			// field ("Ministry of Trade and Industry")
			return 0, false
		}
		if next < len(ns) && ns[next].first <= e-1 {
			m := ns[next]
			if m.first != q || m.last != e-1 || m.conf >= joinMax || m.typ == "PER" && !amp {
				return 0, false
			}
			next++
			used++
		}
		return e, true
	}
	if amp {
		e, ok := piece(p + 1)
		if !ok {
			return n, 0, false
		}
		m := nerSpan{first: n.first, last: e - 1, typ: "ORG", conf: n.conf}
		if used > 0 {
			m.conf = max(n.conf, ns[j+1].conf)
		}
		return m, used, true
	}
	for p < len(v) && v[p].Text == "," {
		e, ok := piece(p + 1)
		if !ok {
			return n, 0, false
		}
		p = e
	}
	if p >= len(v) || v[p].Lower != "and" || v[p].poss {
		return n, 0, false
	}
	e, ok := piece(p + 1)
	if !ok || v[e-1].poss && e < len(v) && v[e].cap {
		return n, 0, false
	}
	return nerSpan{first: n.first, last: e - 1, typ: "ORG", conf: n.conf}, used, true
}
