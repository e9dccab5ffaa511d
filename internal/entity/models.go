package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/internal/wordset"
)

// modelNumber reports whether the name at v[a:b] is followed, in prose, by
// a model's number or code that makes it a product's name ("the Galaxy
// Note 7", "Windows 11", "the Galaxy S23 Ultra", "an Airbus A380") or an
// index's ("the FTSE 100"): the number comes right after the name, a
// lower-case word or a possessive comes before it, and after the number
// the sentence goes on in lower case or ends, or a model's word follows
// ("Pro", "Max"). Not a year ("Euro 2016"), not a count ("Apple 5
// percent"), and not the numbered things that are places or bodies
// ("Route 66", "Channel 4", "Flight 370", "Local 100").
func modelNumber(v []tokView, a, b int) bool {
	if a == 0 || b >= len(v) || v[b-1].poss || v[a].firstName {
		return false
	}
	if p := &v[a-1]; !(p.Kind == text.Word && (!p.cap || p.poss)) || placePreps.Has(p.Lower) {
		return false // after a preposition of place: "the town of Moengo 56 miles east"
	}
	if numberedHeads.Has(v[b-1].low) {
		return false
	}
	t := &v[b]
	if t.Start != v[b-1].end+1 || !modelCode(t) {
		return false
	}
	if b+1 == len(v) {
		return true
	}
	n := &v[b+1]
	switch {
	case n.Kind == text.Word && n.cap:
		return modelWords.Has(n.low)
	case n.Kind == text.Word:
		return !countWords.Has(n.low)
	}
	switch n.Text {
	case ".", ",", ";", "?", "!":
		return true
	}
	return false
}

// modelCode reports whether t is a model's number ("7", "737", "11") or
// code ("S23", "A380", "X5"): not a year, no decimal or score.
func modelCode(t *tokView) bool {
	s := t.Text
	if len(s) == 0 || len(s) > 5 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z' && i == 0:
			letters++
		default:
			return false
		}
	}
	if digits == 0 {
		return false
	}
	if letters == 0 && len(s) == 4 && (s[:2] == "19" || s[:2] == "20" || s[:2] == "18") {
		return false // a year
	}
	return true
}

// numberedHeads are the words before a number that name a place, a body
// or a thing that is no product: "Route 66", "Channel 4", "Flight 370".
var numberedHeads = wordset.Of(map[string]bool{"route": true, "highway": true, "interstate": true, "road": true,
	"channel": true, "radio": true, "terminal": true, "gate": true, "flight": true, "local": true, "article": true,
	"chapter": true, "proposition": true, "prop": true, "district": true, "pier": true, "studio": true,
	"platform": true, "section": true, "sector": true, "camp": true, "ward": true, "unit": true, "block": true,
	"building": true, "tower": true, "room": true, "floor": true, "level": true, "stage": true, "phase": true,
	"group": true, "grade": true, "class": true, "division": true, "league": true, "precinct": true,
	"station": true, "street": true, "avenue": true, "zone": true, "area": true, "region": true, "lot": true,
	"no": true, "number": true, "act": true, "resolution": true, "amendment": true, "bill": true, "title": true,
	"apollo": true, "day": true, "week": true, "year": true, "game": true, "round": true, "race": true,
	"hole": true, "track": true, "episode": true, "season": true, "series": true, "volume": true, "part": true})

// modelWords follow a model's number in product names: "iPhone 15 Pro",
// "Galaxy S23 Ultra", "737 MAX".
var modelWords = wordset.Of(map[string]bool{"pro": true, "max": true, "plus": true, "ultra": true, "mini": true,
	"edge": true, "xl": true, "lite": true, "air": true, "neo": true, "se": true, "s": true, "x": true,
	"classic": true, "sport": true, "turbo": true})

// countWords after a number make it a count, not a model's number: "5
// percent", "10 million".
var countWords = wordset.Of(map[string]bool{"percent": true, "per": true, "pct": true, "million": true,
	"billion": true, "trillion": true, "thousand": true, "hundred": true, "points": true, "point": true,
	"years": true, "year": true, "days": true, "day": true, "hours": true, "minutes": true, "times": true,
	"people": true, "votes": true, "seats": true, "shares": true, "cents": true, "dollars": true, "euros": true,
	"to": true, "of": true, "and": true, "or": true, "out": true, "miles": true, "mile": true, "km": true,
	"kilometres": true, "kilometers": true, "metres": true, "meters": true, "feet": true, "yards": true,
	"kg": true, "tons": true, "tonnes": true, "degrees": true, "runs": true, "goals": true, "mph": true})

// placePreps before a name followed by a number make it a place with a
// distance ("in Sergiyev Posad 70 km from ...").
var placePreps = wordset.Of(map[string]bool{"of": true, "in": true, "at": true, "from": true, "near": true,
	"to": true, "on": true, "by": true, "into": true, "outside": true})

// productAcronym reports whether v[a:b] is an acronym in parentheses after
// the capitalized words it abbreviates, and those words name a product: a
// word in camel case opens them or comes right before them ("the iPhone
// Software Development Kit (SDK)", "the eReader Content Toolkit (ECT)").
func (r *recognizer) productAcronym(v []tokView, a, b int) bool {
	if b-a != 1 || a < 2 || v[a-1].Text != "(" || !isAcronym(v[a].base) {
		return false
	}
	n := utf8.RuneCountInString(v[a].base)
	k := a - 2 // the last word of the expansion
	first := k
	for words := 0; first >= 0 && words < n; first-- {
		t := &v[first]
		if t.Kind != text.Word || !t.cap && !t.connector() && !r.camelProduct(*t) {
			return false
		}
		if !t.connector() {
			words++
		}
	}
	// v[first+1 : k+1] is the expansion; first is the word before it.
	if first+1 > k || initials(r.doc.Text[v[first+1].Start:v[k].End]) != strings.ToUpper(strings.ReplaceAll(v[a].base, ".", "")) {
		return false
	}
	return first >= 0 && r.camelProduct(v[first]) || r.camelProduct(v[first+1])
}
