// Package graphtest builds graphs for tests: a small corpus with one busy
// company, a country whose states are named, and many small stories that
// share nothing, the shape that makes a whole-corpus diagram hard.
package graphtest

import (
	"fmt"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/timeline"
)

// Corpus returns the test corpus graph: GM with fourteen events at
// Michigan, Ohio and Texas (in the United States), four of them with the
// UAW and three with Obama; Obama with three more; and ten unrelated
// stories, a person meeting an organization in a city of another country.
// Every tenth event is undated, every seventh planned.
func Corpus() *graph.Graph {
	g := graph.New()
	add := func(id string, k graph.Kind, name string, mentions int) {
		g.AddNode(graph.Node{ID: id, Kind: k, Name: name, Sources: []string{"doc-" + id}, Mentions: mentions})
	}
	edge := func(from, to string, k graph.EdgeKind, roles ...string) {
		if err := g.AddEdge(graph.Edge{From: from, To: to, Kind: k, Roles: roles,
			Provenance: []graph.Provenance{{Doc: "doc", Start: len(from), End: len(from) + len(to), Sentence: from + " " + to}}}); err != nil {
			panic(err)
		}
	}
	n := 0
	event := func(name string) string {
		n++
		id := fmt.Sprintf("event:doc:%03d", n)
		ev := graph.Node{ID: id, Kind: graph.Event, Name: name, Sources: []string{fmt.Sprintf("doc%02d", n%9)}, Mentions: 1, Modality: "actual"}
		if n%7 == 0 {
			ev.Modality = "planned"
		}
		if n%10 != 0 {
			ev.Date = fmt.Sprintf("2009-%02d-%02d", 1+n%12, 1+n%28)
			iv, err := timeline.ParseValue(ev.Date)
			if err != nil {
				panic(err)
			}
			ev.Interval = &iv
		}
		g.AddNode(ev)
		return id
	}
	add("place:united-states", graph.Place, "United States", 20)
	for _, s := range []string{"Michigan", "Ohio", "Texas"} {
		id := "place:" + s
		add(id, graph.Place, s, 3)
		edge(id, "place:united-states", graph.LocatedIn)
	}
	add("organization:gm", graph.Organization, "GM", 40)
	add("organization:uaw", graph.Organization, "UAW", 8)
	add("person:obama", graph.Person, "Barack Obama", 12)
	states := []string{"place:Michigan", "place:Ohio", "place:Texas"}
	for i := 0; i < 14; i++ {
		id := event(fmt.Sprintf("GM closes plant number %d", i+1))
		edge("organization:gm", id, graph.TookPartIn, "agent")
		edge(id, states[i%3], graph.HappenedAt)
		if i%4 == 0 {
			edge("organization:uaw", id, graph.TookPartIn, "with")
		}
		if i%5 == 1 {
			edge("person:obama", id, graph.TookPartIn, "with")
		}
	}
	for i := 0; i < 3; i++ {
		id := event(fmt.Sprintf("Obama speaks in Ohio, stop %d", i+1))
		edge("person:obama", id, graph.TookPartIn, "agent")
		edge(id, "place:Ohio", graph.HappenedAt)
	}
	for i := 0; i < 10; i++ {
		p := fmt.Sprintf("person:envoy-%d", i)
		o := fmt.Sprintf("organization:ministry-%d", i)
		c := fmt.Sprintf("place:city-%d", i)
		k := fmt.Sprintf("place:country-%d", i)
		add(p, graph.Person, fmt.Sprintf("Envoy %c", 'A'+i), 2+i%3)
		add(o, graph.Organization, fmt.Sprintf("Ministry %c", 'A'+i), 2)
		add(c, graph.Place, fmt.Sprintf("City %c", 'A'+i), 1)
		add(k, graph.Place, fmt.Sprintf("Country %c", 'A'+i), 1)
		edge(c, k, graph.LocatedIn)
		id := event(fmt.Sprintf("Envoy %c meets Ministry %c", 'A'+i, 'A'+i))
		edge(p, id, graph.TookPartIn, "agent")
		edge(o, id, graph.TookPartIn, "with")
		edge(id, c, graph.HappenedAt)
	}
	return g
}
