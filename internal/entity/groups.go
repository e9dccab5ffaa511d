package entity

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// Peoples, faiths and other groups named by a plural ("Azeris", "Kurds",
// "Sunnis", "Uighurs", "Alawites") are no actors' names: like the
// nationality words, they are not persons, organizations or places. The
// tagger, which saw few of them, calls an unfamiliar one a person, a
// place or a company. A one-word name is such a group's
// (people_group) when:
//
//   - a quantity comes before it, and a verb, a preposition, a
//     conjunction or punctuation after it: "Many Pashtuns fled",
//     "Hundreds of Yazidis fled", "Two Palestinians were wounded",
//     "several Rohingya were killed" (not "two Apple executives", where
//     the name modifies the noun after it);
//   - it is coordinated with the plural of a nationality word ("Azeris
//     and Armenians", "Kurds and Britons");
//   - it has the plural ending of a faith's or people's followers,
//     "-ites" ("Shiites", "Alawites", "Maronites").
//
// A group with such a mention and no person's or company's cue in any
// is dropped (typeGroups), when half its mentions are so or the tagger
// is sure of no mention (sureTag: "the 48-year-old Gore" beside many
// sure ones). A quantity that opens a sentence is no part of
// the name after it ("Many Pashtuns", "Hundreds of Yazidis":
// quantityStart).

// quantityWords come right before a plural group: "two Palestinians",
// "many Kurds", "ethnic Armenians".
var quantityWords = wordset.Of(map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "many": true, "most": true, "some": true, "several": true,
	"few": true, "fellow": true, "ethnic": true, "million": true, "thousand": true, "hundred": true, "more": true})

// quantityOf are the words before "of" that count a group: "hundreds of
// Yazidis", "tens of thousands of Uighurs", "a majority of Catalans".
var quantityOf = wordset.Of(map[string]bool{"hundreds": true, "thousands": true, "millions": true, "dozens": true, "tens": true,
	"scores": true, "majority": true, "minority": true, "many": true, "most": true, "some": true, "all": true,
	"none": true, "number": true})

// quantityBefore reports whether a quantity ends right before v[a].
func quantityBefore(v []tokView, a int) bool {
	if a == 0 {
		return false
	}
	p := &v[a-1]
	if quantityWords.Has(p.Lower) || p.Kind == text.Number && cardinal(p.Text) {
		return true
	}
	return p.Lower == "of" && a >= 2 && quantityOf.Has(v[a-2].Lower)
}

// cardinal reports whether a number token is a count ("2", "1,500"), not
// an age, a rank or a year in words ("58-year-old", "70th-ranked").
func cardinal(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	return s != "" && s != "1"
}

// pluralName reports whether a name in lower case has a plural's ending
// ("Kurds", "Azeris", "Uighurs"; not "Gross", "Claus").
func pluralName(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u'
}

// pluralVerbs agree with a plural subject right after it: "Several
// Rohingya were killed".
var pluralVerbs = wordset.Of(map[string]bool{"are": true, "were": true, "have": true})

// groupNext reports whether v[b], the word after a name, lets the name be
// the head of its phrase: the end, punctuation, a verb, a preposition or
// a conjunction ("Pashtuns fled", "Uighurs are held", "Kurds in Syria").
func groupNext(v []tokView, b int) bool {
	if b >= len(v) || v[b].Kind == text.Punct {
		return true
	}
	t := &v[b]
	if t.Kind != text.Word || t.cap {
		return false
	}
	w := t.Lower
	return groupFollowers.Has(w) || text.IsPastForm(w) || t.fl&(wPrepIn|wPrepFrom) != 0
}

var groupFollowers = wordset.Of(map[string]bool{"are": true, "were": true, "have": true, "had": true, "will": true, "would": true,
	"who": true, "and": true, "or": true, "of": true, "on": true, "at": true, "for": true, "with": true, "living": true,
	"fear": true, "say": true, "make": true, "remain": true, "live": true, "fled": true})

// peopleGroup reports whether the one-word name v[a] names a group of
// people (see above).
func (r *recognizer) peopleGroup(v []tokView, a int) bool {
	t := &v[a]
	if t.poss || t.firstName || t.Kind != text.Word || allCaps(t.base) {
		return false
	}
	b := a + 1
	if quantityBefore(v, a) && groupNext(v, b) && (pluralName(t.low) || b < len(v) && pluralVerbs.Has(v[b].Lower)) {
		return true
	}
	if strings.HasSuffix(t.low, "ites") && len(t.low) > 5 {
		return true
	}
	if b+1 < len(v) && (v[b].Lower == "and" || v[b].Lower == "or") && r.demonymPlural(&v[b+1]) {
		return true
	}
	return a >= 2 && (v[a-1].Lower == "and" || v[a-1].Lower == "or") && r.demonymPlural(&v[a-2])
}

// demonymPlural reports whether t is the plural of a nationality word of
// the gazetteer ("Armenians", "Britons") or of a faith's followers
// ("Shiites").
func (r *recognizer) demonymPlural(t *tokView) bool {
	if !t.cap || t.poss {
		return false
	}
	if strings.HasSuffix(t.low, "ites") && len(t.low) > 5 {
		return true
	}
	stem, ok := strings.CutSuffix(t.base, "s")
	if !ok {
		return false
	}
	for _, f := range r.lex.formsOf(stem) {
		if f.demonym && len(f.toks) == 1 {
			return true
		}
	}
	return false
}

// quantityStart returns where the name in v[a:b] starts when a quantity
// opens the sentence before it ("Many Pashtuns", "Hundreds of Yazidis",
// "Tens of thousands of Uighurs"), else a.
func quantityStart(v []tokView, a, b int) int {
	if !initialAt(v, a) {
		return a
	}
	s := a
	for s < b {
		w := v[s].Lower
		if s+1 < b && quantityOf.Has(w) && v[s+1].Lower == "of" {
			s += 2
			continue
		}
		if s == a && s+1 < b && quantityWords.Has(w) {
			s++
			continue
		}
		break
	}
	if s > a && s < b && v[s].cap && v[s].Kind == text.Word {
		return s
	}
	return a
}

// sureTag reports whether the tagger tagged a mention of g as a person,
// an organization or a place with confidence (loneSure).
func sureTag(g *group) bool {
	for _, c := range g.cands {
		if nerTypeIndex(c.NER) >= 0 && c.NERConf >= loneSure {
			return true
		}
	}
	return false
}
