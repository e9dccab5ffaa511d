// Every exact occurrence of a name the document already has is a mention
// of its entity.

package entity

import (
	"github.com/chronicle-news/chronicle/internal/wordset"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/text"
)

// nameForm is a name of an entity as the tokens it was written with
// (the last without its possessive), and the entity's group; a nil group
// marks a name two groups share, or one of a group that is no entity.
type nameForm struct {
	toks []string
	g    *group
}

// propagate adds to the kept groups every occurrence of one of their names
// (a name, a surname or a short form that one of their mentions has) that
// no candidate covers: the tagger's doubts ("Bankman-Fried, who had been
// scheduled to testify ...", read as an unsure other name and dropped) do
// not outweigh the document's own use of the name. Not an occurrence
// inside a longer name (a capitalized word or a name's "of" next to it, a
// candidate over it), in a date, in a headline or a line of results, nor
// one that opens its sentence where its capital may be grammatical (a word
// the document writes in lower case, a common word), nor a word that is
// no name alone ("May", a month, unless an honorific comes before), nor a
// name that two entities (or an entity and a dropped name) share.
func (r *recognizer) propagate(order, kept []*group, cands []Candidate) {
	isKept := make(map[*group]bool, len(kept))
	for _, g := range kept {
		isKept[g] = true
	}
	forms := map[string][]nameForm{} // by first token
	add := func(toks []string, g *group) {
		fs := forms[toks[0]]
		for i := range fs {
			if equalStrings(fs[i].toks, toks) {
				if fs[i].g != g {
					fs[i].g = nil // shared: no one's
				}
				return
			}
		}
		forms[toks[0]] = append(fs, nameForm{toks: toks, g: g})
	}
	for _, g := range order {
		rt := g.root()
		if !isKept[rt] {
			rt = nil
		}
		if rt != nil && (rt.key.team || rt.typ == "") {
			rt = nil
		}
		for _, c := range g.cands {
			if c.Demonym || c.Headline {
				continue
			}
			v := r.views[c.Sentence]
			toks := make([]string, 0, c.Last-c.First+1)
			for k := c.First; k <= c.Last; k++ {
				w := v[k].Text
				if k == c.Last {
					w = v[k].base
				}
				toks = append(toks, w)
			}
			add(toks, rt)
			if rt != nil && rt.typ == Person && rt.gaz == nil && len(toks) >= 2 {
				// the surname of a person named in full: "Bankman-Fried"
				words := withoutSuffix(toks)
				k := SurnameStart(words)
				if k == 0 {
					k = len(words) - 1
				}
				if k > 0 {
					add(words[k:], rt)
				}
			}
		}
	}
	if len(forms) == 0 {
		return
	}
	// The tokens some candidate covers, sentence by sentence.
	covered := make([][]bool, len(r.views))
	for i := range cands {
		c := &cands[i]
		if covered[c.Sentence] == nil {
			covered[c.Sentence] = make([]bool, len(r.views[c.Sentence]))
		}
		for k := c.First; k <= c.Last; k++ {
			covered[c.Sentence][k] = true
		}
	}
	for si, v := range r.views {
		if capsLine(v) {
			r.propagateCaps(si, v, covered[si], forms)
			continue
		}
		if r.headline(si) || r.lineKind(si, v) != proseLine {
			continue
		}
		cov := covered[si]
		for k := 0; k < len(v); k++ {
			if !v[k].cap || cov != nil && cov[k] {
				continue
			}
			fs := forms[v[k].Text]
			if len(fs) == 0 && v[k].poss {
				fs = forms[v[k].base]
			}
			for _, f := range fs {
				if f.g == nil {
					continue
				}
				b, ok := r.occurrence(v, cov, k, f.toks)
				if !ok {
					continue
				}
				sp := document.Span{Start: v[k].Start, End: v[b-1].end}
				if r.inTimex(sp) {
					continue
				}
				kind := "alias"
				if f.g.gaz == nil && strings.Join(f.toks, " ") == f.g.key.name {
					kind = "name"
				}
				f.g.extra = append(f.g.extra, Mention{Span: sp, Text: r.doc.Text[sp.Start:sp.End], Sentence: si, Kind: kind})
				k = b - 1
				break
			}
		}
	}
}

