// Places: where an event happens, the prepositions and nouns that say so,
// and places that only contain another of an event's places.

package event

import (
	"github.com/chronicle-news/chronicle/internal/wordset"
)

var placePreps = wordset.Of(map[string]bool{"in": true, "at": true, "near": true, "off": true, "inside": true, "outside": true, "across": true})

// placeKinds are kinds whose object is where they happen ("visit Russia",
// "seized the islands").
var placeKinds = wordset.Of(map[string]bool{"visit": true, "seizure": true, "attack": true})

// dropContainers removes the places of e that contain another of its
// places: "Vladivostok in Russia’s Far East" keeps Vladivostok and the Far
// East; "a summit in Vietnam", later "held in Danang", keeps Danang.
func (x *extractor) dropContainers(e *ev) {
	var ps []string
	for _, p := range e.places {
		redundant := false
		for _, q := range e.places {
			if q != p && x.within(q, p) {
				redundant = true
			}
		}
		if !redundant {
			ps = append(ps, p)
		}
	}
	e.places = ps
}

// heldAfter reports whether the event noun at token i is followed by the
// verb that stages it: "the summit was held in Osaka", "the talks took
// place in Geneva", "the conference will be hosted in Rome".
func (x *extractor) heldAfter(si, i int) bool {
	toks := x.sents[si].Tokens
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		switch toks[k].Lower {
		case "was", "were", "is", "are", "be", "been", "being", "will", "has", "had", "have", "also", "then":
			continue
		case "held", "hosted", "convened", "staged", "organized", "organised":
			return true
		case "took", "takes", "take", "taking":
			return k+1 < len(toks) && toks[k+1].Lower == "place"
		}
		return false
	}
	return false
}

// locates reports whether place m follows place p as its location:
// "Vladivostok in Russia’s Far East", "Danang, Vietnam".
func (x *extractor) locates(si int, p, m *ment) bool {
	toks := x.sents[si].Tokens
	k := p.last + 1
	if k < len(toks) && (placePreps.Has(toks[k].Lower) || toks[k].Lower == ",") {
		k++
	}
	if k == m.first {
		return true
	}
	// through a possessor: "in Russia’s Far East"
	for _, q := range x.ments[si] {
		if q.first == k && q.poss && q.last+1 == m.first {
			return true
		}
	}
	return false
}

func hasNoun(w string) bool {
	for _, t := range Lookup(w) {
		if t.Noun {
			return true
		}
	}
	return false
}

func isPlaceNoun(w string) bool {
	switch w {
	case "city", "town", "village", "port", "capital", "province", "region", "island", "islands", "state", "prefecture", "county", "district":
		return true
	}
	return false
}
