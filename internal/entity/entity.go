// Package entity recognizes people, organizations and places, types them,
// and merges their aliases into one entity per referent.
//
// Names come mainly from the statistical tagger of internal/ner (run over
// the whole document, with confidences); the rules of this package add
// what it does not know: gazetteers (a known place is a LOCATION, a
// nationality word points to its country and is no name), titles and other
// cues, one type per name in a document by a vote of all its mentions, and
// the merging of surnames, acronyms and role descriptions (nertag.go,
// resolve.go). `chronicle eval ner` and TestCoNLLDev score the result on
// CoNLL-2003.
package entity

import "github.com/chronicle-news/chronicle/internal/document"

// Entity types.
const (
	Person       = "PERSON"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
)

// Mention is one place in the text that refers to an entity.
type Mention struct {
	document.Span
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Kind     string `json:"kind,omitempty"` // "name" (default), "alias", "description" ("the Russian leader"), "acronym", "demonym", "dateline" (a wire dateline's place, "DETROIT -")
}

// Entity is one referent with all its mentions.
type Entity struct {
	ID       string    `json:"id"` // e1, e2, ... ordered by first mention
	Type     string    `json:"type"`
	Subtype  string    `json:"subtype,omitempty"` // country, city, region, island, body_of_water, state, former_state, government, media, ...
	Name     string    `json:"name"`              // canonical: the longest proper name
	Aliases  []string  `json:"aliases,omitempty"` // other surface forms, sorted
	Mentions []Mention `json:"mentions"`
	// PartOf is the ID of the entity that contains this place (Danang in
	// Vietnam), when known in this document; Container is its name, which
	// may come from the gazetteer even when the document never names it.
	PartOf    string   `json:"partOf,omitempty"`
	Container string   `json:"container,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	// Title is the role a person was introduced with ("prime minister"),
	// Nationality the country named or implied with it ("Russian
	// President ..." -> Russia).
	Title       string `json:"title,omitempty"`
	Nationality string `json:"nationality,omitempty"`
	// Note explains a reading worth knowing, such as a capital standing
	// for its government ("Moscow needed to examine ...").
	Note string `json:"note,omitempty"`
}

// StandsFor is the ID of the country whose government a capital names
// when it acts ("Moscow accused Washington"): the place that holds it,
// when the document names it and the capital carries the Note; "" for
// every other entity.
func (e *Entity) StandsFor() string {
	if e.Note == "" {
		return ""
	}
	return e.PartOf
}
