package graph_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/graph"
	"github.com/chronicle-news/chronicle/internal/document"
	"github.com/chronicle-news/chronicle/internal/pipeline"
	"github.com/chronicle-news/chronicle/timeline/timelinetest"
)

// Parallel first reads build
// the neighbour table once, under its lock, and all see the same.
func TestGraphParallelFirstReads(t *testing.T) {
	docs, err := document.Read("../examples/abe-putin-danang-2017.txt", document.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := []*pipeline.Result{pipeline.Process(docs[0]), timelinetest.Awkward()}
	for round := 0; round < 5; round++ {
		g, err := graph.Build(rs)
		if err != nil {
			t.Fatal(err)
		}
		nodes := g.Nodes()
		want := make([]string, len(nodes))
		var wg sync.WaitGroup
		got := make([]string, 40)
		for i := 0; i < 40; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var b strings.Builder
				for _, n := range nodes {
					fmt.Fprintln(&b, n.ID, g.Neighbours(n.ID), g.Degree(n.ID))
				}
				ego, _ := g.Ego(nodes[i%len(nodes)].ID, 2).Len()
				fmt.Fprintln(&b, ego)
				got[i] = b.String()
			}()
		}
		wg.Wait()
		for i := range want {
			want[i] = fmt.Sprintln(nodes[i].ID, g.Neighbours(nodes[i].ID), g.Degree(nodes[i].ID))
		}
		for i, s := range got {
			ego, _ := g.Ego(nodes[i%len(nodes)].ID, 2).Len()
			if w := strings.Join(want, "") + fmt.Sprintln(ego); s != w {
				t.Fatalf("round %d, reader %d saw another graph", round, i)
			}
		}
	}
}
