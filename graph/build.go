package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"unicode"

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
	dated, undated := CorpusTimeline(results)
	return Assemble(Entities(results), dated, undated)
}

// EntityID returns the node ID an entity gets.
func EntityID(e *entity.Entity) string { return NodeID(EntityKind(e.Type), e.Name) }

// NodeID returns "<kind>:<slug of name>".
func NodeID(k Kind, name string) string { return string(k) + ":" + Slug(name) }

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
