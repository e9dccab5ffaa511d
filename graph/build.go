package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/entity"
	"github.com/chronicle-news/chronicle/internal/event"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/internal/text"
	"github.com/chronicle-news/chronicle/timeline"
)

// Build makes the graph of the results.
//
// Node IDs are stable and deterministic:
//
//	person:vladimir-putin      entities: kind + slug of the canonical name
//	place:đà-nẵng              (letters are kept in any script, lower-cased)
//	event:<doc>:<event id>     events: one node per event of each document
//	time:<TIMEX3 value>        times: one node per value, shared by documents
//
// Entities merge within a result by entity ID and across results by kind and
// normalized canonical name (NFC, case-folded, punctuation runs as one
// hyphen), or when one's name is an alias of exactly one other of its kind
// (resolveIdentities: "Putin" joins "Vladimir Putin"), the rule the store
// follows too. Edges:
// took-part-in from each participant to its event (roles merged),
// happened-at, happened-on (for values timeline.ParseValue accepts),
// located-in from Entity.PartOf (via text) or Entity.Container (via
// gazetteer), and before from each dated event to the first strictly later
// event of the timeline.
func Build(results []*pipeline.Result) (*Graph, error) {
	var nodes, edges int
	for _, r := range results {
		if r != nil {
			nodes += len(r.Entities) + 2*len(r.Events)
			edges += len(r.Entities) + 4*len(r.Events)
		}
	}
	g := newSized(nodes, edges)
	values := map[string]valueParse{}
	ids := resolveIdentities(results)
	for _, r := range results {
		if r == nil || r.Doc == nil {
			continue
		}
		if err := addResult(g, r, values, ids); err != nil {
			return nil, err
		}
	}
	if err := addBefore(g, timeline.Build(results)); err != nil {
		return nil, err
	}
	return g, nil
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

// valueParse is a remembered timeline.ParseValue result: a corpus repeats
// few values many times.
type valueParse struct {
	iv   timeline.Interval
	err  error
	name string // timeline.FormatValue of the value
}

func addResult(g *Graph, r *pipeline.Result, values map[string]valueParse, who identities) error {
	doc := r.Doc
	provs := provCache{r: r, m: make(map[int]Provenance)}
	ids := make(map[string]string, len(r.Entities)) // entity ID -> node ID
	byID := make(map[string]*entity.Entity, len(r.Entities))
	for i := range r.Entities {
		e := &r.Entities[i]
		id, _, _, ok := who.of(e)
		if !ok {
			continue
		}
		name := timeline.Clean(e.Name)
		ids[e.ID] = id
		byID[e.ID] = e
		aliases := make([]string, 0, len(e.Aliases)+1)
		node := name
		if n := who.name[id]; n != "" && n != name {
			node = n // merged into an entity of another name
			if !strings.EqualFold(n, name) {
				aliases = append(aliases, name)
			}
		}
		for _, a := range e.Aliases {
			if a = timeline.Clean(a); a != "" && a != node {
				aliases = append(aliases, a)
			}
		}
		g.AddNode(Node{ID: id, Kind: EntityKind(e.Type), Subtype: e.Subtype, Name: node, Aliases: aliases,
			Sources: []string{doc.ID}, Mentions: len(e.Mentions)})
	}
	// located-in, in entity order.
	for i := range r.Entities {
		e := &r.Entities[i]
		from, ok := ids[e.ID]
		if !ok || EntityKind(e.Type) != Place {
			continue
		}
		prov := mentionProv(provs, e)
		if to, ok := ids[e.PartOf]; ok && to != from {
			prov.Via = ViaText
			if err := g.AddEdge(Edge{From: from, To: to, Kind: LocatedIn, Provenance: []Provenance{prov}}); err != nil {
				return err
			}
			continue
		}
		if c := timeline.Clean(e.Container); c != "" {
			to := NodeID(Place, c)
			if to == from {
				continue
			}
			g.AddNode(Node{ID: to, Kind: Place, Name: c})
			prov.Via = ViaGazetteer
			if err := g.AddEdge(Edge{From: from, To: to, Kind: LocatedIn, Provenance: []Provenance{prov}}); err != nil {
				return err
			}
		}
	}
	tx := make(map[string]int, len(r.Timexes))
	for i, t := range r.Timexes {
		tx[t.ID] = i
	}
	shown := timeline.DocumentDatesShown(r)
	for i := range r.Events {
		ev := &r.Events[i]
		id := EventID(doc.ID, ev.ID)
		prov := provs.get(ev.Sentence, ev.Trigger)
		n := Node{ID: id, Kind: Event, Subtype: ev.Kind, Name: timeline.Clean(ev.Summary), Sources: []string{doc.ID},
			Mentions: 1 + len(ev.Corefs), Modality: ev.Modality, Class: ev.Class, Doc: doc.ID, Event: ev.ID}
		if n.Name == "" {
			n.Name = timeline.Clean(ev.Text)
		}
		if n.Modality == "" {
			n.Modality = text.Actual
		}
		value := ev.Value
		if ev.DateFrom == event.DateDocument && !shown[ev.ID] {
			value = "" // as on the timeline (timeline.DocumentDatesShown)
		}
		ti, hasTimex := tx[ev.TimexID]
		if value == "" && hasTimex {
			value = r.Timexes[ti].Value
		}
		vp, seen := values[value]
		if !seen {
			vp.iv, vp.err = timeline.ParseValue(value)
			if vp.err == nil {
				vp.name = timeline.FormatValue(value)
			}
			values[value] = vp
		}
		iv, err := vp.iv, vp.err
		if err == nil {
			n.Date = value
			n.Interval = &iv
		}
		if n.Interval == nil && !linked(ev, ids) {
			continue // no actor, place or time: a node with no edge says nothing
		}
		g.AddNode(n)
		for _, p := range ev.Participants {
			from, ok := ids[p.Entity]
			if !ok {
				continue
			}
			if err := g.AddEdge(Edge{From: from, To: id, Kind: TookPartIn, Roles: []string{timeline.Clean(p.Role)}, Provenance: []Provenance{prov}}); err != nil {
				return err
			}
		}
		for _, pl := range ev.Places {
			to, ok := ids[pl]
			if !ok {
				continue
			}
			if err := g.AddEdge(Edge{From: id, To: to, Kind: HappenedAt, Provenance: []Provenance{prov}}); err != nil {
				return err
			}
		}
		if n.Interval != nil {
			tid := TimeID(value)
			ivc := iv
			g.AddNode(Node{ID: tid, Kind: Time, Subtype: iv.Gran.String(), Name: vp.name,
				Sources: []string{doc.ID}, Mentions: 1, Date: value, Interval: &ivc})
			tp := prov
			if hasTimex {
				t := r.Timexes[ti]
				tp = provs.get(t.Sentence, t.Span)
			}
			if err := g.AddEdge(Edge{From: id, To: tid, Kind: HappenedOn, Provenance: []Provenance{tp}}); err != nil {
				return err
			}
		}
	}
	return nil
}

// addBefore links each dated entry to the first entry that starts no earlier
// than it ends: the chain of "and then" a reader follows, without the
// quadratic number of edges the full order would need.
func addBefore(g *Graph, entries []timeline.Entry) error {
	for i := range entries {
		a := &entries[i]
		j := sort.Search(len(entries), func(k int) bool { return !entries[k].Interval.Start.Before(a.Interval.End) })
		if j >= len(entries) {
			continue
		}
		b := &entries[j]
		from, to := EventID(a.Source.Doc, a.Event), EventID(b.Source.Doc, b.Event)
		if g.Node(from) == nil || g.Node(to) == nil {
			continue
		}
		prov := []Provenance{
			{Doc: a.Source.Doc, Start: a.Source.Start, End: a.Source.End, Sentence: a.Source.Sentence, Via: ViaTimeline},
			{Doc: b.Source.Doc, Start: b.Source.Start, End: b.Source.End, Sentence: b.Source.Sentence, Via: ViaTimeline},
		}
		if err := g.AddEdge(Edge{From: from, To: to, Kind: Before, Provenance: prov}); err != nil {
			return err
		}
	}
	return nil
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

// linked reports whether an event has a participant or a place that is a
// node of the graph.
func linked(ev *event.Event, ids map[string]string) bool {
	for _, p := range ev.Participants {
		if _, ok := ids[p.Entity]; ok {
			return true
		}
	}
	for _, pl := range ev.Places {
		if _, ok := ids[pl]; ok {
			return true
		}
	}
	return false
}

// FromAnalyses builds the knowledge graph of analyzed articles
// (timeline.Analyze), as Build does from their pipeline results: entities
// merged across the articles by name and alias, events with their actors,
// places and times.
func FromAnalyses(as ...*timeline.Analysis) (*Graph, error) {
	return Build(timeline.Results(as))
}
