// Package graph is Chronicle's knowledge graph: actors, places, events and
// times as nodes; took-part-in, happened-at, happened-on, located-in and
// before as edges, each citing the sentences it comes from. The model is
// stored in a github.com/dominikbraun/graph directed graph; this package adds
// the node and edge kinds, merging, deterministic listing and the queries
// (ego graph, time window, shortest path, find by name).
package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	lib "github.com/dominikbraun/graph"

	"github.com/chronicle-news/chronicle/timeline"
)

// Kind is a node kind.
type Kind string

// Node kinds.
const (
	Person       Kind = "person"
	Organization Kind = "organization" // includes states, governments, armies, companies (see Subtype)
	Place        Kind = "place"
	Event        Kind = "event"
	Time         Kind = "time"
	Actor        Kind = "actor" // an entity of a type the graph does not know
)

// EdgeKind is an edge kind.
type EdgeKind string

// Edge kinds. Before links an event to the next strictly later event of the
// timeline (its "after" is the same edge read backwards).
const (
	TookPartIn EdgeKind = "took-part-in" // actor -> event, with roles
	HappenedAt EdgeKind = "happened-at"  // event -> place
	HappenedOn EdgeKind = "happened-on"  // event -> time
	LocatedIn  EdgeKind = "located-in"   // place -> place
	Before     EdgeKind = "before"       // event -> event
)

// Provenance values of Provenance.Via.
const (
	ViaText      = "text"      // stated in the sentence cited
	ViaGazetteer = "gazetteer" // known from the gazetteer; the sentence cited names the place
	ViaTimeline  = "timeline"  // inferred from the order of dated events; the sentences date them
)

