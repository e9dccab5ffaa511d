package graph

import (
	"fmt"
	"sort"
	"strings"
)

// Group is the Subtype of an overview node that stands for several events
// (Overview): "14 more events with GM".
const Group = "group"

// OverviewStats says what an overview left out, for a diagram's title.
type OverviewStats struct {
	Nodes       int // nodes of the graph given (after folding places)
	Entities    int // people, organizations, actors and places given
	Events      int // events given
	Shown       int // entities and events drawn as themselves
	EventsShown int // events drawn as themselves
	Grouped     int // events drawn only inside a group node's count
	Folded      int // places folded into the place that contains them
	GroupNodes  int // group nodes added
}

// Note is the overview's one-line account, for a diagram's title:
// "Overview: 12 of 420 actors and places, 18 of 390 events (57 more in
// groups), 90 places drawn as the country that holds them".
func (s OverviewStats) Note() string {
	var parts []string
	ev := fmt.Sprintf("%d of %d events", s.EventsShown, s.Events)
	if s.Grouped > 0 {
		ev += fmt.Sprintf(" (%d more in groups)", s.Grouped)
	}
	parts = append(parts, fmt.Sprintf("%d of %d actors and places", s.Shown-s.EventsShown, s.Entities), ev)
	if s.Folded > 0 {
		parts = append(parts, fmt.Sprintf("%d places drawn as the country that holds them", s.Folded))
	}
	return "Overview: " + strings.Join(parts, ", ")
}

