package output_test

import (
	"os"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/output"
)

// Write a small graph as DOT for Graphviz or Gephi: every ID and label is
// quoted and escaped, nodes and edges come sorted.
func ExampleWriteDOT() {
	g := graph.New()
	g.AddNode(graph.Node{ID: "person:ada", Kind: graph.Person, Name: `Ada "Countess" Lovelace`})
	g.AddNode(graph.Node{ID: "event:a.txt:ev1", Kind: graph.Event, Name: "Ada publishes her notes", Date: "1843"})
	_ = g.AddEdge(graph.Edge{From: "person:ada", To: "event:a.txt:ev1", Kind: graph.TookPartIn, Roles: []string{"agent"}})
	_ = output.WriteDOT(os.Stdout, g, output.DOTOptions{NoTooltips: true})
	// Output:
	// digraph chronicle {
	//   graph [rankdir="LR", fontname="Helvetica", fontsize=12, charset="UTF-8"];
	//   node [fontname="Helvetica", fontsize=11, style="filled", color="#495057"];
	//   edge [fontname="Helvetica", fontsize=9, color="#6c757d", fontcolor="#495057"];
	//   "person:ada" [label="Ada \"Countess\" Lovelace", shape=ellipse, style="filled", fillcolor="#cfe2ff", kind="person"];
	//   "event:a.txt:ev1" [label="Ada publishes her notes\n1843", shape=box, style="rounded,filled", fillcolor="#f8d7da", kind="event"];
	//   "person:ada" -> "event:a.txt:ev1" [label="took-part-in (agent)", kind="took-part-in"];
	// }
}
