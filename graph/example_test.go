package graph_test

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/timeline"
)

// Build the knowledge graph of two articles: "Putin" in the second is the
// "Vladimir Putin" of the first, and the shortest chain of links between
// him and Abe runs through their meeting.
func ExampleFromAnalyses() {
	ctx := context.Background()
	dct := time.Date(2017, 11, 10, 0, 0, 0, 0, time.UTC)
	a, _ := timeline.Analyze(ctx, "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin on Friday in Danang.\n",
		timeline.Options{Name: "a.txt", DCT: dct})
	b, _ := timeline.Analyze(ctx, "Russian President Vladimir Putin left Danang on Saturday. Putin flew to Moscow.\n",
		timeline.Options{Name: "b.txt", DCT: dct.AddDate(0, 0, 1)})
	g, err := graph.FromAnalyses(a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range g.Nodes() {
		if n.Kind == graph.Person {
			fmt.Println(n.ID, n.Sources)
		}
	}
	path, _ := g.ShortestPath("person:shinzo-abe", "person:vladimir-putin")
	fmt.Println(path)
	// Output:
	// person:shinzo-abe [a.txt]
	// person:vladimir-putin [a.txt b.txt]
	// [person:shinzo-abe event:a.txt:ev1 person:vladimir-putin]
}