// Overview returns a graph of at most max nodes that a slide can show for a
// whole corpus, the detail left to the focused views (--entity, --path,
// --from/--to), with what it did:
//
//   - a place that lies in another (located-in, from the text or the
//     gazetteer) is folded into the outermost one: the events at "Ohio"
//     and "Michigan" are drawn at "United States", with the edges that
//     then join the same two nodes bundled into one that counts them;
//   - the main people, organizations and places are kept, ranked by
//     mentions, sources and links; then the most salient of their events
//     (an event that links several of them, is dated, happened, and says
//     more than a report) with every actor and place each one needs, as
//     long as there is room;
//   - each kept actor or place whose other events are left out gets one
//     group node, "14 more events with GM", linked by an edge that counts
//     them.
//
// A graph that fits (after folding when it has to) comes back whole.
// Ties are broken by node ID, so the same graph gives the same overview.
func (g *Graph) Overview(max int) (*Graph, OverviewStats) {
	var st OverviewStats
	if max < 4 {
		max = 4
	}
	if n, _ := g.Len(); n <= max {
		return g, st
	}
	f, folded := g.foldPlaces()
	st.Folded = folded
	st.Nodes, _ = f.Len()
	for _, n := range f.Nodes() {
		if n.Kind == Event {
			st.Events++
		} else if n.Kind != Time {
			st.Entities++
		}
	}
	if st.Nodes <= max {
		st.Shown = st.Entities + st.Events
		st.EventsShown = st.Events
		return f, st
	}
	ents, evs, entScore := f.rankEntities()
	// A quarter of the room for the main entities, as many for their
	// groups; the rest for events and the entities they bring.
	seeds := max / 4
	if seeds > len(ents) {
		seeds = len(ents)
	}
	keep, seed := map[string]bool{}, map[string]bool{}
	for _, n := range ents[:seeds] {
		keep[n.ID], seed[n.ID] = true, true
	}
	evScore := map[string]int{}
	for _, n := range evs {
		evScore[n.ID] = f.eventScore(n, keep, entScore)
	}
	cands := f.seedEvents(ents[:seeds], evScore)
	st.EventsShown += f.fillRoom(cands, keep, seeds, max-seeds) // the groups of the main entities are reserved
	groups := f.entityGroups(ents, keep, seed)
	ids := make([]string, 0, max)
	for id := range keep {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	o := f.subgraph(ids, nil)
	grouped := map[string]bool{}
	st.GroupNodes += f.addGroupNodes(o, groups, max, grouped)
	o = dropAlone(o, keep, ids)
	st.Grouped = len(grouped)
	st.Shown = len(keep)
	return o, st
}

// rankEntities returns the people, organizations and places of the graph,
// the most important first (by mentions, sources and links, as entScore
// counts them), and its events.
func (g *Graph) rankEntities() (ents, evs []*Node, entScore map[string]int) {
	entScore = map[string]int{}
	for _, n := range g.Nodes() {
		switch n.Kind {
		case Event:
			evs = append(evs, n)
		case Time:
		default:
			ents = append(ents, n)
			entScore[n.ID] = n.Mentions + 3*len(n.Sources) + 2*g.Degree(n.ID)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return entScore[ents[i].ID] > entScore[ents[j].ID] })
	return ents, evs, entScore
}

// seedEvents returns, for each main entity, its events, the most salient
// first (ties by ID).
func (g *Graph) seedEvents(seeds []*Node, evScore map[string]int) [][]string {
	cands := make([][]string, len(seeds))
	for i, sd := range seeds {
		for _, nb := range g.neighbours(sd.ID) {
			if g.Node(nb).Kind == Event {
				cands[i] = append(cands[i], nb)
			}
		}
		c := cands[i]
		sort.SliceStable(c, func(a, b int) bool {
			if evScore[c[a]] != evScore[c[b]] {
				return evScore[c[a]] > evScore[c[b]]
			}
			return c[a] < c[b]
		})
	}
	return cands
}

// fillRoom keeps events while there is room: each main entity in turn,
// the most important first, takes its most salient event not yet shown,
// with the actors and places that event needs, so that one busy company
// does not crowd out the other stories. used nodes are kept already, room
// is what they may come to. It returns the number of events kept.
func (g *Graph) fillRoom(cands [][]string, keep map[string]bool, used, room int) (events int) {
	for more := true; more; {
		more = false
		for i := range cands {
			for len(cands[i]) > 0 {
				ev := cands[i][0]
				cands[i] = cands[i][1:]
				if keep[ev] {
					continue
				}
				more = true
				var add []string
				for _, nb := range g.neighbours(ev) {
					if !keep[nb] && g.Node(nb).Kind != Event && g.Node(nb).Kind != Time {
						add = append(add, nb)
					}
				}
				if used+1+len(add) > room {
					continue // too big: this entity's next event may fit
				}
				keep[ev] = true
				events++
				for _, id := range add {
					keep[id] = true
				}
				used += 1 + len(add)
				break
			}
		}
	}
	return events
}

// overviewGroup is a kept entity and its events that are not drawn.
type overviewGroup struct {
	ent    string
	events []string
}

// entityGroups returns the events of each kept entity that are not drawn:
// the main entities' groups first (their room is reserved), then the
// largest.
func (g *Graph) entityGroups(ents []*Node, keep, seed map[string]bool) []overviewGroup {
	var groups []overviewGroup
	for _, n := range ents {
		if !keep[n.ID] {
			continue
		}
		var left []string
		for _, nb := range g.neighbours(n.ID) {
			if g.Node(nb).Kind == Event && !keep[nb] {
				left = append(left, nb)
			}
		}
		if len(left) > 0 {
			groups = append(groups, overviewGroup{n.ID, left})
		}
	}
	// The main entities' groups first (their room is reserved), then the
	// largest.
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := seed[groups[i].ent], seed[groups[j].ent]
		if a != b {
			return a
		}
		return len(groups[i].events) > len(groups[j].events)
	})
	return groups
}

// addGroupNodes adds to o, while it has fewer than max nodes, a group
// node for each group ("14 more events with GM") linked to its entity by
// an edge that counts the events, and marks the events in grouped. It
// returns the number of group nodes added.
func (g *Graph) addGroupNodes(o *Graph, groups []overviewGroup, max int, grouped map[string]bool) (added int) {
	for _, gr := range groups {
		if n, _ := o.Len(); n >= max {
			break
		}
		en := g.Node(gr.ent)
		gid := "group:" + gr.ent
		o.AddNode(Node{ID: gid, Kind: Event, Subtype: Group, Name: groupName(len(gr.events), en), Mentions: len(gr.events)})
		added++
		var prov []Provenance
		for _, ev := range gr.events {
			grouped[ev] = true
			if e := g.Edge(gr.ent, ev); e != nil {
				prov = mergeProv(prov, e.Provenance[:min(1, len(e.Provenance))])
			}
			if e := g.Edge(ev, gr.ent); e != nil {
				prov = mergeProv(prov, e.Provenance[:min(1, len(e.Provenance))])
			}
		}
		e := Edge{From: gr.ent, To: gid, Kind: TookPartIn, Count: len(gr.events), Provenance: prov}
		if en.Kind == Place {
			e = Edge{From: gid, To: gr.ent, Kind: HappenedAt, Count: len(gr.events), Provenance: prov}
		}
		_ = o.AddEdge(e)
	}
	return added
}