// Provenance cites a source: the document and the byte span of the
// sentence in the source file, and the sentence itself.
type Provenance struct {
	Doc      string `json:"doc"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	Via      string `json:"via,omitempty"`
}

// Node is an actor, place, event or time.
type Node struct {
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Subtype  string   `json:"subtype,omitempty"` // entity subtype; event kind (meeting...); time granularity
	Name     string   `json:"name"`              // display name: canonical name, event summary, human date
	Aliases  []string `json:"aliases,omitempty"` // sorted
	Sources  []string `json:"sources"`           // document IDs, sorted
	Mentions int      `json:"mentions"`

	// Events and times.
	Date     string             `json:"date,omitempty"` // TIMEX3 value
	Interval *timeline.Interval `json:"-"`
	// Events.
	Modality string `json:"modality,omitempty"`
	Class    string `json:"class,omitempty"` // TimeML class
	Doc      string `json:"doc,omitempty"`   // the event's document
	Event    string `json:"event,omitempty"` // the event's ID in its document
}

// Edge is a directed, typed link with its sources.
type Edge struct {
	From       string       `json:"from"`
	To         string       `json:"to"`
	Kind       EdgeKind     `json:"kind"`
	Roles      []string     `json:"roles,omitempty"` // took-part-in: agent, patient, with, speaker; sorted
	Provenance []Provenance `json:"provenance"`      // sorted by doc, start
	// Count is how many links of the full graph the edge stands for in an
	// overview (Overview): bundled edges and group nodes; 0 elsewhere.
	Count int `json:"count,omitempty"`
}

// Label is the text an edge shows in a diagram: the kind, with the roles of
// a took-part-in edge ("took-part-in (agent)").
func (e *Edge) Label() string {
	if len(e.Roles) == 0 {
		return string(e.Kind)
	}
	return string(e.Kind) + " (" + strings.Join(e.Roles, ", ") + ")"
}

// Graph is the knowledge graph. Its zero value is not usable; use New or Build.
//
// Once built, a Graph may be read from many goroutines at once (a server's
// requests): the one table built lazily on reads, the neighbours, is built
// under a lock. Changes (AddNode, AddEdge) must not run beside any other
// use.
type Graph struct {
	// g is the graph's only storage: vertices are *Node, each edge's data
	// is its *Edge. Merging changes the pointed-to values in place.
	g lib.Graph[string, *Node]
	// adj holds the undirected neighbours, sorted, read from g's adjacency
	// and predecessor maps: built on first use under adjMu, dropped (nil)
	// by every change.
	adjMu sync.Mutex
	adj   atomic.Pointer[map[string][]string]
}

// ErrNotFound is returned by queries that name a node the graph lacks.
var ErrNotFound = errors.New("no such node")

// New returns an empty graph.
func New() *Graph { return newSized(0, 0) }

// newSized returns an empty graph with room for about the given numbers
// of nodes and edges (see store).
func newSized(nodes, edges int) *Graph {
	return &Graph{g: lib.NewWithStore(func(n *Node) string { return n.ID }, lib.Store[string, *Node](newStore(nodes, edges)), lib.Directed())}
}

// Lib exposes the underlying dominikbraun/graph graph (vertices are *Node,
// edge data is *Edge), for algorithms this package does not wrap.
func (g *Graph) Lib() lib.Graph[string, *Node] { return g.g }

// Len returns the number of nodes and edges.
func (g *Graph) Len() (nodes, edges int) {
	nodes, _ = g.g.Order() // the memory store cannot fail
	edges, _ = g.g.Size()
	return nodes, edges
}

// Node returns the node with the ID, or nil.
func (g *Graph) Node(id string) *Node {
	n, err := g.g.Vertex(id)
	if err != nil {
		return nil
	}
	return n
}

// Edge returns the edge from -> to, or nil.
func (g *Graph) Edge(from, to string) *Edge {
	e, err := g.g.Edge(from, to)
	if err != nil {
		return nil
	}
	d, _ := e.Properties.Data.(*Edge)
	return d
}

// AddNode adds n, or merges it into the node with the same ID: aliases,
// sources and mention counts add up; empty fields are filled.
func (g *Graph) AddNode(n Node) *Node {
	if old := g.Node(n.ID); old != nil {
		old.Aliases = union(old.Aliases, n.Aliases)
		if n.Name != old.Name && n.Name != "" && !strings.EqualFold(n.Name, old.Name) {
			old.Aliases = union(old.Aliases, []string{n.Name})
		}
		old.Sources = union(old.Sources, n.Sources)
		old.Mentions += n.Mentions
		if old.Subtype == "" {
			old.Subtype = n.Subtype
		}
		return old
	}
	p := &n
	p.Aliases = union(nil, n.Aliases)
	p.Sources = union(nil, n.Sources)
	_ = g.g.AddVertex(p) // the ID is new: cannot fail
	g.adj.Store(nil)
	return p
}

// AddEdge adds e, or merges its roles and provenance into the existing edge
// between the same nodes. Both nodes must exist.
func (g *Graph) AddEdge(e Edge) error {
	if g.Node(e.From) == nil || g.Node(e.To) == nil {
		return fmt.Errorf("edge %s -> %s: %w", e.From, e.To, ErrNotFound)
	}
	if old := g.Edge(e.From, e.To); old != nil {
		old.Roles = union(old.Roles, e.Roles)
		old.Provenance = mergeProv(old.Provenance, e.Provenance)
		return nil
	}
	p := &e
	p.Roles = union(nil, e.Roles)
	p.Provenance = mergeProv(nil, e.Provenance)
	if err := g.g.AddEdge(e.From, e.To, lib.EdgeData(p)); err != nil {
		return err
	}
	g.adj.Store(nil)
	return nil
}

// nodeIDs returns the IDs of the nodes, unsorted.
func (g *Graph) nodeIDs() []string {
	am, _ := g.g.AdjacencyMap() // the memory store cannot fail
	ids := make([]string, 0, len(am))
	for id := range am {
		ids = append(ids, id)
	}
	return ids
}

// edgeList returns the edges, unsorted.
func (g *Graph) edgeList() []*Edge {
	es, _ := g.g.Edges()
	out := make([]*Edge, 0, len(es))
	for _, e := range es {
		if d, ok := e.Properties.Data.(*Edge); ok {
			out = append(out, d)
		}
	}
	return out
}

// Nodes returns the nodes sorted by kind (person, organization, actor,
// place, event, time), then ID.
func (g *Graph) Nodes() []*Node {
	ids := g.nodeIDs()
	out := make([]*Node, 0, len(ids))
	for _, id := range ids {
		out = append(out, g.Node(id))
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := kindRank(out[i].Kind), kindRank(out[j].Kind)
		if a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Edges returns the edges sorted by source ID, target ID.
func (g *Graph) Edges() []*Edge {
	out := g.edgeList()
	sort.Slice(out, func(i, j int) bool {
		if out[i].From != out[j].From {
			return out[i].From < out[j].From
		}
		return out[i].To < out[j].To
	})
	return out
}

// Degree returns the number of edges that touch the node, either way.
func (g *Graph) Degree(id string) int { return len(g.neighbours(id)) }

// Neighbours returns the IDs of the nodes linked to id either way, sorted.
func (g *Graph) Neighbours(id string) []string {
	return append([]string(nil), g.neighbours(id)...)
}

func (g *Graph) neighbours(id string) []string {
	return (*g.adjacency())[id]
}

// adjacency returns the neighbour table, building it if a change dropped
// it: once, however many readers ask at the same time.
func (g *Graph) adjacency() *map[string][]string {
	if p := g.adj.Load(); p != nil {
		return p
	}
	g.adjMu.Lock()
	defer g.adjMu.Unlock()
	if p := g.adj.Load(); p != nil {
		return p
	}
	// The library's adjacency map holds each node's successors and its
	// predecessor map the nodes before it: together, the neighbours
	// either way.
	succ, _ := g.g.AdjacencyMap() // the memory store cannot fail
	pred, _ := g.g.PredecessorMap()
	adj := make(map[string][]string, len(succ))
	for id, out := range succ {
		in := pred[id]
		if len(out)+len(in) == 0 {
			continue
		}
		nb := make([]string, 0, len(out)+len(in))
		for k := range out {
			nb = append(nb, k)
		}
		for k := range in {
			nb = append(nb, k)
		}
		sort.Strings(nb)
		adj[id] = dedupSorted(nb)
	}
	g.adj.Store(&adj)
	return &adj
}

// Prepare builds now what the graph otherwise builds on first use (the
// neighbour table), so that the first reads after it, a server's first
// requests say, cost no more than the others.
func (g *Graph) Prepare() { g.adjacency() }

// Subgraph returns the graph induced by the given node IDs (unknown IDs are
// ignored): those nodes and every edge between two of them. Nodes and edges
// are copies.
func (g *Graph) Subgraph(ids []string) *Graph {
	return g.subgraph(ids, nil)
}

// Relations returns the graph of who did what where, for a diagram that
// sits beside a timeline: no time nodes and no "before" or "happened-on"
// edges (the timeline shows time better); the dated events (the timeline's
// own) with their actors and places, and the undated ones that link two or
// more people, organizations or places and are not statements (a speaker's
// dozen undated "says" nodes would bury the meetings); no entity left
// without an edge.
func (g *Graph) Relations() *Graph {
	keep := func(e *Edge) bool { return e.Kind != Before && e.Kind != HappenedOn }
	links := map[string]int{} // event ID -> entities it links
	edges := g.edgeList()
	for _, e := range edges {
		if !keep(e) {
			continue
		}
		for _, id := range []string{e.From, e.To} {
			if n := g.Node(id); n.Kind == Event {
				links[id]++
			}
		}
	}
	kept := map[string]bool{}
	for _, id := range g.nodeIDs() {
		n := g.Node(id)
		switch n.Kind {
		case Time:
		case Event:
			// A dated event is on the timeline beside the diagram and keeps
			// its place with one link; an undated one must join two
			// entities, and must not be one more "X says".
			kept[id] = n.Interval != nil && links[id] >= 1 || links[id] >= 2 && n.Subtype != "statement"
		default:
			kept[id] = true
		}
	}
	// Entities keep their place only through a kept edge.
	used := map[string]bool{}
	for _, e := range edges {
		if keep(e) && kept[e.From] && kept[e.To] {
			used[e.From], used[e.To] = true, true
		}
	}
	var ids []string
	for id := range kept {
		if kept[id] && used[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return g.subgraph(ids, keep)
}

// subgraph is Subgraph keeping only the edges keepEdge accepts (all when
// it is nil).
func (g *Graph) subgraph(ids []string, keepEdge func(*Edge) bool) *Graph {
	s := New()
	for _, id := range ids {
		if n := g.Node(id); n != nil && s.Node(id) == nil {
			c := *n
			c.Aliases = append([]string(nil), n.Aliases...)
			c.Sources = append([]string(nil), n.Sources...)
			_ = s.g.AddVertex(&c)
		}
	}
	for _, e := range g.Edges() {
		if s.Node(e.From) != nil && s.Node(e.To) != nil && (keepEdge == nil || keepEdge(e)) {
			c := *e
			c.Roles = append([]string(nil), e.Roles...)
			c.Provenance = append([]Provenance(nil), e.Provenance...)
			_ = s.g.AddEdge(e.From, e.To, lib.EdgeData(&c))
		}
	}
	return s
}

// Ego returns the subgraph of the nodes within depth links of nodeID,
// following edges either way, and the edges among them. The breadth-first
// walk is written here because the library's BFSWithDepth follows a
// directed graph's edges forward only, and an entity's events hang off it
// both ways (actor -> event -> place).
func (g *Graph) Ego(nodeID string, depth int) *Graph {
	if g.Node(nodeID) == nil {
		return New()
	}
	seen := map[string]bool{nodeID: true}
	frontier := []string{nodeID}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, nb := range g.neighbours(id) {
				if !seen[nb] {
					seen[nb] = true
					next = append(next, nb)
				}
			}
		}
		frontier = next
	}
	return g.Subgraph(keys(seen))
}

// Window returns the part of the graph about [from, to): the events whose
// time overlaps it and the time nodes that do, with the actors, places and
// times linked to those events, the places that contain those places, and
// the edges among all of them. A zero from or to leaves that side open.
func (g *Graph) Window(from, to time.Time) *Graph {
	if to.IsZero() {
		to = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	w := timeline.Interval{Start: from, End: to}
	keep := map[string]bool{}
	for _, id := range g.nodeIDs() {
		if n := g.Node(id); (n.Kind == Event || n.Kind == Time) && n.Interval != nil && n.Interval.Overlaps(w) {
			keep[id] = true
		}
	}
	var places []string
	for _, e := range g.Edges() {
		ev := ""
		switch {
		case e.Kind == TookPartIn:
			ev = e.To
		case e.Kind == HappenedAt || e.Kind == HappenedOn:
			ev = e.From
		default:
			continue
		}
		if n := g.Node(ev); n.Kind == Event && keep[ev] {
			other := e.From
			if other == ev {
				other = e.To
			}
			if !keep[other] && g.Node(other).Kind == Place {
				places = append(places, other)
			}
			keep[other] = true
		}
	}
	// Containers of the places kept, transitively.
	up := map[string][]string{}
	for _, e := range g.Edges() {
		if e.Kind == LocatedIn {
			up[e.From] = append(up[e.From], e.To)
		}
	}
	for len(places) > 0 {
		p := places[0]
		places = places[1:]
		for _, c := range up[p] {
			if !keep[c] {
				keep[c] = true
				places = append(places, c)
			}
		}
	}
	return g.Subgraph(keys(keep))
}

// ShortestPath returns the node IDs of a shortest path from a to b,
// following edges either way (Putin -> meeting <- Abe is a path), with ties
// broken by node ID so the answer is deterministic. It is written here:
// the library's ShortestPath follows edges forward only and, among paths
// of equal length, returns whichever its map order meets first. Only edges that relate
// things count (took-part-in, happened-at, located-in): two events that
// merely follow each other in time, or share a date, are not connected by
// that, and a path through them would answer "how are A and B linked?"
// with a coincidence.
func (g *Graph) ShortestPath(a, b string) ([]string, error) {
	if g.Node(a) == nil {
		return nil, fmt.Errorf("%q: %w", a, ErrNotFound)
	}
	if g.Node(b) == nil {
		return nil, fmt.Errorf("%q: %w", b, ErrNotFound)
	}
	prev := map[string]string{a: ""}
	queue := []string{a}
	for len(queue) > 0 && prev[b] == "" && a != b {
		id := queue[0]
		queue = queue[1:]
		for _, nb := range g.neighbours(id) {
			if _, ok := prev[nb]; !ok && g.relates(id, nb) {
				prev[nb] = id
				queue = append(queue, nb)
			}
		}
	}
	if _, ok := prev[b]; !ok {
		return nil, fmt.Errorf("no path from %s to %s", a, b)
	}
	path := []string{b}
	for id := b; id != a; {
		id = prev[id]
		path = append(path, id)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, nil
}

// relates reports whether an edge between a and b, either way, is one that
// ShortestPath follows.
func (g *Graph) relates(a, b string) bool {
	for _, k := range [][2]string{{a, b}, {b, a}} {
		if e := g.Edge(k[0], k[1]); e != nil && e.Kind != Before && e.Kind != HappenedOn {
			return true
		}
	}
	return false
}

// Find returns the nodes whose name or an alias equals name, ignoring case,
// accents are kept, and white space is normalized; when none does, the nodes
// whose name or alias contains it. Sorted as Nodes sorts.
func (g *Graph) Find(name string) []*Node {
	return matchNames(g.Nodes(), name, func(n *Node) []string { return append([]string{n.Name, n.ID}, n.Aliases...) })
}

// matchNames returns the items one of whose names equals name once folded
// (foldName), or, when none does, those one of whose names contains it.
func matchNames[T any](items []T, name string, names func(T) []string) []T {
	q := foldName(name)
	if q == "" {
		return nil
	}
	var exact, part []T
	for _, it := range items {
		ex, pa := false, false
		for _, s := range names(it) {
			f := foldName(s)
			ex = ex || f == q
			pa = pa || strings.Contains(f, q)
		}
		if ex {
			exact = append(exact, it)
		} else if pa {
			part = append(part, it)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return part
}

func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(timeline.Clean(s)), " "))
}

func kindRank(k Kind) int {
	switch k {
	case Person:
		return 0
	case Organization:
		return 1
	case Actor:
		return 2
	case Place:
		return 3
	case Event:
		return 4
	case Time:
		return 5
	}
	return 6
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// union returns the sorted set union of a and b, without empty strings, in
// a new slice.
func union(a, b []string) []string {
	if a == nil {
		a = make([]string, 0, len(b))
	}
	if !sort.StringsAreSorted(a) {
		a = dedupSorted(sortedCopy(a))
	}
	for _, x := range b {
		a = insertString(a, x)
	}
	return a
}

// insertString adds x to the sorted, duplicate-free a unless it is empty or
// already there. A node seen in document after document gets its sources
// appended in order, so merging stays linear in the number of documents.
func insertString(a []string, x string) []string {
	if x == "" {
		return a
	}
	if n := len(a); n == 0 || a[n-1] < x {
		return append(a, x)
	}
	i := sort.SearchStrings(a, x)
	if i < len(a) && a[i] == x {
		return a
	}
	a = append(a, "")
	copy(a[i+1:], a[i:])
	a[i] = x
	return a
}

func sortedCopy(a []string) []string {
	out := make([]string, 0, len(a))
	for _, s := range a {
		if s != "" {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func dedupSorted(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, x := range s[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

func mergeProv(a, b []Provenance) []Provenance {
	for _, p := range b {
		a = insertProv(a, p)
	}
	return a
}

func provLess(x, y Provenance) bool {
	if x.Doc != y.Doc {
		return x.Doc < y.Doc
	}
	if x.Start != y.Start {
		return x.Start < y.Start
	}
	if x.End != y.End {
		return x.End < y.End
	}
	return x.Via < y.Via
}

// insertProv adds p to the sorted, duplicate-free a (by document, offsets,
// then Via); in-order arrivals append.
func insertProv(a []Provenance, p Provenance) []Provenance {
	if n := len(a); n == 0 || provLess(a[n-1], p) {
		return append(a, p)
	}
	i := sort.Search(len(a), func(i int) bool { return !provLess(a[i], p) })
	if i < len(a) && a[i] == p {
		return a
	}
	a = append(a, Provenance{})
	copy(a[i+1:], a[i:])
	a[i] = p
	return a
}
