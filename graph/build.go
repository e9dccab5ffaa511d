package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline"
)

// Build makes the graph of the results: Assemble of their merged
// entities (Entities) and their corpus timeline (CorpusTimeline), the
// same graph a store holding the same documents gives.
func Build(results []*pipeline.Result) (*Graph, error) {
	// Both halves need the identities and the documents' hashes: worked
	// out once here rather than once each.
	c := newCorpusIndex(results)
	dated, undated := corpusTimeline(results, c)
	return Assemble(entities(results, c), dated, undated)
}

// corpusIndex is what CorpusTimeline and Entities both work out first
// over the same results: the cross-document identities and each
// document's content hash (parallel to the results; "" for a nil one).
type corpusIndex struct {
	who    identities
	hashes []string
	names  [][]entityNames // namesOf(results)
}

func newCorpusIndex(results []*pipeline.Result) corpusIndex {
	names := namesOf(results)
	c := corpusIndex{who: resolveNames(results, names), hashes: make([]string, len(results)), names: names}
	for i, r := range results {
		if r != nil && r.Doc != nil {
			c.hashes[i] = document.Hash(r.Doc)
		}
	}
	return c
}

// EntityID returns the node ID an entity gets.
func EntityID(e *entity.Entity) string { return NodeID(EntityKind(e.Type), e.Name) }

// NodeID returns "<kind>:<slug of name>".
func NodeID(k Kind, name string) string {
	// Most names are ASCII: their ID is built in one allocation.
	if b, ok := appendASCIISlug(make([]byte, 0, len(k)+1+len(name)), name, string(k)+":"); ok {
		return string(b)
	}
	return string(k) + ":" + Slug(name)
}

// EventID returns the node ID of an event of a document.
func EventID(doc, ev string) string { return "event:" + doc + ":" + ev }

// TimeID returns the node ID of a TIMEX3 value.
func TimeID(value string) string { return "time:" + value }

// EntityKind maps an entity type to a node kind.
func EntityKind(typ string) Kind {
	switch typ {
	case entity.Person:
		return Person
	case entity.Organization:
		return Organization
	case entity.Location:
		return Place
	}
	return Actor
}

// Slug is the normalized form of a name used in node IDs: NFC, lower case,
// letters and digits of any script kept, every other run of characters one
// hyphen. A name with no letter or digit gets "x" and a short hash.
func Slug(name string) string {
	if b, ok := appendASCIISlug(nil, name, ""); ok {
		return string(b)
	}
	return slugUnicode(name)
}

// slugUnicode is Slug for any name.
func slugUnicode(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFC.String(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		h := sha1.Sum([]byte(name))
		return "x" + hex.EncodeToString(h[:4])
	}
	return b.String()
}

// appendASCIISlug appends prefix and the slug of name to b when name is
// ASCII with at least one letter or digit (ok false otherwise): the
// common case, where NFC changes nothing and the Unicode classes come down
// to byte ranges, without the decoding Slug does for other names.
func appendASCIISlug(b []byte, name, prefix string) ([]byte, bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return b, false
		}
	}
	b = append(b, prefix...)
	start := len(b)
	dash := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			dash = true
			continue
		}
		if dash && len(b) > start {
			b = append(b, '-')
		}
		dash = false
		b = append(b, c)
	}
	return b, len(b) > start
}

// provCache remembers the provenance of each sentence of one result: many
// edges cite the same sentence, and cleaning it is the costly part.
type provCache struct {
	r *pipeline.Result
	m map[int]Provenance
}

// get cites sentence i of the result; when it is unknown, the fallback span
// itself.
func (c provCache) get(i int, fallback document.Span) Provenance {
	if p, ok := c.m[i]; ok {
		return p
	}
	r := c.r
	doc := r.Doc
	p := Provenance{Doc: doc.ID}
	sp, ok := timeline.SentenceSpan(r, i)
	if !ok {
		sp = fallback
		sp.Start = max(0, min(sp.Start, len(doc.Text)))
		sp.End = max(sp.Start, min(sp.End, len(doc.Text)))
	}
	p.Start, p.End = doc.SourceSpan(sp.Start, sp.End)
	p.Sentence = timeline.Clean(doc.Text[sp.Start:sp.End])
	if ok {
		c.m[i] = p
	}
	return p
}

// mentionProv cites the sentence of the first mention of e.
func mentionProv(c provCache, e *entity.Entity) Provenance {
	if len(e.Mentions) == 0 {
		return Provenance{Doc: c.r.Doc.ID}
	}
	m := e.Mentions[0]
	return c.get(m.Sentence, m.Span)
}

// FromAnalyses builds the knowledge graph of analyzed articles
// (timeline.Analyze), as Build does from their pipeline results: entities
// merged across the articles by name and alias, events with their actors,
// places and times.
func FromAnalyses(as ...*timeline.Analysis) (*Graph, error) {
	return Build(timeline.Results(as))
}