// dropAlone drops from o (and keep) the kept nodes with no edge: a main
// entity whose events found no room says nothing alone. ids is scratch.
func dropAlone(o *Graph, keep map[string]bool, ids []string) *Graph {
	var alone []string
	for id := range keep {
		if o.Degree(id) == 0 {
			alone = append(alone, id)
		}
	}
	if len(alone) > 0 {
		sort.Strings(alone)
		for _, id := range alone {
			delete(keep, id)
		}
		ids = ids[:0]
		for _, n := range o.Nodes() {
			if keep[n.ID] || n.Subtype == Group {
				ids = append(ids, n.ID)
			}
		}
		o = o.subgraph(ids, nil)
	}
	return o
}

// groupName is a group node's label: "14 more events with GM", "3 more
// events in Iraq".
func groupName(n int, en *Node) string {
	with := "with"
	if en.Kind == Place {
		with = "in"
	}
	noun := "events"
	if n == 1 {
		noun = "event"
	}
	return fmt.Sprintf("%d more %s %s %s", n, noun, with, en.Name)
}

// eventScore ranks an event for the overview: 0 when it touches none of
// the main entities; else more for each main entity and each other actor
// or place it links, a date, a happening (not planned, possible or
// negated), and a summary that says more than a report.
func (g *Graph) eventScore(n *Node, main map[string]bool, entScore map[string]int) int {
	s, mains := 0, 0
	for _, nb := range g.neighbours(n.ID) {
		if main[nb] {
			mains++
			s += 6
		} else if k := g.Node(nb).Kind; k != Event && k != Time {
			s += 2
		}
	}
	if mains == 0 {
		return 0
	}
	if n.Interval != nil {
		s += 3
	}
	if n.Modality == "" || n.Modality == "actual" {
		s += 2
	}
	if n.Subtype != "statement" {
		s += 3
	}
	if len(strings.Fields(n.Name)) >= 3 {
		s++
	}
	return s + min(n.Mentions, 3) + min(len(n.Sources), 3)
}

// foldPlaces returns a copy of g in which every place that lies in another
// is merged into the outermost place that contains it (its mentions and
// sources added, its name kept as an alias), with the number folded.
// Edges that come to join the same two nodes are merged, their counts
// added; located-in edges disappear with the places they joined.
func (g *Graph) foldPlaces() (*Graph, int) {
	up := map[string]string{}
	for _, e := range g.Edges() { // sorted: the first container wins
		if e.Kind == LocatedIn && up[e.From] == "" && g.Node(e.To).Kind == Place {
			up[e.From] = e.To
		}
	}
	if len(up) == 0 {
		return g, 0
	}
	root := func(id string) string {
		for i := 0; i < 16; i++ { // a cycle cannot trap the walk
			p, ok := up[id]
			if !ok {
				break
			}
			id = p
		}
		return id
	}
	f := New()
	folded := 0
	to := map[string]string{}
	for _, n := range g.Nodes() {
		r := n.ID
		if n.Kind == Place {
			r = root(n.ID)
		}
		to[n.ID] = r
	}
	for _, n := range g.Nodes() {
		if to[n.ID] == n.ID {
			c := *n
			c.Aliases = append([]string(nil), n.Aliases...)
			c.Sources = append([]string(nil), n.Sources...)
			f.AddNode(c)
		}
	}
	for _, n := range g.Nodes() {
		if r := to[n.ID]; r != n.ID {
			folded++
			f.AddNode(Node{ID: r, Name: n.Name, Sources: n.Sources, Mentions: n.Mentions})
		}
	}
	for _, e := range g.Edges() {
		a, b := to[e.From], to[e.To]
		if a == b {
			continue
		}
		c := *e
		c.From, c.To = a, b
		c.Count = max(e.Count, 1)
		if old := f.Edge(a, b); old != nil {
			old.Count += c.Count
		}
		_ = f.AddEdge(c)
	}
	return f, folded
}
