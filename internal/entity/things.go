// One-word names that the document only uses as things.

package entity

import (
	"strings"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// thingObjectVerbs take a thing as object, never a person or a place:
// "deliver Brexit", "implement Obamacare", "ratify START".
var thingObjectVerbs = wordset.Of(map[string]bool{"deliver": true, "delivers": true, "delivered": true, "delivering": true,
	"achieve": true, "achieves": true, "achieved": true, "achieving": true, "implement": true, "implements": true,
	"implemented": true, "implementing": true, "ratify": true, "ratifies": true, "ratified": true, "ratifying": true,
	"postpone": true, "postponed": true, "postponing": true, "enact": true, "enacted": true, "repeal": true,
	"repealed": true, "repealing": true, "finalise": true, "finalised": true, "finalize": true, "finalized": true})

// determiners open a noun phrase that a one-word name may modify: "her
// Brexit offer", "the Brexit vote".
var determiners = wordset.Of(map[string]bool{"a": true, "an": true, "the": true, "her": true, "his": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true})

// notNounAfter are lower-case words after a name that make it no
// modifier of a noun: verbs, auxiliaries, function words.
var notNounAfter = wordset.Of(map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "do": true, "of": true, "in": true,
	"on": true, "at": true, "for": true, "to": true, "and": true, "or": true, "but": true, "with": true,
	"from": true, "by": true, "as": true, "that": true, "who": true, "which": true, "than": true, "also": true,
	"himself": true, "herself": true, "itself": true})

// thingContext marks one-word name v[a] used as a thing: the object of a
// verb that takes things ("failing to deliver Brexit": thing_object), or
// a noun's modifier after a determiner ("her revised Brexit offer", "the
// Brexit vote": thing_modifier).
func thingContext(c *Candidate, v []tokView, a int) {
	if v[a].poss {
		return
	}
	if a > 0 && thingObjectVerbs.Has(v[a-1].Lower) {
		c.addFeature("thing_object")
	}
	b := a + 1
	if b >= len(v) || a == 0 || v[b].Kind != text.Word || v[b].cap || notNounAfter.Has(v[b].Lower) ||
		v[b].lowerIs(wReporting) || personVerbs.Has(v[b].Lower) || orgVerbs.Has(v[b].Lower) ||
		strings.HasSuffix(v[b].Lower, "ed") || strings.HasSuffix(v[b].Lower, "ly") {
		return
	}
	p := a - 1
	if !determiners.Has(v[p].Lower) && p > 0 && adjectiveLike(v[p].Lower) && !v[p].cap {
		p-- // "her revised Brexit offer"
	}
	if determiners.Has(v[p].Lower) {
		c.addFeature("thing_modifier")
	}
}

// adjectiveLike reports whether a lower-case word looks like an adjective
// or a participle before a noun: "revised", "final", "hard".
func adjectiveLike(w string) bool {
	switch w {
	case "hard", "soft", "new", "whole", "latest", "first", "last", "next":
		return true
	}
	for _, s := range [...]string{"ed", "al", "ive", "ous", "ful", "ic", "ary"} {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// thingNames drops the one-word names that the document uses only as
// things: a name no gazetteer knows, no given name, never merged into a
// longer name, with no mention that reads as a person's or a company's or
// a place's (a title, an honorific, a human or a company's verb after it,
// "X, who", "met X", "said it", "in X", ...), and with one mention at
// least that is the object of a thing's verb ("failing to deliver
// Brexit"), or, for a person, two mentions at least and every one a
// noun's modifier ("her revised Brexit offer", "the Brexit vote"; one
// "the Clinton administration" or "the Richter scale" says little). The
// tagger reads such a word as a person ("Brexit", and then "she" resolves
// to it) or a place. Such a name is no entity.
func (r *recognizer) thingNames(order []*group) {
	for _, g := range order {
		if g.gaz != nil || g.merged != nil || g.typ == "" || len(g.tokens) != 1 || g.key.team {
			continue
		}
		obj, mod := featureCount(g, "thing_object"), featureCount(g, "thing_modifier")
		if obj == 0 && (mod < 2 || g.typ != Person || featureCount(g, "thing_modifier", "thing_object") < len(g.cands)) {
			continue // once "the Clinton administration", "the Richter scale": a person's name may be a modifier
		}
		if r.lex.IsFirstName(g.tokens[0]) || isAcronym(g.tokens[0]) {
			continue
		}
		other := false
		for _, c := range g.cands {
			for _, f := range c.Features {
				switch f {
				case "thing_object", "thing_modifier", "the_before", "two_caps":
				default:
					other = true
				}
			}
			if c.Title != "" {
				other = true
			}
		}
		if !other {
			g.typ = ""
		}
	}
}
