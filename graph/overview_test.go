package graph_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// dump is a graph as text: nodes (kind, subtype, name, mentions), then
// edges (kind, roles, count).
func dump(g *graph.Graph) []byte {
	var b bytes.Buffer
	for _, n := range g.Nodes() {
		fmt.Fprintf(&b, "node %s %s/%s %q mentions=%d\n", n.ID, n.Kind, n.Subtype, n.Name, n.Mentions)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "edge %s -> %s %s %v count=%d\n", e.From, e.To, e.Kind, e.Roles, e.Count)
	}
	return b.Bytes()
}

func TestOverview(t *testing.T) {
	for _, max := range []int{12, 30} {
		t.Run(fmt.Sprint(max), func(t *testing.T) {
			g := graphtest.Corpus()
			o, st := g.Overview(max)
			again, _ := graphtest.Corpus().Overview(max)
			got := dump(o)
			if !bytes.Equal(got, dump(again)) {
				t.Fatal("same graph, different overview")
			}
			golden(t, fmt.Sprintf("overview-%d.txt", max), append(got, []byte(st.Note()+"\n")...))
			if n, _ := o.Len(); n > max {
				t.Errorf("%d nodes; want at most %d", n, max)
			}
			// States fold into their country; their events land there.
			for _, id := range []string{"place:Michigan", "place:Ohio", "place:Texas", "place:city-0"} {
				if o.Node(id) != nil {
					t.Errorf("%s not folded", id)
				}
			}
			if st.Folded != 13 {
				t.Errorf("folded %d places; want 13", st.Folded)
			}
			// GM's events not drawn are counted in one group node.
			grp := o.Node("group:organization:gm")
			if grp == nil || grp.Subtype != graph.Group {
				t.Fatalf("no group node for GM:\n%s", got)
			}
			shown := 0
			for _, nb := range o.Neighbours("organization:gm") {
				if n := o.Node(nb); n.Kind == graph.Event && n.Subtype != graph.Group {
					shown++
				}
			}
			e := o.Edge("organization:gm", grp.ID)
			noun := " more events with GM"
			if 14-shown == 1 {
				noun = " more event with GM"
			}
			if e == nil || e.Count != 14-shown || grp.Name != fmt.Sprint(14-shown)+noun {
				t.Errorf("GM shows %d events; group %q, edge %+v", shown, grp.Name, e)
			}
			// Nothing drawn alone.
			for _, n := range o.Nodes() {
				if o.Degree(n.ID) == 0 {
					t.Errorf("%s has no edge", n.ID)
				}
			}
		})
	}
}

// A graph that fits is given back as it is.
func TestOverviewFits(t *testing.T) {
	g := graphtest.Corpus()
	n, _ := g.Len()
	o, st := g.Overview(n)
	if o != g || st.Folded != 0 {
		t.Errorf("a graph of %d nodes was changed for an overview of %d", n, n)
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}
