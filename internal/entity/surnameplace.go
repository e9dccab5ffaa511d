package entity

import "strings"

// A place's name is also a surname ("Trevor Holland", "Denzel
// Washington", "Ana Lima"). After a document names a person in full, the
// bare word is that person's surname, not the place the gazetteer knows,
// when no mention of it reads as a place's: "police recognised Holland in
// a shop", "Holland was moved to a secure centre". A mention after "in",
// "from", "of the city of", before ", Scotland" or a place noun keeps the
// place, and so does a name also written otherwise ("the Netherlands").

// placeCues are the features that make a mention a place's.
var placeCues = []string{"prep_in", "prep_from", "locnoun_of", "place_comma", "place_after", "lochead_of", "locsuffix", "team"}

// surnamePlaces merges a one-word gazetteer place whose every mention is
// the surname of the one person named in full before it into that
// person.
func surnamePlaces(order []*group) {
	var surnames map[string][]*group
	for _, g := range order {
		if g.gaz == nil || g.gaz.Type != Location || g.merged != nil || len(g.cands) == 0 || anyFeature(g, placeCues...) {
			continue
		}
		word := g.cands[0].Text
		if strings.ContainsAny(word, " .") {
			continue
		}
		same := true
		for _, c := range g.cands {
			same = same && c.Text == word && !c.Demonym
		}
		if !same || len(g.extra) > 0 {
			continue
		}
		if surnames == nil {
			surnames = map[string][]*group{}
			for _, p := range order {
				if p.typ == Person && p.gaz == nil && p.merged == nil && len(p.tokens) >= 2 {
					words := withoutSuffix(p.tokens)
					if s := words[len(words)-1]; capWord(s) {
						surnames[s] = append(surnames[s], p)
					}
				}
			}
		}
		ps := namedBefore(surnames[word], g.first())
		if len(ps) != 1 {
			continue
		}
		g.merged = ps[0]
		g.typ, g.subtype = Person, ""
		for i := range g.kinds {
			g.kinds[i] = "alias"
		}
	}
}
