package graph

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// Assemble builds the knowledge graph of a corpus from what a corpus
// knows, however it is kept: its merged entities (Entities, or the
// store's) and its timeline items (CorpusTimeline, or the store's). Files
// and the store give the same graph because they give this function the
// same entities and items.
//
// Node IDs are stable and deterministic:
//
//	person:vladimir-putin      entities: kind + slug of the canonical name (the entity key)
//	place:đà-nẵng              (letters are kept in any script, lower-cased)
//	event:<doc>:<event id>     events: one node per merged event, named after its first report
//	time:<TIMEX3 value>        times: one node per value
//
// An event whose first report's name is taken already gets
// "event:<slug of its merge key>". Edges: took-part-in from each
// participant to its event (roles merged), happened-at, happened-on, each
// citing every report's sentence; located-in from a place to the place
// that holds it (Entity.Located cites the sentence); before from each
// dated event to the first strictly later one. Undated events with no
// actor or place are left out: a node with no edge says nothing.
func Assemble(ents []EntityInfo, dated, undated []timeline.Item) (*Graph, error) {
	g := newSized(assembledSize(ents, dated, undated))
	for i := range ents {
		e := &ents[i]
		g.AddNode(Node{ID: e.Key, Kind: EntityKind(e.Type), Subtype: e.Subtype, Name: e.Name, Aliases: union(e.Aliases, e.Descriptions),
			Sources: e.Sources, Mentions: e.Mentions})
	}
	for i := range ents {
		e := &ents[i]
		if EntityKind(e.Type) != Place || e.Container == "" {
			continue
		}
		to := NodeID(Place, e.Container)
		if to == e.Key {
			continue
		}
		g.AddNode(Node{ID: to, Kind: Place, Name: e.Container})
		if err := g.AddEdge(Edge{From: e.Key, To: to, Kind: LocatedIn, Provenance: []Provenance{e.Located}}); err != nil {
			return nil, err
		}
	}
	used := map[string]bool{}
	node := make(map[*timeline.Item]string, len(dated))
	for _, list := range [][]timeline.Item{dated, undated} {
		for i := range list {
			it := &list[i]
			if it.Undated() && len(it.Who) == 0 && len(it.Where) == 0 {
				continue
			}
			id, err := addItem(g, it, used)
			if err != nil {
				return nil, err
			}
			node[it] = id
		}
	}
	// before: the chain of "and then" a reader follows, without the
	// quadratic number of edges the full order would need.
	for i := range dated {
		a := &dated[i]
		j := sort.Search(len(dated), func(k int) bool { return !dated[k].Interval.Start.Before(a.Interval.End) })
		if j >= len(dated) {
			continue
		}
		b := &dated[j]
		prov := []Provenance{
			{Doc: a.Source.Doc, Start: a.Source.Start, End: a.Source.End, Sentence: a.Source.Sentence, Via: ViaTimeline},
			{Doc: b.Source.Doc, Start: b.Source.Start, End: b.Source.End, Sentence: b.Source.Sentence, Via: ViaTimeline},
		}
		if err := g.AddEdge(Edge{From: node[a], To: node[b], Kind: Before, Provenance: prov}); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// assembledSize returns at most how many nodes and edges Assemble makes
// of its input, to size the graph's tables: no more than needed, as
// most undated items are left out.
func assembledSize(ents []EntityInfo, dated, undated []timeline.Item) (nodes, edges int) {
	nodes = len(ents)
	for i := range ents {
		if ents[i].Container != "" {
			nodes++ // its container
			edges++ // located-in
		}
	}
	for _, list := range [][]timeline.Item{dated, undated} {
		for i := range list {
			it := &list[i]
			if it.Undated() && len(it.Who) == 0 && len(it.Where) == 0 {
				continue
			}
			nodes++ // the event
			edges += len(it.Who) + len(it.Where)
			if !it.Undated() {
				nodes++    // its time
				edges += 2 // happened-on, before
			}
		}
	}
	return nodes, edges
}

// addItem adds an item's event node, its time and its edges, and returns
// the event's node ID.
func addItem(g *Graph, it *timeline.Item, used map[string]bool) (string, error) {
	id := EventID(it.Source.Doc, it.Event)
	if used[id] {
		id = "event:" + Slug(it.Key)
	}
	used[id] = true
	provs := make([]Provenance, 0, len(it.Sources))
	docs := make([]string, 0, len(it.Sources))
	for _, s := range it.Sources {
		provs = append(provs, Provenance{Doc: s.Doc, Start: s.Start, End: s.End, Sentence: s.Sentence})
		docs = append(docs, s.Doc)
	}
	// Subtype is the briefing kind (meeting...): none when the item has
	// only its TimeML class.
	kind := it.Class
	if strings.EqualFold(kind, it.TimeML) {
		kind = ""
	}
	n := Node{ID: id, Kind: Event, Subtype: kind, Name: it.Summary, Sources: docs, Mentions: max(it.Mentions, len(it.Sources)),
		Modality: it.Modality, Class: it.TimeML, Doc: it.Source.Doc, Event: it.Event}
	if !it.Undated() {
		iv := it.Interval
		n.Date, n.Interval = it.Date, &iv
	}
	g.AddNode(n)
	for _, p := range it.Who {
		if g.Node(p.Key) == nil {
			continue
		}
		if err := g.AddEdge(Edge{From: p.Key, To: id, Kind: TookPartIn, Roles: []string{p.Role}, Provenance: provs}); err != nil {
			return "", err
		}
	}
	for _, p := range it.Where {
		if g.Node(p.Key) == nil {
			continue
		}
		if err := g.AddEdge(Edge{From: id, To: p.Key, Kind: HappenedAt, Provenance: provs}); err != nil {
			return "", err
		}
	}
	if n.Interval != nil {
		tid := TimeID(it.Date)
		iv, err := timeline.ParseValue(it.Date) // the value's own interval, without the item's range
		if err != nil {
			iv = it.Interval
		}
		g.AddNode(Node{ID: tid, Kind: Time, Subtype: iv.Gran.String(), Name: timeline.FormatValue(it.Date),
			Sources: docs, Mentions: len(it.Sources), Date: it.Date, Interval: &iv})
		if err := g.AddEdge(Edge{From: id, To: tid, Kind: HappenedOn, Provenance: provs}); err != nil {
			return "", err
		}
	}
	return id, nil
}