// occurrence reports whether the name toks is written at token k of v, on
// its own, and returns the index after it.
func (r *recognizer) occurrence(v []tokView, cov []bool, k int, toks []string) (int, bool) {
	b := k + len(toks)
	if b > len(v) {
		return 0, false
	}
	for j, w := range toks {
		t := &v[k+j]
		if cov != nil && cov[k+j] || t.poss && j < len(toks)-1 {
			return 0, false
		}
		if t.Text != w && (j < len(toks)-1 || t.base != w) {
			return 0, false
		}
	}
	// Inside a longer name: a capitalized word or "X of" before, one or
	// "of Y" after.
	if b < len(v) && !v[b-1].poss {
		n := &v[b]
		if nameWord(n) || n.Lower == "of" && b+1 < len(v) && v[b+1].cap {
			return 0, false
		}
	}
	if k > 0 {
		p := &v[k-1]
		if p.Lower == "of" && k >= 2 && v[k-2].cap {
			return 0, false
		}
		if nameWord(p) && !afterHonorific(v, k) && !(initialAt(v, k-1) && r.grammaticalCapital(v, k-1, k)) {
			if n, _ := r.titleMatch(v, k-1, k); n == 0 {
				return 0, false
			}
		}
	}
	// A word that is no name alone ("May", "Friday"), unless an honorific
	// comes before.
	if len(toks) == 1 && v[k].fl&wNonEntity != 0 && !afterHonorific(v, k) {
		return 0, false
	}
	// At a sentence's start a capital may be grammatical: "Will", "Rice";
	// not before a finite verb that needs a subject ("Begin said he
	// would put the question to the Knesset", after "Menachem Begin").
	if initialAt(v, k) && len(toks) == 1 && (v[k].fl&wCommon != 0 || r.lower[v[k].low]) && !(b < len(v) && subjectVerbs.Has(v[b].Lower) && !pronounWords.Has(v[k].Lower)) {
		return 0, false
	}
	return b, true
}

// nameWord reports whether t is a word with a capital, at its start or
// inside ("iPhone SDK"): a word of a name next to another name is part of
// a longer one.
func nameWord(t *tokView) bool {
	if t.Kind != text.Word {
		return false
	}
	if t.cap {
		return true
	}
	return strings.IndexFunc(t.Text, unicode.IsUpper) > 0
}

// capsLine reports whether a line is written in capitals: two words or
// more, and at most one word of two letters or more that is not.
func capsLine(v []tokView) bool {
	words, lower := 0, 0
	for i := range v {
		t := &v[i]
		if t.Kind != text.Word || utf8.RuneCountInString(t.base) < 2 {
			continue
		}
		words++
		if !allCaps(t.base) {
			lower++
			if lower > 1 {
				return false // (what the test below says, without reading on)
			}
		}
	}
	return words >= 2 && lower <= 1 && lower*4 < words
}

// propagateCaps adds the occurrences, in a line in capitals ("CRICKET -
// ESSEX AND KENT MADE TO SWEAT", "SOCCER - BELGIUM SCRAPE PAST TURKEY"),
// of names the document writes otherwise ("Essex", "Kent", "Turkey"),
// where no candidate covers them: the tagger, which reads such lines
// word by word, misses many. Every word of a line in capitals has its
// capital, so a name's own words decide: not a name of fewer than four
// letters, a word that is no name alone or one the document writes in
// lower case; the longest name wins.
func (r *recognizer) propagateCaps(si int, v []tokView, cov []bool, forms map[string][]nameForm) {
	for k := 0; k < len(v); k++ {
		t := &v[k]
		if t.Kind != text.Word || cov != nil && cov[k] || !allCaps(t.base) || utf8.RuneCountInString(t.base) < 2 {
			continue
		}
		var best *nameForm
		for _, f := range forms[titleCase(t.base)] {
			if f.g == nil || best != nil && len(f.toks) <= len(best.toks) || k+len(f.toks) > len(v) {
				continue
			}
			ok := true
			for j, w := range f.toks {
				u := &v[k+j]
				ok = ok && !(cov != nil && cov[k+j]) && strings.EqualFold(u.base, w) && allCaps(u.base) && (j == len(f.toks)-1 || !u.poss)
				ok = ok && (!allCaps(w) || connectors.Has(strings.ToLower(w))) // written otherwise: "Essex", not "U.S."
			}
			if !ok {
				continue
			}
			if len(f.toks) == 1 {
				w := strings.ToLower(f.toks[0])
				if utf8.RuneCountInString(w) < 4 || t.fl&(wNonEntity|wCommon) != 0 || r.lower[w] {
					continue
				}
			}
			best = &f
		}
		if best == nil {
			continue
		}
		b := k + len(best.toks)
		sp := document.Span{Start: v[k].Start, End: v[b-1].end}
		if r.inTimex(sp) || r.inCapsEvent(v, k, b) {
			continue
		}
		best.g.extra = append(best.g.extra, Mention{Span: sp, Text: r.doc.Text[sp.Start:sp.End], Sentence: si, Kind: "alias"})
		k = b - 1
	}
}

// inCapsEvent reports whether the name at v[k:b] of a line in capitals
// is part of an event's name: after "OF" ("TOUR OF NETHERLANDS") or
// before an event's head within two words ("HONG KONG OPEN", "BRUSSELS
// GRAND PRIX").
func (r *recognizer) inCapsEvent(v []tokView, k, b int) bool {
	if k > 0 && v[k-1].connector() {
		return true
	}
	for j := b; j < len(v) && j < b+2; j++ {
		if v[j].Kind == text.Word && r.lex.eventHead.Has(v[j].low) {
			return true
		}
	}
	return false
}

// pronounWords stand for a subject without naming it: never a name
// before "said", whatever entity a document names so.
var pronounWords = wordset.New("he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "here", "who", "one")

// subjectVerbs are finite verbs that follow their subject: after one, a
// capitalized common word opening the sentence is a name, not an
// imperative ("Begin said").
var subjectVerbs = wordset.New("said", "says", "told", "tells", "added", "announced", "declared", "insisted", "replied",
	"wrote", "argued", "denied", "admitted", "warned", "urged")
