package output

import (
	"bufio"
	"fmt"
	"math"
	"sort"

	"github.com/chronicle-news/chronicle/graph"
)

// Rough sizes of a dot LR layout, in points, to choose columns by: a rank
// (a column of nodes with its edge labels) is about 230 pt wide, a node
// with its gap about 50 pt high.
const (
	colRankW = 230.0
	colNodeH = 50.0
)

// component is a connected part of the graph, for columns.
type component struct {
	ids            []string // sorted
	sources, sinks []string // nodes with no edge in, no edge out
	ranks, height  int      // longest chain of nodes; most nodes on one rank
	first          string   // smallest ID, for a stable order
}

// writeColumns sets the unconnected parts of g side by side so that the
// drawing's width over height comes near aspect. dot lays out left to
// right (rankdir LR) and stacks unconnected parts in one column, so a
// corpus overview of many small stories is a tall strip no slide can hold;
// Graphviz's own packing (pack, packmode) drops most edge labels with dot.
// So the parts are dealt into columns (the largest first, each to the
// shortest column), and invisible edges through an invisible point between
// two columns make every part of a column start after every part of the
// one before ends. Nothing is written when one column is best.
func writeColumns(bw *bufio.Writer, g *graph.Graph, aspect float64) {
	comps := components(g)
	if len(comps) < 2 {
		return
	}
	best, bestCols := math.Inf(1), [][]*component(nil)
	for k := 1; k <= 8 && k <= len(comps); k++ {
		cols := deal(comps, k)
		w, h := 0.0, 0.0
		for _, col := range cols {
			r, ht := 0, 0
			for _, c := range col {
				r = max(r, c.ranks)
				ht += c.height
			}
			w += float64(r) * colRankW
			h = math.Max(h, float64(ht)*colNodeH)
		}
		if d := math.Abs(math.Log(w / h / aspect)); d < best-1e-9 {
			best, bestCols = d, cols
		}
	}
	if len(bestCols) < 2 {
		return
	}
	for i := 0; i+1 < len(bestCols); i++ {
		spine := dotString(fmt.Sprintf("column:%d", i))
		fmt.Fprintf(bw, "  %s [shape=point, width=0, height=0, style=invis, label=\"\", kind=\"layout\"];\n", spine)
		for _, c := range bestCols[i] {
			for _, id := range c.sinks {
				fmt.Fprintf(bw, "  %s -> %s [style=invis, label=\"\"];\n", dotString(id), spine)
			}
		}
		for _, c := range bestCols[i+1] {
			for _, id := range c.sources {
				fmt.Fprintf(bw, "  %s -> %s [style=invis, label=\"\"];\n", spine, dotString(id))
			}
		}
	}
}

// deal puts the components (largest first) into k columns, each to the
// column with the least height so far (the first on a tie).
func deal(comps []*component, k int) [][]*component {
	cols := make([][]*component, k)
	h := make([]int, k)
	for _, c := range comps {
		j := 0
		for i := 1; i < k; i++ {
			if h[i] < h[j] {
				j = i
			}
		}
		cols[j] = append(cols[j], c)
		h[j] += c.height
	}
	var out [][]*component
	for _, col := range cols {
		if len(col) > 0 {
			out = append(out, col)
		}
	}
	return out
}

// components returns the connected parts of g, the largest (by height,
// then size) first, with their sources, sinks and rough shape.
func components(g *graph.Graph) []*component {
	seen := map[string]bool{}
	out := map[string][]string{}
	in := map[string]int{}
	for _, e := range g.Edges() {
		out[e.From] = append(out[e.From], e.To)
		in[e.To]++
	}
	var comps []*component
	for _, n := range g.Nodes() {
		if seen[n.ID] {
			continue
		}
		c := &component{}
		stack := []string{n.ID}
		seen[n.ID] = true
		for len(stack) > 0 {
			id := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			c.ids = append(c.ids, id)
			for _, nb := range g.Neighbours(id) {
				if !seen[nb] {
					seen[nb] = true
					stack = append(stack, nb)
				}
			}
		}
		sort.Strings(c.ids)
		c.first = c.ids[0]
		// Longest-path ranks (Kahn's order; a cycle leaves its nodes at
		// rank 0, which only makes the estimate rougher).
		rank := map[string]int{}
		deg := map[string]int{}
		var queue []string
		for _, id := range c.ids {
			deg[id] = in[id]
			if in[id] == 0 {
				queue = append(queue, id)
				c.sources = append(c.sources, id)
			}
			if len(out[id]) == 0 {
				c.sinks = append(c.sinks, id)
			}
		}
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			for _, to := range out[id] {
				rank[to] = max(rank[to], rank[id]+1)
				if deg[to]--; deg[to] == 0 {
					queue = append(queue, to)
				}
			}
		}
		per := map[int]int{}
		for _, id := range c.ids {
			per[rank[id]]++
			c.ranks = max(c.ranks, rank[id]+1)
			c.height = max(c.height, per[rank[id]])
		}
		comps = append(comps, c)
	}
	sort.SliceStable(comps, func(i, j int) bool {
		a, b := comps[i], comps[j]
		if a.height != b.height {
			return a.height > b.height
		}
		if len(a.ids) != len(b.ids) {
			return len(a.ids) > len(b.ids)
		}
		return a.first < b.first
	})
	return comps
}
